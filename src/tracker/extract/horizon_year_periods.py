"""A period the claim names by its year: "before the 2027 rainy season ends in October", "through the 2027 lean
season, which runs from June to September", "before the Philippines' 2026 chairmanship ends", "before the
end-2026 payment deadline".

The year belongs to the period, so the months that follow it are that year's months, not the next such months
after publication ("in October" alone would be the coming October); a period named by its year that "ends"
with no month given ends with that year; "the end-2026 deadline" is a date folded into a noun phrase.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import MONTHS, month_end
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PREP = r"(?P<prep>before|by|until|till|through(?:out)?|during|in|over|for|ahead\s+of)"
#: "the 2027 rainy season ends in October", "the 2027 lean season, which runs from June to September".
_SEASON_MONTHS = re.compile(rf"\b{_PREP}\s+the\s+(?P<year>20\d\d)\s+(?:[a-z-]+\s+){{0,2}}?season\b\s*,?\s*(?:(?:which|that)\s+)?"
                            rf"(?:(?:usually|normally|typically|generally)\s+)?(?:ends?|closes?|finishes|runs?|lasts?|extends?|spans?)\s+"
                            rf"(?:(?:in|by|at\s+the\s+end\s+of)\s+|(?:from|between)\s+{_MONTH}\s+(?:to|until|till|through|and|-|–)\s+)"
                            rf"(?P<month>{_MONTH})\b(?!\s+\d)")
#: "before the Philippines' 2026 chairmanship ends", "until the 2027 session closes": a period that ends with its year.
_YEAR_PERIOD_ENDS = re.compile(r"\b(?P<prep>before|by\s+the\s+time|until|till|when)\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+)?"
                               r"(?P<year>20\d\d)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+(?:ends|expires|concludes|closes|finishes|"
                               r"is\s+over|runs\s+out|draws\s+to\s+a\s+close)\b")
#: "before the end-2026 payment deadline", "by the mid-2027 target date": a date folded into a noun phrase.
_FOLDED = re.compile(r"\b(?P<prep>before|by|until|till|ahead\s+of|for|to\s+meet|miss(?:es|ed)?|meet(?:s)?)\s+(?:the|an?|its|their|this)\s+"
                     r"(?P<part>end|mid|early|late)-(?P<year>20\d\d)\s+(?:[a-z-]+\s+){0,2}?(?:deadline|target|date|goal|"
                     r"timeline|timetable|cut-?off|limit|milestone|commitment)\b", _FLAGS)
_PART_END = {"end": (12, 31), "late": (12, 31), "mid": (6, 30), "early": (3, 31)}


def year_period_horizon(text: str, published: date) -> Horizon | None:
    """The horizon of a period named by its year in ``text`` (see the module docstring), else None."""
    if "20" not in text:
        return None
    if "season" in text and (match := _SEASON_MONTHS.search(text)):
        year, month = int(match.group("year")), MONTHS[match.group("month").lower()]
        due, words = month_end(year, month), " ".join(match.group(0).split())
        return Horizon(words, due, f'"{words}": {match.group("month")} of the season\'s year, {due.isoformat()}')
    if ("end-" in text or "mid-" in text or "early-" in text or "late-" in text) and (match := _FOLDED.search(text)):
        year = int(match.group("year"))
        due, words = date(year, *_PART_END[match.group("part").lower()]), " ".join(match.group(0).split())
        return Horizon(words, due, f'"{words}": the date the noun phrase names, {due.isoformat()}')
    if ("end" in text or "expire" in text or "conclude" in text or "close" in text or "finish" in text or " over" in text
            or "runs out" in text) and (match := _YEAR_PERIOD_ENDS.search(text)):
        year = int(match.group("year"))
        due, words = date(year, 12, 31), " ".join(match.group(0).split())
        return Horizon(words, due, f'"{words}": a period named by its year ends with that year, {due.isoformat()}',
                       flagged=f"period named by its year: check when it ends ({words})")
    return None
