"""Sentence splitting (sentences.py): pysbd, with the cuts it gets wrong mended. Sentences written for these tests."""

import pytest

from tracker.extract.sentences import split_text


@pytest.mark.parametrize("text, count", [
    ("The 40 analysts surveyed Oct. 30-Nov. 4 expected a cut in June. Two disagreed.", 2),
    ("Traders polled Sept. 28-Oct. 2 saw no change. The rest did.", 2),
    ("They met in Jan. The talks failed.", 2),   # a month at a sentence's end, the next one starts with a word
])
def test_a_month_abbreviation_before_a_day_ends_no_sentence(text, count):
    assert len(split_text(text)) == count
