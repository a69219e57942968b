"""Horizons beyond the 2000s' year pattern and dates without a year.

Climate and long-range assessments date claims by the century ("by mid-century", "by the end of the
century", "throughout the 21st century") or by years from 2100 on ("before 2100"), which the year rules
(20xx) do not read. Newsletters and briefs date events by day and month alone ("at its September 17
meeting", "on November 4", "(Oct 26)"): the next such day on or after publication.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.dates import DAY_MONTH, EVENT_NOUNS, MONTHS
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
#: "by mid-century", "by the middle of the century", "by the end of the century", "throughout the 21st century".
_CENTURY = re.compile(r"\b(?P<prep>by|before|until|till|through(?:out)?|over|during|in|around|toward|towards)\s+"
                      r"(?:the\s+)?(?:(?P<mid>mid-?|middle\s+of\s+the\s+)|(?P<end>end\s+of\s+the\s+|late\s+))?"
                      r"(?:(?P<ordinal>twenty-first|21st|this)\s+)?century\b", _FLAGS)
#: A year from 2100 on ("before 2100", "by 2150"); 20xx years are read by the year rules.
_FAR_YEAR = re.compile(r"\b(?P<prep>by|before|until|till|in|around)\s+(?:the\s+year\s+)?(?P<year>2[1-9]\d\d)(?![\d–-])",
                       _FLAGS)
_FAR_DIGITS = re.compile(r"2[1-9]\d\d")  # a cheap test before the pattern with its prepositions
_DIGIT = re.compile(r"\d")
#: A day and month with no year after a preposition or in brackets: "on November 4", "at its September 17
#: meeting", "(Oct 26)", "by 31 December".
_EVENT_LEAD = re.compile(r"\b(?:its|the|their|this|next)\s+$", _FLAGS)
_DATED_EVENT = re.compile(rf"\s+(?:policy\s+|board\s+|rate\s+)?{EVENT_NOUNS}\b", _FLAGS)
#: A range of days ends on its last: "at its 15-16 December meeting" is decided on the 16th.
_LAST_DAY = re.compile(r"[-–](?P<last>\d{1,2})\b(?![-–/.:,]?\d)")
#: "The survey, due Dec. 15, is expected to show": a report or vote named with the day it is due is decided then.
_DAY_LEAD = re.compile(r"(?:\b(?:on|at|by|before|until|till|from|due(?:\s+(?:out|on|for\s+release(?:\s+on)?))?)\s+"
                       r"(?:(?:its|the|their|his|her)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|\()(?:\d{1,2}\s*[-–]\s*)?$", _FLAGS)


#: "by the mid-2030s", "in the early 2040s", "during the 2030s".
#: "well into the 2030s", "far into the 2040s": the adverb belongs to the horizon's words (cut from the question with
#: them, not left dangling in it).
_DECADE = re.compile(r"\b(?P<prep>by|in|during|before|until|through|(?:(?:well|far|deep|long)\s+)?into)\s+the\s+(?:(?P<part>early|mid|late)[- ]?)?"
                     r"(?P<decade>20\d0)['’]?s\b", re.IGNORECASE)


def far_horizon(text: str, published: date) -> Horizon | None:
    """A century form or a year from 2100 on in ``text``, else None."""
    lowered = text.lower()
    if "century" in lowered and (match := _CENTURY.search(text)):
        words = " ".join(match.group(0).split())
        century_end = (published.year // 100 + 1) * 100
        if match.group("mid"):
            year, why = century_end - 50, "the middle of the century"
        else:
            year, why = century_end, "the end of the century"
        if match.group("prep").lower() == "before" and not match.group("mid"):
            year -= 1
        return Horizon(words, date(year, 12, 31), f'"{words}": {why}, the end of {year}')
    if "0s" in text and (match := _DECADE.search(text)):
        # "by the mid-2030s": a part of a decade, read at its end ("early" 3 years in, "mid" 5, "late" or none 9)
        words, decade = " ".join(match.group(0).split()), int(match.group("decade"))
        year = decade + {"early": 3, "mid": 5}.get((match.group("part") or "").lower(), 9)
        if year >= published.year:
            return Horizon(words, date(year, 12, 31), f'"{words}": part of a decade, read as the end of {year}',
                           flagged="horizon read from a part of a decade: check the date")
    if _FAR_DIGITS.search(text) and (match := _FAR_YEAR.search(text)):
        year = int(match.group("year"))
        end = date(year - 1, 12, 31) if match.group("prep").lower() == "before" else date(year, 12, 31)
        return Horizon(match.group(0), end, f'"{match.group(0)}": the end of {end.year}')
    return None


def day_horizon(text: str, published: date) -> Horizon | None:
    """A day and month without a year after "on/at/by/before" or "(": the next such day from publication."""
    if not _DIGIT.search(text):  # most clauses hold no number: spare the month-name pattern
        return None
    for match in DAY_MONTH.finditer(text):
        # "at its December 8-9 meeting": the month first, then a range of days, decided on the last of them
        last = _LAST_DAY.match(text, match.end()) if match.group("day2") and text[match.end():match.end() + 1] in "-–" else None
        end = last.end() if last else match.end()
        if not (lead := _DAY_LEAD.search(text[max(0, match.start() - 24):match.start()])) and not (
                (lead := _EVENT_LEAD.search(text[max(0, match.start() - 8):match.start()])) and _DATED_EVENT.match(text, end)):
            continue  # "at its Dec. 17 meeting", "before the June 5 vote": an event named by its day counts too
        parts = match.groupdict()
        month = MONTHS.get((parts["month"] or parts["month2"] or "").lower())
        # "from 1 April 2028": a year written after the day is that day's year, not the next such day
        year = re.match(r",?\s*((?:19|20)\d\d)\b", text[end:])
        try:
            day = date(int(year.group(1)) if year else published.year, month,
                       int(last.group("last") if last else parts["day"] or parts["day2"]))
            if day < published:
                if year:
                    continue
                day = date(published.year + 1, month, day.day)
        except (TypeError, ValueError):
            continue
        if lead.group(0).lower().startswith("before"):
            # "before 1 February": the day before it, as "before March 2027" is the end of February
            words = f"{lead.group(0).strip(' (')} {match.group(0)}" + (f" {year.group(1)}" if year else "")
            due = day - timedelta(days=1)
            return Horizon(words, due, f'"{words}": the day before it, {due.isoformat()}')
        if year:
            # the preposition goes with the date, so that the question does not keep "take effect from"
            words = f"{lead.group(0).strip(' (')} {match.group(0)} {year.group(1)}".strip()
            return Horizon(words, day, f'"{words}": {day.isoformat()}')
        words = text[match.start():end]
        return Horizon(words, day, f'"{words}" (no year): the next such day after publication, {day.isoformat()}')
    return None
