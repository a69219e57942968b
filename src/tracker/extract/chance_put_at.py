"""A holder's number for an event in the idiom "puts the chance of X at N" and its revision "raised its odds of X to N":
"The agency puts the probability of a strong El Nino by winter at 40 percent", "Overall, the service puts the chance of
an attack within five years at no higher than one in ten", "the bureau said Tuesday it puts the likelihood that the
reservoir refills this spring at 25%", "The centre's May update lowered its odds of an active season to 35%".

News, reviews and agencies' own reports name the holder, then the event, and only after it the number: the event may
be long (a "that" clause with its own verb), so the number is read where "at" / "to" meets a chance, a percentage or
"one in N". The holder is the forecaster (never the writer's "we"), a bound ("no higher than one in ten") is read as
the number itself, as holder_odds reads "no better than even"; in a revision the new number is the forecast and the
old one ("from 50%") is past.
"""

from __future__ import annotations

import re

from tracker.extract.market_pricing import market_price
from tracker.extract.putting_odds import putting_odds
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50, "hundred": 100, "a hundred": 100}
_COUNT = r"(?: \d{1,3} | one | two | three | four | five | six | seven | eight | nine | ten | twelve | fifteen | twenty | fifty | a \s+ hundred | hundred )"
_DAY = r"(?: monday | tuesday | wednesday | thursday | friday | saturday | sunday | yesterday | today | last \s+ \w+ | this \s+ week | on \s+ \w+ )"
_CHANCE_PUT = re.compile(rf"""^ \W*
    # a lead-in adverbial before the holder: "Overall,", "Elsewhere,", "In its spring review,"
    (?: (?: overall | elsewhere | meanwhile | separately | however | still | for \s+ now | in \s+ [^,;]{{2,70}} | at \s+ [^,;]{{2,50}} ) , \s+ )?
    (?: (?: but | and | yet ) \s+ )?
    (?P<holder> (?! (?: we | i | our | my | us | it | its | they | he | she | this | that | these | those | there | which | who
        | what | you ) \b ) [^,;]{{2,90}}? )
    (?: \s* , \s+ [^,;]{{2,100}} , )?          # an aside between holder and verb: ", the Oslo-based trading house,"
    \s+ (?: (?: said | says | stated | estimated ) \s+ (?: {_DAY} \s+ )? (?: that \s+ )? (?: it | they | he | she ) \s+ )?
    (?: (?: now | also | still | has | have ) \s+ )?
    (?P<standing> currently \s+ )?
    (?: (?P<put> puts | put | places | placed | sets | set | rates | rated )
      | (?P<moved> raised | raises | lifted | lifts | increased | lowered | lowers | cut | cuts | trimmed | trims | reduced
          | revised \s+ (?: up | down ) ) )
    \s+ (?: the | its | their | his | her ) \s+ (?: \w+ \s+ )? (?: chances? | probability | odds | likelihood | risk )
    \s+ (?P<link> of | that | on ) \s+ (?P<claim> [^;]{{4,220}}? )
    \s+ (?P<prep> at | to ) \s+
    (?P<bound> (?: no \s+ (?: higher | more | greater ) \s+ than | not \s+ (?: higher | more ) \s+ than | at \s+ most | about
        | around | roughly | some | just | nearly | almost | close \s+ to | only | approximately ) \s+ )?
    (?: (?P<pct> \d{{1,2}} (?: \.\d+ )? ) \s? (?: % | per \s? cent \b | percent \b )
      | (?P<top> {_COUNT} ) (?: \s+ | - ) in (?: \s+ | - ) (?P<bottom> {_COUNT} ) \b )
    (?P<rest> .* ) $""", _FLAGS)
#: A named holder followed by a relative "which puts ...": "higher than Kestrel Research, which puts the chance of X at
#: 15%". The number is the named body's, not the writer's, whatever the main clause compares it with.
_WHICH_PUTS = re.compile(r"""(?:^|[\s(])(?P<holder>(?:the\s+)?(?-i:[A-Z])[\w’'.&-]*(?:\s+(?:of\s+|for\s+)?(?-i:[A-Z])[\w’'.&-]*){0,5})
    ,\s+which\s+(?=(?:now\s+|also\s+)?(?:puts|places|sets|rates|put|placed)\s)""", re.VERBOSE)
#: A second clause with a number of its own after the first: "to 60%, and our contract on Y sits at 22 cents".
_SECOND_NUMBER = re.compile(r"^\s*[,;]?\s+(?:and|but|while|whereas)\b.*\d", re.IGNORECASE | re.DOTALL)
#: The writer's own holders: their number is the publisher's.
_OWN = re.compile(r"^\W*(?:the\s+)?(?:authors?|writers?|editors?)\b", re.IGNORECASE)


def _count(word: str) -> float | None:
    word = " ".join(word.lower().split())
    return float(word) if word.isdigit() else _WORDS.get(word)


def chance_put_at(text: str) -> Judgement | None:
    """The number a named holder "puts" on an event ("puts the chance of X at N"), or a revised one ("raised its odds
    of X to N"), kept as the holder's, else None."""
    if " pric" in text and (priced := market_price(text)):
        return priced  # "traders price a cut in March at 70%": the market's odds
    if (" at " not in text and " to " not in text) or ("chance" not in text and "probab" not in text and "odds" not in text
                                                      and "likelihood" not in text and "risk" not in text):
        return None  # most clauses: no number put on a chance
    match = _CHANCE_PUT.match(text.strip().rstrip("."))
    if match is None and ", which " in text and (which := _WHICH_PUTS.search(text)):
        # "..., higher than Kestrel Research, which puts the chance of X at 15%": read from the relative, its holder the name
        match = _CHANCE_PUT.match(f"{which.group('holder')} {text[which.end():]}".strip().rstrip("."))
    if match is None and (put := putting_odds(text)) is not None:
        return put  # "said X is likely, putting the odds at 70%": the number trails the judgement in a participle
    if match is None or (match.group("put") and match.group("prep").lower() != "at") \
            or (match.group("moved") and match.group("prep").lower() != "to"):
        return None  # "put the odds of X to rest" is not a number; "raised its odds of X at the meeting" has none
    if match.group("standing"):
        return None  # "X currently puts the chance of Y at 60%": a standing number's status, background (round 13's rule)
    if _SECOND_NUMBER.match(match.group("rest")):
        return None  # "..., and our contract on Y sits at 22 cents": a second number, which the whole-sentence readers place
    if match.group("pct"):
        probability = float(match.group("pct")) / 100
        written = f"{match.group('pct')}%"
    else:
        top, bottom = _count(match.group("top")), _count(match.group("bottom"))
        if not top or not bottom:
            return None
        probability = top / bottom
        written = f"{' '.join(match.group('top').split())} in {' '.join(match.group('bottom').split())}"
    if not 0 < probability < 1:
        return None
    holder = " ".join(match.group("holder").split())
    if _OWN.match(holder):
        return None
    claim = match.group("claim").strip(" ,")
    bound = " ".join((match.group("bound") or "").split())
    notes = [f'the number {holder} {"puts on" if match.group("put") else "now gives"} the event']
    if bound.startswith(("no ", "not ", "at most")):
        notes.append(f'"{bound} {written}" is a bound, read as the number itself')
    speaker = holder[:1].lower() + holder[1:] if re.match(r"(?:The|A|An)\s", holder) else holder
    return Judgement(text, as_future(claim, match.group("link").lower() == "that"), "stated", written, False,
                     stated=probability, speaker=speaker, notes=tuple(notes))
