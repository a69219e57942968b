"""A named body's outlook in the forms beyond "expects X to" that round 25's unseen documents used, each tested with
sentences written for these tests:
- reported_outlook.py: "X estimates/thinks/reckons/predicts Y will" with "that" left out; "X's (central) estimate is
  that Y will"; a connective opener ("Separately, X estimates that"); a multiple ("will double") is a measure; a second
  clause with its own subject (", and markets price in ...") is no part of the claim.
- reported_views.py: "X, in its June Bulletin, sees Y growing by N"; a wire headline's second predicate ("BOK holds
  rate ..., sees growth slowing to N"); "the Bank's projections have Y falling to N"; a quoted "we see Y at N" said by a
  person after the quotation; a reporter's comparison (", a little above the Department") cut off.
- attribution.py: "The Department projects growth of N" read by the grammar keeps the body as its speaker.
"""

import pytest

from tracker.extract.attribution import quoted_speaker
from tracker.extract.reported_outlook import reported_outlook
from tracker.extract.reported_views import reported_view


@pytest.mark.parametrize("text, statement, speaker", [
    ("The Cabinet Office estimates the stimulus will lift real GDP by about 0.6 percentage point over three years.",
     "the stimulus will lift real GDP by about 0.6 percentage point over three years", "the Cabinet Office"),
    ("The Budget Office predicts the reserve will fall below $4 billion in 2030.",
     "the reserve will fall below $4 billion in 2030", "the Budget Office"),
    ("Nordic Sugar Research thinks the sugar mix will fall below 48% by October.", "the sugar mix will fall below 48% by October",
     "Nordic Sugar Research"),
    ("Separately, the Energy Regulator estimates that network charges will add around £35 to bills by 2030.",
     "network charges will add around £35 to bills by 2030", "the Energy Regulator"),
    ("Elsewhere, Statistics Norway predicts that unemployment will reach 4.5% in 2027.",
     "unemployment will reach 4.5% in 2027", "Statistics Norway"),
    ("The grid operator's central estimate is that battery capacity will exceed 20 GW by the end of 2029.",
     "battery capacity will exceed 20 GW by the end of 2029", "the grid operator"),
    ("The Fund's latest projection is that public debt will fall below 60% of GDP in 2030.",
     "public debt will fall below 60% of GDP in 2030", "the Fund"),
    ("The Commission projects that rail freight through the corridor will double by 2030.",
     "rail freight through the corridor will double by 2030", "the Commission"),
    ("The Agency forecasts that offshore capacity will more than triple by 2035.", "offshore capacity will more than triple by 2035",
     "the Agency"),
])
def test_outlook_drafted(text, statement, speaker):
    judgement = reported_outlook(text)
    assert judgement is not None, text
    assert (judgement.statement, judgement.speaker, judgement.reads_as) == (statement, speaker, "likely")


def test_second_clause_with_its_own_subject_is_cut():
    judgement = reported_outlook("The Bank's March staff projections see inflation at 2.1% in 2027, and markets price in two more cuts this year.")
    assert judgement is not None and judgement.statement == "inflation will be 2.1% in 2027"


@pytest.mark.parametrize("text", [
    # a noun "forecasts"/"projects" without "that": the document's forecasts, no holder's verb
    "The Bank's forecasts show prices will rise 3% in 2027.",
    "The IMF estimates are that growth will be 3% in 2027.",
    # the authors' own estimate; a possessive pronoun's
    "Our central estimate is that prices will rise 3% next year.",
    "Its estimate is that growth will be 2%.",
    # a belief with nothing measured
    "The minister thinks the talks will fail.",
    "Moscow thinks the West will tire of the war by 2027.",
    # "could": a possibility, not a projection
    "The Agency estimates the network could double by 2030.",
])
def test_not_an_outlook(text):
    assert reported_outlook(text) is None


@pytest.mark.parametrize("text, statement, speaker", [
    ("The Bank of Finland, in its June Bulletin, sees household consumption growing by 1.6 per cent in 2027, a little above the ministry.",
     "household consumption will grow by 1.6 per cent in 2027", "the Bank of Finland"),
    ("Nordbank, in a note to clients, sees the krona strengthening to 10.9 per euro by the end of 2027.",
     "the krona will strengthen to 10.9 per euro by the end of 2027", "Nordbank"),
    ("(3rd LD) BOK holds rate at 2.5 pct, sees growth slowing to 1.6 pct next year", "growth will slow to 1.6 pct next year", "BOK"),
    ("Riksbank cuts rate to 1.75%, sees inflation falling to 2% in 2027", "inflation will fall to 2% in 2027", "Riksbank"),
    ("On the euro area: the ECB's own June projections have core inflation falling back to 2% in the first half of 2027, which matters.",
     "core inflation will fall back to 2% in the first half of 2027", "the ECB"),
    ("The Fund's April forecasts have public debt rising to 95% of GDP by 2029.", "public debt will rise to 95% of GDP by 2029", "the Fund"),
    # (the pipeline hands the quotation's second clause on its own)
    ('we see the policy rate at 2.25 percent by the end of 2027," said Anna Berg, chief economist at Nordbank.',
     "the policy rate will be at 2.25 percent by the end of 2027", "Anna Berg"),
    ('"We see Brent at $70 by the end of 2027," Ana Ruiz said.', "Brent will be at $70 by the end of 2027", "Ana Ruiz"),
])
def test_view_drafted(text, statement, speaker):
    judgement = reported_view(text)
    assert judgement is not None, text
    assert (judgement.statement, judgement.speaker) == (statement, speaker)


@pytest.mark.parametrize("text", [
    # no figure with a time
    "The Central Bank, in its June Bulletin, sees risks tilted to the downside.",
    "Fed keeps rates on hold, sees growth slowing",
    # the authors' own projections, "have" without a publication, an unattributed "we see"
    "Our projections have inflation falling to 2% in 2027.",
    "Nordbank's analysts have doubts about growth falling to 1% in 2027.",
    "We see Brent at $70 by the end of 2027.",
])
def test_not_a_view(text):
    assert reported_view(text) is None


@pytest.mark.parametrize("clause, speaker", [
    ("The Department projects MDD growth of 2.2 per cent in 2027", "the Department"),
    ("The Central Bank of Ireland forecasts growth of 2.0 per cent in 2027", "the Central Bank of Ireland"),
    ("Statistics Norway expects unemployment of 4.1% in 2027", "Statistics Norway"),
])
def test_body_projecting_is_the_speaker(clause, speaker):
    assert quoted_speaker(clause, 0) == speaker


@pytest.mark.parametrize("clause", [
    "Growth of 2.2 per cent is projected for 2027",
    "We project growth of 2.2 per cent in 2027",
    "It forecasts 9 to 12 named storms this season",
    "They expect growth of 2% in 2027",
])
def test_no_body_projecting(clause):
    assert quoted_speaker(clause, 0) is None
