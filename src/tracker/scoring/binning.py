"""Bins on [0, 1]: edges, the per-bin sums, the reliability table and the sharpness histogram.

The edge rule ([lo, hi), the last bin [lo, hi]) is defined once here because the Murphy
decomposition and the grouped functions must bin exactly as the tables do.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from tracker.scoring.scores import _binary, _check_probs, _vectors, wilson_interval


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
