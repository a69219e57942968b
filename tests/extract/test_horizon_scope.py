"""Which time words of a clause date it (horizon_scope.py): not a reason's, a past fact's or a cited source's.
Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_scope import dating_words

PUBLISHED = date(2026, 5, 11)


@pytest.mark.parametrize("clause, kept", [
    ("the council will raise fares in September, according to a survey of transport planners, who also expect "
     "a strike next year", "the council will raise fares in September"),
    ("the council will raise fares in September, according to the minutes", "the council will raise fares in September"),
    # the source opening the claim is no tail: the claim after it keeps its words
    ("according to the mayor, the council will raise fares in September",
     "according to the mayor, the council will raise fares in September"),
    ("At the same time, according to the mayor, fares will rise during the summer festival",
     "At the same time, according to the mayor, fares will rise during the summer festival"),
    ("Since the budget was cut in 2025, the council will raise fares", "the council will raise fares"),
])
def test_only_the_claims_own_time_words_are_read(clause, kept):
    assert dating_words(clause) == kept


def test_a_cited_sources_later_time_does_not_date_the_claim():
    [draft] = extract_document("The council will raise fares in September, according to a survey of planners, who "
                               "also see a strike next year.\n", published=PUBLISHED, scale="plain-reader").drafts
    assert draft.due == date(2026, 9, 30)
