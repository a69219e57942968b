"""Decompositions of the Brier score: extended Murphy (over bins) and CORP (over PAV recalibration)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tracker.scoring.binning import _bin_sums, _edges
from tracker.scoring.scores import _binary, _check_probs, _vectors


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
