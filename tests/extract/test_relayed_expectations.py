"""Other people's "expect" in the shapes news and audit reports relay it (reported_expectation.py): told to the
authors ("X told us it expects"), said by counted sources ("Four of the five dealers said they expected"), a survey's
finding ("a poll found that most expect"), the absolute "with few expecting", a broad part of a market ("Many traders
expect"), a count of events, "expects to see more X", an object at a level, a measure dated by its season, a time in
the opening, a projection in a named publication, trends of intensity, a holder's second predicate cut off.
Sentences written for these tests."""

import pytest

from tracker.extract.reported_expectation import reported_expectation


@pytest.mark.parametrize("text, statement, speaker", [
    # told the authors / said by sources, a pronoun taking up the teller (measured claims only)
    ("Northern Rail told us it expects to electrify 40 of its 55 routes by 2031.",
     "Northern Rail will electrify 40 of its 55 routes by 2031", "Northern Rail"),
    ("Analysts at a Nordic bank told us they expect the krona (EUR/SEK) to trade between 10.8 and 11.4 next year.",
     "the krona (EUR/SEK) will trade between 10.8 and 11.4 next year", "Analysts at a Nordic bank"),
    ("The port operator told me it expects volumes to rise 12% in 2027.", "volumes will rise 12% in 2027", "the port operator"),
    ("Three of the five dealers polled by the paper said they expected the bond sale to be covered more than 4 times.",
     "the bond sale will be covered more than 4 times", "Three of the five dealers polled by the paper"),
    ("Most of the fund managers surveyed said they expected the index to end the year above 9,000.",
     "the index will end the year above 9,000", "Most of the fund managers surveyed"),
    # a survey's finding
    ("A poll of 20 economists by the agency found that most expect inflation to slow to 2.4 per cent by June.",
     "inflation will slow to 2.4 per cent by June", "the consensus"),
    ("A survey of fund managers showed that most expect the central bank to cut rates twice in 2027.",
     "the central bank will cut rates twice in 2027", "the consensus"),
    # a broad part of a market
    ("Many currency traders expect the peso to weaken past 20 per dollar by March.",
     "the peso will weaken past 20 per dollar by March", "currency traders"),
    ("Several bank economists expect unemployment to peak at 5.1% in 2027.", "unemployment will peak at 5.1% in 2027", "bank economists"),
    # a count of events, timed
    ("Harbour & Co, one of the largest advisers on listings, expects 30 to 40 more listings in the last quarter of the year, raising about $5 billion.",
     "there will be 30 to 40 more listings in the last quarter of the year", "Harbour & Co"),
    ("Analysts expect three more rate cuts by the end of 2027.", "there will be three more rate cuts by the end of 2027", "Analysts"),
    ("The Tourism Board expects about 12 million visitors in 2027.", "there will be about 12 million visitors in 2027", "the Tourism Board"),
    # "expects to see" a quantity, timed
    ("The Police Directorate expects to see more cases of online fraud in the coming year.",
     "there will be more cases of online fraud in the coming year", "the Police Directorate"),
    ("Forecasters expect to see a further rise in heat-related deaths over the next five years.",
     "there will be a further rise in heat-related deaths over the next five years", "Forecasters"),
    # an object at a level
    ("The Met Office expects winter rainfall at 110% of the long-term average.",
     "rainfall in winter will be at 110% of the long-term average", "the Met Office"),
    ("Nordbank expects Brent at $70 a barrel by the end of 2027, below the futures curve.",
     "Brent will be at $70 a barrel by the end of 2027", "Nordbank"),
    ("The IMD expects July-August rainfall at 96pc of the LPA, at the lower end of its normal band.",
     "rainfall in July-August will be at 96pc of the LPA", "the IMD"),
    # a measure dated by the season or year it is for
    ("Exports rose 4% last year, and Ghana's cocoa board expects 2026/27 output of about 650,000t, which would be a rebound.",
     "2026/27 output will be about 650,000t", "Ghana's cocoa board"),
    ("The Ruritanian finance ministry expects 2027 growth of 1.8%.", "2027 growth will be 1.8%", "the Ruritanian finance ministry"),
    # a projection in the body's named publication, past tense
    ("In its April outlook report, the Riksbank projected CPIF inflation of 2.0 percent for 2027.",
     "CPIF inflation will be 2.0 percent for 2027", "the Riksbank"),
    ("In its latest bulletin, the Bank of Canada projected core consumer inflation of 1.9 percent for fiscal 2027.",
     "core consumer inflation will be 1.9 percent for fiscal 2027", "the Bank of Canada"),
    # a trend of intensity, the opening's time carried into the claim
    ("In the run-up to the regional elections scheduled for 2027, the Agency expects cyber attacks on councils to intensify.",
     "cyber attacks on councils will intensify in the run-up to the regional elections in 2027", "the Agency"),
    ("Ahead of the 2028 Olympics, the Security Service expects hostile reconnaissance to escalate, relying on drones.",
     "hostile reconnaissance will escalate ahead of the 2028 Olympics", "the Security Service"),
    ("The Navy expects Chinese coast guard patrols near the shoal to reach a record during the 2027 dry season.",
     "Chinese coast guard patrols near the shoal will reach a record during the 2027 dry season", "the Navy"),
    # the holder's second predicate is no part of the claim
    ("DESNZ expects heat pump installations to reach 600,000 a year by 2028 and considers this achievable.",
     "heat pump installations will reach 600,000 a year by 2028", "DESNZ"),
])
def test_relayed_expectation_drafted(text, statement, speaker):
    judgement = reported_expectation(text)
    assert judgement is not None, text
    assert judgement.statement == statement
    assert judgement.speaker == speaker
    assert judgement.reads_as == "likely"  # a central projection, scored as "likely"


@pytest.mark.parametrize("text, statement", [
    ("The yen weakened again, with few expecting Tokyo to intervene before the central bank's January meeting.",
     "Tokyo will intervene before the central bank's January meeting"),
    ("Bond yields rose, with very few analysts expecting the Bank to cut rates before June.",
     "the Bank will cut rates before June"),
])
def test_with_few_expecting_is_the_complement(text, statement):
    judgement = reported_expectation(text)
    assert judgement is not None and judgement.statement == statement and judgement.complement
    assert judgement.speaker == "the consensus"


def test_with_most_expecting_is_the_consensus():
    judgement = reported_expectation("Stocks rallied, with most economists expecting the central bank to raise rates to 1% by March.")
    assert judgement is not None and not judgement.complement
    assert judgement.statement == "the central bank will raise rates to 1% by March" and judgement.speaker == "the consensus"


@pytest.mark.parametrize("text", [
    # a relayed plan of the teller's own side, nothing measured
    "Allied officials told us they expect the new brigade in the east to reach full strength by 2027.",
    "The minister said they expect the bridge to open next spring.",
    # "some" is as often a foil the authors answer: unnamed others, dropped as before
    "Some analysts expect copper to fall below $8,000 in the first half of 2027.",
    "Some people expect prices to rise 5% next year.",
    # a count that is a time or a multiple; a count with no time
    "Goldman expects 12 months of weak growth in 2027.",
    "The Agency for Roads expects 40 new bridges.",
    # "expects to see" a person or a thing, no quantity
    "The Ruritanian Board expects to see the minister in May.",
    "The Ruritanian Board expects to see more cases of fraud.",
    # an estimate of a season's current level, not a forecast
    "USDA estimates 2026/27 world wheat production at 803.7 million tonnes.",
    # a level with no unit (a time of day, an address)
    "The Ruritanian Board expects the minister at 10 Downing Street.",
    # a past projection outside a named publication, or in one of a past year
    "In 2019, the Riksbank projected CPIF inflation of 2.0 percent for fiscal 2021.",
    "The Riksbank projected CPIF inflation of 2.0 percent for 2021.",
    # a comparative measure against a figure elsewhere
    "The Ruritanian Board expects a larger surplus of 2% in 2027.",
    # an actor's wish, a pronoun's act
    "Moscow expects the West to tire of the war.",
    "He left the party, with few expecting him to come back.",
])
def test_not_a_relayed_expectation(text):
    assert reported_expectation(text) is None
