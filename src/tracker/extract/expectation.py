"""How a central projection is scored: "is expected / projected / forecast to" read as "likely".

An analyst's "X is projected to grow 3%" states the middle of a distribution, not a commitment: readers
asked to put a number on such sentences give 0.50-0.85, and "likely" (plain readers' 0.75, band
0.668-0.80) fits every labelled use across the shipped sets, where the bare "will" (0.90) missed one. The
phrase stays "will" for the rules about plain futures (a plan described, "these are targets, not
forecasts"), and the judgement carries ``reads_as`` for the score; forms of commitment ("is set / poised /
bound / on track to") are not projections and stay "will".
"""

from __future__ import annotations

#: Participles of projecting: the forms whose "to VERB" states a central projection.
_PROJECTING = {"expected", "projected", "forecast", "forecasted", "anticipated", "estimated", "outlooked"}
#: The plain-reader phrase a central projection is scored as.
CENTRAL_READING = "likely"


def central_projection(form: str) -> str | None:
    """ "likely" for a participle of projecting ("expected", "projected"), else None (the phrase's own)."""
    return CENTRAL_READING if " ".join(form.lower().split()) in _PROJECTING else None
