"""Two-column pages dumped side by side: each line holds a line of the left column, a wide gap, and a line of
the right one ("of the average in Lower X. Livestock        are forecast by the regional climate").

Read line by line, such a page splices the right column's sentences into the left one's. A run of lines whose
gap opens at the same column (four or more with text on both sides; lines with text only on one side of that
column belong to the run too) is read as two columns: the left column's lines, a blank line, then the right
column's. Each piece keeps its position in the original file.
"""

from __future__ import annotations

import re

from tracker.extract.structure.blocks import Line
from tracker.extract.structure.fixed_width import is_rule

#: A modal with no verb after it, a capitalised word instead ("Kremlin will very likely Russia’s full-scale
#: attack ..."): the margin's or the other column's text spliced into the sentence where it was cut. What
#: follows the modal is another sentence; a "will" governs a verb, never a name opening a sentence.
#: (It starts with the letter "w", the look-behind after it standing for the \b: the engine skips to the w's
#: instead of trying the word boundary at every character; tests/extract/test_word_guards.py.)
MODAL_SPLICE = re.compile(r"w(?<!\ww)(?:ill|ould)\s+(?:(?:very|most|highly|almost\s+certainly|probably|likely|not)\s+)*"
                          r"(?=(?!I\b)[A-Z][a-z’']+[’']s\s|(?!I\b)[A-Z][a-z]+\s+[a-z]+(?:ed|s)\b)")
#: A sentence cut off by the layout (a page break, a figure), ending in a word no clause ends in: "This threat
#: will be particularly".
CUT_SHORT = re.compile(r"\s(?:particularly|especially|very|more|(?<!\bat\s)most|the|a|an|of|to|be|will|would|and|or|but|with)\s*$",
                       re.IGNORECASE)
_COORDINATED_TAIL = re.compile(r",?\s+(?:and|or|but)\b[^,;]*$", re.IGNORECASE)


def without_cut_tail(text: str) -> str:
    """A clause the layout cut short (``CUT_SHORT``) without its unfinished coordinated tail ("X will not be
    formalized and that the initiative will" -> "X will not be formalized"), or "" when the clause itself is cut."""
    kept = _COORDINATED_TAIL.sub("", text)
    return "" if kept == text or CUT_SHORT.search(kept) else kept


#: A gap between columns: three or more spaces between two words.
_GAP = re.compile(r"(?<=\S)[ \t]{3,}(?=\S)")
#: Lines with text on both sides of the gap needed to call a run two columns.
MIN_SPLIT_LINES = 4
#: How far (in characters) the right column's start may wander between lines.
SLACK = 2


def _right_starts(line: Line) -> list[int]:
    """The columns where the wide gaps of ``line`` end (where a right column may start), last first: the right
    column may have gaps of its own ("FY2027 revenues    $412.6" in a side box of key figures)."""
    return [gap.end() for gap in reversed(list(_GAP.finditer(line.text))) if gap.end() >= 20]


def _fits(line: Line, column: int) -> str | None:
    """How ``line`` sits against a right column at ``column``: "both", "right", "left", or None (it crosses it)."""
    text = line.text.rstrip()
    if not text.strip():
        return None
    if any(abs(start - column) <= SLACK for start in _right_starts(line)):
        return "both"
    indent = len(text) - len(text.lstrip())
    if abs(indent - column) <= SLACK:
        return "right"
    return "left" if len(text) < column - SLACK else None


def unsplice_columns(lines: list[Line]) -> list[Line]:
    """``lines`` with each two-column run read column by column (see the module docstring)."""
    if not any("   " in line.text for line in lines):
        return lines  # no wide gap anywhere: most documents
    out: list[Line] = []
    index = 0
    while index < len(lines):
        if index + 1 < len(lines) and is_rule(lines[index + 1].text):
            # a fixed-width table's header over its rule: its gaps are the table's columns, kept as they are
            while index < len(lines) and lines[index].text.strip():
                out.append(lines[index])
                index += 1
            continue
        column, end = None, index
        for start in _right_starts(lines[index]):  # the gap that starts the longest run of two-column lines
            stop = index
            while stop < len(lines) and _fits(lines[stop], start):
                stop += 1
            if sum(_fits(line, start) == "both" for line in lines[index:stop]) >= MIN_SPLIT_LINES:
                column, end = start, stop
                break
        run = lines[index:end]
        if column is None:
            out.append(lines[index])
            index += 1
            continue
        left, right = [], []
        for line in run:
            cut = min(column, len(line.text))
            # the left part ends at the gap; the right part starts at the column (its offset moves with it)
            head = line.text[:cut].rstrip()
            tail_at = len(line.text[:cut]) if _fits(line, column) != "left" else len(line.text)
            tail = line.text[tail_at:].lstrip()
            left.append(Line(head, line.start))
            if tail:
                right.append(Line(tail, line.start + len(line.text) - len(tail)))
        out.extend([*left, Line("", run[-1].start), *right])
        index = end
    return out
