"""Horizons in the shapes the main grammar (``horizons.py``) does not read, tried when it finds none.

- a deadline said as a limit: "no later than 2027" (the end of the year; "by 2027 at the latest" is read as "by
  2027", and the question leaves out "at the latest");
- a span given as a range or a pair: "in the next 12 to 18 months", "over the next 6-12 months" (the longer
  end: the claim is decided when the range is over), "the next couple of years" (two);
- quarters: "over the next two quarters" (six months), "in Q1", "by Q3", "through Q1", "ends Q1" with no year
  (the next such quarter whose end is not past); a month naming an occasion: "a March cut", "the June meeting"
  (the end of the next such month, flagged);
- "in the weeks ahead" (as "the coming weeks": a month); "by year-end", "at year-end" (this year's end);
- "until at least mid-2028" (a state lasting to 30 June 2028);
- "by the turn of the decade" (the end of the decade's first year, flagged approximate);
- an event named by its year: "win the 2027 election" (the end of that year; the words stay in the question).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from tracker.extract.dates import add_months, month_end
from tracker.extract.horizon_seasons import SEASON_END, season_horizon, summer_break
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twelve": 12, "eighteen": 18, "couple of": 2, "few": 3}
_UNIT_MONTHS = {"day": 1 / 30, "week": 0.25, "month": 1, "quarter": 3, "year": 12, "decade": 120}

_NO_LATER = re.compile(r"\bno\s+later\s+than\s+(?:the\s+end\s+of\s+)?(?P<year>20\d\d)\b", _FLAGS)
_SPAN_RANGE = re.compile(r"\b(?:in|over|within|during|for|throughout)\s+the\s+(?:next|coming|following)\s+"
                         r"(?:(?P<low>\d+|\w+)\s*(?:to|-|–|or)\s*)?(?P<count>\d+|one|two|three|four|five|six|seven|eight|"
                         r"nine|ten|twelve|eighteen|couple\s+of|few)?\s*(?P<unit>days?|weeks?|months?|quarters?|years?|decades?)\b",
                         _FLAGS)
_QUARTER_ALONE = re.compile(r"\b(?:in|by|during|before|until|through|throughout|ends?|at)\s+(?:the\s+)?(?:Q(?P<q>[1-4])|(?P<ordinal>first|second|third|"
                            r"fourth)\s+quarter)\b(?:\s+of\s+(?P<relative>next|this)\s+year\b)?(?!\s*(?:of\s+)?(?:20\d\d|FY|fiscal))", _FLAGS)
#: "a March cut", "the June meeting": a month naming an occasion, the next such month (the article may open the
#: sentence: "A December cut is likely").
_MONTH_OCCASION = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Nn]ext)\s+(?P<month>January|February|March|April|May|June|July|"
                             r"August|September|October|November|December)\s+(?:[a-z]+\s+){0,2}?(?:cut|hike|meeting|decision|"
                             r"move|vote|increase|reduction|rise|fall|summit|auction|session|deadline|print|release|ceremony|ceremonies|"
                             r"awards|conference|congress|convention|negotiations|talks|festival)s?\b")
#: "before Easter": the next Easter Sunday (Gregorian computus).
_EASTER = re.compile(r"\b(?:by|before|until|till|ahead\s+of)\s+Easter\b")
_ANY_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")
_WEEKS_AHEAD = re.compile(r"\b(?:in|over|during)\s+the\s+weeks\s+ahead\b", _FLAGS)
_YEAR_END_ALONE = re.compile(r"\b(?:by|at|before|until|till|through|into|to|towards?|around)\s+(?:the\s+)?(?:year[- ]end|end[- ]year)\b(?!\s+20\d\d)", _FLAGS)
_UNTIL_MID = re.compile(r"\b(?:until|through|till)\s+at\s+least\s+mid(?:-|\s|dle\s+of\s+)(?P<year>20\d\d)\b", _FLAGS)
_TURN_OF_DECADE = re.compile(r"\b(?:by|around|at|before|towards?)\s+the\s+turn\s+of\s+the\s+decade\b", _FLAGS)
#: "the 2027 election", "the 2028 Olympics": an event named by its year.
_YEAR_EVENT = re.compile(r"\b(?P<event>the\s+(?P<year>20\d\d)\s+(?:[\w’'-]+\s+){0,2}?(?:elections?|budget|summit|games|"
                         r"olympics|world\s+cup|census|harvest|referendum|vote|conference|championships?|campaign|"
                         r"season|tender|auction|review))\b", _FLAGS)
#: "2027 sales to be at least equal to 2026 levels", "its 2028 revenue will exceed ...": a company's figure for a
#: year, decided when that year's accounts close (the words stay in the question).
_YEAR_MEASURE = re.compile(r"\b(?P<measure>(?P<year>20\d\d)\s+(?:[a-z][\w’'-]*\s+)?(?:sales|revenues?|orders|earnings|profits?|"
                           r"output|production|margins?|deliveries|shipments|turnover|capex|dividends?))\b", re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


#: "in 2Q27", "by Q3'27", "in 1H27": a quarter or a half with a two-digit year.
_SHORT_PERIOD = re.compile(r"\b(?:in|by|during|before|until|through|from|over)\s+(?:the\s+)?(?:(?P<q>[1-4])Q|Q(?P<q2>[1-4])|"
                           r"(?P<h>[12])H|H(?P<h2>[12]))\s*['’]?(?P<yy>\d\d)\b(?!\d)", _FLAGS)


def short_period(text: str, published: date) -> Horizon | None:
    """A quarter or half-year written with a two-digit year ("in 2Q27": 30 June 2027), else None."""
    if (match := _SHORT_PERIOD.search(text)) is None:
        return None
    year = 2000 + int(match.group("yy"))
    if quarter := match.group("q") or match.group("q2"):
        end = month_end(year, int(quarter) * 3)
    else:
        end = month_end(year, 6 if (match.group("h") or match.group("h2")) == "1" else 12)
    if match.group(0).split()[0].lower() == "before":
        return None  # "before 2Q27": left to the reader
    return Horizon(match.group(0), end, f'"{match.group(0)}": the end of that period, {end.isoformat()}')


#: A range of durations from now: "within ten to fifteen years", "in 5-10 years", "will take two to three years":
#: decided at the far end.
_DURATION_RANGE = re.compile(r"\b(?:within|in|takes?)\s+(?:about\s+|roughly\s+|another\s+)?(?P<low>\d+|one|two|three|four|five|six|seven|eight|"
                             r"nine|ten)\s*(?:to|-|–|or)\s*(?P<high>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                             r"fifteen|twenty|thirty)\s+(?P<unit>months|years|decades)\b"
                             # "within two to three years of a ceasefire": counted from an event, not from publication
                             r"(?!\s+(?:of|after|from|following)\s)", _FLAGS)
_MORE_COUNTS = {**_COUNT, "fifteen": 15, "twenty": 20, "thirty": 30}


def more_horizon(text: str, published: date) -> Horizon | None:
    """The horizon ``text`` states in one of this module's shapes, or None."""
    lowered = text.lower()  # each shape has a word it cannot do without: most clauses skip the patterns
    if "summer" in lowered and (found := summer_break(text, published)):
        return found
    if ("years" in lowered or "decades" in lowered or "months" in lowered) and (match := _DURATION_RANGE.search(text)):
        high = match.group("high").lower()
        months = (int(high) if high.isdigit() else _MORE_COUNTS[high]) * _UNIT_MONTHS[match.group("unit").lower()[:-1]]
        return Horizon(match.group(0), add_months(published, round(months)), f'"{match.group(0)}": {round(months)} months '
                       "(the longer end of the range)", flagged=f"horizon is a range ({match.group(0)}): due at its far end")
    if "later than" in lowered and (match := _NO_LATER.search(text)):
        year = int(match.group("year"))
        return Horizon(match.group(0), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if ("next" in lowered or "coming" in lowered or "following" in lowered) and (match := _SPAN_RANGE.search(text)) and (match.group("low") or "couple" in (match.group("count") or "")
                                                or match.group("unit").lower().startswith(("quarter", "day"))):
        count = " ".join((match.group("count") or ("a" if not match.group("unit").endswith("s") else "two")).lower().split())
        number = int(count) if count.isdigit() else _COUNT.get(count, 1)
        unit = match.group("unit").lower().rstrip("s")
        # "counted in the following days" (after the vote): the days after an event the text names, not after publication
        after = (f"counted from publication, but \"{match.group(0)}\" follows something the text names: check"
                 if "following" in match.group(0).lower() else None)
        if unit == "day":  # "in the next 30 days": counted in days
            return Horizon(match.group(0), published + timedelta(days=number), f'"{match.group(0)}": {number} days',
                           flagged=after)
        months = max(1, round(number * _UNIT_MONTHS[unit]))
        return Horizon(match.group(0), add_months(published, months), f'"{match.group(0)}": {months} months'
                       + (" (the longer end of the range)" if match.group("low") else ""), flagged=after)
    if ("Q" in text or "quarter" in lowered) and (match := _QUARTER_ALONE.search(text)):
        quarter = int(match.group("q") or _ORDINALS[match.group("ordinal").lower()])
        year = published.year if month_end(published.year, quarter * 3) >= published else published.year + 1
        if match.group("relative"):  # "in the first quarter of next year"
            year = published.year + (match.group("relative").lower() == "next")
        # "ends Q1": the verb is the claim's, the quarter its time
        words = match.group(0).split(None, 1)[1] if match.group(0).lower().startswith("end") else match.group(0)
        return Horizon(words, month_end(year, quarter * 3), f'"{match.group(0)}": the next such quarter, '
                       f"ending {month_end(year, quarter * 3).isoformat()}")
    if _ANY_MONTH.search(text) and (match := _MONTH_OCCASION.search(text)):
        month = _MONTHS.index(match.group("month").lower()) + 1
        year = published.year if month_end(published.year, month) >= published else published.year + 1
        # the words stay in the question ("Will there be a March cut by 31 March 2027?"): the horizon is the month's
        return Horizon(f"in {match.group('month')}", month_end(year, month),
                       f'"{match.group(0)}": the next {match.group("month")}')
    if "Easter" in text and (match := _EASTER.search(text)):
        year = published.year if _easter(published.year) >= published else published.year + 1
        return Horizon(match.group(0), _easter(year), f'"{match.group(0)}": Easter Sunday {year}')
    if "weeks ahead" in lowered and (match := _WEEKS_AHEAD.search(text)):
        return Horizon(match.group(0), add_months(published, 1), f'"{match.group(0)}": a month')
    if "year" in lowered and (match := _YEAR_END_ALONE.search(text)):
        return Horizon(match.group(0), date(published.year, 12, 31), f'"{match.group(0)}": the end of {published.year}')
    if "mid" in lowered and (match := _UNTIL_MID.search(text)):
        year = int(match.group("year"))
        return Horizon(match.group(0), date(year, 6, 30), f'"{match.group(0)}": 30 June {year}')
    if "turn of" in lowered and (match := _TURN_OF_DECADE.search(text)):
        year = published.year // 10 * 10 + 10
        return Horizon(match.group(0), date(year, 12, 31), f'"{match.group(0)}": the end of {year}, approximately',
                       flagged=f"approximate horizon: {match.group(0)}")
    if "20" in text and (match := _YEAR_MEASURE.search(text)) and int(match.group("year")) >= published.year:
        words, year = " ".join(match.group("measure").split()), int(match.group("year"))
        # the horizon named apart from the words, which stay in the question ("Will 2027 sales be ...?")
        return Horizon(f"the year {year}", date(year, 12, 31), f'"{words}": a figure for {year}, known at the end of it')
    if "20" in text and (match := _YEAR_EVENT.search(text)) and int(match.group("year")) >= published.year:
        # "win the 2027 election": the event's year dates it; the words stay in the question
        words, year = " ".join(match.group("event").split()), int(match.group("year"))
        return Horizon(words, date(year, 12, 31), f'"{words}": an event of {year}, decided by the end of it',
                       flagged=f"event horizon: {words}")
    return None


def _easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


#: "before the end of the rainy season": a season whose end the document dates elsewhere (``horizon_document``).
_SEASON_END = re.compile(r"\b(?:before|by|until|till|through)\s+the\s+end\s+of\s+the\s+(?P<season>[a-z]+\s+season)\b", _FLAGS)


#: "through the dry season", "during the monsoon season": a season of the year's cycle the claim lasts through.
_SEASON_THROUGH = re.compile(r"\b(?:through|throughout|during|over)\s+the\s+(?P<season>(?:dry|rainy|wet|monsoon|lean|"
                             r"harvest|planting|growing|fire|flu|hurricane|typhoon|cyclone|fighting|campaigning)\s+season)\b",
                             _FLAGS)


def season_end(text: str, event_dates: dict[str, date], fallback: Callable[[], date] | None = None) -> Horizon | None:
    """The end of a season the document dates by its month ("ends in September"); a season it does not date
    ("through the dry season") is due on ``fallback()``, the default, and flagged as such; else None."""
    if "season" not in text:
        return None
    if (match := _SEASON_END.search(text) or _SEASON_THROUGH.search(text)) is None:
        return season_horizon(text, event_dates)  # "an above-normal season": the season the outlook is about
    season = " ".join(match.group("season").lower().split())
    due = event_dates.get(f"end of {season}") or (event_dates.get(SEASON_END) if match.re is _SEASON_THROUGH else None)
    words = " ".join(match.group(0).split())
    if due is None and fallback is not None and match.re is _SEASON_THROUGH:
        # when the season ends depends on the place and year: the words stay in the question, the date is the default
        return Horizon(words, fallback(), f'"{words}": the document gives no dates for the {season}, defaulted',
                       flagged=f"event horizon: {words} (no dates for the {season} in the document)")
    if due is None:
        return None
    return Horizon(words, due, f'"{words}": the season ends in {due:%B} by the document')


#: "this winter (November-March)": a season the sentence spans by its months in brackets.
_BRACKETED_SEASON = re.compile(r"\b(?P<words>(?:this|next|the\s+coming|the)\s+(?:[a-z]+\s+)?(?:winter|summer|spring|autumn|fall|"
                               r"season))\s*\(\s*(?P<first>[A-Z][a-z]+)\s*(?:[–-]|to)\s*(?P<last>[A-Z][a-z]+)\s*\)")


def bracketed_season(text: str, published: date) -> Horizon | None:
    """A season whose months the sentence gives in brackets: due at the end of the last month, else None."""
    if "(" not in text or (match := _BRACKETED_SEASON.search(text)) is None:
        return None
    if match.group("last").lower() not in _MONTHS or match.group("first").lower() not in _MONTHS:
        return None
    last = _MONTHS.index(match.group("last").lower()) + 1
    year = published.year if month_end(published.year, last) >= published else published.year + 1
    return Horizon(" ".join(match.group(0).split()), month_end(year, last),
                   f'"{match.group(0)}": the end of {match.group("last")}, the season as the sentence spans it')


#: "within two to three years of a ceasefire", "within six months after the election": a span counted from an event.
_EVENT_SPAN = re.compile(r"\b(?:within|in)\s+(?:about\s+|roughly\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
                         r"\s*(?:to|-|–|or)\s*)?(?P<count>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+"
                         r"(?P<unit>month|year|decade)s?\s+(?:of|after|following)\s+(?:a|an|the|any)\s+"
                         r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", _FLAGS)


def occasion_horizon(text: str, event_dates: dict[str, date], fallback: Callable[[], date]) -> Horizon | None:
    """A season's end (season_end), or a span counted from an event: from the day the document gives the event,
    else due on ``fallback()`` with the words kept in the question and flagged; else None."""
    if found := season_end(text, event_dates, fallback):
        return found
    if not ("within" in text or " in " in text) or (match := _EVENT_SPAN.search(text)) is None:
        return None
    count = match.group("count").lower()
    months = round((int(count) if count.isdigit() else _COUNT[count]) * _UNIT_MONTHS[match.group("unit").lower()])
    nouns = match.group("words").split()
    known = next(((i, event_dates[n.lower().rstrip("s")]) for i, n in enumerate(nouns) if n.lower().rstrip("s") in event_dates), None)
    if known is not None:  # "within two years of the election" the document dates: counted from its day
        words = " ".join(text[match.start():match.start("words")].split() + nouns[:known[0] + 1])
        due = add_months(known[1], months)
        return Horizon(words, due, f'"{words}": {months} months from {known[1].isoformat()}, the day the document gives it',
                       flagged=f"event horizon: {words}")
    words = " ".join(text[match.start():match.start("words")].split() + nouns[:1])
    return Horizon(words, fallback(), f'"{words}": counted from an event the document does not date, defaulted',
                   flagged=f"event horizon: {words} (counted from an event the document does not date)")
