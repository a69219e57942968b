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


def test_a_pointed_number_takes_its_claims_time():
    [draft] = drafts("The opposition is favoured to win the mayoral race in November. I have them at 70%.")
    assert (draft.probability, draft.due) == (0.7, date(2026, 11, 30))


def test_an_answered_question_answers_no_later_number():
    found = drafts("Will the strike end in June? We put it at 40%.\n\n# Other news\n\nThe weather was fine. I'm at 5%.")
    assert [d.probability for d in found] == [0.4]


def test_a_second_that_clause_with_its_number_is_its_own_claim():
    found = drafts("We put the chance that the levy is cut by 31 Dec at 60%, and that it is abolished, 15%.")
    assert [d.probability for d in found] == [0.6, 0.15]


def test_a_number_under_a_question_heading_answers_it_and_no_later_heading():
    text = ("# Update\n\n## 1. Will the port authority raise fees before July 1, 2027?\n\nWe put it at 35%, up from 20%.\n\n"
            "Why: costs rose.\n\n## 2. Costs\n\nWe are at 10%.\n")
    found = extract_document(text, published=PUBLISHED, scale="plain-reader").drafts
    assert [(d.probability, d.text, d.due) for d in found] == [
        (0.35, "Will the port authority raise fees by 30 June 2027?", date(2027, 6, 30))]


def test_a_crowds_number_on_the_writers_claim_is_the_crowds():
    [draft] = drafts("The harbour tunnel will open before July 2027. The crowd is at 40%.")
    assert (draft.probability, draft.speaker) == (0.4, "the crowd")
