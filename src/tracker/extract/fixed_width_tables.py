"""The rows of a plain-text fixed-width table with a probability column: "Scenario  Brent Q1 avg  Probability"
over a rule of dashes and rows such as "A. Soft landing  USD 60-70  45%".

Each row's cell under the probability column ("Probability", "Chance", "Likelihood", "Odds", "Our p") is the
row's probability; a column of earlier numbers beside it ("Was (June)", "Previous", "Last issue") is a record,
not read. The first cell says what the number is the chance of: a scenario ("A. Soft landing", under
"Scenario" or "Case") is a scenario that will come about, described by the row's other cells under their headers
("Brent Q1 avg USD 60-70"); any other first cell is a claim ("Brent above $90 in 2027"). The rows are dated by
the title just above the table ("SCENARIOS FOR Q1 2027") and the header's own time words. Columns are read by the
rule's positions (``structure/fixed_width.py``).
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.structure.fixed_width import cells, column_spans, is_rule

#: The column of the row's probability, and columns of earlier numbers that are not it.
_CHANCE = re.compile(r"^(?:(?:our|my|the)\s+)?(?:probability|chance|likelihood|odds|p)\b(?:\s*\(%\))?(?!.*\b(?:was|previous|prior|last|old|before)\b)",
                     re.IGNORECASE)
#: A first column of scenarios or cases.
_SCENARIO = re.compile(r"^(?:scenarios?|cases?|outcomes?)\b", re.IGNORECASE)
#: A scenario's letter or number before its name: "A.", "B)", "1.", "Scenario C:".
_LABEL = re.compile(r"^(?:scenario\s+)?(?P<label>[A-Z0-9]{1,2})[.):]\s+(?P<name>.+)$", re.IGNORECASE)
_PERCENT = re.compile(r"^(?P<low>\d{1,3}(?:\.\d+)?)\s*%?\s*(?:[-–]\s*(?P<high>\d{1,3}(?:\.\d+)?)\s*)?%$")


def fixed_width_rows(text: str) -> list[tuple[str, Judgement, str]]:
    """``(row as written, judgement, text dating it)`` for each row of a fixed-width table with a probability column."""
    if "---" not in text and "===" not in text:
        return []
    from tracker.extract.claim_statements import claim_statement

    lines = text.splitlines()
    found = []
    for index in range(1, len(lines)):
        if not is_rule(lines[index]) or not lines[index - 1].strip():
            continue
        spans = column_spans(lines[index])
        header = cells(lines[index - 1], spans)
        chance = next((i for i, name in enumerate(header) if i and _CHANCE.match(name)), None)
        if chance is None:
            continue
        title = next((line.strip(" =-") for line in reversed(lines[max(0, index - 6):index - 1])
                      if line.strip(" =-") and not is_rule(line)), "")
        scenario = bool(_SCENARIO.match(header[0]))
        for line in lines[index + 1:]:
            if not line.strip():
                break
            row = cells(line, spans)
            if not row[0] or not (number := _PERCENT.match(row[chance])):
                continue
            low, high = float(number.group("low")), float(number.group("high") or number.group("low"))
            if not 0 < (probability := (low + high) / 200) < 1 or high < low:
                continue
            described = "; ".join(f"{header[i]} {row[i]}" for i in range(1, len(row)) if i != chance and row[i]
                                  and i < chance)
            dated = " ".join([*(header[i] for i in range(1, chance)), title])
            if scenario:
                labelled = _LABEL.match(row[0])
                name, label = (labelled.group("name"), labelled.group("label")) if labelled else (row[0], "")
                inside = ", ".join(filter(None, [label, described]))
                statement = f"the “{name}” scenario{f' ({inside})' if inside else ''} will come about"
            elif len(row[0].split()) >= 3:
                statement = claim_statement(row[0])
                dated = f"{row[0]} {dated}"
            else:
                continue
            note = f'fixed-width table row under "{"  ".join(header)}": the "{header[chance]}" column; check it'
            quoted = line.strip()
            found.append((quoted, Judgement(quoted, statement, "stated", row[chance], False, stated=probability,
                                            notes=(note,)), dated))
    return found
