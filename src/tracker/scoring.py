"""Scoring rules and calibration diagnostics for probability forecasts.

Pure numpy: arrays in, numbers out.  Conventions (ranges, epsilons, bin
edges, tie handling) are documented in ``docs/scoring.md``.  Functions that
a database layer may want to feed with SQL aggregates have a ``*_from_*``
twin taking sufficient statistics; the array versions build on those so
both paths share one formula.  ``*_grouped`` functions take a
GroupedForecasts (per distinct forecast value: count and events, what SQL
``GROUP BY p`` returns) and give what the row-level function gives on the
expanded rows.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Hashable, NamedTuple

import numpy as np

LOG_SCORE_EPSILON = 1e-15
WILSON_Z_95 = 1.959963984540054  # Phi^-1(0.975)
SECONDS_PER_DAY = 86400
_ROW_SUM_TOL = 1e-6


def _vectors(*arrays):
    out = [np.atleast_1d(np.asarray(a, dtype=float)) for a in arrays]
    if out[0].ndim != 1 or out[0].size == 0 or any(a.shape != out[0].shape for a in out):
        raise ValueError("inputs must be non-empty 1-D arrays of equal length")
    return out


def _check_probs(p):
    if not np.all((p >= 0) & (p <= 1)):  # also rejects nan
        raise ValueError("probabilities must lie in [0, 1]")


def _binary(p, y):
    p, y = _vectors(p, y)
    _check_probs(p)
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("outcomes must be 0 or 1")
    return p, y


def _categorical(P, Y):
    """Validate (n, K) probabilities; return them with a one-hot outcome matrix."""
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.shape[0] == 0 or P.shape[1] < 2:
        raise ValueError("P must have shape (n, K) with n >= 1 and K >= 2")
    _check_probs(P)
    # Not renormalised: a row that does not sum to 1 is a bug upstream.
    if not np.allclose(P.sum(axis=1), 1.0, rtol=0, atol=_ROW_SUM_TOL):
        raise ValueError("each row of P must sum to 1")
    Y = np.asarray(Y)
    n, k = P.shape
    if Y.ndim == 1 and Y.shape[0] == n:
        if not np.all((Y == np.round(Y)) & (Y >= 0) & (Y < k)):
            raise ValueError("category indices must be integers in [0, K)")
        O = np.zeros_like(P)
        O[np.arange(n), Y.astype(int)] = 1.0
    elif Y.shape == P.shape:
        O = Y.astype(float)
        if not (np.all((O == 0) | (O == 1)) and np.all(O.sum(axis=1) == 1)):
            raise ValueError("one-hot Y must have exactly one 1 per row")
    else:
        raise ValueError("Y must have shape (n,) or (n, K)")
    return P, O


def brier_score(p, y) -> float:
    """Binary Brier score: mean of (p - y)^2, in [0, 1]; lower is better."""
    p, y = _binary(p, y)
    return float(np.mean((p - y) ** 2))


def multi_brier_score(P, Y) -> float:
    """Multi-category Brier score (Brier 1950 original form), in [0, 2].

    ``P`` is (n, K); ``Y`` is (n,) observed category indices or (n, K) one-hot.
    Returns the mean over rows of sum_k (P_k - O_k)^2.
    """
    P, O = _categorical(P, Y)
    return float(np.mean(np.sum((P - O) ** 2, axis=1)))


def ranked_probability_score(P, Y, normalise: bool = False) -> float:
    """Ranked probability score for ordered categories.

    Mean over rows of sum_k (cumP_k - cumO_k)^2, the plain sum over the K
    categories (range [0, K-1]).  ``normalise=True`` divides by K-1 (range
    [0, 1]).  Example: P=[0.2, 0.5, 0.3], middle observed -> 0.13 (0.065).
    """
    P, O = _categorical(P, Y)
    rps = np.sum((np.cumsum(P, axis=1) - np.cumsum(O, axis=1)) ** 2, axis=1)
    if normalise:
        rps = rps / (P.shape[1] - 1)
    return float(np.mean(rps))


def _check_eps(eps):
    if not 0 < eps < 0.5:
        raise ValueError("eps must lie in (0, 0.5)")


def log_score(p, y, eps: float = LOG_SCORE_EPSILON) -> float:
    """Binary log score: mean negative log-likelihood in nats (lower is better).

    The probability given to what happened is clipped to [eps, 1-eps], so
    a confident miss costs -ln(eps) (34.54 nats) instead of infinity.
    """
    _check_eps(eps)
    p, y = _binary(p, y)
    # Clipping q rather than p keeps misses symmetric: fl(1 - 1e-15) != 1 - 1e-15.
    q = np.clip(np.where(y == 1, p, 1 - p), eps, 1 - eps)
    return float(-np.mean(np.log(q)))


def multi_log_score(P, Y, eps: float = LOG_SCORE_EPSILON) -> float:
    """Multi-category log score: mean of -ln P[i, observed_i], clipped as log_score."""
    _check_eps(eps)
    P, O = _categorical(P, Y)
    q = np.clip(np.sum(P * O, axis=1), eps, 1 - eps)
    return float(-np.mean(np.log(q)))


def brier_skill_score(p, y) -> float:
    """Brier skill score 1 - BS / BS_ref against the sample climatology.

    BS_ref = ybar (1 - ybar), the Brier score of always forecasting the
    observed base rate.  Returns nan when the base rate is 0 or 1.
    """
    p, y = _binary(p, y)
    ybar = float(np.mean(y))
    if ybar in (0.0, 1.0):
        return math.nan
    return 1.0 - brier_score(p, y) / (ybar * (1.0 - ybar))


def _average_ranks(x):
    """1-based ranks with ties given the mean of the ranks they span."""
    _, inv, counts = np.unique(x, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    return (ends - (counts - 1) / 2.0)[inv]


def auc(p, y) -> float:
    """ROC AUC via the Mann-Whitney U statistic (ties count 1/2); nan if one class."""
    p, y = _binary(p, y)
    pos = y == 1
    n1, n0 = int(pos.sum()), int((~pos).sum())
    if n1 == 0 or n0 == 0:
        return math.nan
    u = _average_ranks(p)[pos].sum() - n1 * (n1 + 1) / 2.0
    return float(u / (n1 * n0))


def spiegelhalter_z(p, y) -> tuple[float, float]:
    """Spiegelhalter (1986) calibration test: returns (z, two-sided p-value).

    z = sum((y-p)(1-2p)) / sqrt(sum((1-2p)^2 p (1-p))).  Returns (nan, nan)
    when the variance is 0 (every forecast is 0, 1/2 or 1).
    """
    p, y = _binary(p, y)
    var = float(np.sum((1 - 2 * p) ** 2 * p * (1 - p)))
    if var <= 0:
        return math.nan, math.nan
    z = float(np.sum((y - p) * (1 - 2 * p))) / math.sqrt(var)
    return z, math.erfc(abs(z) / math.sqrt(2.0))


def wilson_interval(k, n, z: float = WILSON_Z_95):
    """Wilson (1927) score interval for k successes out of n trials.

    Scalars give a ``(low, high)`` tuple of floats; arrays broadcast and give
    a tuple of arrays.  n = 0 gives (nan, nan): no data, no interval.
    """
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    if np.any(k < 0) or np.any(k > n):
        raise ValueError("need 0 <= k <= n")
    with np.errstate(divide="ignore", invalid="ignore"):
        phat = k / n
        denom = 1 + z * z / n
        centre = (phat + z * z / (2 * n)) / denom
        half = z * np.sqrt(phat * (1 - phat) / n + z * z / (4 * n * n)) / denom
    # Clip only removes rounding crumbs (e.g. -1e-17 at k = 0).
    low = np.where(n > 0, np.clip(centre - half, 0, 1), np.nan)
    high = np.where(n > 0, np.clip(centre + half, 0, 1), np.nan)
    if low.ndim == 0:
        return float(low), float(high)
    return low, high


# ---------------------------------------------------------------- binning

def _quantile_of_groups(values, counts, q) -> np.ndarray:
    """``np.quantile(np.repeat(values, counts), q)`` without expanding the rows.

    Reproduces numpy's default 'linear' method step by step (virtual index
    (n-1)q, floor/ceil neighbours, numpy's two-sided lerp), so the result is
    bit-for-bit what np.quantile returns on the expanded data.
    """
    order = np.argsort(values, kind="stable")
    v = np.asarray(values, dtype=float)[order]
    cum = np.cumsum(np.asarray(counts)[order])
    n = int(cum[-1])
    h = (n - 1) * np.atleast_1d(np.asarray(q, dtype=float))
    lo = np.clip(np.floor(h), 0, n - 1)
    hi = np.clip(lo + 1, 0, n - 1)
    # Row k of the sorted expansion holds v[j] for the first j with cum[j] > k.
    a = v[np.searchsorted(cum, lo.astype(np.int64), side="right")]
    b = v[np.searchsorted(cum, hi.astype(np.int64), side="right")]
    t = h - lo
    diff = b - a
    return np.where(t >= 0.5, b - diff * (1 - t), a + diff * t)


def _edges(bins, p=None, n_bins=10, weights=None):
    """Bin edges; ``weights`` (counts per distinct p) only matter for 'quantile'."""
    if isinstance(bins, str):
        if bins == "uniform":
            bins = n_bins
        elif bins == "quantile":
            qs = np.linspace(0, 1, n_bins + 1)
            q = np.quantile(p, qs) if weights is None else _quantile_of_groups(p, weights, qs)
            # Duplicated quantiles (tied forecasts) would make empty zero-width bins.
            return np.unique(q)
        else:
            raise ValueError("bins must be 'uniform', 'quantile', an int or edges")
    if isinstance(bins, (int, np.integer)):
        if bins < 1:
            raise ValueError("need at least one bin")
        # k / bins is correctly rounded, so e.g. p = 0.3 lands exactly on an
        # edge and goes to [0.3, 0.4); np.linspace would give 0.30000000000000004.
        return np.arange(bins + 1) / bins
    edges = np.asarray(bins, dtype=float)
    if edges.ndim != 1 or edges.size < 2 or np.any(np.diff(edges) <= 0):
        raise ValueError("edges must be strictly increasing with at least 2 entries")
    return edges


def _bin_index(p, edges):
    """Bins are [e_i, e_{i+1}); the last bin also includes its right edge."""
    nb = max(edges.size - 1, 1)
    idx = np.searchsorted(edges, p, side="right") - 1
    idx[p == edges[-1]] = nb - 1
    if np.any((idx < 0) | (idx >= nb)):
        raise ValueError("forecasts fall outside the bin edges")
    return idx, nb


def _bin_sums(p, y, edges):
    idx, nb = _bin_index(p, edges)
    def s(w=None):
        return np.bincount(idx, weights=w, minlength=nb)
    return s(), s(p), s(p * p), s(y), s(p * y)


@dataclass(frozen=True)
class MurphyDecomposition:
    """BS = rel - res + unc + wbv - wbc (Stephenson, Coelho & Jolliffe 2008)."""

    brier: float
    rel: float
    res: float
    unc: float
    wbv: float
    wbc: float
    n: int


def murphy_decomposition_from_sums(counts, sum_p, sum_p2, sum_y, sum_py) -> MurphyDecomposition:
    """Extended Murphy decomposition from per-bin sufficient statistics.

    Each argument is an array with one entry per bin: number of forecasts,
    sum of p, sum of p^2, sum of y (events) and sum of p*y.  Bins with count
    0 are ignored.  Outcomes must be binary (y^2 = y is used).  Bin means of
    the forecasts (not bin centres) are used, which is what makes
    BS = REL - RES + UNC + WBV - WBC hold exactly.
    """
    arrs = _vectors(counts, sum_p, sum_p2, sum_y, sum_py)
    if np.any(arrs[0] < 0) or arrs[0].sum() <= 0:
        raise ValueError("counts must be non-negative with a positive total")
    nz = arrs[0] > 0
    c, sp, sp2, sy, spy = (a[nz] for a in arrs)
    n = c.sum()
    ybar = sy.sum() / n
    pbar, obar = sp / c, sy / c
    return MurphyDecomposition(
        brier=float((sp2.sum() - 2 * spy.sum() + sy.sum()) / n),
        rel=float(np.sum(c * (pbar - obar) ** 2) / n),
        res=float(np.sum(c * (obar - ybar) ** 2) / n),
        unc=float(ybar * (1 - ybar)),
        wbv=float(np.sum(sp2 - sp * pbar) / n),
        wbc=float(2 * np.sum(spy - sp * obar) / n),
        n=int(round(n)),
    )


def murphy_decomposition(p, y, bins=10) -> MurphyDecomposition:
    """Extended Murphy decomposition of the Brier score of binary forecasts.

    ``bins`` is an int (equal-width bins on [0, 1]), an array of edges, or
    'uniform'/'quantile' (10 bins) as in calibration_table.  Bins are left-closed [lo, hi), the last one closed [lo, hi].
    """
    p, y = _binary(p, y)
    return murphy_decomposition_from_sums(*_bin_sums(p, y, _edges(bins, p)))


class CalibrationRow(NamedTuple):
    """One bin of a reliability table; statistics are nan for an empty bin."""

    lower: float
    upper: float
    count: int
    events: int
    mean_forecast: float
    observed_frequency: float
    wilson_low: float
    wilson_high: float


def calibration_table(p, y, bins="uniform", n_bins: int = 10) -> list[CalibrationRow]:
    """Reliability table: one row per bin, empty bins kept with count 0.

    ``bins`` is 'uniform' (n_bins equal-width bins on [0, 1]), 'quantile'
    (edges at the n_bins-quantiles of p, deduplicated) or an array of edges.
    The Wilson interval (95%) is for the observed frequency.
    """
    p, y = _binary(p, y)
    edges = _table_edges(bins, p, n_bins)
    cnt, sp, _, sy, _ = _bin_sums(p, y, edges)
    return _calibration_rows(edges, cnt, sp, sy)


def _table_edges(bins, p, n_bins, weights=None):
    edges = _edges(bins, p, n_bins, weights)
    if edges.size == 1:  # all forecasts equal under 'quantile'
        edges = np.repeat(edges, 2)
    return edges


def _calibration_rows(edges, cnt, sp, sy) -> list[CalibrationRow]:
    lo, hi = wilson_interval(sy, cnt)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_f, obs = sp / cnt, sy / cnt
    return [CalibrationRow(float(edges[i]), float(edges[i + 1]), int(cnt[i]),
                           int(round(sy[i])), float(mean_f[i]), float(obs[i]),
                           float(lo[i]), float(hi[i]))
            for i in range(cnt.size)]


def _check_n_bins(n_bins):
    if isinstance(n_bins, bool) or not isinstance(n_bins, (int, np.integer)) or n_bins < 1:
        raise ValueError("n_bins must be a positive integer")


def _histogram_rows(edges, cnt) -> list[tuple[float, float, int]]:
    return [(float(edges[i]), float(edges[i + 1]), int(round(cnt[i]))) for i in range(cnt.size)]


def sharpness_histogram(p, n_bins: int = 10) -> list[tuple[float, float, int]]:
    """Histogram of the forecasts: ``(lower, upper, count)`` per bin, empty bins kept.

    n_bins equal-width bins on [0, 1] with the same edges and edge rule as
    calibration_table ([lo, hi), the last bin [lo, hi]).  Outcomes are not
    needed: sharpness is a property of the forecasts alone.
    """
    _check_n_bins(n_bins)
    (p,) = _vectors(p)
    _check_probs(p)
    edges = _edges(n_bins)
    idx, nb = _bin_index(p, edges)
    return _histogram_rows(edges, np.bincount(idx, minlength=nb))


# ------------------------------------------------------------------- CORP

def pav(x, y_sum, weight) -> np.ndarray:
    """Pool-adjacent-violators: weighted non-decreasing isotonic regression.

    Takes aggregated input: per forecast value ``x``, the sum of outcomes
    ``y_sum`` and the positive ``weight`` (count).  Repeated x values are
    pooled before fitting, so equal x always get equal fitted values.
    Returns the fitted means aligned with the input order.
    """
    x, y_sum, weight = _vectors(x, y_sum, weight)
    if np.any(weight <= 0):
        raise ValueError("weights must be positive")
    ux, inv = np.unique(x, return_inverse=True)
    ys = np.bincount(inv, weights=y_sum)
    ws = np.bincount(inv, weights=weight)
    bs, bw, blen = np.empty_like(ys), np.empty_like(ws), np.empty(ux.size, dtype=int)
    top = -1
    for i in range(ux.size):
        top += 1
        bs[top], bw[top], blen[top] = ys[i], ws[i], 1
        # mean[top-1] > mean[top], cross-multiplied (weights > 0) to skip divisions
        while top > 0 and bs[top - 1] * bw[top] > bs[top] * bw[top - 1]:
            bs[top - 1] += bs[top]
            bw[top - 1] += bw[top]
            blen[top - 1] += blen[top]
            top -= 1
    fitted = np.repeat(bs[: top + 1] / bw[: top + 1], blen[: top + 1])
    return fitted[inv]


@dataclass(frozen=True, eq=False)
class CorpDecomposition:
    """BS = mcb - dsc + unc (Dimitriadis, Gneiting & Jordan 2021).

    ``values`` are the distinct forecasts (ascending), ``recalibrated`` the
    PAV-recalibrated probability for each and ``counts`` their frequencies:
    plotting ``recalibrated`` against ``values`` is the CORP reliability diagram.
    """

    brier: float
    mcb: float
    dsc: float
    unc: float
    values: np.ndarray
    recalibrated: np.ndarray
    counts: np.ndarray


def corp_decomposition_from_groups(values, outcome_sums, counts) -> CorpDecomposition:
    """CORP decomposition from per-distinct-forecast aggregates.

    ``values``: forecast values; ``outcome_sums``: number of events among the
    forecasts with that value; ``counts``: how many forecasts had it.
    """
    v, os_, c = _vectors(values, outcome_sums, counts)
    _check_probs(v)
    if np.any(c <= 0) or np.any((os_ < 0) | (os_ > c)):
        raise ValueError("need counts > 0 and 0 <= outcome_sums <= counts")
    v, inv = np.unique(v, return_inverse=True)
    os_, c = np.bincount(inv, weights=os_), np.bincount(inv, weights=c)
    r = pav(v, os_, c)
    n = c.sum()

    def score(f):  # mean Brier from aggregates, using y^2 = y
        return float(np.sum(c * f * f - 2 * f * os_ + os_) / n)

    ybar = os_.sum() / n
    unc = float(ybar * (1 - ybar))
    bs, s_rc = score(v), score(r)
    return CorpDecomposition(bs, bs - s_rc, unc - s_rc, unc, v, r, c.astype(int))


def corp_decomposition(p, y) -> CorpDecomposition:
    """CORP decomposition of the Brier score, ties in p pooled (see the *_from_groups form)."""
    p, y = _binary(p, y)
    v, inv = np.unique(p, return_inverse=True)
    return corp_decomposition_from_groups(v, np.bincount(inv, weights=y), np.bincount(inv))


# ----------------------------------------------------- grouped forecasts

@dataclass(frozen=True, eq=False)
class GroupedForecasts:
    """Binary forecasts grouped by distinct probability value.

    The shape of ``SELECT p, SUM(y), COUNT(*) ... GROUP BY p``: for each
    distinct forecast ``values[i]``, ``counts[i]`` forecasts had it and
    ``events[i]`` of them resolved yes.  Any order is accepted; the stored
    form is canonical: values ascending and distinct (repeated values are
    pooled, which changes no score), ``values`` float64, ``events`` and
    ``counts`` int64, all read-only.  Zero groups (no forecasts) is allowed
    here; the scoring functions reject it, summary_grouped reports it.
    """

    values: np.ndarray
    events: np.ndarray
    counts: np.ndarray

    def __post_init__(self):
        v, e, c = (np.atleast_1d(np.asarray(a, dtype=float))
                   for a in (self.values, self.events, self.counts))
        if v.ndim != 1 or e.shape != v.shape or c.shape != v.shape:
            raise ValueError("values, events and counts must be 1-D arrays of equal length")
        _check_probs(v)
        if not (np.all(np.isfinite(c)) and np.all(c == np.round(c))
                and np.all(np.isfinite(e)) and np.all(e == np.round(e))):
            raise ValueError("events and counts must be integers")
        if np.any(c < 1) or np.any((e < 0) | (e > c)):
            raise ValueError("need counts >= 1 and 0 <= events <= counts")
        order = np.argsort(v, kind="stable")
        v, e, c = v[order] + 0.0, e[order].astype(np.int64), c[order].astype(np.int64)  # +0.0: -0.0 -> 0.0
        if v.size > 1 and np.any(v[1:] == v[:-1]):
            starts = np.flatnonzero(np.r_[True, v[1:] != v[:-1]])
            v, e, c = v[starts], np.add.reduceat(e, starts), np.add.reduceat(c, starts)
        for name, a in (("values", v), ("events", e), ("counts", c)):
            a.setflags(write=False)
            object.__setattr__(self, name, a)

    @classmethod
    def from_arrays(cls, p, y) -> "GroupedForecasts":
        """Group row-level binary forecasts ``p`` and outcomes ``y`` (np.unique on p).

        Validated like the row-level functions, except that two empty
        arrays give an empty GroupedForecasts.
        """
        if np.size(p) == 0 and np.size(y) == 0:
            return cls([], [], [])
        p, y = _binary(p, y)
        v, inv = np.unique(p, return_inverse=True)
        return cls(v, np.bincount(inv, weights=y), np.bincount(inv))

    @property
    def n(self) -> int:
        """Number of forecasts (sum of counts)."""
        return int(self.counts.sum())

    @property
    def base_rate(self) -> float:
        """Share of forecasts that resolved yes; nan when there are none."""
        n = self.n
        return float(self.events.sum() / n) if n else math.nan

    def expand(self) -> tuple[np.ndarray, np.ndarray]:
        """Row-level ``(p, y)``: each group's events first, then its non-events."""
        p = np.repeat(self.values, self.counts)
        start = np.repeat(np.cumsum(self.counts) - self.counts, self.counts)
        y = (np.arange(p.size) - start < np.repeat(self.events, self.counts)).astype(int)
        return p, y


def _groups(g):
    """values, events, counts (float arrays) and n of a non-empty GroupedForecasts."""
    if not isinstance(g, GroupedForecasts):
        raise TypeError("expected a GroupedForecasts")
    if g.values.size == 0:
        raise ValueError("inputs must be non-empty 1-D arrays of equal length")
    return g.values, g.events.astype(float), g.counts.astype(float), g.n


def brier_score_grouped(g: GroupedForecasts) -> float:
    """brier_score from grouped forecasts."""
    v, e, c, n = _groups(g)
    return float(np.sum(e * (1 - v) ** 2 + (c - e) * v ** 2) / n)


def log_score_grouped(g: GroupedForecasts, eps: float = LOG_SCORE_EPSILON) -> float:
    """log_score from grouped forecasts (same clipping of the probability of the outcome)."""
    _check_eps(eps)
    v, e, c, n = _groups(g)
    hit = np.log(np.clip(v, eps, 1 - eps))
    miss = np.log(np.clip(1 - v, eps, 1 - eps))
    return float(-np.sum(e * hit + (c - e) * miss) / n)


def brier_skill_score_grouped(g: GroupedForecasts) -> float:
    """brier_skill_score from grouped forecasts; nan when the base rate is 0 or 1."""
    _, e, _, n = _groups(g)
    ybar = float(e.sum() / n)
    if ybar in (0.0, 1.0):
        return math.nan
    return 1.0 - brier_score_grouped(g) / (ybar * (1.0 - ybar))


def auc_grouped(g: GroupedForecasts) -> float:
    """auc from grouped forecasts: Mann-Whitney U, forecasts sharing a value are ties (1/2).

    Integer arithmetic throughout (exact while n is below about 2e9).
    """
    _groups(g)
    pos = g.events
    neg = g.counts - g.events
    n1, n0 = int(pos.sum()), int(neg.sum())
    if n1 == 0 or n0 == 0:
        return math.nan
    below = np.cumsum(neg) - neg  # negatives with a strictly lower forecast (values ascend)
    u2 = int(np.sum(pos * (2 * below + neg)))  # 2U: a tied pair counts 1
    return float(u2 / (2 * n1 * n0))


def spiegelhalter_z_grouped(g: GroupedForecasts) -> tuple[float, float]:
    """spiegelhalter_z from grouped forecasts: (z, two-sided p-value), (nan, nan) if degenerate."""
    v, e, c, _ = _groups(g)
    w = 1 - 2 * v
    var = float(np.sum(c * (w ** 2 * v * (1 - v))))
    if var <= 0:
        return math.nan, math.nan
    z = float(np.sum(e * ((1 - v) * w) - (c - e) * (v * w))) / math.sqrt(var)
    return z, math.erfc(abs(z) / math.sqrt(2.0))


def _grouped_bin_sums(g, edges):
    v, e, c, _ = _groups(g)
    idx, nb = _bin_index(v, edges)
    def s(w):
        return np.bincount(idx, weights=w, minlength=nb)
    return s(c), s(c * v), s(c * v * v), s(e), s(e * v)


def calibration_table_grouped(g: GroupedForecasts, bins="uniform",
                              n_bins: int = 10) -> list[CalibrationRow]:
    """calibration_table from grouped forecasts, same bins and edge rule.

    'quantile' edges are the quantiles np.quantile would give on the
    expanded rows (computed from the counts, bit for bit).
    """
    v, _, c, _ = _groups(g)
    edges = _table_edges(bins, v, n_bins, weights=c)
    cnt, sp, _, sy, _ = _grouped_bin_sums(g, edges)
    return _calibration_rows(edges, cnt, sp, sy)


def murphy_decomposition_grouped(g: GroupedForecasts, bins=10) -> MurphyDecomposition:
    """murphy_decomposition from grouped forecasts (via murphy_decomposition_from_sums)."""
    v, _, c, _ = _groups(g)
    return murphy_decomposition_from_sums(*_grouped_bin_sums(g, _edges(bins, v, weights=c)))


def corp_decomposition_grouped(g: GroupedForecasts) -> CorpDecomposition:
    """corp_decomposition from grouped forecasts (via corp_decomposition_from_groups)."""
    _groups(g)
    return corp_decomposition_from_groups(g.values, g.events, g.counts)


def sharpness_histogram_grouped(g: GroupedForecasts,
                                n_bins: int = 10) -> list[tuple[float, float, int]]:
    """sharpness_histogram from grouped forecasts: ``(lower, upper, count)`` per bin."""
    _check_n_bins(n_bins)
    v, _, c, _ = _groups(g)
    edges = _edges(n_bins)
    idx, nb = _bin_index(v, edges)
    return _histogram_rows(edges, np.bincount(idx, weights=c, minlength=nb))


def _json_float(x):
    """Plain Python float, or None for nan/inf (JSON has neither)."""
    x = float(x)
    return x if math.isfinite(x) else None


_SUMMARY_KEYS = ("n", "events", "base_rate", "mean_forecast", "brier", "log_score",
                 "brier_skill_score", "auc", "spiegelhalter_z", "spiegelhalter_p",
                 "murphy", "corp")


def summary_grouped(g: GroupedForecasts, bins=10) -> dict:
    """Every binary score of grouped forecasts in one JSON-ready dict.

    Keys: n, events (ints), base_rate, mean_forecast, brier, log_score,
    brier_skill_score, auc, spiegelhalter_z, spiegelhalter_p (floats),
    murphy {rel, res, unc, wbv, wbc} (``bins`` as in murphy_decomposition)
    and corp {mcb, dsc, unc}.  Undefined values (nan) are None.  With no
    forecasts: n = events = 0 and every other key None.
    """
    if not isinstance(g, GroupedForecasts):
        raise TypeError("expected a GroupedForecasts")
    out = dict.fromkeys(_SUMMARY_KEYS)
    out["n"] = n = g.n
    out["events"] = int(g.events.sum())
    if n == 0:
        return out
    v, _, c, _ = _groups(g)
    z, z_p = spiegelhalter_z_grouped(g)
    m = murphy_decomposition_grouped(g, bins)
    cp = corp_decomposition_grouped(g)
    out.update(
        base_rate=_json_float(g.base_rate),
        mean_forecast=_json_float(np.sum(c * v) / n),
        brier=_json_float(brier_score_grouped(g)),
        log_score=_json_float(log_score_grouped(g)),
        brier_skill_score=_json_float(brier_skill_score_grouped(g)),
        auc=_json_float(auc_grouped(g)),
        spiegelhalter_z=_json_float(z),
        spiegelhalter_p=_json_float(z_p),
        murphy={k: _json_float(getattr(m, k)) for k in ("rel", "res", "unc", "wbv", "wbc")},
        corp={k: _json_float(getattr(cp, k)) for k in ("mcb", "dsc", "unc")},
    )
    return out


def multi_category_summary(P, Y) -> dict:
    """Choice-question scores in one JSON-ready dict: n, brier (multi-category, [0, 2]), log_score.

    ``P`` is (n, K) and ``Y`` (n,) category indices or (n, K) one-hot, as in
    multi_brier_score and multi_log_score.
    """
    P, O = _categorical(P, Y)
    return {"n": int(P.shape[0]), "brier": multi_brier_score(P, O),
            "log_score": multi_log_score(P, O)}


# ------------------------------------------------------ time and peers

def _epoch_seconds(t) -> np.ndarray:
    a = np.atleast_1d(np.asarray(t))
    if np.issubdtype(a.dtype, np.datetime64):
        return a.astype("datetime64[s]").astype(np.int64).astype(float)
    return a.astype(float)


def time_averaged_brier(times, probs, open_time, close_time, outcome) -> float:
    """Good Judgment style time-averaged Brier score of one forecaster on one question.

    ``times`` (datetime64 or epoch seconds) and binary ``probs`` are the
    forecaster's predictions; the question is open on [open_time, close_time).
    Each whole UTC day overlapping that interval is scored with the forecast
    standing at the end of the day (the last one made before the day ends or
    the question closes, whichever is first; ties in time go to the later
    row).  Days before the first forecast are excluded, not back-filled.
    Forecasts at or after close are ignored.  Returns the mean daily
    (p - outcome)^2, or nan if no forecast stands on any day.
    """
    t, p = _vectors(_epoch_seconds(times), probs)
    _check_probs(p)
    if outcome not in (0, 1):
        raise ValueError("outcome must be 0 or 1")
    t_open, t_close = float(_epoch_seconds(open_time)[0]), float(_epoch_seconds(close_time)[0])
    if not t_close > t_open:
        raise ValueError("close_time must be after open_time")
    first = math.floor(t_open / SECONDS_PER_DAY)
    last = math.ceil(t_close / SECONDS_PER_DAY) - 1
    day_end = (np.arange(first, last + 1) + 1.0) * SECONDS_PER_DAY
    cutoff = np.minimum(day_end, t_close)
    order = np.argsort(t, kind="stable")
    standing = np.searchsorted(t[order], cutoff, side="left") - 1
    standing = standing[standing >= 0]
    if standing.size == 0:
        return math.nan
    return float(np.mean((p[order][standing] - outcome) ** 2))


def relative_brier_per_row(question_ids, forecaster_ids, brier_scores,
                           include_self: bool = True) -> np.ndarray:
    """Each row's Brier minus the median Brier on its question.

    One row per (question, forecaster) pair.  With ``include_self=True``
    (Fatebook's convention) the median is over all forecasters on the
    question including this one; with False, over the others only.  Rows
    on questions with a single forecaster get nan (no peers to compare with).
    """
    q = np.asarray(question_ids)
    f = np.asarray(forecaster_ids)
    b = np.asarray(brier_scores, dtype=float)
    if not (q.ndim == f.ndim == b.ndim == 1 and q.size == f.size == b.size):
        raise ValueError("ids and scores must be 1-D of equal length")
    if len(set(zip(q.tolist(), f.tolist()))) != q.size:
        raise ValueError("duplicate (question, forecaster) pair")
    out = np.full(b.size, np.nan)
    _, qinv = np.unique(q, return_inverse=True)
    order = np.argsort(qinv, kind="stable")
    for rows in np.split(order, np.flatnonzero(np.diff(qinv[order])) + 1):
        if rows.size < 2:
            continue
        if include_self:
            out[rows] = b[rows] - np.median(b[rows])
        else:
            for j, r in enumerate(rows):
                out[r] = b[r] - np.median(np.delete(b[rows], j))
    return out


def relative_brier(question_ids, forecaster_ids, brier_scores,
                   include_self: bool = True) -> dict[Hashable, float]:
    """Mean relative Brier per forecaster (negative = better than the crowd).

    Arrays are parallel, one row per (question, forecaster), holding that
    forecaster's Brier score on the question (e.g. from time_averaged_brier).
    Averages relative_brier_per_row over the forecaster's questions that had
    other forecasters; nan for a forecaster with no such question.
    """
    rel = relative_brier_per_row(question_ids, forecaster_ids, brier_scores, include_self)
    f = np.asarray(forecaster_ids)
    result = {}
    for fid in np.unique(f):
        vals = rel[(f == fid) & ~np.isnan(rel)]
        key = fid.item() if hasattr(fid, "item") else fid  # numpy scalar -> Python
        result[key] = float(vals.mean()) if vals.size else math.nan
    return result
