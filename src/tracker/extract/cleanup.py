"""Text cleanup: from a document's raw text to paragraphs of prose, each under its section heading.

Text extracted from PDFs wraps lines, hyphenates words across them, repeats running headers on every page
and carries page numbers, captions and tables. Sentence splitting goes wrong on all of these, so they are
undone first: wrapped lines are joined, hyphenation is removed unless the document spells the word with a
hyphen elsewhere, lines repeated at the top or bottom of many pages are dropped, and paragraphs broken by a
page break are joined again.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract.records import Paragraph

_PAGE_BREAK = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|\f)\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•�▪●►■◆‣∙·]|[-*+]\s)\s*")
_MARKUP = re.compile(r"\*\*|__|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|`")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s*")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
_HYPHEN_END = re.compile(r"([A-Za-zÀ-ÿ]+)-$")
_LEADING_WORD = re.compile(r"^([A-Za-zÀ-ÿ]+)")
#: A photo credit closing a caption: "The Associated Press / Scanpix", "Photo: Reuters", "© AFP".
_CREDIT = re.compile(r"^(?:[\w.&'’ -]{2,40}\s/\s[\w.&'’ -]{2,30}|(?:photo|image|picture|source|credit)s?\s*:.{0,60}|©.{0,60})$",
                     re.IGNORECASE)
#: Words of chart axes and legends: month and day names, numbers, years, percentages.
_AXIS = re.compile(r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                   r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]|"
                   r"[\d.,%–-]+)$", re.IGNORECASE)
#: How many blocks (a sidebar, a caption) may stand between a paragraph and its continuation.
_SIDEBAR_BLOCKS = 12
#: PDF text drawn with letter spacing comes out as runs of single letters ("b i l t d th h j"): no prose
#: has four single-letter words in a row.
SPACED_LETTERS = re.compile(r"(?<!\S)(?:[A-Za-zÀ-ÿ]\s+){3,}[A-Za-zÀ-ÿ](?!\S)")


def garbled(text: str) -> bool:
    """Whether ``text`` holds letter-spacing garbage from a PDF (a run of four or more single letters)."""
    return bool(SPACED_LETTERS.search(text))


def clean_paragraphs(text: str) -> list[Paragraph]:
    """The prose paragraphs of ``text``, numbered from 1, each with its section heading (None before any)."""
    lines = _drop_page_furniture(text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
                                 .replace("\u00a0", " "))
    vocabulary = _hyphenated_words(lines)
    paragraphs: list[Paragraph] = []
    section: str | None = None
    subsection: str | None = None
    pending: str | None = None  # a prose paragraph that may continue after a page break
    open_at: int | None = None  # an unfinished paragraph a sidebar or caption interrupted
    since_open = 0

    def flush(text: str) -> None:
        nonlocal open_at, since_open
        paragraphs.append(Paragraph(len(paragraphs) + 1, text, _heading(section, subsection)))
        if not _TERMINAL.search(text):
            open_at, since_open = len(paragraphs) - 1, 0

    for kind, block, bold in _blocks(lines, vocabulary):
        since_open += 1
        if kind == "skip":
            continue  # a photo caption, a chart's axis labels, a diagram's labels
        if kind == "subheading" and pending is not None and not _TERMINAL.search(pending):
            continue  # a caption or chart label inside a paragraph that a page break interrupted
        if kind == "heading" or kind == "subheading":
            if pending is not None:
                flush(pending)
                pending = None
            if kind == "heading":
                section, subsection, open_at = block, None, None
            elif bold or len(_WORD.findall(block)) >= 4:
                # A short unemphasised line is more often a photo credit than a heading.
                subsection = block
            continue
        if pending is not None:
            if not _TERMINAL.search(pending) and block[:1].islower():
                pending = _join(pending, block, vocabulary)
                continue
            flush(pending)
            pending = None
        if block[:1].islower() and open_at is not None and since_open <= _SIDEBAR_BLOCKS:
            # The rest of a paragraph a sidebar interrupted: join it to its beginning.
            earlier = paragraphs[open_at]
            joined = _join(earlier.text, block, vocabulary)
            paragraphs[open_at] = Paragraph(earlier.number, joined, earlier.heading)
            if _TERMINAL.search(joined):
                open_at = None
            continue
        pending = block
    if pending is not None:
        flush(pending)
    return paragraphs


def _heading(section: str | None, subsection: str | None) -> str | None:
    parts = [p for p in (section, subsection) if p]
    return ": ".join(parts) or None


def _drop_page_furniture(text: str) -> list[str]:
    """Lines without page numbers, table rows and running headers; a page break becomes a blank line."""
    pages: list[list[str]] = [[]]
    for line in text.split("\n"):
        if _PAGE_BREAK.match(line) or "\f" in line:
            pages.append([])
            line = line.replace("\f", "")
            if not line.strip() or _PAGE_BREAK.match(line):
                continue
        pages[-1].append(line)
    # A running header or footer is a short line at a page's edge that recurs on several pages.
    edges = Counter()
    for page in pages:
        content = [re.sub(r"\d+", "#", l.strip()) for l in page if l.strip()]
        for line in {*content[:2], *content[-2:]}:
            if len(line) < 80:
                edges[line] += 1
    repeated = {line for line, count in edges.items() if count >= 3 and len(pages) >= 4}
    kept: list[str] = []
    for page in pages:
        for line in page:
            stripped = line.strip()
            if _PAGE_NUMBER.match(stripped) or stripped.startswith("|") or \
                    (re.sub(r"\d+", "#", stripped) in repeated and not _CREDIT.match(_plain(stripped))) \
                    or _spaced_line(stripped):
                continue
            kept.append(line)
        kept.append("")
    return kept


def _spaced_line(line: str) -> bool:
    """A line that is mostly letter-spacing garbage: most of its words one or two letters, with a run of singles."""
    words = line.split()
    return len(words) >= 5 and garbled(line) and sum(len(w) <= 2 for w in words) >= 0.7 * len(words)


def _hyphenated_words(lines: list[str]) -> set[str]:
    """Words the document itself writes with a hyphen (so "Russia-\\ndependent" keeps its hyphen)."""
    return {w.lower() for line in lines for w in re.findall(r"[A-Za-zÀ-ÿ]+-[A-Za-zÀ-ÿ]+", line)}


def _blocks(lines: list[str], vocabulary: set[str]):
    """Blank-line separated blocks as (kind, text): heading, subheading or prose."""
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
            continue
        if block:
            yield from _classify(block, vocabulary)
            block = []


def _classify(block: list[str], vocabulary: set[str]):
    first = block[0]
    if _HEADING_MARK.match(first):
        title = _plain(" ".join(_HEADING_MARK.sub("", l) for l in block))
        if title:
            yield "heading", title, False
        return
    bold_only = all(l.strip().startswith(("**", "__")) and l.strip().endswith(("**", "__")) for l in block)
    if _CREDIT.match(_plain(block[-1])):
        yield "skip", "", False  # a photo caption ending in its credit
        return
    text = ""
    for line in block:
        text = _join(text, _plain(_BULLET.sub("", line)), vocabulary) if text else _plain(_BULLET.sub("", line))
    if not text:
        return
    words = text.split()
    if sum(bool(_AXIS.match(w.strip("(),"))) for w in words) >= 0.7 * len(words):
        yield "skip", "", False  # a chart's axis or legend labels ("March April May June")
        return
    capitals = not _TERMINAL.search(text) and text.upper() == text and len(_WORD.findall(text)) >= 1
    if capitals and bold_only and len(block) >= 2:
        yield "heading", text, True  # a chapter title set in capitals over several lines
        return
    if capitals and not bold_only:
        yield "skip", "", False  # capitals without emphasis: a diagram's or map's labels
        return
    if bold_only or (not _TERMINAL.search(text) and len(text) < 120 and not text[:1].islower()):
        yield "subheading", text, bold_only
        return
    yield "prose", text, False


def _plain(line: str) -> str:
    return " ".join(_MARKUP.sub("", line).split())


def _join(text: str, line: str, vocabulary: set[str]) -> str:
    """Join a wrapped line to the text before it, undoing a hyphenation at the break."""
    match = _HYPHEN_END.search(text)
    following = _LEADING_WORD.match(line)
    if match and following and line[:1].islower():
        hyphenated = f"{match.group(1)}-{following.group(1)}".lower()
        if hyphenated not in vocabulary:
            return text[:-1] + line
        return text + line
    if text.endswith(("-", "–", "/")) and not text.endswith(" -"):
        return text + line
    return f"{text} {line}"
