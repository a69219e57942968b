""""Should" of a thing's effect read as "probably" (caused_should.py); advice to an actor left alone."""

from datetime import date

import pytest

from tracker.extract import extract_document


def _drafts(text):
    return extract_document(text + "\n", published=date(2026, 12, 1)).drafts


@pytest.mark.parametrize("text, question, due", [
    ("New automation tools should further cut the cost of attacks on small firms in 2027.", "Will new automation tools", date(2027, 12, 31)),
    ("Cheaper coal should drag power prices down with it, though hydro levels are a risk.", "Will cheaper coal drag power prices down", None),
    ("Lower interest rates should boost house prices by 5% next year.", "Will lower interest rates boost house prices", date(2027, 12, 31)),
    ("Tariffs should weigh on growth in 2027.", "Will Tariffs weigh on growth", date(2027, 12, 31)),
    ("The new turbines should cut emissions by 10% by 2030.", "Will the new turbines cut emissions by 10%", date(2030, 12, 31)),
    ("A weaker dollar should lift commodity prices higher.", "Will a weaker dollar lift commodity prices higher", None),
])
def test_effect_is_expected(text, question, due):
    drafts = _drafts(text)
    assert drafts and drafts[0].text.startswith(question)
    assert 0.6 <= drafts[0].probability <= 0.85
    assert due is None or drafts[0].due == due


@pytest.mark.parametrize("text", [
    "Organisations should apply updates promptly in 2027.",
    "The regulator should, by March 2027, publish a plan.",
    "Investors should reduce exposure to equities by 2027.",
    "Governments should cut taxes next year.",
    "The Commission should raise the threshold to 5% in 2027.",
    "The European Commission should raise the threshold in 2027.",
    "Ministers should lift the cap by 2028.",
    "Schools should limit screen time.",
    "Romania should accelerate the transposition of NIS2 by 2027.",
    "The reform should help.",  # no measure
    "Energy prices should boost demand.",  # no number, time or direction
])
def test_advice_or_unmeasured_is_not_drafted(text):
    assert not _drafts(text)
