"""A question heading answered by the number line under it ("## 3. Will X before D?" then "**Aggregate: 22%**").
Forecasting teams' annual posts ask each question as a heading and answer it in a short labelled line. Sentences
written for these tests; the expected probability is the stated percentage over 100 (never a range end), and
"before 1 May 2028" is due the day before."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.crowd_numbers import crowd_number, without_change_note

PUBLISHED = date(2027, 1, 20)
INTRO = "# Our questions for 2027\n\nEvery January we publish the questions we think matter this year.\n\n"


def drafts(text: str):
    return extract_document(INTRO + text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("line", [
    "**Aggregate: 31%** (range 12%–47%)",
    "Aggregate: 31% (range 12% to 47%)",
    "Team median: 31%",
    "**Group aggregate: 31%**",
    "Final: 31% (last update 26%)",
    "Final forecast: 31%, down from 40%",
    "Probability: 31% (unchanged)",
    "Our forecast: 31%",
])
def test_the_number_line_under_a_question_heading_answers_it(line):
    [draft] = drafts("## 4. Will the canal authority close the northern lock for repairs before 1 May 2028?\n\n"
                     f"{line}\n\nThe lock gates are older than any other on the route.")
    assert draft.probability == 0.31 and draft.speaker is None  # the team's own number, not a range end
    assert draft.text.startswith("Will the canal authority close the northern lock for repairs")
    assert draft.due == date(2028, 4, 30)
    assert "Will the canal authority" in draft.location  # the question heading is the section's heading


def test_each_heading_is_answered_by_its_own_line():
    found = drafts("## 1. Will Norway's sovereign fund sell its last coal holdings in 2027?\n\n**Aggregate: 64%** (range 40%–80%)\n\n"
                   "Some commentary on the fund.\n\n"
                   "## 2. Will the Danube close to barge traffic for more than ten days in 2027?\n\nTeam median: 18%\n\n"
                   "## 3. Will Iceland apply to join the European Union before 2029?\n\nFinal: 7% (unchanged)")
    assert [(d.probability, d.due) for d in found] == [(0.64, date(2027, 12, 31)), (0.18, date(2027, 12, 31)),
                                                        (0.07, date(2028, 12, 31))]
    assert ["sovereign fund" in found[0].text, "Danube" in found[1].text, "Iceland" in found[2].text] == [True] * 3


@pytest.mark.parametrize("line", [
    "Market probability: 40%",      # someone else's number: a label naming a holder outside the team
    "Polymarket: 27%",
    "Base rate: 15%",               # how often it happens, no forecast
    "Last year: 31%",
    "Turnout: 62%",                 # a figure, not a probability
])
def test_other_labelled_numbers_under_a_question_heading_are_not_its_answer(line):
    assert drafts("## 5. Will turnout in the Lisbon mayoral election exceed 55% in 2027?\n\n"
                  f"{line}\n\nCampaigning starts in the spring.") == []


@pytest.mark.parametrize("line, probability", [
    ("Aggregate: 22% (range 10%–38%)", 0.22), ("Team median: 9%", 0.09), ("Final: 48% (last update 41%)", 0.48),
    ("The aggregate: 70%, up from 55%", 0.70),
])
def test_an_answer_label_is_a_claimless_number_of_the_team(line, probability):
    judgement = crowd_number(line)
    assert (judgement.stated, judgement.statement, judgement.speaker) == (probability, "", None)


def test_a_number_line_is_prose_and_a_question_heading_a_heading():
    paragraphs = clean_paragraphs("## 2. Will the ferry strike in Marseille last beyond the end of March 2027?\n\n"
                                  "**Aggregate: 35%** (range 20%–50%)\n\nUnions have voted to continue.\n", True)
    # the answer line is quoted with the question it answers (round 21: a reviewer sees what the number is for)
    assert [p.text for p in paragraphs] == ["2. Will the ferry strike in Marseille last beyond the end of March 2027? "
                                            "Aggregate: 35% (range 20%–50%)", "Unions have voted to continue."]
    assert paragraphs[0].heading == "2. Will the ferry strike in Marseille last beyond the end of March 2027?"


@pytest.mark.parametrize("claim, kept", [
    ("the port reopens before 1 June 2027 (last week: 48%)", "the port reopens before 1 June 2027"),
    ("the strike ends in March (unchanged)", "the strike ends in March"),
    ("the strike ends in March (down from 30% in January)", "the strike ends in March"),
    ("the strike ends in March (previously 12%)", "the strike ends in March"),
    ("a strike on targets on the mainland (not ships at sea)", "a strike on targets on the mainland (not ships at sea)"),
    ("the levy rises (from 2028) to 4%", "the levy rises (from 2028) to 4%"),
])
def test_a_note_on_how_the_number_moved_is_no_part_of_the_claim(claim, kept):
    assert without_change_note(claim) == kept
