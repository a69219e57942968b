""""X is on course / on track / poised / headed for <an outcome>" (course_outcomes.py)."""

from datetime import date

import pytest

from tracker.extract import extract_document


def _drafts(text):
    return extract_document(text + "\n", published=date(2026, 12, 1)).drafts


@pytest.mark.parametrize("text, question", [
    ("The exchange is on course for its busiest year for listings since 2019.", "Will the exchange have its busiest year"),
    ("The Nikkei is poised for a fourth straight annual gain, having climbed 20 per cent since January.",
     "Will the Nikkei have a fourth straight annual gain"),
    ("Copper is on track for its biggest annual rise since 2009.", "Will Copper have its biggest annual rise"),
    ("The euro is headed for a second weekly loss.", "Will the euro have a second weekly loss"),
    ("Germany is heading for a second year of contraction in 2027.", "Will Germany have a second year of contraction"),
    ("The club remains on course for promotion this season.", "Will the club have promotion"),
])
def test_outcome_is_drafted(text, question):
    drafts = _drafts(text)
    assert drafts and drafts[0].text.startswith(question)
    assert 0.6 <= drafts[0].probability <= 0.92


@pytest.mark.parametrize("text", [
    "The team was on course for victory until the storm hit.",  # the past: a report
    "The plane is on course for Heathrow.",  # a destination
    "The ship was poised for departure.",
    "The vote is set for Tuesday.",  # the calendar
    "The delegation is bound for Brussels.",
])
def test_no_outcome_no_draft(text):
    assert not _drafts(text)
