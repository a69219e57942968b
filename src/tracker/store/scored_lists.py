"""Scored forecasts one by one rather than grouped: the prediction history, each forecast's squared
error, and the largest misses (tracker.store.scored picks and groups them; these list them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, select
from sqlmodel import Session

from tracker.store.scored import (SCORED_OUTCOMES, ScoreFilter, _backdated, _filtered, _on_time, prediction, question,
                                  tags)


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


def scored_briers(session: Session, filters: ScoreFilter = ScoreFilter(),
                  question_ids: Sequence[str] | None = None) -> list:
    """(question_id, forecaster, squared error) of every scored binary forecast (on ``question_ids``
    only, when given)."""
    from tracker.store.bulk import among

    rows = []
    dialect = session.get_bind().dialect.name
    for part in (_on_time("binary").subquery("scored"), _backdated("binary", dialect).subquery("scored")):
        error = part.c.probability - case((part.c.outcome == "yes", 1.0), else_=0.0)
        query = _filtered(select(part.c.question_id, part.c.forecaster, error * error).select_from(part),
                          part, filters, None)
        if question_ids is not None:
            query = query.where(among(part.c.question_id, list(question_ids), dialect))
        rows.extend(session.execute(query).all())
    return rows


def largest_misses(session: Session, filters: ScoreFilter = ScoreFilter(), limit: int = 10,
                   grouped: tuple[list, list, list] | None = None) -> list:
    """The scored binary forecasts furthest from what happened: rows of (question_id, text, forecaster,
    probability, outcome, squared_error), worst first, ties by question and forecaster.

    ``grouped``: the same forecasts grouped by probability (distinct probabilities, events, counts), when
    the caller has them: they tell which probabilities the worst misses can have, so that only those
    forecasts are read, through the index on probability, instead of ranking every one.
    """
    dialect = session.get_bind().dialect.name
    bounds = _miss_bounds(grouped, limit) if grouped is not None else None
    candidates = []
    for part in (_on_time("binary").subquery("scored"), _backdated("binary", dialect).subquery("scored")):
        error = part.c.probability - case((part.c.outcome == "yes", 1.0), else_=0.0)
        squared = (error * error).label("squared_error")
        query = _filtered(select(part.c.question_id, part.c.forecaster, part.c.probability, part.c.outcome,
                                 squared).select_from(part), part, filters, None)
        sides = [query]
        if bounds is not None:
            # One read per side, each a range of the scoring index: PostgreSQL answers the two ranges
            # joined by OR with a pass over every standing forecast (0.12 s of 0.16 s at 1,000,000).
            no_from, yes_to = bounds
            sides = [query.where(and_(part.c.outcome == "no", part.c.probability >= no_from)),
                     query.where(and_(part.c.outcome == "yes", part.c.probability <= yes_to))]
        for side in sides:
            candidates.extend(session.execute(side.order_by(squared.desc(), part.c.question_id, part.c.forecaster)
                                              .limit(limit)).all())
    worst = sorted(candidates, key=lambda r: (-r.squared_error, r.question_id, r.forecaster))[:limit]
    texts = dict(session.execute(select(question.c.id, question.c.text).where(
        question.c.id.in_({r.question_id for r in worst}))).all()) if worst else {}
    return [_Miss(r.question_id, texts[r.question_id], r.forecaster, r.probability, r.outcome, r.squared_error)
            for r in worst]


@dataclass(frozen=True)
class _Miss:
    question_id: str
    text: str
    forecaster: str
    probability: float
    outcome: str
    squared_error: float


def _miss_bounds(grouped: tuple[list, list, list], limit: int) -> tuple[float, float]:
    """(p, q): the ``limit`` worst forecasts (and all tied with them) are among those that said p or
    more of what did not happen, or q or less of what did."""
    misses = []
    for p, events, n in zip(*grouped):
        if events:
            misses.append(((1 - p) ** 2, "yes", p, events))
        if n - events:
            misses.append((p * p, "no", p, n - events))
    misses.sort(key=lambda m: m[0], reverse=True)
    no_from, yes_to, taken, last = 2.0, -1.0, 0, None
    for error, outcome, p, count in misses:
        if taken >= limit and error < last:
            break
        if outcome == "no":
            no_from = min(no_from, p)
        else:
            yes_to = max(yes_to, p)
        taken, last = taken + count, error
    return no_from, yes_to
