"""Drafts for a second forecaster's number on the claim just stated: "The panel puts X at 40%. Metaculus has the same
question at 33%." The second number is its holder's own forecast of the same claim, a draft of its own; it
does not replace the first. Sentences written for these tests; probabilities are the stated percentages."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.crowd_numbers import SAME_QUESTION, crowd_number

PUBLISHED = date(2026, 9, 14)
HEAD = "Subject: Autumn readout\n\nHello everyone,\n\n"
FIRST = "The panel puts the chance that the Gdansk terminal handles its first LNG cargo by 30 April 2027 at 40%."


def drafts(text: str):
    return extract_document(HEAD + text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("second, holder", [
    ("Metaculus has the same question at 33%.", "Metaculus"),
    ("Our internal market on the same question is 33%, so the two roughly agree.", "the internal market"),
    ("The market aggregate on the same question is at 33%.", "the market"),
    ("Polymarket puts the same question at 33% (up from 25%).", "Polymarket"),
])
def test_a_number_on_the_same_question_is_its_holders_own_draft(second, holder):
    found = drafts(f"{FIRST} Shipping lines are sceptical.\n\n{second} Volume there is thin.")
    assert sorted((d.probability, d.speaker) for d in found) == [(0.33, holder), (0.4, "the panel")]
    assert all("Gdansk terminal" in d.text and d.due == date(2027, 4, 30) for d in found)


@pytest.mark.parametrize("second, holder", [
    ("The market is at 55%.", "the market"),
    ("The crowd is at 55%.", "the crowd"),
    ("The community forecast stands at 55%.", "the community"),
])
def test_another_holders_number_in_the_same_paragraph_keeps_the_first(second, holder):
    found = drafts(f"The panel puts the chance that nickel prices fall in Q2 2027 at 62%. {second} Both are above plan.")
    assert sorted((d.probability, d.speaker) for d in found) == [(0.55, holder), (0.62, "the panel")]
    assert all(d.due == date(2027, 6, 30) for d in found)


def test_a_number_after_a_verbal_judgement_still_scores_it():
    # no number before it: the crowd's number is the one the claim gets (as before), not a second draft
    [draft] = drafts("Copper will probably rise in the first half of 2027. The crowd is at 70%.")
    assert draft.probability == 0.7 and draft.speaker == "the crowd"


def test_a_same_question_number_two_paragraphs_later_is_not_paired():
    found = drafts(f"{FIRST}\n\nThe terminal's operator hired new staff.\n\nMetaculus has the same question at 33%.")
    assert [(d.probability, d.speaker) for d in found] == [(0.4, "the panel")]


@pytest.mark.parametrize("text", [
    "The same question was asked in 2019, and 40% said yes.",
    "We asked the same question at 12 firms.",
    "Metaculus has a similar question at 33%.",
])
def test_near_misses_are_no_second_forecaster(text):
    found = crowd_number(text)
    assert found is None or SAME_QUESTION not in found.notes
