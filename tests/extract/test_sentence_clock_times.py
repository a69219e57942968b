"""A clock time's "a.m."/"p.m." before a time zone or a lower-case word does not end a sentence."""

import pytest

from tracker.extract.sentences import split_text


@pytest.mark.parametrize("text", [
    "We expect the count to finish before 2 a.m. Eastern on the night of the vote.",
    "Trading will close at 11:59 p.m. ET on March 3, and settlement will follow.",
    "Trading halts at 4 p.m. GMT each Friday.",
    "The meeting ends at 10 A.M. EST on Tuesday.",
    "Polls close at 10 p.m. PST on Tuesday, and results should come within hours.",
    "Markets close at 4 p.m. ET.",
    "The board meets at 9 a.m. Pacific time and is likely to decide then.",
    "The auction opens at 8 a.m. CET on Monday.",
    "Results come at 6 p.m. local time.",
])
def test_time_zone_after_clock_time_keeps_one_sentence(text):
    assert split_text(text) == [text]


@pytest.mark.parametrize("text, count", [
    ("The vote ends at 9 p.m. The count starts at once.", 2),
    ("It opened at 6 a.m. Shares rose.", 2),
    ("It opened at 6 a.m. Eastern Europe will follow.", 2),
    ("Voting ends at 9 p.m. IT firms will gain.", 2),
    ("Voting ends at 9 p.m. It will be close.", 2),
])
def test_sentence_after_clock_time_still_splits(text, count):
    assert len(split_text(text)) == count
