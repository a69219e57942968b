"""Calendar dates written in prose: "9 March 2023", "March 9, 2023", "Feb. 20", "2023-03-09", "2023.03.09",
"15.02.2023"."""

from __future__ import annotations

import calendar
import re
from datetime import date

#: Nouns of a dated occasion: "at its December 2026 meeting", "the June 5 vote". A claim about such an occasion is
#: decided by it, and its question names it (horizon_far and question_predicate read this one list).
EVENT_NOUNS = r"(?:meeting|summit|vote|session|election|deadline|talks|hearing|decision|announcement|referendum|ballot|conference)"

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE_PATTERN = re.compile(
    # a first-character look-ahead (a digit or a month's first letter): a whole-text scan skips most positions
    rf"(?=[\dadfjmnos])(?:\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b"
    rf"|\b{_MONTH.replace('month', 'month2')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year2>\d{{4}})\b"
    r"|\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b"
    r"|\b(?P<iy2>20\d{2})\.(?P<im2>\d{2})\.(?P<id2>\d{2})\b"  # "2026.12.03", as East Asian publishers write it
    r"|\b(?P<dd>\d{1,2})\.(?P<dm>\d{1,2})\.(?P<dy>\d{4})\b)",
    re.IGNORECASE,
)
#: A day and month without a year ("from Feb. 4 to Feb. 20"): the year is taken from context.
DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}(?!\w)|\b{_MONTH.replace('month', 'month2')}\s+"
                       r"(?P<day2>\d{1,2})\b(?!,?\s*\d{4})", re.IGNORECASE)


def dates_in(text: str) -> list[tuple[date, re.Match]]:
    """Every full date written in ``text`` that is a real calendar date, in order."""
    found = []
    for match in DATE_PATTERN.finditer(text):
        parts = match.groupdict()
        try:
            if parts["day"]:
                value = date(int(parts["year"]), MONTHS[parts["month"].lower()], int(parts["day"]))
            elif parts["day2"]:
                value = date(int(parts["year2"]), MONTHS[parts["month2"].lower()], int(parts["day2"]))
            elif parts["iy"] or parts["iy2"]:
                value = date(*(int(parts[key] or parts[f"{key}2"]) for key in ("iy", "im", "id")))
            else:
                value = date(int(parts["dy"]), int(parts["dm"]), int(parts["dd"]))
        except (ValueError, KeyError):
            continue
        found.append((value, match))
    return found


def days_without_year(text: str, year: int) -> list[date]:
    """Dates written as day and month only ("Feb. 20"), placed in ``year``."""
    found = []
    for match in DAY_MONTH.finditer(text):
        parts = match.groupdict()
        month = MONTHS.get((parts["month"] or parts["month2"] or "").lower())
        day = parts["day"] or parts["day2"]
        try:
            found.append(date(year, month, int(day)))
        except (TypeError, ValueError):
            continue
    return found


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(start: date, months: int) -> date:
    """``start`` moved by whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
