"""Words a PDF broke in two without a hyphen ("domestic political situa tion"), rejoined for the question text.

A line break inside a word leaves two fragments once the lines are re-flowed with a space. Without a
dictionary the document itself says what is a word: the pair is rejoined when the whole is a word the
document writes elsewhere, and neither half is one (a half the document never writes but here, or an ending
that is never a word alone, "tion", "ment"). "up on" stays: "up" is a word. The quote keeps the text as
printed (its offsets point into the file); only the question and criteria read the rejoined words.
"""

from __future__ import annotations

from tracker.extract.casing import RARE_COUNT

#: Endings that never stand alone as English words.
_BOUND = frozenset({"tion", "tions", "sion", "sions", "ation", "ations", "ment", "ments", "ness", "ity", "ities",
                    "ence", "ences", "ance", "ances", "ical", "ically", "ous", "ing", "ings", "ive", "ives", "ise",
                    "ize", "ised", "ized"})
#: A half written more often than this in the document is a word of its own.
_RARE = RARE_COUNT


def rejoin_broken(text: str, vocabulary: frozenset[str]) -> str:
    """``text`` with words broken in two by the layout joined again (see the module's docstring);
    ``vocabulary`` is the document's lower-case words with their ``counts``."""
    counts = getattr(vocabulary, "counts", None)
    words = text.split(" ")
    if not counts or vocabulary.rare.isdisjoint(words):
        return text  # no rare word, no broken one: most claims
    # a plain loop, no pattern: the first half must be a rare lower-case word, which most words are not
    joins = [index for index, (first, second) in enumerate(zip(words, words[1:]))
             if counts.get(first, _RARE + 1) <= _RARE and first.isalpha() and first.islower() and len(first) >= 2
             and (core := second.rstrip(",.;:")).isalpha() and core.islower() and len(core) >= 2
             and first + core in vocabulary and (core in _BOUND or counts.get(core, 0) <= _RARE)]
    for index in reversed(joins):
        words[index:index + 2] = [words[index] + words[index + 1]]
    return " ".join(words)
