"""A forecast reported as revised (forecast_revisions.py, reached through reported_puts): "It cut its 2027 growth
forecast to 1.7 percent from 1.8 percent", "The ministry narrowed its GDP growth forecast for 2026 to 1.5 to 2.5 per
cent". The new figure is the forecast, the old one past. Sentences written for these tests."""

import pytest

from tracker.extract.forecast_revisions import forecast_revision
from tracker.extract.reported_puts import reported_puts


@pytest.mark.parametrize("text, statement, speaker", [
    ("It cut its 2028 growth forecast to 1.4 percent from 1.9 percent.", "growth will be 1.4 percent in 2028", None),
    ("The trade ministry has narrowed the 2027 GDP growth forecast to “2.0 to 3.0 per cent”, from “1.5 to 3.5 per cent” "
     "previously.", "GDP growth will be 2.0 to 3.0 per cent in 2027", "the trade ministry"),
    ("The central bank raised its inflation projection for next year to 2.4%, from 2.1% in June.",
     "inflation will be 2.4% next year", "the central bank"),
    ("The Bundesbank lowered its growth forecast for 2027 to 0.9 percent.", "growth will be 0.9 percent in 2027",
     "the Bundesbank"),
    ("Statistics Finland revised down its 2027 unemployment estimate to 7.8 per cent.",
     "unemployment will be 7.8 per cent in 2027", "Statistics Finland"),
    ("The IEA, in its monthly report, trimmed its 2027 oil demand growth forecast to 700,000 barrels a day.",
     "oil demand growth will be 700,000 barrels a day in 2027", "the IEA"),
    ("The company has upgraded its revenue guidance for 2027 to about $4.2 billion.",
     "revenue will be about $4.2 billion in 2027", "the company"),
    ("4. In view of the weaker external environment, the ministry has cut the 2027 export growth forecast to “0 to 2 "
     "per cent”, from “1 to 3 per cent” previously.", "export growth will be 0 to 2 per cent in 2027", "the ministry"),
    ("The Treasury raised its deficit forecast to 4.1% of GDP by the end of next year.",
     "deficit will be 4.1% of GDP by the end of next year", "the Treasury"),
])
def test_forecast_revision(text, statement, speaker):
    found = forecast_revision(text)
    assert found is not None
    assert found.statement == statement and found.speaker == speaker and found.phrase == "will"
    assert found.reads_as is not None  # a central projection, not a certainty
    assert reported_puts(text) is not None  # reached from reported_puts


@pytest.mark.parametrize("text", [
    "The company cut its workforce to 500.",  # no forecast
    "The central bank cut its policy rate to 3% from 3.25%.",  # a decision
    "Statistics Norway raised its estimate of the population to 5.6 million.",  # no time: a present quantity
    "The agency revised its forecast to reflect the strike.",  # no new figure
    "The bank raised its growth forecast, citing stronger exports.",  # no new figure
    "Growth forecasts were cut to 1% across the board.",  # no holder's revision
    "We cut our 2027 growth forecast to 1.5%.",  # the writer's own: own_expectation's
])
def test_not_a_forecast_revision(text):
    assert forecast_revision(text) is None
