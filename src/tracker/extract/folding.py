"""Case folding for cheap keyword tests placed in front of case-insensitive patterns.

A case-insensitive pattern with many alternatives is tried at every position of a clause; most clauses hold
none of its words, and a substring test on the folded clause says so for a fraction of the cost. The test
must never say "absent" when the pattern would match, so the fold must equate every character the pattern
equates: ``str.lower`` alone misses four characters that ``re.IGNORECASE`` matches to ASCII letters (dotted
and dotless i, long s, and the Kelvin sign, which lowers correctly), so they are mapped first.
"""

from __future__ import annotations

#: Characters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` does not lower to it (one for one,
#: so a run of matched characters stays a run).
_ODD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def holds_any(text: str, words) -> bool:
    """Whether any of ``words`` is a substring of ``text``: ``any(word in text for word in words)`` without a
    generator's cost per word (these tests run on every clause)."""
    for word in words:
        if word in text:
            return True
    return False


def folded(text: str) -> str:
    """``text`` lower-cased so that a word a case-insensitive pattern matches in it is a substring of the result."""
    return text.lower() if text.isascii() else text.translate(_ODD).lower()


def bracket_matches(pattern, text: str, earliest):
    """``pattern.finditer(text)``'s matches, for a pattern (no ``^``, ``\\b`` or look-behind) whose every match holds a
    "(" and no "(" before it: a legend item's term, then its bracketed value. A match using a bracket cannot start
    before ``earliest(text, bracket)``, so only the few positions from there to the bracket are tried, not every
    position of the prose between brackets (whole-document scans costing tens of milliseconds on a long report).
    The matches are the same: ``finditer`` too takes the first position, after the last match, at which one starts."""
    position = 0
    while (bracket := text.find("(", position)) >= 0:
        for start in range(max(position, earliest(text, bracket)), bracket):
            if (match := pattern.match(text, start)) is not None:
                yield match
                position = match.end()
                break
        else:
            position = bracket + 1  # no match uses this bracket
