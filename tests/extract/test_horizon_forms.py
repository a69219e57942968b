"""The horizon grammar beyond "in the X term" and dates: adjectival and comparative terms, futures, spans,
bounds, durations, a month without a year, a time stated earlier in the paragraph, never before publication.
"""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2023, 3, 9)  # lt-nta time words: near term 6-24 months, long term 72-120 months


def draft_of(text: str, published: date = PUBLISHED):
    found = extract_document(text + "\n", published=published, scale="lt-nta").drafts
    assert len(found) == 1, [d.statement for d in found]
    return found[0]


@pytest.mark.parametrize("sentence, words, due", [
    ("The parties will reach a near-term agreement.", "near term", date(2025, 3, 9)),
    ("The drought will become a long-term problem.", "long term", date(2033, 3, 9)),
    ("In the longer term, the region will decline in importance.", "long term", date(2033, 3, 9)),
    ("Over the longer run, the alliance will weaken.", "long term", date(2033, 3, 9)),
    ("The trend will continue in the near future.", "near future", date(2025, 3, 9)),
    ("The regime will stay in place for the foreseeable future.", "foreseeable future", date(2025, 3, 9)),
    ("Many prisoners will be released in the years to come.", "in the years to come", date(2026, 3, 9)),
    ("The pandemic will curb growth in the years ahead.", "in the years ahead", date(2026, 3, 9)),
    ("Prices will rise in the coming years.", "in the coming years", date(2026, 3, 9)),
    ("Prices will rise in the coming months.", "in the coming months", date(2023, 9, 9)),
    ("Prices will rise in the coming year.", "in the coming year", date(2024, 3, 9)),
    ("The war will not end any time soon.", "any time soon", date(2024, 3, 9)),
    ("Rebuilding the army will take up to four years.", "take up to four years", date(2027, 3, 9)),
    ("The reactor will be finished within two years.", "within two years", date(2025, 3, 9)),
    ("The talks will resume in February.", "in February", date(2024, 2, 29)),   # the next February
    ("The talks will resume in March.", "in March", date(2023, 3, 31)),         # this month is not over
    ("The talks will resume by early June.", "by early June", date(2023, 6, 30)),
    ("Output will peak around 2030.", "around 2030", date(2030, 12, 31)),
])
def test_horizon_forms(sentence, words, due):
    draft = draft_of(sentence)
    assert (draft.horizon.text, draft.due) == (words, due)
    assert "horizon defaulted" not in draft.review


@pytest.mark.parametrize("sentence, words, due", [
    ("The leader is very likely to stay in office beyond 2027.", "beyond 2027", date(2028, 12, 31)),
    ("The treaty will remain in force after 2030.", "after 2030", date(2031, 12, 31)),
])
def test_a_lower_bound_year_is_decided_after_it_and_flagged(sentence, words, due):
    draft = draft_of(sentence)
    assert (draft.horizon.text, draft.due) == (words, due)
    assert any("lower bound" in r for r in draft.review)


@pytest.mark.parametrize("text, due", [
    ("In 2023, the economy shrank sharply. These problems will deepen.", date(2023, 12, 31)),
    ("The harvest is forecast to fail in 2024. As a result, food prices will rise.", date(2024, 12, 31)),
    ("Sanctions will tighten in 2024. This will lead to a fall in oil revenue.", date(2024, 12, 31)),
])
def test_a_time_stated_earlier_in_the_paragraph_anchors_a_continuing_sentence(text, due):
    found = extract_document(text + "\n", published=PUBLISHED, scale="lt-nta").drafts
    assert found[-1].due == due
    assert "horizon carried from earlier in the paragraph" in found[-1].review


def test_a_new_subject_does_not_take_the_paragraphs_time():
    found = extract_document("In 2023, the economy shrank sharply. The government will fall.\n",
                             published=PUBLISHED, scale="lt-nta").drafts
    assert [d.review for d in found] == [("horizon defaulted",)]


@pytest.mark.parametrize("sentence", [
    "The fleet will be rebuilt by the end of 2022.",            # a year before publication: no horizon
    "The talks will resume in March 2022.",
    "The war that started before 2022 will go on after 2021.",
])
def test_no_due_date_before_publication(sentence):
    draft = draft_of(sentence)
    assert draft.due >= PUBLISHED
