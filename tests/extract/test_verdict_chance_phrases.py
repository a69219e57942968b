"""Table cells judging in a hedged noun phrase ("Roughly even chance of a decline") and judging columns whose
header dates them ("Outlook to end-2027") (table_verdicts)."""

import pytest

from tracker.extract.table_verdicts import _CHANCE_PHRASE, _as_sentence, _caption_time, _CAPTION_SPAN


@pytest.mark.parametrize("cell", [
    "Roughly even chance of a decline", "About even chance of a rise", "A roughly even chance that it eases",
    "Realistic possibility of a disruptive attack", "Fairly low risk of a resurgence", "Around even odds of a rebound",
    "Remote chance of a ceasefire",
])
def test_chance_phrases(cell):
    assert _CHANCE_PHRASE.match(cell)


@pytest.mark.parametrize("cell", ["Roughly stable", "Even so, falling", "About the same", "Chances unchanged",
                                  "See key judgement 4", "Roughly even"])
def test_not_chance_phrases(cell):
    assert not _CHANCE_PHRASE.match(cell)


@pytest.mark.parametrize("subject, cell, sentence", [
    ("Phishing of officials", "Roughly even chance of a decline",
     "There is a roughly even chance of a decline in phishing of officials."),
    ("GNSS jamming", "Remote chance of a sharp fall", "There is a remote chance of a sharp fall in GNSS jamming."),
    ("Arson", "Realistic possibility of attacks on depots", "There is a realistic possibility of attacks on depots."),
    ("Arson", "Remote chance that it stops", "There is a remote chance that it stops."),
    ("Sabotage", "Realistic possibility of a disruptive attack", "There is a realistic possibility of a disruptive attack."),
])
def test_a_bare_change_is_a_change_in_the_row(subject, cell, sentence):
    assert _as_sentence(subject, cell, False) == sentence


@pytest.mark.parametrize("header, words", [
    ("Outlook to end-2027", "by the end of 2027"), ("Outlook to the end of 2028", "by the end of 2028"),
    ("Assessment through 2029", "by the end of 2029"), ("Outlook 2026–2028", "by the end of 2028"),
])
def test_judging_column_header_dates_the_rows(header, words):
    assert _CAPTION_SPAN.search(header) and _caption_time(header) == words


@pytest.mark.parametrize("header", ["Outlook", "Trend 2025", "Assessment (2027)", "Likelihood"])
def test_headers_without_a_span(header):
    assert not _CAPTION_SPAN.search(header)
