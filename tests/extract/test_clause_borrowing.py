"""A second clause that borrows what it leaves out: the first clause's time after a contrast, the writer as the subject
of a subject-less number, and a doubt stated as a stance ("we are sceptical that X holds")."""

import pytest

from tracker.extract.clause_borrowing import shared_time, writers_number
from tracker.extract.clauses import split_clauses
from tracker.extract.holder_verbs import restate_doubt


@pytest.mark.parametrize("previous, joiner, piece, shared", [
    ("Arrivals are not expected to return to their peak next year", ", although ", "transits could rise modestly.",
     "transits could rise modestly next year."),
    ("Unemployment is forecast to reach 5% by the end of 2027", ", but ", "hiring should remain firm",
     "hiring should remain firm by the end of 2027"),
    ("Exports will slow in 2027", ", while ", "imports may pick up slightly", "imports may pick up slightly in 2027"),
    ("The index will stay flat this winter", ", though ", "prices might still spike", "prices might still spike this winter"),
    ("Rates will be held over the coming months", ", yet ", "a cut could come",
     "a cut could come over the coming months"),
])
def test_contrast_shares_the_time(previous, joiner, piece, shared):
    assert shared_time(previous, joiner, piece) == shared


@pytest.mark.parametrize("previous, joiner, piece", [
    ("Exports will slow in 2027", ", and ", "imports could pick up"),  # no contrast
    ("Exports will slow in 2027", ", but ", "imports could pick up in 2028"),  # a time of its own
    ("Exports will slow", ", but ", "imports could pick up"),  # no time to share
    ("Exports will slow in 2027", ", but ", "imports will pick up"),  # a strong modal needs no time to be read
    ("Exports will slow in 2027", ", although ", "it could be argued that they are resilient"),  # no forecast
])
def test_no_time_shared(previous, joiner, piece):
    assert shared_time(previous, joiner, piece) == piece


@pytest.mark.parametrize("previous, piece, restated", [
    ("We are sceptical that the truce holds", " would put the odds of a new offensive at 35%.",
     "We would put the odds of a new offensive at 35%."),
    ("I doubt rates fall", "would give a hike a 20% chance", "I would give a hike a 20% chance"),
    ("We expect a deal", "would also put the chance of a delay at 30%", "We would also put the chance of a delay at 30%"),
    ("We see little upside", "would place it at 15%", "We would place it at 15%"),
])
def test_writers_number_takes_the_writer(previous, piece, restated):
    assert writers_number(previous, piece) == restated


@pytest.mark.parametrize("previous, piece", [
    ("The bank is cautious", "would put the odds of a cut at 35%"),  # not the writer
    ("We are sceptical that the truce holds", "would welcome a ceasefire"),  # no number of the writer's
    ("We expect a deal", "the odds of a delay are 30%"),  # a subject of its own
])
def test_writers_number_left_alone(previous, piece):
    assert writers_number(previous, piece) == piece


def test_sentence_with_a_doubt_and_a_number():
    texts = [c.text for c in split_clauses(
        "We are sceptical that the ceasefire holds past March, and would put the odds of renewed fighting at 40%.")]
    assert texts == ["it is doubtful that the ceasefire will hold past March",
                     "We would put the odds of renewed fighting at 40%."]


@pytest.mark.parametrize("piece, restated", [
    ("We are sceptical that the ceasefire holds past March", "it is doubtful that the ceasefire will hold past March"),
    ("I remain skeptical that the index falls below 3,000 by June",
     "it is doubtful that the index will fall below 3,000 by June"),
    ("we are deeply sceptical whether output rises above 2 million barrels",
     "it is doubtful that output will rise above 2 million barrels"),
    ("We doubt the number falls below 8 million", "it is doubtful that the number will fall below 8 million"),
])
def test_sceptical_is_a_doubt(piece, restated):
    assert restate_doubt(piece) == restated


@pytest.mark.parametrize("piece", [
    "We are sceptical of the forecasts",  # no claim
    "Investors are sceptical that the plan works",  # not the writer's or a named body's stance in this form
    "We are sceptical that the plan will work",  # a future already: read as it stands
])
def test_sceptical_left_alone(piece):
    assert restate_doubt(piece) == piece
