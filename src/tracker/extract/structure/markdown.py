"""Markdown into blocks with markdown-it-py: the CommonMark block grammar, not line-by-line guesses.

An ATX heading ("## Title") is exactly one line, so a paragraph that follows it with no blank line (common
in PDF-to-Markdown conversions) is read as a paragraph, not swallowed into the heading. Setext headings,
indented code and raw HTML blocks are switched off: in converted PDFs an underline of dashes is a page
break, an indented line is a wrapped line, and "<" starts prose as often as markup.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.structure.blocks import Line, RawBlock
from tracker.extract.structure.fixed_width import is_rule

_KINDS = {"paragraph_open": "paragraph", "heading_open": "heading", "table_open": "table",
          "fence": "code", "code_block": "code"}


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").disable(["lheading", "code", "html_block"])


def markdown_blocks(lines: list[Line]) -> list[RawBlock]:
    """The blocks of ``lines`` as Markdown reads them, in document order."""
    tokens = _parser().parse("\n".join(line.text for line in lines))
    blocks: list[RawBlock] = []
    in_item = 0
    for token in tokens:
        if token.type == "list_item_open":
            in_item += 1
        elif token.type == "list_item_close":
            in_item -= 1
        kind = _KINDS.get(token.type)
        if kind is None or token.map is None:
            continue
        first, last = token.map
        chunk = tuple(line for line in lines[first:last] if line.text.strip())
        if not chunk:
            continue
        if kind == "paragraph" and in_item:
            kind = "list item"
        level = int(token.tag[1]) if kind == "heading" else 0
        if kind == "paragraph" and chunk[0].text[:2] == "[^" and (note := _FOOTNOTE.match(chunk[0].text)):
            blocks.extend(_footnote(chunk, note, blocks))
            continue
        blocks.append(RawBlock(kind, chunk, level))
    return _fixed_width_tables(lines, blocks) if any(is_rule(line.text) for line in lines) else blocks


#: A Markdown footnote's definition: "[^1]: Housing investment is expected to ...", "[^note-a]: ...".
_FOOTNOTE = re.compile(r"^\[\^(?P<label>[\w-]{1,20})\]:\s*")


def _footnote(chunk: tuple[Line, ...], note: re.Match, blocks: list[RawBlock]) -> list[RawBlock]:
    """A footnote's definition as its own section, "Footnote 1", over its text without the marker: it belongs to
    no section the document's headings name (its reference may stand anywhere), and "[^1]:" is no part of a quote."""
    first = chunk[0]
    levels = [block.level for block in blocks if block.kind == "heading"]
    level = min(levels, default=1)
    if level == 1 and levels.count(1) <= 1:
        level = 2  # below a story's one H1, its headline
    heading = Line(f"{'#' * level} Footnote {note.group('label')}", first.start)
    body = (Line(first.text[note.end():], first.start + note.end()), *chunk[1:])
    return [RawBlock("heading", (heading,), level), RawBlock("paragraph", body)] if body[0].text.strip() or body[1:] \
        else [RawBlock("heading", (heading,), level)]


def _fixed_width_tables(lines: list[Line], blocks: list[RawBlock]) -> list[RawBlock]:
    """``blocks`` with each fixed-width table (a header over a rule of dash groups, ``fixed_width.py``) one "table"
    block: Markdown reads its rule as a thematic break and its header and rows as paragraphs (the header then a
    heading over the prose below)."""
    tables = []
    for index in range(1, len(lines)):
        if is_rule(lines[index].text) and lines[index - 1].text.strip():
            end = index
            while end < len(lines) and lines[end].text.strip():
                end += 1
            if end - index >= 2:  # a row at least under the rule
                tables.append(RawBlock("table", tuple(lines[index - 1:end])))
    if not tables:
        return blocks
    inside = {line.start for table in tables for line in table.lines}
    kept = [block for block in blocks if block.lines[0].start not in inside]
    return sorted(kept + tables, key=lambda block: block.lines[0].start)
