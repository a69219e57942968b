"""Time words that do not date the claim: the base of a change, a time word as an adjective, a comparison with the
past; and a range of durations, due at its far end (horizon_scope.py, horizon_more.py). Sentences written for these
tests."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 6, 1)


def due(sentence: str) -> date:
    [draft] = extract_document(sentence + "\n", published=PUBLISHED, scale="plain-reader").drafts
    return draft.due


@pytest.mark.parametrize("sentence, expected", [
    # the base a change starts from dates the base, not the claim
    ("Unemployment is likely to fall to 4.8% next year from 5.1% in 2026.", date(2027, 12, 31)),
    ("Freight volumes will probably rise 3% in 2028, up from 1.2% in 2026.", date(2028, 12, 31)),
    ("Rents are likely to climb by 2029 compared with 2.5 percent in 2026.", date(2029, 12, 31)),
    # the change's own two years: the later one still decides
    ("Wheat output will probably rise from 40 million tonnes in 2026 to 44 million tonnes in 2028.", date(2028, 12, 31)),
])
def test_the_base_of_a_change_does_not_date_it(sentence, expected):
    assert due(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The alliance is likely to stay the main security guarantor through 2040 but one in long-term retreat.",
     date(2040, 12, 31)),
    ("The shipyard will probably remain open until 2031, though in long-term difficulty.", date(2031, 12, 31)),
])
def test_a_time_word_used_as_an_adjective_is_no_horizon(sentence, expected):
    assert due(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Defence spending is likely to be higher than it was in the last decade of the previous century.",
    "The risk of a blockade is likely to be greater than it was in the first years of this century.",
])
def test_a_comparison_with_the_past_is_no_horizon(sentence):
    assert due(sentence) != date(2100, 12, 31)


@pytest.mark.parametrize("sentence, expected", [
    ("It is likely that within five to eight years a fusion plant will supply the grid.", date(2034, 6, 1)),
    ("Self-driving lorries will probably be common on motorways in 10-15 years.", date(2041, 6, 1)),
    ("It is likely that within two to three decades the glacier will be gone.", date(2056, 6, 1)),
])
def test_a_range_of_durations_is_due_at_its_far_end(sentence, expected):
    assert due(sentence) == expected


def test_a_term_with_its_article_still_dates_the_claim():
    # "in the long term" is the scale's time word, not an adjective
    drafts = extract_document("Prices will probably fall in the near term.\n", published=PUBLISHED).drafts
    assert drafts[0].horizon.text and "near" in drafts[0].horizon.text


@pytest.mark.parametrize("text", [
    "Hackers targeted the tax office during the 2025 municipal elections, as officials had warned they would. "
    "Criminal groups will almost certainly keep attacking local councils.",
    "Protesters gathered before the 2024 summit, as the police had said they would. Unions will probably strike again.",
])
def test_a_past_event_is_never_a_horizon(text):
    drafts = extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts
    assert drafts and all("event horizon" not in " ".join(d.review) for d in drafts)


def test_a_future_event_named_by_its_year_still_dates_the_claim():
    [draft] = extract_document("Hackers will almost certainly target the vote during the 2028 municipal elections.\n",
                               published=PUBLISHED, scale="plain-reader").drafts
    assert "event horizon" in " ".join(draft.review)


@pytest.mark.parametrize("sentence", [
    "The ballots will probably be counted in the following days.",
    "Aid deliveries are likely to resume over the following weeks.",
])
def test_the_following_days_are_flagged_as_counted_from_an_event(sentence):
    [draft] = extract_document(sentence + "\n", published=PUBLISHED, scale="plain-reader").drafts
    assert any("follows something the text names" in note for note in draft.review)


def test_the_next_days_are_counted_from_publication_without_a_flag():
    [draft] = extract_document("The ballots will probably be counted in the next few days.\n", published=PUBLISHED,
                               scale="plain-reader").drafts
    assert not any("follows something" in note for note in draft.review)


def test_a_range_counted_from_an_event_is_no_horizon_from_publication():
    from datetime import date

    from tracker.extract.horizon_more import more_horizon

    assert more_horizon("will rebuild its army within two to three years of a ceasefire", date(2026, 1, 1)) is None
    assert more_horizon("will rebuild its army within two to three years", date(2026, 1, 1)).due == date(2029, 1, 1)
