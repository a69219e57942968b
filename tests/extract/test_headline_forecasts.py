"""Headline grammar: "X likely to V" with the copula left out (headlines.py) and the desk's "X seen -ing"
(seen_forecasts.py), read on whole sentences as drafts."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.seen_forecasts import base_form, seen_as_expected


def _drafts(text):  # a headline line is given as a sentence (the layout readers make the document's headline one)
    return extract_document(text + "\n", published=date(2026, 12, 1)).drafts


@pytest.mark.parametrize("text, question, probability, due", [
    ("Fed likely to cut rates twice in 2027.", "Will Fed cut rates twice", 0.75, date(2027, 12, 31)),
    ("ECB likely to hold rates at 2% in March, economists say", "Will ECB hold rates at 2%", 0.75, date(2027, 3, 31)),
    ("Recession unlikely to hit Germany in 2027; exports hold up.", "Will recession hit Germany", 0.2, date(2027, 12, 31)),
    ("Oil producers likely to extend output cuts into 2027.", "Will oil producers extend output cuts", 0.75, None),
    ("Copper seen rising above $12,000/t by end-2027 as mines falter", "Will Copper rise above $12,000/t", 0.75, None),
    ("Oil seen rising to $90 next year, analysts say", "Will Oil rise to $90", 0.75, date(2027, 12, 31)),
    ("Copper prices are seen holding above $9,000 through 2027.", "Will copper prices hold above $9,000", 0.75, date(2027, 12, 31)),
    ("Euro zone inflation seen easing to 2.1% in the first half", "Will euro zone inflation ease to 2.1%", 0.75, date(2027, 6, 30)),
    ("Wheat seen sliding below $5/bushel by mid-2027", "Will Wheat slide below $5/bushel", 0.75, date(2027, 6, 30)),
])
def test_headline_forecasts_draft(text, question, probability, due):
    drafts = _drafts(text)
    assert drafts and drafts[0].text.startswith(question)
    assert drafts[0].probability == probability
    assert due is None or drafts[0].due == due


@pytest.mark.parametrize("text", [
    "Protesters seen marching in the capital",  # somebody saw them: no measure
    "The minister was seen leaving the building at 3pm.",
    "Rates seen falling",  # no number, no time
    "The suspect seen fleeing the scene on Tuesday was arrested.",
    "Russia expected to win in days.",  # a participle with a full stop: the active past
])
def test_no_headline_forecast(text):
    assert not _drafts(text)


@pytest.mark.parametrize("participle, verb", [
    ("sliding", "slide"), ("hitting", "hit"), ("falling", "fall"), ("rising", "rise"), ("easing", "ease"),
    ("declining", "decline"), ("hovering", "hover"), ("edging", "edge"), ("surging", "surge"), ("doubling", "double"),
    ("continuing", "continue"), ("topping", "top"), ("widening", "widen"), ("plunging", "plunge"), ("holding", "hold"),
    ("overtaking", "overtake"), ("stabilising", "stabilise"), ("tumbling", "tumble"), ("recovering", "recover"),
])
def test_base_form(participle, verb):
    assert base_form(participle) == verb


def test_seen_restated_as_expected():
    assert seen_as_expected("Cocoa seen sliding below $5,000/t by mid-2027") == \
        "Cocoa is expected to slide below $5,000/t by mid-2027"
    assert seen_as_expected("Prices are seen easing to 2% in 2027") == "Prices are expected to ease to 2% in 2027"
    assert seen_as_expected("Cocoa seen at $5,000/t") is None  # no participle: reported_outlook's


@pytest.mark.parametrize("text", [
    "Targeting a provider makes it possible to attack many sites at once.",  # an object before its complement
    "The reform made it likely to pass in 2027.",
])
def test_object_complement_is_no_headline(text):
    assert not any("possible" in d.phrase or d.text.startswith("Will targeting") for d in _drafts(text))


@pytest.mark.parametrize("text", [
    "The court considered the appeal unlikely to succeed on the merits.",
    "The board deemed a merger likely to fail in 2027.",
    "Analysts thought the plan likely to pass in 2027.",
])
def test_verb_and_object_is_no_headline(text):
    assert not any('headline without a verb' in " ".join(d.review) for d in _drafts(text))
