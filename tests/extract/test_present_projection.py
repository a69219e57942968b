"""Projections in the present tense: a verb of movement or level, a figure and a time ahead (present_projection.py)."""

from datetime import date

import pytest

from tracker.extract.present_projection import PUBLISHED, projected


@pytest.mark.parametrize("text, expected", [
    ("Unemployment rises slightly to 4.1% next year", "Unemployment is projected to rise slightly to 4.1% next year"),
    ("Public debt rises to 52.5% of GDP by the end of 2028.", "Public debt is projected to rise to 52.5% of GDP by the end of 2028."),
    ("Household consumption slows to 0.8% in 2027.", "Household consumption is projected to slow to 0.8% in 2027."),
    ("Inflation eases to 2.1 percent in 2027, the Bank estimates", "Inflation is projected to ease to 2.1 percent in 2027"),
    ("Investment picks up to 3 per cent in 2028", "Investment is projected to pick up to 3 per cent in 2028"),
    ("In our projections, the policy rate averages 3.25 percent over the 2027–2030 period.",
     "The policy rate is projected to average 3.25 percent over the 2027–2030 period."),
    ("Exports grow by 2.4% next year", "Exports are projected to grow by 2.4% next year"),
    ("The deficit narrows to 1.9% of GDP in 2029", "The deficit is projected to narrow to 1.9% of GDP in 2029"),
    ("Real wage growth reaches 1.5 pct in the coming years", "Real wage growth is projected to reach 1.5 pct in the coming years"),
])
def test_read_as_projected(text, expected):
    assert projected(text) == expected


@pytest.mark.parametrize("text", [
    "In the downside scenario, growth falls to 0.2% in 2027.",
    "If tariffs rise further, growth slows to 0.5% in 2027.",
    "Unemployment rose to 4.0% in 2027.",  # a past tense
    "The labour market remains tight next year.",  # no figure
    "Unemployment rises to 4.0% over time.",  # no time ahead
    "We expect that inflation falls to 2% in 2027.",  # a clause, not a noun phrase
    "Growth would fall to 0.3% in 2027 in that variant.",
    "The table shows that debt rises to 50% in 2028.",
])
def test_not_read(text):
    assert projected(text) is None


def test_past_year_is_a_record():
    token = PUBLISHED.set(date(2026, 8, 13))
    try:
        assert projected("Unemployment rises to 4.0% in 2025.") is None
        assert projected("Unemployment rises to 4.0% in 2027.") is not None
        assert projected("The yield averages 4% over the 2024–2026 period.") is None
    finally:
        PUBLISHED.reset(token)


@pytest.mark.parametrize("text", [
    "3. Copper averages above $9,000 in 2027 .................... WRONG",
    "Brent averages below $70 in 2027 ........ RIGHT",
    "Unemployment tops 5% in 2027 — HIT",
])
def test_scorecard_rows_not_read(text):
    assert projected(text) is None
