"""Tests for tracker.scoring.

Worked-example figures are hand-derived (see docs/scoring.md); everything
else is checked against independent implementations (scikit-learn,
properscoring, statsmodels) or brute-force re-derivations written
differently from the module code.
"""
import dataclasses
import datetime as dt
import math
import statistics
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from properscoring import brier_score as ps_brier
from properscoring import crps_ensemble
from sklearn.calibration import calibration_curve
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score
from statsmodels.stats.proportion import proportion_confint

from tracker import scoring as sc

P_EX = [0.9, 0.7, 0.2, 0.5]
Y_EX = [1, 0, 0, 1]
A = dict(abs=1e-6)
SEEDS = [0, 1, 2, 3, 4]


def rand_binary(seed, n=500, decimals=None, lo=0.0, hi=1.0):
    rng = np.random.default_rng(seed)
    p = rng.uniform(lo, hi, n)
    if decimals is not None:
        p = np.round(p, decimals)
    y = (rng.uniform(size=n) < p).astype(int)
    return p, y


def rand_categorical(seed, n=300, k=4):
    rng = np.random.default_rng(seed)
    P = rng.dirichlet(np.ones(k), size=n)
    Y = np.array([rng.choice(k, p=row) for row in P])
    return P, Y


# ------------------------------------------------------ worked example

def test_worked_example_scores():
    assert sc.brier_score(P_EX, Y_EX) == pytest.approx(0.1975, **A)
    assert sc.log_score(P_EX, Y_EX) == pytest.approx(0.556406, **A)
    z, pval = sc.spiegelhalter_z(P_EX, Y_EX)
    assert z == pytest.approx(0.207390, **A)
    assert pval == pytest.approx(0.835705, **A)
    assert sc.wilson_interval(3, 4) == pytest.approx((0.300642, 0.954413), **A)
    assert sc.ranked_probability_score([[0.2, 0.5, 0.3]], [1]) == pytest.approx(0.13, **A)
    assert sc.ranked_probability_score([[0.2, 0.5, 0.3]], [1], normalise=True) == \
        pytest.approx(0.065, **A)


def test_worked_example_murphy():
    m = sc.murphy_decomposition(P_EX, Y_EX, bins=3)
    assert (m.rel, m.res, m.unc, m.wbv, m.wbc, m.brier) == pytest.approx(
        (0.1175, 0.125, 0.25, 0.005, 0.05, 0.1975), **A)
    assert m.n == 4


def test_worked_example_corp():
    c = sc.corp_decomposition(P_EX, Y_EX)
    assert (c.mcb, c.dsc, c.unc, c.brier) == pytest.approx((0.0725, 0.125, 0.25, 0.1975), **A)
    np.testing.assert_allclose(c.values, [0.2, 0.5, 0.7, 0.9])
    np.testing.assert_allclose(c.recalibrated, [0.0, 0.5, 0.5, 1.0])


# --------------------------------------------- basic scores vs libraries

@pytest.mark.parametrize("seed", SEEDS)
def test_brier_matches_sklearn_and_properscoring(seed):
    p, y = rand_binary(seed)
    assert sc.brier_score(p, y) == pytest.approx(brier_score_loss(y, p), abs=1e-12)
    assert sc.brier_score(p, y) == pytest.approx(ps_brier(y, p).mean(), abs=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_multi_brier_is_sum_of_one_vs_rest(seed):
    P, Y = rand_categorical(seed)
    expected = sum(ps_brier((Y == k).astype(float), P[:, k]) for k in range(P.shape[1])).mean()
    assert sc.multi_brier_score(P, Y) == pytest.approx(expected, abs=1e-12)
    assert sc.multi_brier_score(P, np.eye(P.shape[1])[Y]) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_rps_equals_crps_of_discrete_distribution(seed):
    # For outcomes 0..K-1 with unit spacing, CRPS of the discrete forecast
    # distribution is the plain-sum RPS.
    P, Y = rand_categorical(seed, k=5)
    crps = crps_ensemble(Y.astype(float), np.tile(np.arange(5.0), (len(Y), 1)), weights=P)
    assert sc.ranked_probability_score(P, Y) == pytest.approx(crps.mean(), abs=1e-10)
    assert sc.ranked_probability_score(P, Y, normalise=True) == pytest.approx(crps.mean() / 4,
                                                                              abs=1e-10)


@pytest.mark.parametrize("seed", SEEDS)
def test_log_scores_match_sklearn(seed):
    p, y = rand_binary(seed, lo=0.01, hi=0.99)
    assert sc.log_score(p, y) == pytest.approx(log_loss(y, y_proba=p, labels=[0, 1]), abs=1e-10)
    P, Y = rand_categorical(seed)
    P = (P + 0.01) / (P + 0.01).sum(axis=1, keepdims=True)
    assert sc.multi_log_score(P, Y) == pytest.approx(
        log_loss(Y, y_proba=P, labels=range(P.shape[1])), abs=1e-10)


def test_log_score_clips_certain_forecasts():
    miss = sc.log_score([0.0, 1.0], [1, 0])
    assert math.isfinite(miss)
    assert miss == pytest.approx(math.log(1e15), rel=1e-9)
    assert sc.log_score([0.0, 1.0], [0, 1]) == pytest.approx(0.0, abs=1e-12)
    assert sc.LOG_SCORE_EPSILON == 1e-15
    assert sc.multi_log_score([[1.0, 0.0]], [1]) == pytest.approx(math.log(1e15), rel=1e-9)
    assert sc.log_score([0.0], [1], eps=1e-3) == pytest.approx(-math.log(1e-3))


@pytest.mark.parametrize("seed", SEEDS)
def test_brier_skill_score_against_climatology_forecast(seed):
    p, y = rand_binary(seed)
    ref = brier_score_loss(y, np.full(len(y), y.mean()))
    assert sc.brier_skill_score(p, y) == pytest.approx(1 - brier_score_loss(y, p) / ref, abs=1e-10)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("decimals", [None, 1])
def test_auc_matches_sklearn_including_ties(seed, decimals):
    p, y = rand_binary(seed, decimals=decimals)
    assert sc.auc(p, y) == pytest.approx(roc_auc_score(y, p), abs=1e-12)


def test_spiegelhalter_is_standard_normal_when_calibrated():
    # Under perfect calibration z ~ N(0, 1): an implementation-independent check.
    rng = np.random.default_rng(42)
    zs, ps_ = [], []
    for _ in range(2000):
        p = rng.uniform(0.02, 0.98, 200)
        z, pv = sc.spiegelhalter_z(p, rng.uniform(size=200) < p)
        zs.append(z)
        ps_.append(pv)
    assert abs(np.mean(zs)) < 0.07
    assert 0.93 < np.std(zs) < 1.07
    assert 0.04 < np.mean(np.array(ps_) < 0.05) < 0.065
    # And an overconfident forecaster is flagged.
    p = rng.uniform(0.02, 0.98, 2000)
    y = rng.uniform(size=2000) < 0.5 + (p - 0.5) / 3
    assert sc.spiegelhalter_z(p, y)[1] < 1e-6


def test_spiegelhalter_degenerate():
    assert all(math.isnan(v) for v in sc.spiegelhalter_z([0.5, 1.0, 0.0], [1, 1, 0]))


def test_wilson_matches_statsmodels():
    n = np.array([1, 2, 5, 10, 37, 100, 1000, 7])
    k = np.array([0, 1, 5, 3, 20, 1, 999, 4])
    lo, hi = sc.wilson_interval(k, n)
    elo, ehi = proportion_confint(k, n, alpha=0.05, method="wilson")
    np.testing.assert_allclose(lo, elo, atol=1e-12)
    np.testing.assert_allclose(hi, ehi, atol=1e-12)
    lo99, _ = sc.wilson_interval(k, n, z=2.5758293035489004)
    np.testing.assert_allclose(lo99, proportion_confint(k, n, 0.01, "wilson")[0], atol=1e-12)


def test_wilson_empty_and_invalid():
    assert all(math.isnan(v) for v in sc.wilson_interval(0, 0))
    lo, hi = sc.wilson_interval([0, 1], [0, 2])
    assert math.isnan(lo[0]) and math.isnan(hi[0]) and 0 < lo[1] < 0.5 < hi[1] < 1
    with pytest.raises(ValueError):
        sc.wilson_interval(3, 2)


# ------------------------------------------------------ Murphy decomposition

def _identity_gap(m):
    return m.brier - (m.rel - m.res + m.unc + m.wbv - m.wbc)


@pytest.mark.parametrize("seed", SEEDS)
def test_murphy_components_from_sklearn_bins(seed):
    # Rebuild each component from calibration_curve's per-bin means, bin counts
    # from np.histogram, and total (co)variances via the law of total variance.
    p, y = rand_binary(seed, n=2000)
    n_bins = 10
    prob_true, prob_pred = calibration_curve(y, p, n_bins=n_bins, strategy="uniform")
    counts = np.histogram(p, bins=n_bins, range=(0, 1))[0]
    w = counts[counts > 0] / len(p)
    m = sc.murphy_decomposition(p, y, bins=n_bins)
    assert m.rel == pytest.approx(np.sum(w * (prob_pred - prob_true) ** 2), abs=1e-12)
    assert m.res == pytest.approx(np.sum(w * (prob_true - y.mean()) ** 2), abs=1e-12)
    assert m.unc == pytest.approx(brier_score_loss(y, np.full(len(y), y.mean())), abs=1e-12)
    between_var = np.sum(w * (prob_pred - p.mean()) ** 2)
    assert m.wbv == pytest.approx(np.var(p) - between_var, abs=1e-12)
    between_cov = np.sum(w * (prob_pred - p.mean()) * (prob_true - y.mean()))
    total_cov = np.cov(p, y, bias=True)[0, 1]
    assert m.wbc == pytest.approx(2 * (total_cov - between_cov), abs=1e-12)
    assert m.brier == pytest.approx(brier_score_loss(y, p), abs=1e-12)


def test_murphy_single_bin():
    p, y = rand_binary(7)
    m = sc.murphy_decomposition(p, y, bins=1)
    assert m.res == pytest.approx(0, abs=1e-15)
    assert m.rel == pytest.approx((p.mean() - y.mean()) ** 2, abs=1e-12)
    assert m.wbv == pytest.approx(np.var(p), abs=1e-12)
    assert m.wbc == pytest.approx(2 * np.cov(p, y, bias=True)[0, 1], abs=1e-12)
    assert _identity_gap(m) == pytest.approx(0, abs=1e-12)


@pytest.mark.parametrize("bins", [1, 3, 10, 37, [0, 0.05, 0.5, 0.51, 1.0]])
@pytest.mark.parametrize("decimals", [None, 1, 2])
def test_murphy_identity_random(bins, decimals):
    # lo/hi leave many empty bins; rounding puts forecasts exactly on edges.
    for seed in SEEDS:
        p, y = rand_binary(seed, n=300, decimals=decimals, lo=0.0, hi=0.45)
        assert _identity_gap(sc.murphy_decomposition(p, y, bins)) == pytest.approx(0, abs=1e-12)


prob_lists = st.lists(
    st.tuples(st.one_of(st.floats(0, 1), st.sampled_from([0.0, 0.1, 0.5, 0.7, 1.0])),
              st.integers(0, 1)),
    min_size=1, max_size=60)


@settings(max_examples=200, deadline=None)
@given(data=prob_lists, bins=st.integers(1, 12))
def test_murphy_identity_hypothesis(data, bins):
    p, y = map(np.array, zip(*data))
    m = sc.murphy_decomposition(p, y, bins)
    assert _identity_gap(m) == pytest.approx(0, abs=1e-12)
    assert m.brier == pytest.approx(brier_score_loss(y, p, labels=[0, 1]), abs=1e-12)
    assert m.rel >= -1e-12 and m.res >= -1e-12 and m.wbv >= -1e-12


def test_murphy_bin_edges_rule():
    # 0.3 is on an interior edge of 10 uniform bins: it belongs to [0.3, 0.4);
    # 1.0 belongs to the last bin; 0 to the first.
    rows = sc.calibration_table([0.0, 0.3, 1.0], [0, 0, 1], n_bins=10)
    assert [r.count for r in rows] == [1, 0, 0, 1, 0, 0, 0, 0, 0, 1]
    with pytest.raises(ValueError):
        sc.murphy_decomposition([0.5], [1], bins=[0.6, 1.0])


def test_murphy_from_sums_matches_array_form():
    p, y = rand_binary(11, n=400, decimals=2)
    edges = np.arange(11) / 10
    # Aggregate the way SQL would: GROUP BY bin with SUM()s.
    groups = {}
    for pi, yi in zip(p, y):
        b = min(int(np.searchsorted(edges, pi, side="right")) - 1, 9)
        g = groups.setdefault(b, [0, 0.0, 0.0, 0, 0.0])
        g[0] += 1; g[1] += pi; g[2] += pi * pi; g[3] += yi; g[4] += pi * yi
    sums = np.array(list(groups.values())).T
    a = sc.murphy_decomposition(p, y, bins=10)
    b = sc.murphy_decomposition_from_sums(*sums)
    for f in ("brier", "rel", "res", "unc", "wbv", "wbc", "n"):
        assert getattr(a, f) == pytest.approx(getattr(b, f), abs=1e-12)


# ---------------------------------------------------------------- CORP / PAV

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("decimals", [None, 1, 2])
def test_pav_matches_sklearn_isotonic(seed, decimals):
    p, y = rand_binary(seed, n=400, decimals=decimals)
    expected = IsotonicRegression().fit(p, y).predict(p)
    np.testing.assert_allclose(sc.pav(p, y, np.ones_like(p)), expected, atol=1e-12)
    if decimals is not None:  # tied forecasts get one recalibrated value
        fitted = sc.pav(p, y, np.ones_like(p))
        for v in np.unique(p):
            assert np.ptp(fitted[p == v]) == 0


@pytest.mark.parametrize("seed", SEEDS)
def test_pav_weighted_aggregated_matches_sklearn(seed):
    rng = np.random.default_rng(seed)
    x = rng.permutation(np.linspace(0, 1, 50))
    w = rng.integers(1, 20, 50).astype(float)
    ybar = rng.uniform(size=50)
    expected = IsotonicRegression().fit(x, ybar, sample_weight=w).predict(x)
    np.testing.assert_allclose(sc.pav(x, ybar * w, w), expected, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("decimals", [None, 1])
def test_corp_against_sklearn_isotonic(seed, decimals):
    p, y = rand_binary(seed, n=500, decimals=decimals)
    recal = IsotonicRegression().fit(p, y).predict(p)
    bs, s_rc = brier_score_loss(y, p), brier_score_loss(y, recal)
    unc = brier_score_loss(y, np.full(len(y), y.mean()))
    c = sc.corp_decomposition(p, y)
    assert (c.mcb, c.dsc, c.unc) == pytest.approx((bs - s_rc, unc - s_rc, unc), abs=1e-12)
    assert c.brier - (c.mcb - c.dsc + c.unc) == pytest.approx(0, abs=1e-12)
    assert c.counts.sum() == len(p)


@settings(max_examples=200, deadline=None)
@given(data=prob_lists)
def test_corp_identity_hypothesis(data):
    p, y = map(np.array, zip(*data))
    c = sc.corp_decomposition(p, y)
    assert c.brier - (c.mcb - c.dsc + c.unc) == pytest.approx(0, abs=1e-12)
    assert c.mcb >= -1e-12 and c.dsc >= -1e-12  # PAV is optimal among monotone maps
    assert np.all(np.diff(c.recalibrated) >= -1e-15)


def test_corp_from_groups_matches_array_form():
    p, y = rand_binary(5, n=300, decimals=1)
    counts, events = Counter(p.tolist()), Counter()
    for pi, yi in zip(p.tolist(), y.tolist()):
        events[pi] += yi
    vals = list(counts)[::-1]  # order should not matter
    g = sc.corp_decomposition_from_groups(vals, [events[v] for v in vals], [counts[v] for v in vals])
    a = sc.corp_decomposition(p, y)
    assert (g.brier, g.mcb, g.dsc, g.unc) == pytest.approx((a.brier, a.mcb, a.dsc, a.unc), abs=1e-12)
    np.testing.assert_allclose(g.values, a.values)
    np.testing.assert_allclose(g.recalibrated, a.recalibrated)


# -------------------------------------------------------- calibration table

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("strategy", ["uniform", "quantile"])
def test_calibration_table_matches_sklearn(seed, strategy):
    # n = 1000 and 10 bins: interpolated quantiles never coincide with data,
    # so sklearn's right-closed binning and ours agree.
    p, y = rand_binary(seed, n=1000, hi=0.6)
    prob_true, prob_pred = calibration_curve(y, p, n_bins=10, strategy=strategy)
    rows = sc.calibration_table(p, y, bins=strategy, n_bins=10)
    full = [r for r in rows if r.count > 0]
    np.testing.assert_allclose([r.observed_frequency for r in full], prob_true, atol=1e-12)
    np.testing.assert_allclose([r.mean_forecast for r in full], prob_pred, atol=1e-12)
    lo, hi = proportion_confint([r.events for r in full], [r.count for r in full], method="wilson")
    np.testing.assert_allclose([r.wilson_low for r in full], lo, atol=1e-12)
    np.testing.assert_allclose([r.wilson_high for r in full], hi, atol=1e-12)
    if strategy == "uniform":
        assert len(rows) == 10 and sum(r.count == 0 for r in rows) >= 3
        empty = rows[-1]
        assert empty.count == 0 and math.isnan(empty.mean_forecast) and math.isnan(empty.wilson_low)
        assert [r.count for r in rows] == np.histogram(p, bins=10, range=(0, 1))[0].tolist()
    else:
        assert [r.count for r in rows] == pytest.approx([100] * 10, abs=1)


def test_calibration_table_quantile_ties_and_edges():
    p, y = rand_binary(3, n=200, decimals=1, hi=0.3)
    rows = sc.calibration_table(p, y, bins="quantile", n_bins=10)
    edges = [rows[0].lower] + [r.upper for r in rows]
    assert edges == sorted(set(edges))  # deduplicated, strictly increasing
    assert sum(r.count for r in rows) == 200
    one = sc.calibration_table([0.4, 0.4], [0, 1], bins="quantile")
    assert len(one) == 1 and one[0].count == 2 and one[0].observed_frequency == 0.5
    custom = sc.calibration_table(P_EX, Y_EX, bins=[0, 0.5, 1])
    assert [(r.count, r.events) for r in custom] == [(1, 0), (3, 2)]


# ------------------------------------------------------------- edge cases

def test_all_zero_outcomes():
    p = [0.1, 0.2, 0.3]
    y = [0, 0, 0]
    assert math.isnan(sc.brier_skill_score(p, y))
    assert math.isnan(sc.brier_skill_score(p, [1, 1, 1]))
    assert math.isnan(sc.auc(p, y))
    m = sc.murphy_decomposition(p, y, 3)
    assert m.unc == 0 and _identity_gap(m) == pytest.approx(0, abs=1e-15)
    c = sc.corp_decomposition(p, y)
    assert c.unc == 0 and c.mcb == pytest.approx(brier_score_loss(y, p, labels=[0, 1]))


def test_single_observation():
    assert sc.brier_score([0.3], [1]) == pytest.approx(0.49)
    assert sc.log_score(0.3, 1) == pytest.approx(-math.log(0.3))
    assert math.isnan(sc.auc([0.3], [1]))
    assert math.isnan(sc.brier_skill_score([0.3], [1]))
    m = sc.murphy_decomposition([0.3], [1], 10)
    assert (m.rel, m.res, m.unc, m.wbv, m.wbc) == pytest.approx((0.49, 0, 0, 0, 0))
    c = sc.corp_decomposition([0.3], [1])
    assert (c.mcb, c.dsc, c.unc) == pytest.approx((0.49, 0, 0))
    assert sc.multi_brier_score([[0.2, 0.8]], [0]) == pytest.approx(1.28)


@pytest.mark.parametrize("call", [
    lambda: sc.brier_score([1.2], [1]),
    lambda: sc.brier_score([0.5, 0.5], [1]),
    lambda: sc.brier_score([0.5], [2]),
    lambda: sc.brier_score([], []),
    lambda: sc.multi_brier_score([[0.5, 0.6]], [0]),
    lambda: sc.multi_brier_score([[0.5, 0.5]], [2]),
    lambda: sc.log_score([0.5], [1], eps=0),
    lambda: sc.pav([0.1, 0.2], [1, 0], [1, 0]),
    lambda: sc.corp_decomposition_from_groups([0.5], [3], [2]),
    lambda: sc.murphy_decomposition([0.5], [1], bins=[0, 0.5, 0.4]),
])
def test_invalid_input_raises(call):
    with pytest.raises(ValueError):
        call()


# ------------------------------------------------------ time-averaged Brier

def _ts(s):
    return np.datetime64(s, "s")


def test_time_averaged_brier_hand_example():
    times = [_ts("2024-01-02T10:00"), _ts("2024-01-02T20:00"),
             _ts("2024-01-04T08:00"), _ts("2024-01-05T07:00")]
    probs = [0.6, 0.8, 0.9, 0.1]
    # Days Jan 1..Jan 5 overlap the open period; Jan 1 has no forecast yet
    # (excluded), the Jan 5 07:00 forecast comes after close (ignored).
    args = (_ts("2024-01-01T12:00"), _ts("2024-01-05T06:00"), 1)
    expected = (0.04 + 0.04 + 0.01 + 0.01) / 4
    assert sc.time_averaged_brier(np.array(times), probs, *args) == pytest.approx(expected)
    secs = np.array(times).astype(np.int64).astype(float)
    assert sc.time_averaged_brier(secs, probs, *(float(a.astype(np.int64)) for a in args[:2]),
                                  1) == pytest.approx(expected)
    assert math.isnan(sc.time_averaged_brier(times[3:], probs[3:], *args))


def _brute_time_averaged(times, probs, t_open, t_close, outcome):
    utc = dt.timezone.utc
    o, c = dt.datetime.fromtimestamp(t_open, utc), dt.datetime.fromtimestamp(t_close, utc)
    fc = [(dt.datetime.fromtimestamp(t, utc), i) for i, t in enumerate(times)]
    day, scores = o.date(), []
    while dt.datetime.combine(day, dt.time(), utc) < c:
        cut = min(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), utc), c)
        made = [(t, i) for t, i in fc if t < cut]
        if made:
            scores.append((probs[max(made)[1]] - outcome) ** 2)
        day += dt.timedelta(days=1)
    return statistics.fmean(scores) if scores else math.nan


@pytest.mark.parametrize("seed", range(20))
def test_time_averaged_brier_brute_force(seed):
    rng = np.random.default_rng(seed)
    t_open = 1.7e9 + rng.uniform(0, 86400 * 3)
    t_close = t_open + rng.uniform(3600, 86400 * 30)
    m = int(rng.integers(1, 15))
    times = rng.uniform(t_open - 86400, t_close + 86400, m).round()
    times[rng.uniform(size=m) < 0.3] = times[0]  # same-instant forecasts
    probs = rng.uniform(size=m).round(2)
    outcome = int(rng.integers(0, 2))
    got = sc.time_averaged_brier(times, probs, t_open, t_close, outcome)
    want = _brute_time_averaged(times.tolist(), probs.tolist(), t_open, t_close, outcome)
    assert got == pytest.approx(want, abs=1e-12, nan_ok=True)


# ------------------------------------------------------------ relative Brier

Q = ["A", "A", "A", "B", "B", "C", "D"]
F = ["f1", "f2", "f3", "f1", "f2", "f3", "f4"]
B = [0.1, 0.3, 0.5, 0.4, 0.2, 0.7, 0.1]


def test_relative_brier_hand_example():
    r = sc.relative_brier(Q, F, B)
    assert r["f1"] == pytest.approx(-0.05) and r["f2"] == pytest.approx(-0.05)
    assert r["f3"] == pytest.approx(0.2)  # question C (alone) not counted
    assert math.isnan(r["f4"])
    o = sc.relative_brier(Q, F, B, include_self=False)
    assert (o["f1"], o["f2"], o["f3"]) == pytest.approx((-0.05, -0.1, 0.3))
    with pytest.raises(ValueError):
        sc.relative_brier(["A", "A"], ["f1", "f1"], [0.1, 0.2])


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("include_self", [True, False])
def test_relative_brier_brute_force(seed, include_self):
    rng = np.random.default_rng(seed)
    pairs = sorted({(int(q), int(f)) for q, f in rng.integers(0, 8, (60, 2))})
    q, f = map(list, zip(*pairs))
    b = rng.uniform(size=len(q)).tolist()
    by_q = {}
    for qi, fi, bi in zip(q, f, b):
        by_q.setdefault(qi, {})[fi] = bi
    rel = {}
    for scores in by_q.values():
        for fi, bi in scores.items():
            peers = [v for g, v in scores.items() if include_self or g != fi]
            if len(scores) > 1:
                rel.setdefault(fi, []).append(bi - statistics.median(peers))
    got = sc.relative_brier(q, f, b, include_self=include_self)
    for fi in set(f):
        want = statistics.fmean(rel[fi]) if fi in rel else math.nan
        assert got[fi] == pytest.approx(want, abs=1e-12, nan_ok=True)


# ------------------------------------------------------- grouped forecasts
#
# The database hands over (value, events, count) per distinct forecast.  Each
# grouped function must give what its row-level twin gives on g.expand().

GRID = [round(0.05 * k, 2) for k in range(21)]  # includes 0.0 and 1.0


def _close(a, b, rel=1e-12, abs_=1e-12):
    if isinstance(b, float) and math.isnan(b):
        return isinstance(a, float) and math.isnan(a)
    return a == pytest.approx(b, rel=rel, abs=abs_)


def _rows_equal(grouped_rows, row_rows):
    assert len(grouped_rows) == len(row_rows)
    for g, r in zip(grouped_rows, row_rows):
        assert (g.lower, g.upper, g.count, g.events) == (r.lower, r.upper, r.count, r.events)
        for f in ("mean_forecast", "observed_frequency", "wilson_low", "wilson_high"):
            assert _close(getattr(g, f), getattr(r, f)), f


def check_grouped_matches_rows(g, murphy_bins=10, table_bins=("uniform", "quantile"), n_bins=10):
    p, y = g.expand()
    assert p.size == y.size == g.n
    assert _close(sc.brier_score_grouped(g), sc.brier_score(p, y))
    assert _close(sc.log_score_grouped(g), sc.log_score(p, y))
    assert _close(sc.log_score_grouped(g, eps=1e-3), sc.log_score(p, y, eps=1e-3))
    assert _close(sc.brier_skill_score_grouped(g), sc.brier_skill_score(p, y))
    assert _close(sc.auc_grouped(g), sc.auc(p, y))
    for a, b in zip(sc.spiegelhalter_z_grouped(g), sc.spiegelhalter_z(p, y)):
        # z = num / sqrt(var): a sum that cancels, so allow relative slack.
        assert _close(a, b, rel=1e-9, abs_=1e-9)
    for bins in table_bins:
        _rows_equal(sc.calibration_table_grouped(g, bins, n_bins),
                    sc.calibration_table(p, y, bins, n_bins))
    mg, mr = sc.murphy_decomposition_grouped(g, murphy_bins), sc.murphy_decomposition(p, y, murphy_bins)
    assert mg.n == mr.n == g.n
    for f in ("brier", "rel", "res", "unc", "wbv", "wbc"):
        assert _close(getattr(mg, f), getattr(mr, f)), f
    cg, cr = sc.corp_decomposition_grouped(g), sc.corp_decomposition(p, y)
    for f in ("brier", "mcb", "dsc", "unc"):
        assert _close(getattr(cg, f), getattr(cr, f)), f
    np.testing.assert_array_equal(cg.values, cr.values)
    np.testing.assert_array_equal(cg.counts, cr.counts)
    np.testing.assert_allclose(cg.recalibrated, cr.recalibrated, rtol=0, atol=1e-12)
    assert sc.sharpness_histogram_grouped(g, n_bins) == sc.sharpness_histogram(p, n_bins)


group_triples = st.lists(
    st.tuples(st.one_of(st.floats(0, 1), st.sampled_from(GRID)),
              st.integers(1, 25), st.floats(0, 1)),
    min_size=1, max_size=25)


def _group_from_triples(triples):
    v, c, frac = zip(*triples)
    e = [int(round(ci * fi)) for ci, fi in zip(c, frac)]  # 0 <= events <= count
    return sc.GroupedForecasts(v, e, c)  # unsorted, possibly repeated values


@settings(max_examples=200, deadline=None)
@given(triples=group_triples, murphy_bins=st.one_of(st.integers(1, 12), st.just("quantile")),
       n_bins=st.integers(1, 12))
def test_grouped_equals_rows_hypothesis(triples, murphy_bins, n_bins):
    g = _group_from_triples(triples)
    check_grouped_matches_rows(g, murphy_bins, ("uniform", "quantile", n_bins), n_bins)


@settings(max_examples=100, deadline=None)
@given(data=prob_lists)
def test_from_arrays_round_trip_hypothesis(data):
    p, y = map(np.array, zip(*data))
    g = sc.GroupedForecasts.from_arrays(p, y)
    assert sorted(zip(*g.expand())) == sorted(zip(p.tolist(), y.tolist()))
    assert np.all(np.diff(g.values) > 0) and g.counts.sum() == len(p)
    # Scores of the original (unsorted) rows, not just of the expansion.
    assert _close(sc.brier_score_grouped(g), sc.brier_score(p, y))
    assert _close(sc.auc_grouped(g), sc.auc(p, y))
    assert _close(sc.log_score_grouped(g), sc.log_score(p, y))


def _scenario(name):
    rng = np.random.default_rng(SCENARIOS.index(name))
    on_grid = np.round(rng.uniform(size=5000) * 20) / 20  # many ties, 0 and 1 included
    if name == "continuous":
        return rand_binary(1, n=2000)
    if name == "ties_0.05":
        return on_grid, (rng.uniform(size=on_grid.size) < on_grid).astype(int)
    if name == "n1":
        return np.array([0.35]), np.array([1])
    if name == "all_events":
        return on_grid[:300], np.ones(300, int)
    if name == "no_events":
        return on_grid[:300], np.zeros(300, int)
    if name == "certain":  # only 0 and 1: sure hits and confident misses
        return rng.choice([0.0, 1.0], 200), rng.integers(0, 2, 200)
    if name == "constant_half":  # Spiegelhalter degenerate; a single quantile edge
        return np.full(50, 0.5), rng.integers(0, 2, 50)
    raise AssertionError(name)


SCENARIOS = ["continuous", "ties_0.05", "n1", "all_events", "no_events", "certain",
             "constant_half"]


@pytest.mark.parametrize("name", SCENARIOS)
def test_grouped_equals_rows_scenarios(name):
    p, y = _scenario(name)
    g = sc.GroupedForecasts.from_arrays(p, y)
    assert g.n == len(p) and g.base_rate == pytest.approx(np.mean(y))
    for murphy_bins in (1, 10, 37, "quantile", [0, 0.05, 0.5, 0.51, 1.0]):
        check_grouped_matches_rows(g, murphy_bins, ("uniform", "quantile", 7,
                                                    [0, 0.3, 0.31, 1.0]), n_bins=10)
    if name == "ties_0.05":
        assert g.values.size == 21 and g.values[0] == 0 and g.values[-1] == 1


@pytest.mark.parametrize("seed", SEEDS[:3])
def test_grouped_against_libraries(seed):
    rng = np.random.default_rng(seed)
    p = np.round(rng.uniform(0.01, 0.99, 3000) * 20) / 20  # 0.0 .. 1.0 in steps of 0.05
    p = np.clip(p, 0.05, 0.95)  # log_loss clips differently at 0 and 1
    y = (rng.uniform(size=p.size) < p).astype(int)
    g = sc.GroupedForecasts.from_arrays(p, y)
    assert sc.brier_score_grouped(g) == pytest.approx(brier_score_loss(y, p), abs=1e-12)
    assert sc.brier_score_grouped(g) == pytest.approx(ps_brier(y, p).mean(), abs=1e-12)
    assert sc.log_score_grouped(g) == pytest.approx(log_loss(y, p), abs=1e-12)
    assert sc.auc_grouped(g) == pytest.approx(roc_auc_score(y, p), abs=1e-12)
    ref = brier_score_loss(y, np.full(len(y), y.mean()))
    assert sc.brier_skill_score_grouped(g) == pytest.approx(1 - brier_score_loss(y, p) / ref,
                                                            abs=1e-12)
    recal = IsotonicRegression().fit(p, y).predict(p)
    c = sc.corp_decomposition_grouped(g)
    assert c.mcb == pytest.approx(brier_score_loss(y, p) - brier_score_loss(y, recal), abs=1e-12)


def test_grouped_large_counts_exact():
    # A million-scale sample is never expanded: compare with exact rational
    # arithmetic over the groups (pairwise for AUC), written independently.
    from fractions import Fraction as Fr
    rng = np.random.default_rng(9)
    v = np.unique(np.round(rng.uniform(size=40), 3))
    c = rng.integers(1, 1_000_000, v.size)
    e = rng.binomial(c, v)
    g = sc.GroupedForecasts(v[::-1], e[::-1], c[::-1])
    n, n1 = int(c.sum()), int(e.sum())
    fv = [Fr(float(x)) for x in v]
    pairs = Fr(0)
    for i in range(v.size):
        for j in range(v.size):
            if fv[i] >= fv[j]:
                weight = Fr(1, 2) if i == j else Fr(1)
                pairs += weight * int(e[i]) * int(c[j] - e[j])
    assert sc.auc_grouped(g) == pytest.approx(float(pairs / (n1 * (n - n1))), rel=1e-15)
    brier = sum(int(e[i]) * (1 - fv[i]) ** 2 + int(c[i] - e[i]) * fv[i] ** 2
                for i in range(v.size)) / n
    assert sc.brier_score_grouped(g) == pytest.approx(float(brier), rel=1e-12)
    assert g.n == n and sc.summary_grouped(g)["n"] == n


@settings(max_examples=100, deadline=None)
@given(triples=group_triples, n_q=st.integers(1, 40))
def test_grouped_quantiles_bit_for_bit(triples, n_q):
    g = _group_from_triples(triples)
    qs = np.linspace(0, 1, n_q + 1)
    np.testing.assert_array_equal(sc._quantile_of_groups(g.values, g.counts, qs),
                                  np.quantile(g.expand()[0], qs))


def test_grouped_forecasts_canonical_form():
    g = sc.GroupedForecasts([0.7, 0.2, -0.0, 0.7, 0.0], [1, 0, 0, 2, 1], [3, 4, 1, 2, 1])
    np.testing.assert_array_equal(g.values, [0.0, 0.2, 0.7])
    assert not np.signbit(g.values[0])  # -0.0 pooled into 0.0
    np.testing.assert_array_equal(g.events, [1, 0, 3])
    np.testing.assert_array_equal(g.counts, [2, 4, 5])
    assert g.values.dtype == np.float64 and g.counts.dtype == g.events.dtype == np.int64
    assert g.n == 11 and g.base_rate == pytest.approx(4 / 11)
    p, y = g.expand()
    np.testing.assert_array_equal(p, [0, 0, .2, .2, .2, .2, .7, .7, .7, .7, .7])
    np.testing.assert_array_equal(y, [1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        g.values = np.array([0.5])
    with pytest.raises(ValueError):
        g.counts[0] = 99  # read-only arrays: frozen means frozen
    # Decimal-ish and float inputs from a database driver are accepted.
    from decimal import Decimal
    d = sc.GroupedForecasts([Decimal("0.25")], [2.0], [Decimal(3)])
    assert d.values.tolist() == [0.25] and d.events.tolist() == [2] and d.counts.tolist() == [3]
    empty = sc.GroupedForecasts([], [], [])
    assert empty.n == 0 and math.isnan(empty.base_rate) and empty.expand()[0].size == 0
    assert sc.GroupedForecasts.from_arrays([], []).n == 0


@pytest.mark.parametrize("args", [
    ([0.5], [2], [1]),            # events > counts
    ([0.5], [-1], [1]),           # negative events
    ([0.5], [0], [0]),            # empty group
    ([0.5], [0.5], [1]),          # fractional events
    ([0.5], [1], [1.5]),          # fractional count
    ([0.5], [0], [np.inf]),
    ([1.2], [0], [1]),            # probability out of range
    ([np.nan], [0], [1]),
    ([0.5, 0.6], [0], [1]),       # mismatched lengths
    ([[0.5]], [[0]], [[1]]),      # not 1-D
])
def test_grouped_forecasts_invalid(args):
    with pytest.raises(ValueError):
        sc.GroupedForecasts(*args)


@pytest.mark.parametrize("call", [
    lambda g: sc.brier_score_grouped(g),
    lambda g: sc.log_score_grouped(g),
    lambda g: sc.auc_grouped(g),
    lambda g: sc.spiegelhalter_z_grouped(g),
    lambda g: sc.calibration_table_grouped(g),
    lambda g: sc.murphy_decomposition_grouped(g),
    lambda g: sc.corp_decomposition_grouped(g),
    lambda g: sc.sharpness_histogram_grouped(g),
])
def test_grouped_functions_reject_empty(call):
    with pytest.raises(ValueError):
        call(sc.GroupedForecasts([], [], []))


def test_grouped_invalid_options():
    g = sc.GroupedForecasts.from_arrays(P_EX, Y_EX)
    for call in (lambda: sc.log_score_grouped(g, eps=0),
                 lambda: sc.sharpness_histogram_grouped(g, 0),
                 lambda: sc.sharpness_histogram(P_EX, 2.5),
                 lambda: sc.calibration_table_grouped(g, bins="bogus"),
                 lambda: sc.murphy_decomposition_grouped(g, bins=[0.6, 1.0]),
                 lambda: sc.GroupedForecasts.from_arrays([0.5], [2])):
        with pytest.raises(ValueError):
            call()
    with pytest.raises(TypeError):
        sc.brier_score_grouped((P_EX, Y_EX))


@pytest.mark.parametrize("n_bins", [1, 3, 10, 20])
def test_sharpness_histogram_matches_numpy(n_bins):
    p, _ = _scenario("ties_0.05")
    rows = sc.sharpness_histogram(p, n_bins)
    edges = np.arange(n_bins + 1) / n_bins  # np.histogram with explicit edges: same edge rule
    assert [r[2] for r in rows] == np.histogram(p, bins=edges)[0].tolist()
    assert [r[0] for r in rows] == edges[:-1].tolist() and rows[-1][1] == 1.0
    assert all(type(x) is float for r in rows for x in r[:2]) and all(type(r[2]) is int for r in rows)


def _summary_from_rows(p, y, bins):
    z, zp = sc.spiegelhalter_z(p, y)
    m, c = sc.murphy_decomposition(p, y, bins), sc.corp_decomposition(p, y)
    return {"n": len(p), "events": int(np.sum(y)), "base_rate": float(np.mean(y)),
            "mean_forecast": float(np.mean(p)), "brier": sc.brier_score(p, y),
            "log_score": sc.log_score(p, y), "brier_skill_score": sc.brier_skill_score(p, y),
            "auc": sc.auc(p, y), "spiegelhalter_z": z, "spiegelhalter_p": zp,
            "murphy": {k: getattr(m, k) for k in ("rel", "res", "unc", "wbv", "wbc")},
            "corp": {k: getattr(c, k) for k in ("mcb", "dsc", "unc")}}


def _assert_json_ready(d):
    import json
    json.dumps(d, allow_nan=False)  # raises on nan/inf
    for k, x in d.items():
        if k in ("n", "events"):
            assert type(x) is int
        elif isinstance(x, dict):
            _assert_json_ready(x)
        else:
            assert x is None or type(x) is float, (k, type(x))


@pytest.mark.parametrize("name", SCENARIOS)
@pytest.mark.parametrize("bins", [10, "quantile"])
def test_summary_grouped_matches_row_functions(name, bins):
    p, y = _scenario(name)
    got = sc.summary_grouped(sc.GroupedForecasts.from_arrays(p, y), bins=bins)
    want = _summary_from_rows(p, y, bins)
    _assert_json_ready(got)
    assert got.keys() == want.keys()
    for k, w in want.items():
        pairs = w.items() if isinstance(w, dict) else [(k, w)]
        gd = got[k] if isinstance(w, dict) else {k: got[k]}
        for kk, ww in pairs:
            if isinstance(ww, float) and math.isnan(ww):
                assert gd[kk] is None, kk
            else:
                assert gd[kk] == pytest.approx(ww, rel=1e-9, abs=1e-12), kk
    if name in ("all_events", "no_events"):
        assert got["auc"] is None and got["brier_skill_score"] is None
    if name == "constant_half":
        assert got["spiegelhalter_z"] is None and got["spiegelhalter_p"] is None


def test_summary_grouped_worked_example_and_empty():
    s = sc.summary_grouped(sc.GroupedForecasts.from_arrays(P_EX, Y_EX), bins=3)
    assert (s["n"], s["events"], s["base_rate"], s["mean_forecast"]) == (4, 2, 0.5, 0.575)
    assert (s["brier"], s["log_score"], s["spiegelhalter_z"]) == pytest.approx(
        (0.1975, 0.556406, 0.207390), **A)
    assert s["murphy"] == pytest.approx(
        dict(rel=0.1175, res=0.125, unc=0.25, wbv=0.005, wbc=0.05), **A)
    assert s["corp"] == pytest.approx(dict(mcb=0.0725, dsc=0.125, unc=0.25), **A)
    empty = sc.summary_grouped(sc.GroupedForecasts([], [], []))
    assert empty == {"n": 0, "events": 0, **{k: None for k in (
        "base_rate", "mean_forecast", "brier", "log_score", "brier_skill_score", "auc",
        "spiegelhalter_z", "spiegelhalter_p", "murphy", "corp")}}
    _assert_json_ready(empty)


@pytest.mark.parametrize("seed", SEEDS[:3])
def test_multi_category_summary(seed):
    P, Y = rand_categorical(seed)
    s = sc.multi_category_summary(P, Y)
    assert s == sc.multi_category_summary(P, np.eye(P.shape[1])[Y])
    assert s.keys() == {"n", "brier", "log_score"} and s["n"] == len(Y)
    expected = sum(ps_brier((Y == k).astype(float), P[:, k]) for k in range(P.shape[1])).mean()
    assert s["brier"] == pytest.approx(expected, abs=1e-12)
    assert s["log_score"] == pytest.approx(log_loss(Y, P, labels=range(P.shape[1])), abs=1e-10)
    _assert_json_ready(s)
    assert sc.multi_category_summary([[0.2, 0.8]], [0])["brier"] == pytest.approx(1.28)
    with pytest.raises(ValueError):
        sc.multi_category_summary([[0.5, 0.6]], [0])
