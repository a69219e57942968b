"""A reported judgement whose number follows in a participle: "Analysts said a rate cut in March is likely, putting the
odds at 70%", "The bank said in a note that a downgrade this year was "more likely than not", placing the probability
at about 60 per cent", "Brokers reckon a deal is possible, pegging the chance at one in three".

News and research notes state the verdict in words and then, in a trailing "putting / placing / pegging / setting the
odds at N", the number the holder gives it. The number is the forecast (it is the holder's, and sharper than the word);
the event is the subject of the judged clause, often a noun phrase ("an upgrade by the agency this month"). The holder
is the subject of the verb of saying, never the writer's "we" nor a pronoun (a pronoun's antecedent is elsewhere).
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_PUTTING = re.compile(r"""^ \W* (?: (?: but | and | yet | meanwhile | separately ) ,? \s+ )?
    (?P<holder> (?! (?: we | i | our | my | it | they | he | she | this | that | there | which | who | you ) \b )
        [^,;"“”]{2,90}? )
    (?: \s* , \s+ [^,;]{2,80} , )?
    \s+ (?: (?: also | have | has ) \s+ )?
    (?P<verb> said | says | wrote | writes | noted | notes | argued | argues | reckoned | reckons | reckon | estimated
        | told \s+ [^,;]{2,40}? (?= \s+ that \b ) )
    (?: \s+ (?: in \s+ (?: a | an | its | their ) \s+ \w+ (?: \s+ \w+ )? | on \s+ \w+ | last \s+ \w+ | this \s+ week
        | yesterday | today ) )?
    \s+ (?: that \s+ )?
    (?P<event> (?! (?: it | they | he | she | we | i | you | there ) \b ) [^;,]{3,140}? )
    \s+ (?: is | was | are | were | looks | looked | seems | seemed | remains | remained ) \s+
    [“"]? (?: (?: very | highly | quite | now | still | fairly ) \s+ )?
    (?: more \s+ likely \s+ than \s+ not | likely | unlikely | possible | probable | improbable | a \s+ (?: real | distinct )
        \s+ possibility | on \s+ the \s+ cards ) [”"]? \s* , \s+
    (?: \w+ \s+ )?   # "with analysts", "the note": a lead before the participle is rare; one word at most
    (?P<participle> putting | placing | pegging | setting | estimating ) \s+ (?: the | its | their | his | her ) \s+
    (?: \w+ \s+ )? (?P<noun> chances? | odds | probability | likelihood ) \s+ (?: of \s+ (?: this | that | it | such \s+ a \s+ \w+ ) \s+ )?
    at \s+ (?P<bound> (?: about | around | roughly | some | nearly | almost | close \s+ to | approximately | just \s+ over
        | just \s+ under ) \s+ )?
    (?P<pct> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per \s? cent \b | percent \b | pc \b )
    (?P<rest> [^;]* ) $""", _FLAGS)
_QUOTES = re.compile(r"[“”\"]")
#: The writer's own voice or a pronoun: the holder must be someone named or described.
_OWN = re.compile(r"^\W*(?:the\s+)?(?:authors?|writers?|editors?)\b", re.IGNORECASE)


def putting_odds(text: str) -> Judgement | None:
    """The number a reported holder puts on the event it has just judged ("said X is likely, putting the odds at N"),
    kept as the holder's, else None."""
    if not (" putting " in text or " placing " in text or " pegging " in text or " setting " in text
            or " estimating " in text) or " at " not in text:
        return None  # most clauses: no participle putting a number on a judgement
    match = _PUTTING.match(text.strip().rstrip("."))
    if match is None or _SECOND.match(match.group("rest")):
        return None
    holder = " ".join(_QUOTES.sub("", match.group("holder")).split())
    if _OWN.match(holder):
        return None
    probability = float(match.group("pct")) / 100
    if not 0 < probability < 1:
        return None
    event = _QUOTES.sub("", match.group("event")).strip()
    written = f"{match.group('pct')}%"
    speaker = holder[:1].lower() + holder[1:] if re.match(r"(?:The|A|An|Several|Two|Three)\s", holder) else holder
    return Judgement(text, as_future(event, False), "stated", written, False, stated=probability, speaker=speaker,
                     notes=(f'"{match.group("participle").lower()} the odds at {written}": the number {holder} gives the '
                            f'event it judged',))


#: A second clause with a number of its own after the first, which the whole-sentence readers place.
_SECOND = re.compile(r"^\s*[,;]?\s+(?:and|but|while|whereas)\b.*\d", re.IGNORECASE | re.DOTALL)
