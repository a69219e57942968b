"""A market board's rows (a contract, its price in cents or under a price header) are the market's forecasts."""

import pytest

from tracker.extract.table_prices import market_column
from tracker.extract.table_rows import claim_statement, table_forecasts


def _table(header: str, *rows: str) -> str:
    cells = header.count("|") + 1
    return "\n".join([f"| {header} |", "|" + "---|" * cells, *(f"| {row} |" for row in rows)])


@pytest.mark.parametrize("header, row, probability, venue", [
    ("Contract | Exchangeco last | Rival exchange | Week change", "Labour wins the most seats in the 2027 election | 64¢ | 61% | +2",
     0.64, "Exchangeco"),
    ("Market | Price | Change", "The Fed cuts rates at its March 2027 meeting | 38¢ | -3", 0.38, "the market"),
    ("Contract | Last trade | Volume", "Brent closes above $100 before June 2027 | 12 cents | 40,000", 0.12, "the market"),
    ("Contract | Yes | Move", "Parliament passes the budget by 31 March 2027 | $0.85 | +1", 0.85, "the market"),
    ("Contract | Midpoint exchange price | Chg", "The ceasefire holds through 30 June 2027 | 22c | 0", 0.22, "the market"),
    ("Contract | Last (%) | Change", "A recession begins before the end of 2027 | 35% | +5", 0.35, "the market"),
])
def test_market_board_row_is_the_market_price(header, row, probability, venue):
    (found,) = table_forecasts(_table(header, row))
    judgement = found[1]
    assert judgement.stated == pytest.approx(probability)
    assert judgement.speaker == venue
    assert "will" in judgement.statement


@pytest.mark.parametrize("header, row", [
    ("Contract | Rival exchange | Week change", "Labour wins the most seats in the 2027 election | 61% | +2"),  # only a rival's
    ("Contract | Volume | Change", "Labour wins the most seats in the 2027 election | 400 | +2"),
    ("Contract | Price | Change", "Labour wins | 64¢ | +2"),  # no claim to speak of
    ("Contract | Price | Change", "Labour wins the most seats in the 2027 election | 100¢ | +2"),  # settled
    ("Item | Price | Change", "Copper cathode delivered to Rotterdam | 64¢ | +2"),  # a price list, not a board
])
def test_not_a_market_board_row(header, row):
    assert table_forecasts(_table(header, row)) == []


def test_house_column_wins_over_the_market_price():
    (found,) = table_forecasts(_table("Contract | Market | Desk", "Labour wins the most seats in the 2027 election | 64¢ | 58%"))
    assert found[1].stated == pytest.approx(0.58)
    assert found[1].speaker is None


@pytest.mark.parametrize("header, cells, expected", [
    (["Contract", "Last", "Change"], ["x", "71¢", "+4"], (1, 0.71, "the market")),
    (["Contract", "Change", "Last"], ["x", "+4", "71¢"], (2, 0.71, "the market")),
    (["Contract", "Exchange X price"], ["x", "55%"], (1, 0.55, "Exchange X")),
    (["Contract", "Rival"], ["x", "55%"], None),
    (["Contract", "Week change"], ["x", "5¢"], None),
])
def test_market_column(header, cells, expected):
    assert market_column(header, cells, 0) == expected


@pytest.mark.parametrize("text, expected", [
    ("Democrats win control of the House in the 2026 elections", "Democrats will win control of the House in the 2026 elections"),
    ("Republicans keep a Senate majority after the 2026 elections", "Republicans will keep a Senate majority after the 2026 elections"),
    ("Tories hold the seat at the by-election", "Tories will hold the seat at the by-election"),
    ("The Greens join the next coalition", "The Greens will join the next coalition"),
    ("Labour wins the most seats in 2027", "Labour will win the most seats in 2027"),
])
def test_named_actor_claim_put_in_the_future(text, expected):
    assert claim_statement(text) == expected
