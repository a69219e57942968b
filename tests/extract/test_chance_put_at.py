"""A holder's number put on an event after the event (chance_put_at.py): "The agency puts the probability of X at
40 percent", "Overall, the service puts the chance of X within five years at no higher than one in ten", "the bureau
said Tuesday it puts the likelihood that X at 25%", "The centre lowered its odds of X to 35% from 45%". Sentences
written for these tests."""

import pytest

from tracker.extract.chance_put_at import chance_put_at
from tracker.extract.holder_odds import odds_sayings


@pytest.mark.parametrize("text, statement, probability, speaker", [
    ("The weather bureau puts the probability of a strong El Nino by next winter at 40 percent.",
     "there will be a strong El Nino by next winter", 0.4, "the weather bureau"),
    ("Overall, the agency puts the chance of a major cyber attack on the grid within the next three years at no higher "
     "than one in ten.", "there will be a major cyber attack on the grid within the next three years", 0.1, "the agency"),
    ("Elsewhere, the Korea Meteorological Administration said Tuesday it puts the likelihood that water levels recover "
     "before the spring planting season at 25%, raising the risk of rationing.",
     "water levels will recover before the spring planting season", 0.25, "the Korea Meteorological Administration"),
    ("Halden Energy, the Bergen-based utility, puts the chance of a three-week outage at its largest plant this winter "
     "at about 1 in 8.", "there will be a three-week outage at its largest plant this winter", 0.125, "Halden Energy"),
    ("Most brokers put the odds of a second cut at the March meeting at 30 per cent.",
     "there will be a second cut at the March meeting", 0.3, "Most brokers"),
    ("The Climate Prediction Center's May update raised its odds of an above-normal hurricane season to 60%.",
     "there will be an above-normal hurricane season", 0.6, "the Climate Prediction Center's May update"),
    ("The forecasting office has lowered its probability of a white Christmas in the capital to 15% from 25%.",
     "there will be a white Christmas in the capital", 0.15, "the forecasting office"),
    ("Rating agencies now put the risk of a sovereign default before 2028 at roughly one in five.",
     "there will be a sovereign default before 2028", 0.2, "Rating agencies"),
    ("Dr Okafor puts the probability that the reservoir refills by June at 65 percent.",
     "the reservoir will refill by June", 0.65, "Dr Okafor"),
    ("In its spring review, the institute sets the chance of a recession next year at 35%.",
     "there will be a recession next year", 0.35, "the institute"),
])
def test_chance_put_at(text, statement, probability, speaker):
    found = chance_put_at(text)
    assert found is not None
    assert found.statement == statement and found.stated == pytest.approx(probability) and found.speaker == speaker
    assert odds_sayings(text) is not None  # reached from the odds sayings too, where no earlier reader takes it


@pytest.mark.parametrize("text", [
    "We put the chance of a recession next year at 30%.",  # the writer's own: the stated forms read it
    "The council put the odds of the bridge reopening this year to rest.",  # no number
    "The ministry puts the cost of the new bridge at $3 million.",  # a level, not a chance (reported_puts reads it)
    "The agency raised its odds of a hurricane landfall at the meeting.",  # a revision with no new number
    "The agency puts the chance of rain at 100%.",  # a certainty, not a probability
    "The panel put the probability of a cut to the vote.",  # no number
    "It puts the chance of a deal at 40%.",  # a pronoun holder: whose number is not said here
    "The chance of a cut at the June meeting is 40%.",  # no holder's verb: the stated forms read it
    "The central bank lowered its policy rate to 3% from 3.25%.",  # a decision, not a chance
    "The authors put the chance of a breach at 10%.",  # the writer's own, in the third person
    "The weather service currently puts the chance of a record warm year at 60%.",  # a standing number's status
    # a second number in a second clause: the readers of whole sentences place both
    "The centre raised its odds of an active season to 60%, and our contract on a landfall sits at 22 cents.",
])
def test_not_a_chance_put_at(text):
    assert chance_put_at(text) is None


def test_a_bound_is_read_as_the_number_and_said():
    found = chance_put_at("The service puts the chance of an attack within five years at no more than 5 percent.")
    assert found is not None and found.stated == pytest.approx(0.05)
    assert any("bound" in note for note in found.notes)
