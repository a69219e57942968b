"""Which capitalised words of a document are ordinary words, so a question can write them in lower case.

A question moves the subject behind "Will", so "Targets are likely to include ..." must become "Will targets
include ...", while "Russia will ..." stays "Will Russia ...". A word is ordinary when the document writes it
in lower case somewhere, or when it is capitalised only where a sentence, line or cell starts and has the
ending of a common noun or participle ("Targets", "Negotiations", "Turnout", "Sustained"): a name is
capitalised wherever it stands, and a name said once ("Russia", "Athens") keeps its capital.
"""

from __future__ import annotations

import re

#: Words in lower case, not right after a sentence end ("... ended. the" is a typo, not evidence).
_LOWER = re.compile(r"(?<![.!?]\s)(?<![\w'’-])[a-z][a-z'’-]+")
#: A capitalised word where sentences start: the start of a line (after markup), or after a full stop.
_AT_START = re.compile(r"(?:^|[.!?:]\s+|\n[\s>*#_|\-\d.)]*)([A-Z][a-z'’-]+)\b")
#: A capitalised word inside a sentence: after a lower-case word, a comma or a preposition.
_INSIDE = re.compile(r"(?<=[a-z,;)]\s)([A-Z][a-z'’-]+)\b")
#: Endings of common nouns and participles that names rarely have.
#: Not "-ing" or "-ed" alone: Beijing, Reading, Mohammed, Alfred are names; "Sustained", "Expanded" are not.
_COMMON_ENDING = re.compile(r"(?:[^s]ts|ers|ions?|ings|ments?|ness|ity|ities|ance|ence|ism|ures?|ates|out|"
                            r"[a-z]{3}(?:ain|and|ect|ct|ert|ist|uc|at|ss)ed)$")


def lowercase_words(text: str) -> frozenset[str]:
    """The words (lower-cased) the document writes in lower case or capitalises only at a sentence start."""
    lower = set(_LOWER.findall(text))
    named = {word.lower() for word in _INSIDE.findall(text)}
    starts = {word.lower() for word in _AT_START.findall(text) if _COMMON_ENDING.search(word)}
    return frozenset(lower | (starts - named))
