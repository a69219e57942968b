"""Comparative likelihood: "X is less likely to A", "B has become more likely".

A comparative says which way a chance moved or how two chances stand to each other, never where either sits:
"Russia is less likely to attack than to probe" does not say an attack is likely, and reading the bare
"likely" in it reverses the judgement. It is read as the word on its side of even ("less likely" as
"unlikely", "more likely" as "likely"), with a note asking the reviewer to weigh it against what it is compared
with. "No more likely", "not less likely" and "more likely than not" are no comparatives of this kind.
"""

from __future__ import annotations

import re

_COMPARATIVE = re.compile(r"(?<!\bno\s)(?<!\bany\s)(?<!\bnot\s)\b(less|more)\s+$", re.IGNORECASE)
#: "more likely than not" is a term of its own; "less likely, but possible" a concession read at its weaker word
#: (hedges.py), which the comparative leaves alone.
_THAN_NOT = re.compile(r"\s+than\s+not\b|\s*,?\s+(?:but|though|yet)\s", re.IGNORECASE)
#: The words a comparative turns into a relation; "less highly likely" is no English.
_WORDS = ("likely", "probable")


#: The other side of the comparison: "than it was a year ago", "than to probe". A "than" after a comparative of
#: the claim's own ("grow faster than 2%", "more troops than in 2025") belongs to the claim.
_THAN = re.compile(r"(?<!\w)(?!(?:more|less|fewer|rather|other|\w+er)\s)(\S+)\s+than\s+(?!not\b).*$", re.IGNORECASE | re.DOTALL)


def comparative(before: str, written: str, after: str) -> tuple[str, str, str] | None:
    """``(written, reads as, after)`` when the estimative word ``written`` is a comparative's, e.g. ``("less
    likely", "unlikely", " to attack")`` with the other side of the comparison cut from ``after``; else None."""
    if not ("less" in before or "more" in before or "Less" in before or "More" in before) or written.lower() not in _WORDS:
        return None
    if (match := _COMPARATIVE.search(before)) is None or _THAN_NOT.match(after):
        return None
    degree = match.group(1).lower()
    if " than " in after and (than := _THAN.search(after)):
        after = after[:than.start()] + than.group(1)
    return f"{degree} {written}", "unlikely" if degree == "less" else "likely", after


def comparative_note(written: str, reads_as: str) -> str:
    return f'comparative "{written}": read as "{reads_as}"; check what it is compared with'
