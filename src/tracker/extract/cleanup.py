"""Text cleanup: from a document's blocks to paragraphs of prose, each under its heading path.

PDF text wraps lines, hyphenates words across them, repeats running headers and carries page numbers,
captions and tables; sentence splitting goes wrong on all of these, so they are undone first (wrapped lines
joined, a hyphen kept only where the document writes the word with one, paragraphs a page break cut joined).
The blocks come from the structure stage (``extract/structure``); ``extract/block_layout`` tells each block's
layout (heading, paragraph, caption, margin text, chart labels) and ``extract/wrapped_lines`` joins its lines. This
module builds the paragraphs from them, keeping every character's position in the original file.
"""

from __future__ import annotations

from tracker.extract.block_layout import _TERMINAL, _WORD, _classify
from tracker.extract.headline import HEADLINE, headline
from tracker.extract.hyphenation import DocumentWords
from tracker.extract.records import Paragraph
from tracker.extract.scenario_lead_ins import scenario_lead_ins
from tracker.extract.structure import document_blocks, looks_like_markdown
from tracker.extract.structure.heading_path import heading_path
from tracker.extract.structure.furniture import SPACED_LETTERS, drop_page_furniture, garbled, spaced_letters
from tracker.extract.structure.plain import full_width
from tracker.extract.structure.spans import Spanned
from tracker.extract.structure.title_lines import asks, plain_title, section_title
from tracker.extract.wrapped_lines import _join

__all__ = ["SPACED_LETTERS", "clean_paragraphs", "garbled", "spaced_letters"]

#: A chart's legend line is short; a longer unfinished text before a figure's source line is prose.
_LEGEND_CHARS = 200
#: The paragraphs a story's body has at least, under its headline.
_HEADLINE_BODY = 3
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
    # a set of scenarios whose bold lead-ins end "(55%)." read as "LABEL (55%): STORY" (scenario_lead_ins.py)
    paragraphs = scenario_lead_ins(_paragraphs(blocks, vocabulary))
    if origin is not None:
        paragraphs = [Paragraph(p.number, p.text, p.heading, p.spanned.through(origin), p.title) for p in paragraphs]
    return paragraphs


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

    # A story has one H1, its headline, over a body of several paragraphs; a report's H1s are its chapters, and a
    # heading over a line or two of text is a section's summary, no headline
    # (an HTML page's H1 set again after a boxed aside is the same one)
    headline_due = len({block.text for kind, block, _, level in blocks if kind == "heading" and level == 1}) == 1 \
        and sum(kind == "prose" for kind, _, _, _ in blocks[:_HEADLINE_BODY + 8]) >= _HEADLINE_BODY
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
            if kind == "heading" and level == 1 and not paragraphs and headline_due and headline(block.text):
                # The page's H1 above its body: a news headline states the story's judgement ("Copper seen topping
                # $12,000 by mid-2027"); it is read once, as its own paragraph, located as "headline"; it stays the
                # heading above the body as before (a title's "for 2025" dates the questions under it)
                paragraphs.append(Paragraph(len(paragraphs) + 1, block.text, HEADLINE, block, None))
            headline_due = headline_due and not (kind == "heading" and level == 1)
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
