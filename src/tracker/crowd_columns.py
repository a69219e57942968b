"""What the crowd and peer scores read from the store, as plain numpy columns.

Two plain SQL statements through the driver's own cursor (the same SQL on SQLite and PostgreSQL but
for times): the resolved questions (with the filters), then every prediction on them, fetched in
partitions (a server-side cursor on PostgreSQL), each becoming numpy columns before the next, so that
no row becomes a record object or passes through SQLAlchemy's type processors. Times become integer
epoch microseconds: SQLite's stored UTC text is parsed by numpy, PostgreSQL computes them. Predictions
are then sorted by (question, time) in numpy.
"""
from __future__ import annotations

import gc
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone

import numpy as np

PARTITION = 100_000
LAST_DAY = np.datetime64(date.max.isoformat(), "D")
#: Per backend: SQLite returns its stored text (naive UTC, parsed by numpy), PostgreSQL computes epoch
#: microseconds. JSON is read on choice rows only (a binary row's probabilities hold JSON null).
_TIME = {"sqlite": "{}", "postgresql": "(extract(epoch FROM {}) * 1000000)::bigint"}


@dataclass(frozen=True)
class CrowdColumns:
    """Resolved questions by question index, and their predictions by row; times in epoch microseconds."""

    binary: np.ndarray  # per question: binary, or choice
    width: np.ndarray  # number of outcomes K (2 for binary)
    choices: dict[int, list[str]]  # a choice question's outcomes, in order
    outcome: np.ndarray  # index of the outcome that happened (binary: 1 for yes, 0 for no)
    created: np.ndarray
    resolved: np.ndarray
    scheduled: np.ndarray  # the end of the due date (midnight after it, UTC); -1 where past the calendar
    question: np.ndarray  # question index of each prediction
    forecaster: np.ndarray  # index into names, which are sorted
    names: list[str]
    made: np.ndarray
    probability: np.ndarray  # of yes; nan on choice rows
    probabilities: dict[int, dict]  # row -> {outcome: probability}, choice rows only


def _microseconds(values, dialect: str) -> np.ndarray:
    if dialect == "postgresql":
        return np.array(values, dtype=np.int64)
    return np.array(values, dtype="datetime64[us]").astype(np.int64)


def _json(value):
    return json.loads(value) if isinstance(value, str) else value  # psycopg decodes JSON itself


def _where(dialect: str, tag: str | None, since: datetime | None) -> tuple[str, list]:
    mark = "?" if dialect == "sqlite" else "%s"
    where, parameters = ["q.status = 'resolved'"], []
    if tag:
        where.append(f"q.id IN (SELECT question_id FROM question_tag WHERE tag = {mark})")
        parameters.append(tag)
    if since:
        where.append(f"q.resolved_at >= {mark}")
        since = since.astimezone(timezone.utc)
        parameters.append(since.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
                          if dialect == "sqlite" else since)
    return " AND ".join(where), parameters


def read_columns(session, tag: str | None = None, since: datetime | None = None) -> CrowdColumns:
    """The resolved questions chosen by ``tag`` and ``since`` (resolved at or after) and every prediction on them."""
    # Hundreds of thousands of row tuples (no cycles among them) would set off the cyclic collector
    # again and again, each time walking every object alive: a third of the reading time, saved.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read(session, tag, since)
    finally:
        if collecting:
            gc.enable()


def _questions(driver, dialect: str, where: str, parameters: list) -> tuple:
    """Index by id, and the per-question fields of CrowdColumns. A binary question's row holds no
    string but its id and times (flags and NULLs instead), so that 200,000 of them read quickly."""
    time = _TIME[dialect].format
    cursor = driver.cursor()
    try:
        cursor.execute(f"SELECT q.id, CASE WHEN q.outcome = 'yes' THEN 1 ELSE 0 END, "
                       f"CASE WHEN q.kind <> 'binary' THEN q.outcomes END, "
                       f"CASE WHEN q.kind <> 'binary' THEN q.outcome END, "
                       f"{time('q.created_at')}, {time('q.resolved_at')}, q.due FROM question q WHERE {where}",
                       parameters)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    ids, yes, outcomes, outcome, created, resolved, due = zip(*rows) if rows else ((),) * 7
    binary = np.equal(np.array(outcomes, dtype=object), None).reshape(-1).astype(bool)
    choices = {int(i): list(_json(outcomes[i])) for i in np.flatnonzero(~binary)}
    width = np.full(len(ids), 2, dtype=np.int64)
    width[list(choices)] = [len(names) for names in choices.values()]
    hit = np.array(yes, dtype=np.int64)
    for i, names in choices.items():
        hit[i] = names.index(outcome[i])
    due = np.array(due, dtype="datetime64[D]")
    # A question is about events up to the end of its due date (UTC); one ending on the calendar's last
    # day has no such instant (dates.due_instant overflows) and so no open period.
    scheduled = np.where(due < LAST_DAY, (np.minimum(due, LAST_DAY - 1) + 1).astype("datetime64[us]").astype(np.int64),
                         -1)
    return (dict(zip(ids, range(len(ids)))),
            dict(binary=binary, width=width, choices=choices, outcome=hit, created=_microseconds(created, dialect),
                 resolved=_microseconds(resolved, dialect), scheduled=scheduled))


def _read(session, tag: str | None, since: datetime | None) -> CrowdColumns:
    dialect = session.get_bind().dialect.name
    where, parameters = _where(dialect, tag, since)
    driver = session.connection().connection.driver_connection
    index, per_question = _questions(driver, dialect, where, parameters)
    codes: defaultdict = defaultdict()
    codes.default_factory = codes.__len__  # a name not seen yet gets the next code
    columns: list[list[np.ndarray]] = [[], [], [], []]
    choice_rows: dict[int, dict] = {}
    # No row id: the rows a tie in time could put in either order are different forecasters' (a
    # forecaster predicts once per instant, uq_prediction_moment), and their order changes nothing.
    sql = (f"SELECT p.question_id, p.forecaster, {_TIME[dialect].format('p.made_at')}, p.probability, "
           f"CASE WHEN p.probability IS NULL THEN p.probabilities END "
           f"FROM prediction p JOIN question q ON q.id = p.question_id WHERE {where}")
    cursor = driver.cursor(name="tracker_crowd") if dialect == "postgresql" else driver.cursor()
    offset = 0
    try:
        cursor.execute(sql, parameters)
        while part := cursor.fetchmany(PARTITION):
            question_ids, names, made, probability, probabilities = zip(*part)
            probability = np.array(probability, dtype=float)  # None (a choice row) becomes nan
            for i in np.flatnonzero(np.isnan(probability)):
                choice_rows[offset + int(i)] = _json(probabilities[i])
            columns[0].append(np.array(list(map(index.__getitem__, question_ids)), dtype=np.int64))
            columns[1].append(np.array(list(map(codes.__getitem__, names)), dtype=np.int64))
            columns[2].append(_microseconds(made, dialect))
            columns[3].append(probability)
            offset += len(part)
    finally:
        cursor.close()
    question, forecaster, made = (np.concatenate(c) if c else np.empty(0, dtype=np.int64) for c in columns[:3])
    probability = np.concatenate(columns[3]) if columns[3] else np.empty(0)
    order = np.lexsort((made, question))
    place = np.empty(order.size, dtype=np.int64)
    place[order] = np.arange(order.size)
    names = sorted(codes)
    by_name = np.empty(len(names), dtype=np.int64)
    by_name[[codes[name] for name in names]] = np.arange(len(names))
    return CrowdColumns(
        **per_question, question=question[order], forecaster=by_name[forecaster[order]], names=names,
        made=made[order], probability=probability[order],
        probabilities={int(place[row]): value for row, value in choice_rows.items()})
