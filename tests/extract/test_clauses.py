"""Splitting a sentence into clauses (clauses.py): a second verb after "but" with a time of its own is a
judgement of its own. Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.clauses import split_clauses

PUBLISHED = date(2026, 11, 2)


def test_but_and_a_verb_with_its_own_time_is_its_own_judgement():
    found = extract_document("The regulator will freeze the tariff next month but raise it again in April.\n",
                             published=PUBLISHED, scale="plain-reader").drafts
    assert [(d.text, d.due) for d in found] == [
        ("Will the regulator freeze the tariff by 31 December 2026?", date(2026, 12, 31)),
        ("Will the regulator raise it again by 30 April 2027?", date(2027, 4, 30)),
    ]


@pytest.mark.parametrize("sentence", [
    "The economy will grow but remain weak in 2027.",          # one time: one judgement of two verbs
    "Prices will rise in 2027 but slowly.",                    # an adverb, no verb
    "The party will win in May but not in the capital.",       # "but not": a limit of the same claim
])
def test_but_without_two_times_or_a_verb_stays_whole(sentence):
    assert len(split_clauses(sentence)) == 1
