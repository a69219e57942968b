"""Two numeric targets for two periods in one clause (period_targets.py, merging.py): one draft per (number, period),
each due at the end of its own period. Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.period_targets import split_period_targets

PUBLISHED = date(2026, 2, 10)


def _drafts(sentence: str):
    return extract_document(sentence + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("sentence, targets", [
    # "and N in P": the second number shares the first's verb and preposition
    ("Retail sales are projected to rise by 1.5 per cent in 2026 and 2.2 per cent in 2028.",
     [("1.5 per cent", date(2026, 12, 31)), ("2.2 per cent", date(2028, 12, 31))]),
    # ", and by N in P": its own preposition
    ("The agency expects farm output to shrink by 4% in the third quarter, and by 1% in 2027.",
     [("4%", date(2026, 9, 30)), ("1%", date(2027, 12, 31))]),
    # "before V-ing to N in P": a verb of its own
    ("We project the jobless rate to climb to 6.8 per cent in 2026 before easing to 5.9 per cent in 2028.",
     [("climb to 6.8 per cent", date(2026, 12, 31)), ("ease to 5.9 per cent", date(2028, 12, 31))]),
    ("Core inflation will fall to 2.4% in Q2 2026 before rising to 3.1% in Q4 2027.",
     [("fall to 2.4%", date(2026, 6, 30)), ("rise to 3.1%", date(2027, 12, 31))]),
    ("Borrowing is expected to reach $40 billion in 2026-27 and $52 billion in 2029-30.",
     [("$40 billion", None), ("$52 billion", None)]),
    # "this year and next year"; a list of three
    ("The harvest is expected to grow by 4% this year and 2% next year.",
     [("4%", date(2026, 12, 31)), ("2%", date(2027, 12, 31))]),
    ("Inflation is projected to average 2.9% in 2026, 2.4% in 2027 and 2.1% in 2028.",
     [("2.9%", date(2026, 12, 31)), ("2.4%", date(2027, 12, 31)), ("2.1%", date(2028, 12, 31))]),
    # a share of GDP, a gloss in brackets
    ("The deficit is expected to narrow to 3.2% of GDP in 2026 and 2.8% of GDP in 2028.",
     [("3.2% of GDP", date(2026, 12, 31)), ("2.8% of GDP", date(2028, 12, 31))]),
    ("Debt will reach $90 billion (41 per cent of GDP) in 2027 and $95 billion (40 per cent of GDP) in 2029.",
     [("$90 billion", date(2027, 12, 31)), ("$95 billion", date(2029, 12, 31))]),
])
def test_each_target_is_a_draft_due_at_the_end_of_its_own_period(sentence, targets):
    found = _drafts(sentence)
    assert len(found) == len(targets)
    for draft, (number, due) in zip(found, targets):
        assert number in draft.text
        if due is not None:
            assert draft.due == due
    assert found[0].due < found[1].due


@pytest.mark.parametrize("verb, bare", [
    ("recovering", "recover"), ("rising", "rise"), ("easing", "ease"), ("declining", "decline"),
    ("moderating", "moderate"), ("dipping", "dip"), ("falling", "fall"), ("edging", "edge"),
    ("increasing", "increase"), ("slowing", "slow"), ("improving", "improve"), ("picking", "pick"),
])
def test_the_second_verb_is_restated_in_its_bare_form(verb, bare):
    parts = split_period_targets(f"Output will fall to 1% in 2026 before {verb} to 2% in 2027.")
    assert parts[1] == f"Output will {bare} to 2% in 2027."


@pytest.mark.parametrize("sentence", [
    "Exports will fall by 2% in 2026 and rise in 2027.",                  # one number: a second verb, no target
    "Prices will rise by 3% in 2026 and wages by 2% in 2026.",            # another subject: not a second period
    "The bank will cut rates to 3% in June and hold them there.",         # no second number
    "Turnout will reach 60 per cent in the capital and the suburbs.",     # a place, not a period
    "Prices will rise by 3% in 2026, supported by wages, and by 2% in 2027.",  # a clause between: not a list
    # "from A in P1 to B by P2": one target, its starting point in the past
    "Inflation is projected to fall from 3.4 per cent in September to 2.6 per cent by the end of 2027.",
])
def test_one_target_or_no_second_period_stays_whole(sentence):
    assert split_period_targets(sentence) == [sentence]


def test_two_periods_targets_are_not_merged_as_one_judgement():
    # the same words but for their numbers: two forecasts, not one stated twice
    found = _drafts("Home prices will rise by 2 per cent in 2026. Home prices will rise by 5 per cent in 2027.")
    assert [d.due for d in found] == [date(2026, 12, 31), date(2027, 12, 31)]


def test_one_target_stated_twice_is_still_merged():
    found = _drafts("Home prices will rise by 2 per cent in 2026. In short, home prices will rise by 2 per cent in 2026.")
    assert len(found) == 1
