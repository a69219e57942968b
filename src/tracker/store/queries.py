"""The queries the API runs, translating between table rows and domain records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import and_, insert, select, update
from sqlmodel import Session

from tracker.domain import Prediction, Question, Resolution, status_for
from tracker.store import derived
from tracker.store.chain import Appender
from tracker.store.guards import writing
from tracker.store.records import prediction_from_row, question_from_row, question_values, resolution_from_row
from tracker.store.standing import advance_standing, set_standing_question
from tracker.store.tables import PredictionRow, QuestionRow, QuestionTagRow, ResolutionRow
from tracker.store.versions import append_versions, description_of, rewrite_questions

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


def insert_questions(session: Session, questions: Sequence[Question], recorded_at: datetime, *,
                     by: str | None = None, chained: bool = True) -> None:
    """Record new questions: their rows and tags (derived), then each one's version 1 in the chain, in
    order. ``chained=False`` leaves the versions to the caller (apply chains them in an export's order)."""
    if not questions:
        return
    with writing(session):
        session.execute(insert(QuestionRow), [question_values(q, recorded_at) for q in questions])
        tag_rows = [{"question_id": q.id, "tag": t} for q in questions for t in q.tags]
        if tag_rows:
            session.execute(insert(QuestionTagRow), tag_rows)
    if chained:
        append_versions(session, [{"question_id": q.id, "description": description_of(q), "author": by}
                                  for q in questions], recorded_at)


def update_question(session: Session, question: Question, recorded_at: datetime, *, by: str | None = None,
                    reason: str | None = None, correction: bool = False) -> None:
    """Chain a new version of a question's description, then rewrite its derived row, tags and standing
    forecasts from it: the description is never UPDATEd without a version (rules: tracker.rules)."""
    (version,) = append_versions(session, [{"question_id": question.id, "description": description_of(question),
                                            "author": by, "reason": reason, "correction": correction}], recorded_at)
    rewrite_questions(session, [version])
    with writing(session):
        set_standing_question(session, question.id, question.due,
                              question.source.document if question.source else None)


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
        row["seq"], row["prev_hash"], row["hash"] = chain.append_prediction(row, recorded_at)
    session.execute(insert(PredictionRow), rows)
    with writing(session):
        chain.save()
        resolved = advance_standing(session, rows)
    derived.touch(session, resolved)
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
    return insert_resolutions(session, [resolution], recorded_at)[0]


def dependents_of(session: Session, question_id: str) -> list[str]:
    """Ids of open or annulled questions conditional on ``question_id``."""
    return list(session.scalars(select(QuestionRow.id).where(
        and_(QuestionRow.condition_question == question_id, QuestionRow.status.in_(("open", "annulled"))))))


def insert_resolutions(session: Session, resolutions: Sequence[Resolution], recorded_at: datetime,
                       ) -> list[Resolution]:
    """Record resolutions in order (one chain append each, one INSERT for all), set their questions'
    status, and mark the questions touched so that their derived state is refreshed once per write
    transaction; return them with their ids. A resolution may only supersede one recorded before."""
    from sqlalchemy import bindparam

    from tracker.store.bulk import among

    if not resolutions:
        return []
    dialect = session.get_bind().dialect.name
    superseded = [r.supersedes for r in resolutions if r.supersedes is not None]
    hashes = dict(session.execute(select(ResolutionRow.id, ResolutionRow.hash).where(
        among(ResolutionRow.id, superseded, dialect))).all()) if superseded else {}
    chain = Appender(session)
    rows = []
    for resolution in resolutions:
        values = resolution.model_dump(exclude={"id"})
        values["evidence"] = list(resolution.evidence)
        values["seq"], values["prev_hash"], values["hash"] = chain.append_resolution(
            values, hashes[resolution.supersedes] if resolution.supersedes else None, recorded_at)
        rows.append({**values, "recorded_at": recorded_at})
    recorded = ResolutionRow.__table__
    new_ids = session.scalars(insert(recorded).returning(recorded.c.id, sort_by_parameter_order=True),
                              rows).all()
    # The last resolution of each question is the one in force.
    states = {r.question_id: question_state(r.outcome, r.resolved_at) for r in resolutions}
    table = QuestionRow.__table__
    with writing(session):
        chain.save()
        session.execute(update(table).where(table.c.id == bindparam("qid")).values(
            status=bindparam("s"), outcome=bindparam("o"),
            resolved_at=bindparam("r", type_=table.c.resolved_at.type)),
            [{"qid": q, "s": st["status"], "o": st["outcome"], "r": st["resolved_at"]} for q, st in states.items()])
    derived.touch(session, states)
    return [r.model_copy(update={"id": new_id, "seq": row["seq"], "hash": row["hash"]})
            for r, new_id, row in zip(resolutions, new_ids, rows)]


def conditions_among(session: Session, question_ids: Iterable[str]) -> set[str]:
    """Those of ``question_ids`` that some question is conditional on."""
    from tracker.store.bulk import among

    ids = list(dict.fromkeys(question_ids))
    if not ids:
        return set()
    column = QuestionRow.__table__.c.condition_question
    return set(session.scalars(select(column).distinct().where(among(column, ids, session.get_bind().dialect.name))))
