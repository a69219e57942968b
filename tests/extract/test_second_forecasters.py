"""A second forecaster's number on the question just stated, as a clause reads it: "Metaculus has the same
question at 33%", "The panel aggregate on the same question is 47%", "The market is at 50%". The number is
claimless, its holder named; the pipeline pairs it with the last drafted claim (``second_numbers``).
Sentences written for these tests; probabilities are the stated percentages."""

import pytest

from tracker.extract.crowd_numbers import SAME_QUESTION, crowd_number


@pytest.mark.parametrize("text, probability, holder", [
    ("Metaculus has the same question at 33%.", 0.33, "Metaculus"),
    ("Our internal market on the same question is 33%, so the two roughly agree.", 0.33, "the internal market"),
    ("The panel aggregate on the same question is at 47%.", 0.47, "the panel"),
    ("Polymarket puts the same question at 12% (up from 9%).", 0.12, "Polymarket"),
])
def test_a_number_on_the_same_question_is_claimless_and_names_its_holder(text, probability, holder):
    found = crowd_number(text)
    assert (found.stated, found.statement, found.speaker) == (probability, "", holder)
    assert SAME_QUESTION in found.notes


@pytest.mark.parametrize("text, holder", [("The market is at 55%.", "the market"), ("The panel is at 55%.", "the panel")])
def test_a_holders_bare_number_is_theirs(text, holder):
    found = crowd_number(text)
    assert (found.stated, found.speaker) == (0.55, holder)


@pytest.mark.parametrize("text", [
    "The same question was asked in 2019, and 40% said yes.",
    "We asked the same question at 12 firms.",
    "Metaculus has a similar question at 33%.",
    "Market probability: 40%",  # a market's number set beside a question: no forecast of the page
])
def test_near_misses_are_no_second_forecaster(text):
    found = crowd_number(text)
    assert found is None or SAME_QUESTION not in found.notes and found.speaker is None
