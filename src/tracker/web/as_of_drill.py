"""The drill-down's list when the report scores forecasts as of a horizon before the due date: the
prediction each forecaster had standing then, chosen as tracker.store.as_of chooses it for the scores,
so that a bin's or a group's list holds exactly the forecasts its count counted."""

from __future__ import annotations


from sqlalchemy import exists, func, or_, select

from tracker.store import Store
from tracker.store.as_of import LAST_DUE, chosen_as_of, narrowed
from tracker.store.scored import MISSING, SCORED_OUTCOMES, UNTAGGED, _horizon, question, standing, tags


def _narrowed(query, drill, chosen, dialect: str):
    query = narrowed(query, drill.selection.filters)
    bounds = drill.bounds()
    if bounds is not None:
        low, high = bounds
        # Bins are [low, high); the last one also holds its right edge (tracker.scoring.binning).
        upper = chosen.c.probability <= high if drill.bin_index == drill.bins - 1 else chosen.c.probability < high
        query = query.where(chosen.c.probability >= low, upper)
    if drill.by is None:
        return query
    if drill.by == "tag":
        if drill.group == UNTAGGED:
            return query.where(~exists().where(tags.c.question_id == standing.c.question_id))
        return query.where(exists().where(tags.c.question_id == standing.c.question_id, tags.c.tag == drill.group))
    if drill.by == "horizon":
        return query.where(_horizon(chosen.c.made_at, standing.c.due, dialect) == drill.group)
    # As tracker.store.as_of groups them: the chosen prediction's phrase, the question's source and month.
    column = {"forecaster": standing.c.forecaster, "source": standing.c.source_document,
              "month": standing.c.resolved_month, "phrase": chosen.c.phrase}[drill.by]
    query = query.where(column.is_(None) if drill.group == MISSING.get(drill.by) else column == drill.group)
    if drill.by == "phrase" and drill.group != MISSING["phrase"]:
        query = query.where(chosen.c.scale == drill.scale if drill.scale
                            else or_(chosen.c.scale.is_(None), chosen.c.scale == ""))
    return query


def as_of_forecasts(store: Store, drill, page: int, page_size: int) -> tuple[list, int]:
    """(one page of the forecasts the drill selects as of its horizon, how many in all), ordered by
    question and forecaster; rows as tracker.web.reads.scored_forecasts gives them."""
    from tracker.web.reads import ScoredForecast

    with store.read() as session:
        dialect = session.get_bind().dialect.name
        chosen, source = chosen_as_of(dialect, drill.selection.as_of)
        scored = (standing.c.outcome.in_(SCORED_OUTCOMES), standing.c.probability.isnot(None),
                  standing.c.due < LAST_DUE)
        counted = _narrowed(select(func.count()).select_from(source).where(*scored), drill, chosen, dialect)
        total = session.execute(counted).scalar_one()
        listed = _narrowed(
            select(standing.c.question_id, question.c.text, standing.c.forecaster, chosen.c.made_at,
                   chosen.c.probability, standing.c.outcome, standing.c.resolved_at)
            .select_from(source.join(question, question.c.id == standing.c.question_id)).where(*scored),
            drill, chosen, dialect)
        rows = session.execute(listed.order_by(standing.c.question_id, standing.c.forecaster)
                               .offset((max(page, 1) - 1) * page_size).limit(page_size)).all()
    return [ScoredForecast(*row) for row in rows], int(total)
