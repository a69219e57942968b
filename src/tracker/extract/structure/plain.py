"""Plain text and PDF-to-text into blocks, re-flowed from the document's own line statistics.

A block is a run of non-blank lines. Some PDF-to-text conversions put a blank line after every wrapped
line: the blank-line rhythm then says nothing about paragraphs, and every line would become a "paragraph"
(or a "heading", when it starts with a capital and has no full stop). Such a document is recognised by its
rhythm (most blocks are a single line) and re-flowed by line length: a line as long as the document's
typical full line was wrapped, so the paragraph goes on; a paragraph ends with a short line.
"""

from __future__ import annotations

import re

from tracker.extract.structure.blocks import Line, RawBlock
from tracker.extract.structure.fixed_width import is_rule

#: At least this share of the paragraph blocks being single lines means blank lines follow wrapped lines.
SINGLE_LINE_SHARE = 0.6
#: ... counted only over this many blocks or more (a short note is no evidence of a rhythm).
MIN_BLOCKS = 12
#: A line at least this share of the typical full line's length was wrapped by the converter.
FULL_LINE = 0.75
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+\S")
#: The longest line width that is a converter's wrapping; longer "full lines" are unwrapped paragraphs.
MAX_WRAP = 130
#: A list item's marker followed by its text: "- The ...", "• 12 ...", "1. The ...", "a) The ...".
_BULLET = re.compile(r"^\s{0,4}(?:[-*•▪◦‣–■□●◆►]|\d{1,2}[.)]|[a-z][.)]|o(?=\s+[A-Z]))\s+[A-Z0-9“\"‘]")
#: A chat message: a time stamp opening the line, a reply marker allowed before it ("↳ [09:04] anja.r: ...").
STAMPED = re.compile(r"^\s{0,8}(?:[↳>]\s*)?\[\d{1,2}:\d\d(?::\d\d)?\]\s+\S")
#: A section number in brackets opening a title line: "[ 2 ] 2027 Outlook by Sector".
_BRACKETED_NUMBER = re.compile(r"^\s{0,4}\[\s*\d{1,2}\s*\]\s+\S")
#: A numbered section title in capitals: "5. OUTLOOK", "III. THE NORTHERN FLANK".
_NUMBERED_TITLE = re.compile(r"^\s{0,4}(?:\d{1,2}|[IVX]{1,4})\.\s+[A-Z][A-Z’'&,-]+(?:\s+[A-Z][A-Z’'&,-]+){0,6}\s*$")
_TERMINAL = re.compile(r"[.!?…:][\"'”’)\]]*\s*$")


#: A subhead in capitals: one to six words, no sentence punctuation ("WHAT'S NEXT", "RATINGS CALENDAR").
_CAPS_SUBHEAD = re.compile(r"^\s{0,4}[A-Z][A-Z’'&/-]*(?:\s[A-Z][A-Z’'&/-]*){0,5}\s*$")


def _caps_subhead(line: str, following: str) -> bool:
    """Whether ``line`` is a subhead in capitals standing over ``following``, a line of prose starting a sentence."""
    body = following.lstrip()
    return len(line) <= 48 and line.isupper() and body[:1].isupper() and any(c.islower() for c in body[:40]) \
        and bool(_CAPS_SUBHEAD.match(line))


def plain_blocks(lines: list[Line]) -> list[RawBlock]:
    """Blank-line separated runs of lines, each a paragraph block (cleanup reads headings from layout)."""
    blocks: list[RawBlock] = []
    run: list[Line] = []
    for line in [*lines, Line("", -1)]:
        if _NUMBERED_TITLE.match(line.text):
            # "5. OUTLOOK" over its text with no blank line: a numbered section title in capitals is its own block
            if run:
                blocks.append(RawBlock("paragraph", tuple(run)))
            blocks.append(RawBlock("paragraph", (line,)))
            run = []
        elif _ATX.match(line.text):  # an ATX heading is one line, even with no blank line around it
            if run:
                blocks.append(RawBlock("paragraph", tuple(run)))
                run = []
            blocks.append(RawBlock("heading", (line,), len(line.text.strip()) - len(line.text.strip().lstrip("#"))))
        elif line.text.strip():
            if len(run) == 1 and _caps_subhead(run[0].text, line.text):
                # "OPPOSITION" over "   Opposition leader X said ...": a wire's subhead in capitals, with no blank
                # line before its paragraph, is a block of its own (cleanup reads it as a heading)
                blocks.append(RawBlock("paragraph", tuple(run)))
                run = []
            if run and (_BULLET.match(line.text) or STAMPED.match(line.text)):
                # A bullet opens a list item even with no blank line before it (each item is its own block); so
                # does a time stamp, which opens a chat message.
                blocks.append(RawBlock("paragraph", tuple(run)))
                run = []
            run.append(line)
        elif run:
            # a header over a rule of dash groups: a fixed-width table, no paragraph (and its header no heading)
            blocks.append(RawBlock("table" if len(run) >= 3 and is_rule(run[1].text) else "paragraph", tuple(run)))
            run = []
    return blocks


def full_width(blocks: list[RawBlock]) -> int:
    """The length of a full line in this document: the 90th percentile of its prose lines' lengths."""
    lengths = sorted(len(line.text.strip()) for block in blocks if block.kind == "paragraph" for line in block.lines)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def reflow(blocks: list[RawBlock], markdown: bool = False) -> list[RawBlock]:
    """Re-join paragraphs that a blank line after every wrapped line cut into single-line blocks (in Markdown,
    also locally where the document as a whole is not so spaced: plain text has cleanup's own joins)."""
    prose = [b for b in blocks if b.kind == "paragraph"]
    singles = sum(len(b.lines) == 1 for b in prose)
    if len(prose) < MIN_BLOCKS or singles < SINGLE_LINE_SHARE * len(prose):
        return _local_reflow(blocks) if markdown else blocks
    width = full_width(blocks)
    if width > MAX_WRAP:
        return _local_reflow(blocks) if markdown else blocks
    joined: list[RawBlock] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == "paragraph" and block.kind == "paragraph" \
                and _wrapped(previous.lines[-1].text, width) \
                and (not _TERMINAL.search(previous.lines[-1].text) or block.lines[0].text.strip()[:1].islower()) \
                and not _new_item(previous, block):
            joined[-1] = RawBlock("paragraph", previous.lines + block.lines)
        else:
            joined.append(block)
    return joined


#: Letter-spaced garbage at a line's end ("b i l t d th"): a layout artefact, no sentence to go on with.
_GARBLED_TAIL = re.compile(r"(?:\b\w\b\s+){4,}\w*\s*$")


def _local_reflow(blocks: list[RawBlock]) -> list[RawBlock]:
    """Where the whole document is not double-spaced (long unwrapped lines elsewhere, or few blocks), a single
    line still goes on in the next block when it cannot end there: 45 characters or more, no final punctuation,
    stopping on a word that needs what follows ("... projected to edge up to" / "4.3 percent in 2026"), and the
    next block starts in lower case."""
    joined: list[RawBlock] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == "paragraph" and block.kind == "paragraph" \
                and len(previous.lines[-1].text.strip()) >= 45 and not _TERMINAL.search(previous.lines[-1].text) \
                and block.lines[0].text.strip()[:1].islower() \
                and not _GARBLED_TAIL.search(previous.lines[-1].text) \
                and not _new_item(previous, block):
            joined[-1] = RawBlock("paragraph", previous.lines + block.lines)
        else:
            joined.append(block)
    return joined


def _wrapped(line: str, width: int) -> bool:
    """Whether the converter wrapped ``line``: nearly full width, or cut mid-sentence after a hyphen or comma."""
    text = line.strip()
    return len(text) >= FULL_LINE * width or text.endswith(("-", ",")) and not _TERMINAL.search(text)


def _new_item(previous: RawBlock, block: RawBlock) -> bool:
    """Whether ``block`` starts afresh after ``previous`` however wrapped that looks: a list item or a numbered
    title opens its own block, and a list item (whose text needs no full stop) goes on only in lower case."""
    first = block.lines[0].text
    if _BULLET.match(first) or _BRACKETED_NUMBER.match(first) or STAMPED.match(first):
        return True
    return bool(_BULLET.match(previous.lines[0].text)) and not first.strip()[:1].islower()
