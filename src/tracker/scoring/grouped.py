"""Scores of forecasts grouped by distinct probability, what SQL ``GROUP BY p`` hands over.

Each ``*_grouped`` function gives what its row-level twin gives on the expanded rows, without
expanding them; the summaries gather every score into one JSON-ready dict for reports.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tracker.scoring.binning import (CalibrationRow, _bin_index, _calibration_rows, _check_n_bins,
                                     _edges, _histogram_rows, _table_edges)
from tracker.scoring.decomposition import (CorpDecomposition, MurphyDecomposition,
                                           corp_decomposition_from_groups,
                                           murphy_decomposition_from_sums)
from tracker.scoring.scores import (LOG_SCORE_EPSILON, _binary, _categorical, _check_eps,
                                    _check_probs, multi_brier_score, multi_log_score)


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
