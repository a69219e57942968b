"""A named holder's chance in words: "X said there is little chance of Y", "X see(s) little chance of Y", "X sees Y as
more likely than not" (holder_chances.py)."""

import pytest

from tracker.extract.holder_chances import holder_chance
from tracker.extract.said_chances import said_chance


@pytest.mark.parametrize("text, phrase, speaker, claim", [
    ("The governor said there is little chance of a rate hike before 2029, given weak demand.", "little chance", "the governor", "rate hike before 2029"),
    ("The minister said that there was a slim chance of a deal before March.", "little chance", "the minister", "deal before March"),
    ("Okafor said there was a high chance of a runoff in October.", "likely", "Okafor", "runoff in October"),
    ("Most economists see little chance of a recession next year, citing strong hiring.", "little chance", "most economists", "recession next year"),
    ("Several analysts saw a low probability that the central bank cuts rates in 2027.", "unlikely", "several analysts", "cut rates in 2027"),
    ("Veteran diplomats see a very low risk of a border clash this winter.", "highly unlikely", "Veteran diplomats", "border clash this winter"),
    ("Local officials see a strong chance of flooding along the coast this spring.", "likely", "local officials", "flooding along the coast"),
    ("The committee sees a further cut as more likely than not in the first half of next year.", "more likely than not", "the committee", "further cut in the first half"),
    ("Traders view a strike as unlikely before the summer.", "unlikely", "Traders", "strike before the summer"),
    ("Officials said the board sees another hike as likely by June, but stressed the data.", "likely", "the board", "another hike by June"),
    ("Most pollsters regard a second round as highly likely in October.", "highly likely", "most pollsters", "second round as"[:12]),
])
def test_holder_chance_read(text, phrase, speaker, claim):
    judgement = holder_chance(text)
    assert judgement is not None
    assert judgement.phrase == phrase
    assert judgement.speaker == speaker
    assert claim.split()[0] in judgement.statement


@pytest.mark.parametrize("text", [
    "Analysts see a chance of a strike next year.",  # no degree: no judgement of the chance's size
    "The ministry sees cyber attacks as a risk to the grid.",  # "as a risk": no chance at all
    "The ministry sees growth as the main priority.",
    "They see little chance of a deal.",  # a pronoun holder: read elsewhere or left
    "We see little chance of a deal this year.",  # the authors' own: the main grammar's
    "There is little chance of a deal this year.",
    "The minister said the talks were difficult.",
    "Prices saw little change in November.",  # "saw little change": no chance noun
    "The board sees rates as appropriate for now.",
])
def test_holder_chance_left(text):
    assert holder_chance(text) is None


@pytest.mark.parametrize("text, speaker", [
    ("The governor said there is little chance of a rate hike before 2029.", "the governor"),
    ("Ms Park said there was scant chance of a settlement this year.", "Ms Park"),
])
def test_said_chance_in_words(text, speaker):
    judgement = said_chance(text)
    assert judgement is not None and judgement.speaker == speaker and judgement.stated is None


def test_said_chance_number_unchanged():
    judgement = said_chance("The bureau said there was a 65 per cent chance of a cyclone crossing the coast before April.")
    assert judgement is not None and judgement.stated == 0.65
