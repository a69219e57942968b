"""The queries scoring runs: SQL picks the scored forecasts and groups them; only groups travel.

A scored forecast is, by default, each forecaster's standing forecast on a resolved binary question,
provided it was made at or before the resolution in force; when a forecaster's standing forecast is
later than that (a backdated resolution), their latest prediction before it is used instead.
Results come back grouped by (key, probability): one row per distinct probability with its count
and how many of those forecasts came true. That is all the binary scores need.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, String, and_, case, cast, exists, func, literal, or_, select, union_all
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session

from tracker.store.tables import PredictionRow, QuestionRow, QuestionTagRow, StandingForecastRow

GROUPINGS = ("forecaster", "tag", "source", "phrase", "horizon", "month")
HORIZON_BANDS = ((91, "0-3 months"), (365, "3-12 months"), (730, "1-2 years"), (1826, "2-5 years"))
LONGEST_HORIZON = "5+ years"


@dataclass(frozen=True)
class ScoreFilter:
    """Which resolved questions and forecasts to score."""

    forecaster: str | None = None
    tag: str | None = None
    since: datetime | None = None


question = QuestionRow.__table__
standing = StandingForecastRow.__table__
prediction = PredictionRow.__table__
tags = QuestionTagRow.__table__


def _scored_forecasts(kind: str):
    """A subquery of scored forecasts (question_id, forecaster, made_at, probability, probabilities, phrase, scale)."""
    columns = ("question_id", "forecaster", "made_at", "probability", "probabilities", "phrase", "scale")
    on_time = select(*(standing.c[c] for c in columns)).join(question, question.c.id == standing.c.question_id).where(
        question.c.status == "resolved", question.c.kind == kind, standing.c.made_at <= question.c.resolved_at)
    later = prediction.alias("later")
    backdated = (
        select(*(prediction.c[c] for c in columns))
        .join(question, question.c.id == prediction.c.question_id)
        .join(standing, and_(standing.c.question_id == prediction.c.question_id,
                             standing.c.forecaster == prediction.c.forecaster))
        .where(question.c.status == "resolved", question.c.kind == kind,
               standing.c.made_at > question.c.resolved_at, prediction.c.made_at <= question.c.resolved_at,
               ~exists().where(later.c.question_id == prediction.c.question_id,
                               later.c.forecaster == prediction.c.forecaster,
                               later.c.made_at <= question.c.resolved_at,
                               or_(later.c.made_at > prediction.c.made_at,
                                   and_(later.c.made_at == prediction.c.made_at, later.c.id > prediction.c.id))))
    )
    return union_all(on_time, backdated).subquery("scored")


def _key(by: str | None, scored, dialect: str) -> list[ColumnElement]:
    if by is None:
        return [literal("all", String).label("key")]
    if by == "forecaster":
        return [scored.c.forecaster.label("key")]
    if by == "tag":
        return [tags.c.tag.label("key")]
    if by == "source":
        return [func.coalesce(question.c.source_document, "(no source)").label("key")]
    if by == "phrase":
        # The prediction's own phrase: a forecaster who gave a number did not use the question's phrase.
        return [func.coalesce(scored.c.phrase, "(no phrase)").label("key"),
                func.coalesce(scored.c.scale, "").label("scale")]
    if by == "horizon":
        return [_horizon(scored, dialect).label("key")]
    if by == "month":
        if dialect == "postgresql":
            return [func.to_char(func.timezone("UTC", question.c.resolved_at), "YYYY-MM").label("key")]
        return [func.strftime("%Y-%m", question.c.resolved_at).label("key")]
    raise ValueError(f"cannot group by {by!r}")


def _horizon(scored, dialect: str) -> ColumnElement:
    """How far ahead the forecast looked: from when it was made to the due date, in bands."""
    if dialect == "postgresql":
        days = question.c.due - cast(func.timezone("UTC", scored.c.made_at), type_=question.c.due.type)
    else:
        days = cast(func.julianday(question.c.due) - func.julianday(scored.c.made_at), Integer)
    return case(*((days < limit, label) for limit, label in HORIZON_BANDS), else_=LONGEST_HORIZON)


def _filtered(query, scored, filters: ScoreFilter, by: str | None):
    if filters.forecaster:
        query = query.where(scored.c.forecaster == filters.forecaster)
    if filters.since:
        query = query.where(question.c.resolved_at >= filters.since)
    if filters.tag or by == "tag":
        query = query.join(tags, tags.c.question_id == question.c.id)
        if filters.tag:
            query = query.where(tags.c.tag == filters.tag)
    return query


def grouped_binary(session: Session, by: str | None = None, filters: ScoreFilter = ScoreFilter(),
                   ) -> dict[tuple, tuple[list[float], list[int], list[int]]]:
    """Scored binary forecasts per group: {key: (distinct probabilities, events, counts)}."""
    dialect = session.get_bind().dialect.name
    scored = _scored_forecasts("binary")
    key = _key(by, scored, dialect)
    events = func.sum(case((question.c.outcome == "yes", 1), else_=0))
    query = select(*key, scored.c.probability, events, func.count()).select_from(scored).join(
        question, question.c.id == scored.c.question_id)
    query = _filtered(query, scored, filters, by).group_by(*key, scored.c.probability)
    groups: dict[tuple, tuple[list[float], list[int], list[int]]] = {}
    for row in session.execute(query):
        *group, probability, n_events, n = row
        values, event_counts, counts = groups.setdefault(tuple(group), ([], [], []))
        values.append(probability)
        event_counts.append(int(n_events))
        counts.append(int(n))
    return groups


def choice_forecasts(session: Session, by: str | None = None, filters: ScoreFilter = ScoreFilter(),
                     ) -> list[tuple[tuple, list[str], dict[str, float], str]]:
    """Scored choice forecasts, one row each: (key, the question's outcomes, probabilities, outcome)."""
    dialect = session.get_bind().dialect.name
    scored = _scored_forecasts("choice")
    key = _key(by, scored, dialect)
    query = select(*key, question.c.outcomes, scored.c.probabilities, question.c.outcome).select_from(scored).join(
        question, question.c.id == scored.c.question_id)
    query = _filtered(query, scored, filters, by)
    return [(tuple(row[:-3]), list(row[-3]), dict(row[-2]), row[-1]) for row in session.execute(query)]


def question_counts(session: Session, filters: ScoreFilter = ScoreFilter()) -> dict[str, int]:
    """How many questions are open, resolved, ambiguous and annulled (under the same filters)."""
    query = select(question.c.status, func.count()).group_by(question.c.status)
    if filters.tag:
        query = query.where(question.c.id.in_(select(tags.c.question_id).where(tags.c.tag == filters.tag)))
    if filters.forecaster:
        query = query.where(question.c.id.in_(
            select(standing.c.question_id).where(standing.c.forecaster == filters.forecaster)))
    if filters.since:
        query = query.where(or_(question.c.resolved_at.is_(None), question.c.resolved_at >= filters.since))
    counts = {"open": 0, "resolved": 0, "ambiguous": 0, "annulled": 0}
    counts.update({status: int(n) for status, n in session.execute(query)})
    return counts


def prediction_history(session: Session, filters: ScoreFilter = ScoreFilter()):
    """Every prediction on resolved binary questions, in order, for scores that need the whole history
    (time-averaged Brier, forecasts as of a horizon): rows of (question_id, forecaster, made_at,
    probability, created_at, due, resolved_at, outcome)."""
    query = (select(prediction.c.question_id, prediction.c.forecaster, prediction.c.made_at, prediction.c.probability,
                    question.c.created_at, question.c.due, question.c.resolved_at, question.c.outcome)
             .join(question, question.c.id == prediction.c.question_id)
             .where(question.c.status == "resolved", question.c.kind == "binary")
             .order_by(prediction.c.question_id, prediction.c.forecaster, prediction.c.made_at, prediction.c.id))
    if filters.forecaster:
        query = query.where(prediction.c.forecaster == filters.forecaster)
    if filters.tag:
        query = query.where(question.c.id.in_(select(tags.c.question_id).where(tags.c.tag == filters.tag)))
    if filters.since:
        query = query.where(question.c.resolved_at >= filters.since)
    return session.execute(query)


def scored_pairs(session: Session, filters: ScoreFilter = ScoreFilter()):
    """(question_id, forecaster, probability, outcome is yes) per scored binary forecast, for relative scores."""
    scored = _scored_forecasts("binary")
    query = select(scored.c.question_id, scored.c.forecaster, scored.c.probability,
                   case((question.c.outcome == "yes", 1), else_=0)).select_from(scored).join(
        question, question.c.id == scored.c.question_id)
    return session.execute(_filtered(query, scored, filters, None))




def largest_misses(session: Session, filters: ScoreFilter = ScoreFilter(), limit: int = 10):
    """The scored binary forecasts furthest from what happened: (question_id, text, forecaster,
    probability, outcome, squared error), worst first."""
    scored = _scored_forecasts("binary")
    error = (scored.c.probability - case((question.c.outcome == "yes", 1.0), else_=0.0))
    squared = (error * error).label("squared_error")
    query = (select(scored.c.question_id, question.c.text, scored.c.forecaster, scored.c.probability,
                    question.c.outcome, squared).select_from(scored)
             .join(question, question.c.id == scored.c.question_id))
    query = _filtered(query, scored, filters, None).order_by(squared.desc(), scored.c.question_id,
                                                            scored.c.forecaster).limit(limit)
    return session.execute(query)
