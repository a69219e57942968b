"""Tests for tracker.scoring.crowd: the crowd forecast over time (median, geometric mean of odds).

Expected values are worked out by hand in the comments (odds o = p / (1 - p); GM odds -> p = g / (1 + g));
random cases are checked against scipy's gmean and logit, a route the module does not take.
"""
import math
import statistics

import numpy as np
import pytest
from scipy.special import expit, logit
from scipy.stats import gmean

from tracker.scoring.crowd import (CROWD_EPSILON, CROWD_GEO_MEAN_ODDS, CROWD_MEDIAN, crowd_at, crowd_histories,
                                   is_crowd)
from tracker.domain import NAME_PATTERN


def _p_from_odds(g):
    return g / (1 + g)


def test_binary_crowd_by_hand_with_ties_and_a_late_joiner():
    forecasters = ["ana", "bob", "ana", "cy", "ana", "ana"]
    times = [0, 10, 10, 20, 30, 30]
    probs = [0.2, 0.8, 0.4, 0.9, 0.1, 0.5]
    crowd = crowd_histories(forecasters, times, probs)
    when, median = crowd[CROWD_MEDIAN]
    _, geo = crowd[CROWD_GEO_MEAN_ODDS]
    # One crowd value per distinct time; bob and ana's second forecast share t=10 and both count there.
    assert when.tolist() == [0, 10, 20, 30]
    # t=0: ana 0.2 alone.                      median 0.2, GM odds = odds 0.25 -> 0.2
    # t=10: ana 0.4, bob 0.8.                  median 0.6, GM odds sqrt(2/3 * 4) = sqrt(8/3)
    # t=20: cy joins late with 0.9: {.4,.8,.9}  median 0.8, GM odds (2/3 * 4 * 9)^(1/3) = 24^(1/3)
    # t=30: ana twice at one instant, the later row (0.5) wins: {.5,.8,.9}  median 0.8, GM (1*4*9)^(1/3)
    assert median.tolist() == pytest.approx([0.2, 0.6, 0.8, 0.8], abs=1e-12)
    assert geo.tolist() == pytest.approx([0.2, _p_from_odds(math.sqrt(8 / 3)), _p_from_odds(24 ** (1 / 3)),
                                          _p_from_odds(36 ** (1 / 3))], abs=1e-12)
    # 8/3 -> 1.632993 -> 0.620204; 24^(1/3) = 2.884499 -> 0.742567; 36^(1/3) = 3.301927 -> 0.767546
    assert geo.tolist() == pytest.approx([0.2, 0.620204, 0.742567, 0.767546], abs=1e-6)


def test_row_order_not_time_order():
    # The same predictions listed out of time order give the same crowd.
    crowd = crowd_histories(["cy", "ana", "bob"], [20, 0, 10], [0.9, 0.2, 0.8])
    assert crowd[CROWD_MEDIAN][0].tolist() == [0, 10, 20]
    assert crowd[CROWD_MEDIAN][1].tolist() == pytest.approx([0.2, 0.5, 0.8])


def test_certainty_is_clipped_for_the_geometric_mean_only():
    # Rule: before the geometric mean each probability is clipped to [0.001, 0.999]; 1.0 has odds 999.
    # ana 1.0, bob 0.5: GM odds sqrt(999 * 1) = 31.606961 -> 0.969332; median (1 + 0.5)/2 = 0.75 unclipped.
    crowd = crowd_histories(["ana", "bob"], [0, 0], [1.0, 0.5])
    assert CROWD_EPSILON == 0.001
    assert crowd[CROWD_GEO_MEAN_ODDS][1][0] == pytest.approx(_p_from_odds(math.sqrt(999)), abs=1e-12)
    assert crowd[CROWD_GEO_MEAN_ODDS][1][0] == pytest.approx(0.969332, abs=1e-6)
    assert crowd[CROWD_MEDIAN][1][0] == 0.75
    # 0 and 1 together: odds 1/999 and 999 cancel, GM odds 1 -> 0.5 (not nan from inf * 0).
    crowd = crowd_histories(["ana", "bob"], [0, 0], [0.0, 1.0])
    assert crowd[CROWD_GEO_MEAN_ODDS][1][0] == pytest.approx(0.5, abs=1e-12)
    # Everyone certain: 0.999 (the clip), median 1.
    crowd = crowd_histories(["ana", "bob"], [0, 0], [1.0, 1.0])
    assert crowd[CROWD_GEO_MEAN_ODDS][1][0] == pytest.approx(0.999, abs=1e-12)
    assert crowd[CROWD_MEDIAN][1][0] == 1.0


def test_choice_crowd_by_hand():
    probs = [[0.5, 0.3, 0.2], [0.2, 0.2, 0.6], [0.1, 0.6, 0.3]]
    crowd = crowd_histories(["ana", "bob", "cy"], [0, 0, 0], probs)
    # Per-outcome medians 0.2, 0.3, 0.3 sum to 0.8 -> divided by it: 0.25, 0.375, 0.375.
    assert crowd[CROWD_MEDIAN][1][0].tolist() == pytest.approx([0.25, 0.375, 0.375], abs=1e-12)
    # Per-outcome geometric means: 0.01^(1/3) = 0.215443, 0.036^(1/3) = 0.330193 (twice); sum 0.875829
    # -> 0.245988, 0.377006, 0.377006.
    g = [0.01 ** (1 / 3), 0.036 ** (1 / 3), 0.036 ** (1 / 3)]
    assert crowd[CROWD_GEO_MEAN_ODDS][1][0].tolist() == pytest.approx([x / sum(g) for x in g], abs=1e-12)
    assert crowd[CROWD_GEO_MEAN_ODDS][1][0].tolist() == pytest.approx([0.245988, 0.377006, 0.377006], abs=1e-6)


def test_choice_median_with_no_support_anywhere_is_uniform():
    # Three forecasters each certain of a different outcome of four: every per-outcome median is 0
    # (e.g. outcome 2: {0, 1, 0} -> 0), so there is nothing to divide by; the crowd says 1/4 each.
    probs = [[0, 0, 0, 1], [0, 0, 1, 0], [0, 1, 0, 0]]
    crowd = crowd_histories(["ana", "bob", "cy"], [0, 0, 0], probs)
    assert crowd[CROWD_MEDIAN][1][0].tolist() == [0.25, 0.25, 0.25, 0.25]
    # The geometric mean never meets this: clipped at 0.001, outcome 0 gets (0.001^3)^(1/3) = 0.001 and
    # outcomes 1-3 get (0.999 * 0.001 * 0.001)^(1/3) = 0.0099967 each; sum 0.0309900.
    g = [0.001, (0.999e-6) ** (1 / 3), (0.999e-6) ** (1 / 3), (0.999e-6) ** (1 / 3)]
    assert crowd[CROWD_GEO_MEAN_ODDS][1][0].tolist() == pytest.approx([x / sum(g) for x in g], abs=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_random_histories_against_scipy(seed):
    rng = np.random.default_rng(seed)
    n = 40
    forecasters = rng.choice(["a", "b", "c", "d", "e"], n)
    times = rng.integers(0, 15, n).astype(float)  # many ties in time
    probs = np.round(rng.uniform(0, 1, n), 2)  # includes 0.0 and 1.0 now and then
    crowd = crowd_histories(forecasters, times, probs)
    for k, moment in enumerate(crowd[CROWD_MEDIAN][0]):
        latest = {}
        for f, t, p in zip(forecasters, times, probs):  # in row order: later rows at one instant win
            if t <= moment:
                if f not in latest or t >= latest[f][0]:
                    latest[f] = (t, p)
        standing = [p for _, p in latest.values()]
        assert crowd[CROWD_MEDIAN][1][k] == pytest.approx(statistics.median(standing), abs=1e-12)
        clipped = np.clip(standing, CROWD_EPSILON, 1 - CROWD_EPSILON)
        assert crowd[CROWD_GEO_MEAN_ODDS][1][k] == pytest.approx(expit(np.mean(logit(clipped))), abs=1e-12)
    # Choice with K = 3 against scipy's gmean, normalised.
    P = rng.dirichlet([1, 1, 1], n)
    crowd = crowd_histories(forecasters, times, P)
    last = crowd[CROWD_GEO_MEAN_ODDS][1][-1]
    latest = {}
    for f, t, row in sorted(zip(forecasters, times, P), key=lambda x: x[1]):
        latest[f] = row
    g = gmean(np.clip(np.array(list(latest.values())), CROWD_EPSILON, 1 - CROWD_EPSILON), axis=0)
    assert last.tolist() == pytest.approx((g / g.sum()).tolist(), abs=1e-12)


def test_crowd_at():
    history = crowd_histories(["ana", "bob"], [10, 20], [0.2, 0.6])[CROWD_MEDIAN]
    assert crowd_at(history, 5) is None
    assert crowd_at(history, 10) == pytest.approx(0.2)
    assert crowd_at(history, 19.9) == pytest.approx(0.2)
    assert crowd_at(history, 20) == pytest.approx(0.4)
    assert crowd_at(history, np.datetime64("1970-01-01T00:00:30")) == pytest.approx(0.4)


def test_crowd_names_cannot_be_forecaster_names():
    import re

    for name in (CROWD_MEDIAN, CROWD_GEO_MEAN_ODDS):
        assert is_crowd(name)
        assert re.match(NAME_PATTERN, name) is None
    assert not is_crowd("ana")


@pytest.mark.parametrize("args, message", [
    ((["a"], [0], [1.2]), "lie in"),
    ((["a"], [0], [[0.5, 0.6]]), "sum to 1"),
    ((["a", "b"], [0], [0.5, 0.5]), "equal length"),
    (([], [], []), "equal length"),
])
def test_bad_input(args, message):
    with pytest.raises(ValueError, match=message):
        crowd_histories(*args)
