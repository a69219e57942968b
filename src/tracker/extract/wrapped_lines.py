"""The plain text of a block's lines: list markers and markup removed, wrapped lines joined into one text.

A PDF or a plain-text file wraps a paragraph over lines and may hyphenate a word at a break; Markdown marks bold,
italics and code with characters that are no part of a sentence. Cleanup (``extract/cleanup``) reads each block's
lines through these functions before it decides the block's layout, so that the estimative grammar sees the words
as the author wrote them: a hyphen is kept at a break only where the document writes the word with one
(``extract/hyphenation``), and every character keeps its position in the original file (``Spanned``).
"""

from __future__ import annotations

import re

from tracker.extract.hyphenation import joins_words
from tracker.extract.structure import Line
from tracker.extract.structure.spans import LOOK_ALIKES, Spanned

#: A line's list marker, after any blockquote marks ("> - We expect ..."); Word-to-text writes a sub-bullet as
#: "o " ("o Forward Party said ..."): a lone "o" before a capital is no English word.
_BULLET = re.compile(r"^\s*(?:>\s?)*\s*(?:[•�▪●►■◆‣∙·]|[-*+]\s|o\s+(?=[A-Z“\"]))\s*|^\s*(?:>\s?)+\s*")
_MARKUP = re.compile(r"\*\*|__|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|`")
#: A single "*" hugging a word ("*very likely*"), never a bullet or "2 * 3": italics, so that a calibrated term
#: reaches the estimative grammar as its words. Searched only in lines holding a "*" (most hold none).
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
_SOFT = re.compile("[\u00ad\r]")
_HYPHEN_END = re.compile(r"([A-Za-zÀ-ÿ]+)-$")
_LEADING_WORD = re.compile(r"^([A-Za-zÀ-ÿ]+)")
#: A break inside a hyphenated phrase, after its linking word ("two-in-|three", "state-of-|the-art", "face-to-|face"):
#: a syllable never stands between two hyphens as a small word, so the hyphen is the phrase's own.
_LINKED_PHRASE = re.compile(r"[A-Za-zÀ-ÿ0-9]-(?:in|of|to|the|and|or|for|by|on|at|per|out|a)-$", re.IGNORECASE)


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
        if hyphenated not in vocabulary and not joins_words(match.group(1), following.group(1), vocabulary) \
                and not _LINKED_PHRASE.search(text.text, max(0, len(text.text) - 12)):
            return text.slice(0, len(text) - 1).join(line)
        return text.join(line)
    if text.text.endswith(("-", "–", "/")) and not text.text.endswith(" -"):
        return text.join(line)
    return text.join(line, " ")
