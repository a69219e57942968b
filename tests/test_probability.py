"""Reading probabilities as people write them (tracker.probability); expected values worked by hand."""

import pytest

from tracker.probability import parse_probability


@pytest.mark.parametrize("written, expected", [
    ("0.7", 0.7), ("70%", 0.7), ("70 %", 0.7), (".5", 0.5),
    ("3:1", 0.75),        # 3 to 1 on: 3 / (3 + 1)
    ("1:3", 0.25),        # 1 / (1 + 3)
    (" 1.5 : 0.5 ", 0.75),  # 1.5 / 2
    ("1", 1.0), ("100%", 1.0), ("0", 0.0), ("0%", 0.0),  # a certainty written as one is kept
])
def test_written_probabilities(written, expected):
    assert parse_probability(written) == pytest.approx(expected, abs=1e-15)


@pytest.mark.parametrize("written", ["3:0", "0:3", "0:0", "3:0.0", "0.0:1", " 5 : 0 "])
def test_odds_with_a_zero_side_are_refused(written):
    # 3:0 used to be read as 100% and 0:3 as 0%: certainties nobody writes as odds.
    with pytest.raises(ValueError, match=r"odds '.+' have a zero side") as refused:
        parse_probability(written)
    assert written.strip() in str(refused.value)
    assert "\n" not in str(refused.value)
