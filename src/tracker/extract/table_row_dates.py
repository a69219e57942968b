"""The date a forecast table's row is due by: the text its horizon is read from.

A table row rarely says when it is settled in its claim alone. The table may print it in a resolution column
("Resolves | 30 Sep 2026"), a market's contract names the day it is settled on ("at the 29 October 2026
meeting"), a question names a window ("between 1 July and 30 September 2026"), or a view table's header names
the year ("Our view for 2027"). Read here, apart from the rows themselves (table_rows.py), so the horizon reader
gets the row's statement with the date that settles it.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.structure.forecast_rows import DATE_CELL, OWN_LIMIT, RESOLVES_HEADER


def row_dated(judgement: Judgement, text: str, row: str) -> str:
    """The text a row's horizon is read from: the date of its table's resolution column ("Resolves | 30 Sep 2026"),
    else its statement, with the end of a window it names ("between 1 July and 30 September 2026") and the year its
    view column's header names ("Our view for 2027")."""
    lines = text[:text.find(row)].splitlines()
    while len(lines) > 1 and lines[-2].lstrip().startswith("|"):
        lines.pop()  # back to the table's first line, its header
    header = [cell.strip(" *_") for cell in lines[-1].strip().strip("|").split("|")] if lines else []
    cells = [cell.strip(" *_") for cell in row.strip().strip("|").split("|")]
    if len(header) == len(cells) and not OWN_LIMIT.search(judgement.statement):
        for name, cell in zip(header, cells):
            if RESOLVES_HEADER.match(name) and DATE_CELL.match(cell):
                # the question's own resolution date, as the table prints it: it states when the row is settled
                return f"{judgement.statement} by {cell}"
    if judgement.notes and judgement.notes[0].startswith(("claim table row", "market board row")) and not _BY_DATE.search(judgement.statement) \
            and (named := _NAMED_DATE.findall(judgement.statement)):
        # a market's contract names the date it is settled on ("... at the 29 October 2026 meeting", "CPI for
        # October 2026 prints below 3%"): the question is open until then
        if judgement.notes[0].startswith("market board row"):
            # the contract's date alone: its other words ("in the ... elections") would date it by the event instead
            return f"by {_day_first(named[-1])}"
        return f"{judgement.statement} by {_day_first(named[-1])}"
    if "between" in judgement.statement and (window := _WINDOW.search(judgement.statement)):
        return f"{judgement.statement} by {window.group('end')}"  # a window's end is when the question is settled
    if not judgement.notes or not judgement.notes[0].startswith("view table row"):
        return judgement.statement
    year = re.search(r"\b(?:for|in)\s+(?:end[- ])?(20\d\d)\b", lines[-1] if lines else "", re.IGNORECASE)
    return f"{judgement.statement} by the end of {year.group(1)}" if year else judgement.statement


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
#: A window the question names, "between 1 July and 30 September 2026": its end date.
_WINDOW = re.compile(rf"\bbetween\s+(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}})(?:,?\s+20\d\d)?\s+and\s+"
                     rf"(?P<end>\d{{1,2}}\s+{_MONTHS}\s+20\d\d|{_MONTHS}\s+\d{{1,2}},?\s+20\d\d)", re.IGNORECASE)


#: A date a claim names, a day or a month ("29 October 2026", "October 2026"), and one it is already bounded by.
#: A day may follow its month, a span of days too ("Nov. 3, 2026", "December 8–9, 2026").
_NAMED_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:\d{{1,2}}(?:[–-]\d{{1,2}})?,?\s+)?20\d\d\b",
                         re.IGNORECASE)
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTH_DAY = re.compile(r"^(?P<month>[A-Za-z]{3})[a-z]*\.?\s+(?:\d{1,2}[–-])?(?P<day>\d{1,2}),?\s+(?P<year>20\d\d)$")


def _day_first(named: str) -> str:
    """"Nov. 3, 2026" as "3 November 2026", "December 8–9, 2026" as its last day: the form the horizon reader takes
    whole (it reads a month before its day as the month alone)."""
    if not (match := _MONTH_DAY.match(named)):
        return named
    month = next((m for m in _FULL_MONTHS if m.startswith(match.group("month").lower())), None)
    return f"{match.group('day')} {month.capitalize()} {match.group('year')}" if month else named


_BY_DATE = re.compile(r"\b(?:by|before|until|through|in|during)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+20\d\d")
