"""Relative Brier scores, kept on the standing forecasts as questions' scored forecasts change.

A forecaster's relative Brier on a question is their squared error minus the median squared error of
everyone's scored forecast on it (Fatebook's convention: the median includes them), defined when at
least two forecasters are scored on the question. A median needs every forecast on the question at
once, which SQL aggregates cannot give cheaply; so it is computed here, per question, whenever the
question's scored forecasts change (a resolution, a correction, a prediction on a resolved question),
and stored in ``standing_forecast.relative``. Scoring then averages that column per forecaster
through an index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import bindparam, func, select, text, update
from sqlmodel import Session

from tracker.store.tables import StandingForecastRow

standing = StandingForecastRow.__table__
#: Questions per recompute: bounds the scored forecasts held at once.
CHUNK = 50_000


def refresh_relative(session: Session, question_ids: Iterable[str]) -> None:
    """Recompute ``relative`` for every standing forecast on these questions: one statement clearing
    them and one reading their scored forecasts per CHUNK of questions, whatever their number."""
    from tracker.store.bulk import among
    from tracker.store.scored_lists import scored_briers

    ids = list(dict.fromkeys(question_ids))
    dialect = session.get_bind().dialect.name
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        session.execute(update(standing).where(among(standing.c.question_id, chunk, dialect),
                                               standing.c.relative.isnot(None)).values(relative=None))
        _store(session, scored_briers(session, question_ids=chunk))


def refresh_all_relative(session: Session) -> None:
    """Compute ``relative`` for the whole store (the migration that introduced it)."""
    from tracker.store.scored_lists import scored_briers

    session.execute(update(standing).where(standing.c.relative.isnot(None)).values(relative=None))
    _store(session, scored_briers(session))


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


def _store(session: Session, rows: list) -> None:
    values = relative_values(rows)
    if not values:
        return
    if session.get_bind().dialect.name == "postgresql":
        # One statement, not one per forecast: each UPDATE statement runs the score-cell statement
        # trigger (migration 0010) once.
        session.execute(text(
            "UPDATE standing_forecast s SET relative = v.r "
            "FROM unnest(CAST(:q AS text[]), CAST(:f AS text[]), CAST(:r AS float8[])) AS v(q, f, r) "
            "WHERE s.question_id = v.q AND s.forecaster = v.f"),
            {"q": [v["q"] for v in values], "f": [v["f"] for v in values], "r": [v["r"] for v in values]})
        return
    session.execute(update(standing).where(standing.c.question_id == bindparam("q"),
                                           standing.c.forecaster == bindparam("f"))
                    .values(relative=bindparam("r")), values)


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

