"""tracker.scoring.crowd_batch against its reference: the per-question crowd_histories and
question_log_scores (themselves checked by hand, against scipy and against Metaculus-shaped loops in
tests/test_crowd.py and tests/test_peer_scores.py), on random histories of several questions at once.
"""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.scoring import crowd_batch
from tracker.scoring.crowd import CROWD_GEO_MEAN_ODDS, CROWD_MEDIAN, crowd_histories
from tracker.scoring.crowd_batch import GEO_CODE, MEDIAN_CODE, batched_scores
from tracker.scoring.peer_scores import question_log_scores

CODES = {MEDIAN_CODE: CROWD_MEDIAN, GEO_CODE: CROWD_GEO_MEAN_ODDS}
# Round and extreme values, so that ties between forecasters and the clipping at 0 and 1 come up often.
PROBABILITIES = st.one_of(st.sampled_from([0.0, 0.001, 0.1, 0.5, 0.9, 0.999, 1.0]), st.floats(0, 1))


@st.composite
def question(draw, k: int):
    n = draw(st.integers(1, 12))
    who = draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
    when = draw(st.lists(st.integers(-5, 45), min_size=n, max_size=n))  # before the open, after the close
    if k == 2:
        p = np.array(draw(st.lists(PROBABILITIES, min_size=n, max_size=n)))
        dist = np.column_stack([1 - p, p])
    else:
        weights = np.array(draw(st.lists(st.lists(st.integers(0, 4), min_size=k, max_size=k)
                                         .filter(lambda w: sum(w) > 0), min_size=n, max_size=n)), dtype=float)
        dist = weights / weights.sum(axis=1, keepdims=True)
    close = draw(st.sampled_from([5.0, 20.0, 40.0]))
    return dict(who=np.array(who), when=np.array(when, dtype=float), dist=dist, outcome=draw(st.integers(0, k - 1)),
                close=close, end=close + draw(st.sampled_from([0.0, 7.5, 30.0])), scored=draw(st.booleans()))


@st.composite
def questions(draw):
    k = draw(st.integers(2, 4))
    return k, draw(st.lists(question(k), min_size=1, max_size=6))


def run_batched(qs):
    rows = [(i, f, t, d) for i, q in enumerate(qs) for f, t, d in
            sorted(zip(q["who"], q["when"], q["dist"]), key=lambda r: r[1])]  # stable: row order at ties
    per_question = {name: np.array([q[name] for q in qs]) for name in ("outcome", "close", "end", "scored")}
    return batched_scores(np.array([r[0] for r in rows]), np.array([r[1] for r in rows]),
                          np.array([r[2] for r in rows]), np.array([r[3] for r in rows]), len(qs),
                          per_question["outcome"], np.zeros(len(qs)), per_question["close"], per_question["end"],
                          per_question["scored"])


def check_against_reference(k, qs):
    moments, scores = run_batched(qs)
    for i, q in enumerate(qs):
        binary = k == 2
        probs = q["dist"][:, 1] if binary else q["dist"]
        reference = crowd_histories(q["who"], q["when"], probs)
        mine = moments.question == i
        for name, values in ((CROWD_MEDIAN, moments.median[mine]), (CROWD_GEO_MEAN_ODDS, moments.geo[mine])):
            assert moments.time[mine].tolist() == reference[name][0].tolist()
            expected = reference[name][1]
            assert (values[:, 1] if binary else values) == pytest.approx(expected, abs=1e-12)
        expected = (question_log_scores(q["who"], q["when"], probs, q["outcome"], 0.0, q["close"], q["end"],
                                        outsiders=reference) if q["scored"] else {})
        got = {CODES.get(int(f), int(f)): (peer, base, cover) for f, peer, base, cover in zip(
            scores.forecaster[scores.question == i], scores.peer[scores.question == i],
            scores.baseline[scores.question == i], scores.coverage[scores.question == i])}
        assert set(got) == set(expected)
        for name, s in expected.items():
            assert got[name] == pytest.approx((s.peer, s.baseline, s.coverage), abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(questions())
def test_batched_equals_the_reference(case):
    check_against_reference(*case)


@settings(max_examples=60, deadline=None)
@given(questions())
def test_batched_in_small_blocks_equals_the_reference(case):
    # Blocks cut so small that almost every question is its own: the cut must not leak between questions.
    original = crowd_batch.BLOCK_CELLS
    crowd_batch.BLOCK_CELLS = 12
    try:
        check_against_reference(*case)
    finally:
        crowd_batch.BLOCK_CELLS = original


def test_a_forecast_is_not_carried_into_the_next_question():
    # q0: ana (code 0) 0.9 and bob (1) 0.5 at 0. q1: bob 0.2 at 0, ana 0.6 at 10. Both have two
    # forecasters, so they share a stacked array, q1's rows right after q0's: ana's 0.9 must not be
    # carried into q1's first moment, where bob stands alone (0.2), then ana joins (median 0.4).
    qs = [dict(who=np.array([0, 1]), when=np.array([0.0, 0.0]), dist=np.array([[0.1, 0.9], [0.5, 0.5]]),
               outcome=1, close=20.0, end=20.0, scored=True),
          dict(who=np.array([1, 0]), when=np.array([0.0, 10.0]), dist=np.array([[0.8, 0.2], [0.4, 0.6]]),
               outcome=1, close=20.0, end=20.0, scored=True)]
    moments, _ = run_batched(qs)
    assert moments.median[moments.question == 1][:, 1].tolist() == pytest.approx([0.2, 0.4])
    check_against_reference(2, qs)
