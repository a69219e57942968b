"""One subject, two verbs with a time of their own each, and a count of a set named just before (clause_sequences.py,
clauses.py): "X will A before 2030 and B by 2050" is two judgements, each due at its own time; "Y will rise and remain
high in 2027" stays one; ", of which N will ..." is a claim about part of the set, with the set as its subject.
Texts written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.clauses import split_clauses

PUBLISHED = date(2026, 2, 9)


def _drafts(text: str):
    return extract_document(text, published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("The ministry's central projection shows that the workforce will peak before 2031 and shrink to about 2.1 million "
     "by 2045.", ("peak", date(2030, 12, 31)), ("shrink to about 2.1 million", date(2045, 12, 31))),
    ("Unemployment will rise in 2027 and fall back to 5% by 2029.", ("rise", date(2027, 12, 31)),
     ("fall back to 5%", date(2029, 12, 31))),
    ("Ferry traffic will recover in 2026 and reach 3 million passengers by 2028.", ("recover", date(2026, 12, 31)),
     ("reach 3 million passengers", date(2028, 12, 31))),
    ("The krona will weaken in 2027 and stay below its 2025 level through 2029.", ("weaken", date(2027, 12, 31)),
     ("stay below", date(2029, 12, 31))),
])
def test_two_verbs_with_their_own_times_are_two_drafts_each_with_its_own_date(sentence, first, second):
    drafts = _drafts(sentence + "\n")
    assert len(drafts) == 2, [d.text for d in drafts]
    by_words = {words: due for words, due in (first, second)}
    for draft in drafts:
        words = next(words for words in by_words if words in draft.text)
        assert draft.due == by_words[words], (draft.text, draft.due)
    assert not any(first[0] in d.text and second[0] in d.text for d in drafts)


@pytest.mark.parametrize("sentence", [
    "Output will rise and remain high in 2027.",                       # one time for both verbs: one claim
    "The bank will cut rates in March and taxes in June.",             # one verb, two objects
    "Prices will rise in 2026 and wages 3% in 2027.",                  # a gapped subject, not a second verb
    "Turnout will be high in May and lower in November.",
])
def test_near_misses_stay_one_clause(sentence):
    assert len(split_clauses(sentence)) == 1


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The agency forecasts 11 to 15 wildfires above 1,000 hectares, of which 3 to 5 will reach the coastal strip.",
     "3 to 5 of the"),
    ("The programme funds 40 new reactors, of which about 12 will be finished by 2035.", "about 12 of the new reactors"),
    ("We surveyed 300 firms, of whom most will raise prices in 2027.", "most of the firms"),
])
def test_a_count_of_the_set_just_named_gets_the_set_as_its_subject(sentence, subject):
    drafts = [d for d in _drafts(sentence + "\n") if d.phrase == "will"]
    assert drafts, sentence
    assert subject.lower() in drafts[0].text.lower(), drafts[0].text
    assert not drafts[0].text.lower().startswith(("will of which", "will of whom"))


def test_a_relative_without_a_count_is_not_split():
    assert len(split_clauses("The plan names ten sites, of which the largest is in Ghent.")) == 1


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Seismologists on Monday issued a raised alert for the valley, the third in ten years, pointing to magma pressure "
     "and a fault that is not expected to stay quiet.", "fault"),
    ("The agency last week published a lower harvest estimate, the second cut in four years, citing a monsoon that is "
     "likely to arrive late.", "monsoon"),
])
def test_a_judged_relative_after_a_past_report_is_read_alone(sentence, subject):
    drafts = _drafts(sentence + "\n")
    assert len(drafts) == 1, [d.text for d in drafts]
    assert subject in drafts[0].statement and "years" not in drafts[0].statement, drafts[0].statement
    assert drafts[0].due < date(2029, 1, 1), drafts[0].due  # the report's past span ("in ten years") does not date it


def test_a_judged_relative_without_a_past_report_is_not_cut():
    assert len(split_clauses("It is a risk that is likely to grow.")) == 1
