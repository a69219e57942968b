"""The prediction history of resolved binary questions, read in sorted chunks of numpy arrays.

For scores that need every prediction, not only the standing ones (time-averaged Brier): rows come
through the driver's own cursor (a server-side cursor on PostgreSQL), ordered by (question, forecaster,
made_at), the order of the index of that unique key, and are turned into
arrays a chunk at a time, so memory stays at one chunk whatever the store's size. Times become integer
microseconds since the epoch: SQLite's stored UTC text is parsed by numpy, PostgreSQL computes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timezone

import numpy as np
from sqlmodel import Session

from tracker.scoring.time_averaged import HistoryChunk

CHUNK = 25_000
LAST_DAY = np.datetime64(date.max.isoformat(), "D")
_COLUMNS = {
    "sqlite": "p.question_id, p.forecaster, p.made_at, p.probability, q.created_at, q.due, q.resolved_at, q.outcome",
    "postgresql": ("p.question_id, p.forecaster, (extract(epoch FROM p.made_at) * 1000000)::bigint, p.probability, "
                   "(extract(epoch FROM q.created_at) * 1000000)::bigint, q.due, "
                   "(extract(epoch FROM q.resolved_at) * 1000000)::bigint, q.outcome"),
}


def _query(dialect: str, filters) -> tuple[str, list]:
    mark = "?" if dialect == "sqlite" else "%s"
    where, parameters = ["q.outcome IN ('yes', 'no')", "p.probability IS NOT NULL"], []
    if filters.forecaster:
        where.append(f"p.forecaster = {mark}")
        parameters.append(filters.forecaster)
    if filters.tag:
        where.append(f"p.question_id IN (SELECT question_id FROM question_tag WHERE tag = {mark})")
        parameters.append(filters.tag)
    if filters.since:
        where.append(f"q.resolved_at >= {mark}")
        since = filters.since.astimezone(timezone.utc)
        parameters.append(since.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
                          if dialect == "sqlite" else since)
    return (f"SELECT {_COLUMNS[dialect]} FROM prediction p JOIN question q ON q.id = p.question_id "
            # (question_id, forecaster, made_at) is unique: its index gives this order without a sort.
            f"WHERE {' AND '.join(where)} ORDER BY p.question_id, p.forecaster, p.made_at", parameters)


def _microseconds(values: list, dialect: str) -> np.ndarray:
    if dialect == "postgresql":
        return np.array(values, dtype=np.int64)
    return np.array(values, dtype="datetime64[us]").astype(np.int64)


def _chunk(rows: list, dialect: str) -> HistoryChunk:
    question, forecaster, made, probability, created, due, resolved, outcome = zip(*rows)
    due_days = np.array(due, dtype="datetime64[D]")
    # The question is about events up to the end of its due date (UTC); one ending on the calendar's last day
    # has no such instant (the report names it) and is left out.
    usable = due_days < LAST_DAY
    due_end = (np.where(usable, due_days, LAST_DAY - 1) + 1).astype("datetime64[us]").astype(np.int64)
    return HistoryChunk(
        question=np.array(question, dtype=object), forecaster=np.array(forecaster, dtype=object),
        made=_microseconds(made, dialect), probability=np.array(probability, dtype=float),
        opened=_microseconds(created, dialect), close=np.minimum(_microseconds(resolved, dialect), due_end),
        outcome=(np.array(outcome, dtype=object) == "yes").astype(float), usable=usable)


def history_chunks(session: Session, filters, size: int = CHUNK) -> Iterator[HistoryChunk]:
    """The history under ``filters`` (a tracker.store.scored.ScoreFilter), CHUNK rows at a time."""
    dialect = session.get_bind().dialect.name
    sql, parameters = _query(dialect, filters)
    driver = session.connection().connection.driver_connection
    cursor = driver.cursor(name="tracker_history") if dialect == "postgresql" else driver.cursor()
    try:
        cursor.execute(sql, parameters)
        while rows := cursor.fetchmany(size):
            yield _chunk(rows, dialect)
    finally:
        cursor.close()

