"""What a report is made of, apart from how it is written out: sections, each with its table."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NUMERIC = re.compile(r"^(–|[-−]?\d[\d.,]*%?(–[-−]?\d[\d.,]*%?)?( \([-−]?[\d.–]+\))?)$")


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    empty: str = "Nothing resolved to show yet."  # said instead of a table without rows

    def numeric(self, column: int) -> bool:
        """Right-align a column of numbers only; text reads from the left."""
        return bool(self.rows) and all(_NUMERIC.match(row[column]) for row in self.rows)


@dataclass
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    table: Table | None = None
    image: tuple[str, str] | None = None  # (file name, alt text)
    warning: str | None = None  # said first and loudly (a sample too small to judge)
    notes: list[str] = field(default_factory=list)  # said after the table
    reading: str | None = None  # what the figure says, in one sentence; no figure without one
