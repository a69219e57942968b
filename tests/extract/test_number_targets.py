"""Which claim a number with no claim of its own scores (number_targets.py), and an elided second number
(", and Y at N%"). Sentences written for these tests."""

from datetime import date

from tracker.extract import extract_document

PUBLISHED = date(2026, 6, 1)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


def test_a_number_scores_the_probability_the_sentence_before_names():
    [draft] = drafts("Asked about a default, the analysts said the probability of a sovereign default in the next "
                     "12 months was small. The median probability was 8%.")
    assert (draft.probability, draft.statement) == (0.08, "there will be a sovereign default in the next 12 months")
    assert draft.due == date(2027, 6, 1)
    assert draft.quote.endswith("was small. The median probability was 8%.")
    assert "the probability the sentence before names" in " ".join(draft.review)


def test_a_number_with_nothing_named_before_it_is_no_draft():
    assert drafts("The committee met on Tuesday. The median probability was 8%.") == []


def test_an_elided_second_number_after_and_is_its_own_claim():
    found = drafts("We put a rate cut in July at 30%, and a rate rise by December at 15%.")
    assert [(d.probability, d.due) for d in found] == [(0.3, date(2026, 7, 31)), (0.15, date(2026, 12, 31))]
