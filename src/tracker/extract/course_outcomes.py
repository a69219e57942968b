""""X is on course / on track / poised / headed for <an outcome>": the progress idiom with a noun, not a verb.

"Exports are on course to reach a record" is read with the other predicatives (``grammar``). Markets and sports
desks just as often name the outcome as a noun: "The index is poised for a third straight annual gain", "The
exchange is on course for its busiest year since 2021", "The euro is headed for a second weekly loss". The claim is
that X will have that outcome. A destination or an event in the calendar is no outcome ("The plane is on course for
Heathrow", "The vote is set for Tuesday": "set for" is left out altogether), so the noun phrase must name a result
(a year, a gain, a record, a win, a recession ...); a past copula ("was on course for victory until ...") reports.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_COURSE = re.compile(r"""^ \W* (?P<subject> (?! (?: it | this | that | which | who | what ) \b ) [^;:]{2,120}? ) \s+
    (?: is | are | remains? | looks? | seems? | appears? ) \s+ (?: (?: now | still | also | firmly | well | clearly ) \s+ )*
    (?P<written> on \s+ (?: course | track | target | pace ) | poised | headed | heading | bound ) \s+ for \s+
    (?P<outcome> (?: (?: an? | the | its | their | his | her | another | yet \s+ another ) \s+ )? [^;,]{2,120}? )
    # ", having climbed 17 per cent", ", with bankers saying ...": an adjunct after the outcome, no part of it
    \s* (?: , .* )? $""", _FLAGS)
#: Nouns of a result: what a measure, a market, a side or an economy ends a period with.
_RESULT = re.compile(r"\b(?:year|quarter|month|week|session|decade|gain|gains|loss|losses|rise|fall|decline|drop|record|"
                     r"high|low|win|victory|defeat|majority|surplus|deficit|increase|growth|contraction|recession|rally|"
                     r"streak|finish|title|promotion|relegation|slump|rebound|recovery|surge|advance|jump|slide|"
                     r"default|downgrade|upgrade|landslide|outperformance|shortfall|overshoot)s?\b", re.IGNORECASE)
_READING = {"poised": "very good chance"}


def course_outcome(text: str, body: str) -> Judgement | None:
    """"The index is poised for a third straight annual gain" as "The index will have a third straight annual gain"."""
    if (match := _COURSE.match(body)) is None or not _RESULT.search(match.group("outcome")):
        return None
    written = " ".join(match.group("written").split()).lower()
    outcome = match.group("outcome")
    return Judgement(text, f"{match.group('subject')} will have {outcome}", "will", f"{written} for",
                     False, reads_as=_READING.get(written, "very good chance"),
                     notes=(f'"{written} for" an outcome: read as "will have" it',))
