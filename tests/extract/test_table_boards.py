"""Fixed-width boards of questions and forecasters' numbers (table_boards.py); my own boards, not a document's."""

from datetime import date

import pytest

from tracker.extract.table_boards import board_rows


def _drafts(text):
    from tracker.extract import extract_document

    return [d for d in extract_document(text, published=date(2026, 9, 1)).drafts if "board row" in str(d.rationale)]


@pytest.mark.parametrize("header, row, own, due", [
    ("Question (resolves)          MarketA  MarketB   Us", "Labour wins the by-election (Dec 2026)   58%   55%   52%", 0.52,
     "2026-12-31"),
    ("Question                     Crowd    Ours", "Oil settles above $100 before 1 Mar 2027     12%      9%", 0.09, "2027-02-28"),
    ("Event                       Exchange   Our p", "Central bank cuts rates (Jan 2027)     40%     35%", 0.35, "2027-01-31"),
    ("Questions (closing)      Pool   Books    Me", "The home side wins the cup final (May 2027)   61%   60%   70%", 0.7,
     "2027-05-31"),
])
def test_own_column_of_a_board(header, row, own, due):
    numbers = "   ".join(["30%"] * (len(header.split("  ")) - header.split("  ").count("") - 1))
    text = f"Our numbers this week.\n\n  {header}\n  {row}\n  Turnout tops 70 percent (Nov 2026)   {numbers}\n\nSources: desk.\n"
    drafts = _drafts(text)
    assert len(drafts) == 2
    mine = next(d for d in drafts if d.quote.strip().startswith(row.split("  ")[0]))
    assert mine.probability == pytest.approx(own) and str(mine.due) == due


@pytest.mark.parametrize("text", [
    # a board of markets only: no column of the writers' own
    "  Question              Kalshi   Polymarket\n  Party wins the House (Nov 2026)   66%   64%\n",
    # a scorecard: numbers that are not percentages
    "  Question              Result   Us\n  Party wins the seat (Nov 2025)   Yes   Yes\n",
    # a Markdown table is read elsewhere
    "| Question | Market | Us |\n|---|---|---|\n| Party wins the House (Nov 2026) | 66% | 61% |\n",
    # prose with wide spaces
    "We think   it is   about 40%   likely.\n",
])
def test_not_boards(text):
    assert board_rows(text) == []


def test_board_ends_at_its_first_other_line():
    text = ("  Question (resolves)      A      Us\n  Rain on race day (Jun 2027)   40%   45%\n\n"
            "  Snow falls in the capital (Jan 2027)   10%   12%\n")
    assert [row for row, _, _ in board_rows(text)] == ["Rain on race day (Jun 2027)   40%   45%"]


@pytest.mark.parametrize("claim, statement", [
    ("Democrats win the House", "Democrats will win the House"),
    ("Republicans hold the Senate", "Republicans will hold the Senate"),
    ("Fed cuts at the December meeting", "Fed will cut at the December meeting"),
    ("Funding lapse begins before 31 Jan 2027", "Funding lapse will begin before 31 Jan 2027"),
    ("Recession in the euro area", "there will be recession in the euro area"),
])
def test_claim_cells_as_future_statements(claim, statement):
    from tracker.extract.table_boards import claim_future

    assert claim_future(claim).lower() == statement.lower()
