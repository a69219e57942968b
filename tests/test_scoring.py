"""Tests for tracker.scoring.

Worked-example figures are hand-derived (see docs/scoring.md); everything
else is checked against independent implementations (scikit-learn,
properscoring, statsmodels) or brute-force re-derivations written
differently from the module code.
"""
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
