"""A poll's share of forecasters expecting an outcome, read as the respondents' probability of it."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.poll_shares import poll_share

PUBLISHED = date(2026, 5, 8)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("sentence, probability, statement, written", [
    # 37 / 40 = 0.925: the share of respondents who expect it
    ("All but three of 40 analysts polled last week expected the central bank to hold its key rate at 4.25% in June.",
     0.925, "the central bank will hold its key rate at 4.25% in June", "All but three of 40"),
    # 31 / 40 = 0.775; the relative clause after the outcome is a comment on it
    ("A clear majority, 31 of 40, forecast a half-point cut in September, which would take the rate to 3.75%.",
     0.775, "there will be a half-point cut in September", "31 of 40"),
    # 18 / 24 = 0.75
    ("18 of 24 strategists surveyed predicted a stronger yen by the end of the year.", 0.75,
     "there will be a stronger yen by the end of the year", "18 of 24"),
    # 5 / 20 = 0.25: a minority's view is still the share expecting it
    ("A small minority, 5 of 20, expected the government to call an early election.", 0.25,
     "the government will call an early election", "5 of 20"),
])
def test_a_polls_share_is_the_respondents_probability(sentence, probability, statement, written):
    found = poll_share(sentence)
    assert (found.stated, found.statement, found.written) == (probability, statement, written)
    [draft] = drafts(sentence)
    assert draft.probability == pytest.approx(probability)
    assert draft.speaker.startswith("the poll's respondents")
    assert any("share" in note for note in draft.review)


@pytest.mark.parametrize("sentence", [
    "12 of 27 member states expect to miss the deficit target.",  # not forecasters: a plan or a state
    "All 40 economists expected a hike.",  # unanimous: no share
    "40 of 40 analysts expected a hike.",
    "Three of the 12 board members voted for a cut.",  # a vote, not a forecast
    "Of the 62 economists polled, most expected rates to stay on hold.",  # no number expecting it
])
def test_no_share_of_forecasters_no_draft(sentence):
    assert poll_share(sentence) is None
