"""The crowd and the peers: each forecaster's Metaculus-style Peer and Baseline scores, and the crowd
forecast (median and geometric mean of odds) scored beside them as two pseudo-forecasters.

Read-only: two statements read the columns (tracker.crowd_columns); the arithmetic is
tracker.scoring's, batched across questions (crowd_batch; crowd and peer_scores are its per-question
reference). Conventions, stated in ``conventions()`` and docs/crowd-and-peer.md:

- resolved questions only (not ambiguous or annulled); binary and choice for Peer and Baseline, binary
  only for Brier (as relative Brier);
- open period: from the question's creation to the earlier of its resolution and the end of its due
  date (UTC), averaged over creation to the end of the due date (Metaculus' scheduled close);
  a question recorded after its due date has no open period and is left out;
- Brier: each forecaster's latest prediction at or before the resolution; the crowd's is the crowd
  standing at the resolution. Relative Brier: minus the median over the real forecasters only; the
  crowd gets a relative Brier against that median but is never in it (nor among anyone's peers).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

import numpy as np

from tracker.crowd_columns import CrowdColumns
from tracker.store import Store

CROWD_NOTE = ("crowd: median / crowd: geo-mean odds are the median and the geometric mean of odds of every "
              "forecaster's latest prediction at each moment; scored like forecasters, never counted in the "
              "medians of relative Brier nor among anyone's peers")


@dataclass(frozen=True)
class ForecasterComparison:
    """One forecaster's (or the crowd's) averages over the questions they were scored on."""

    forecaster: str
    crowd: bool
    questions: int  # with a Peer/Baseline score
    peer: float | None
    baseline: float | None
    coverage: float | None
    brier_questions: int
    brier: float | None
    relative_brier: float | None


def conventions() -> dict:
    from tracker.scoring.crowd import CROWD_EPSILON
    from tracker.scoring.peer_scores import PEER_EPSILON

    return {
        "peer": "Metaculus Peer score: 100 x (ln q - mean ln q_j over the other forecasters), q the probability "
                "given to the outcome; time-integrated over the scheduled open period; higher is better",
        "baseline": "Metaculus Baseline score: 100 x (ln q - ln(1/K)) / ln K (binary: 100 x (log2 q + 1)), "
                    "time-integrated the same way; higher is better",
        "open_period": "question creation to the earlier of resolution and the end of the due date (UTC); "
                       "weights are divided by creation to the end of the due date, so early resolution "
                       "shrinks scores as on Metaculus",
        "log_clip": f"q clipped to [{PEER_EPSILON:g}, 1] before the log",
        "crowd": CROWD_NOTE + f"; probabilities clipped to [{CROWD_EPSILON:g}, {1 - CROWD_EPSILON:g}] for the "
                              "geometric mean",
        "brier": "binary questions only; each forecaster's latest prediction at or before the resolution",
        "relative_brier": "Brier minus the median Brier of the real forecasters on the question (at least two)",
    }


def _dist(columns: CrowdColumns, rows: np.ndarray, k: int) -> np.ndarray:
    """(n, K) probabilities of ``rows`` (all on questions with K outcomes): (1 - p, p) for binary rows,
    each outcome's in the question's order for choice rows."""
    p = columns.probability[rows]
    dist = np.column_stack([1.0 - p, p]) if k == 2 else np.full((rows.size, k), np.nan)
    for i in np.flatnonzero(np.isnan(p)):  # choice rows, in their question's outcome order
        row = int(rows[i])
        given = columns.probabilities[row]
        dist[i] = [given[o] for o in columns.choices[int(columns.question[row])]]
    return dist


def _scores(columns: CrowdColumns):
    """Peer/Baseline rows of every (question, forecaster or crowd), and Brier rows (question, code,
    squared error) of binary questions, crowd codes being MEDIAN_CODE and GEO_CODE."""
    from tracker.scoring.crowd_batch import GEO_CODE, MEDIAN_CODE, batched_scores, last_of_runs

    n_questions, binary, width = columns.binary.size, columns.binary, columns.width
    created, scheduled = columns.created, columns.scheduled
    close = np.where(scheduled >= 0, np.minimum(columns.resolved, scheduled), columns.resolved)
    has_period = (scheduled >= 0) & (close > created)
    seconds = [x / 1e6 for x in (created, close, np.where(scheduled >= 0, scheduled, close))]
    logs = []
    briers = [(np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0))]
    for k in np.unique(width[columns.question]):
        rows = np.flatnonzero(width[columns.question] == k)
        moments, scores = batched_scores(columns.question[rows], columns.forecaster[rows], columns.made[rows] / 1e6,
                                         _dist(columns, rows, int(k)), n_questions, columns.outcome, *seconds,
                                         has_period)
        logs.append(scores)
        if k != 2:
            continue
        # Brier: each forecaster's latest prediction at or before the resolution, on binary questions; the
        # crowd's is the crowd standing then (it stands whenever someone's prediction does).
        q, cutoff = columns.question[rows], columns.resolved / 1e6
        chosen = rows[(columns.made[rows] <= columns.resolved[q]) & binary[q]]
        chosen = chosen[np.lexsort((columns.forecaster[chosen], columns.question[chosen]))]  # stable: time order
        chosen = chosen[last_of_runs(columns.question[chosen], columns.forecaster[chosen])]
        error = (columns.probability[chosen] - columns.outcome[columns.question[chosen]]) ** 2
        briers.append((columns.question[chosen], columns.forecaster[chosen], error))
        at = np.flatnonzero((moments.time <= cutoff[moments.question]) & binary[moments.question])
        at = at[last_of_runs(moments.question[at])]
        mq = moments.question[at]
        for code, values in ((MEDIAN_CODE, moments.median), (GEO_CODE, moments.geo)):
            briers.append((mq, np.full(at.size, code), (values[at, 1] - columns.outcome[mq]) ** 2))
    return logs, [np.concatenate(c) for c in zip(*briers)]


def _relative(question: np.ndarray, code: np.ndarray, brier: np.ndarray, n_questions: int) -> np.ndarray:
    """Each Brier minus the median Brier of the real forecasters on its question (nan under two)."""
    real = np.flatnonzero(code >= 0)
    real = real[np.lexsort((brier[real], question[real]))]
    count = np.bincount(question[real], minlength=n_questions)
    first = np.cumsum(count) - count
    median = np.full(n_questions, np.nan)
    pairs = np.flatnonzero(count >= 2)  # as statistics.median: the mean of the two middle values
    ordered, first, count = brier[real], first[pairs], count[pairs]
    median[pairs] = (ordered[first + (count - 1) // 2] + ordered[first + count // 2]) / 2
    return brier - median[question]


def crowd_and_peer_scores(store: Store, *, forecaster: str | None = None, tag: str | None = None,
                          since: datetime | None = None) -> list[ForecasterComparison]:
    """Per forecaster, then the two crowd pseudo-forecasters: mean Peer, Baseline and coverage over the
    questions with a score, and mean Brier and relative Brier over binary questions. ``tag`` and
    ``since`` (resolved at or after) choose the questions; ``forecaster`` keeps that forecaster's
    questions and row (and the crowd's on those questions). The crowd, the peers and the medians
    always use everyone on a question."""
    from tracker.crowd_columns import read_columns
    from tracker.scoring.crowd import CROWD_NAMES
    from tracker.scoring.crowd_batch import GEO_CODE, MEDIAN_CODE

    with store.read() as session:
        columns = read_columns(session, tag, since)
    if columns.question.size == 0:
        return []
    n_questions, n_names = columns.binary.size, len(columns.names)
    logs, (b_question, b_code, brier) = _scores(columns)
    relative = _relative(b_question, b_code, brier, n_questions)
    kept = np.ones(n_questions, dtype=bool)
    if forecaster is not None:  # so that the crowd rows average over the same questions as the forecaster's
        kept[:] = False
        if forecaster in columns.names:
            kept[columns.question[columns.forecaster == columns.names.index(forecaster)]] = True

    def slot(code: np.ndarray) -> np.ndarray:  # forecasters, then the two crowds
        return np.where(code >= 0, code, np.where(code == MEDIAN_CODE, n_names, n_names + 1))

    def means(where: np.ndarray, values: list[np.ndarray]) -> tuple[np.ndarray, list[np.ndarray]]:
        count = np.bincount(where, minlength=n_names + 2)
        with np.errstate(invalid="ignore", divide="ignore"):
            return count, [np.bincount(where, weights=v, minlength=n_names + 2) / count for v in values]

    log_q, log_code, peer, baseline, coverage = (np.concatenate([getattr(s, f) for s in logs]) for f in (
        "question", "forecaster", "peer", "baseline", "coverage"))
    pick = kept[log_q]
    n_logs, (peer, baseline, coverage) = means(slot(log_code[pick]), [peer[pick], baseline[pick], coverage[pick]])
    pick = kept[b_question]
    n_briers, (mean_brier,) = means(slot(b_code[pick]), [brier[pick]])
    with_median = pick & ~np.isnan(relative)
    _, (mean_relative,) = means(slot(b_code[with_median]), [relative[with_median]])

    def value(array: np.ndarray, i: int) -> float | None:
        return None if np.isnan(array[i]) else float(array[i])

    shown = [i for i in range(n_names) if n_logs[i] or n_briers[i]]
    if forecaster is not None:
        shown = [i for i in shown if columns.names[i] == forecaster]
    labels = [*columns.names, *CROWD_NAMES]
    return [ForecasterComparison(
        forecaster=labels[i], crowd=i >= n_names, questions=int(n_logs[i]), peer=value(peer, i),
        baseline=value(baseline, i), coverage=value(coverage, i), brier_questions=int(n_briers[i]),
        brier=value(mean_brier, i), relative_brier=value(mean_relative, i))
        for i in [*shown, n_names, n_names + 1] if n_logs[i] or n_briers[i]]


def as_json(rows: list[ForecasterComparison]) -> dict:
    """The rows and the conventions, JSON-ready (``tracker score --peer --json``)."""
    return {"forecasters": [asdict(r) for r in rows], "conventions": conventions()}
