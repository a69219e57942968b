"""A question table's answer cell in any of the forms forecasters write: a percentage, a decimal, a ratio, "even", a
scale term; a number inside the question or a movement beside the answer is not the answer."""

import pytest

from tracker.extract.table_rows import table_forecasts

HEADER = "| # | Question | Our forecast | Change |\n|---|---|---|---|\n"


@pytest.mark.parametrize("row, probability", [
    ("| Q-1 | Will the Senate pass the farm bill before 1 March 2027? | 0.35 | unchanged |", 0.35),
    ("| Q-2 | Will Brent trade above $120 on any day in 2027? | .2 | new |", 0.2),
    ("| Q-3 | Will the ECB cut by 50bp or more at a single meeting in 2027? | 1 in 4 | up from 15% |", 0.25),
    ("| Q-4 | Will the tariff of 25% or more be imposed before 30 June 2027? | roughly even | new question |", 0.5),
    ("| Q-5 | Will the strike last beyond 31 January 2027? | 3-in-10 | down from 40% |", 0.3),
    ("| Q-6 | Will unemployment exceed 5% in any month of 2027? | 22% | down from 28% |", 0.22),
    ("| Q-7 | Will the merger close before the end of 2027? | about 0.6 | up |", 0.6),
])
def test_question_row_answer_is_its_number(row, probability):
    (found,) = table_forecasts(HEADER + row)
    assert found[1].stated == pytest.approx(probability)
    assert found[1].statement.endswith(row.split("Will ")[1].split("?")[0][-12:])


@pytest.mark.parametrize("row, phrase", [
    ("| Q-8 | Will the court rule against the levy before 1 May 2027? | likely | new |", "likely"),
    ("| Q-9 | Will the party lose its majority at the 2027 election? | unlikely | unchanged |", "unlikely"),
])
def test_question_row_scale_term_answer(row, phrase):
    (found,) = table_forecasts(HEADER + row)
    assert found[1].stated is None and found[1].phrase == phrase


@pytest.mark.parametrize("row", [
    "| Q-10 | Will the tariff of 25% or more be imposed before 30 June 2027? | pending | new question |",  # no answer
    "| Q-11 | Will output reach 2027 levels? | 2027 | 2026 |",  # years, not decimals
    "| Q-12 | Will the Senate pass the farm bill before 1 March 2027? | 35% | 40% |",  # two numbers, neither the house's
    "| Q-13 | Will the strike end in 2027? | 1.5 | up |",  # not a probability
])
def test_question_row_without_one_answer_is_not_drafted(row):
    assert table_forecasts("| # | Question | A | B |\n|---|---|---|---|\n" + row) == []
