"""The write path's plain-Python time-averaged Brier of one pair (tracker.store.time_averaged.pair_score)
equals the numpy form `verify` recomputes with (tracker.scoring.time_averaged.pair_scores), and both the
definition day by day (an oracle written here), on random pairs with closes at and off midnight."""

import math
from datetime import datetime, timedelta, timezone

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.scoring.time_averaged import HistoryChunk, pair_scores
from tracker.store.time_averaged import DAY, pair_score

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
OPENED = (datetime(2026, 3, 1, 7, 30, tzinfo=timezone.utc) - EPOCH) // timedelta(microseconds=1)
HOUR = DAY // 24


def day_by_day(made: list[int], probabilities: list[float], opened: int, close: int, outcome: float) -> float | None:
    """Each UTC day overlapping [opened, close) scored with the last forecast made before the day's end (or
    the close, on the last day); days before the first forecast left out."""
    errors = []
    day = opened // DAY * DAY
    while day < close:
        cutoff = min(day + DAY, close)
        standing = [p for t, p in zip(made, probabilities) if t < cutoff]
        if standing:
            errors.append((standing[-1] - outcome) ** 2)
        day += DAY
    return sum(errors) / len(errors) if errors else None


pairs = st.tuples(
    st.lists(st.integers(0, 24 * 12), min_size=1, max_size=6, unique=True).map(sorted),  # hours after opening
    st.lists(st.sampled_from([0.05, 0.3, 0.5, 0.72, 0.9]), min_size=6, max_size=6),
    # The close, in hours from the opening day's midnight: any hour, and midnights in particular.
    st.one_of(st.integers(0, 24 * 10), st.sampled_from([24, 48, 72])),
    st.sampled_from([0.0, 1.0]),
)


@settings(max_examples=300, deadline=None)
@given(pairs)
def test_plain_python_numpy_and_the_definition_agree(pair):
    hours, probabilities, close_hours, outcome = pair
    made = [OPENED + h * HOUR - 3 * HOUR for h in hours]  # some before the opening
    probabilities = probabilities[:len(made)]
    close = OPENED // DAY * DAY + close_hours * HOUR
    plain = pair_score(made, probabilities, OPENED, close, outcome)
    n = len(made)
    chunk = HistoryChunk(question=np.array(["q"] * n, dtype=object), forecaster=np.array(["ana"] * n, dtype=object),
                         made=np.array(made, dtype=np.int64), probability=np.array(probabilities),
                         opened=np.full(n, OPENED, dtype=np.int64), close=np.full(n, close, dtype=np.int64),
                         outcome=np.full(n, outcome), usable=np.ones(n, dtype=bool))
    _, _, vectorised = pair_scores(chunk)
    oracle = day_by_day(made, probabilities, OPENED, close, outcome)
    if oracle is None:
        assert plain is None and len(vectorised) == 0
    else:
        assert math.isclose(plain, oracle, abs_tol=1e-12) and math.isclose(vectorised[0], oracle, abs_tol=1e-12)


def test_a_close_before_the_opening_has_no_score():
    assert pair_score([OPENED], [0.5], OPENED, OPENED, 1.0) is None
    assert pair_score([OPENED], [0.5], OPENED, OPENED - HOUR, 1.0) is None


def test_a_hand_computed_pair():
    # Opened Mar 1 07:30, closed Mar 3 12:00: days Mar 1, Mar 2 (ending at midnight) and Mar 3 (ending at
    # the close). 0.8 made at opening stands at Mar 1's and Mar 2's ends; 0.2 made Mar 3 06:00 at the close:
    # outcome 1: ((1 - 0.8)^2 * 2 + (1 - 0.2)^2) / 3 = (0.08 + 0.64) / 3 = 0.24.
    close = OPENED + (2 * 24 + 4) * HOUR + HOUR // 2
    assert math.isclose(pair_score([OPENED, OPENED + (46 * HOUR + HOUR // 2)], [0.8, 0.2], OPENED, close, 1.0),
                        0.24, abs_tol=1e-15)
