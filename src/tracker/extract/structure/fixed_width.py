"""Fixed-width tables in plain text: a header line, a rule of dash groups under it, rows padded with spaces.

    Scenario            Brent Q1 avg      Probability    Previous
    ------------------  ---------------   -----------    --------
    A. Soft landing     USD 60-70         45%            40%

Emails, wire copy and plain-text reports print tables this way. The rule's dash groups say where each column
starts and ends, so the cells are read by those positions (a cell may hold spaces: "B. Base (balanced)"). The
structure stage keeps such a table whole, out of the prose and out of the two-column splitter (its wide gaps are
columns of one table, not two columns of text), and its header is no section heading;
``extract/fixed_width_tables.py`` reads its rows.
"""

from __future__ import annotations

import re

#: A rule under a header: two or more groups of three or more dashes (or "=") apart by spaces.
_RULE = re.compile(r"^\s*[-=]{3,}(?:\s+[-=]{3,})+\s*$")
_GROUP = re.compile(r"[-=]{3,}")


def is_rule(text: str) -> bool:
    """Whether ``text`` is a column rule: two dash groups at least, nothing else (cheap test first)."""
    return ("---" in text or "===" in text) and " " in text.strip() and bool(_RULE.match(text))


def column_spans(rule: str) -> list[tuple[int, int]]:
    """The columns a rule sets out: from each dash group's start to the next group's start (the last to the end)."""
    starts = [group.start() for group in _GROUP.finditer(rule)]
    return [(start, starts[i + 1] if i + 1 < len(starts) else 10_000) for i, start in enumerate(starts)]


def cells(line: str, spans: list[tuple[int, int]]) -> list[str]:
    """``line`` cut into cells at the rule's columns."""
    return [line[start:end].strip() for start, end in spans]
