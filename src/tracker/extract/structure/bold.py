"""Bold lead paragraphs that a PDF conversion set one line per block ("**line one**", blank, "**line two**").

Each line alone looks like a bold subheading, so the lead's sentences were never read. Two bold-only
blocks in a row are one paragraph when the first stops mid-sentence: the next starts in lower case, or the
first ends in a comma, a hyphen or a word that cannot end a sentence ("the", "of", "will"). A run of bold
headings ("**Part One**", "**Economy**") has none of these and stays apart.
"""

from __future__ import annotations

import re

from tracker.extract.structure.blocks import RawBlock

_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<text>.*?)(?:\*\*|__)\s*$")
_TERMINAL = re.compile(r"[.!?:;]['’”\"]?$")
#: Words a sentence does not end with: the line broke in the middle of one.
_OPEN_END = re.compile(r"(?:[,\-–]|\b(?:the|a|an|of|to|and|or|but|in|on|for|with|by|at|from|into|as|that|which|will|"
                       r"would|is|are|was|were|be|been|has|have|had|its|their|his|her|this|these|than|not))$",
                       re.IGNORECASE)


def join_bold_runs(blocks: list[RawBlock]) -> list[RawBlock]:
    """``blocks`` with each bold lead paragraph, split one line per block, joined into one block."""
    joined: list[RawBlock] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous is not None and _bold(previous) and _bold(block) and _continues(previous, block):
            joined[-1] = RawBlock("paragraph", previous.lines + block.lines)
        else:
            joined.append(block)
    return joined


def _bold(block: RawBlock) -> bool:
    return block.kind == "paragraph" and all(_BOLD_LINE.match(line.text) for line in block.lines)


def _continues(previous: RawBlock, block: RawBlock) -> bool:
    end = _BOLD_LINE.match(previous.lines[-1].text).group("text").rstrip()
    start = _BOLD_LINE.match(block.lines[0].text).group("text").lstrip()
    if not end or not start or _TERMINAL.search(end):
        return False
    return start[:1].islower() or bool(_OPEN_END.search(end))
