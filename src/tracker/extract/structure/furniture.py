"""Page furniture: what a page carries besides the text (page numbers, running headers, table rows, garbage).

It is dropped line by line before the structure stage groups lines into blocks; a page break (a form feed,
or the line of dashes PDF-to-Markdown converters put there) becomes a blank line, so that a paragraph a
page break interrupted can be joined again later.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract.structure.blocks import Line
from tracker.extract.structure.forecast_rows import forecast_row, header_cells, is_row

_DIGITS = re.compile(r"\d+")
#: A news site's link to another story ("Read more: X", "Related: X", "See also: X"): neither heading nor prose.
_PROMO = re.compile(r"^\W*(?:read\s+more|related(?:\s+stories?|\s+articles?)?|see\s+also|also\s+read|more\s+from\s+[\w ]{1,30}|"
                    r"recommended(?:\s+reading)?|watch|listen)\s*[:|›»]\s*\S", re.IGNORECASE)
_PAGE_BREAK = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|\f)\s*$")
#: "12", "Page 3 of 10", "3/10", and the dashed form of plain-text exports: "- 3 -", "— 12 —".
_PAGE_NUMBER = re.compile(r"^\s*(?:(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])\s*$", re.IGNORECASE)
_MARKUP = re.compile(r"\*\*|__|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|`")
#: A photo credit closing a caption: "The Associated Press / Scanpix", "Photo: Reuters", "© AFP".
_CREDIT = re.compile(r"^(?:[\w.&'’ -]{2,40}\s/\s[\w.&'’ -]{2,30}|(?:photo|image|picture|source|credit)s?\s*:.{0,60}|©.{0,60})$",
                     re.IGNORECASE)
#: PDF text drawn with letter spacing comes out as runs of single letters ("b i l t d th h j"): no prose
#: has four single-letter words in a row.
#: (The look-behind comes after the first letter, which it also checks: a pattern that starts with a letter lets the
#: engine skip to the letters instead of trying the look-behind at every character.)
SPACED_LETTERS = re.compile(r"[A-Za-zÀ-ÿ](?<!\S[A-Za-zÀ-ÿ])\s+(?:[A-Za-zÀ-ÿ]\s+){2,}[A-Za-zÀ-ÿ](?!\S)")


#: Two single letters in a row, which every run of SPACED_LETTERS holds: a pattern that starts with a space lets the
#: engine skip the letters, so most texts are ruled out for a fraction of the cost (tests/extract/test_word_guards.py).
_TWO_SINGLE_LETTERS = re.compile(r"\s[A-Za-zÀ-ÿ]\s+[A-Za-zÀ-ÿ]\s")


def spaced_letters(text: str) -> re.Match | None:
    """The first run of letter-spacing garbage in ``text`` (SPACED_LETTERS), or None."""
    return SPACED_LETTERS.search(text) if _TWO_SINGLE_LETTERS.search(text) else None


def garbled(text: str) -> bool:
    """Whether ``text`` holds letter-spacing garbage from a PDF (a run of four or more single letters)."""
    return spaced_letters(text) is not None


def drop_page_furniture(text: str) -> list[Line]:
    """Lines without page numbers, table rows and running headers; a page break becomes a blank line."""
    pages: list[list[Line]] = [[]]
    for match in re.finditer(r"[^\n]*\n?", text):
        if not match.group():
            break
        raw = match.group().rstrip("\n").rstrip("\r")
        line = Line(raw, match.start())
        if _PAGE_BREAK.match(raw) or "\f" in raw:
            pages.append([])
            after = raw.rfind("\f") + 1
            line = Line(raw[after:], match.start() + after)
            if not line.text.strip() or _PAGE_BREAK.match(line.text):
                continue
        pages[-1].append(line)
    if len(pages) == 1 and "\n" in text:
        pages = _numbered_pages(pages[0])
    # A running header or footer is a short line at a page's edge that recurs on several pages.
    edges = Counter()
    for page in pages:
        content = [l.text.strip() for l in page if l.text.strip()]
        for line in {_edge_key(text) for text in (*content[:2], *content[-2:])}:
            # a header set out across the page ("Agency          Review 2026 (Digest)") is long but has a wide gap
            if len(line) < 80 or (len(line) < 140 and "     " in line):
                edges[line] += 1
    # A short document (three pages) counts too when the line is at the edge of every page and is set out as furniture
    # is, with a page number or a wide gap ("84        Annual Report 2025", "ANNUAL REPORT 2025        AGENCY").
    repeated = {line for line, count in edges.items() if count >= 3 and (len(pages) >= 4 or (
        count == len(pages) and ("#" in line or "   " in line)))}
    kept: list[Line] = []
    header: list[str] | None = None  # the header of the table being read
    for page in pages:
        for at, line in enumerate(page):
            stripped = line.text.strip()
            if not stripped:
                pass  # an HTML page's rows stand between blank lines: the table goes on
            elif not is_row(stripped):
                header = None
            elif (found := header_cells(stripped)) is not None and (header is None or not any(found)):
                header = found
                if not stripped.startswith("|") and _rows_follow(page, at + 1):
                    continue  # an HTML table's header ("# | Question | Our forecast"): no heading, no prose
            elif "?" in stripped and (row := forecast_row(line.text, header)) is not None:
                # A forecast table's row ("| Will X? | 62% |") is a judgement: its own paragraph, read as
                # "Will X: 62%" (one character for one, so offsets hold); every other table row is data.
                kept.extend([Line("", -1), Line(row, line.start), Line("", -1)])
                continue
            if _PAGE_NUMBER.match(stripped) or stripped.startswith("|") or _PROMO.match(stripped) or \
                    (repeated and _edge_key(stripped) in repeated and not _CREDIT.match(plain_text(stripped))) \
                    or _spaced_line(stripped):
                continue
            kept.append(line)
        kept.append(Line("", -1))
    return kept


def _numbered_pages(lines: list[Line]) -> list[list[Line]]:
    """A text with no page breaks cut into pages at its page-number lines ("- 3 -", "Page 4"), when it has two or
    more: a PDF saved as plain text keeps its footers but not its form feeds, and its running header is only
    told from a heading by standing at the top of every page."""
    numbered = [at for at, line in enumerate(lines) if line.text[:1] in " -–—Pp0123456789" and line.text.strip()
                and _PAGE_NUMBER.match(line.text)]
    if len(numbered) < 2:
        return [lines]
    pages, start = [], 0
    for at in numbered:
        pages.append(lines[start:at + 1])  # the number stays with its page (its footer), dropped below
        start = at + 1
    pages.append(lines[start:])
    return pages


def _edge_key(line: str) -> str:
    """What a running header or footer keeps from page to page: its words without the page's number or the
    part after a bar ("REVIEW 2026 | CHAPTER 2" on one page, "REVIEW 2026 | CHAPTER 3" or "REVIEW 2026" on another)."""
    # the page number at either end goes first: a book's footers alternate sides ("18      Annual Report | June 2026"
    # on a left page, "Annual Report | June 2026      19" on a right one), the same footer either way
    if line[:1].isdigit() or line[-1:].isdigit():
        line = _PAGE_AT_END.sub("", line)
    return _DIGITS.sub("#", line.split(" | ", 1)[0] if " | " in line else line)


#: A page number set apart by a wide gap at a line's start or end.
_PAGE_AT_END = re.compile(r"^\d{1,4}\s{3,}(?=\S)|(?<=\S)\s{3,}\d{1,4}$")


def _rows_follow(page: list[Line], start: int) -> bool:
    """Whether the next line with text from ``start`` on is a table row."""
    following = next((line.text.strip() for line in page[start:] if line.text.strip()), "")
    return bool(following) and is_row(following)


def _spaced_line(line: str) -> bool:
    """A line that is mostly letter-spacing garbage: most of its words one or two letters, with a run of singles."""
    words = line.split()
    return len(words) >= 5 and garbled(line) and sum(len(w) <= 2 for w in words) >= 0.7 * len(words)


def plain_text(line: str) -> str:
    return " ".join(_MARKUP.sub("", line).split())
