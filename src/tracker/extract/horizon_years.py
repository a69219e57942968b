"""Horizons from a year the clause names, or the decade it is in.

Read after the dated forms ("by the end of 2026", "by March 2027", the seasons): "by the end of the decade",
a year as the subject ("2027 will see ..."), a year after a preposition ("in 2027", "in at least one quarter of
2027", a figure "for 2028", and a second value "... and 4.5 percent in 2027", due when the later year is known),
and a year as a bound ("beyond 2027": decided once that year is over; "around 2030": flagged as approximate).
A year before publication dates a fact, not a judgement, and is passed over.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
#: "in 2027", and a part of the year the claim may fall in: "in at least one quarter of 2027", "in any month of 2027".
_IN_YEAR = re.compile(r"\b(?P<prep>in|into|by|during|until|till|before|throughout|through(?:\s+to)?|within|(?<=[a-z]\s)of|(?<![a-z]\s)for"
                      # "exceed the 23-27 GW range for 2030", "meet its target for 2028": the value set for that year
                      r"|(?:(?<=range\s)|(?<=target\s)|(?<=targets\s)|(?<=goal\s)|(?<=ceiling\s)|(?<=limit\s)|(?<=objective\s))for"
                      # "growth of 2.1 percent for 2026", "a deficit of 3% of GDP for 2027": a figure set for that year
                      r"|(?:(?<=percent\s)|(?<=cent\s)|(?<=%\s)|(?<=GDP\s)|(?<=tonnes\s)|(?<=billion\s)|(?<=million\s))for"
                      r"|(?<=year\s)to|(?<=annually\s)to)\s+(?:early\s+|late\s+)?"  # "3% a year to 2030": a rate until then
                      # "in calendar 2027", "for the calendar year 2028": said against a fiscal year, the same year
                      r"(?:(?:the\s+)?calendar\s+(?:year\s+)?)?"
                      r"(?:(?:at\s+least\s+one|any|one|each|every|some)\s+(?:quarter|month|week|part)s?\s+of\s+)?"
                      # "in 2020 or 2021": decided by the end of the later year
                      r"(?:20\d\d\s+or\s+)?(?P<year>20\d\d)(?![\d–-])", _FLAGS)
_TIME_OF = re.compile(r"\b(?:summer|winter|spring|autumn|fall|season|half|quarter|end|beginning|start|middle|month|"
                      r"week|January|February|March|April|May|June|July|August|September|October|November|December)\s*$",
                      _FLAGS)
#: "... in 2026 and 4.5 percent in 2027": a second value of the claim in a later year.
# "... in 2026 and 4.5 percent in 2027", "from €9.1 billion in 2026 to €5.3 billion in 2027", "in 2026 and 2027"
_PAIRED_YEAR = re.compile(r"\s+(?:and|to)\s+(?:(?:[^,;.]|(?<=\d)\.(?=\d)){1,40}?(?P<words>\b(?:in|by|during|for)\s+(?P<year>20\d\d))"
                          r"|(?P<bare>(?P<year2>20\d\d)))\b(?![\d–-])", _FLAGS)
#: "by the middle of the decade", "by the end of the decade": the current decade.
_DECADE = re.compile(r"\b(?:by|in|until|till|before|towards?|through(?:out)?(?:\s+to)?|to)\s+the\s+(?P<part>beginning|start|middle|end)\s+of\s+"
                     r"(?:the|this|the\s+next)\s+decade\b", _FLAGS)
#: A year as the sentence's subject: "2021 will again see ...", "the year 2025 will bring ...".
_YEAR_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\bthat\s+|\b(?:think|thinks|expect|expects|believe|believes|reckon|reckons|suspect|"
                           r"suspects|bet|bets|say|says|said|hope|hopes|fear|fears)\s+)\W*(?:the\s+year\s+)?(?P<year>20\d\d)(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:will|is\s+(?:\w+\s+)?(?:likely|set|"
                           r"expected|bound)\s+to)\b", _FLAGS)
#: "beyond 2027", "after 2030", "around 2030", "from 2026 onwards".
_AROUND_YEAR = re.compile(r"\b(?P<prep>beyond|after|around|circa|about|from)\s+(?P<year>20\d\d)(?![\d–-])"
                          r"(?:\s+onwards?)?", _FLAGS)


def year_horizon(text: str, published: date) -> Horizon | None:
    """The horizon a year named in ``text`` sets (or the decade's), else None; a past year dates a fact and is skipped."""
    has_year = "20" in text  # every form below but the decade's names a year: most clauses skip them
    if match := _DECADE.search(text):
        start = published.year // 10 * 10 + (10 if "next" in match.group(0).lower() else 0)  # "the next decade": the 2030s
        year = {"beginning": start + 2, "start": start + 2, "middle": start + 5, "end": start + 9}[match.group("part").lower()]
        return Horizon(" ".join(match.group(0).split()), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if has_year and (match := _YEAR_SUBJECT.search(text)):
        year = int(match.group("year"))
        return Horizon(f"in {year}", date(year, 12, 31), f'"{year}" as the subject: the end of {year}')
    for match in _IN_YEAR.finditer(text) if has_year else ():
        year = int(match.group("year"))
        if year < published.year:
            continue  # a year in the past dates a fact, not the horizon of a judgement
        if match.group("prep").lower() == "of" and _TIME_OF.search(text[:match.start()]):
            continue  # "the summer of 2027", "the second quarter of 2027": a part of the year, read elsewhere
        end = date(year - 1, 12, 31) if match.group("prep").lower() == "before" else date(year, 12, 31)
        if (later := _PAIRED_YEAR.match(text, match.end())) and int(later.group("year") or later.group("year2")) > year:
            # "4.3 percent in 2026 and 4.5 percent in 2027": the claim is decided when its last part is known
            last = int(later.group("year") or later.group("year2"))
            words = later.group("words") or " ".join(text[match.start():later.end()].split())
            return Horizon(words, date(last, 12, 31), f'"{words}": the end of {last}, the later of the claim\'s years')
        return Horizon(match.group(0), end, f'"{match.group(0)}": the end of {end.year}')
    if has_year and (match := _AROUND_YEAR.search(text)):
        year, prep = int(match.group("year")), match.group("prep").lower()
        if year >= published.year:
            words = " ".join(match.group(0).split())
            if prep in ("around", "circa", "about"):
                return Horizon(words, date(year, 12, 31), f'"{words}": the end of {year}, approximately',
                               flagged=f"approximate horizon: {words}")
            # "beyond 2027": the claim holds past that year; it is decided once the year is over.
            return Horizon(words, date(year + 1, 12, 31), f'"{words}": decided by the end of {year + 1}',
                           flagged=f"horizon is a lower bound ({words}): check the question asks about after it")
    return None
