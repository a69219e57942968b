"""Text that remembers where each of its characters stood in the original file.

Cleaning joins wrapped lines, drops markup and soft hyphens and collapses spaces, yet a reviewer's browser
must highlight a drafted sentence in the document itself. A ``Spanned`` string carries a piecewise map from
its own positions to the original file's: a list of ``(position, original)`` starts, each meaning "from
here on, character i stood at original + (i - position)". Whole lines are one piece, so the map stays short
and cheap even for a long report (a per-character list would cost more than sentence splitting).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

#: Look-alike quotes and apostrophes that PDF converters emit, each replaced by the character it imitates.
#: Replacement is one character for one, so the position map is untouched. U+02BC (modifier letter
#: apostrophe) closing a 'quotation' and U+2032 (prime) used as an apostrophe otherwise leave an opening
#: quote unclosed, and the sentence splitter swallows the rest of the paragraph into one "quotation".
LOOK_ALIKES = str.maketrans({
    "\u02bc": "\u2019", "\u2032": "\u2019", "\u02b9": "\u2019", "\u00b4": "\u2019", "\uff07": "'",
    "\u02bb": "\u2018", "\u201b": "\u2018", "\u2035": "\u2018",
    "\u2033": "\u201d", "\u02ba": "\u201d", "\u301e": "\u201d", "\u301d": "\u201c", "\u2036": "\u201c",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
})
_SPACE_RUN = re.compile(r"\S+")


@dataclass(frozen=True)
class Spanned:
    """A string and the original position of each of its characters (see the module docstring)."""

    text: str
    starts: tuple[tuple[int, int], ...]  # (position here, position in the original), ascending

    @classmethod
    def of(cls, text: str, start: int) -> Spanned:
        """``text`` as it stands in the original file from ``start`` on."""
        return cls(text, ((0, start),))

    @classmethod
    def empty(cls) -> Spanned:
        return cls("", ())

    def __len__(self) -> int:
        return len(self.text)

    def __bool__(self) -> bool:
        return bool(self.text)

    def original(self, index: int) -> int:
        """The original position of character ``index`` (an index at the end maps past the last character)."""
        if not self.starts:
            return 0
        if index >= len(self.text) and self.text:
            return self.original(len(self.text) - 1) + 1
        at = bisect_right(self.starts, (index, float("inf"))) - 1
        position, original = self.starts[max(at, 0)]
        return original + (index - position)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the characters ``start:end``."""
        if end <= start:
            return self.original(start), self.original(start)
        return self.original(start), self.original(end - 1) + 1

    def slice(self, start: int, end: int | None = None) -> Spanned:
        end = len(self.text) if end is None else min(end, len(self.text))
        if start >= end:
            return Spanned.empty()
        first = bisect_right(self.starts, (start, float("inf"))) - 1
        pieces = [(0, self.original(start))]
        for position, original in self.starts[first + 1:]:
            if position >= end:
                break
            pieces.append((position - start, original))
        return Spanned(self.text[start:end], tuple(pieces))

    def join(self, other: Spanned, separator: str = "") -> Spanned:
        """This text, ``separator`` (placed where this text ends), then ``other``."""
        if not self.text:
            return other if not separator else Spanned(separator + other.text,
                                                       ((0, other.original(0)), *_shift(other.starts, len(separator))))
        end = self.original(len(self.text) - 1) + 1
        starts = list(self.starts)
        if separator:
            starts.append((len(self.text), end))
        if other.text:
            starts.extend(_shift(other.starts, len(self.text) + len(separator)))
        return Spanned(self.text + separator + other.text, tuple(starts))

    @classmethod
    def concat(cls, parts: list[Spanned]) -> Spanned:
        """The parts one after another, in one pass (joining one by one would copy the map each time)."""
        texts: list[str] = []
        starts: list[tuple[int, int]] = []
        length = 0
        for part in parts:
            if not part.text:
                continue
            texts.append(part.text)
            starts.extend(_shift(part.starts, length) if length else part.starts)
            length += len(part.text)
        return cls("".join(texts), tuple(starts))

    def through(self, origin: Spanned) -> Spanned:
        """This text's positions, which are positions in ``origin.text``, as positions in ``origin``'s original."""
        starts: list[tuple[int, int]] = []
        bounds = [*self.starts[1:], (len(self.text), 0)]
        for (position, at), (following, _) in zip(self.starts, bounds):
            starts.append((position, origin.original(at)))
            first = bisect_right(origin.starts, (at, float("inf")))
            for inner, original in origin.starts[first:]:
                if inner >= at + (following - position):
                    break
                starts.append((position + inner - at, original))
        return Spanned(self.text, tuple(starts))

    def translate(self, table: dict) -> Spanned:
        """Characters replaced one for one (``str.translate`` with a table that never changes lengths)."""
        return Spanned(self.text.translate(table), self.starts)

    def remove(self, pattern: re.Pattern[str]) -> Spanned:
        """The text without the matches of ``pattern``."""
        kept: list[Spanned] = []
        position = 0
        for match in pattern.finditer(self.text):
            if match.end() == match.start():
                continue
            kept.append(self.slice(position, match.start()))
            position = match.end()
        if not kept and position == 0:
            return self
        kept.append(self.slice(position))
        return Spanned.concat(kept)

    def squeeze(self) -> Spanned:
        """Whitespace runs as one space, none at either end (``" ".join(text.split())``)."""
        text = self.text
        if "  " not in text and "\n" not in text and "\t" not in text and text == text.strip():
            return self
        words = list(_SPACE_RUN.finditer(text))
        if len(words) == 1 and words[0].start() == 0 and words[0].end() == len(self.text):
            return self
        parts: list[Spanned] = []
        for match in words:
            if parts:  # the space stands where the whitespace run began
                parts.append(Spanned(" ", ((0, self.original(parts[-1].end_index)),)))
            word = self.slice(match.start(), match.end())
            parts.append(_Piece(word.text, word.starts, match.end()))
        return Spanned.concat(parts)

    def strip(self) -> Spanned:
        start = len(self.text) - len(self.text.lstrip())
        return self.slice(start, len(self.text.rstrip()))


@dataclass(frozen=True)
class _Piece(Spanned):
    """A slice that remembers where it ended in the text it was cut from."""

    end_index: int = 0


def _shift(starts: tuple[tuple[int, int], ...], by: int) -> list[tuple[int, int]]:
    return [(position + by, original) for position, original in starts]
