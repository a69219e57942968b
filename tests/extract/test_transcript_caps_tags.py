"""Speaker tags in capitals ("MAYA:", "OKAFOR:") name the forecaster its introduction gives in full (transcript)."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.transcript import _introduced


def _speakers(text):
    return [d.speaker for d in extract_document(text, published=date(2026, 12, 1)).drafts]


@pytest.mark.parametrize("name, before, full", [
    ("MAYA", "our forecasters Maya Okafor and Tom Brennan argued", "Maya Okafor"),
    ("TOM", "our forecasters Maya Okafor and Tom Brennan argued", "Tom Brennan"),
    ("BRENNAN", "our forecasters Maya Okafor and Tom Brennan argued", "Tom Brennan"),
    ("LEE", "Guests: Priya Lee (economist), Sam Ortiz (trader).", "Priya Lee"),
    ("PRIYA", "Guests: Priya Lee (economist), Sam Ortiz (trader).", "Priya Lee"),
    ("SAM", "with Sam O'Neill of the energy desk", "Sam O'Neill"),
])
def test_tag_named_in_the_introduction(name, before, full):
    assert _introduced(name, before) == full


@pytest.mark.parametrize("name, before", [
    ("NOTE", "A note on method follows."),
    ("UPDATE", "Update Tuesday: prices rose."),
    ("Q", "Questions from readers."),
    ("MAYA", "This week the desk argued about talks."),
    ("MAY", "In May Okafor said nothing."),
])
def test_labels_and_unnamed_tags_have_no_full_name(name, before):
    assert _introduced(name, before) is None


_EXCHANGE = """This week our forecasters Dana Whitlock and Ravi Menon debated the election.

  DANA: I'm at 70% that the incumbent wins the runoff on 14 June 2027.

  RAVI: I am at 55% that turnout exceeds 60% in the runoff on 14 June 2027.

  DANA: Fair enough.

  RAVI: We'll see.
"""


def test_exchange_turns_are_their_speakers_forecasts():
    assert _speakers(_EXCHANGE) == ["Dana Whitlock", "Ravi Menon"]


def test_single_caps_label_is_not_a_speaker():
    text = "Our outlook.\n\nNOTE: We expect that inflation will probably fall below 2% by the end of 2027.\n"
    assert "Note" not in " ".join(s or "" for s in _speakers(text))
