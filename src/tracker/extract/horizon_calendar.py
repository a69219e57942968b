"""Calendar horizons: the seasons ("before the summer", "over the winter") and the rest of the year of
publication ("for the rest of the year", "later this year"). Seasons are read for the northern hemisphere
and flagged; a capitalised season names an event ("the Winter Olympics") and is left to the event rules.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import MONTHS, month_end
from tracker.extract.horizon_seasons import peak_in_months
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
#: "before the summer", "by the end of the winter", "this autumn": the next such season (northern hemisphere).
_SEASON = re.compile(r"\b(?P<prep>before|by|in|during|over|through(?:\s+to)?|until|till|this|next)\s+(?:the\s+)?"
                     r"(?:end\s+of\s+(?:the\s+)?)?(?:(?:this|next|coming)\s+)?(?P<season>(?-i:spring|summer|autumn|fall|winter))\b"
                     # a capitalised season names an event: "during the Winter Olympics", "the Summer Games"
                     r"(?!\s+(?-i:[A-Z]))"
                     # "the summer recess", "the winter offensive": an event named by its season, not the season
                     r"(?!\s+(?:recess|break|holidays?|session|sitting|term|offensive|campaign|exercises?|games|solstice))"
                     r"(?:\s+(?:of\s+)?(?P<year>20\d\d))?", _FLAGS)  # "in autumn 2025", "the summer of 2026"
#: A season named with its year after another preposition: "the events of summer 2027", "with a view to autumn 2027",
#: "plans for winter 2027": the year makes it a time whatever leads to it (without one, "of summer" is no horizon).
_SEASON_YEAR = re.compile(r"\b(?P<prep>of|to|for)\s+(?:the\s+)?(?P<season>(?-i:spring|summer|autumn|fall|winter))\s+"
                          r"(?:of\s+)?(?P<year>20\d\d)\b", _FLAGS)
#: A claim about the season's character: "a cooler-than-normal summer", "an above-average winter", "a wetter spring"
#: (the next such season, as "this summer" is).
_SEASON_KIND = re.compile(r"\b(?P<prep>an?)\s+(?:[a-z]+-than-(?:normal|average|usual)|(?:above|below|near)[- ](?:normal|average|median)|"
                          r"(?:hott|warm|cool|cold|wett|dri|mild|stormi)er(?:\s+than\s+(?:normal|average|usual))?)\s+"
                          r"(?P<season>(?-i:spring|summer|autumn|fall|winter))\b(?!\s+(?:of\s+)?20\d\d)", _FLAGS)
#: The rest of the year of publication ("for the rest of the year", "by the end of this year", "later this year") or of
#: a year named ("for the rest of 2026").
_REST_OF_YEAR = re.compile(r"\b(?:for|over|during|in|through(?:out)?)\s+the\s+(?:rest|remainder|balance)\s+of\s+"
                           r"(?:(?:the|this)\s+year|(?P<year>20\d\d))\b|\b(?:by|before|until|till)\s+the\s+end\s+of\s+(?:the|this)\s+year\b"
                           r"|\blater\s+(?:this|in\s+the)\s+year\b", _FLAGS)
#: Two months with no year: "in February-March", "between November and January": the next such span.
_MONTH_SPAN = re.compile(r"\b(?:in|during|over|between|from|through|for)\s+(?P<first>[A-Z][a-z]{2,8})\s*(?:[-–—]|to|and|until)\s*"
                         r"(?P<last>[A-Z][a-z]{2,8})\b(?!\s*,?\s*\d)")
#: An occasion named by its month, no year: "at the January renewals", "after the March meeting": the next one.
_MONTH_OCCASION = re.compile(r"(?=[abfiu])\b(?:at|in|for|after|by|until)\s+the\s+(?P<month>[A-Z][a-z]{2,8})\s+(?:[a-z]+\s+)?"
                             r"(?:renewals?|meeting|print|release|elections?|summit|vote|budget|review|session|"
                             r"conference|auction|deadline|round|rotation|talks)\b")
#: Each season's first and last month.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
#: The same in the southern hemisphere (horizon_hemisphere): summer is December to February.
_SOUTHERN = {"spring": (9, 11), "summer": (12, 2), "autumn": (3, 5), "fall": (3, 5), "winter": (6, 8)}


def calendar_horizon(text: str, published: date, southern: bool = False) -> Horizon | None:
    """The horizon a season or "the rest of the year" in ``text`` states, else None."""
    lowered = text.lower()  # most clauses name neither: a substring test spares the patterns
    if "peak" in lowered and (found := peak_in_months(text, published)):
        return found  # "through the peak of the season in August, September and October": not the first month
    if ("year" in lowered or "of 20" in lowered) and (match := _REST_OF_YEAR.search(text)):
        # "for the rest of 2026": the words stay whole, so that the question does not keep "for the rest"
        year = int(match.group("year") or published.year)
        return Horizon(" ".join(match.group(0).split()), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if any(season in lowered for season in _SEASONS) and \
            ((match := _SEASON.search(text)) or (match := _SEASON_KIND.search(text))
             or ("20" in text and (match := _SEASON_YEAR.search(text)))):
        return _season(match, published, southern)
    if (match := _MONTH_OCCASION.search(text)) and match.group("month").lower() in MONTHS:
        month = MONTHS[match.group("month").lower()]
        due = month_end(published.year + (0 if month >= published.month else 1), month)
        words = " ".join(match.group(0).split())
        return Horizon(words, due, f'"{words}": the next {match.group("month")}, {due.isoformat()}',
                       flagged=f"event horizon: {words}")
    if ("to" in text or "and" in text or "-" in text or "–" in text or "—" in text) and (match := _MONTH_SPAN.search(text)) and match.group("first").lower() in MONTHS and \
            match.group("last").lower() in MONTHS:
        first, last = MONTHS[match.group("first").lower()], MONTHS[match.group("last").lower()]
        # the next span that has not ended: it starts this year or next, and ends in its start's year or the next
        for start_year in (published.year, published.year + 1):
            due = month_end(start_year + (1 if last < first else 0), last)
            if due >= published:
                break
        words = " ".join(match.group(0).split())
        return Horizon(words, due, f'"{words}": the end of the next {match.group("last")}, {due.isoformat()}')
    return None


def _season(match: re.Match, published: date, southern: bool = False) -> Horizon:
    """The end of the next such season (its start for "before the summer"), flagged: seasons are approximate."""
    first, last = (_SOUTHERN if southern else _SEASONS)[match.group("season").lower()]
    before = match.group("prep").lower() == "before" and "end" not in match.group(0).lower()
    named = match.group("year") if "year" in match.re.groupindex else None
    year = int(named) if named else published.year
    if not named and first > last and match.group("prep").lower() != "next":
        year -= 1  # a season across the new year may be under way: "this summer" in a southern January ends in February
    month = first - 1 if before else last
    for _ in range(3):
        end_year = year + (1 if not before and first > last else 0)  # winter (the south's summer) ends in the next year
        due = month_end(end_year - (1 if before and month == 0 else 0), month or 12)
        if due >= published or named:
            break
        year += 1
    words = " ".join(match.group(0).split())
    if match.re is _SEASON_KIND:
        # the season is what the claim is about ("a cooler-than-normal summer"): the question keeps the words, and the
        # horizon's own text, which the sentence does not hold, is not cut from it
        words = f"{words} (the end of that {match.group('season').lower()})"
    return Horizon(words, due, f'"{words}": {"before" if before else "the end of"} that season, {due.isoformat()}',
                   flagged=f"season read for the {'southern' if southern else 'northern'} hemisphere: {words}")
