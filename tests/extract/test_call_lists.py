"""Call lists with a conviction tag and a prose legend (call_lists.py); my own sentences, not a document's."""

import pytest

from tracker.extract.call_lists import call_dated, call_judgements, call_statement, conviction_legend

LEGEND = ("Each call has a conviction level: HIGH means we would put 75% or more on it, MEDIUM 60-75%, "
          "LOW only a little better than even (50-60%).\n\n")


@pytest.mark.parametrize("legend, expected", [
    (LEGEND, {"high": (0.75, 1.0), "medium": (0.6, 0.75), "low": (0.5, 0.6)}),
    ("Confidence: High = 80% or more; Medium = 60-80%; Low = 50-60%.", {"high": (0.8, 1.0), "medium": (0.6, 0.8),
                                                                       "low": (0.5, 0.6)}),
    ("We grade calls high (70% or above) and low (50-60%).", {"high": (0.7, 1.0), "low": (0.5, 0.6)}),
])
def test_legend_read(legend, expected):
    assert conviction_legend(legend) == expected


@pytest.mark.parametrize("prose", [
    "Inflation will range from a low of 2% to a high of 4% next year.",
    "High street sales fell 3% while low-cost airlines grew 5%.",
    "The medium-term outlook is for growth of 1.5%.",
    "No percentages here: HIGH, MEDIUM and LOW.",
])
def test_no_legend_in_ordinary_prose(prose):
    assert conviction_legend(prose) == {}


@pytest.mark.parametrize("lines, call, p", [
    ("1. Oil tops $100 a barrel in 2027                 Conviction: HIGH\n", "Oil tops $100 a barrel in 2027", 0.875),
    ("2. No rate hike from the RBA next year            Conviction: LOW\n", "No rate hike from the RBA next year", 0.55),
    ("3. Copper above $12,000 at year-end               Confidence: Medium\n", "Copper above $12,000 at year-end", 0.675),
    ("4. The yen strengthens past 130 against the dollar\n                                                    Conviction: LOW\n",
     "The yen strengthens past 130 against the dollar", 0.55),
    ("5. Germany's economy grows by more than 1%, led by\n   exports to Asia                                 Conviction: MEDIUM\n",
     "Germany's economy grows by more than 1%, led by exports to Asia", 0.675),
    ("### 6. Bitcoin sets a new record (Conviction: High)\n", "Bitcoin sets a new record", 0.875),
    ("- Housing starts recover — Confidence: LOW\n", "Housing starts recover", 0.55),
])
def test_tagged_call_drafted_at_its_band(lines, call, p):
    found = call_judgements(LEGEND + lines)
    assert len(found) == 1
    _, _, quote, judgement = found[0]
    assert call in quote and judgement.stated == p


@pytest.mark.parametrize("lines", [
    "1. Oil tops $100 a barrel in 2027                 Conviction: EXTREME\n",  # a level the legend does not define
    "1. Oil topped $100 a barrel in 2026 .............. RIGHT\n",  # a track record, no tag
    "Our conviction: HIGH\n",  # a tag with no call before it
    "What will happen to oil?                           Conviction: HIGH\n",  # a question
])
def test_not_a_call(lines):
    assert call_judgements(LEGEND + lines) == []


def test_no_legend_no_calls():
    assert call_judgements("1. Oil tops $100 a barrel in 2027                 Conviction: HIGH\n") == []


@pytest.mark.parametrize("call, statement", [
    ("Gold sets a new all-time high", "Gold will set a new all-time high"),
    ("No recession in the euro area in 2027", "there will be no recession in the euro area in 2027"),
    ("The BoE on hold at 3.5% all year", "The BoE will be on hold at 3.5% all year"),
    ("Copper above $12,000 at year-end", "Copper will be above $12,000 at year-end"),
    ("The FTSE 100 ends the year above 9,000", "The FTSE 100 will end the year above 9,000"),
    ("Brent averages below $65", "Brent will average below $65"),
])
def test_call_statement(call, statement):
    assert call_statement(call) == statement


@pytest.mark.parametrize("statement, before, dated", [
    ("the BoE will be on hold all year", "Our five calls for 2028 follow.", "the BoE will be on hold all year by the end of 2028"),
    ("rates will stay put throughout the year", "Predictions for 2027", "rates will stay put throughout the year by the end of 2027"),
    ("gold will set a new high", "Our five calls for 2028 follow.", "gold will set a new high"),
    ("the BoE will be on hold all year", "Some thoughts on markets.", "the BoE will be on hold all year"),
])
def test_call_dated(statement, before, dated):
    assert call_dated(statement, before) == dated
