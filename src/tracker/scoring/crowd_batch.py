"""The crowd and the Peer/Baseline scores of many questions at once: the arithmetic of
crowd.crowd_histories and peer_scores.question_log_scores (the reference, kept for reading and as the
tests' oracle), batched across questions so that a million predictions cost a few numpy passes rather
than a Python step per question.

Input: one row per prediction, all questions with the same number of outcomes K, sorted by (question,
time, row order); of one forecaster's rows at one instant the last wins, as in the reference. A
*moment* is a (question, distinct time) pair. A question's standing forecasts form a (moments x
forecasters x K) block, as in the reference; questions with the same number of forecasters are stacked
into one array, so that the reference's median and geometric mean run on all of them in one call. A
forecast is carried forward with np.maximum.accumulate over row numbers (a number carried from before
the question's first moment belongs to another question and is dropped); sums over a question's
moments are np.add.reduceat.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tracker.scoring.crowd import CROWD_EPSILON, _median_over_forecasters, _normalised, _sum_over_axis1
from tracker.scoring.peer_scores import PEER_EPSILON
from tracker.scoring.scores import _check_probs

#: Standing cells (moments x forecasters x K) per stacked array: bounds memory whatever the data.
BLOCK_CELLS = 2_000_000
#: Forecaster codes of the crowd in LogScoreRows.
MEDIAN_CODE, GEO_CODE = -1, -2


@dataclass(frozen=True)
class Moments:
    """Every question's crowd at each distinct prediction time, in (question, time) order."""

    question: np.ndarray  # (M,) question index
    time: np.ndarray  # (M,) seconds
    median: np.ndarray  # (M, K) crowd: median, standing from that moment on
    geo: np.ndarray  # (M, K) crowd: geo-mean odds


@dataclass(frozen=True)
class LogScoreRows:
    """Peer and Baseline scores of (question, forecaster) pairs; the crowd's have MEDIAN_CODE, GEO_CODE."""

    question: np.ndarray
    forecaster: np.ndarray
    peer: np.ndarray
    baseline: np.ndarray
    coverage: np.ndarray


def first_of_runs(*keys: np.ndarray) -> np.ndarray:
    """Mask of the first element of each run of equal consecutive keys."""
    first = np.zeros(keys[0].size, dtype=bool)
    first[:1] = True
    for key in keys:
        first[1:] |= key[1:] != key[:-1]
    return first


def last_of_runs(*keys: np.ndarray) -> np.ndarray:
    """Mask of the last element of each run of equal consecutive keys."""
    last = np.zeros(keys[0].size, dtype=bool)
    last[-1:] = True
    for key in keys:
        last[:-1] |= key[1:] != key[:-1]
    return last


def _segments(question: np.ndarray, n_questions: int) -> tuple[np.ndarray, np.ndarray]:
    """First index and length of each question's run in a question-sorted array."""
    count = np.bincount(question, minlength=n_questions)
    return np.cumsum(count) - count, count


def _weights(moments_q, moments_t, open_t, close_t, end_t, scored) -> np.ndarray:
    """Each moment's share of its question's scheduled period: from the moment (or the open) to the
    next moment (or the close); 0 outside the open period and on questions not scored."""
    following = np.append(moments_t[1:], np.inf)
    following[last_of_runs(moments_q)] = np.inf
    q = moments_q
    span = np.minimum(following, close_t[q]) - np.maximum(moments_t, open_t[q])
    with np.errstate(invalid="ignore", divide="ignore"):
        w = np.maximum(span, 0.0) / (end_t[q] - open_t[q])
    return np.where(scored[q], w, 0.0)


def _block_ids(questions: np.ndarray, width: np.ndarray, cells: np.ndarray) -> np.ndarray:
    """Questions (sorted by width) cut into blocks of one width and at most BLOCK_CELLS cells each."""
    group_start = first_of_runs(width)
    before = np.cumsum(cells) - cells
    base = before[group_start][np.cumsum(group_start) - 1]
    chunk = (before - base) // BLOCK_CELLS
    return np.cumsum(first_of_runs(width, chunk)) - 1


def _columns(question, forecaster, moment):
    """One row per (moment, forecaster), the last (lexsort is stable: row order decides), and its column:
    the forecaster's place among the question's forecasters in ascending code. Also, per question, the
    first of its (question, forecaster) pairs and how many there are, and each pair's forecaster."""
    order = np.lexsort((forecaster, moment))
    kept = order[last_of_runs(moment[order], forecaster[order])]
    by_pair = np.lexsort((forecaster[kept], question[kept]))
    pair_q, pair_f = question[kept][by_pair], forecaster[kept][by_pair]
    new_pair = first_of_runs(pair_q, pair_f)
    pair_of_kept = np.empty(kept.size, dtype=np.int64)
    pair_of_kept[by_pair] = np.cumsum(new_pair) - 1
    return kept, pair_q[new_pair], pair_f[new_pair], pair_of_kept


def _standing(slot, cols, rows, n_rows: int, width: int, row_start) -> tuple[np.ndarray, np.ndarray]:
    """Which prediction (row of the input) stands for each block row and forecaster column, and where
    none does (before the forecaster's first on that question). ``slot``, ``cols``: where each of the
    kept ``rows`` was made."""
    source = np.full((n_rows, width), -1)
    source[slot, cols] = slot
    source = np.maximum.accumulate(source, axis=0)  # the latest block row at or before, in any question
    made = np.zeros((n_rows, width), dtype=np.int64)
    made[slot, cols] = rows
    absent = source < row_start[:, None]  # nothing yet, or carried over from an earlier question
    return made[np.maximum(source, 0), np.arange(width)], absent


def _sums(values: list[np.ndarray], start: np.ndarray) -> list[np.ndarray]:
    return [np.add.reduceat(v, start, axis=0) for v in values]


def batched_scores(question, forecaster, time, dist, n_questions: int, outcome, open_t, close_t, end_t,
                   scored, *, crowd_eps: float = CROWD_EPSILON, peer_eps: float = PEER_EPSILON,
                   ) -> tuple[Moments, LogScoreRows]:
    """Crowd histories and Peer/Baseline scores (of the forecasters and of the two crowds) of many questions.

    Per row: ``question`` (int, sorted), ``forecaster`` (int >= 0; ascending code is the reference's
    column order), ``time`` (seconds, sorted within a question, ties in row order) and ``dist`` (n, K).
    Per question (``n_questions`` long): ``outcome`` index, ``open_t``, ``close_t``, ``end_t`` (seconds,
    as question_log_scores' open_time, close_time, scheduled_close) and ``scored`` (has an open period:
    Peer/Baseline only there). The crowd is scored as question_log_scores' outsiders.
    """
    question, forecaster = np.asarray(question, dtype=np.int64), np.asarray(forecaster, dtype=np.int64)
    time, dist = np.asarray(time, dtype=float), np.asarray(dist, dtype=float)
    _check_probs(dist)
    k, log_k = dist.shape[1], math.log(dist.shape[1])
    new_moment = first_of_runs(question, time)
    moment = np.cumsum(new_moment) - 1
    moments_q, moments_t = question[new_moment], time[new_moment]
    m_first, m_count = _segments(moments_q, n_questions)
    weights = _weights(moments_q, moments_t, open_t, close_t, end_t, scored)
    kept, pair_q, pair_f, pair_of_kept = _columns(question, forecaster, moment)
    p_first, width = _segments(pair_q, n_questions)
    column = pair_of_kept - p_first[question[kept]]

    questions = np.flatnonzero(width > 0)
    questions = questions[np.argsort(width[questions], kind="stable")]
    block = _block_ids(questions, width[questions], m_count[questions] * width[questions] * k)
    block_of_question = np.full(n_questions, -1)
    block_of_question[questions] = block
    grouped = np.argsort(block_of_question[question[kept]], kind="stable")  # each block's rows together
    kept, column = kept[grouped], column[grouped]
    blocks = np.arange(block[-1] + 2 if block.size else 1)
    row_bounds = np.searchsorted(block_of_question[question[kept]], blocks)
    q_bounds = np.searchsorted(block, blocks)

    median, geo = np.empty((moments_q.size, k)), np.empty((moments_q.size, k))
    local = np.zeros(n_questions, dtype=np.int64)
    found = []
    for b in range(blocks.size - 1):
        qs = questions[q_bounds[b]:q_bounds[b + 1]]
        rows, cols = kept[row_bounds[b]:row_bounds[b + 1]], column[row_bounds[b]:row_bounds[b + 1]]
        counts = m_count[qs]
        start = np.cumsum(counts) - counts  # each question's first block row
        n_rows = int(counts.sum())
        at = np.repeat(m_first[qs] - start, counts) + np.arange(n_rows)  # block row -> moment
        local[qs] = np.arange(qs.size)
        slot = start[local[question[rows]]] + moment[rows] - m_first[question[rows]]
        stands, absent = _standing(slot, cols, rows, n_rows, int(width[qs[0]]), np.repeat(start, counts))
        standing = dist[stands]
        standing[absent] = np.nan
        n = _sum_over_axis1((~absent).astype(np.int64))[:, None]  # forecasters standing at each moment
        median[at] = _normalised(_median_over_forecasters(standing))
        logs = np.log(np.clip(standing, crowd_eps, 1.0 - crowd_eps))
        logs[absent] = 0.0  # the reference's nanmean, with the count known
        geo[at] = _normalised(np.exp(_sum_over_axis1(logs) / n))

        # Members: ln q of each standing forecast; against the mean of the others'; alone: 0.
        o = outcome[qs][np.repeat(np.arange(qs.size), counts)]
        logs = np.log(np.clip(dist[stands, o[:, None]], peer_eps, 1.0))
        logs[absent] = 0.0  # and left out of every sum below
        total = _sum_over_axis1(logs)[:, None]
        with np.errstate(invalid="ignore", divide="ignore"):
            peer = np.where(n >= 2, logs - (total - logs) / (n - 1), 0.0)
        w = weights[at]
        covered = ~absent & (w > 0)[:, None]
        wide = np.where(covered, w[:, None], 0.0)
        peer_sum, base_sum, cover, hits = _sums([np.where(covered, wide * peer, 0.0), np.where(
            covered, wide * (100.0 * (logs + log_k) / log_k), 0.0), wide, covered.astype(np.int64)], start)
        qi, ci = np.nonzero(hits > 0)
        found.append((qs[qi], pair_f[p_first[qs[qi]] + ci], 100.0 * peer_sum[qi, ci], base_sum[qi, ci],
                      cover[qi, ci]))
        # The crowd: against the mean of everyone standing, counted among no one's others.
        others = (total / n)[:, 0]
        for code, crowd in ((MEDIAN_CODE, median[at]), (GEO_CODE, geo[at])):
            own = np.log(np.clip(crowd[np.arange(n_rows), o], peer_eps, 1.0))
            peer_sum, base_sum, cover, hits = _sums([w * (own - others), w * 100.0 * (own + log_k) / log_k, w,
                                                     (w > 0).astype(np.int64)], start)
            hit = np.flatnonzero(hits > 0)
            found.append((qs[hit], np.full(hit.size, code), 100.0 * peer_sum[hit], base_sum[hit], cover[hit]))
    fields = [np.concatenate([f[i] for f in found]) if found else np.empty(0, dtype=np.int64 if i < 2 else float)
              for i in range(5)]
    return Moments(moments_q, moments_t, median, geo), LogScoreRows(*fields)
