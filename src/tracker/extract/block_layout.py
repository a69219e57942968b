"""The layout of one block: heading, subheading, prose, a figure's labels or source line, contents, a record.

Cleanup (``extract/cleanup``) builds paragraphs and heading paths from a document's blocks; before it can, each
block from the structure stage is told apart by its layout and wording: a Markdown or numbered heading, a title in
capitals, a bold or short unfinished line over a paragraph, a chart's axis labels, a table of contents, a photo
caption and its credit, a forecast platform's number line. Only prose and headings are read as text; the rest
either answers a question heading or is skipped, so that no label or caption reaches sentence splitting.
"""

from __future__ import annotations

import re

from tracker.extract.legend_table import legend_row
from tracker.extract.structure import Line, RawBlock
from tracker.extract.structure.furniture import _CREDIT, plain_text
from tracker.extract.structure.plain import STAMPED
from tracker.extract.structure.platform_lines import history_line, platform_line, resolved
from tracker.extract.structure.spans import Spanned
from tracker.extract.structure.title_lines import (asks, byline, capital_title, caption_line, chapter_title, number_line,
                                                   sentence_like, short_line, title_case_line)
from tracker.extract.wrapped_lines import _join_lines, _plain, _unbullet

#: A list item's symbol (not a number: "2. Outlook" is a numbered title) before the item's text.
_SYMBOL_BULLET = re.compile(r"^\s{0,4}(?:[-*•▪◦‣–■□●◆►])\s+[A-Z0-9“\"‘]")
#: An ATX heading's marks, also inside a blockquote ("> ### Key judgements").
_HEADING_MARK = re.compile(r"^\s*(?:>\s?)*\s*#{1,6}\s*")
#: A heading's attribute block as Pandoc and Google Docs exports write it: "Summary {#summary}", "{#id .class}".
_HEADING_ATTRIBUTES = re.compile(r"\s*\{#[\w.:-]+(?:\s+[^{}]*)?\}\s*$")
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+(?=[A-Z“\"‘])")
#: The rules around a title in capitals ("==== MARKETS ===="), no part of it.
_TITLE_RULE = re.compile(r"^[\s=~*#_–—-]{3,}|[\s=~*#_–—-]{3,}$")
#: A table-of-contents entry: a title, then dot leaders or emphasis, then a page number at the line's end.
_CONTENTS_ENTRY = re.compile(r"(?:\.\s*){3,}\s*\d{1,3}\s*$|\*\*\s*\d{1,3}\s*\*\*\s*$|\s{2,}\d{1,3}\s*$")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
#: Words of chart axes and legends (month and day names, numbers, years, percentages), in runs of 60 at most.
_AXIS_WORDS = 60
_AXIS = re.compile(r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                   r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]|"
                   r"[\d.,%–-]+)$", re.IGNORECASE)
#: The source line under a chart or table ("SOURCE: IMF"): the figure ends here.
_FIGURE_SOURCE = re.compile(r"^\W*(?:sources?|data)\s*:\s*\S.{0,80}$", re.IGNORECASE)
#: One word in capitals on a line of its own: wire copy's crosshead ("PRICES", "OUTLOOK"), or a chart's label.
_CROSSHEAD = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ’'&-]{3,}$")


def _classify(raw: RawBlock, vocabulary: set[str], width: int = 0):
    """The layout of one block, as (kind, text, bold, level): heading, subheading, prose or skip.

    ``width`` is the length of a full line in this document (``plain.full_width``).
    """
    block = raw.lines
    if raw.kind in ("table", "code"):
        yield "skip", Spanned.empty(), False, 0
        return
    first = block[0].text
    if raw.kind == "heading" or _HEADING_MARK.match(first):
        title = _plain(_join_lines([Line(_HEADING_MARK.sub("", l.text), l.start + len(l.text) - len(
            _HEADING_MARK.sub("", l.text))) for l in block], vocabulary))
        if title and "{#" in title.text:
            title = title.remove(_HEADING_ATTRIBUTES)
        level = raw.level or len(first.strip().lstrip("> ")) - len(first.strip().lstrip("> ").lstrip("#"))
        if title and sentence_like(title.text) and not asks(title.text):
            yield "prose", title, False, 0  # a bold lead paragraph, or body text the converter put on the heading line
        elif title:
            yield "heading", title, False, level
        return
    bold_only = all(l.text.strip().startswith(("**", "__")) and l.text.strip().endswith(("**", "__")) for l in block)
    if all(_CONTENTS_ENTRY.search(line.text) for line in block):
        yield "contents", Spanned.empty(), False, 0  # table-of-contents entries: page furniture
        return
    if sum(legend_row(line.text) for line in block) >= 3:
        yield "skip", Spanned.empty(), False, 0  # a probability legend printed as text: read by legend_table
        return
    if len(block) == 1 and _FIGURE_SOURCE.match(plain_text(first)):
        yield "source", Spanned.empty(), False, 0
        return
    if _CREDIT.match(plain_text(block[-1].text)):
        yield "skip", Spanned.empty(), False, 0  # a photo caption ending in its credit
        return
    text = _plain(_join_lines([_unbullet(line) for line in block], vocabulary))
    if not text:
        return
    words = text.text.split()
    if len(words) <= _AXIS_WORDS and sum(bool(_AXIS.match(w.strip("(),"))) for w in words) >= 0.7 * len(words):
        yield "skip", Spanned.empty(), False, 0  # a chart's axis or legend labels ("March April May June")
        return
    if len(block) <= 2 and caption_line(text.text):
        yield "caption", text, False, 0
        return
    if history_line(text.text) or resolved(text.text):
        yield "record", Spanned.empty(), False, 0
        return
    if len(block) == 1 and (platform_line(text.text) or number_line(text.text)):
        yield "answer", text, False, 0  # "Aggregate: 22%", "Team forecast 27% Crowd 33% Closes 3 March 2027"
        return
    if len(block) == 1 and byline(text.text):
        yield "skip", text, False, 0  # "By A and B", "Org · Mar 3, 2026 · 9 min read"
        return
    if len(block) == 1 and chapter_title(text.text):
        yield "heading", text, True, 7  # "Chapter 2: Strategic circumstances"
        return
    if len(block) == 1 and capital_title(text.text):
        yield "heading", text.remove(_TITLE_RULE).strip(), True, 8  # level 8: a title in capitals (see _paragraphs)
        return
    if raw.kind == "list item" or _SYMBOL_BULLET.match(first) or STAMPED.match(first):
        # a bulleted line in plain text is a list item too, and a time-stamped one a chat message: their text needs
        # no full stop to be a claim; a list's number is no part of the item's sentence ("2. It is likely that ...")
        yield "prose", text.slice(number.end()) if (number := _LIST_NUMBER.match(text.text)) else text, False, 0
        return
    capitals = not _TERMINAL.search(text.text) and text.text.upper() == text.text and len(_WORD.findall(text.text)) >= 1
    if capitals and not bold_only and len(block) == 1 and _CROSSHEAD.match(text.text):
        yield "crosshead", text, False, 7  # "PRICES": a heading between paragraphs, else a label (see _crossheads)
        return
    if capitals and bold_only and len(block) >= 2:
        yield "heading", text, True, 1  # a chapter title set in capitals over several lines
        return
    if capitals and not bold_only:
        yield "skip", Spanned.empty(), False, 0  # capitals without emphasis: a diagram's or map's labels
        return
    if not bold_only and text.text.upper() == text.text and len(_WORD.findall(text.text)) >= 4 \
            and _TERMINAL.search(text.text):
        yield "skip", Spanned.empty(), False, 0  # a pull quote in capitals: it repeats a sentence of the body
        return
    if (bold_only or (not _TERMINAL.search(text.text) and short_line(len(raw.lines), text.text, width))
            or (len(block) == 1 and title_case_line(text.text))) and not sentence_like(text.text):
        # a line in Title Case standing alone is a heading however long ("Controller Shortages Are Expected to
        # Persist" as wide as the text's lines)
        yield "subheading", text, bold_only, 7
        return
    yield "prose", text.slice(number.end()) if (number := _LIST_NUMBER.match(text.text)) else text, False, 0
