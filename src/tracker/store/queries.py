"""The queries the API runs, translating between table rows and domain records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import and_, delete, insert, select, update
from sqlmodel import Session

from tracker.domain import Prediction, Question, Resolution, Source, status_for
from tracker.store.chain import Appender, prediction_content, resolution_content
from tracker.store.guards import writing
from tracker.store.records import prediction_from_row, question_from_row, resolution_from_row
from tracker.store.standing import advance_standing, set_standing_outcome, set_standing_question
from tracker.store.tables import PredictionRow, QuestionRow, QuestionTagRow, ResolutionRow

def question_values(question: Question, recorded_at: datetime) -> dict:
    """The question row's columns for a question record."""
    source = question.source or Source()
    return {
        "id": question.id, "text": question.text, "criteria": question.criteria, "kind": question.kind,
        "outcomes": list(question.outcomes), "due": question.due, "created_at": question.created_at,
        "status": question.status, "source_document": source.document, "source_publisher": source.publisher,
        "source_date": source.date, "source_quote": source.quote, "source_location": source.location,
        "source_url": source.url, "phrase": question.phrase, "scale": question.scale,
        "condition_question": question.condition.question if question.condition else None,
        "condition_outcome": question.condition.outcome if question.condition else None,
        "remind_every_days": question.remind_every_days,
        "recorded_at": recorded_at,
    }


def tags_of(session: Session, ids: Iterable[str]) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        table = QuestionTagRow.__table__
        rows = session.execute(select(table.c.question_id, table.c.tag)
                               .where(table.c.question_id.in_(ids[start:start + 500])))
        for question_id, tag in rows:
            tags.setdefault(question_id, []).append(tag)
    return tags


def get_questions(session: Session, ids: Iterable[str]) -> dict[str, Question]:
    """The recorded questions among ``ids``, by id."""
    ids = list(dict.fromkeys(ids))
    rows: list = []
    table = QuestionRow.__table__
    for start in range(0, len(ids), 500):
        # Plain rows, not ORM objects: reading is all that happens to them.
        rows.extend(session.execute(select(*table.columns).where(table.c.id.in_(ids[start:start + 500]))))
    tags = tags_of(session, [r.id for r in rows])
    return {r.id: question_from_row(r, tags.get(r.id, ())) for r in rows}


def insert_questions(session: Session, questions: Sequence[Question], recorded_at: datetime) -> None:
    if not questions:
        return
    with writing(session):
        session.execute(insert(QuestionRow), [question_values(q, recorded_at) for q in questions])
        tag_rows = [{"question_id": q.id, "tag": t} for q in questions for t in q.tags]
        if tag_rows:
            session.execute(insert(QuestionTagRow), tag_rows)


def update_question(session: Session, question: Question, recorded_at: datetime) -> None:
    """Rewrite a question's editable description (criteria, due date, tags, source, phrase, condition)."""
    values = question_values(question, recorded_at)
    for fixed in ("id", "text", "kind", "outcomes", "created_at", "status", "recorded_at", "outcome", "resolved_at"):
        values.pop(fixed, None)
    with writing(session):
        session.execute(update(QuestionRow).where(QuestionRow.id == question.id).values(**values))
        set_standing_question(session, question.id, question.due,
                              question.source.document if question.source else None)
        session.execute(delete(QuestionTagRow).where(QuestionTagRow.question_id == question.id))
        if question.tags:
            session.execute(insert(QuestionTagRow), [{"question_id": question.id, "tag": t} for t in question.tags])


def question_state(outcome: str | None, resolved_at: datetime | None) -> dict:
    """The question row's status, outcome and resolved_at when ``outcome`` is the resolution in force
    (None: never resolved). The write path and `verify` both use it."""
    if outcome is None or outcome == "open":
        return {"status": "open", "outcome": None, "resolved_at": None}
    return {"status": status_for(outcome), "outcome": outcome, "resolved_at": resolved_at}


def predictions_of(session: Session, question_ids: Iterable[str]) -> dict[str, list[Prediction]]:
    """Every prediction on the given questions, oldest first, by question id."""
    found: dict[str, list[Prediction]] = {}
    ids = list(question_ids)
    for start in range(0, len(ids), 500):
        rows = session.scalars(select(PredictionRow).where(PredictionRow.question_id.in_(ids[start:start + 500]))
                               .order_by(PredictionRow.made_at, PredictionRow.id))
        for row in rows:
            found.setdefault(row.question_id, []).append(prediction_from_row(row))
    return found


def insert_predictions(session: Session, predictions: Sequence[Prediction], recorded_at: datetime,
                       ) -> list[Prediction]:
    """Record predictions (appending them to the chain) and move each forecaster's standing forecast
    forward where they are newer; return them with their place in the chain."""
    if not predictions:
        return []
    rows = [p.model_dump() for p in predictions]
    chain = Appender(session)
    for row in rows:
        row["seq"], row["prev_hash"], row["hash"] = chain.append(prediction_content(row))
    session.execute(insert(PredictionRow), [{**row, "recorded_at": recorded_at} for row in rows])
    with writing(session):
        chain.save()
        advance_standing(session, rows)
    return [p.model_copy(update={"seq": row["seq"], "hash": row["hash"]}) for p, row in zip(predictions, rows)]


def resolutions_of(session: Session, question_ids: Iterable[str]) -> dict[str, list[Resolution]]:
    """Every resolution of the given questions, superseded ones included, in the order recorded."""
    found: dict[str, list[Resolution]] = {}
    ids = list(question_ids)
    for start in range(0, len(ids), 500):
        rows = session.scalars(select(ResolutionRow).where(ResolutionRow.question_id.in_(ids[start:start + 500]))
                               .order_by(ResolutionRow.id))
        for row in rows:
            found.setdefault(row.question_id, []).append(resolution_from_row(row))
    return found


def insert_resolution(session: Session, resolution: Resolution, recorded_at: datetime) -> Resolution:
    """Record a resolution, set its question's status, and return it with its id."""
    values = resolution.model_dump(exclude={"id"})
    values["evidence"] = list(resolution.evidence)
    superseded_hash = None
    if resolution.supersedes is not None:
        superseded_hash = session.execute(select(ResolutionRow.hash).where(
            ResolutionRow.id == resolution.supersedes)).scalar_one()
    chain = Appender(session)
    values["seq"], values["prev_hash"], values["hash"] = chain.append(resolution_content(values, superseded_hash))
    new_id = session.execute(insert(ResolutionRow).values(**values, recorded_at=recorded_at)
                             .returning(ResolutionRow.id)).scalar_one()
    state = question_state(resolution.outcome, resolution.resolved_at)
    with writing(session):
        chain.save()
        session.execute(update(QuestionRow).where(QuestionRow.id == resolution.question_id).values(**state))
        set_standing_outcome(session, resolution.question_id, state["outcome"], state["resolved_at"])
    return resolution.model_copy(update={"id": new_id, "seq": values["seq"], "hash": values["hash"]})


def dependents_of(session: Session, question_id: str) -> list[str]:
    """Ids of open or annulled questions conditional on ``question_id``."""
    return list(session.scalars(select(QuestionRow.id).where(
        and_(QuestionRow.condition_question == question_id, QuestionRow.status.in_(("open", "annulled"))))))
