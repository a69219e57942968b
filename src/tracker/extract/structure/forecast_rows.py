"""Forecast tables: a row that asks a question and gives the publisher's probability for it.

Forecasting teams print their numbers as tables: "# | Question | Our forecast | Last week | Metaculus" over
"3 | Will the Fed cut in March? | 35% | 30% | 41%". Such a row is a judgement: the question, at the number in
the column the header gives to the authors. Columns whose header names someone else (a market, a crowd, a
community), an earlier number ("last week", "previous") or a change are not the authors' forecast now and
are never read; without a header the first percentage after the question is. A table with a column that scores
its rows ("Outcome", "Result", "Brier") is a track record of past forecasts, and none of its rows is read. The row comes out as one line
"Will the Fed cut in March: 35%.", each character standing where it stood (the other cells blanked), so the
draft's offsets still point into the file. Rows come as Markdown ("| a | b |") or as an HTML page's rows
(``reading.py`` writes a row's cells as "a | b | c").
"""

from __future__ import annotations

import re

#: A question cell: "Will X?", "Ceasefire in Ukraine before 1 July 2027?" (three words or more, a question mark).
_QUESTION = re.compile(r"^(?:\*\*|__)?\s*(?P<q>[A-Z\"“][^|]{8,240}?\?)\s*(?:\*\*|__)?\s*$")
_PERCENT = re.compile(r"^(?:\*\*|__)?\s*(?:~|about\s+|c\.\s*)?(?P<p>\d{1,3}(?:\.\d+)?)\s?%\s*(?:\*\*|__)?$", re.IGNORECASE)
#: A header saying a column is not the authors' forecast now: someone else's, an earlier one, or a change.
_NOT_OURS = re.compile(r"\b(?:last|previous|prior|earlier|old|was|change|chg|delta|move|shift|since|metaculus|polymarket|"
                       r"kalshi|manifold|market|markets|crowd|community|consensus|bookmakers?|betting|odds\s+implied|"
                       r"base\s+rate|benchmark|superforecasters|good\s+judgment|others?)\b|[Δ±]", re.IGNORECASE)
#: A header saying a column is the authors' number: "Our forecast", "Probability", "P(yes)", "Team", "Now".
_OURS = re.compile(r"\b(?:our|ours|we|team|forecast|probability|chance|likelihood|p|now|current|latest|this\s+week|"
                   r"aggregate|median|estimate)\b", re.IGNORECASE)


#: A column that scores a forecast: the table is a track record of past forecasts.
#: ("Resolution date" and "Resolution criteria" are a question's terms, not its outcome.)
SCORED_COLUMN = re.compile(r"\b(?:outcome|result|resolved|resolution(?!\s+(?:date|criteria|source|by)\b)|actual|happened|brier|score|scored|verdict)\b", re.IGNORECASE)


def cells(line: str) -> list[tuple[int, int, str]]:
    """The cells of a table row as ``(start, end, text)``, the text's own positions in ``line``; an empty cell is
    kept (it holds its column's place), the empty ends outside a Markdown row's outer bars are not."""
    found, at = [], 0
    for piece in line.split("|"):
        text = piece.strip()
        start = at + (piece.find(text) if text else 0)
        found.append((start, start + len(text), text))
        at += len(piece) + 1
    if found and not found[0][2] and line.lstrip().startswith("|"):
        found = found[1:]
    if found and not found[-1][2] and line.rstrip().endswith("|"):
        found = found[:-1]
    return found


def is_row(line: str) -> bool:
    """A Markdown row ("| a | b |") or an HTML page's row as ``reading.py`` writes it ("a | b | c")."""
    return line.lstrip().startswith("|") or line.count(" | ") >= 1


def forecast_row(line: str, header: list[str] | None) -> str | None:
    """``line`` as "question: N%" (same length, other cells blanked) when it is a forecast table's row, else None.

    ``header`` is the table's header cells (None when it printed none).
    """
    if "?" not in line or "%" not in line:
        return None
    if header is not None and any(SCORED_COLUMN.search(title) for title in header):
        return None  # a track record ("Question | Our forecast | Outcome"): past forecasts, scored, not made now
    row = cells(line)
    for index, (start, end, text) in enumerate(row):
        question = _QUESTION.match(text)
        if question is None or len(question.group("q").split()) < 3:
            continue
        number = _authors_number(row, index, header)
        if number is None:
            return None
        out = [" "] * len(line)
        q_start = line.index(question.group("q"), start)
        q_end = q_start + len(question.group("q"))
        out[q_start:q_end - 1] = line[q_start:q_end - 1]
        out[q_end - 1] = ":"  # "Will X?" becomes "Will X:", the form a stated number after a claim takes
        if (settled := _resolution_cell(row, index, number[0], header, question.group("q"))) is not None:
            # "Will X? | 30 Sep 2026 | 9%" reads "Will X by 30 Sep 2026: 9%": the table's resolution date is the
            # question's time ("by" is written over the space and bar between the cells)
            d_start, d_end = settled
            out[q_end - 1:q_end + 2] = " by"
            out[d_start:d_end] = line[d_start:d_end]
            out[d_end] = ":"
        n_start, n_end = number
        if n_end == len(line):  # no room for the full stop after it: the number moves one place left
            n_start, n_end = n_start - 1, n_end - 1
        out[n_start:n_end] = line[number[0]:number[1]]
        # a full stop ends the row's sentence: a line without one is taken for a heading or joined to the next
        out[n_end] = "."
        return "".join(out)
    return None


#: A column holding when each row's question is settled: "Resolves", "Resolution date", "Closes", "Deadline".
RESOLVES_HEADER = re.compile(r"^(?:resolves?(?:\s+(?:on|by))?|resolution\s+date|closes?(?:\s+on)?|close\s+date|"
                              r"closing\s+date|deadline|due(?:\s+date)?)$", re.IGNORECASE)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
#: A cell that is a day's date in words: "30 Sep 2026", "March 31, 2027" (a month alone, "Jan 2027", is left: the
#: horizon reader takes some such months for a fiscal year's; "2026-11-30" it does not read after "by").
DATE_CELL = re.compile(rf"^\d{{1,2}}\s+{_MONTHS}\s+20\d\d$|^{_MONTHS}\s+\d{{1,2}},?\s+20\d\d$", re.IGNORECASE)
#: A question that names its own time limit ("... before 31 December 2026?", "... on 30 June 2027?", "by Q3 2027"):
#: its words say when it is settled, and a resolution column adds nothing (a window "between 1 July and 30
#: September" names no limit: its end is the column's date).
OWN_LIMIT = re.compile(rf"\b(?:by|before|on|until|through|till|at\s+the\s+end\s+of|end\s+of)\s+(?:the\s+)?"
                        rf"(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}|Q[1-4]|H[12]|20\d\d)", re.IGNORECASE)


def _resolution_cell(row: list[tuple[int, int, str]], question: int, number_start: int, header: list[str] | None,
                     asked: str) -> tuple[int, int] | None:
    """Where the date of the row's resolution column stands, when it lies between the question and the number,
    the question names no limit of its own, and the gap after the question leaves room for " by"."""
    if header is None or len(header) != len(row) or OWN_LIMIT.search(asked):
        return None
    for index in range(question + 1, len(row)):
        start, end, text = row[index]
        if start >= number_start:
            return None
        if RESOLVES_HEADER.match(header[index]) and DATE_CELL.match(text):
            if start - row[question][1] < 3:  # " | " at least: room for " by "
                return None
            return start, end
    return None


def _authors_number(row: list[tuple[int, int, str]], after: int, header: list[str] | None) -> tuple[int, int] | None:
    """Where the authors' percentage stands in ``row`` (cells after the question), by the header's word."""
    candidates = []
    for index in range(after + 1, len(row)):
        start, end, text = row[index]
        if not _PERCENT.match(text):
            continue
        title = header[index] if header is not None and len(header) == len(row) else ""
        if title and _NOT_OURS.search(title):
            continue
        candidates.append((bool(title and _OURS.search(title)), -index, (start, end)))
    if not candidates:
        return None
    return max(candidates)[2]  # a column the header calls ours, else the first left after the others


def header_cells(line: str) -> list[str] | None:
    """The header of a table: a row of short cells, none a number or a question, else None."""
    row = cells(line)
    texts = [text for _, _, text in row]
    if len(row) < 2 or any(len(text) > 60 or _PERCENT.match(text) or text.endswith("?") and len(text.split()) >= 3
                           for text in texts):  # "Resolved?" heads a column; "Will X happen?" is a row
        return None
    if all(re.fullmatch(r":?-{2,}:?", text) for text in texts if text):
        return None
    return [text.strip("*_ ") for text in texts]
