"""A forecast revised, reported as the revision: "It cut its 2027 growth forecast to 1.7 percent from 1.8 percent",
"The ministry has narrowed its GDP growth forecast for 2026 to 1.5 to 2.5 per cent", "the bank raised its inflation
projection for next year to 2.4%, from 2.1% in June".

News and official releases report a holder's new number as a change to the old one. The new figure is the holder's
forecast (a central projection, as "puts X at Y" is); the old one ("from 1.8 percent", "previously") is past and left.
The measure names what is forecast, and a year written as its adjective ("its 2027 growth forecast") is its date,
said after the level so that the question reads "Will growth be 1.7 percent in 2027?". A revision needs the word
"forecast" (or projection, outlook, estimate, guidance): "cut its policy rate to 3%" is a decision, not a forecast.
"""

from __future__ import annotations

import re

from tracker.extract.expectation import central_projection
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_REVISED = re.compile(r"""^ \W* (?: \d{1,2} \. \s+ )?
    # a fronted phrase: "Meanwhile,", "On Tuesday,", "Taking into account the weaker outlook abroad,"
    (?: (?: but | and | yet ) \s+ | (?: meanwhile | separately | on \s+ \w+ | (?-i: [A-Z] ) [^,;]{2,90}? ) , \s+ )?
    (?P<holder> (?: the \s+ | (?= (?-i: [A-Z] ) ) ) [\w’'.&()-]+ (?: \s+ (?! (?: has | have | had | also | now | on ) \b ) [\w’'.&()-]+ ){0,7}? )
    (?: \s* , \s+ [^,;]{2,100} , )? \s+ (?: (?: has | have | had | also | now ) \s+ ){0,2}
    (?P<verb> cut | cuts | raised | raises | lifted | lifts | lowered | lowers | trimmed | trims | narrowed | narrows | widened
        | widens | upgraded | upgrades | downgraded | downgrades | increased | reduced | nudged \s+ (?: up | down )
        | revised \s+ (?: up | down | upward | downward | upwards | downwards ) | marked \s+ (?: up | down ) | revised )
    \s+ (?: its | their | the | his | her ) \s+ (?P<measure> [^,;“”"]{2,60}? ) \s+
    (?: forecasts? | projections? | outlook | estimates? | guidance | prediction ) (?: \s+ for \s+ (?P<for> [^,;“”"]{2,40}? ) )?
    \s+ to \s+ [“"]? (?P<level> (?: (?: about | around | roughly | between | just | nearly | some ) \s+ )? [$€£]? -? \d (?: [\d.] | ,\d{3} )* [^“”",;]*? )
    [“”"]? (?: \s* ,? \s+ (?: from | down \s+ from | up \s+ from | versus | compared ) \b .* | \s* , .* )? $""", _FLAGS)
#: A year standing as the measure's adjective: "its 2027 growth", "the 2026 GDP growth" (not "2026-27").
_YEAR = re.compile(r"(?<![-–/])\b(?P<year>20\d\d)\b(?![-–/]\d)")
#: A time that the level already states: "to 1.7% in 2027", "to 2% by the end of next year".
_TIMED = re.compile(r"\b(?:in|by|for|during|through)\s+(?:the\s+)?(?:20\d\d|next|this|end|fiscal|coming|second|first)\b",
                    re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:it|they|he|she|this|that)$", re.IGNORECASE)


def forecast_revision(text: str) -> Judgement | None:
    """The new figure of a forecast reported as revised ("cut its 2027 growth forecast to 1.7 percent"), else None."""
    if " to " not in text or not ("forecast" in text or "projection" in text or "outlook" in text or "estimate" in text
                                  or "guidance" in text):
        return None  # most clauses: no forecast revised
    match = _REVISED.match(text.strip().rstrip("."))
    if match is None:
        return None
    measure = " ".join(match.group("measure").split())
    level = " ".join(match.group("level").split()).rstrip(" ,")
    when = match.group("for")
    if (year := _YEAR.search(measure)) is not None:
        measure = " ".join(f"{measure[:year.start()]}{measure[year.end():]}".split())
        when = when or year.group("year")
    if not measure or not when and not _TIMED.search(level):
        return None  # "raised its estimate to 40 million": no time, a present quantity re-estimated
    timed = "" if _TIMED.search(level) else f" in {when}" if re.match(r"20\d\d$", when) else f" {when}"
    holder = " ".join(match.group("holder").split())
    speaker = None if _PRONOUN.match(holder) else holder[:1].lower() + holder[1:] if re.match(r"(?:The|A|An)\s", holder) else holder
    return Judgement(text, f"{measure} will be {level}{timed}", "will", match.group("verb"), False, speaker=speaker,
                     notes=(f'a forecast revised ("{" ".join(match.group("verb").split())} ... to"): the new figure is '
                            "the holder's forecast, the old one past",),
                     reads_as=central_projection("expected"))
