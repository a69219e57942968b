"""A resolution date in square brackets: "X wins the final [19 Jul 2026]: 18%", "[31 Dec 2026]", "[January 2027
release]", "[released in December]".

Forecasters' lists put each question's resolution date in brackets after its wording, as a label rather than
prose ("Spain win the World Cup [final, 19 Jul 2026]: 30%"). The bracket is the due date, and the whole bracket is
the horizon's text, so the question drops it. A bracket followed by "(" is a Markdown link ("[report, May
2026](https://...)"), and a bracket with no date in it (a footnote "[3]", "[sic]") says nothing about time.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import MONTHS, dates_in, month_end
from tracker.extract.records import Horizon

_BRACKET = re.compile(r"\[(?P<inside>[^\[\]\n]{3,60})\](?!\s*\()")
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\s+(?P<year>20\d\d)\b", re.IGNORECASE)
_MONTH_ALONE = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\b(?!\s+\d)", re.IGNORECASE)
#: "[end-2026]", "[end of 2026]", "[2026]": a year, due at its end.
_YEAR = re.compile(r"^(?:(?:by\s+)?(?:the\s+)?end(?:\s+of|-)\s*|by\s+|in\s+)?(?P<year>20\d\d)$", re.IGNORECASE)
#: Words that make a bracket an editor's note or a source's date, not when the question resolves.
_NOT_DUE = re.compile(r"\b(?:sic|updated|corrected|accessed|retrieved|archived|edited|emphasis|translated|"
                      r"added|source|cited|as\s+of)\b", re.IGNORECASE)


def bracket_horizon(text: str, published: date) -> Horizon | None:
    """The resolution date a square bracket in ``text`` gives, else None."""
    if "[" not in text:
        return None
    for match in _BRACKET.finditer(text):
        inside = " ".join(match.group("inside").split())
        if _NOT_DUE.search(inside):
            continue
        words = " ".join(match.group(0).split())
        if found := dates_in(inside):
            due = found[-1][0]  # "[vote 3 Nov, certified 20 Nov 2026]": the last date decides
            return _after(Horizon(words, due, f'"{words}": the resolution date in brackets'), published)
        if found := list(_MONTH_YEAR.finditer(inside)):
            last = found[-1]
            due = month_end(int(last.group("year")), MONTHS[last.group("month").lower().rstrip(".")])
            return _after(Horizon(words, due, f'"{words}": the end of the month in brackets'), published)
        if year := _YEAR.match(inside):
            return _after(Horizon(words, date(int(year.group("year")), 12, 31), f'"{words}": the end of the year '
                                  "in brackets"), published)
        if (alone := _MONTH_ALONE.search(inside)) and not re.search(r"\d", inside):
            # "[released in December]" after "November 2026": the next such month after the last date the text
            # names before it, else after publication
            month = MONTHS[alone.group("month").lower().rstrip(".")]
            start = published
            for named in _MONTH_YEAR.finditer(text, 0, match.start()):
                start = max(start, date(int(named.group("year")), MONTHS[named.group("month").lower().rstrip(".")], 1))
            year = start.year if month >= start.month else start.year + 1
            return _after(Horizon(words, month_end(year, month), f'"{words}": the next {alone.group("month")} '
                                  "after the period the question names"), published)
    return None


def _after(horizon: Horizon, published: date) -> Horizon | None:
    return horizon if horizon.due >= published else None
