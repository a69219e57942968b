"""Hyphens at line breaks: which to keep ("arms-\\nindustry", "Russia-\\ndependent") and which undo a word
split in two ("secu-\\nrity"). Without a dictionary, the document itself says which words it knows."""

from __future__ import annotations

import re

from tracker.extract.structure import Line


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?(?![-\w])")


def hyphenated_words(lines: list[Line]) -> set[str]:
    """Words the document itself writes with a hyphen (so "Russia-\\ndependent" keeps its hyphen), and its
    plain words (no hyphen, so the two kinds never collide): a break after a word the document uses alone
    is a compound's hyphen ("arms-\\nindustry"), not a syllable's."""
    return set(_WORD.findall("\n".join(line.text for line in lines).lower()))


class DocumentWords:
    """``hyphenated_words`` of the lines, read the first time a word is looked up: only a line ending in a hyphen
    looks one up, and many documents have none, so their words need never be collected."""

    def __init__(self, lines: list[Line]):
        self._text = "\n".join(line.text for line in lines)  # the lines as they are now
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = set(_WORD.findall(self._text.lower()))
        return word in self._words


#: Second halves that are endings, not words: "develop-\\nment", "secur-\\nity".
_ENDING = re.compile(r"(?:ment|tion|sion|ation|ing|ness|ity|ities|ence|ance|ible|able|ably|ally|ical|ised|ized|ous|"
                     r"ure|ures|ship|ward|wards|ful|less|ive|ives|ism|ist|ists)s?$")
#: First halves that make closed compounds and prefixed words ("some-\\nthing", "under-\\nstanding").
_CLOSED_HEADS = {"some", "any", "every", "with", "where", "there", "here", "them", "your", "when", "what",
                 "never", "further", "more", "over", "under", "into", "fore", "back", "down", "out", "self",
                 "counter", "inter", "infra", "super", "multi", "through", "how"}


#: Second halves of compound adjectives: a word of their own after a hyphen.
_COMPOUND_TAILS = {"related", "based", "led", "driven", "linked", "induced", "free", "wide", "specific", "oriented",
                   "owned", "backed", "affected", "prone", "sensitive", "intensive", "dependent", "focused", "level",
                   "term", "scale", "run"}


def joins_words(first: str, second: str, vocabulary: set[str]) -> bool:
    """Whether a hyphen at a line break joins two words (keep it), not two syllables of one word."""
    first, second = first.lower(), second.lower()
    if second in _COMPOUND_TAILS and len(first) >= 3 and f"{first}{second}" not in vocabulary:
        return True  # "cattle-\nrelated", "data-\ndriven": a compound adjective, whatever the document writes elsewhere
    return (first in vocabulary and first not in _CLOSED_HEADS and len(first) >= 3 and len(second) >= 4
            and not _ENDING.fullmatch(second) and f"{first}{second}" not in vocabulary)
