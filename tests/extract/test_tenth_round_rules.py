"""Rules of the tenth round of issue 13 (left from the ninth blind set), each on sentences written for the
purpose: odds said as a split after the claim ("call it a 70/30 against"), an analyst's firm in a byline as the
publisher, and words a PDF broke in two at a line end ("situa tion")."""

import tempfile
from datetime import date
from pathlib import Path

import pytest

from tracker.extract import extract_document
from tracker.extract.broken_words import rejoin_broken
from tracker.extract.casing import lowercase_words
from tracker.extract.odds import odds_split
from tracker.extract.publisher import find_publisher

PUBLISHED = date(2026, 12, 4)


def extraction(text: str, suffix: str = ".txt"):
    path = Path(tempfile.mkdtemp()) / f"letter{suffix}"
    path.write_text(text, encoding="utf-8")
    return extract_document(path, published=PUBLISHED)


# --- odds said as a split after the claim ---------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "probability", "question"), [
    # 70/30 against the claim: the claim has the smaller share, whatever the belief before it says
    ("Stocks are thin, so I don't think Chicago wheat futures fall back below $5/bu before the end of June 2027 - "
     "call it a 70/30 against.", 0.30, "Will Chicago wheat futures fall back below $5/bu by 30 June 2027?"),
    ("We don't think the bill passes before the end of 2027, call it 60/40 against.", 0.40,
     "Will the bill pass by 31 December 2027?"),
    ("I think the index ends 2027 above 5,000 - call it 65/35 in favour.", 0.65,
     "Will the index end 2027 above 5,000 by 31 December 2027?"),
    # no side word: the belief's own sign says which share is the claim's
    ("I don't think the merger closes before the end of 2027 - 75/25.", 0.25,
     "Will the merger close by 31 December 2027?"),
    ("I think the ceasefire holds through 2027, say 80/20.", 0.80, "Will the ceasefire hold through 31 December 2027?"),
])
def test_odds_after_the_claim_are_its_probability(sentence, probability, question):
    (draft,) = extraction(f"Letter\n\n{sentence}\n").drafts
    assert draft.probability == pytest.approx(probability)
    assert draft.text == question


@pytest.mark.parametrize("text", [
    "The plant runs 24/7 and has done so since 2020",       # a schedule, not odds
    "The exchange ratio in the merger is 60:40",             # a ratio with no belief or side
    "The vote split 55/45 in favour of the motion in 2025",  # a result: the split does not end the clause
    "Markets price a 3/4 chance of a cut",                   # a fraction, not a split of 100
    "The model gives it 50/50",                               # no lean either way (see leaning, "a toss-up")
])
def test_a_ratio_is_no_odds(text):
    assert odds_split(text) is None


def test_a_past_split_is_not_drafted_as_a_forecast():
    assert extraction("Letter\n\nThe vote split 55/45 in favour of the motion in 2025.\n").drafts == []


# --- an analyst's firm in a byline is the publisher ------------------------------------------------------------

@pytest.mark.parametrize(("byline", "firm"), [
    ("Skagerrak Securities · Analyst: Mette Lindqvist, CFA", "Skagerrak Securities"),
    ("Harbour & Dune Research | Strategists: A. Berg, K. Ode", "Harbour & Dune Research"),
    ("Tamsin Capital — Lead analyst: Jo Park", "Tamsin Capital"),
])
def test_the_firm_in_an_analysts_byline_is_the_publisher(byline, firm):
    text = f"# Acme Marine A/S\n## Rating: BUY\n{byline}\n\nWe expect revenue to grow 5% in 2027.\n"
    found = find_publisher(text)
    assert found is not None and found.name == firm and "byline" in found.evidence


def test_a_byline_without_a_firm_names_no_publisher():
    assert find_publisher("# Acme Marine A/S\n\n**Contact** · Analyst: Jo Park\n\nRevenue grew 5%.\n") is None


# --- words broken at a line end ---------------------------------------------------------------------------------

_DOCUMENT = ("The security situation is tense. The domestic situation is calm.\n\n"
             "We expect the domestic situa\ntion to improve, and the situa tion is up on the agenda.\n"
             "It is up to us. We rely upon them. The lock will be set up on the quay.\n")


@pytest.mark.parametrize(("claim", "rejoined"), [
    ("the domestic situa tion will improve", "the domestic situation will improve"),  # neither half a word
    ("the lock will be set up on the quay", "the lock will be set up on the quay"),  # "up", "on": words of their own
    ("the domestic situation will improve", "the domestic situation will improve"),
    ("the integra tion will stall", "the integra tion will stall"),  # "integration": not a word of the document
])
def test_a_word_broken_in_two_is_rejoined_only_when_the_document_knows_it(claim, rejoined):
    assert rejoin_broken(claim, lowercase_words(_DOCUMENT)) == rejoined


def test_the_question_rejoins_the_word_and_the_quote_keeps_the_print():
    text = ("Security Outlook\n\nThe security situation in the region is tense.\n\n"
            "Trends in the domestic political situa\ntion are likely to lead to unrest in 2027.\n")
    (draft,) = extraction(text).drafts
    assert "political situation" in draft.text and "situa tion" not in draft.text
    assert "situa" in draft.quote and "situation lead" not in draft.quote


def test_a_broken_word_before_a_comma_is_rejoined():
    assert rejoin_broken("the situa tion, it seems, will improve", lowercase_words(_DOCUMENT)) == \
        "the situation, it seems, will improve"
