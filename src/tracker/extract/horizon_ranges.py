"""Horizons stated as ranges and bounds of years, parts of the year and decades, and a document's own default.

"until at least 2027", "between 2024 and 2030", "(2023-2027)" and "benchmarks for 2030" end with their
last year; "winter 2025/26" with that winter; "during the year" and "the first half of the year" are the
year of publication; "the rest of the decade" its last year; "no earlier than 2030" and "not before the late
2030s" are lower bounds (decided once that time is over, flagged); a scope note that states the document's
time frame ("judgements without a stated time frame apply to the next 12 months", "unless otherwise stated,
judgements cover the next 12 months") replaces the default horizon.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.dates import MONTHS, add_months, dates_in, month_end
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
_YEAR = r"(?:19|20)\d\d"
#: "between 2024 and 2030", "from 2025 to 2035", "(2023-2027)", "2023–2027": the end of the last year.
_YEAR_RANGE = re.compile(rf"(?:\bbetween\s+(?P<a>{_YEAR})\s+and\s+(?P<b>{_YEAR})"
                         rf"|\bfrom\s+(?P<c>{_YEAR})\s+(?:to|until|till)\s+(?P<d>{_YEAR})"
                         rf"|\(\s*(?P<e>{_YEAR})\s*[–-]\s*(?P<f>{_YEAR}|\d\d)\s*\))"
                         # "over the ten years to 2031", "in the five years to 2030", "over the decade to 2035": a span
                         # counted back from its last year, which ends it
                         rf"|\b(?:over|in|during|for|across|throughout)\s+the\s+(?:(?:next|coming)\s+)?(?:(?:\d+|two|three|four|"
                         rf"five|six|seven|eight|nine|ten|fifteen|twenty)\s+years|decade|period)\s+(?:to|until|through)\s+"
                         rf"(?P<g>{_YEAR})\b(?![/–-]\d)", _FLAGS)
#: "until at least 2027", "through at least 2028": the claim holds to the end of that year.
# not "until at least 2029-30": a fiscal year split over two, read by horizon_fiscal with the country's year end
_AT_LEAST = re.compile(rf"\b(?:until|till|through|to)\s+at\s+least\s+(?P<year>{_YEAR})\b(?![/–-]\d\d\b(?![/–-]\d))", _FLAGS)
#: "targets for 2030", "the benchmarks for 2030": a goal dated by its year.
_GOAL = r"(?:targets?|benchmarks?|goals?|objectives?|milestones?|deadlines?)"
#: A verb of reaching a goal, just before it: "meet its 2030 target", "on track for the 2030 goals".
_MEETS = re.compile(r"\b(?:meet|meets|meeting|met|reach|reaches|reaching|reached|hit|hits|hitting|miss|misses|missing|missed|"
                    r"achieve[sd]?|achieving|attain(?:s|ed|ing)?|exceed(?:s|ed|ing)?|overshoot(?:s|ing)?|undershoot(?:s|ing)?|fulfil+(?:s|ed|ing)?|"
                    r"short\s+of|track\s+(?:for|to\s+meet|to\s+reach|to\s+hit)|towards?|in\s+line\s+with|comply\s+with)"
                    r"\s+(?:[\w%’'-]+\s+){0,3}$", _FLAGS)
#: The same in the passive, after the goal: "the benchmarks for 2030 will probably be missed", "the target to be met".
_MET_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:be|been|being|is|are|was|were|get|gets)\s+(?:[a-z]+ly\s+)?(?:met|missed|reached|"
                        r"achieved|attained|hit|exceeded|fulfill?ed|overshot|undershot)\b", _FLAGS)
_FOR_YEAR = re.compile(rf"\b{_GOAL}\s+for\s+(?P<year>{_YEAR})\b|\b(?P<year2>{_YEAR})\s+(?:[\w-]+\s+)?{_GOAL}\b", _FLAGS)
#: "by the third quarter of 2025", "in Q3 2025": the end of that quarter.
_QUARTER = re.compile(rf"\b(?:by|in|during|before|until|from)\s+(?:the\s+)?(?:(?P<ord>first|second|third|fourth|final|last)\s+quarter\s+"
                      rf"of|Q(?P<q>[1-4]))\s+(?P<year>{_YEAR})\b", _FLAGS)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
#: "winter 2025/26", "the winter of 2025-26": that winter, to the end of its February.
_SPLIT_WINTER = re.compile(rf"\bwinter\s+(?:of\s+)?(?P<year>{_YEAR})\s*[/–-]\s*(?:\d\d|{_YEAR})\b", _FLAGS)
#: The year of publication: "during the year", "the first half of the year", "the rest of the decade".
_THIS_YEAR = re.compile(r"\b(?:during|over|in|throughout|within)\s+the\s+(?:(?P<half>first|second)\s+half\s+of\s+the\s+)?"
                        r"year\b(?!\s+(?:ahead|to\s+come|\d|(?:ending|ended|to)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s))", _FLAGS)
_HALF_OF_YEAR = re.compile(r"\b(?:in|during|by|over)\s+the\s+(?P<half>first|second)\s+half\s+of\s+the\s+year\b", _FLAGS)
_REST_OF_DECADE = re.compile(r"\b(?:for|over|during|in|through(?:out)?)\s+the\s+(?:rest|remainder|balance)\s+of\s+"
                             r"(?:the|this)\s+decade\b", _FLAGS)
#: "no earlier than 2030", "not before the late 2030s", "not until the mid-2030s": a lower bound.
_NOT_BEFORE = re.compile(rf"\b(?:no\s+earlier\s+than|not\s+before|not\s+until|no\s+sooner\s+than)\s+(?:the\s+)?"
                         rf"(?:(?P<part>early|mid|late)[- ]?)?(?P<year>{_YEAR})(?P<decade>s)?\b", _FLAGS)
#: "before March": the month is a deadline, so the day before its first.
_BEFORE_MONTH = re.compile(r"\bbefore\s+(?P<month>January|February|March|April|May|June|July|August|September|October|"
                           r"November|December)\b(?!\s+\d)")
_DAY_AHEAD = re.compile(r"(?=[bcdotuCDT])(?:\b(?:by|before|on|until|till|through|than)\s+(?:the\s+)?(?:\d{1,2}\s|[A-Z][a-z]+\s+\d{1,2},)"
                        r"|\b(?i:deadline|cut-?off(?:\s+date)?|due\s+date|target\s+date)\s+(?:of|on)\s+\d)")
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_BOUND_WORDS = re.compile(r"earlier|not\s+before|not\s+until|sooner")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]


_MONTH_NAME = "|".join(_MONTHS)
#: Two months and a year: "March-May 2027", "October–December 2026" (a season of a forecast).
_MONTH_SPAN = re.compile(rf"(?=[adfjmnos])\b(?P<first>{_MONTH_NAME})\s*[-–/]\s*(?P<last>{_MONTH_NAME})\s+(?P<year>(?:19|20)\d\d)\b",
                         re.IGNORECASE)


#: A day as the deadline: "by 31 March 2026", "before 1 April 2026", "on 1 July 2026".
_DAY_PREP = re.compile(r"\b(?P<prep>by|before|on|until|till|through|no\s+later\s+than)\s+(?:the\s+)?$", _FLAGS)
#: "before the legal deadline of 1 February 2027": a deadline named with its day is met on that day, so the
#: day itself is the due date whichever preposition leads to it (another date of the sentence is not).
_DEADLINE_PREP = re.compile(r"\b(?P<prep>by|before|ahead\s+of|until)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:deadline|cut-?off(?:\s+date)?|due\s+date|target\s+date)\s+(?:of|on)\s+$", _FLAGS)
#: A month named as an event's date: "at its December 2025 meeting", "in the March 2026 print".
_DATED_EVENT = re.compile(r"\b(?:in|at|by|before|after|from|for)\s+(?:the|its|their|this|next)\s+(?P<month>[A-Z][a-z]+)\s+"
                          r"(?P<year>20\d\d)(?:\s+(?:[a-z]+\s+){0,2}?(?:meeting|print|release|elections?|summit|vote|budget|"
                          r"review|session|conference|figures?|data|report|auction|deadline))?\b")
#: "by the end of February": the next such month, no year stated.
_END_OF_MONTH = re.compile(r"\b(?:by|before|until|till|at)\s+the\s+end\s+of\s+(?P<month>[A-Z][a-z]+)\b(?!\s+\d)")
_END_YEAR = re.compile(r"\b(?:before|by|until)\s+end[- ](?P<year>20\d\d)\b", _FLAGS)


_ANY_RANGE_WORD = re.compile(r"\d|year|decade|before|\bend\b", _FLAGS)  # compiled once: every clause is tested


def range_horizon(text: str, published: date) -> Horizon | None:
    """The horizon a range, bound or part of the year in ``text`` states, else None."""
    if not _ANY_RANGE_WORD.search(text):
        return None  # most clauses name none of these: a cheap test spares the patterns
    lowered = text.lower()  # each form behind a substring test: most clauses name none of them
    year = bool(_HAS_YEAR.search(text))
    if year and (span := _MONTH_SPAN.search(text)):
        # "the March-May 2027 long rains": a season named by its months, due at the end of its last month
        last, end_year = _MONTHS.index(span.group("last").lower()) + 1, int(span.group("year"))
        due = month_end(end_year, last)
        if due >= published:
            words = " ".join(span.group(0).split())
            return Horizon(words, due, f'"{words}": the end of {span.group("last")} {end_year}')
    for value, match in dates_in(text) if year and _DAY_AHEAD.search(text) else ():
        prep = _DAY_PREP.search(text[:match.start()])
        if (deadline := _DEADLINE_PREP.search(text[:match.start()])) and value >= published:
            words = " ".join(text[deadline.start():match.end()].split())
            return Horizon(words, value, f'"{words}": the deadline day, {value.isoformat()}')
        if prep and value >= published:
            before = prep.group("prep").lower() == "before"
            due = value - timedelta(days=1) if before else value
            words = f"{prep.group('prep')} {match.group(0)}"
            return Horizon(words, due, f'"{words}": {due.isoformat()}')
    if year and (match := _DATED_EVENT.search(text)) and match.group("month").lower() in MONTHS:
        due = month_end(int(match.group("year")), MONTHS[match.group("month").lower()])
        if due >= published:
            return Horizon(match.group(0), due, f'"{match.group(0)}": the end of that month')
    if "end of" in lowered and (match := _END_OF_MONTH.search(text)) and match.group("month").lower() in MONTHS:
        month = MONTHS[match.group("month").lower()]
        year = published.year if month >= published.month else published.year + 1
        return Horizon(match.group(0), month_end(year, month), f'"{match.group(0)}": the next {match.group("month")}')
    if "end" in lowered and (match := _END_YEAR.search(text)):
        year = int(match.group("year"))
        return Horizon(match.group(0), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if _BOUND_WORDS.search(lowered) and (match := _NOT_BEFORE.search(text)):
        year, part = int(match.group("year")), (match.group("part") or "").lower()
        if match.group("decade"):
            year += {"early": 3, "mid": 6, "late": 9}.get(part, 9)
        words = " ".join(match.group(0).split())
        return Horizon(words, date(year, 12, 31), f'"{words}": a lower bound, decided at the end of {year}',
                       flagged=f"horizon is a lower bound ({words}): the claim is that it will not happen sooner")
    if "winter" in lowered and (match := _SPLIT_WINTER.search(text)):
        year = int(match.group("year"))
        return Horizon(" ".join(match.group(0).split()), month_end(year + 1, 2),
                       f'"{match.group(0)}": the end of that winter (February {year + 1})')
    if "at least" in lowered and (match := _AT_LEAST.search(text)):
        year = int(match.group("year"))
        return Horizon(match.group(0), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if year and (match := _YEAR_RANGE.search(text)):
        last = match.group("b") or match.group("d") or match.group("f") or match.group("g")
        year = int(last) if len(last) == 4 else int(match.group("e")[:2] + last)
        if year >= published.year:
            return Horizon(match.group(0), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if year and "q" in lowered and (match := _QUARTER.search(text)):
        quarter = int(match.group("q") or _ORDINAL[match.group("ord").lower()])
        before = match.group(0).lower().startswith("before")
        year, month = int(match.group("year")), quarter * 3 - (3 if before else 0)
        due = month_end(year, month) if month else date(year - 1, 12, 31)
        return Horizon(match.group(0), due, f'"{match.group(0)}": {due.isoformat()}')
    if year and (match := _FOR_YEAR.search(text)):
        year = int(match.group("year") or match.group("year2"))
        # meeting a 2030 target is decided in 2030; restoring, setting or scrapping it is not ("amendments to
        # restore the 2030 interim target": the vote on them decides)
        if year >= published.year and (_MEETS.search(text, max(0, match.start() - 60), match.start())
                                       or _MET_AFTER.match(text, match.end())):
            return Horizon(match.group(0), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if "decade" in lowered and (match := _REST_OF_DECADE.search(text)):
        year = published.year // 10 * 10 + 9
        return Horizon(match.group(0), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if "the year" in lowered and ((match := _HALF_OF_YEAR.search(text)) or (match := _THIS_YEAR.search(text))):
        first = (match.group("half") or "").lower() == "first"
        due = date(published.year, 6, 30) if first else date(published.year, 12, 31)
        return Horizon(match.group(0), due, f'"{match.group(0)}": the year of publication, to {due.isoformat()}')
    if "before" in lowered and (match := _BEFORE_MONTH.search(text)):
        month = _MONTHS.index(match.group("month").lower()) + 1
        year = published.year if month > published.month else published.year + 1
        due = date(year, month, 1) - timedelta(days=1)
        return Horizon(match.group(0), due, f'"{match.group(0)}": the day before the next {match.group("month")}')
    return None


#: A scope note stating the time frame of judgements that state none.
_SCOPE_NOTE = re.compile(r"""
    (?: unless \s+ (?: otherwise \s+ )? (?: stated | noted | indicated | specified ) (?: \s+ otherwise )?
      | (?: judge?ments? | assessments? | forecasts? ) \s+ (?: without | with \s+ no ) \s+ (?: a \s+ )?
            (?: stated | specified | explicit ) \s+ (?: time \s* frame | timeframe | horizon ) )
    [^.]{0,60}? \b (?: (?: the \s+ )? (?: next | coming | following ) \s+ (?P<count> \d+ | \w+ ) \s+ (?P<unit> days | weeks | months | years )
    # a calendar year: "unless otherwise stated, our assessments concern developments during 2026"
      | (?: during | in | for | through (?: out )? | over | to \s+ the \s+ end \s+ of | covers? | concerns?
            | (?: refers? | relates? | applies | apply ) \s+ to ) \s+ (?: the \s+ (?: rest \s+ of \s+ )?
            (?: year \s+ )? )? (?P<year> 20\d\d ) \b (?! \s* [-–] ) )
""", re.IGNORECASE | re.VERBOSE)
#: What a scope note naming a year must be about for the year to date the judgements.
_JUDGEMENT_WORDS = re.compile(r"\b(?:assess|judge?ment|forecast|estimat|predict|projection|outlook|expect|develop)", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12, "eighteen": 18, "ten": 10}


def scope_default(text: str, published: date) -> Horizon | None:
    """The default horizon a scope note near the top states ("judgements without a stated time frame apply to
    the next 12 months"), or None."""
    # near the top, or in the "how to read" note of the footer ("Unless stated otherwise, alerts refer to the next 30 days")
    match = _SCOPE_NOTE.search(" ".join(text[:6000].split())) or _SCOPE_NOTE.search(" ".join(text[-4000:].split()))
    if match is None:
        return None
    if match.group("year"):
        year = int(match.group("year"))
        # "unless stated otherwise, figures are for 2025": the year of the data, not the judgements' time frame
        if year < published.year or not _JUDGEMENT_WORDS.search(match.group(0)):
            return None
        return Horizon(f"during {year}", date(year, 12, 31), f"no horizon stated: the document's scope note sets {year}",
                       flagged="horizon from the document's scope note")
    count = match.group("count").lower()
    number = int(count) if count.isdigit() else _COUNTS.get(count)
    if not number:
        return None
    unit = match.group("unit").lower()
    words = f"the next {number} {unit}"
    if unit in ("days", "weeks"):
        due = published + timedelta(days=number * (7 if unit == "weeks" else 1))
    else:
        due = add_months(published, number * (12 if unit == "years" else 1))
    return Horizon(words, due,
                   f"no horizon stated: the document's scope note sets {words}",
                   flagged="horizon from the document's scope note")
