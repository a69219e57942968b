"""Horizons named by a day, a part of a year or a period rather than a date: "by Christmas", "by the middle of
next year", "in the 2027-2031 period", "in 2041-2060", "this century", "by the planned date of August 2027".

Each is a deadline a reader can date without the document's help; each is tried only when a plain substring
of its words is in the clause, so most clauses pay one ``in`` test per form.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import MONTHS, month_end
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
_CHRISTMAS = re.compile(r"\b(?P<prep>by|before|until|till|at|over|past|after|beyond)\s+Christmas\b", _FLAGS)
_MIDDLE_NEXT = re.compile(r"\b(?:by|in|before|until|around)\s+(?:the\s+)?(?:middle\s+of|mid-?)\s*(?P<which>next|this)\s+year\b", _FLAGS)
#: "in the 2027-2031 period", "in 2041-2060", "over 2027–2031": the end of the range's last year.
_YEAR_RANGE = re.compile(r"\b(?:in|over|during|for|throughout|by)\s+(?:the\s+)?(?P<first>20\d\d)\s*[-–]\s*(?P<last>20\d\d|\d\d)"
                         r"(?:\s+(?:period|window|interval))?\b(?![-–]\d)", _FLAGS)
_CENTURY = re.compile(r"\b(?:this|the\s+current)\s+century\b|\bby\s+the\s+end\s+of\s+the\s+century\b", _FLAGS)
#: "by the planned date of August 2027", "by the target date of March 2028": the date the plan names.
_PLANNED = re.compile(r"\b(?:by|before|on)\s+(?:the|its)\s+(?:\w+\s+){0,2}(?:date|deadline)\s+of\s+(?P<month>[A-Z][a-z]+)\s+"
                      r"(?P<year>20\d\d)\b")
#: "before the end of September" with no year: the next end of that month.
_MONTH_END = re.compile(r"\b(?:by|before|until|at)\s+the\s+end\s+of\s+(?P<month>[A-Z][a-z]+)\b(?!\s+20\d\d)(?!\s+\d)")
#: "the 70% confidence launch date is June 2029": the date a schedule gives.
_DATE_IS = re.compile(r"\b(?:date|deadline)\s+(?:is|would\s+be|becomes)\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>20\d\d)\b")
#: "in the first half", "in the second half" with no year: the next such half after publication.
_BARE_HALF = re.compile(r"\b(?:in|by|during|over)\s+the\s+(?P<half>first|second)\s+half\b(?!\s+of\b)", _FLAGS)
#: A year anywhere in the clause dates a bare half ("growth of 0.9% in 2027, with most of it in the second half").
_ANY_YEAR = re.compile(r"\b20\d\d\b")


#: A publication dated by its month as the subject: "The staff projections in March will probably show ...": what
#: it will show is known when it comes out, whatever year its figures are for.
_DATED_RELEASE = re.compile(r"\W*(?:the|its|their|our|his|her|next)\s+(?:[\w’'-]+\s+){0,3}?(?:projections?|forecasts?|minutes|"
                            r"reports?|release|figures|data|statement|survey|update|outlook|estimates?|print|reading|"
                            r"numbers|accounts|results|review)\s+(?:(?:due|published|out|expected)\s+)?(?:in|on)\s+"
                            r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)(?:\s+(?P<year>20\d\d))?\s+(?:will|would|should|could|may|might|(?:is|are)\s+"
                            r"(?:\w+\s+)?(?:likely|unlikely|expected|set|bound)\s+to)\b", _FLAGS)


def named_horizon(text: str, published: date) -> Horizon | None:
    """The horizon one of the named forms in ``text`` states (see the module docstring), else None."""
    if " in " in text and (match := _DATED_RELEASE.match(text)) and (month := MONTHS.get(match.group("month").lower())):
        due = month_end(int(match.group("year")) if match.group("year") else published.year, month)
        if due < published and not match.group("year"):
            due = month_end(published.year + 1, month)
        words = f"in {match.group('month')}" + (f" {match.group('year')}" if match.group("year") else "")
        return Horizon(words, due, f'"{words}": when the publication the claim is about comes out, {due.isoformat()}')
    if "hristmas" in text and (match := _CHRISTMAS.search(text)):
        due = date(published.year, 12, 25)
        due = due if due >= published else date(published.year + 1, 12, 25)
        if match.group("prep").lower() in ("past", "after", "beyond"):
            # "talks will run past Christmas": decided on the day, when they are still running or not
            return Horizon(match.group(0), due, f'"{match.group(0)}": still so on Christmas Day, {due.isoformat()}',
                           flagged=f"horizon is a lower bound ({match.group(0)}): check the question asks about after it")
        return Horizon(match.group(0), due, f'"{match.group(0)}": Christmas Day, {due.isoformat()}')
    if "year" in text and "mid" in text and (match := _MIDDLE_NEXT.search(text)):
        year = published.year + (1 if match.group("which").lower() == "next" else 0)
        return Horizon(match.group(0), date(year, 6, 30), f'"{match.group(0)}": the middle of {year}, 30 June')
    if ("-20" in text or "–20" in text or "- 20" in text) and (match := _YEAR_RANGE.search(text)):
        first, last = int(match.group("first")), match.group("last")
        end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if first < end <= first + 60:
            return Horizon(match.group(0), date(end, 12, 31), f'"{match.group(0)}": the end of {end}')
    if "century" in text and (match := _CENTURY.search(text)) and published.year < 2100:
        return Horizon(match.group(0), date(2100, 12, 31), f'"{match.group(0)}": the end of 2100')
    if " date " in text or " deadline " in text:
        if (match := _PLANNED.search(text) or _DATE_IS.search(text)) and match.group("month").lower() in MONTHS:
            due = month_end(int(match.group("year")), MONTHS[match.group("month").lower()])
            return Horizon(match.group(0), due, f'"{match.group(0)}": the end of {match.group("month")} {match.group("year")}')
    if "end of " in text and (match := _MONTH_END.search(text)) and (month := MONTHS.get(match.group("month").lower())):
        due = month_end(published.year, month)
        due = due if due >= published else month_end(published.year + 1, month)
        return Horizon(match.group(0), due, f'"{match.group(0)}": the next end of {match.group("month")}, {due.isoformat()}')
    if " half" in text and not _ANY_YEAR.search(text) and (match := _BARE_HALF.search(text)):
        first = match.group("half").lower() == "first"
        year = published.year + (1 if first and published.month > 6 or not first and published.month == 12 else 0)
        due = date(year, 6, 30) if first else date(year, 12, 31)
        return Horizon(match.group(0), due, f'"{match.group(0)}": the next {match.group("half")} half, ending {due.isoformat()}')
    return None
