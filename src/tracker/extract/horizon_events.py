"""Horizons of scheduled events named with their time: the run-up to one, a season's start, a season's round.

- "in the run-up to the 2028 presidential election", "ahead of the April 2027 local elections": the time before an
  event the sentence dates; the claim is decided when the event comes (the month's end when the month is named, the
  day the document dates the event when it does, else the year's end, flagged: the event's day is unknown).
- "by the start of the heating season", "before the end of the injection season": the gas and heating year's
  halves, the same every year in the northern markets that use the words (heating October-March, injection April-
  September), so the start of the heating season is 1 October and its end 31 March.
- "in the 2027 spring wage negotiations", "the 2028 autumn session": a round held in a season of a named year,
  decided at that season's end.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.dates import MONTHS, month_end
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
_EVENT_NOUN = r"(?:elections?|polls|vote|referendum|summit|games|olympics|world\s+cup|congress|conference|convention|" \
              r"ceremony|negotiations|talks|census|inauguration|coronation|festival|session)"
#: "in the run-up to the 2028 X election", "ahead of the April 2027 local elections", "in the lead-up to the 2027 summit".
_LEAD_UP = re.compile(rf"\b(?:in\s+the\s+(?:run|lead|build)[-\s]?up\s+to|ahead\s+of|in\s+the\s+(?:weeks|months)\s+(?:before|"
                      rf"leading\s+up\s+to))\s+the\s+(?:(?P<month>{_MONTH})\s+)?(?P<year>20\d\d)\s+(?:[\w’'-]+\s+){{0,3}}?"
                      rf"(?P<noun>{_EVENT_NOUN})\b", _FLAGS)
#: "by the start of the heating season", "before the end of the injection season".
_GAS_SEASON = re.compile(r"\b(?P<prep>by|before|until|till|ahead\s+of|in\s+time\s+for)\s+the\s+(?P<part>start|beginning|onset|end|close)"
                         r"\s+of\s+(?:the\s+|this\s+year['’]s\s+|next\s+)?(?P<season>heating|injection|withdrawal|refill(?:ing)?)\s+"
                         r"season\b", _FLAGS)
#: "in the 2027 spring wage negotiations", "at the 2028 autumn session": a round in a season of a named year.
_SEASON_ROUND = re.compile(rf"\bthe\s+(?P<year>20\d\d)\s+(?P<season>spring|summer|autumn|fall|winter)\s+(?:[\w’'-]+\s+){{0,2}}?"
                           rf"(?P<noun>{_EVENT_NOUN}|offensive|round|campaign|sitting)\b", _FLAGS)
#: The last month of each northern season (winter runs into the next year).
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


def event_time_horizon(text: str, published: date, event_dates: dict[str, date]) -> Horizon | None:
    """The horizon of an event's run-up, a heating or injection season's bound, or a season's round, else None.
    Substring tests first: most clauses name none of them."""
    lowered = text.lower()
    if ("up to" in lowered or "ahead of" in lowered or "before" in lowered or "leading" in lowered) and \
            (match := _LEAD_UP.search(text)):
        return _lead_up(match, published, event_dates)
    if " season" in lowered and ("heating" in lowered or "injection" in lowered or "withdrawal" in lowered
                                 or "refill" in lowered) and (match := _GAS_SEASON.search(text)):
        return _gas_season(match, published)
    if ("spring" in lowered or "summer" in lowered or "autumn" in lowered or "fall" in lowered or "winter" in lowered) \
            and "20" in text and (match := _SEASON_ROUND.search(text)):
        year, season = int(match.group("year")), match.group("season").lower()
        due = month_end(year + (season == "winter"), _SEASON_END[season])
        if due < published:
            return None
        words = " ".join(match.group(0).split())
        return Horizon(words, due, f'"{words}": a round held in the {season} of {year}, ending {due.isoformat()}',
                       flagged=f"event horizon: {words}")
    return None


def _lead_up(match: re.Match, published: date, event_dates: dict[str, date]) -> Horizon | None:
    year = int(match.group("year"))
    words = " ".join(match.group(0).split())
    if match.group("month"):
        due = month_end(year, MONTHS[match.group("month").lower()])
        reason = f'"{words}": the time before an event of {match.group("month")} {year}, decided by that month\'s end'
        flagged = f"event horizon: {words}"
    elif (known := event_dates.get(match.group("noun").lower().rstrip("s"))) and known.year == year:
        due, reason, flagged = known, f'"{words}": the time before the event, dated {known.isoformat()} by the document', \
            f"event horizon: {words}"
    else:
        due = date(year, 12, 31)
        reason = f'"{words}": the time before an event of {year} whose day is not given, decided by the end of {year}'
        flagged = f"event horizon: {words} (check the event's date: the claim is decided when it is held)"
    return Horizon(words, due, reason, flagged=flagged) if due >= published else None


def _gas_season(match: re.Match, published: date) -> Horizon:
    season, part = match.group("season").lower(), match.group("part").lower()
    heating = season in ("heating", "withdrawal")  # October to March; injection (refilling) April to September
    starts = part in ("start", "beginning", "onset")
    month, day = ((10, 1) if starts else (3, 31)) if heating else ((4, 1) if starts else (9, 30))
    due = date(published.year, month, day)
    due = due if due >= published else date(published.year + 1, month, day)
    if match.group("prep").lower() in ("before", "ahead of") and starts:
        due -= timedelta(days=1)  # "before the start of the heating season": by the day before it opens
    words = " ".join(match.group(0).split())
    return Horizon(words, due, f'"{words}": the {season} season runs {"October-March" if heating else "April-September"}, '
                   f"so {due.isoformat()}")
