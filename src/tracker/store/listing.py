"""The question listing (`tracker list`), read with plain SQL and converted by hand.

`tracker list` is the command people run most, and most of its time used to go on things other
than the query: importing the table models and passing every value through SQLAlchemy's type
processors. This module imports no table model and reads rows as the driver returns them; the few
conversions it needs (SQLite keeps datetimes, dates and JSON as text) are done here, once per value.
The SQL is written once for both SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Sequence
from functools import lru_cache
from datetime import date, datetime, timezone
from types import SimpleNamespace

from sqlalchemy import Date, bindparam, text
from sqlalchemy.orm import Session

from tracker.domain import QuestionSummary, current_resolution
from tracker.store.records import prediction_from_row, question_from_row, resolution_from_row, trusted

#: ``sort`` names and the question column each orders by (ties: by id).
SORT_COLUMNS = {"due": "due", "created": "created_at", "id": "id", "status": "status"}

QUESTION_COLUMNS = ("id", "text", "criteria", "kind", "outcomes", "due", "created_at", "status", "source_document",
                    "source_publisher", "source_date", "source_quote", "source_location", "source_url", "phrase",
                    "scale", "condition_question", "condition_outcome", "remind_every_days")
PREDICTION_COLUMNS = ("forecaster", "made_at", "probability", "probabilities", "phrase", "scale", "rationale", "seq",
                      "hash")
RESOLUTION_COLUMNS = ("id", "question_id", "outcome", "resolved_at", "resolver", "evidence", "note", "supersedes",
                      "seq", "hash")
DATETIMES = {"created_at", "made_at", "resolved_at"}
DATES = {"due", "source_date"}
JSONS = {"outcomes", "probabilities", "evidence"}
#: The filters of a listing, each with the parameter of the same name.
FILTERS = {
    "status": "q.status = :status",
    "due_before": "q.due < :due_before",
    "due_after": "q.due > :due_after",
    "tag": "q.id IN (SELECT t.question_id FROM question_tag t WHERE t.tag = :tag)",
    "forecaster": "EXISTS (SELECT 1 FROM prediction f WHERE f.question_id = q.id AND f.forecaster = :forecaster)",
}
CHUNK = 500  # ids per IN list: well below every backend's limit on bound parameters


def _utc(value: datetime | str | None) -> datetime | None:
    """SQLite returns the stored text (naive UTC); PostgreSQL an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _date(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _json(value):
    # Our JSON columns hold lists, objects or null, never a bare string: text is always undecoded JSON.
    if not isinstance(value, str):
        return value
    return None if value == "null" else [] if value == "[]" else json.loads(value)


def _converter(name: str, datetimes: frozenset = frozenset()):
    name = name.removeprefix("p_")
    return (_utc if name in DATETIMES or name in datetimes else _date if name in DATES
            else _json if name in JSONS else None)


def plain_rows(result, names: Sequence[str], datetimes: Sequence[str] = ()) -> list:
    """Driver rows as named tuples with the columns ``names`` as attributes, converted to Python values
    (the columns of this module's tables by their names; ``datetimes``: more datetime columns)."""
    extra = frozenset(datetimes)
    converters = [(i, convert) for i, convert in enumerate(_converter(n, extra) for n in names) if convert]
    make = row_type(tuple(names))._make
    # Many rows share a value (a due date, a prompt slot): convert each one once per column. JSON lists
    # are not shared: each row gets its own.
    caches = [None if convert is _json else {} for _, convert in converters]
    converted = []
    for raw in result.all():
        values = list(raw)
        for (i, convert), cache in zip(converters, caches):
            value = values[i]
            if value is None:
                continue
            if cache is None:
                values[i] = convert(value)
            elif (found := cache.get(value)) is not None:
                values[i] = found
            else:
                values[i] = cache[value] = convert(value)
        converted.append(make(values))
    return converted


@lru_cache(maxsize=None)
def row_type(names: tuple[str, ...]):
    """The named tuple class of rows with these columns (one class per column list)."""
    return namedtuple("Row", names)


def summaries(session: Session, *, status: str | None = None, due_before: date | None = None,
              due_after: date | None = None, tag: str | None = None, forecaster: str | None = None,
              sort: str = "due", descending: bool = False, limit: int | None = None) -> list[QuestionSummary]:
    """Questions matching the filters with their latest prediction (``forecaster``'s, when given),
    how many predictions they have, and their current resolution."""
    given = {"status": None if status == "resolved" else status, "due_before": due_before, "due_after": due_after,
             "tag": tag, "forecaster": forecaster}
    params = {name: value for name, value in given.items() if value}
    where = [FILTERS[name] for name in params] + (["q.status <> 'open'"] if status == "resolved" else [])
    of_forecaster = " AND {alias}.forecaster = :forecaster" if forecaster else ""
    order = f"q.{SORT_COLUMNS[sort]}{' DESC' if descending else ''}, q.id"
    limited = ""
    if limit:
        limited = " LIMIT :limit"
        params["limit"] = limit
    # The filters and the limit apply first, so the latest-prediction lookups run only for rows shown.
    sql = (
        f"SELECT {', '.join(f'q.{c}' for c in QUESTION_COLUMNS)}, "
        f"{', '.join(f'p.{c} AS p_{c}' for c in PREDICTION_COLUMNS)}, "
        f"(SELECT count(*) FROM prediction n WHERE n.question_id = q.id{of_forecaster.format(alias='n')}) AS p_count "
        f"FROM (SELECT * FROM question q{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}{limited}) q "
        "LEFT JOIN prediction p ON p.id = (SELECT l.id FROM prediction l WHERE l.question_id = q.id"
        f"{of_forecaster.format(alias='l')} ORDER BY l.made_at DESC, l.id DESC LIMIT 1) "
        f"ORDER BY {order}"
    )
    statement = text(sql).bindparams(*(bindparam(name, type_=Date()) for name in ("due_before", "due_after")
                                       if name in params))
    names = [*QUESTION_COLUMNS, *(f"p_{c}" for c in PREDICTION_COLUMNS), "p_count"]
    rows = plain_rows(session.connection().execute(statement, params), names)
    ids = [row.id for row in rows]
    tags = _tags(session, ids)
    current = {question_id: current_resolution(found)
               for question_id, found in _resolutions(session, [r.id for r in rows if r.status != "open"]).items()}
    return [trusted(QuestionSummary, question=question_from_row(row, tags.get(row.id, ())),
                    latest=_latest(row) if row.p_made_at is not None else None, predictions=row.p_count,
                    resolution=current.get(row.id)) for row in rows]


def _latest(row):
    return prediction_from_row(SimpleNamespace(question_id=row.id, **{c: getattr(row, f"p_{c}")
                                                                      for c in PREDICTION_COLUMNS}))


def _chunks(session: Session, sql: str, ids: list[str], names: Sequence[str]) -> list:
    statement = text(sql).bindparams(bindparam("ids", expanding=True))
    found = []
    for start in range(0, len(ids), CHUNK):
        found.extend(plain_rows(session.connection().execute(statement, {"ids": ids[start:start + CHUNK]}), names))
    return found


def _tags(session: Session, ids: list[str]) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for row in _chunks(session, "SELECT question_id, tag FROM question_tag WHERE question_id IN :ids", ids,
                       ("question_id", "tag")):
        tags.setdefault(row.question_id, []).append(row.tag)
    return tags


def _resolutions(session: Session, ids: list[str]) -> dict[str, list]:
    found: dict[str, list] = {}
    sql = f"SELECT {', '.join(RESOLUTION_COLUMNS)} FROM resolution WHERE question_id IN :ids ORDER BY id"
    for row in _chunks(session, sql, ids, RESOLUTION_COLUMNS):
        found.setdefault(row.question_id, []).append(resolution_from_row(row))
    return found


def latest_predictions(session: Session, ids: Sequence[str]) -> dict[str, object]:
    """The latest prediction (of anyone) on each of ``ids`` that has one, by question id."""
    sql = (f"SELECT p.question_id, {', '.join(f'p.{c}' for c in PREDICTION_COLUMNS)} FROM prediction p "
           "WHERE p.question_id IN :ids AND p.id = (SELECT l.id FROM prediction l WHERE l.question_id = p.question_id "
           "ORDER BY l.made_at DESC, l.id DESC LIMIT 1)")
    return {row.question_id: prediction_from_row(row)
            for row in _chunks(session, sql, list(ids), ("question_id", *PREDICTION_COLUMNS))}


def overdue_count(session: Session, today: date) -> int:
    """How many open questions were due before ``today`` (the banner `tracker` prints on terminals)."""
    statement = text("SELECT count(*) FROM question WHERE status = 'open' AND due < :today").bindparams(
        bindparam("today", type_=Date()))
    return session.connection().execute(statement, {"today": today}).scalar_one()
