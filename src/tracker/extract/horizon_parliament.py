"""A legislature's term as a horizon: "by the end of this Parliament", "before the end of the current
parliamentary term", "over the rest of the legislature".

A term ends at the next general election. The document may date that election (its event dates); else, for the
UK Parliament, the law gives the latest day: the Dissolution and Calling of Parliament Act 2022 dissolves a
Parliament five years after it first met, and polling follows 25 working days later. A term with neither is due
on the default date, flagged, with the words kept in the question so the reader can see what it waits for.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

from tracker.extract.records import Horizon

_TERM = re.compile(r"\b(?:by|before|until|till|within|during|over|in|at)\s+(?:the\s+)?"
                   r"(?:(?:end|rest|remainder|lifetime|course|life)\s+of\s+(?:the\s+|this\s+|the\s+current\s+|the\s+present\s+)?"
                   r"(?:current\s+|present\s+)?(?P<what>Parliament|parliamentary\s+term|legislature|legislative\s+term))\b", re.IGNORECASE)
#: "in the next legislature", "over the coming parliamentary term (2027-2031)": the term after the next election, which
#: ends with it; its years, when given, date its end, else it is due on the default date, flagged.
_NEXT_TERM = re.compile(r"\b(?:in|during|over|throughout|for|within)\s+the\s+(?:next|coming|new|incoming|following)\s+"
                        r"(?P<what>Parliament|parliamentary\s+term|legislature|legislative\s+(?:term|period))\b"
                        r"(?:\s*\((?P<first>20\d\d)\s*[-–]\s*(?P<last>20\d\d|\d\d)\))?", re.IGNORECASE)
#: UK Parliaments: the day each first met -> the latest polling day the 2022 Act allows (dissolution on the fifth
#: anniversary of the first meeting, polling 25 working days later).
_UK_PARLIAMENTS = ((date(2024, 7, 9), date(2029, 8, 16)),)
_UK = re.compile(r"\b(?:UK|United\s+Kingdom|Westminster|House\s+of\s+Commons|British|Britain|England|Scotland|Wales)\b")


def parliament_horizon(text: str, published: date, event_dates: dict[str, date], document_uk: bool,
                       fallback: Callable[[], date]) -> Horizon | None:
    """The end of the legislative term ``text`` names, else None."""
    if "arliament" not in text and "egislat" not in text:
        return None
    if (match := _TERM.search(text)) is None:
        return _next_term(text, published, fallback)
    words = " ".join(match.group(0).split())
    if (known := event_dates.get("election")) and known >= published:
        return Horizon(words, known, f'"{words}": the next election, which the document dates {known.isoformat()}',
                       flagged=f"event horizon: {words}")
    if document_uk or _UK.search(text):
        for first_met, latest in _UK_PARLIAMENTS:
            if first_met <= published < latest:
                return Horizon(words, latest, f'"{words}": the UK Parliament that first met {first_met.isoformat()} '
                               f"must hold its election by {latest.isoformat()} (Dissolution and Calling of Parliament Act 2022)",
                               flagged=f"term horizon: {words}; an earlier election would end it sooner")
    return Horizon(words, fallback(), f'"{words}": the term\'s end is not dated in the document, defaulted',
                   flagged=f"event horizon: {words}")


def _next_term(text: str, published: date, fallback: Callable[[], date]) -> Horizon | None:
    """"in the next legislature": the end of the term after the next election, dated by its years if the text gives
    them ("(2027-2031)"), else defaulted and flagged; None when ``text`` names no next term."""
    if (match := _NEXT_TERM.search(text)) is None:
        return None
    if match.group("last"):
        last = match.group("last")
        year = int(last) if len(last) == 4 else int(match.group("first")[:2] + last)
        words = " ".join(match.group(0).split())  # the years go with the words, out of the question
        if year >= published.year:
            return Horizon(words, date(year, 12, 31), f'"{match.group(0)}": the term the text dates, to the end of {year}',
                           flagged=f"term horizon: {words}")
    words = " ".join(match.group(0).split("(")[0].split())
    return Horizon(words, fallback(), f'"{words}": the next term\'s end is not dated in the document, defaulted',
                   flagged=f"event horizon: {words}")
