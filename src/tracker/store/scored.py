"""The queries scoring runs: SQL picks the scored forecasts and groups them; only groups travel.

A scored forecast is, by default, each forecaster's standing forecast on a resolved question, provided
it was made at or before the resolution in force; when a forecaster's standing forecast is later than
that (a backdated resolution), their latest prediction before it is used instead. Binary forecasts come
back grouped by (key, probability): one row per distinct probability with its count and how many came
true, which is all the binary scores need. The grouping keys live on standing_forecast itself, each
with a covering index, so most groupings are one index scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, and_, case, exists, func, literal, or_, select, union_all
from sqlmodel import Session

from tracker.store.standing import HORIZON_BANDS, LONGEST_HORIZON
from tracker.store.tables import PredictionRow, QuestionRow, QuestionTagRow, StandingForecastRow

GROUPINGS = ("forecaster", "tag", "source", "phrase", "horizon", "month")
SCORED_OUTCOMES = ("yes", "no")

question = QuestionRow.__table__
standing = StandingForecastRow.__table__
prediction = PredictionRow.__table__
tags = QuestionTagRow.__table__
KEY_COLUMNS = ("question_id", "forecaster", "made_at", "probability", "probabilities", "phrase", "scale",
               "source_document", "horizon", "outcome", "resolved_at", "resolved_month")


@dataclass(frozen=True)
class ScoreFilter:
    """Which resolved questions and forecasts to score."""

    forecaster: str | None = None
    tag: str | None = None
    since: datetime | None = None


def _scored_forecasts(kind: str, dialect: str):
    """A subquery of scored forecasts with their grouping columns (KEY_COLUMNS)."""
    resolved = (standing.c.outcome.in_(SCORED_OUTCOMES) if kind == "binary"
                else and_(standing.c.outcome.isnot(None), standing.c.outcome.notin_(("ambiguous", "annulled"))))
    # A binary forecast has a probability, a choice forecast has none (JSON columns store None as 'null').
    of_kind = standing.c.probability.isnot(None) if kind == "binary" else standing.c.probability.is_(None)
    on_time = select(*(standing.c[c] for c in KEY_COLUMNS)).where(
        resolved, of_kind, standing.c.made_at <= standing.c.resolved_at)
    later = prediction.alias("later")
    late = standing.alias("late")
    backdated = (
        select(prediction.c.question_id, prediction.c.forecaster, prediction.c.made_at, prediction.c.probability,
               prediction.c.probabilities, prediction.c.phrase, prediction.c.scale, late.c.source_document,
               _horizon(prediction.c.made_at, late.c.due, dialect), late.c.outcome, late.c.resolved_at,
               late.c.resolved_month)
        .join(late, and_(late.c.question_id == prediction.c.question_id, late.c.forecaster == prediction.c.forecaster))
        .where(late.c.outcome.isnot(None), late.c.made_at > late.c.resolved_at,
               prediction.c.made_at <= late.c.resolved_at,
               prediction.c.probability.isnot(None) if kind == "binary" else prediction.c.probability.is_(None),
               ~exists().where(later.c.question_id == prediction.c.question_id,
                               later.c.forecaster == prediction.c.forecaster,
                               later.c.made_at <= late.c.resolved_at,
                               or_(later.c.made_at > prediction.c.made_at,
                                   and_(later.c.made_at == prediction.c.made_at, later.c.id > prediction.c.id))))
    )
    if kind == "binary":
        backdated = backdated.where(late.c.outcome.in_(SCORED_OUTCOMES))
    return union_all(on_time, backdated).subquery("scored")


def _horizon(made_at, due, dialect: str):
    """The horizon band in SQL, for the rare backdated forecasts (standing rows carry their own)."""
    if dialect == "postgresql":
        days = due - func.date(func.timezone("UTC", made_at))
    else:
        days = func.julianday(due) - func.julianday(func.date(made_at))
    return case(*((days < limit, label) for limit, label in HORIZON_BANDS), else_=LONGEST_HORIZON).label("horizon")


def _key(by: str | None, scored) -> list:
    if by is None:
        return [literal("all", String).label("key")]
    if by == "tag":
        return [tags.c.tag.label("key")]
    if by == "phrase":
        # The prediction's own phrase: a forecaster who gave a number did not use the question's phrase.
        return [func.coalesce(scored.c.phrase, "(no phrase)").label("key"),
                func.coalesce(scored.c.scale, "").label("scale")]
    column = {"forecaster": "forecaster", "source": "source_document", "horizon": "horizon",
              "month": "resolved_month"}.get(by)
    if column is None:
        raise ValueError(f"cannot group by {by!r} (one of {', '.join(GROUPINGS)})")
    if by == "source":
        return [func.coalesce(scored.c.source_document, "(no source)").label("key")]
    return [scored.c[column].label("key")]


def _filtered(query, scored, filters: ScoreFilter, by: str | None):
    if filters.forecaster:
        query = query.where(scored.c.forecaster == filters.forecaster)
    if filters.since:
        query = query.where(scored.c.resolved_at >= filters.since)
    if filters.tag or by == "tag":
        query = query.join(tags, tags.c.question_id == scored.c.question_id)
        if filters.tag:
            query = query.where(tags.c.tag == filters.tag)
    return query


def grouped_binary(session: Session, by: str | None = None, filters: ScoreFilter = ScoreFilter(),
                   ) -> dict[tuple, tuple[list[float], list[int], list[int]]]:
    """Scored binary forecasts per group: {key: (distinct probabilities, events, counts)}."""
    scored = _scored_forecasts("binary", session.get_bind().dialect.name)
    key = _key(by, scored)
    events = func.sum(case((scored.c.outcome == "yes", 1), else_=0))
    query = select(*key, scored.c.probability, events, func.count()).select_from(scored)
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
    scored = _scored_forecasts("choice", session.get_bind().dialect.name)
    key = _key(by, scored)
    query = select(*key, question.c.outcomes, scored.c.probabilities, scored.c.outcome).select_from(scored).join(
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
    probability, created_at, due, resolved_at, outcome, source_document, phrase, scale)."""
    query = (select(prediction.c.question_id, prediction.c.forecaster, prediction.c.made_at, prediction.c.probability,
                    question.c.created_at, question.c.due, question.c.resolved_at, question.c.outcome,
                    question.c.source_document, prediction.c.phrase, prediction.c.scale)
             .join(question, question.c.id == prediction.c.question_id)
             .where(question.c.outcome.in_(SCORED_OUTCOMES), prediction.c.probability.isnot(None))
             .order_by(prediction.c.question_id, prediction.c.forecaster, prediction.c.made_at, prediction.c.id))
    if filters.forecaster:
        query = query.where(prediction.c.forecaster == filters.forecaster)
    if filters.tag:
        query = query.where(question.c.id.in_(select(tags.c.question_id).where(tags.c.tag == filters.tag)))
    if filters.since:
        query = query.where(question.c.resolved_at >= filters.since)
    return session.execute(query)


def relative_briers(session: Session, filters: ScoreFilter = ScoreFilter()) -> dict[str, tuple[float, int]]:
    """{forecaster: (mean of their Brier minus the question's median Brier, questions)} over questions
    with at least two forecasters, the median taken over everyone on the question (Fatebook's way).

    Window functions do the per-question median in the database, so no forecast row leaves it.
    """
    scored = _scored_forecasts("binary", session.get_bind().dialect.name)
    error = scored.c.probability - case((scored.c.outcome == "yes", 1.0), else_=0.0)
    briers = _filtered(select(scored.c.question_id, scored.c.forecaster, (error * error).label("brier"))
                       .select_from(scored), scored, filters, None).subquery("briers")
    ranked = select(briers.c.question_id, briers.c.brier,
                    func.row_number().over(partition_by=briers.c.question_id, order_by=briers.c.brier).label("rank"),
                    func.count().over(partition_by=briers.c.question_id).label("n")).subquery("ranked")
    # The median is the mean of the middle one or two: ranks (n+1)/2 and (n+2)/2 in integer division.
    medians = (select(ranked.c.question_id, func.avg(ranked.c.brier).label("median"))
               .where(ranked.c.n >= 2, ranked.c.rank.in_(((ranked.c.n + 1) // 2, (ranked.c.n + 2) // 2)))
               .group_by(ranked.c.question_id).subquery("medians"))
    query = (select(briers.c.forecaster, func.avg(briers.c.brier - medians.c.median), func.count())
             .join(medians, medians.c.question_id == briers.c.question_id).group_by(briers.c.forecaster))
    return {forecaster: (float(value), int(n)) for forecaster, value, n in session.execute(query)}


def largest_misses(session: Session, filters: ScoreFilter = ScoreFilter(), limit: int = 10):
    """The scored binary forecasts furthest from what happened: (question_id, text, forecaster,
    probability, outcome, squared error), worst first."""
    scored = _scored_forecasts("binary", session.get_bind().dialect.name)
    error = scored.c.probability - case((scored.c.outcome == "yes", 1.0), else_=0.0)
    squared = (error * error).label("squared_error")
    inner = _filtered(select(scored.c.question_id, scored.c.forecaster, scored.c.probability, scored.c.outcome,
                             squared).select_from(scored), scored, filters, None)
    worst = inner.order_by(squared.desc(), scored.c.question_id, scored.c.forecaster).limit(limit).subquery("worst")
    query = (select(worst.c.question_id, question.c.text, worst.c.forecaster, worst.c.probability, worst.c.outcome,
                    worst.c.squared_error).join(question, question.c.id == worst.c.question_id)
             .order_by(worst.c.squared_error.desc(), worst.c.question_id, worst.c.forecaster))
    return session.execute(query)
