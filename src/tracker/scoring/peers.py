"""Forecasters against each other: time-averaged Brier per (question, forecaster), then relative to the crowd."""
from __future__ import annotations

import math
from typing import Hashable

import numpy as np

from tracker.scoring.scores import _check_probs, _vectors

SECONDS_PER_DAY = 86400


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
