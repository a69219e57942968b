"""A market's price of an event as a probability: "traders price X at N%" (market_pricing.py)."""

import pytest

from tracker.extract.chance_put_at import chance_put_at
from tracker.extract.market_pricing import market_price


@pytest.mark.parametrize("text, p, speaker, word", [
    ("Traders price a rate cut in March at 70%.", 0.70, "Traders", "cut"),
    ("Futures markets are pricing a hike by June at about 40 per cent.", 0.40, "Futures markets", "hike"),
    ("Bettors on the exchange priced a second round at 85%, up from 60% a month ago.", 0.85, "Bettors on the exchange", "second round"),
    ("Money markets now price the Fed holding rates at its January meeting at 65 percent.", 0.65, "Money markets", "will hold"),
    ("Investors price another downgrade by the agency this year at 30%.", 0.30, "Investors", "downgrade"),
    ("Across the Channel, investors price a rate cut at the next meeting at 60%, and we agree.", 0.60, "investors", "cut"),
    ("Swaps traders were pricing a further cut before the summer at 55%.", 0.55, "Swaps traders", "cut"),
])
def test_market_price_read(text, p, speaker, word):
    judgement = market_price(text)
    assert judgement is not None and judgement.stated == pytest.approx(p) and judgement.speaker == speaker
    assert word in judgement.statement
    assert chance_put_at(text) is not None


@pytest.mark.parametrize("text", [
    "The bank priced the bonds at 98% of face value.",  # not a market; a price in money
    "Investors priced the bond at 98% of par.",
    "Investors price the new shares at 12 euros.",  # no per cent: a price
    "Markets have priced in a cut at the March meeting.",  # "priced in", no number
    "The ministry priced the contract at 40% below the tender.",
    "We price a cut in March at 70%.",  # the authors' own number, read elsewhere
])
def test_market_price_left(text):
    assert market_price(text) is None
