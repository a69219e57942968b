"""A question put about the time ahead frames the sentence that answers it: "Clients ask whether prices can still spike
this winter. Our answer: they probably won't" is due at the end of the winter (time_anchor._FRAME_AHEAD)."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 9, 8)


def dues(text: str):
    return [(d.due, any("default" in r for r in d.review)) for d in extract_document(text + "\n", published=PUBLISHED).drafts]


@pytest.mark.parametrize("text, expected", [
    ("Clients keep asking whether prices can still spike this winter. Our answer: they probably won't.", date(2027, 2, 28)),
    ("Traders wonder whether the euro might reach parity by March 2027. It probably will not.", date(2027, 3, 31)),
    ("Readers ask whether the cap may hold through the summer of 2027. In our view it probably will.", date(2027, 8, 31)),
])
def test_a_question_about_a_time_frames_its_answer(text, expected):
    assert dues(text)[0] == (expected, False)


@pytest.mark.parametrize("text", [
    "Exports can rise sharply, as they did in 2025. A recession is unlikely.",   # a past year frames nothing
    "Storage filled faster than in 2025. A shortage is unlikely.",
])
def test_a_past_time_frames_nothing(text):
    assert dues(text)[0][1] is True
