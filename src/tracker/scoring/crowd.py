"""The crowd forecast of a question over time, as pseudo-forecasters that score like any forecaster.

At every moment someone predicts, the crowd is recomputed from each forecaster's latest prediction
(their own earlier ones no longer count; a forecaster counts only from their first prediction on):

- ``crowd: median``: the median of the standing probabilities, per outcome for choice questions and
  then divided by the sum (per-outcome medians of distributions need not sum to 1; where they are
  all 0, as when three forecasters are each certain of a different outcome, the crowd is uniform);
- ``crowd: geo-mean odds``: the geometric mean of the odds. For K outcomes this is the geometric mean
  of each outcome's probability, divided by the sum; for K = 2 that is exactly
  GM(odds) / (1 + GM(odds)), since GM(p) / (GM(p) + GM(1 - p)) = GM(p / (1 - p)) / (1 + GM(...)).

Probabilities of exactly 0 or 1 have infinite log odds, so before the geometric mean each
probability is clipped to [CROWD_EPSILON, 1 - CROWD_EPSILON]; the median needs no clipping and gets
none. Pure numpy: arrays in, arrays out.
"""
from __future__ import annotations

from typing import Hashable

import numpy as np

from tracker.scoring.peers import _epoch_seconds
from tracker.scoring.scores import _ROW_SUM_TOL, _check_probs

CROWD_MEDIAN = "crowd: median"
CROWD_GEO_MEAN_ODDS = "crowd: geo-mean odds"
CROWD_NAMES = (CROWD_MEDIAN, CROWD_GEO_MEAN_ODDS)
#: 0.1%: a forecast of 0 or 1 pulls the geometric mean as 999:1 would, not infinitely.
CROWD_EPSILON = 1e-3


def _distributions(probs) -> tuple[np.ndarray, bool]:
    """(n, K) rows of probabilities, and whether the input was binary (n,) probabilities of yes."""
    p = np.asarray(probs, dtype=float)
    if p.ndim == 1:
        _check_probs(p)
        return np.column_stack([1.0 - p, p]), True
    if p.ndim != 2 or p.shape[1] < 2:
        raise ValueError("probabilities must be (n,) for binary or (n, K) with K >= 2 for choice")
    _check_probs(p)
    if not np.allclose(p.sum(axis=1), 1.0, rtol=0, atol=_ROW_SUM_TOL):
        raise ValueError("each row of choice probabilities must sum to 1")
    return p, False


def _sum_over_axis1(x: np.ndarray) -> np.ndarray:
    """x.sum(axis=1) added one slice at a time: numpy's order for a short axis, without its per-row cost,
    which dominates when the axis holds a few outcomes or forecasters and there are many rows."""
    total = x[:, 0].copy()
    for j in range(1, x.shape[1]):
        total += x[:, j]
    return total


def _normalised(rows: np.ndarray) -> np.ndarray:
    total = _sum_over_axis1(rows)[:, None]
    # Per-outcome medians can all be 0 (three forecasters each certain of a different outcome): no
    # outcome has the crowd behind it, so the crowd is uniform rather than 0/0.
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, rows / total, 1.0 / rows.shape[1])


def _median_over_forecasters(standing: np.ndarray) -> np.ndarray:
    """Median over axis 1 ignoring nan; np.nanmedian goes through masked arrays, ~30x slower here."""
    ordered = np.sort(standing, axis=1)  # nan sorts last
    n = np.sum(~np.isnan(standing[:, :, :1]), axis=1, keepdims=True)  # forecasters standing, per moment
    low = np.take_along_axis(ordered, (n - 1) // 2, axis=1)
    high = np.take_along_axis(ordered, n // 2, axis=1)
    return ((low + high) / 2)[:, 0, :]


def crowd_histories(forecasters, times, probs, *, eps: float = CROWD_EPSILON,
                    ) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The crowd's prediction history on one question, for each aggregate in CROWD_NAMES.

    ``forecasters``, ``times`` (datetime64 or epoch seconds) and ``probs`` are parallel, one row per
    prediction: ``probs`` is (n,) probabilities of yes for a binary question or (n, K) for a choice
    question. Rows made at the same instant by one forecaster: the later row wins (as in
    time_averaged_brier). Returns ``{name: (times, values)}`` with one entry per distinct time, in
    epoch seconds, ``values`` shaped like ``probs``: the crowd standing from that time on.
    """
    dist, binary = _distributions(probs)
    t = _epoch_seconds(times)
    f = np.asarray(forecasters)
    if not (f.ndim == 1 and f.size == t.size == dist.shape[0]) or t.size == 0:
        raise ValueError("forecasters, times and probabilities must be non-empty and of equal length")
    if not (0 < eps < 0.5):
        raise ValueError("eps must lie in (0, 0.5)")
    moments = np.unique(t)
    names, who = np.unique(f, return_inverse=True)
    # standing[m, j]: forecaster j's latest forecast at moment m (nan before their first), one
    # searchsorted per forecaster rather than a Python step per moment.
    standing = np.full((moments.size, names.size, dist.shape[1]), np.nan)
    for j in range(names.size):
        rows = np.flatnonzero(who == j)
        rows = rows[np.argsort(t[rows], kind="stable")]  # stable: a later row at the same instant wins
        latest = np.searchsorted(t[rows], moments, side="right") - 1
        seen = latest >= 0
        standing[seen, j] = dist[rows[latest[seen]]]
    median = _normalised(_median_over_forecasters(standing))
    geo = _normalised(np.exp(np.nanmean(np.log(np.clip(standing, eps, 1.0 - eps)), axis=1)))
    if binary:
        median, geo = median[:, 1], geo[:, 1]
    return {CROWD_MEDIAN: (moments, median), CROWD_GEO_MEAN_ODDS: (moments, geo)}


def crowd_at(history: tuple[np.ndarray, np.ndarray], moment) -> np.ndarray | float | None:
    """The crowd value standing at ``moment`` (made at or before it), or None before its first."""
    when, values = history
    i = int(np.searchsorted(when, float(_epoch_seconds(moment)[0]), side="right")) - 1
    if i < 0:
        return None
    value = values[i]
    return float(value) if np.ndim(value) == 0 else value


def is_crowd(name: Hashable) -> bool:
    """Whether a forecaster name is one of the crowd pseudo-forecasters."""
    return name in CROWD_NAMES
