"""A date given at a confidence level: "The 70% confidence launch date is June 2029", "our P80 completion date
is March 2028". Schedule reviews state a date and how sure they are that the event comes by it; the
forecast is that the event happens by that date, at that probability.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

_DATED = re.compile(r"^\W*(?i:the|our|its|their|a)\s+(?:(?P<p>\d{1,2})\s?%\s+confidence|P(?P<pp>\d{2}))\s+(?:level\s+)?"
                    r"(?P<event>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:date|deadline)\s+(?:is|would\s+be|becomes)\s+"
                    r"(?P<when>(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?20\d\d)\b")


def confidence_date(text: str) -> Judgement | None:
    """The judgement that the event comes by the date, at the stated confidence, else None."""
    if (match := _DATED.match(text)) is None:
        return None
    probability = int(match.group("p") or match.group("pp")) / 100
    if not 0 < probability < 1:
        return None
    written = f"{match.group('p')}% confidence" if match.group("p") else f"P{match.group('pp')}"
    # the date is the horizon's (horizon_named.py), so the claim is the event alone
    return Judgement(text, f"the {match.group('event')} will take place", "stated", written,
                     False, stated=probability)
