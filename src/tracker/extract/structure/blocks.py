"""The structure stage's records: a line of the document where it starts, and the blocks lines form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One line of the document, without its line break, and where it starts in the original file."""

    text: str
    start: int


@dataclass(frozen=True)
class RawBlock:
    """Lines the input format groups together, with the format's own reading of them.

    ``kind`` is "heading" (with its ``level``, 1-6), "paragraph", "list item", "table" or "code".
    """

    kind: str
    lines: tuple[Line, ...]
    level: int = 0
