"""A list's bare, dated call scored by a number after it (called_numbers)."""

from datetime import date

import pytest

from tracker.extract import extract_document


def _drafts(text: str):
    return extract_document(text + "\n", published=date(2026, 12, 1)).drafts


@pytest.mark.parametrize("text, probability, words", [
    ("Labour finishes behind the Greens in the May 2027 council elections - I'm at 60.", 0.6, "Labour finish"),
    ("The Senate confirms a new chair in March 2027. 70%.", 0.7, "confirm a new chair"),
    ("Apple releases a foldable phone in 2027. I'm at 35.", 0.35, "Apple release"),
    ("Oil trades above $120 on any day in 2027. Call it 1-in-5.", 0.2, "above $120"),
    ("A ceasefire holds for at least 60 days before 30 June 2027. 25%.", 0.25, "ceasefire"),
    ("The ruling coalition survives the whole year without losing a vote. 65%.", 0.65, "coalition survive"),
    ("Turnout is above 70% in the October 2027 election. We say 40%.", 0.4, "above 70%"),
    ("The bank cuts rates in June 2027 \u2014 I'm at 55.", 0.55, "cut rates"),
])
def test_bare_call_scored_after(text, probability, words):
    drafts = [d for d in _drafts(text) if words.lower() in d.text.lower()]
    assert drafts and drafts[0].probability == pytest.approx(probability)


@pytest.mark.parametrize("text", [
    "Prices rose 3% in 2025 - I'm at 60.",                  # a past fact
    "The economy grew 2% in 2025. 80%.",
    "The committee meets in March 2027. It is chaired by a judge.",  # no number
    "Markets price a cut in March 2027. 30%.",               # others' number
    "The bank cuts rates. 40%.",                             # no date
    "Unemployment was 4.1% in October 2026. 60%.",
])
def test_not_a_bare_call(text):
    assert not any(d.probability in (0.6, 0.8, 0.3, 0.4) and "will" in d.text.lower() and "rate" not in d.text.lower()
                   for d in _drafts(text)) or not _drafts(text)
