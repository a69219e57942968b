"""Seasons a seasonal outlook is about, and a legislature's summer break.

A hurricane or monsoon outlook judges "an above-normal season" or El Niño "by the peak of the season" without
a date: the season is the one the outlook was published for, so the claim is decided when that season ends
(its peak, when it ends). The document usually says when ("The six-month season runs through Nov. 30", "the
peak of the season in August, September and October"); when it does not, a small table of seasons with
official dates stands in (the Atlantic and eastern Pacific hurricane seasons end on 30 November, NOAA's peak
is August to October; India's south-west monsoon season ends on 30 September). Either way the horizon is
flagged. "Before the session breaks for the summer" is decided at the start of a summer recess, read as the
end of July and flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from tracker.extract.dates import DAY_MONTH, MONTHS, month_end
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
SEASON_END, SEASON_PEAK = "the season's end", "the season's peak"  # keys in the document's event dates
#: "the season officially starts June 1 and runs through Nov. 30", "the season ends on 30 November".
_SEASON_RUNS = re.compile(r"\bseason\b[^.;]{0,60}?\b(?:runs?|running|lasts?|ends?|ending|closes?|continues?)\s+"
                          r"(?:through|to|until|till|on|into|in)?\s*(?P<when>[^.;]{3,20})", _FLAGS)
#: "The season officially runs from November 1 to April 30", "the season lasts from June to October": its end is the
#: second date, not the first.
_SEASON_FROM_TO = re.compile(r"(?<!peak of the )\bseason\b[^.;]{0,60}?\b(?:runs?|running|lasts?|extends?|stretches?|spans?|goes)\s+from\s+"
                             r"[^.;]{3,20}?\s+(?:to|until|till|through|into)\s+(?P<when>[^.;]{3,20})", _FLAGS)
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: "the peak of the season in August, September and October", "the peak of the season (August-October)".
_PEAK_MONTHS = re.compile(rf"\bpeak\s+of\s+the\s+(?:[a-z]+\s+)?season\s*,?\s*(?:(?:is|runs|lasts|spans|extends|falls)\s+)?(?:in|from|between|\()\s*"
                          rf"(?P<months>(?:{_MONTH_NAME}(?:,\s*|\s*(?:and|to|through|-|–)\s*)){{0,4}}{_MONTH_NAME})\b")
#: Seasons with official dates, for a document that names one without giving them: (end month, day), peak end.
_KNOWN = ((re.compile(r"\bhurricane\s+season\b", _FLAGS), (11, 30), (10, 31)),
          (re.compile(r"\b(?:south-?west\s+)?monsoon\s+season\b", _FLAGS), (9, 30), None))
#: A claim about the season itself: "an above-normal season", "this season", "the coming hurricane season"
#: (not "last season", "the previous season": a season gone by).
_THE_SEASON = re.compile(r"\b(?:this|the|an?|next|coming|upcoming)\s+(?:(?!last\b|past\b|previous\b|prior\b)[\w-]+\s+){0,3}?"
                         r"season\b(?!al|\s+(?:of|in)\s+20\d\d)", _FLAGS)
_PEAK = re.compile(r"\b(?:by|before|until|through|during|at|around|near)\s+the\s+(?:historical\s+)?peak\s+of\s+the\s+"
                   r"(?:[a-z]+\s+)?season\b", _FLAGS)
#: "before the Senate breaks for the summer", "before the summer recess".
_SUMMER_BREAK = re.compile(r"\b(?:before|by|until)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:breaks?|rises?|adjourns?|recesses?)\s+"
                           r"for\s+the\s+summer\b|\b(?:before|by|until)\s+the\s+summer\s+(?:recess|break)\b", _FLAGS)


def season_dates(sentences: Sequence[str], published: date) -> dict[str, date]:
    """When the season a document is about ends and peaks: as the document says, else as the table of seasons
    with official dates says for a season it names; empty for a document about no season."""
    found: dict[str, date] = {}
    for sentence in sentences:
        if "season" not in sentence:
            continue
        # the first statement of the season's run counts ("starts on 1 June and ends on 30 November; the peak of the
        # season runs from August to October": not the peak's)
        runs = [m for m in (_SEASON_FROM_TO.search(sentence), _SEASON_RUNS.search(sentence)) if m]
        if SEASON_END not in found and runs and (match := min(runs, key=lambda m: m.start())):
            if day := _next_day(match.group("when"), published):
                found[SEASON_END] = day
        if SEASON_PEAK not in found and "peak" in sentence and (match := _PEAK_MONTHS.search(sentence)):
            last = re.findall(_MONTH_NAME, match.group("months"))[-1]
            found[SEASON_PEAK] = _next_month_end(MONTHS[last.lower()], published)
    for sentence in sentences if len(found) < 2 else ():
        for pattern, end, peak in _KNOWN if "season" in sentence else ():
            if pattern.search(sentence):
                found.setdefault(SEASON_END, _next_day(f"{end[1]} {_month(end[0])}", published))
                if peak:
                    found.setdefault(SEASON_PEAK, _next_day(f"{peak[1]} {_month(peak[0])}", published))
    return {key: day for key, day in found.items() if day is not None}


def season_horizon(text: str, event_dates: dict[str, date]) -> Horizon | None:
    """The horizon of a claim about the season the document dates (see the module docstring), else None."""
    if "season" not in text:
        return None
    if SEASON_PEAK in event_dates and (match := _PEAK.search(text)):
        due, words = event_dates[SEASON_PEAK], " ".join(match.group(0).split())
        return Horizon(words, due, f'"{words}": the end of the season\'s peak, {due.isoformat()}',
                       flagged=f"season: check when its peak ends ({words})")
    if SEASON_END in event_dates and (match := _THE_SEASON.search(text)):
        # the season is what the claim is about ("an above-normal season"), so the question keeps those words
        due, words = event_dates[SEASON_END], " ".join(match.group(0).split())
        return Horizon("by the end of the season", due, f'"{words}": the season the outlook is about, ending '
                       f"{due.isoformat()}", flagged=f"season: check when it ends ({words})")
    return None


#: A claim's own peak and its months: "persist through the peak of the season in August, September and October".
_PEAK_IN = re.compile(rf"\b(?:by|before|until|through|during|at|around|near)\s+the\s+(?:historical\s+)?peak\s+of\s+the\s+"
                      rf"(?:[a-z]+\s+)?season\s*,?\s*(?:(?:is|runs|lasts|spans|extends|falls)\s+)?(?:in|from|between|\()\s*"
                      rf"(?P<months>(?:{_MONTH_NAME}(?:,\s*|\s*(?:and|to|through|-|–)\s*)){{0,4}}{_MONTH_NAME})\b")


def peak_in_months(text: str, published: date) -> Horizon | None:
    """A season's peak the clause dates by its months: the end of the last of them, the next such; else None."""
    if (match := _PEAK_IN.search(text)) is None:
        return None
    due = _next_month_end(MONTHS[re.findall(_MONTH_NAME, match.group("months"))[-1].lower()], published)
    words = " ".join(match.group(0).split())
    return Horizon(words, due, f'"{words}": the end of the peak\'s last month, {due.isoformat()}')


def summer_break(text: str, published: date) -> Horizon | None:
    """"Before the parliament breaks for the summer": the end of the next July, flagged; else None."""
    if "summer" not in text or (match := _SUMMER_BREAK.search(text)) is None:
        return None
    due, words = _next_month_end(7, published), " ".join(match.group(0).split())
    # the date is a guess: the words stay in the question (a text the sentence does not hold is not cut from it)
    return Horizon(f"{words} (summer recess)", due, f'"{words}": a summer recess, read as starting by the end of July',
                   flagged=f"summer recess: check when it starts ({words})")


def _month(number: int) -> str:
    return next(name for name, value in MONTHS.items() if value == number and len(name) > 3)


def _next_day(words: str, published: date) -> date | None:
    """The first day and month written in ``words`` (no year), the next such day on or after publication; a month
    alone ("ends in December"), the end of the next such month."""
    if (match := DAY_MONTH.search(words)) is None:
        month = re.match(rf"(?:the\s+end\s+of\s+)?({_MONTH_NAME})\b", words.strip())
        return _next_month_end(MONTHS[month.group(1).lower()], published) if month else None
    month = MONTHS.get((match.group("month") or match.group("month2") or "").lower())
    try:
        day = date(published.year, month, int(match.group("day") or match.group("day2")))
        return day if day >= published else date(published.year + 1, day.month, day.day)
    except (TypeError, ValueError):
        return None


def _next_month_end(month: int, published: date) -> date:
    due = month_end(published.year, month)
    return due if due >= published else month_end(published.year + 1, month)
