"""What of a clause may date it: its time words, not those of a reason before it, of a past fact told in a
relative clause, or of the source it cites.

"As these changes are envisioned in the long term, they will not ..." dates the reason; "Insolvencies, which
reached 214 in the year to September, will rise" dates a past fact; "X will cut in February, according to a
poll of economists, who also see growth next year" dates what the economists see. Each is cut before the
horizon is read.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.DOTALL
#: A reason or condition opening a clause: its time words date the reason, not the claim.
_REASON = re.compile(r"^\s*(?:since|as|because|given that|as long as|so long as|now that)\s[^,]{3,200},\s*", _FLAGS)
#: The source a claim cites, and all after it.
#: Only at the end: ", according to X, it is unlikely that ..." opens a claim, it does not follow one.
_ACCORDING_TAIL = re.compile(r",\s+according\s+to\s+[^,]*(?:,\s+(?:who|which)\b.*)?$", _FLAGS)
#: A past fact told in a relative clause.
_PAST_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:[^,]*?\b(?:was|were|had)\b|[^,]*?\b[a-z]{3,}ed\b)[^,]*,\s*", _FLAGS)


def dating_words(clause: str) -> str:
    """``clause`` without a leading reason, a past relative clause and a cited source's tail."""
    clause = _REASON.sub("", clause)
    if "according to" in clause:
        clause = _ACCORDING_TAIL.sub("", clause)
    if ", which " in clause or ", who " in clause:
        clause = _PAST_RELATIVE.sub(", ", clause)
    return clause


def without_reason(text: str) -> str:
    """``text`` without a leading reason or condition clause."""
    return _REASON.sub("", text) if text.strip() else text
