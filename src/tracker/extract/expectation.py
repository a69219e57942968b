"""How a central projection is scored: "is expected / projected / forecast to" read as "likely".

An analyst's "X is projected to grow 3%" states the middle of a distribution, not a commitment: readers
asked to put a number on such sentences give 0.50-0.85, and "likely" (plain readers' 0.75, band
0.668-0.80) fits every labelled use across the shipped sets, where the bare "will" (0.90) missed one. The
phrase stays "will" for the rules about plain futures (a plan described, "these are targets, not
forecasts"), and the judgement carries ``reads_as`` for the score; forms of commitment ("is set / poised /
bound / on track to") are not projections and stay "will".
"""

from __future__ import annotations

import re

#: Participles of projecting: the forms whose "to VERB" states a central projection.
_PROJECTING = {"expected", "projected", "forecast", "forecasted", "anticipated", "estimated", "outlooked"}
#: The plain-reader phrase a central projection is scored as.
CENTRAL_READING = "likely"


def central_projection(form: str) -> str | None:
    """ "likely" for a participle of projecting ("expected", "projected"), else None (the phrase's own)."""
    return CENTRAL_READING if " ".join(form.lower().split()) in _PROJECTING else None


#: "We expect that X will", "The Bureau expects that X will": an expectation, read as "expects X to" is.
_EXPECT_THAT = re.compile(r"^\W*(?:we|i|the\s+\w+(?:\s+\w+)?|(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})\s+"
                          r"(?:(?:also|still|now|therefore|further)\s+)?expects?\s+that\s+", re.IGNORECASE)


def expectation_reading(modal: str, before: str) -> str | None:
    """The reading of a plain future "will" ("likely") when it states an expectation: "is expected to", or the
    clause is what "we expect that" governs; else None (read as the modal)."""
    return CENTRAL_READING if "expected" in modal or ("expect" in before and _EXPECT_THAT.match(before)) else None


#: "We do not expect a breakthrough (before the summit)", "I don't expect a sell-off": one noun after a denied
#: expectation is the event; affirmed, it is as often a demand ("we expect an apology"), so only the denial reads it.
ONE_NOUN = re.compile(r"^(?:an?|any)\s+(?!(?:lot|bit|few|little|number|way)\b)[\w-]+"
                      r"(?:\s+(?:in|by|before|this|next|within|until|during)\b[^,;]*)?$")
