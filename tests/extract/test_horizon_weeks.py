"""Horizons counted in weeks, months and quarters from publication, as news writes them (horizon_weeks.py).
Sentences written for these tests; publication on Friday 4 December 2026."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_weeks import week_horizon

PUBLISHED = date(2026, 12, 4)  # a Friday


@pytest.mark.parametrize("words, due", [
    ("later this month", date(2026, 12, 31)),
    ("by the end of the month", date(2026, 12, 31)),
    ("next month", date(2027, 1, 31)),
    ("this week", date(2026, 12, 6)),
    ("by the end of next week", date(2026, 12, 13)),
    ("by the end of the quarter", date(2026, 12, 31)),
    ("next quarter", date(2027, 3, 31)),
    ("by the turn of the year", date(2027, 1, 31)),   # said in December: a few weeks off
    ("early next year", date(2027, 4, 30)),
    ("late next year", date(2027, 12, 31)),
])
def test_a_span_counted_from_publication(words, due):
    [draft] = extract_document(f"The port authority will lift the weight limit {words}.\n", published=PUBLISHED,
                               scale="plain-reader").drafts
    assert (draft.due, draft.horizon.text) == (due, words)
    assert not draft.horizon.flagged


def test_the_turn_of_the_year_said_in_spring_is_that_years_end():
    assert week_horizon("by the turn of the year", date(2027, 3, 1)).due == date(2027, 12, 31)


@pytest.mark.parametrize("words, due", [("within weeks", date(2027, 2, 4)), ("within a few days", date(2027, 1, 4)),
                                        ("within months", date(2027, 6, 4))])
def test_a_vague_span_is_generous_and_flagged(words, due):
    horizon = week_horizon(f"talks will resume {words}", PUBLISHED)
    assert horizon.due == due and horizon.flagged == f"vague horizon: {words}"


@pytest.mark.parametrize("text", ["this month's figures will be revised", "next week's meeting will be tense",
                                  "the monthly figures will be revised", "a week-long strike will follow"])
def test_a_possessive_or_a_word_inside_another_is_no_horizon(text):
    assert week_horizon(text, PUBLISHED) is None
