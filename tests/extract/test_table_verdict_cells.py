"""Table cells judging without a verb: "X probable to rise" (a headline's dropped copula, any case), "remote chance of
an event" (the chance of a noun phrase), dated by an "Outlook to mid-2027" column; a year naming a past level does not
date the cell."""

import pytest

from tracker.extract.lexicon import Lexicon
from tracker.extract.table_verdicts import _DROPPED_COPULA, _YEAR, _caption_time, verdict_rows


@pytest.fixture(scope="module")
def lexicon():
    from tracker.scales import load_scales
    return Lexicon(load_scales()["plain-reader"], None)


_TABLE = "| Area | Trend | Outlook to mid-2027 |\n|---|---|---|\n"


@pytest.mark.parametrize("cell, phrase", [
    ("departures from the east probable to rise", "probable"),
    ("remote chance of a return to 2015 flows", "remote chance"),
    ("remote chance of a new surge in arrivals", "remote chance"),
    ("even prospect of renewed growth in departures", None),
])
def test_judging_cell_drafted_and_dated_by_its_column(lexicon, cell, phrase):
    (found,) = verdict_rows(_TABLE + f"| Some route | stable | {cell} |\n", lexicon, set())
    assert found[2] == "by 30 June 2027"
    if phrase:
        assert found[1].phrase == phrase


@pytest.mark.parametrize("cell", ["stable", "decreasing sharply", "flows back to 2015 levels", "no change expected soon"])
def test_cell_without_judgement_not_drafted(lexicon, cell):
    assert verdict_rows(_TABLE + f"| Some route | stable | {cell} |\n", lexicon, set()) == []


@pytest.mark.parametrize("cell, subject", [
    ("departures from the east probable to rise", "departures from the east"),
    ("Inflation probable to ease", "Inflation"),
    ("arrivals improbable to recover", "arrivals"),
    ("cyber attacks on hospitals likely to increase", "cyber attacks on hospitals"),
    ("Grain exports expected to fall", "Grain exports"),
])
def test_dropped_copula_any_case(cell, subject):
    assert _DROPPED_COPULA.match(cell).group("subject") == subject


@pytest.mark.parametrize("cell", ["stable", "probable", "rising sharply", "to rise", "a probable rise"])
def test_not_a_dropped_copula(cell):
    assert _DROPPED_COPULA.match(cell) is None


@pytest.mark.parametrize("header, words", [
    ("Outlook to mid-2027", "by 30 June 2027"),
    ("Outlook to the middle of 2028", "by 30 June 2028"),
    ("Outlook to end-2027", "by the end of 2027"),
    ("Threats through 2028", "by the end of 2028"),
])
def test_column_header_span(header, words):
    assert _caption_time(header) == words


@pytest.mark.parametrize("text, dated", [
    ("a return to 2015 flows", False),
    ("a fall back to 2019 levels", False),
    ("arrivals above 2016 peaks", False),
    ("a rise in departures in 2027", True),
    ("a return before 2028", True),
])
def test_year_naming_a_past_level_does_not_date(text, dated):
    assert bool(_YEAR.search(text)) is dated
