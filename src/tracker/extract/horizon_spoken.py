"""Horizons said in everyday words rather than dates, as news and briefings say them: "tonight", "over the
weekend", "will end the year in the red", "into the new year", "before the Lunar New Year", "before the decade
is out", "by mid-July", "a warmer-than-normal August", "between 1 July and 30 September 2026", and a fronted
"Looking ahead to 2027, ...".

Each is a deadline a reader dates from the publication day alone; each form is tried only when a plain
substring of its words is in the clause (see _CUES), so most clauses pay a few ``in`` tests and no pattern.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.dates import MONTHS, month_end
from tracker.extract.folding import holds_any
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")
#: Words without one of which no form below can match.
_CUES = ("night", "evening", "weekend", "the year", "new year", "decade", "mid-", "than", "normal", "average",
         "between", "ahead", "forward", "into 20", "later today")

#: "tonight", "this evening", "overnight": the day of publication (overnight: the next morning).
_TONIGHT = re.compile(r"\b(?:(?P<tonight>tonight|this\s+evening|later\s+today)|(?P<overnight>overnight))\b", _FLAGS)
#: "over the weekend", "this weekend", "at the weekend", "next weekend": the Sunday that ends it.
_WEEKEND = re.compile(r"\b(?:(?:over|during|at|on|by|until|through|across)\s+(?:the\s+)?(?:(?P<next>next|coming)\s+)?|this\s+|"
                      r"(?P<next2>next)\s+)weekend\b(?!['’])", _FLAGS)
#: "will end the year in the red", "is set to finish the year above 4%": the level at the end of this year.
_END_YEAR = re.compile(r"\b(?:end|ends|ending|finish|finishes|finishing|close|closes|closing)\s+the\s+year\b", _FLAGS)
#: "into the new year", "by the new year", "before the new year": the turn of the year, decided by the end of
#: January; "in the new year" is vaguer (early in it), decided by the end of March and flagged.
_NEW_YEAR = re.compile(r"\b(?P<prep>into|by|before|until|till|over|in|early\s+in|after)\s+the\s+new\s+year\b", _FLAGS)
#: The Lunar New Year moves with the moon: its first day, year by year (Chinese calendar).
_LUNAR_DAYS = {2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6), 2028: date(2028, 1, 26),
               2029: date(2029, 2, 13), 2030: date(2030, 2, 3), 2031: date(2031, 1, 23), 2032: date(2032, 2, 11),
               2033: date(2033, 1, 31), 2034: date(2034, 2, 19), 2035: date(2035, 2, 8)}
_LUNAR = re.compile(r"\b(?P<prep>by|before|ahead\s+of|until|till|around|after|over|during|in\s+the\s+run-up\s+to)\s+"
                    r"(?:the\s+)?(?:Lunar|Chinese)\s+New\s+Year\b|\b(?P<prep2>by|before|ahead\s+of|until|after|over|during)\s+"
                    r"(?:the\s+)?Spring\s+Festival\b", _FLAGS)
#: "before the decade is out", "by the time the decade ends", "before the decade's end": this decade's last year.
_DECADE_OUT = re.compile(r"\b(?:before|by\s+the\s+time|until|till|by\s+the\s+time\s+that)\s+(?:the|this)\s+decade\s+"
                         r"(?:is\s+out|is\s+over|ends|runs\s+out|closes)\b|\b(?:before|by)\s+the\s+decade['’]s\s+end\b", _FLAGS)
#: "by mid-July", "in mid-July 2027", "before mid-March": the 15th of that month (before it: the 14th).
_MID_MONTH = re.compile(rf"\b(?P<prep>by|in|until|till|before|around|from|through|at)\s+(?:the\s+)?mid-?\s?(?P<month>{_MONTH})\b"
                        r"(?:\s+(?P<year>20\d\d)\b)?", _FLAGS)
#: The month a claim is about, named with how it will compare: "a warmer-than-normal August", "a wetter than
#: average June", "an above-normal September": decided at that month's end (not "last August").
_MONTH_QUALITY = re.compile(rf"\b(?:a|an|the)\s+(?:[a-z]+er[- ]than[- ](?:normal|average|usual|expected)|(?:above|below|near)"
                            rf"[- ](?:normal|average))\s+(?P<month>{_MONTH})\b(?!\s+(?:20\d\d|\d|last\b|of\s+last\b))"
                            # "a milder-than-normal November and December": the later month ends it
                            rf"(?:\s*(?:and|to|through|-|–)\s*(?P<last>{_MONTH})\b(?!\s+(?:20\d\d|\d)))?"
                            # "that December to February ends up colder than normal": a run of months as the subject
                            rf"|\b(?P<first>{_MONTH})\s*(?:to|through|-|–)\s*(?P<last2>{_MONTH})\s+(?:will\s+)?(?:ends?\s+up|end\s+up|"
                            rf"turns?\s+out|turn\s+out|is|are|be|comes?\s+in|come\s+in|proves?|prove)\s+(?:to\s+be\s+)?(?:[a-z]+er|above|"
                            rf"below|near)[- ](?:than[- ])?(?:normal|average|usual)", _FLAGS)
#: A window a claim must happen in: "between 1 July and 30 September 2026", "from 1 July to 30 November 2026",
#: "between July 1 and September 30, 2026": due on its last day.
_WINDOW = re.compile(rf"\b(?:between|from)\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+20\d\d)?\s+(?:and|to|until|through)\s+"
                     rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}}))(?:st|nd|rd|th)?,?\s+"
                     r"(?P<year>20\d\d)\b", _FLAGS)
#: A year put first as the time the sentence looks to: "Looking ahead to 2027, ...", "Heading into 2028, ...".
_LOOKING_TO = re.compile(r"\b(?:(?:looking|look|looked)\s+(?:ahead\s+|forward\s+)?(?:to|into|towards?)|ahead\s+(?:to|into)|"
                         r"(?:heading|going|moving)\s+into)\s+(?:the\s+year\s+)?(?P<year>20\d\d)\b(?![-–/]\d)", _FLAGS)


def spoken_horizon(text: str, published: date) -> Horizon | None:
    """The horizon one of the everyday forms in ``text`` states (see the module docstring), else None."""
    lowered = text.lower()
    window = ("between " in lowered or "from " in lowered) and " 20" in text
    if not window and not holds_any(lowered, _CUES):
        return None
    if window:
        if match := _WINDOW.search(text):
            month = MONTHS.get((match.group("month") or match.group("month2")).lower())
            try:
                due = date(int(match.group("year")), month, int(match.group("day") or match.group("day2")))
            except (TypeError, ValueError):
                due = None
            if due is not None and due >= published:
                words = " ".join(match.group(0).split())
                return Horizon(words, due, f'"{words}": the last day of the window, {due.isoformat()}')
    if ("night" in lowered or "evening" in lowered or "today" in lowered) and (match := _TONIGHT.search(text)):
        due = published + timedelta(days=1 if match.group("overnight") else 0)
        return Horizon(match.group(0), due, f'"{match.group(0)}": the day of publication, {due.isoformat()}')
    if "weekend" in lowered and (match := _WEEKEND.search(text)):
        sunday = published + timedelta(days=6 - published.weekday() + (7 if match.group("next") or match.group("next2") else 0))
        words = " ".join(match.group(0).split())
        return Horizon(words, sunday, f'"{words}": the Sunday that ends it, {sunday.isoformat()}')
    if "the year" in lowered and (match := _END_YEAR.search(text)):
        due = date(published.year, 12, 31)
        # no words to keep out of the question: "Will X end the year in the red by 31 December 2026?" needs them all
        return Horizon(None, due, f'"{match.group(0)}": the level at the end of this year, {due.isoformat()}')
    if "new year" in lowered:
        if match := _LUNAR.search(text):
            first = next(day for year, day in sorted(_LUNAR_DAYS.items()) if day >= published) \
                if published <= max(_LUNAR_DAYS.values()) else None
            if first is not None:
                prep = (match.group("prep") or match.group("prep2") or "").lower()
                due = first - timedelta(days=1) if prep.startswith(("before", "ahead")) else first
                words = " ".join(match.group(0).split())
                return Horizon(words, due, f'"{words}": the next Lunar New Year after publication, {first.isoformat()}')
        if match := _NEW_YEAR.search(text):
            words, prep = " ".join(match.group(0).split()), match.group("prep").lower()
            if prep in ("in", "early in", "after"):
                return Horizon(words, date(published.year + 1, 3, 31), f'"{words}": early next year, by the end of March',
                               flagged=f"vague horizon: {words}")
            return Horizon(words, date(published.year + 1, 1, 31), f'"{words}": the turn of the year, by the end of January')
    elif "spring festival" in lowered and (match := _LUNAR.search(text)):
        first = next((day for _, day in sorted(_LUNAR_DAYS.items()) if day >= published), None)
        if first is not None:
            words = " ".join(match.group(0).split())
            return Horizon(words, first, f'"{words}": the next Lunar New Year after publication, {first.isoformat()}')
    if "decade" in lowered and (match := _DECADE_OUT.search(text)):
        year = published.year // 10 * 10 + 9
        words = " ".join(match.group(0).split())
        return Horizon(words, date(year, 12, 31), f'"{words}": the end of {year}, the decade\'s last year')
    if "mid-" in lowered or "mid " in lowered:
        if (match := _MID_MONTH.search(text)) and (month := MONTHS.get(match.group("month").lower())):
            year = int(match.group("year")) if match.group("year") else published.year
            due = date(year, month, 14 if match.group("prep").lower() == "before" else 15)
            if due < published and not match.group("year"):
                due = date(year + 1, month, due.day)
            if due >= published:
                words = " ".join(match.group(0).split())
                return Horizon(words, due, f'"{words}": the middle of the month, {due.isoformat()}')
    if ("than" in lowered or "normal" in lowered or "average" in lowered) and (match := _MONTH_QUALITY.search(text)):
        month = MONTHS.get((match.group("month") or match.group("first")).lower())
        due = month_end(published.year, month)
        due = due if due >= published else month_end(published.year + 1, month)
        if last := match.group("last") or match.group("last2"):  # the run ends in its later month, after the first
            end = MONTHS.get(last.lower())
            due = month_end(due.year + (end < month), end)
        words = " ".join(match.group(0).split())
        # the month is the claim's subject: kept in the question as an event is ("Will there be a warmer-than-normal August?")
        return Horizon(words, due, f'"{words}": the month the claim is about, to its end, {due.isoformat()}',
                       flagged=f"the month is the claim's event ({words}): check the due date")
    if ("ahead" in lowered or "forward" in lowered or "into 20" in lowered) and (match := _LOOKING_TO.search(text)):
        year = int(match.group("year"))
        if year >= published.year:
            words = " ".join(match.group(0).split())
            return Horizon(words, date(year, 12, 31), f'"{words}": the year looked to, to its end')
    return None
