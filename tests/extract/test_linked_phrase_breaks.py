"""A line break inside a hyphenated phrase after its linking word ("two-in-|three") keeps the phrase's hyphen
(wrapped_lines._LINKED_PHRASE); a syllable split elsewhere is still undone."""

import pytest

from tracker.extract.cleanup import clean_paragraphs


@pytest.mark.parametrize("before, after, joined", [
    ("There is roughly a two-in-", "three chance that the plan is adopted.", "two-in-three"),
    ("We see a one-in-", "five chance of a recession next year.", "one-in-five"),
    ("The new plant is state-of-", "the-art and opens in 2028.", "state-of-the-art"),
    ("Talks will be held face-to-", "face in Geneva in March.", "face-to-face"),
    ("A once-in-a-", "generation flood is unlikely before 2030.", "once-in-a-generation"),
    ("Prices stay up-to-", "date with the index each month.", "up-to-date"),
    ("Odds of about three-in-", "ten were given for a cut by June.", "three-in-ten"),
])
def test_hyphen_kept_inside_a_linked_phrase(before, after, joined):
    [paragraph] = clean_paragraphs(f"{before}\n{after}\n")
    assert joined in paragraph.text


@pytest.mark.parametrize("before, after, joined", [
    ("The economic secu-", "rity of the region will improve.", "security"),
    ("The govern-", "ment is likely to fall by 2027.", "government"),
    ("Our self-inter-", "est is at stake in these talks.", "self-interest"),
    ("Its deve-", "lopment is unlikely before 2029.", "development"),
])
def test_syllable_splits_still_undone(before, after, joined):
    [paragraph] = clean_paragraphs(f"{before}\n{after}\n")
    assert joined in paragraph.text
