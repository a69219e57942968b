"""Scores "as of" a horizon before the due date, in SQL: for each scored (question, forecaster), the
prediction standing that long before the end of the due date (or at the resolution, if earlier).

A pair's standing forecast is its latest prediction, so when it was made by the cutoff it is the one
chosen: the counts start from what the plain scores count (score cells, or the standing forecasts'
covering indexes) and only the standing forecasts made after the cutoff, which indexes find (the partial
index of late forecasts, the horizon index: a forecast in a band far enough from its due date is in time),
look their prediction up through the unique (question_id, forecaster, made_at) index. The prediction
history is never scanned, and only grouped counts leave the database.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta, timezone

from sqlalchemy import and_, case, func, literal, select, text
from sqlmodel import Session

from tracker.store import filter_order
from tracker.store.dimensions import HORIZON_BANDS, LONGEST_HORIZON
from tracker.store.scored import (MISSING, SCORED_OUTCOMES, UNTAGGED, ScoreFilter, _horizon, prediction, question,
                                  score_cell, standing, tags)

#: A due date whose end is past the calendar has no due instant: its pairs are skipped.
LAST_DUE = date.max


def _due_cutoff(as_of: timedelta, dialect: str):
    """The end of the due date (UTC) minus ``as_of``, per standing forecast."""
    seconds = as_of.total_seconds()
    if dialect == "postgresql":
        return text(f"((standing_forecast.due + 1)::timestamp AT TIME ZONE 'UTC' - make_interval(secs => {seconds!r}))")
    # SQLite keeps timestamps as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC): the end of the due date, minus as_of, in
    # that form, so that text comparison orders it among them. Whole days (what --as-of takes) are a
    # midnight: date() is several times cheaper per row than strftime() with a seconds modifier.
    if seconds % 86_400 == 0:
        return func.date(standing.c.due, f"{1 - int(seconds // 86_400):+d} days").concat(" 00:00:00.000000")
    return func.strftime("%Y-%m-%d %H:%M:%f", standing.c.due, "+1 day", f"{-seconds!r} seconds").concat("000")


def _cutoff(as_of: timedelta, dialect: str):
    """The earlier of the resolution and the due date's end minus ``as_of``."""
    least = func.least if dialect == "postgresql" else func.min
    return least(standing.c.resolved_at, _due_cutoff(as_of, dialect))


def _near_bands(as_of: timedelta) -> list[str]:
    """The horizon bands that may hold a forecast made after the cutoff: a forecast whose band starts at
    ``as_of`` or further from the due date was made at least that long before it (made on day d with
    due - d >= as_of days, it precedes midnight d + 1 <= due + 1 - as_of). The first band has no lower
    bound: it holds the forecasts made after their due date too."""
    lower = [float("-inf"), *(limit for limit, _ in HORIZON_BANDS)]
    labels = [label for _, label in HORIZON_BANDS] + [LONGEST_HORIZON]
    return [label for start, label in zip(lower, labels) if start * 86_400 < as_of.total_seconds()]


def standing_too_late(as_of: timedelta, dialect: str) -> list:
    """The standing forecasts made after the cutoff (not in time), in two disjoint parts that indexes find
    without a pass over the rest: made after the resolution (the partial index of late forecasts), and
    made in a near band after the due date's cutoff (the horizon index)."""
    return [standing.c.made_at > standing.c.resolved_at,
            and_(standing.c.made_at <= standing.c.resolved_at, standing.c.horizon.in_(_near_bands(as_of)),
                 standing.c.made_at > _due_cutoff(as_of, dialect))]


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


def narrowed(query, filters: ScoreFilter, tag_first: bool = False):
    """``query`` under the forecaster, since and tag of ``filters`` (what the as-of read supports);
    ``tag_first``: read from the tag's questions (filter_order.tag_first chose it)."""
    if tag_first:
        return narrowed(query.where(filter_order.tag_and_forecaster(standing, filters.tag, filters.forecaster)),
                        ScoreFilter(since=filters.since))
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
    the due date's end (UTC), on resolved binary questions, under ``filters``.

    A pair's standing forecast is its latest prediction: when it was made by the cutoff it is the one
    chosen, counted as it stands. So the forecasts on time for their resolution are counted as the plain
    scores count them (from the score cells where those hold exactly this selection: no filter, or one
    forecaster or tag; otherwise through the standing forecasts' covering indexes), less the few made
    after the cutoff, found through the horizon index; only those look their prediction up, through the
    prediction index."""
    dialect = session.get_bind().dialect.name
    events = func.sum(case((standing.c.outcome == "yes", 1), else_=0))
    # `probability + 0`: no index on probability for this term, so that SQLite's planner takes the partial
    # index of late forecasts, or the horizon index, rather than walk every scored forecast.
    scored = (standing.c.outcome.in_(SCORED_OUTCOMES), (standing.c.probability + 0).isnot(None),
              standing.c.due < LAST_DUE)
    cells: dict[tuple, dict[float, list[int]]] = defaultdict(dict)

    def add(rows, sign: int = 1) -> None:
        for *key, probability, n_events, n in rows:
            cell = cells[tuple(key) if key else ("all",)].setdefault(probability, [0, 0])
            cell[0] += sign * int(n_events)
            cell[1] += sign * int(n)

    def grouped(keys: list, probability, source, *where):
        query = narrowed(select(*keys, probability, events, func.count()).select_from(source).where(*scored, *where),
                         filters)
        return session.execute(query.group_by(*keys, probability))

    keys, joins = _keys(by, standing, dialect)
    source = standing
    for table in joins:
        source = source.outerjoin(table, table.c.question_id == standing.c.question_id)
    too_late = standing_too_late(as_of, dialect)
    cell = _cells_for_as_of(by, filters)
    if cell is None:  # the on-time forecasts, through the covering indexes of the plain scores
        on_time = narrowed(select(*keys, standing.c.probability, events, func.count()).select_from(source).where(
            standing.c.outcome.in_(SCORED_OUTCOMES), standing.c.probability.isnot(None),
            standing.c.made_at <= standing.c.resolved_at), filters, filter_order.tag_first(session, filters, by))
        add(session.execute(on_time.group_by(*keys, standing.c.probability)))
    else:
        add(_cell_rows(session, *cell, keyed=by is not None))
    # Those count every forecast on time for its resolution: out go the ones made after the cutoff (the
    # horizon index covers them: migration 0012) and those whose due date has no end (end of the calendar).
    add(grouped(keys, standing.c.probability, source, too_late[1]), -1)
    add(_last_due_rows(session, keys, source, filters), -1)
    chosen, source = chosen_as_of(dialect, as_of)
    keys, joins = _keys(by, chosen, dialect)
    for table in joins:
        source = source.outerjoin(table, table.c.question_id == standing.c.question_id)
    for part in too_late:
        add(grouped(keys, chosen.c.probability, source, part))
    return {key: (list(by_p), [c[0] for c in by_p.values()], [c[1] for c in by_p.values()])
            for key, by_p in ((key, {p: c for p, c in by_p.items() if c[1]}) for key, by_p in cells.items()) if by_p}


def _cells_for_as_of(by: str | None, filters: ScoreFilter) -> tuple[str, str | None] | None:
    """(dimension, key or None) of the score cells that hold the on-time forecasts of this selection, when
    their keys are the standing forecast's own (no grouping, or by forecaster or month)."""
    if filters == ScoreFilter() and by in (None, "forecaster", "month"):
        return (by or "all", None)
    if filters.forecaster and filters == ScoreFilter(forecaster=filters.forecaster) and by in (None, "forecaster"):
        return ("forecaster", filters.forecaster)
    if filters.tag and filters == ScoreFilter(tag=filters.tag) and by is None:
        return ("tag", filters.tag)
    return None


def _cell_rows(session: Session, dimension: str, only: str | None, keyed: bool):
    query = (select(score_cell.c.key, score_cell.c.probability, score_cell.c.events, score_cell.c.n)
             .where(score_cell.c.dimension == dimension, score_cell.c.n > 0))
    if only is not None:
        query = query.where(score_cell.c.key == only)
    return [((key,) if keyed else ()) + (p, e, n) for key, p, e, n in session.execute(query)]


def _last_due_rows(session: Session, keys: list, source, filters: ScoreFilter):
    """The on-time scored forecasts on questions due at the end of the calendar (their due date has no end):
    found through the questions' due-date index. Usually there are none: asked first, since with other
    filters SQLite's planner would walk the standing forecasts rather than start from the due date."""
    if session.scalar(select(question.c.id).where(question.c.due == LAST_DUE).limit(1)) is None:
        return []
    events = func.sum(case((standing.c.outcome == "yes", 1), else_=0))
    query = (select(*keys, standing.c.probability, events, func.count()).select_from(source)
             .where(standing.c.question_id.in_(select(question.c.id).where(question.c.due == LAST_DUE)),
                    standing.c.outcome.in_(SCORED_OUTCOMES), standing.c.probability.isnot(None),
                    standing.c.made_at <= standing.c.resolved_at))
    return session.execute(narrowed(query, filters).group_by(*keys, standing.c.probability))
