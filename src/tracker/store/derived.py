"""Derived state kept per write transaction: the questions a transaction touched, refreshed once.

A resolution (or correction, or reopening) changes what the standing forecasts on its question carry
(outcome in force, resolution time and month) and so their score cells, relative and time-averaged Brier
scores; so do a prediction on a resolved question and a new due date.
Refreshing those one resolution at a time costs ten-odd statements per record; instead, the store's
write transaction (``Store.write``) collects the questions its writes touched and refreshes them
together just before it commits: one UPDATE ... FROM for the standing outcomes of every touched
question, and one recompute of relative Brier (tracker.store.relative) and of time-averaged Brier
(tracker.store.time_averaged) over all of them, written by one UPDATE per chunk of questions. A session outside ``Store.write``
(a migration, a test) refreshes at once.

The question rows themselves (status, outcome, resolved_at) are written by the record's own write, so
that checks later in the same transaction (conditions, corrections) read them as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlmodel import Session

_TOUCHED = "tracker_touched_questions"
#: Questions per statement: one bound array or JSON text each, so this bounds memory, not parameters.
CHUNK = 50_000


@contextmanager
def collecting(session: Session) -> Iterator[None]:
    """Collect the questions the block's writes touch and refresh them when it ends without error
    (nested blocks leave the work to the outermost)."""
    if _TOUCHED in session.info:
        yield
        return
    session.info[_TOUCHED] = set()
    try:
        yield
        touched = session.info.get(_TOUCHED)
        if touched:
            refresh(session, touched)
    finally:
        session.info.pop(_TOUCHED, None)


def touch(session: Session, question_ids: Iterable[str]) -> None:
    """The resolutions in force of these questions changed: refresh what derives from them (at the end
    of the write transaction when one is collecting, else now)."""
    pending = session.info.get(_TOUCHED)
    if pending is None:
        refresh(session, question_ids)
    else:
        pending.update(question_ids)


def refresh(session: Session, question_ids: Iterable[str]) -> None:
    """Bring the standing forecasts of these questions in line with the question rows' resolution in
    force, then recompute their relative and time-averaged Brier scores."""
    from tracker.store.guards import writing

    ids = sorted(set(question_ids))
    dialect = session.get_bind().dialect.name
    with writing(session):
        for start in range(0, len(ids), CHUNK):
            _standing_outcomes(session, ids[start:start + CHUNK], dialect)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            _clear_scores(session, chunk, dialect)
            _store_scores(session, _scores(session, chunk), dialect)


def refresh_all(session: Session) -> None:
    """Recompute relative and time-averaged Brier on every standing forecast (`verify --repair-derived`)."""
    from tracker.store.guards import writing

    dialect = session.get_bind().dialect.name
    with writing(session):
        session.execute(text("UPDATE standing_forecast SET relative = NULL, time_averaged = NULL "
                             "WHERE relative IS NOT NULL OR time_averaged IS NOT NULL"))
        ids = sorted(session.execute(text("SELECT id FROM question WHERE outcome IN ('yes', 'no')")).scalars())
        for start in range(0, len(ids), CHUNK):
            _store_scores(session, _scores(session, ids[start:start + CHUNK]), dialect)


def _scores(session: Session, ids: list[str]) -> dict[tuple[str, str], tuple]:
    """{(question, forecaster): (relative, time-averaged)} where either is defined."""
    from tracker.store.relative import relative_of
    from tracker.store.time_averaged import values_of

    relative, averaged = relative_of(session, ids), values_of(session, ids)
    return {key: (relative.get(key), averaged.get(key)) for key in relative.keys() | averaged.keys()}


def _clear_scores(session: Session, ids: list[str], dialect: str) -> None:
    from tracker.store.bulk import among
    from tracker.store.tables import StandingForecastRow

    standing = StandingForecastRow.__table__
    session.execute(standing.update().where(
        among(standing.c.question_id, ids, dialect),
        (standing.c.relative.isnot(None)) | (standing.c.time_averaged.isnot(None))).values(
        relative=None, time_averaged=None))


def _store_scores(session: Session, scores: dict[tuple[str, str], tuple], dialect: str) -> None:
    if not scores:
        return
    keys = sorted(scores)
    if dialect == "postgresql":
        # One statement, not one per forecast: each UPDATE statement runs the score-cell statement trigger
        # (migration 0010) once.
        session.execute(text(
            "UPDATE standing_forecast s SET relative = v.r, time_averaged = v.t "
            "FROM unnest(CAST(:q AS text[]), CAST(:f AS text[]), CAST(:r AS float8[]), CAST(:t AS float8[])) "
            "AS v(q, f, r, t) WHERE s.question_id = v.q AND s.forecaster = v.f"),
            {"q": [k[0] for k in keys], "f": [k[1] for k in keys], "r": [scores[k][0] for k in keys],
             "t": [scores[k][1] for k in keys]})
        return
    session.execute(text("UPDATE standing_forecast SET relative = :r, time_averaged = :t "
                         "WHERE question_id = :q AND forecaster = :f"),
                    [{"q": k[0], "f": k[1], "r": scores[k][0], "t": scores[k][1]} for k in keys])


def _standing_outcomes(session: Session, ids: list[str], dialect: str) -> None:
    # Only rows that differ are written: each written row fires the score-cell triggers twice.
    if dialect == "postgresql":
        session.execute(text(
            "UPDATE standing_forecast s SET outcome = q.outcome, resolved_at = q.resolved_at, "
            "resolved_month = to_char(q.resolved_at AT TIME ZONE 'UTC', 'YYYY-MM') "
            "FROM question q WHERE q.id = s.question_id AND s.question_id = ANY(:ids) "
            "AND (s.outcome IS DISTINCT FROM q.outcome OR s.resolved_at IS DISTINCT FROM q.resolved_at)"),
            {"ids": ids})
        return
    import json

    # SQLite stores timestamps as naive UTC text, so strftime reads the UTC month directly.
    session.execute(text(
        "UPDATE standing_forecast SET outcome = q.outcome, resolved_at = q.resolved_at, "
        "resolved_month = strftime('%Y-%m', q.resolved_at) "
        "FROM question q WHERE q.id = standing_forecast.question_id "
        "AND standing_forecast.question_id IN (SELECT value FROM json_each(:ids)) "
        "AND (standing_forecast.outcome IS NOT q.outcome OR standing_forecast.resolved_at IS NOT q.resolved_at)"),
        {"ids": json.dumps(ids)})
