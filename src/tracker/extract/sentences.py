"""Sentence splitting with pysbd (rule-based, handles abbreviations such as "U.S." and "Feb. 4").

The splitter is imported and built on first use: ``tracker --help`` never loads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from tracker.extract.records import Paragraph, Sentence


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_text(text: str) -> list[str]:
    """The sentences of one paragraph of clean text, stripped."""
    return [s.strip() for s in _segmenter().segment(text) if s.strip()]


def sentences(paragraphs: Iterable[Paragraph],
              progress: Callable[[int], None] | None = None) -> Iterator[Sentence]:
    """Every sentence of ``paragraphs`` in order; ``progress`` is told the characters done after each one."""
    for paragraph in paragraphs:
        for index, text in enumerate(split_text(paragraph.text)):
            yield Sentence(text=text, paragraph=paragraph, index=index)
        if progress:
            progress(len(paragraph.text))
