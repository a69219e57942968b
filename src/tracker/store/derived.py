"""Derived state kept per write transaction: the questions a transaction touched, refreshed once.

A resolution (or correction, or reopening) changes what the standing forecasts on its question carry
(outcome in force, resolution time and month) and so their score cells and relative Brier scores.
Refreshing those one resolution at a time costs ten-odd statements per record; instead, the store's
write transaction (``Store.write``) collects the questions its writes touched and refreshes them
together just before it commits: one UPDATE ... FROM for the standing outcomes of every touched
question, and one recompute of relative Brier over all of them. A session outside ``Store.write``
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
    force, then recompute their relative Brier scores."""
    from tracker.store.guards import writing
    from tracker.store.relative import refresh_relative

    ids = sorted(set(question_ids))
    dialect = session.get_bind().dialect.name
    with writing(session):
        for start in range(0, len(ids), CHUNK):
            _standing_outcomes(session, ids[start:start + CHUNK], dialect)
        refresh_relative(session, ids)


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
