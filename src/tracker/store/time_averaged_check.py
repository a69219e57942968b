"""`verify`'s check of the time-averaged Brier stored on the standing forecasts (tracker.store.time_averaged):
every pair recomputed from the predictions by the numpy form of the closed form (tracker.scoring.time_averaged
over tracker.store.history, the whole history streamed once; the write path computes each pair in plain
Python, tracker.store.time_averaged.pair_score, so this is the other implementation), compared with what is
stored.

Memory stays flat: the recomputed pairs arrive a history chunk at a time, sorted by question, and each
batch of whole questions is compared with the stored values of those questions alone, read by one query;
no map of every pair is kept. Which of two ids sorts first is the database's collation, which Python
cannot reproduce, so the batches are matched by question ids, never merged by comparing them. A value
stored where none is due on a question that has no scored pair at all (open, void, choice...) is found
by counting: the stored values seen in the batches against all stored values; only when they differ
are those questions looked for, with a second pass. A question whose stored outcome or resolution time
already differs from the chain (tracker.store.derived_check.check_questions) is named there, not again
here for each of its pairs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import numpy as np
from sqlalchemy import func, select
from sqlmodel import Session

from tracker.store.differences import Differences, pair, shown
from tracker.store.tables import StandingForecastRow

TABLE = "standing_forecast.time_averaged"
TOLERANCE = 1e-9  # the same code on the same rows: only the database's float storage could differ, and it does not
standing = StandingForecastRow.__table__


def _recomputed(session: Session) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(questions, forecasters, values) of every scored pair, in batches of whole questions."""
    from tracker.scoring.time_averaged import pairs_of
    from tracker.store.history import history_chunks
    from tracker.store.scored import ScoreFilter

    waiting = None
    for batch in pairs_of(history_chunks(session, ScoreFilter())):
        if waiting is not None:
            batch = tuple(np.concatenate((w, b)) for w, b in zip(waiting, batch))
        questions = batch[0]
        if not len(questions):
            continue
        # The last question may go on in the next batch (pairs_of cuts at pairs, not questions).
        last = len(questions) - 1
        while last > 0 and questions[last - 1] == questions[-1]:
            last -= 1
        if last == 0:
            waiting = batch
            continue
        yield tuple(column[:last] for column in batch)
        waiting = tuple(column[last:] for column in batch)
    if waiting is not None and len(waiting[0]):
        yield waiting


_STORED = {
    # One bound value whatever the number of questions, as tracker.store.history binds them.
    "sqlite": "SELECT question_id, forecaster, time_averaged FROM standing_forecast "
              "WHERE question_id IN (SELECT value FROM json_each(?)) AND time_averaged IS NOT NULL",
    "postgresql": "SELECT question_id, forecaster, time_averaged FROM standing_forecast "
                  "WHERE question_id = ANY(%s) AND time_averaged IS NOT NULL",
}


def _stored(session: Session, question_ids: list[str], dialect: str) -> dict[tuple[str, str], float]:
    """The non-NULL stored values of these questions' pairs. Through the driver's own cursor: a row object
    per pair through SQLAlchemy cost more than the recomputation (3.5 s for 733,000 pairs)."""
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(_STORED[dialect], (json.dumps(question_ids) if dialect == "sqlite" else question_ids,))
        return {(q, f): value for q, f, value in cursor.fetchall()}
    finally:
        cursor.close()


def check_time_averaged(session: Session, found: Differences) -> None:
    """Name each pair whose stored time-averaged Brier differs from the one its predictions give,
    including values stored where none is due and values missing where one is."""
    dialect = session.get_bind().dialect.name
    named_below = set(found.questions)

    def differs(key: tuple[str, str], was: float | None, should: float | None) -> None:
        if key[0] not in named_below:
            found.add(TABLE, f"standing_forecast {pair(key)}: stored time-averaged Brier {shown(was)}, "
                             f"from the predictions {shown(should)}")

    seen = 0
    for questions, forecasters, values in _recomputed(session):
        kept = _stored(session, list(dict.fromkeys(questions.tolist())), dialect)
        seen += len(kept)
        for key, should in zip(zip(questions.tolist(), forecasters.tolist()), values.tolist()):
            was = kept.pop(key, None)
            if was is None or not abs(was - should) <= TOLERANCE:
                differs(key, was, should)
        for key in sorted(kept):  # on a scored question, a pair with no scored day
            differs(key, kept[key], None)
    total = session.execute(select(func.count()).where(standing.c.time_averaged.isnot(None))).scalar()
    if total != seen:
        for key, was in _on_unscored_questions(session):
            differs(key, was, None)


def _on_unscored_questions(session: Session) -> list[tuple[tuple[str, str], float]]:
    """Stored values on questions with no scored pair (rare: only a forged or stale store has any), sorted."""
    scored = {question for questions, _, _ in _recomputed(session) for question in questions.tolist()}
    rows = session.execute(select(standing.c.question_id, standing.c.forecaster, standing.c.time_averaged)
                           .where(standing.c.time_averaged.isnot(None)))
    return sorted(((q, f), value) for q, f, value in rows if q not in scored)
