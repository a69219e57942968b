"""Spans counted from publication: "the next five years", "the coming months", "will take up to four years".

Split from horizons.py, which finds the words; this turns a count of units into a due date.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import add_months
from tracker.extract.records import Horizon

_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "few": 3, "several": 3, "twelve": 12, "eighteen": 18}
_UNITS = {"week": 0.25, "month": 1, "year": 12, "decade": 120}


def span_horizon(match: re.Match, published: date, default: int | None) -> Horizon:
    """A count of units from publication: "the next five years", "the coming months" (six), "up to four years"."""
    count = (match.group("count") or "").strip().lower()
    unit = match.group("unit").lower()
    if count.isdigit():
        number = int(count)
    elif count:
        number = _NUMBERS.get(count, 1)
    elif default is not None:
        number = default
    else:
        # "the coming months": half a year; "the coming years": several (three); "the coming year": one.
        number = 6 if unit == "months" else 3 if unit.endswith("s") else 1
    months = max(1, round(number * _UNITS[unit.rstrip("s")]))
    # "over the following weeks" (after the vote): counted from an event the text names, which it may not date
    after = (f"counted from publication, but \"{match.group(0)}\" follows something the text names: check"
             if "following" in match.group(0).lower() else None)
    return Horizon(match.group(0), add_months(published, months), f'"{match.group(0)}": {months} months', flagged=after)
