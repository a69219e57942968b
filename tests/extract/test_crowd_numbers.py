"""A crowd's, a panel's or the writer's number answering the question asked just before it (crowd_numbers.py).
Sentences written for these tests; the expected numbers are the stated percentages over 100."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.crowd_numbers import crowd_number

PUBLISHED = date(2026, 3, 2)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("line, probability, speaker", [
    ("Superforecasters: 64% yes (up from 51% on February 3).", 0.64, "the Superforecasters"),
    ("Superforecasters: 15% (unchanged).", 0.15, "the Superforecasters"),
    ("The crowd forecast is 37%, down from 44% in January.", 0.37, "the crowd"),
    ("The crowd puts this at 81%.", 0.81, "the crowd"),
    ("The crowd is at 23%.", 0.23, "the crowd"),
    ("The crowd stands at 52%.", 0.52, "the crowd"),
    ("The panel's median forecast is 19%, unchanged since December.", 0.19, "the panel"),
    ("Pro forecasters: 72%.", 0.72, "the forecasters"),
    ("My take: around 14%.", 0.14, None),
    ("Our forecast: 33% (down from 40%).", 0.33, None),
])
def test_a_holders_line_answers_the_question_before_it(line, probability, speaker):
    [draft] = drafts(f"Will the city reopen the old bridge to lorries before October 1, 2027?\n\n{line}")
    assert (draft.probability, draft.speaker) == (probability, speaker)
    assert draft.text.startswith("Will the city reopen the old bridge to lorries")
    assert draft.due == date(2027, 9, 30)  # "before October 1" ends the day before


@pytest.mark.parametrize("tail, probability", [("(crowd: 46%)", 0.46), ("(forecasters: 8%)", 0.08)])
def test_a_bracketed_crowd_number_after_a_listed_question(tail, probability):
    [draft] = drafts(f"Will the port authority ban diesel ferries before 2029? {tail}")
    assert (draft.probability, draft.speaker, draft.due) == (probability, tail[1:tail.index(":")].join(("the ", "")), date(2028, 12, 31))


def test_a_no_share_is_read_as_the_complement_of_yes():
    judgement = crowd_number("Superforecasters: 12% no (down from 20%).")
    assert judgement.stated == pytest.approx(0.88) and judgement.speaker == "the Superforecasters"


def test_each_line_answers_its_own_question():
    found = drafts("Will the harbour tunnel open in 2027?\n\nThe crowd forecast is 61%.\n\n"
                   "Will the mayor resign before 2028?\n\nThe crowd is at 9%.")
    assert [(d.probability, d.due) for d in found] == [(0.61, date(2027, 12, 31)), (0.09, date(2027, 12, 31))]
    assert "harbour tunnel" in found[0].statement and "mayor" in found[1].statement


@pytest.mark.parametrize("line", [
    "Kalshi: 58%.",                              # a market's number beside the crowd's: theirs, not the page's
    "Metaculus: 40%.",
    "The crowd had it at 77% in January.",       # a number given in the past
    "The crowd was at 30% at close.",
    "The crowd is 60% women.",                   # a share of people, not a forecast
    "Forecasters: 40% of respondents expect a cut.",
    "Turnout: 64%.",
    "The crowd forecast is 4 bridges.",
])
def test_near_misses_are_not_a_holders_number(line):
    assert crowd_number(line) is None
    assert drafts(f"Will the city reopen the old bridge to lorries before October 1, 2027?\n\n{line}") == []


def test_a_crowd_line_with_no_question_before_it_is_no_draft():
    assert drafts("The weather was mild this week.\n\nThe crowd stands at 52%.") == []
