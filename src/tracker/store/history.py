"""The prediction history of resolved binary questions, read in sorted chunks of numpy arrays.

For scores that need every prediction, not only the standing ones (time-averaged Brier): predictions come
through the driver's own cursor (a server-side cursor on PostgreSQL), ordered by (question, forecaster,
made_at), the order of the index of that unique key, and are turned into arrays a chunk at a time, so
memory stays at one chunk plus one small row per question, whatever the store's size.

The questions are read once, apart: joined to every prediction, their four columns came back once per
prediction (five times each), and the join and those columns cost more than the predictions themselves
on SQLite (4.5 s against 2.5 s for a million). Times become integer microseconds since the epoch:
SQLite's stored UTC text is parsed by numpy, PostgreSQL computes them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timezone

import numpy as np
from sqlmodel import Session

from tracker.scoring.time_averaged import HistoryChunk

CHUNK = 25_000
LAST_DAY = np.datetime64(date.max.isoformat(), "D")
_EPOCH = "(extract(epoch FROM {0}) * 1000000)::bigint"
_TIMES = {
    "sqlite": lambda column: column,
    "postgresql": lambda column: _EPOCH.format(column),
}


def _queries(dialect: str, filters) -> tuple[tuple[str, list], tuple[str, list]]:
    """(questions, predictions): each SQL with its parameters."""
    mark = "?" if dialect == "sqlite" else "%s"
    time = _TIMES[dialect]
    questions, question_parameters = ["outcome IN ('yes', 'no')"], []
    predictions, prediction_parameters = ["probability IS NOT NULL"], []
    if filters.forecaster:
        predictions.append(f"forecaster = {mark}")
        prediction_parameters.append(filters.forecaster)
    if filters.tag:
        tagged = f"IN (SELECT question_id FROM question_tag WHERE tag = {mark})"
        questions.append(f"id {tagged}")
        question_parameters.append(filters.tag)
        predictions.append(f"question_id {tagged}")  # fewer rows to read; the rest are dropped in numpy anyway
        prediction_parameters.append(filters.tag)
    if filters.since:
        questions.append(f"resolved_at >= {mark}")
        since = filters.since.astimezone(timezone.utc)
        question_parameters.append(since.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
                                   if dialect == "sqlite" else since)
    return ((f"SELECT id, {time('created_at')}, due, {time('resolved_at')}, outcome FROM question "
             f"WHERE {' AND '.join(questions)}", question_parameters),
            (f"SELECT question_id, forecaster, {time('made_at')}, probability FROM prediction "
             # (question_id, forecaster, made_at) is unique: its index gives this order without a sort.
             f"WHERE {' AND '.join(predictions)} ORDER BY question_id, forecaster, made_at", prediction_parameters))


@contextmanager
def _no_collection():
    """The collector off while a chunk's rows become arrays: the rows are many short-lived tuples that
    would trigger collections finding nothing (a fifth of the reading's time); never across a yield."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _microseconds(values, dialect: str) -> np.ndarray:
    if dialect == "postgresql":
        return np.array(values, dtype=np.int64)
    return np.array(values, dtype="datetime64[us]").astype(np.int64)


class _Questions:
    """The resolved binary questions under the filters, sorted by id for lookups by numpy."""

    def __init__(self, cursor, dialect: str, size: int):
        parts = []
        # In chunks, as the predictions: a question's five columns as Python objects outweigh its arrays.
        while True:
            with _no_collection():
                if not (rows := cursor.fetchmany(size)):
                    break
                parts.append(self._arrays(rows, dialect))
        columns = [np.concatenate(column) for column in zip(*parts)] if parts else \
            [np.array([], dtype=str), *(np.array([], dtype=np.int64),) * 2, np.array([], dtype=bool),
             np.array([], dtype=float)]
        order = np.argsort(columns[0], kind="stable")
        self.ids, self.opened, self.close, self.usable, self.outcome = (column[order] for column in columns)

    @staticmethod
    def _arrays(rows: list, dialect: str) -> tuple:
        ids, created, due, resolved, outcome = zip(*rows)
        due_days = np.array(due, dtype="datetime64[D]")
        # The question is about events up to the end of its due date (UTC); one ending on the calendar's
        # last day has no such instant (the report names it) and is left out.
        usable = due_days < LAST_DAY
        due_end = (np.where(usable, due_days, LAST_DAY - 1) + 1).astype("datetime64[us]").astype(np.int64)
        return (np.array(ids, dtype=str), _microseconds(created, dialect),
                np.minimum(_microseconds(resolved, dialect), due_end), usable,
                (np.array(outcome, dtype=object) == "yes").astype(float))

    def chunk(self, rows: list, dialect: str) -> HistoryChunk:
        """The chunk of ``rows`` (predictions) whose question is one of these."""
        question, forecaster, made, probability = zip(*rows)
        question = np.array(question, dtype=object)
        # Rows come grouped by question: look each run up once, not each row.
        starts = np.flatnonzero(np.concatenate(([True], question[1:] != question[:-1])))
        first = question[starts].astype(str)
        at = np.minimum(np.searchsorted(self.ids, first), max(len(self.ids) - 1, 0))
        found = self.ids[at] == first if len(self.ids) else np.zeros(len(starts), dtype=bool)
        runs = np.diff(np.append(starts, len(question)))
        at, known = np.repeat(at, runs), np.repeat(found, runs)
        at = at[known]
        return HistoryChunk(
            question=question[known], forecaster=np.array(forecaster, dtype=str)[known],
            made=_microseconds(made, dialect)[known], probability=np.array(probability, dtype=float)[known],
            opened=self.opened[at], close=self.close[at], outcome=self.outcome[at], usable=self.usable[at])


def history_chunks(session: Session, filters, size: int = CHUNK) -> Iterator[HistoryChunk]:
    """The history under ``filters`` (a tracker.store.scored.ScoreFilter), CHUNK rows at a time."""
    dialect = session.get_bind().dialect.name
    (question_sql, question_parameters), (sql, parameters) = _queries(dialect, filters)
    driver = session.connection().connection.driver_connection
    cursor = driver.cursor()
    try:
        cursor.execute(question_sql, question_parameters)
        questions = _Questions(cursor, dialect, size)
    finally:
        cursor.close()
    cursor = driver.cursor(name="tracker_history") if dialect == "postgresql" else driver.cursor()
    try:
        cursor.execute(sql, parameters)
        while True:
            with _no_collection():
                if not (rows := cursor.fetchmany(size)):
                    break
                chunk = questions.chunk(rows, dialect)
            if len(chunk):
                yield chunk
    finally:
        cursor.close()
