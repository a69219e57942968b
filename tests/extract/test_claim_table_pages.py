"""Claim tables of web pages and prediction-market boards (table_rows.table_forecasts): a "Contract"/"Market"
column of claims with the writers' own column ("Desk", "Us", "Our desk"), read from Markdown, from a page's
<table> and from a page's table read into prose (rows a blank line apart); the date a contract names dates it."""

import pytest

from tracker.extract.table_rows import _dated, table_forecasts

_ROWS = [
    ("Gold closes above $3,000 an ounce on 30 June 2027", "41%", 0.41),
    ("Chile elects a left-wing president in the November 2027 runoff", "27%", 0.27),
    ("Norway's central bank raises rates at its 18 March 2027 meeting", "8%", 0.08),
    ("Average UK house prices fall in 2027", "33%", 0.33),
]
_OWN = ["Desk", "Us", "Our desk", "Our view", "House view"]
_CLAIM = ["Contract", "Market", "Question", "Event"]


def _markdown(claim, own, rows):
    lines = [f"| {claim} | Price | {own} | Week |", "|---|---|---|---|"]
    return "\n".join(lines + [f"| {text} | 40¢ | {p} | +2 |" for text, p, _ in rows]) + "\n"


def _html(claim, own, rows):
    body = "".join(f"<tr><td>{text}</td><td>40&cent;</td><td>{p}</td><td>+2</td></tr>" for text, p, _ in rows)
    return (f"<p>Intro.</p><table><thead><tr><th>{claim}</th><th>Price</th><th>{own}</th><th>Week</th></tr></thead>"
            f"<tbody>{body}</tbody></table><p>After.</p>")


def _prose(claim, own, rows):
    lines = [f"{claim} | Price | {own} | Week"] + [f"{text} | 40¢ | {p} | +2" for text, p, _ in rows]
    return "## Board\n\n" + "\n\n".join(lines) + "\n\nDesk figures are medians.\n"


@pytest.mark.parametrize("layout", [_markdown, _html, _prose])
@pytest.mark.parametrize("own", _OWN)
@pytest.mark.parametrize("claim", _CLAIM)
def test_claim_rows_read_in_every_layout(layout, own, claim):
    found = table_forecasts(layout(claim, own, _ROWS))
    assert [round(j.stated, 2) for _, j in found] == [p for _, _, p in _ROWS]
    assert "will" in found[0][1].statement


@pytest.mark.parametrize("layout", [_markdown, _html, _prose])
@pytest.mark.parametrize("own", ["Price", "Volume", "Change", "Crowd", "Share"])
def test_no_own_column_market_price_rows(layout, own):
    # no column of the writers' own: each row is the market's forecast at its price in cents, the market speaking
    # (table_prices.py), never at the other column's numbers
    found = table_forecasts(layout("Contract", own, _ROWS))
    assert [round(j.stated, 2) for _, j in found] == [0.4] * len(_ROWS)
    assert {j.speaker for _, j in found} == {"the market"}


@pytest.mark.parametrize("text", [
    "Prices | rose | sharply\n\nThe market fell back.\n",
    "Contract | Price | Desk\n\nTerms were agreed.\n\nA | B | C\n",
    "| Contract | Price | Desk |\n|---|---|---|\n\n| Gold closes above $3,000 on 30 June 2027 | 40¢ | 41% |\n",
])
def test_not_tables_of_claims(text):
    assert table_forecasts(text) == []


@pytest.mark.parametrize("row, due", [
    ("Norway's central bank raises rates at its 18 March 2027 meeting", "by 18 March 2027"),
    ("UK CPI inflation for October 2027 prints below 3.0%", "by October 2027"),
    ("Gold closes above $3,000 on 30 June 2027", "by 30 June 2027"),
])
def test_named_date_dates_the_contract(row, due):
    text = _markdown("Contract", "Desk", [(row, "40%", 0.4)])
    (written, judgement), = table_forecasts(text)
    assert _dated(judgement, text, written).endswith(due)


@pytest.mark.parametrize("row", [
    "Average UK house prices fall before 1 July 2027",
    "Average UK house prices fall in 2027",
])
def test_bounded_or_undated_contract_left_alone(row):
    text = _markdown("Contract", "Desk", [(row, "40%", 0.4)])
    (written, judgement), = table_forecasts(text)
    assert " by " not in _dated(judgement, text, written)
