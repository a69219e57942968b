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


@pytest.mark.parametrize("text, first, second", [
    ("Ofcom expects prices to rise by 2030.[^4] Two members predicted a fall.", "by 2030.[^4]", "Two members"),
    ("The council estimates costs of £2bn by 2029.[^12] Several firms warned that delays would follow.",
     "by 2029.[^12]", "Several firms"),
    ("Demand is set to rise.[^3] “We expect more,” she said.", "rise.[^3]", "“We expect"),
    ("Exports fell in 2025.[7] Imports are likely to follow.", "2025.[7]", "Imports"),
    ("Rates will stay high!”[^2] Others disagree.", "high!”[^2]", "Others"),
])
def test_a_markdown_footnote_reference_after_a_full_stop_ends_the_sentence(text, first, second):
    sentences = split_text(text)
    assert len(sentences) == 2
    assert sentences[0].endswith(first) and sentences[1].startswith(second)


def test_a_named_footnote_reference_is_left_where_the_splitter_put_it():
    # only numbered marks are moved back to the sentence they close; "[^a]" is no number, so it stays
    assert split_text("Growth should pick up next year.[^a] The bank disagrees.") == [
        "Growth should pick up next year.", "[^a] The bank disagrees."]


@pytest.mark.parametrize("text", [
    "See note [^4] for the method, which the board expects to revise.",   # a marker inside a sentence cuts nothing
    "The range is 3.[^5] to 4.5 per cent in the model.",                   # no capital follows
])
def test_a_footnote_reference_inside_a_sentence_cuts_nothing(text):
    assert len(split_text(text)) == 1
