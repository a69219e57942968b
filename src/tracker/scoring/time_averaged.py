"""Time-averaged Brier over a whole prediction history in one streaming pass, with numpy.

The definition is Good Judgment's, as :func:`tracker.scoring.peers.time_averaged_brier` states it for one
forecaster on one question: each whole UTC day overlapping the question's open period [open, close) is
scored with the forecast standing at the end of the day (or at close, on the last day); days before the
first forecast are left out; the score is the mean over scored days of (p - outcome)^2, and a forecaster's
score is the mean over their questions.

Here every (question, forecaster) pair is scored at once, without a day axis: prediction i of a pair
stands on day d exactly when t_i < cutoff(d) <= t_next (the pair's next prediction, or never), and
cutoff(d) is non-decreasing, so the number of days it stands is N(t_next) - N(t_i), where N(x) counts
the days whose cutoff is at most x (closed form below). A pair's score is then a weighted mean of its
predictions' squared errors. Rows arrive in chunks sorted by (question, forecaster, time); the last pair
of a chunk waits for the next chunk, so memory is one chunk, not the history.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

DAY = 86_400_000_000  # microseconds
NEVER = np.iinfo(np.int64).max


@dataclass
class HistoryChunk:
    """Rows sorted by (question, forecaster, made_at, id); times in integer microseconds since the epoch.

    ``close`` is the question's close: the earlier of its resolution and the end of its due date (UTC);
    ``usable`` is False where that close cannot be computed (a due date at the end of the calendar)."""

    question: np.ndarray
    forecaster: np.ndarray
    made: np.ndarray
    probability: np.ndarray
    opened: np.ndarray
    close: np.ndarray
    outcome: np.ndarray
    usable: np.ndarray

    def __len__(self) -> int:
        return len(self.made)

    def part(self, start: int, stop: int | None = None) -> HistoryChunk:
        return HistoryChunk(*(getattr(self, name)[start:stop] for name in self.__dataclass_fields__))

    @staticmethod
    def joined(first: HistoryChunk, second: HistoryChunk) -> HistoryChunk:
        return HistoryChunk(*(np.concatenate((getattr(first, n), getattr(second, n)))
                              for n in first.__dataclass_fields__))


def _days_up_to(x: np.ndarray, first: np.ndarray, last: np.ndarray, close: np.ndarray) -> np.ndarray:
    """How many days of [first, last] have their cutoff at or before x: days before ``last`` end at
    midnight ((d + 1) * DAY), the last one at ``close``."""
    whole = np.clip(x // DAY - first, 0, last - first)
    return whole + (close <= x)


def pair_scores(rows: HistoryChunk) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(question, forecaster, time-averaged Brier) of every (question, forecaster) pair among ``rows``,
    whole pairs only; pairs with no scored day are left out."""
    n = len(rows)
    if n == 0:
        return np.array([], dtype=object), np.array([], dtype=object), np.array([], dtype=float)
    new = np.ones(n, dtype=bool)
    new[1:] = (rows.question[1:] != rows.question[:-1]) | (rows.forecaster[1:] != rows.forecaster[:-1])
    starts = np.flatnonzero(new)
    following = np.empty(n, dtype=np.int64)
    following[:-1] = rows.made[1:]
    following[-1] = NEVER
    following[starts[1:] - 1] = NEVER  # a pair's last prediction stands until the question closes
    usable = rows.usable & (rows.close > rows.opened)
    close = np.where(usable, rows.close, rows.opened + 1)  # placeholders, weighted 0 below
    first = rows.opened // DAY
    last = -(-close // DAY) - 1
    days = (_days_up_to(following, first, last, close) - _days_up_to(rows.made, first, last, close)) * usable
    squared = (rows.probability - rows.outcome) ** 2
    weight = np.add.reduceat(days, starts).astype(float)
    total = np.add.reduceat(days * squared, starts)
    scored = weight > 0
    return rows.question[starts][scored], rows.forecaster[starts][scored], total[scored] / weight[scored]


def pairs_of(chunks: Iterable[HistoryChunk]) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """pair_scores of a history read in chunks (each sorted, continuing the one before), a chunk's whole
    pairs at a time: the last pair of a chunk may continue in the next, so it waits for it."""
    waiting: HistoryChunk | None = None
    for chunk in chunks:
        rows = chunk if waiting is None else HistoryChunk.joined(waiting, chunk)
        if not len(rows):
            continue
        tail = len(rows) - 1
        while tail > 0 and rows.question[tail - 1] == rows.question[tail] and \
                rows.forecaster[tail - 1] == rows.forecaster[tail]:
            tail -= 1
        yield pair_scores(rows.part(0, tail))
        waiting = rows.part(tail)
    if waiting is not None:
        yield pair_scores(waiting)


def time_averaged_by_forecaster(chunks: Iterable[HistoryChunk]) -> dict[str, dict]:
    """{forecaster: {"questions": n, "time_averaged_brier": mean over their questions}} over a history
    read in chunks (each sorted, continuing the one before)."""
    sums: dict[str, float] = {}
    counts: dict[str, int] = {}
    for _, forecasters, values in pairs_of(chunks):
        if not len(values):
            continue
        names, index = np.unique(forecasters.astype(str), return_inverse=True)
        totals, ns = np.bincount(index, weights=values), np.bincount(index)
        for name, total, count in zip(names.tolist(), totals.tolist(), ns.tolist()):
            sums[name] = sums.get(name, 0.0) + total
            counts[name] = counts.get(name, 0) + count
    return {name: {"questions": counts[name], "time_averaged_brier": sums[name] / counts[name]}
            for name in sorted(sums)}
