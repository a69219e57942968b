"""A binary contract's price in cents, its holder named by the contract itself: "Our contract *Will X?* closed at 38
cents", "'Democrats win the House' trades at 64 cents", "*Will X?* is trading at 12 cents", "our contract on a
landfall before the season ends sits at 22 cents", "the incumbent's contract last traded at 49 cents", "the exchange
agrees, at 83 cents".

Desks that run or watch a prediction market name a contract by its question (in italics or quotes), by "our/the/X's
contract (on X)", or by the exchange, then give its last price in cents with a trading verb. A contract paying a
unit prices its chance in cents, so cents after a trading verb are the market's probability. The market is the
speaker; the claim is the quoted question or the event after "contract on", else the claim just stated (the
pipeline's second forecaster). Cents without a contract, a quoted question or an exchange (a share, a fuel price)
are money, not chances: the subject is required.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.event_claims import event_claim
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_APPROX = r"(?: (?: about | around | roughly | nearly | almost | just | only ) \s+ )?"
#: Cents of a unit contract: "38 cents", "38c", "38¢", "$0.38".
_CENTS = r"(?: (?P<cents> \d{1,2} ) \s? (?: cents? \b | c \b | ¢ ) | \$ \s? (?P<dollars> 0? \.\d{1,2} ) \b )"
#: The trading verb before "at": "closed", "trades", "is trading", "last traded", "sits", "agrees,", "last".
_VERB = r"""(?: (?: is | was | has \s+ been | had \s+ been ) \s+ )? (?: last \s+ | now \s+ | still \s+ )?
    (?: trades | traded | trading | closes | closed | closing | settled | settles | sits | sat | stands | stood | is | was
      | changed \s+ hands | changes \s+ hands | priced | last | agrees | agreed | concurs | disagrees | ended | finished | opened )"""
#: The price said in words before the number: "is roughly even at 49c", "is a coin flip at 50 cents", "is a long shot at 9c".
_LEVEL = r"""(?: (?: (?: roughly | about | nearly | close \s+ to | near | around | basically | essentially | more \s+ or \s+ less ) \s+ )?
    (?: even | evens | level | a \s+ coin[\s-]?(?: flip | toss ) | a \s+ long \s+ shot | the \s+ favou?rite | an? \s+ outsider | odds-on ) ,? \s+ )?"""
#: The contract as its question: "*Will X?*", "'X'", "“X”" (a claim in quotes), optionally after "our/the contract".
_QUOTED = re.compile(rf"""(?: ^ | [:;,(] \s* | \b (?: and | but | while | whereas | meanwhile ) \s+ ) \W*?
    (?: (?: our | the | its | their | this | that | a ) \s+ (?: [\w-]+ \s+ )? (?: contract | market ) ,? \s+
      | (?: our | the | their | this | that ) \s+ (?= [*“"‘'] ) )?
    (?: \* (?P<italic> [^*]{{6,240}} ) \* | ^ (?P<opened> (?-i:[A-Z]) [^*"“”‘’]{{5,240}} ) [*”"’] | [‘'] (?P<single> [^’']{{6,200}} ) [’'] | [“"] (?P<double> [^”"]{{6,200}} ) [”"] )
    # 'the "X" contract is roughly even at 49c': the contract named after its quoted question, a verdict before the price
    (?: \s+ (?: contract | market ) )? ,? \s+ {_VERB} ,? \s+ {_LEVEL} at \s+ {_APPROX} {_CENTS}""", _FLAGS)
#: The contract by its holder: "our contract on X", "the incumbent's contract", "the exchange", "the board".
_HELD = re.compile(rf"""(?: ^ | [:;,] \s+ | \b (?: and | but | while | whereas | meanwhile ) \s+ ) \W*
    (?: (?: our | the | its | their | this | that ) (?: \s+ [\w’'-]+ ){{0,2}}? \s+ (?: contract | market ) | [\w’'-]+ ['’] s \s+ (?: [\w-]+ \s+ )? contract
      | (?P<holder> the \s+ (?: exchange | board | market ) ) )
    (?: \s+ (?: on | for ) \s+ (?P<event> [^,;*]{{3,160}}? ) )?
    ,? \s+ {_VERB} ,? \s+ at \s+ {_APPROX} {_CENTS}""", _FLAGS)
#: The price alone, its contract the question just asked: "*Will X?* is trading at 12 cents" split at its "?".
_PRICE_ONLY = re.compile(rf"""^ [\s*_”"’']* (?-i: {_VERB} ) ,? \s+ at \s+ {_APPROX} {_CENTS}""", _FLAGS)
#: A question named only as one: "the framework question", "this question", "that same question".
_ASKED = re.compile(r"^(?:the|this|that|our)\s+(?P<words>(?:(?!same\b)[\w-]+\s+){0,3}?)(?:same\s+)?question$", re.IGNORECASE)
#: Opens the note of a price on a question named by its words ("the framework question"): the words follow it.
ASKED_NOTE = "a price on a question named by its words"
NOTE = "a market price: a contract's price in cents read as its probability"


def contract_quote(text: str) -> Judgement | None:
    """The contract's price in ``text`` as the market's probability, with the claim it names (else none)."""
    lowered = text.lower()
    if "cent" not in lowered and "¢" not in text and "$0." not in text and "$." not in text and not re.search(r"\dc\b", text):
        return None  # every form prices in cents: most clauses, spared the patterns
    if " at " not in lowered:
        return None
    body = " ".join(text.split())
    if match := _QUOTED.search(body):
        share = _share(match)
        if share is None:
            return None
        quoted = (match.group("italic") or match.group("opened") or match.group("single") or match.group("double")).strip()
        return _judgement(text, _quoted_claim(quoted), share, "the market")
    if ("contract" in lowered or "exchange" in lowered or "board" in lowered or "market" in lowered) and (match := _HELD.search(body)):
        share = _share(match)
        if share is None:
            return None
        event = match.group("event")
        if event and (asked := _ASKED.match(event)):
            # "the market on the framework question": a claim drafted before it, found by its words (second_numbers.py)
            named = " ".join(asked.group("words").split())
            judgement = _judgement(text, "", share, (match.group("holder") or "the market").lower())
            return replace(judgement, notes=(*judgement.notes, f"{ASKED_NOTE}: {named}")) if named else judgement
        return _judgement(text, event_claim(event) if event else "", share, (match.group("holder") or "the market").lower())
    if (match := _PRICE_ONLY.match(body)) and (share := _share(match)):
        return _judgement(text, "", share, "the market")  # the claim: the question asked before it (the pipeline's)
    return None


def _quoted_claim(quoted: str) -> str:
    """"Will X?" -> "X" as a claim; "Democrats win the House" -> "Democrats will win the House"."""
    from tracker.extract.first_person import asked_claim  # below the number readers: imported when needed

    question = quoted.rstrip(" ?.")
    if question.lower().startswith("will "):
        return asked_claim(question[5:])
    # "French government falls before 31 January": a statement in the present, its verb found by the tense reader
    stated = as_future(question, True)
    return stated if not stated.startswith(("it will turn out", "there will be")) else asked_claim(question)


def _share(match: re.Match[str]) -> tuple[float, str] | None:
    if match.group("cents"):
        probability, written = int(match.group("cents")) / 100, f"{match.group('cents')} cents"
    else:
        probability, written = float(match.group("dollars")), f"${match.group('dollars')}"
    return (probability, written) if 0 < probability < 1 else None


def _judgement(text: str, claim: str, share: tuple[float, str], speaker: str) -> Judgement:
    return Judgement(text, claim, "stated", share[1], False, stated=share[0], speaker=speaker, notes=(NOTE,))
