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
        return None
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
