"""Another forecaster's number beside the writer's (venue_numbers.py, market_prices.py): "The forecasting community
puts it at 52%", "the exchanges have it at 45%", "X has a June hike at 64%", "Y is at 6% on a broader question",
"The agency, for what it's worth, gives a wet winter about a 60% chance", "the contract with the same wording trades
at 31 cents". Sentences written for these tests; the holder kept as the speaker."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.market_prices import market_price
from tracker.extract.venue_numbers import venue_number


@pytest.mark.parametrize("text, statement, probability, speaker", [
    ("The Metaforecast community puts it at 38%.", "", 0.38, "the Metaforecast community"),
    ("Good Judgment Open has it at 22%.", "", 0.22, "Good Judgment Open"),
    ("We say 30%; the betting exchanges have it at 41%.", "", 0.41, "the betting exchanges"),
    ("Bookmakers now have it at 15 per cent.", "", 0.15, "Bookmakers"),
    ("Nothing has changed, and Manifold is at 9% on a slightly narrower question.", "", 0.09, "Manifold"),
    ("The Warsaw crowd sits at 70% on the same question.", "", 0.7, "the Warsaw crowd"),
    ("SONIA futures have a June hike at 64%.", "there will be a June hike", 0.64, "SONIA futures"),
    ("Kalshi has the senator still in office on 1 January 2028 at 81%.",
     "the senator will still be in office on 1 January 2028", 0.81, "Kalshi"),
    ("The Hurricane Center, for what it's worth, gives a La Niña winter about a 55% chance.",
     "there will be a La Niña winter", 0.55, "the Hurricane Center"),
    ("The agency gives a wet autumn a 60% chance.", "there will be a wet autumn", 0.6, "the agency"),
    ("The rival model gives the Greens a 12% chance of winning the mayoralty.", "the Greens will win the mayoralty", 0.12,
     "the rival model"),
])
def test_venue_number(text, statement, probability, speaker):
    found = venue_number(text)
    assert found is not None
    assert found.statement.rstrip(".") == statement
    assert found.stated == pytest.approx(probability)
    assert found.speaker == speaker


@pytest.mark.parametrize("text", [
    # a level, not a chance: no crowd, no event ahead
    "Germany has unemployment at 6%.",
    "The bank has its policy rate at 4%.",
    "Inflation is at 3% on the latest reading.",
    "The Superforecasters had been at 80% since July.",
    # a venue by name with an undated event: left alone (the writer's number often follows in the sentence)
    "Kalshi has a third cut by year-end at 41%, and I'd put it nearer 55%.",
    "The index is at 4% on the year.",
    # the writer's own number (other readers)
    "We have it at 45%.",
    "Our model puts it at 30%.",
    "The team has it at 40%.",
    # odds put at a bound: the odds readers'
    "Brokers put the odds of a cut at 60%.",
    # no number; a certainty
    "The exchanges have it as a toss-up.",
    "The exchanges have it at 100%.",
])
def test_not_a_venue_number(text):
    assert venue_number(text) is None


@pytest.mark.parametrize("text, probability, speaker", [
    ("The PredictIt contract with the same wording trades at 27 cents.", 0.27, "PredictIt"),
    ("The Kalshi market with identical terms closed at 44%.", 0.44, "Kalshi"),
])
def test_contract_with_the_same_wording(text, probability, speaker):
    found = market_price(text)
    assert found is not None and found.stated == pytest.approx(probability) and found.speaker == speaker


def test_anaphoric_number_scores_the_claim_before():
    drafts = extract_document("Will the ECB cut below 1.5% by June 2027? We say 40%. The Foresight community puts it at 52%.\n",
                              published=date(2026, 10, 1)).drafts
    numbers = sorted((d.probability, d.speaker) for d in drafts)
    assert numbers == [(0.4, None), (0.52, "the Foresight community")]
