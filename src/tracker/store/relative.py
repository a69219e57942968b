"""Relative Brier scores, kept on the standing forecasts as questions' scored forecasts change.

A forecaster's relative Brier on a question is their squared error minus the median squared error of
everyone's scored forecast on it (Fatebook's convention: the median includes them), defined when at
least two forecasters are scored on the question. A median needs every forecast on the question at
once, which SQL aggregates cannot give cheaply; so it is computed here, per question, whenever the
question's scored forecasts change (a resolution, a correction, a prediction on a resolved question),
and stored in ``standing_forecast.relative`` (by tracker.store.derived). Scoring then averages that column per forecaster
through an index.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlmodel import Session

from tracker.store.tables import StandingForecastRow

standing = StandingForecastRow.__table__


def relative_of(session: Session, question_ids: list[str] | None = None) -> dict[tuple[str, str], float]:
    """{(question, forecaster): relative Brier} of every scored forecast on ``question_ids`` (None: every
    question) where it is defined, from the scored forecasts as stored."""
    from tracker.store.scored_lists import scored_briers

    rows = scored_briers(session) if question_ids is None else scored_briers(session, question_ids=question_ids)
    return {(v["q"], v["f"]): v["r"] for v in relative_values(rows)}


def relative_values(rows: list) -> list[dict]:
    """{q, f, r}: the relative Brier of each (question, forecaster, squared error) of ``rows`` (the
    write path and `verify` both use it)."""
    import statistics  # here: `tracker resolve` starts faster without it

    errors: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for question_id, forecaster, error in rows:
        errors[question_id].append((forecaster, float(error)))
    values = []
    for question_id, scored in errors.items():
        if len(scored) < 2:
            continue
        median = statistics.median(error for _, error in scored)
        values.extend({"q": question_id, "f": forecaster, "r": error - median} for forecaster, error in scored)
    return values


def relative_by_forecaster(session: Session, filters) -> dict[str, float]:
    """Each forecaster's mean relative Brier over the questions where it is defined (under ``filters``,
    a tracker.store.scored.ScoreFilter; the medians always include every forecaster)."""
    from tracker.store.scored import tags

    query = select(standing.c.forecaster, func.avg(standing.c.relative)).where(standing.c.relative.isnot(None))
    if filters.forecaster:
        query = query.where(standing.c.forecaster == filters.forecaster)
    if filters.since:
        query = query.where(standing.c.resolved_at >= filters.since)
    if filters.tag:
        query = query.where(standing.c.question_id.in_(select(tags.c.question_id).where(tags.c.tag == filters.tag)))
    return {forecaster: float(mean) for forecaster, mean in session.execute(query.group_by(standing.c.forecaster))}

