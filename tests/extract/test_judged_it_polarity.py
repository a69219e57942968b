"""Round 26: "HOLDER judges / thinks / deems it PHRASE that X will": the outer phrase scores X, never the inner "will",
also when an aside between commas stands before X's modal; and "we think X will" is a belief, read as "likely".
Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.claim_polarity import judged_it_phrase
from tracker.extract.claim_tense import is_future_claim
from tracker.extract.own_expectation import believed_will

PUBLISHED = date(2026, 12, 1)


def _drafts(sentence: str):
    return extract_document(sentence + "\n", published=PUBLISHED, scale="plain-reader").drafts


# --- the outer phrase scores the claim, an aside before its modal notwithstanding ------------------------------------
@pytest.mark.parametrize("sentence, low, high", [
    ("The agency judges it unlikely that the alert level, currently set at substantial, will be lowered before the end of 2027.", 0.1, 0.3),
    ("We consider it highly improbable that the bank will cut rates before June 2027.", 0.0, 0.15),
    ("We think it unlikely that the ceasefire, signed in May, will hold through 2027.", 0.1, 0.3),
    ("The council deems it likely that the canal, closed since March, will reopen before the end of 2027.", 0.6, 0.85),
    ("Officials believe it almost certain that the bridge, now under repair, will reopen before the end of 2027.", 0.85, 1.0),
    ("The regulator considers it unlikely that tariffs, already at a record, will fall in 2027.", 0.1, 0.3),
])
def test_outer_phrase_scores_the_claim(sentence, low, high):
    drafts = _drafts(sentence)
    assert drafts and all(low <= d.probability <= high for d in drafts), [(d.text, d.probability) for d in drafts]


@pytest.mark.parametrize("sentence", [
    "The agency thinks it unlikely that the ceasefire will hold through 2027.",
    "The ministry judges it unlikely that the threat level, currently at medium, will be lowered during 2027.",
    "Analysts consider it improbable that the pipeline will be finished before 2028.",
])
def test_never_a_plain_will_under_an_outer_phrase(sentence):
    assert all(d.probability < 0.5 for d in _drafts(sentence))


@pytest.mark.parametrize("before, phrase", [
    ("CSIS judges it unlikely that the level ", "unlikely"),
    ("We consider it highly improbable that the bank ", "highly improbable"),
    ("the board thinks it more likely than not, that prices ", "more likely than not"),
    ("They found it possible that exports ", "possible"),
])
def test_judged_it_phrase(before, phrase):
    assert judged_it_phrase(before) == phrase


@pytest.mark.parametrize("before", ["The report says that it ", "We judge that the level ", "It is unlikely that the bank ",
                                    "We think that it "])
def test_judged_it_phrase_not(before):
    assert judged_it_phrase(before) is None


@pytest.mark.parametrize("claim, future", [
    ("the threat level, currently set at medium, will be lowered before 2027", True),
    ("output, now at a record, could fall next year", True),
    ("the fleet, already the largest in the region, would grow further", True),
    ("the level is currently set at medium", False),
    ("the level, as of today, was raised", False),
])
def test_aside_before_the_modal(claim, future):
    assert is_future_claim(claim) is future


# --- "we think X will": a belief, read as "likely" --------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "We think the central bank will cut rates twice in 2027.",
    "I believe the merger will close before June 2027.",
    "In short, we reckon unemployment will peak at 6% in 2027.",
    "We still think oil will average below $70 in 2027.",
    "A preview: we think inflation will still be above 3% at the end of 2027, and that the bank will hold rates through next year.",
])
def test_we_think_will_is_likely(sentence):
    drafts = _drafts(sentence)
    assert drafts and all(0.6 <= d.probability <= 0.85 for d in drafts), [(d.text, d.probability) for d in drafts]


@pytest.mark.parametrize("sentence, high", [
    ("The central bank will cut rates twice in 2027.", 0.9),  # no belief: a plain "will"
    ("We don't think the merger will close before June 2027.", 0.3),  # denied: the complement, as before
])
def test_we_think_will_near_misses(sentence, high):
    drafts = _drafts(sentence)
    assert drafts and drafts[0].probability <= high and (high < 0.5 or drafts[0].probability == 0.9)


@pytest.mark.parametrize("before, earlier, text, believed", [
    ("we think US growth ", "", "we think US growth will slow", True),
    ("", "We believe inflation will fall, and ", "that the bank will cut", True),
    ("Investors will ", "", "Investors will buy", False),
    ("we think that we will see ", "", "x", False),
])
def test_believed_will(before, earlier, text, believed):
    assert believed_will(before, earlier, text) is believed
