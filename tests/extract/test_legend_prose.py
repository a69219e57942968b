"""A probability legend written as sentences with unquoted terms is the document's scale (legend_prose.py).
Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.legend_prose import unquoted_legend

LEGENDS = [
    # terms before "means", "per cent" in words, the first item in the "when we write" form
    ("When we write that an event is highly unlikely, we mean that the chance of it is below 15 per cent. Unlikely "
     "means from 15 to 45 per cent, and a distinct possibility means from 45 to 55 per cent. Likely means from 55 to "
     "85 per cent, and highly likely means above 85 per cent.",
     {"highly unlikely": (0.0, 0.15), "unlikely": (0.15, 0.45), "distinct possibility": (0.45, 0.55),
      "likely": (0.55, 0.85), "highly likely": (0.85, 1.0)}),
    # "%" signs, "indicates a probability of", "between ... and"
    ("Remote indicates a probability of less than 5%; improbable indicates a probability between 5 and 30%; "
     "probable indicates a probability between 30 and 80%; almost certain indicates a probability above 80%.",
     {"remote": (0.0, 0.05), "improbable": (0.05, 0.3), "probable": (0.3, 0.8), "almost certain": (0.8, 1.0)}),
    # wrapped over lines with a hyphen, as a PDF dump prints it
    ("How we say it. When we state that something is very un-\nlikely, we think the probability is under 10 percent. "
     "Unlikely means from 10 to\n35 percent. Likely means from 65 to 90 percent, and very likely means above 90 percent.",
     {"very unlikely": (0.0, 0.1), "unlikely": (0.1, 0.35), "likely": (0.65, 0.9), "very likely": (0.9, 1.0)}),
]


@pytest.mark.parametrize("legend, bands", LEGENDS)
def test_unquoted_terms_defined_by_their_bands_are_read(legend, bands):
    assert unquoted_legend(f"ABOUT THIS REPORT\n\n{legend}\n\nTHE OUTLOOK\n\nTrade will grow.\n") == bands


@pytest.mark.parametrize("text", [
    # not estimative words: forecasts, not a legend
    "Growth means from 1 to 2 per cent. Inflation means above 3 per cent, and unemployment means below 5 per cent.",
    # only two terms: too few to be a scale
    "Unlikely means below 30 per cent, and likely means above 70 per cent.",
    # the terms in three different paragraphs: no one legend
    "Unlikely means below 30 per cent.\n\nThe weather was fine.\n\nLikely means above 70 per cent.\n\n"
    "Possible means from 30 to 70 per cent.",
])
def test_near_misses_are_no_legend(text):
    assert unquoted_legend(text) == {}


def test_the_legend_sets_the_drafts_probabilities_and_keeps_very():
    text = ("ABOUT THIS REPORT\n\nWhen we write that something is very improbable, we think the chance of it is "
            "below 10 per cent. Improbable means from 10 to 40 per cent, and an even prospect means from 40 to 60 per "
            "cent. Probable means from 60 to 90 per cent, and very probable means above 90 per cent.\n\nTHE OUTLOOK\n\n"
            "It is very probable that the river authority will close the northern lock in 2027.\n\n"
            "It is improbable that the ferry company will add a winter route in 2027.\n")
    drafts = extract_document(text, published=date(2026, 10, 1)).drafts
    assert [(d.phrase, d.probability) for d in drafts] == [("very probable", 0.95), ("improbable", 0.25)]
