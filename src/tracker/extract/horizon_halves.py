"""Half-years as horizons: "in the first half of 2027", "by 2H 2026", "from H2 2027", "before the second half of
next year".

Outlooks and budgets date much by the half-year; a half is due at its end (30 June or 31 December). "Before" a
half is the end of the one before it, and "from" a half is when something starts, not a deadline: flagged.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
#: "in the first half of 2027", "within first half of 2027", "in 1H 2027", "from H2 2027" (look-ahead: their first letters).
_HALF = re.compile(r"(?=[ibdfuwot])\b(?P<prep>in|by|during|from|before|until|within|over|throughout|through)\s+(?:the\s+)?(?:(?P<half>first|second)"
                   r"\s+half\s+of\s+(?:calendar\s+(?:year\s+)?)?|(?P<abbr>[12]H|H[12])\s*)(?:(?P<year>20\d\d)|(?<=of\s)(?P<relative>next|this)\s+year)\b", _FLAGS)


def half_year_horizon(text: str, published: date) -> Horizon | None:
    """The horizon of the half-year ``text`` names, else None; "next year" counts from ``published``."""
    if (match := _HALF.search(text)) is None:
        return None
    # "in the first half of next year": the year after publication
    year = int(match.group("year")) if match.group("year") else published.year + (match.group("relative").lower() == "next")
    first = (match.group("half") or "").lower() == "first" or \
        (match.group("abbr") or "").upper() in ("1H", "H1")
    if match.group("prep").lower() in ("before", "until"):  # "before the second half of 2026": by 30 June
        year, first = (year - 1, False) if first else (year, True)
    if match.group("prep").lower() == "from":  # "intensify from the second half of 2027": when it starts, no deadline
        return Horizon(match.group(0), date(year, 6, 30) if first else date(year, 12, 31),
                       f'"{match.group(0)}": a start, read as the end of that half-year',
                       flagged=f"horizon is a start ({match.group(0)}): check what the claim is due by")
    return Horizon(match.group(0), date(year, 6, 30) if first else date(year, 12, 31),
                   f'"{match.group(0)}": the end of that half-year')
