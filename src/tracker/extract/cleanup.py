"""Text cleanup: from a document's blocks to paragraphs of prose, each under its heading path.

PDF text wraps lines, hyphenates words across them, repeats running headers and carries page numbers,
captions and tables; sentence splitting goes wrong on all of these, so they are undone first (wrapped lines
joined, a hyphen kept only where the document writes the word with one, paragraphs a page break cut joined).
The blocks come from the structure stage (``extract/structure``): this module reads their layout (heading,
paragraph, caption, margin text, chart labels), keeping every character's position in the original file.
"""

from __future__ import annotations

import re

from tracker.extract.hyphenation import DocumentWords, joins_words
from tracker.extract.legend_table import legend_row
from tracker.extract.records import Paragraph
from tracker.extract.structure import Line, RawBlock, document_blocks, looks_like_markdown
from tracker.extract.structure.heading_path import heading_path
from tracker.extract.structure.furniture import _CREDIT, SPACED_LETTERS, drop_page_furniture, garbled, plain_text, spaced_letters
from tracker.extract.structure.plain import STAMPED, full_width
from tracker.extract.structure.platform_lines import history_line, platform_line, resolved
from tracker.extract.structure.title_lines import (asks, byline, capital_title, caption_line, chapter_title, number_line,
                                                   plain_title, section_title, sentence_like, short_line,
                                                   title_case_line)

__all__ = ["SPACED_LETTERS", "clean_paragraphs", "garbled", "spaced_letters"]
from tracker.extract.structure.spans import LOOK_ALIKES, Spanned

#: A line's list marker, after any blockquote marks ("> - We expect ..."); Word-to-text writes a sub-bullet as
#: "o " ("o Forward Party said ..."): a lone "o" before a capital is no English word.
_BULLET = re.compile(r"^\s*(?:>\s?)*\s*(?:[•�▪●►■◆‣∙·]|[-*+]\s|o\s+(?=[A-Z“\"]))\s*|^\s*(?:>\s?)+\s*")
#: A list item's symbol (not a number: "2. Outlook" is a numbered title) before the item's text.
_SYMBOL_BULLET = re.compile(r"^\s{0,4}(?:[-*•▪◦‣–■□●◆►])\s+[A-Z0-9“\"‘]")
_MARKUP = re.compile(r"\*\*|__|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|`")
#: A single "*" hugging a word ("*very likely*"), never a bullet or "2 * 3": italics, so that a calibrated term
#: reaches the estimative grammar as its words. Searched only in lines holding a "*" (most hold none).
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
#: An ATX heading's marks, also inside a blockquote ("> ### Key judgements").
_HEADING_MARK = re.compile(r"^\s*(?:>\s?)*\s*#{1,6}\s*")
#: A heading's attribute block as Pandoc and Google Docs exports write it: "Summary {#summary}", "{#id .class}".
_HEADING_ATTRIBUTES = re.compile(r"\s*\{#[\w.:-]+(?:\s+[^{}]*)?\}\s*$")
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+(?=[A-Z“\"‘])")
#: The rules around a title in capitals ("==== MARKETS ===="), no part of it.
_TITLE_RULE = re.compile(r"^[\s=~*#_–—-]{3,}|[\s=~*#_–—-]{3,}$")
_SOFT = re.compile("[\u00ad\r]")
#: A table-of-contents entry: a title, then dot leaders or emphasis, then a page number at the line's end.
_CONTENTS_ENTRY = re.compile(r"(?:\.\s*){3,}\s*\d{1,3}\s*$|\*\*\s*\d{1,3}\s*\*\*\s*$|\s{2,}\d{1,3}\s*$")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
_HYPHEN_END = re.compile(r"([A-Za-zÀ-ÿ]+)-$")
_LEADING_WORD = re.compile(r"^([A-Za-zÀ-ÿ]+)")
#: Words of chart axes and legends (month and day names, numbers, years, percentages), in runs of 60 at most.
_AXIS_WORDS = 60
_AXIS = re.compile(r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                   r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]|"
                   r"[\d.,%–-]+)$", re.IGNORECASE)
#: The source line under a chart or table ("SOURCE: IMF"): the figure ends here.
_FIGURE_SOURCE = re.compile(r"^\W*(?:sources?|data)\s*:\s*\S.{0,80}$", re.IGNORECASE)
#: A chart's legend line is short; a longer unfinished text before a figure's source line is prose.
_LEGEND_CHARS = 200
#: How many blocks (a sidebar, a caption) may stand between a paragraph and its continuation.
_SIDEBAR_BLOCKS = 12
def clean_paragraphs(text: str, markdown: bool | None = None, origin: Spanned | None = None) -> list[Paragraph]:
    """The prose paragraphs of ``text``, numbered from 1, each with its heading path (None before any).

    ``markdown`` says whether to read the text as Markdown (by default: when it marks headings, bold lines
    or bullets the Markdown way). ``origin`` maps positions in ``text`` to the original file (an HTML
    page's markup); every paragraph's ``spanned`` maps its characters to original positions.
    """
    lines = drop_page_furniture(text)
    vocabulary = DocumentWords(lines)
    if markdown is None:
        markdown = looks_like_markdown(text)
    raw = document_blocks(lines, markdown)
    width = full_width(raw)
    blocks = [b for block in raw for b in _classify(block, vocabulary, width)]
    paragraphs = _paragraphs(blocks, vocabulary)
    if origin is not None:
        paragraphs = [Paragraph(p.number, p.text, p.heading, p.spanned.through(origin), p.title) for p in paragraphs]
    return paragraphs


#: One word in capitals on a line of its own: wire copy's crosshead ("PRICES", "OUTLOOK"), or a chart's label.
_CROSSHEAD = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ’'&-]{3,}$")


def _crossheads(blocks: list[tuple[str, Spanned, bool, int]]) -> list[tuple[str, Spanned, bool, int]]:
    """One word in capitals is a heading when it stands between two paragraphs of prose, the one before it
    finished and the one after it starting a sentence ("... the season.", "PRICES", "Prices at origin ..."); among a
    chart's labels or beside unfinished text it is a label, skipped as before."""
    mended = []
    for index, (kind, block, bold, level) in enumerate(blocks):
        if kind == "crosshead":
            before = blocks[index - 1] if index else None
            after = blocks[index + 1] if index + 1 < len(blocks) else None
            between = before is not None and after is not None and before[0] == "prose" and after[0] == "prose" \
                and bool(_TERMINAL.search(before[1].text)) and after[1].text[:1].isupper() and len(after[1].text) >= 80
            mended.append(("heading", block, True, level) if between else ("skip", Spanned.empty(), False, 0))
        else:
            mended.append((kind, block, bold, level))
    return mended


def _paragraphs(blocks: list[tuple[str, Spanned, bool, int]], vocabulary: set[str]) -> list[Paragraph]:
    blocks = _crossheads(blocks) if any(kind == "crosshead" for kind, _, _, _ in blocks) else blocks
    paragraphs: list[Paragraph] = []
    path: list[tuple[int, str]] = []  # the headings above: (level, title); bold and layout subheadings are 7
    pending: Spanned | None = None  # a prose paragraph that may continue after a page break
    open_at: int | None = None  # an unfinished paragraph a sidebar or caption interrupted
    since_open = 0

    def flush(spanned: Spanned) -> None:
        nonlocal open_at, since_open
        paragraphs.append(Paragraph(len(paragraphs) + 1, spanned.text, heading_path(path), spanned, path[-1][1] if path else None))
        if not _TERMINAL.search(spanned.text):
            open_at, since_open = len(paragraphs) - 1, 0

    heading_open = False  # the last heading has had no prose under it yet
    question: Spanned | None = None  # the last heading, when it asks a question: what an answer line answers
    figure_from: int | None = None  # paragraphs flushed since a chart's labels began: perhaps its legend
    for index, (kind, block, bold, level) in enumerate(blocks):
        if kind in ("record", "caption"):
            # a forecast's history, a resolved question: past numbers, no forecast of the page; a table's caption
            # heads no paragraph after the table
            continue
        if kind == "answer":
            # The number line under a question heading answers it: the two make one paragraph, so that the
            # draft quotes the question it answers; nothing after it continues the line.
            if pending is not None:
                flush(pending)
                pending = None
            flush(question.join(block, " ") if heading_open and question is not None else block)
            open_at, heading_open = None, False
            continue
        if kind == "source":
            # "SOURCE: X" closes a figure: unfinished text since its labels is the legend, not prose, and
            # the paragraph the figure interrupted goes on below it.
            if pending is not None and not _TERMINAL.search(pending.text) and figure_from is not None \
                    and len(pending.text) <= _LEGEND_CHARS:
                pending = None
            if figure_from is not None:
                while len(paragraphs) > figure_from and not _TERMINAL.search(paragraphs[-1].text) \
                        and len(paragraphs[-1].text) <= _LEGEND_CHARS:
                    paragraphs.pop()
                open_at = next((i for i in range(len(paragraphs) - 1, -1, -1)
                                if not _TERMINAL.search(paragraphs[i].text)), None)
                open_at = open_at if open_at is not None and open_at >= len(paragraphs) - 1 else None
                since_open = 0
            figure_from = None
            continue
        if kind == "skip":
            figure_from = len(paragraphs) + (pending is not None)  # after the figure's last labels
        elif kind in ("heading", "subheading", "contents"):
            figure_from = None  # a new section: no figure is open
        since_open += 1
        if kind == "contents":
            if heading_open and path:
                path.pop()  # "Contents" is no section: its entries point elsewhere
                heading_open = False
            continue
        if kind == "skip":
            continue  # a photo caption, a chart's axis labels, a diagram's labels
        unfinished = pending is not None and not _TERMINAL.search(pending.text)
        if kind == "subheading" and unfinished and (_continues(blocks, index) or not _plain_title(blocks, index)):
            continue  # a caption or chart label inside a paragraph that a page break interrupted
        if kind == "heading" and level == 8:  # a title in capitals, unless it goes on with a figure's labels
            if index and blocks[index - 1][0] == "skip":
                continue
            level = 7
        if kind == "heading" and unfinished and _continues(blocks, index):
            continue  # margin text set beside the body: the sentence it interrupts goes on below it
        if kind == "heading" or kind == "subheading":
            if pending is not None:
                flush(pending)
                pending = None
            if kind == "heading":
                path = [(lvl, title) for lvl, title in path if lvl < level] + [(level, block.text)]
                question = block if asks(block.text) else None
                open_at = None
                heading_open = True
            elif bold or len(_WORD.findall(block.text)) >= 4 or (paragraphs and section_title(block.text)) \
                    or _plain_title(blocks, index):
                # A short unemphasised line is more often a photo credit than a heading.
                path = [(lvl, title) for lvl, title in path if lvl < 7] + [(7, block.text)]
                heading_open = True
            continue
        heading_open = False
        if pending is not None:
            if not _TERMINAL.search(pending.text) and block.text[:1].islower():
                pending = _join(pending, block, vocabulary)
                continue
            flush(pending)
            pending = None
        if block.text[:1].islower() and open_at is not None and since_open <= _SIDEBAR_BLOCKS:
            # The rest of a paragraph a sidebar interrupted: join it to its beginning.
            earlier = paragraphs[open_at]
            joined = _join(earlier.spanned, block, vocabulary)
            paragraphs[open_at] = Paragraph(earlier.number, joined.text, earlier.heading, joined, earlier.title)
            if _TERMINAL.search(joined.text):
                open_at = None
            continue
        pending = block
    if pending is not None:
        flush(pending)
    return paragraphs


def _plain_title(blocks: list[tuple[str, Spanned, bool, int]], index: int) -> bool:
    """Whether the subheading at ``index`` is a section title: numbered or in sentence case, with a paragraph
    right after it that starts a sentence (a capital, or a paragraph's number: "3.5 On the basis ...")."""
    if not plain_title(blocks[index][1].text):
        return False
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return following is not None and following[0] == "prose" and (following[1].text[:1].isupper()
                                                                   or following[1].text[:1].isdigit())


def _continues(blocks: list[tuple[str, Spanned, bool, int]], index: int) -> bool:
    """Whether the next prose block after ``index`` (past other headings) starts in lower case."""
    for kind, block, _, _ in blocks[index + 1:index + 1 + _SIDEBAR_BLOCKS]:
        if kind == "prose":
            return block.text[:1].islower()
    return False


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


def _unbullet(line: Line) -> Line:
    match = _BULLET.match(line.text)
    return Line(line.text[match.end():], line.start + match.end()) if match else line


def _join_lines(lines: list[Line], vocabulary: set[str]) -> Spanned:
    text = Spanned.empty()
    for line in lines:
        piece = _plain(Spanned.of(line.text, line.start))
        text = _join(text, piece, vocabulary) if text else piece
    return text


def _plain(text: Spanned) -> Spanned:
    """Markup, soft hyphens and extra spaces removed; look-alike quotes as the quotes they imitate."""
    raw = text.text  # each pattern only where its characters are: most lines hold none of them
    text = (text.remove(_SOFT) if "\u00ad" in raw or "\r" in raw else text).translate(LOOK_ALIKES)
    text = text.remove(_MARKUP) if "*" in raw or "_" in raw or "`" in raw else text
    return (text.remove(_ITALIC_STAR) if "*" in raw else text).squeeze()


def _join(text: Spanned, line: Spanned, vocabulary: set[str]) -> Spanned:
    """Join a wrapped line to the text before it, undoing a hyphenation at the break."""
    if not text:
        return line
    # only a text ending in a hyphen can be hyphenated at the break: the search need not scan the paragraph
    match = _HYPHEN_END.search(text.text, max(0, len(text.text) - 80)) if text.text.endswith("-") else None
    following = _LEADING_WORD.match(line.text)
    if match and following and line.text[:1].islower():
        hyphenated = f"{match.group(1)}-{following.group(1)}".lower()
        if hyphenated not in vocabulary and not joins_words(match.group(1), following.group(1), vocabulary):
            return text.slice(0, len(text) - 1).join(line)
        return text.join(line)
    if text.text.endswith(("-", "–", "/")) and not text.text.endswith(" -"):
        return text.join(line)
    return text.join(line, " ")
