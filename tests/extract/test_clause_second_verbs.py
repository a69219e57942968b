"""A second judgement in one sentence: a "when" clause with its own estimative word, and a second bare verb (after
"and" or ", but") under the same expectation, each with a time of its own (sentences written for these tests)."""

import pytest

from tracker.extract.clauses import split_clauses


def texts(sentence: str) -> list[str]:
    return [clause.text for clause in split_clauses(sentence)]


@pytest.mark.parametrize("sentence, second", [
    ("We expect the pressure to build before the vote in May 2027, when turnout will very likely peak",
     "turnout will very likely peak"),
    ("Output will keep rising until 2028, when the new plant is expected to open", "the new plant is expected to open"),
    ("Prices should hold until the harvest in June, when supply will almost certainly recover",
     "supply will almost certainly recover"),
    ("The fund expects losses to widen into 2027, when the reforms are likely to take effect",
     "the reforms are likely to take effect"),
    ("Traffic will grow through the summer, when the airport will probably reach capacity",
     "the airport will probably reach capacity"),
])
def test_when_clause_with_its_own_phrase_is_its_own(sentence, second):
    assert texts(sentence)[-1] == second


@pytest.mark.parametrize("sentence", [
    "We expect talks to resume in June, when the ministers meet again",
    "Output will rise in 2027, when the plant opens",
    "Rates will fall when inflation will allow it",
])
def test_plain_when_clause_stays_whole(sentence):
    assert len(texts(sentence)) == 1


@pytest.mark.parametrize("sentence, second", [
    ("Analysts expect prices to ease in October, but rise again in December", "Analysts expect prices to rise again in December"),
    ("Growth is projected to slow to 1.2% in 2027, but pick up to 1.6% in 2028", "is projected to pick up to 1.6% in 2028"),
    ("The sugar mix is expected to peak in August and fall below 50pc by November", "is expected to fall below 50pc by November"),
    ("We expect the bank to hold rates in March and cut by 25bp in June", "We expect the bank to cut by 25bp in June"),
    ("Traders expect the rand to weaken in the spring and recover in the autumn", "Traders expect the rand to recover in the autumn"),
    ("Exports are forecast to dip in 2027 and climb back above 5% in 2029", "are forecast to climb back above 5% in 2029"),
    ("The agency projects demand to plateau next year, but fall sharply after 2030",
     "The agency projects demand to fall sharply after 2030"),
])
def test_second_bare_verb_under_one_expectation(sentence, second):
    assert texts(sentence)[-1] == second


@pytest.mark.parametrize("sentence", [
    "We expect imports to rise in 2027 and exports in 2028",        # a second object, no second verb
    "We expect rates to be held in March and cut in June",          # a passive: "cut" is no active verb
    "We expect the ministers to meet in March and discuss the budget",  # no time of its own
    "We expect the bank to hold rates and cut in June",             # no time in the first part
])
def test_no_second_bare_verb(sentence):
    assert len(texts(sentence)) == 1


def test_but_with_new_subject_is_not_restated():
    assert texts("We expect rates to fall in 2027, but inflation remains a risk in 2028")[-1] \
        == "inflation remains a risk in 2028"
