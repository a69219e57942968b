"""A forecasting platform's question page: a question heading, then a line of labelled numbers and dates.

"Team forecast 27% Crowd 33% Closes 3 March 2027 Resolves 4 March 2027" answers the heading with the page's own
number (the team's; the crowd's beside it is another forecaster's); a forecast history lists numbers since
replaced, and a resolved question is closed: neither is drafted. Sentences written for these tests; the expected
probability is the stated percentage over 100, and "before 1 May 2028" is due the day before.
"""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.crowd_numbers import crowd_number
from tracker.extract.structure.platform_lines import history_line, platform_line, resolved

PUBLISHED = date(2026, 11, 2)
INTRO = "# Team Osprey\n\nThis page lists the questions our team has answered this season.\n\n"


def drafts(text: str):
    return extract_document(INTRO + text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("line", [
    "Team forecast 31% Crowd 44% Closes 29 April 2028 Resolves 1 May 2028",
    "Crowd 44% Team forecast 31% Closes 29 April 2028",
    "Team forecast: 31% · Crowd: 44% · Resolves 1 May 2028",
    "Our forecast 31% | Community 44% | Closes Apr 29, 2028",
    "Team prediction 31% Crowd 44%",
])
def test_the_teams_number_under_a_question_heading_answers_it(line):
    [draft] = drafts("## Will Lake Constance freeze over at Bregenz harbour before 1 May 2028?\n\n"
                     f"{line}\n\nThe last full freeze was in 1963.")
    assert draft.probability == 0.31 and draft.speaker is None  # the team's number, not the crowd's
    assert draft.text.startswith("Will Lake Constance freeze over at Bregenz harbour")
    assert draft.quote.startswith("Will Lake Constance freeze over")  # the quote shows the question it answers
    assert draft.due == date(2028, 4, 30)


def test_a_members_comment_after_the_line_does_not_join_it():
    found = drafts("## Will the Rhine at Kaub fall below 50 cm before 1 October 2027?\n\n"
                   "Team forecast 42% Crowd 38% Closes 30 September 2027 Resolves 1 October 2027\n\n"
                   "gbauer: Low water has come three summers out of five. I'm at 45%.")
    team = [d for d in found if "Team forecast" in d.quote]
    assert [d.probability for d in team] == [0.42]
    assert "gbauer" not in team[0].quote


def test_the_crowds_number_alone_is_the_crowds():
    [draft] = drafts("## Will the Vistula flood Warsaw's riverside boulevards in 2027?\n\n"
                     "Community prediction 17% Closes 30 December 2027")
    assert draft.probability == 0.17 and draft.speaker == "the community"


@pytest.mark.parametrize("history", [
    "Team forecast history: was 52% on 3 September; 47% on 1 October; 40% since 20 October.",
    "Forecast history: 61% on 9 August, 55% on 12 September.",
    "History: was 33% on 1 September; 29% since 14 October",
])
def test_a_forecast_history_is_never_drafted(history):
    found = drafts("## Will Romania adopt the euro before 2030?\n\n"
                   f"{history}\n\nThe convergence report is due in June.")
    assert found == []
    assert history_line(history)


@pytest.mark.parametrize("record", [
    "Will Ghana's cedi end June 2026 weaker than 16 per dollar? Resolved No on 1 July 2026. Team final forecast: 35%. Brier 0.12.",
    "Will Slovakia hold a snap election in 2026? Resolved Yes. Final forecast: 64%.",
    "Will the Danube freeze at Vienna in January 2026? RESOLVED NO. Our forecast was 6%.",
])
def test_a_resolved_question_is_never_drafted_as_open(record):
    assert drafts(f"## Recently resolved\n\n{record}") == []
    assert resolved(record)


@pytest.mark.parametrize("line", [
    "Turnout 62% Resolves 4 March 2027",   # a figure beside a date, no forecast's label
    "Growth 3% Inflation 2%",
    "Prices rose 4% in March and closed higher.",
])
def test_figures_that_are_no_forecast_are_not_a_platform_number(line):
    judgement = crowd_number(line)
    assert judgement is None


@pytest.mark.parametrize("text", [
    "The council resolved no such thing at its meeting in March.",
    "The dispute was resolved on 3 May, and the works will resume next year.",
    "Our history teachers expect 40% of pupils to pass.",
])
def test_near_misses_are_not_records_of_the_past(text):
    assert not resolved(text) and not history_line(text) and not platform_line(text)


def test_a_resolved_line_does_not_hide_the_open_questions_after_it():
    found = drafts("## Will Poland's central bank cut rates at its March 2026 meeting?\n\n"
                   "Will Poland's central bank cut rates at its March 2026 meeting? Resolved Yes. Team final forecast: 71%.\n\n"
                   "## Will Hungary's forint weaken past 420 per euro before 1 June 2027?\n\n"
                   "Team forecast 23% Crowd 30% Closes 31 May 2027 Resolves 1 June 2027")
    assert [(d.probability, d.due) for d in found] == [(0.23, date(2027, 5, 31))]
