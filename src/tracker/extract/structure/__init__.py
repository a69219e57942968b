"""The document-structure stage: a document's lines into typed blocks, before any sentence is split.

Each input kind has its own module, and all produce the same ``RawBlock`` records: ``markdown`` (parsed as
Markdown by markdown-it-py, so an ATX heading is one line even when its paragraph follows with no blank
line), ``plain`` (plain text and PDF-to-text, re-flowed from line statistics) and, for HTML, the reader in
``extract/reading.py`` (the standard ``html.parser``), which marks headings, list items and table rows
the Markdown way and keeps the position of every character in the markup. ``extract/cleanup.py`` then
reads the blocks' layout: heading path, paragraph, list item, table, caption, page furniture.

Every line keeps its position in the original file, and every later step keeps it (``Spanned``), so a
drafted sentence can be highlighted in the document itself.
"""

from __future__ import annotations

import re

from tracker.extract.structure.blocks import Line, RawBlock  # noqa: F401 (the stage's records)

#: A line that says "this text is Markdown": an ATX heading, a bold-only line, a Markdown bullet. A plain-text
#: page number "- 3 -" is no bullet.
_MARKDOWN_SIGNS = re.compile(r"^(?:#{1,6}\s+\S|\*\*[^*\n]+\*\*\s*$|[-*+]\s+(?!\d{1,4}\s*[-–—][ \t]*$)\S)", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` marks its structure the Markdown way (PDF-to-Markdown conversions often do)."""
    return len(_MARKDOWN_SIGNS.findall(text, 0, 200_000)) >= 3


def document_blocks(lines: list[Line], markdown: bool) -> list[RawBlock]:
    """The blocks of ``lines`` (blank lines and page breaks included) as the input kind reads them."""
    from tracker.extract.structure.plain import plain_blocks, reflow

    if markdown:
        from tracker.extract.structure.markdown import markdown_blocks

        blocks = markdown_blocks(lines)
    else:
        from tracker.extract.structure.columns import unsplice_columns

        blocks = plain_blocks(unsplice_columns(lines))
    from tracker.extract.structure.bold import join_bold_runs

    return join_bold_runs(reflow(blocks, markdown))


__all__ = ["Line", "RawBlock", "document_blocks", "looks_like_markdown"]
