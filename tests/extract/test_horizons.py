"""Horizons: scale time words, explicit dates and years, events, defaults."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2023, 3, 9)


def horizon_of(text: str, scale: str = "lt-nta"):
    found = extract_document(text, published=PUBLISHED, scale=scale).drafts
    assert len(found) == 1, [d.statement for d in found]
    return found[0]


def test_scale_time_words_count_from_publication_to_the_far_end():
    draft = horizon_of("It is unlikely that the two countries would form an alliance in the medium term.")
    assert (draft.horizon.text, draft.due, draft.review) == ("medium term", date(2028, 3, 9), ())
    assert draft.text == ("Will the two countries form an alliance by 9 March 2028?")


def test_combined_time_words_take_the_later_term():
    draft = horizon_of("In the near and medium term, cooperation will intensify.")
    assert (draft.horizon.text, draft.due) == ("near and medium term", date(2028, 3, 9))


def test_each_clause_keeps_its_own_time_words():
    found = extract_document("In the near term, trade will grow; however, in the long term these relations will "
                             "become unbalanced.", published=PUBLISHED, scale="lt-nta").drafts
    assert [(d.horizon.text, d.due) for d in found] == [("near term", date(2025, 3, 9)),
                                                        ("long term", date(2033, 3, 9))]


def test_a_year_is_due_at_its_end():
    draft = horizon_of("Negotiations are likely to start in 2024.")
    assert (draft.horizon.text, draft.due) == ("in 2024", date(2024, 12, 31))


def test_by_the_end_of_a_year():
    draft = horizon_of("The army will be rebuilt by the end of 2025.")
    assert draft.due == date(2025, 12, 31)


def test_a_past_year_is_not_a_horizon():
    draft = horizon_of("Spending, which doubled in 2022, will grow further.")
    assert draft.horizon.text is None and draft.review == ("horizon defaulted",)


def test_no_horizon_defaults_to_the_near_term_and_is_flagged():
    draft = horizon_of("It is highly likely that China will continue to support Russia.")
    assert (draft.due, draft.review) == (date(2025, 3, 9), ("horizon defaulted",))


def test_an_event_keeps_its_text_takes_the_documents_date_and_is_flagged():
    text = ("It is unlikely that the talks will resume before the summit. The summit will be held in Vilnius "
            "on 11 July 2023.")
    draft = horizon_of(text)
    assert (draft.horizon.text, draft.due) == ("the summit", date(2023, 7, 11))
    assert draft.review == ("event horizon: the summit",)


def test_an_event_without_a_date_defaults_and_is_flagged():
    draft = horizon_of("Repression will continue in the run-up to the elections.")
    assert draft.horizon.text == "the elections"
    assert draft.due == date(2025, 3, 9)
    assert draft.review == ("event horizon: the elections",)


def test_a_following_sentence_opening_with_in_addition_keeps_the_horizon():
    found = extract_document("It is likely that in 2024 repression will continue. In addition, the regime will "
                             "seek to keep the economy stable.", published=PUBLISHED, scale="lt-nta").drafts
    assert [d.due for d in found] == [date(2024, 12, 31), date(2024, 12, 31)]
    assert "horizon carried from earlier in the paragraph" in found[1].review


@pytest.mark.parametrize("sentence, question, due", [
    # "before July 2027" is decided by the end of June; "before the end of July" by the end of July
    ("A ceasefire will be agreed before July 2027.", "Will a ceasefire be agreed by 30 June 2027?", date(2027, 6, 30)),
    ("A ceasefire will be agreed before the end of July 2027.", "Will a ceasefire be agreed by 31 July 2027?",
     date(2027, 7, 31)),
    # the time after "into" goes to the due date, and "into" with it
    ("The cartel will extend its output cuts into the second quarter of 2027.",
     "Will the cartel extend its output cuts by 30 June 2027?", date(2027, 6, 30)),
])
def test_a_month_or_quarter_after_before_or_into(sentence, question, due):
    [draft] = extract_document(sentence, published=PUBLISHED, scale="plain-reader").drafts
    assert (draft.text, draft.due) == (question, due)


@pytest.mark.parametrize("sentence, due", [
    ("The council will keep the levy unchanged at its Nov. 20 meeting.", date(2023, 11, 20)),
    ("The treaty will pass at the June 5 vote.", date(2023, 6, 5)),
    ("The treaty will pass at the 5 June vote.", date(2023, 6, 5)),
])
def test_an_event_named_by_its_day_dates_the_claim(sentence, due):
    [draft] = extract_document(sentence, published=PUBLISHED, scale="plain-reader").drafts
    assert draft.due == due
