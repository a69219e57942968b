"""Keeping standing forecasts in step: the latest prediction per (question, forecaster), with the
question's outcome in force, resolution month, source and the forecast's horizon band beside it.

Every write that could change what scoring sees goes through here: new predictions, resolutions
(and corrections, and reopenings), and edits of a question's due date or source.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select, update
from sqlmodel import Session

from tracker.store.dimensions import horizon_band, resolved_month
from tracker.store.tables import PredictionRow, QuestionRow, StandingForecastRow

FORECAST_COLUMNS = ("question_id", "forecaster", "made_at", "probability", "probabilities", "phrase", "scale")

standing = StandingForecastRow.__table__
question = QuestionRow.__table__


def _question_context(session: Session, ids: Iterable[str]) -> dict[str, tuple]:
    ids = list(dict.fromkeys(ids))
    found: dict[str, tuple] = {}
    for start in range(0, len(ids), 500):
        query = select(question.c.id, question.c.due, question.c.source_document, question.c.outcome,
                       question.c.resolved_at).where(question.c.id.in_(ids[start:start + 500]))
        for row in session.execute(query):
            found[row.id] = tuple(row[1:])
    return found


def advance_standing(session: Session, rows: list[dict]) -> list[str]:
    """Move each forecaster's standing forecast forward to the newest of ``rows`` (prediction values);
    return the resolved questions among them, whose relative Brier the caller has refreshed
    (tracker.store.derived.touch: once per write transaction)."""
    newest: dict[tuple[str, str], dict] = {}
    for row in rows:
        # One row per (question, forecaster): PostgreSQL refuses an upsert that touches a row twice.
        key = (row["question_id"], row["forecaster"])
        if key not in newest or row["made_at"] >= newest[key]["made_at"]:
            newest[key] = row
    context = _question_context(session, (k[0] for k in newest))
    values = []
    for (question_id, _), row in newest.items():
        due, source, outcome, resolved_at = context[question_id]
        values.append({**{c: row[c] for c in FORECAST_COLUMNS}, "due": due, "horizon": horizon_band(row["made_at"], due),
                       "source_document": source, "outcome": outcome, "resolved_at": resolved_at,
                       "resolved_month": resolved_month(resolved_at)})
    if values:
        _upsert(session, values)
    return list(dict.fromkeys(v["question_id"] for v in values if v["outcome"] in ("yes", "no")))


def _upsert(session: Session, values: list[dict]) -> None:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
    statement = upsert(StandingForecastRow)
    changing = ("made_at", "probability", "probabilities", "phrase", "scale", "horizon")
    statement = statement.on_conflict_do_update(
        index_elements=[standing.c.question_id, standing.c.forecaster],
        set_={name: statement.excluded[name] for name in changing},
        where=statement.excluded.made_at >= standing.c.made_at,
    )
    session.execute(statement, values)


def set_standing_question(session: Session, question_id: str, due: date, source_document: str | None) -> None:
    """The question's due date or source changed: horizons are measured to the new due date, and a
    resolved question's time-averaged Brier ends at the new due date's end (tracker.store.derived)."""
    from tracker.store import derived

    rows = session.execute(select(standing.c.forecaster, standing.c.made_at).where(standing.c.question_id == question_id))
    for forecaster, made_at in rows.all():
        session.execute(update(StandingForecastRow).where(
            standing.c.question_id == question_id, standing.c.forecaster == forecaster).values(
            due=due, source_document=source_document, horizon=horizon_band(made_at, due)))
    derived.touch(session, [question_id])


def rebuild_standing(session: Session) -> None:
    """Fill the table from the whole prediction history (used by the migration that introduced it)."""
    prediction = PredictionRow.__table__
    batch: list[dict] = []
    query = select(*(prediction.c[c] for c in FORECAST_COLUMNS)).order_by(prediction.c.made_at, prediction.c.id)
    for row in session.execute(query):
        batch.append(dict(row._mapping))
        if len(batch) >= 5000:
            advance_standing(session, batch)
            batch = []
    advance_standing(session, batch)
