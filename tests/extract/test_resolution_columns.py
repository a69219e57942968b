"""A question table's resolution column (structure/forecast_rows, table_rows._dated): the row is due on the date
the column gives, unless the question names its own limit. Tables written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document

_HEADER = "| # | Question | {col} | Our forecast | Crowd |\n|---|---|---|---|---|\n"


def _due(question: str, when: str, col: str = "Resolves") -> list:
    text = "## Open questions\n\n" + _HEADER.format(col=col) + f"| 1 | {question} | {when} | 35% | 40% |\n"
    drafts = extract_document(text, published=date(2026, 7, 1)).drafts
    return [(d.due, d.probability) for d in drafts]


@pytest.mark.parametrize("question, when, col, due", [
    ("Will Brent settle above $90 on any day between 1 July and 30 September 2026?", "30 Sep 2026", "Resolves",
     date(2026, 9, 30)),
    ("Will a Category 5 hurricane make landfall in Florida this season?", "30 Nov 2026", "Resolves", date(2026, 11, 30)),
    ("Will the ONS first estimate of Q3 GDP growth be negative?", "14 Nov 2026", "Resolution date", date(2026, 11, 14)),
    ("Will the strike at the port end without a pay deal?", "Oct 31, 2026", "Closes", date(2026, 10, 31)),
    ("Will the senate pass the farm bill in its current form?", "15 March 2027", "Deadline", date(2027, 3, 15)),
    ("Will August CPI inflation, as first published, exceed 3%?", "16 Sep 2026", "Resolves on", date(2026, 9, 16)),
])
def test_a_row_is_due_on_its_resolution_date(question, when, col, due):
    assert _due(question, when, col) == [(due, 0.35)]


@pytest.mark.parametrize("question, when, col, due", [
    # the question's own limit stands: the column repeats it
    ("Will the EU adopt the directive before 1 March 2027?", "1 Mar 2027", "Resolves", date(2027, 2, 28)),
    ("Will the ceasefire be in effect on 31 December 2026?", "31 Dec 2026", "Resolves", date(2026, 12, 31)),
    ("Will the bank cut rates by Q4 2026?", "31 Dec 2026", "Resolves", date(2026, 12, 31)),
    # a column that is not a resolution date adds nothing
    ("Will the bank cut rates by the end of 2026?", "1 Jul 2026", "Opened", date(2026, 12, 31)),
])
def test_a_question_with_its_own_limit_or_another_column_keeps_its_date(question, when, col, due):
    assert _due(question, when, col) == [(due, 0.35)]


def test_a_month_alone_or_no_room_for_by_leaves_the_row_as_it_was():
    assert _due("Will the first advance estimate of growth be 7% or higher?", "Jan 2027")[0][1] == 0.35
    text = ("|#|Question|Resolves|Our forecast|\n|---|---|---|---|\n"
            "|1|Will the strike end in a deal?|30 Sep 2026|35%|\n")
    drafts = extract_document(text, published=date(2026, 7, 1)).drafts
    assert [d.probability for d in drafts] == [0.35]


@pytest.mark.parametrize("header, scored", [
    ("Question | Resolution date | Our forecast", False),
    ("Question | Resolution criteria | Our forecast", False),
    ("Question | Our final | Resolution", True),
    ("Question | Closed | Our final | Outcome", True),
    ("Question | Resolved? | Forecast", True),
])
def test_a_resolution_date_column_is_no_score(header, scored):
    from tracker.extract.structure.forecast_rows import SCORED_COLUMN
    assert any(SCORED_COLUMN.search(name.strip()) for name in header.split("|")) is scored


@pytest.mark.parametrize("claim, when, due", [
    ("Brent settles above $90 on some day", "30 Sep 2026", date(2026, 9, 30)),
    ("A hurricane makes landfall in Florida between 1 August and 31 October 2026", "—", date(2026, 10, 31)),
    ("The council approves the plan before 1 March 2027", "15 Mar 2027", date(2027, 2, 28)),
])
def test_a_claim_row_is_due_on_its_resolution_date_or_window_end(claim, when, due):
    text = ("| Claim | Resolves | My forecast | Metaculus |\n|---|---|---|---|\n"
            f"| {claim} | {when} | 35% | 30% |\n")
    drafts = extract_document(text, published=date(2026, 7, 1)).drafts
    assert [(d.due, d.probability) for d in drafts] == [(due, 0.35)]
