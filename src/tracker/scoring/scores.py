"""The scores themselves: proper scoring rules, discrimination and calibration tests on row-level arrays.

Also home of the input validation every other module of the package reuses, so that a bad array is
rejected with the same message whichever function receives it.
"""
from __future__ import annotations

import math

import numpy as np

LOG_SCORE_EPSILON = 1e-15
WILSON_Z_95 = 1.959963984540054  # Phi^-1(0.975)
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
