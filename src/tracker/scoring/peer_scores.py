"""Metaculus' Peer and Baseline scores: log scores against the other forecasters and against chance.

Definitions (Metaculus scores FAQ, https://www.metaculus.com/help/scores-faq/ , "What is the Baseline
score?", "What is the Peer score?", "Do all my predictions on a question count toward my score?"; and
their implementation, scoring/score_math.py in github.com/Metaculus/metaculus), with q the probability
a forecast gave to the outcome that happened and K the number of outcomes:

- Baseline = 100 * (ln q - ln(1/K)) / ln K: 100 * (log2 q + 1) for binary questions; 0 for a uniform
  forecast, 100 for certainty on the right outcome.
- Peer = 100 * (1/N) * sum over the N *other* forecasters j of (ln q - ln q_j)
  = 100 * (ln q - ln GM(q_j)). Over everyone on a question, the peer scores sum to zero at each moment.
  A forecaster alone on the question scores 0 for that time (Metaculus' code: no peers, no score).
- Both are integrated over time: each forecast stands from when it was made until the forecaster's
  next one, and each stretch of time scores its value weighted by its length divided by the question's
  *whole scheduled* open period (open to scheduled close). Time before a forecaster's first forecast
  counts as 0, not as missing; a question that closes early (resolves before its scheduled close)
  scores only the time it was open, so its scores are smaller (Metaculus does this to keep the score
  proper). ``coverage`` is the share of the scheduled period covered by the forecaster's forecasts.

q is clipped to [PEER_EPSILON, 1] before the log: tracker accepts forecasts of 0 and 1, whose log score
on a miss is minus infinity. Pure numpy: arrays in, numbers out.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Hashable, Mapping

import numpy as np

from tracker.scoring.crowd import _distributions
from tracker.scoring.peers import _epoch_seconds

#: 0.1%: a forecast of 0 on what happened costs as much as one of 0.1% (baseline about -897), not -infinity.
PEER_EPSILON = 1e-3


@dataclass(frozen=True)
class LogScores:
    """One forecaster's Metaculus-style scores on one question (higher is better)."""

    peer: float
    baseline: float
    coverage: float


def _outcome_logs(probs, outcome: int, eps: float) -> tuple[np.ndarray, int]:
    dist, _ = _distributions(probs)
    k = dist.shape[1]
    if not (isinstance(outcome, (int, np.integer)) and not isinstance(outcome, bool) and 0 <= outcome < k):
        raise ValueError(f"outcome must be an outcome index in [0, {k}) (binary: 1 for yes, 0 for no)")
    return np.log(np.clip(dist[:, outcome], eps, 1.0)), k


def _standing_logs(times: np.ndarray, logs: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """ln q of the forecast standing at each segment start (nan before the first); ties: later row."""
    order = np.argsort(times, kind="stable")
    i = np.searchsorted(times[order], starts, side="right") - 1
    return np.where(i >= 0, logs[order][np.maximum(i, 0)], np.nan)


def question_log_scores(forecasters, times, probs, outcome: int, open_time, close_time,
                        scheduled_close=None, *, outsiders: Mapping[Hashable, tuple] | None = None,
                        eps: float = PEER_EPSILON) -> dict[Hashable, LogScores]:
    """Peer and Baseline scores of every forecaster on one question, time-integrated as Metaculus does.

    ``forecasters``, ``times`` (datetime64 or epoch seconds) and ``probs`` are parallel, one row per
    prediction: (n,) probabilities of yes (binary; ``outcome`` 1 for yes, 0 for no) or (n, K) rows for a
    choice question (``outcome`` the index of the outcome that happened). The question is open on
    [open_time, close_time); ``scheduled_close`` (default close_time) ends the period the scores are
    averaged over. Forecasts before the open stand from the open; those at or after the close count not.
    ``outsiders`` maps names to extra (times, probs) histories (the crowd) scored against the
    forecasters but never counted among anyone's others. Forecasters with no forecast standing while
    the question is open are left out.
    """
    f = np.asarray(forecasters)
    t = _epoch_seconds(times)
    logs, k = _outcome_logs(probs, outcome, eps)
    if not (f.ndim == 1 and f.size == t.size == logs.size) or t.size == 0:
        raise ValueError("forecasters, times and probabilities must be non-empty and of equal length")
    t_open, t_close = float(_epoch_seconds(open_time)[0]), float(_epoch_seconds(close_time)[0])
    t_end = t_close if scheduled_close is None else float(_epoch_seconds(scheduled_close)[0])
    if not t_close > t_open:
        raise ValueError("close_time must be after open_time")
    if t_end < t_close:
        raise ValueError("scheduled_close must not be before close_time")
    outside = {name: (_epoch_seconds(h[0]), _outcome_logs(h[1], outcome, eps)[0])
               for name, h in (outsiders or {}).items()}
    every_time = np.concatenate([t, *(h[0] for h in outside.values())])
    breaks = np.unique(np.concatenate([[t_open, t_close], np.clip(every_time, t_open, t_close)]))
    starts, weights = breaks[:-1], np.diff(breaks) / (t_end - t_open)

    names = list(dict.fromkeys(f.tolist()))
    member = np.column_stack([_standing_logs(t[f == name], logs[f == name], starts) for name in names])
    standing = ~np.isnan(member)
    n = standing.sum(axis=1, keepdims=True)
    total = np.nansum(member, axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        # ln q_i minus the mean of ln q_j over the n - 1 others; alone on the question: 0.
        peer = np.where(n >= 2, member - (total - member) / (n - 1), 0.0)
        others_mean = np.where(n >= 1, total / n, np.nan)[:, 0]
    baseline = 100.0 * (member + math.log(k)) / math.log(k)

    result: dict[Hashable, LogScores] = {}
    for j, name in enumerate(names):
        covered = standing[:, j]
        if covered.any():
            w = weights[covered]
            result[name] = LogScores(peer=float(100.0 * np.sum(w * peer[covered, j])),
                                     baseline=float(np.sum(w * baseline[covered, j])), coverage=float(w.sum()))
    for name, (o_times, o_logs) in outside.items():
        own = _standing_logs(o_times, o_logs, starts)
        covered = ~np.isnan(own)
        if covered.any():
            w = weights[covered]
            vs = np.where(np.isnan(others_mean[covered]), 0.0, own[covered] - others_mean[covered])
            result[name] = LogScores(peer=float(100.0 * np.sum(w * vs)),
                                     baseline=float(np.sum(w * 100.0 * (own[covered] + math.log(k)) / math.log(k))),
                                     coverage=float(w.sum()))
    return result
