"""Sentence splitting with pysbd (rule-based, handles abbreviations such as "U.S." and "Feb. 4").

The splitter is imported and built on first use: ``tracker --help`` never loads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
import re

from tracker.extract.records import Paragraph, Sentence


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


#: pysbd keeps a whole quotation together ("“A. B. C.”" is one sentence), but an interviewee's quoted
#: paragraph holds several judgements, each to be quoted alone: split a copy without double quotes, then
#: cut the original text at the same places (quote marks at a sentence's edges fall away, as in a citation).
_QUOTES = str.maketrans({"“": " ", "”": " ", '"': " ", "«": " ", "»": " ", "„": " "})


def split_text(text: str) -> list[str]:
    """The sentences of one paragraph of clean text, stripped."""
    return [sentence for sentence, _ in split_positions(text)]


def split_positions(text: str) -> list[tuple[str, int | None]]:
    """The sentences of one paragraph with where each starts in it (None if the splitter changed it)."""
    unquoted = text.translate(_QUOTES)
    found: list[tuple[str, int | None]] = []
    position = 0
    for piece in _segmenter().segment(unquoted):
        core = piece.strip()
        if not core:
            continue
        start = unquoted.find(core, position)
        if start < 0:  # the splitter changed the text: fall back to its own piece
            found.append((core, None))
            continue
        end = start + len(core)
        position = end
        piece_start = start
        if "]" in core or "^" in core or _SUPERSCRIPT.search(core) or _GLUED_NUMBER.search(core):
            # "... in 2029.[2] In the committee's view", "... the rate of 2025.³ We assess": pysbd does not end a
            # sentence at a footnote mark
            for cut in _FOOTNOTE_END.finditer(text, start, end):
                found.append((text[piece_start:cut.start("mark") + len(cut.group("mark"))], piece_start))
                piece_start = cut.end()
        found.append((text[piece_start:end], piece_start))
    if "]" in text:
        found = _marks_back(text, found)
    return _rejoin_dates(text, found) if "." in text else found


#: A footnote marker opening a piece: the splitter cut before it ("rise.[^3] “We", "high!”[2] Others", where the
#: copy without quotes ends a sentence at the mark), so it belongs to the sentence before.
_LEADING_MARK = re.compile(r"\[\^?\d{1,3}\]\s*")


def _marks_back(text: str, found: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    mended: list[tuple[str, int | None]] = []
    for sentence, start in found:
        mark = _LEADING_MARK.match(sentence) if sentence[:1] == "[" else None
        if mark and mended and start is not None and mended[-1][1] is not None and mark.end() < len(sentence):
            before, before_start = mended[-1]
            mended[-1] = (text[before_start:start + len(mark.group().rstrip())], before_start)
            mended.append((sentence[mark.end():], start + mark.end()))
        else:
            mended.append((sentence, start))
    return mended


#: A month's abbreviation the splitter took for a sentence's end: "polled Nov. 28-Dec. | 3 expected" (after a
#: hyphen pysbd does not know it), when the next piece starts with the day.
_MONTH_DOT_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


#: A clock time's "a.m."/"p.m." the splitter took for a sentence's end: "before 2 a.m. | Eastern on election night",
#: "at 11:59 p.m. | ET on November 3". A time is never a sentence's end when a time zone or a lower-case word
#: follows: the zone is a regional name ("Eastern", "Pacific") or a zone's abbreviation ("ET", "GMT", "CEST",
#: "UTC"; not "IT") followed by no capitalised word ("Eastern Europe will ..." may open a sentence).
_CLOCK_DOT_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_AFTER_CLOCK = re.compile(r"[a-z]|(?:Eastern|Central|Mountain|Pacific|Atlantic|[ECMPA][SD]?T|GMT|UTC|BST|CES?T|WES?T|[JKI]ST|AE[SD]T|HKT|SGT|MSK)\b(?![ \t]+[A-Z])")


def _rejoins(before: str, sentence: str) -> bool:
    if sentence[:1].isdigit():
        return _MONTH_DOT_END.search(before) is not None
    return before[-2:] in ("m.", "M.") and _CLOCK_DOT_END.search(before) is not None \
        and _AFTER_CLOCK.match(sentence) is not None


def _rejoin_dates(text: str, found: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    joined: list[tuple[str, int | None]] = []
    for sentence, start in found:
        if joined and start is not None and joined[-1][1] is not None and _rejoins(joined[-1][0], sentence):
            joined[-1] = (text[joined[-1][1]:start + len(sentence)], joined[-1][1])
        else:
            joined.append((sentence, start))
    return joined


#: A sentence's full stop, a footnote marker and the capital of the next sentence.
#: The marker may be Markdown's "[^4]" (a footnote reference) as well as "[4]".
#: Also a caret or a number glued to the full stop, as PDF-to-text writes a superscript ("2027.^2 It", "track.11 The"):
#: not after a number ("3.5 The" is a decimal cut by the line) nor a single capital ("U.S. 2 The").
_FOOTNOTE_END = re.compile(r"(?P<mark>[.!?][”\"’]?(?:\[\^?\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\^\d{1,3}|(?<=[a-z]{2}\.)\d{1,2}(?![\d.,])))\s+"
                           r"(?=[A-Z“\"‘])")
_SUPERSCRIPT = re.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]")
#: (Each form starts at its full stop, the letters or digit before it looked behind for: the engine skips to the full
#: stops of a sentence instead of trying two letters at every one of its characters. Only whether it matches is used.)
_GLUED_NUMBER = re.compile(r"\.(?<=[a-z]{2}\.)\d{1,2}\s+[A-Z]|\.(?<=\d\.)\^\d")


def sentences(paragraphs: Iterable[Paragraph],
              progress: Callable[[int], None] | None = None) -> Iterator[Sentence]:
    """Every sentence of ``paragraphs`` in order; ``progress`` is told the characters done after each one."""
    for paragraph in paragraphs:
        spanned = paragraph.spanned
        for index, (text, start) in enumerate(split_positions(paragraph.text)):
            if spanned is not None and start is not None:
                begin, end = spanned.span(start, start + len(text))
                yield Sentence(text=text, paragraph=paragraph, index=index, start=begin, end=end)
            else:
                yield Sentence(text=text, paragraph=paragraph, index=index)
        if progress:
            progress(len(paragraph.text))
