"""The drill-down's list when the report scores forecasts as of a horizon before the due date: the
prediction each forecaster had standing then, chosen as tracker.store.as_of chooses it for the scores,
so that a bin's or a group's list holds exactly the forecasts its count counted."""

from __future__ import annotations

from sqlalchemy import func, select

from tracker.store import Store
from tracker.store.as_of import LAST_DUE, chosen_as_of, narrowed
from tracker.store.scored import SCORED_OUTCOMES, _horizon, question, standing
from tracker.web.reads import ScoredForecast, narrowed_to_drill


def _narrowed(query, drill, chosen, dialect: str):
    # As tracker.store.as_of groups them: the chosen prediction's probability, phrase and horizon; the
    # standing row's question, forecaster, source and month.
    return narrowed_to_drill(narrowed(query, drill.selection.filters), drill, {
        "probability": chosen.c.probability, "question_id": standing.c.question_id,
        "forecaster": standing.c.forecaster, "source": standing.c.source_document,
        "horizon": _horizon(chosen.c.made_at, standing.c.due, dialect), "month": standing.c.resolved_month,
        "phrase": chosen.c.phrase, "scale": chosen.c.scale})


def as_of_forecasts(store: Store, drill, page: int, page_size: int) -> tuple[list, int]:
    """(one page of the forecasts the drill selects as of its horizon, how many in all), ordered by
    question and forecaster; rows as tracker.web.reads.scored_forecasts gives them."""
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
