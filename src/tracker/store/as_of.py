"""Scores "as of" a horizon before the due date, in SQL: for each scored (question, forecaster), the
prediction standing that long before the end of the due date (or at the resolution, if earlier).

Driven from the standing forecasts (one row per pair, filtered through their indexes): each looks up
its prediction through the index of the unique (question_id, forecaster, made_at), so the prediction
history is never scanned, and only the grouped counts leave the database.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta, timezone

from sqlalchemy import case, func, literal, select, text
from sqlmodel import Session

from tracker.store.scored import (MISSING, SCORED_OUTCOMES, UNTAGGED, ScoreFilter, _horizon, prediction, standing,
                                  tags)

#: A due date whose end is past the calendar has no due instant: its pairs are skipped.
LAST_DUE = date.max


def _cutoff(as_of: timedelta, dialect: str):
    seconds = as_of.total_seconds()
    if dialect == "postgresql":
        end = text(f"((standing_forecast.due + 1)::timestamp AT TIME ZONE 'UTC' - make_interval(secs => {seconds!r}))")
        return func.least(standing.c.resolved_at, end)
    # SQLite keeps timestamps as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC): the end of the due date, minus as_of, in
    # that form, so that text comparison orders it among them.
    end = func.strftime("%Y-%m-%d %H:%M:%f", standing.c.due, "+1 day", f"{-seconds!r} seconds").concat("000")
    return func.min(standing.c.resolved_at, end)


def _keys(by: str | None, chosen, dialect: str) -> tuple[list, list]:
    """(key columns, extra FROM joins) for a grouping."""
    if by is None:
        return [], []
    if by == "forecaster":
        return [standing.c.forecaster], []
    if by == "month":
        return [standing.c.resolved_month], []
    if by == "source":
        return [func.coalesce(standing.c.source_document, MISSING["source"])], []
    if by == "phrase":
        return [func.coalesce(chosen.c.phrase, MISSING["phrase"]), func.coalesce(chosen.c.scale, "")], []
    if by == "horizon":
        return [_horizon(chosen.c.made_at, standing.c.due, dialect)], []
    if by == "tag":
        return [func.coalesce(tags.c.tag, literal(UNTAGGED))], [tags]
    raise ValueError(f"cannot group by {by!r}")


def chosen_as_of(dialect: str, as_of: timedelta):
    """``(chosen, source)``: the prediction table aliased as the one standing ``as_of`` before the due
    date's end, and the standing forecasts joined to it. The scores and the web's drill-down lists both
    choose through this, so that a bin's list holds exactly the forecasts its count counted."""
    chosen_id = (select(prediction.c.id).where(
        prediction.c.question_id == standing.c.question_id, prediction.c.forecaster == standing.c.forecaster,
        prediction.c.made_at <= _cutoff(as_of, dialect))
        .order_by(prediction.c.made_at.desc()).limit(1).correlate(standing).scalar_subquery())
    chosen = prediction.alias("chosen")
    return chosen, standing.join(chosen, chosen.c.id == chosen_id)


def narrowed(query, filters: ScoreFilter):
    """``query`` under the forecaster, since and tag of ``filters`` (what the as-of read supports)."""
    if filters.forecaster:
        query = query.where(standing.c.forecaster == filters.forecaster)
    if filters.since:
        query = query.where(standing.c.resolved_at >= filters.since.astimezone(timezone.utc))
    if filters.tag:
        query = query.where(standing.c.question_id.in_(select(tags.c.question_id).where(tags.c.tag == filters.tag)))
    return query


def grouped_as_of(session: Session, by: str | None, filters: ScoreFilter, as_of: timedelta,
                  ) -> dict[tuple, tuple[list, list, list]]:
    """{group key: (distinct probabilities, events, counts)} of the predictions standing ``as_of`` before
    the due date's end (UTC), on resolved binary questions, under ``filters``."""
    dialect = session.get_bind().dialect.name
    chosen, source = chosen_as_of(dialect, as_of)
    keys, joins = _keys(by, chosen, dialect)
    events = func.sum(case((standing.c.outcome == "yes", 1), else_=0))
    for table in joins:
        source = source.outerjoin(table, table.c.question_id == standing.c.question_id)
    query = (select(*keys, chosen.c.probability, events, func.count()).select_from(source)
             .where(standing.c.outcome.in_(SCORED_OUTCOMES), standing.c.probability.isnot(None),
                    standing.c.due < LAST_DUE))
    query = narrowed(query, filters)
    cells: dict[tuple, dict[float, list[int]]] = defaultdict(dict)
    for *key, probability, n_events, n in session.execute(query.group_by(*keys, chosen.c.probability)):
        cell = cells[tuple(key) if key else ("all",)].setdefault(probability, [0, 0])
        cell[0] += int(n_events)
        cell[1] += int(n)
    return {key: (list(by_p), [c[0] for c in by_p.values()], [c[1] for c in by_p.values()])
            for key, by_p in cells.items()}

