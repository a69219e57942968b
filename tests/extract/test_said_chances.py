"""A chance in reported speech (said_chances.py) and a backshifted judgement about a period (reported_guidance.py):
"the bureau said there was a 65 per cent chance of at least one cyclone crossing the coast between November and
April", "the agency said on Wednesday that the October-December quarter was very likely to be warmer than normal".
Sentences written for these tests."""

import pytest

from tracker.extract.reported_guidance import reported_guidance
from tracker.extract.said_chances import said_chance


@pytest.mark.parametrize("text, statement, probability, speaker", [
    ("In its seasonal outlook, released today, the bureau said there was a 65 per cent chance of at least one severe cyclone "
     "crossing the coast between November and April.",
     "at least one severe cyclone will cross the coast between November and April", 0.65, "the bureau"),
    ("Forecasters said on Monday that there was a 70% chance of El Niño conditions developing by February.",
     "El Niño conditions will develop by February", 0.7, "Forecasters"),
    ("The health agency said there was a 15 percent chance that the outbreak would reach the capital before June.",
     "the outbreak will reach the capital before June", 0.15, "the health agency"),
    ("The Met Office said there was about a 40% chance of a white Christmas this year.",
     "there will be a white Christmas this year", 0.4, "the Met Office"),
])
def test_said_chance(text, statement, probability, speaker):
    found = said_chance(text)
    assert found is not None
    assert found.statement == statement and found.stated == pytest.approx(probability) and found.speaker == speaker


@pytest.mark.parametrize("text", [
    "The bureau said there was no chance of rain.",  # no number
    "The bureau said there is a 65% chance of rain tomorrow.",  # present tense: the stated forms read it
    "The bureau said there was a 100% chance of rain.",  # a certainty, not a probability
    "There was a 65% chance of rain, the bureau said.",  # the number before "said": the stated forms read it
])
def test_not_a_said_chance(text):
    assert said_chance(text) is None


@pytest.mark.parametrize("text, statement, phrase", [
    ("The weather agency said on Wednesday that the October-December quarter was very likely to be warmer than normal.",
     "the October-December quarter will be warmer than normal", "very likely"),
    ("The service said that the coming winter was likely to be drier than average.",
     "the coming winter will be drier than average", "likely"),
    ("Forecasters said the monsoon season was unlikely to start before mid-June.",
     "the monsoon season will start before mid-June", "unlikely"),
])
def test_backshifted_judgement_about_a_period(text, statement, phrase):
    found = reported_guidance(text)
    assert found is not None and found.statement == statement and found.phrase == phrase


@pytest.mark.parametrize("text", [
    "The minister said that the plan was likely to change.",  # no time, no period
    "The chair said that the board was likely to meet.",
])
def test_backshifted_judgement_without_a_time(text):
    assert reported_guidance(text) is None
