"""Reads the web pages need that tracker.api does not offer yet: recent activity, and the scored
forecasts behind one calibration bin or one report group, a page at a time.

They call the store's own query builders (tracker.store.scored), so a drill-down lists exactly the
forecasts the report counted. Both belong in tracker.api once the web part settles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, exists, func, or_, select, union_all

from tracker.evaluation import Selection
from tracker.store import Store
from tracker.store.scored import GROUPINGS, MISSING, UNTAGGED, _backdated, _filtered, _on_time, tags

#: Rows per page of a drill-down list.
PAGE_SIZE = 50


@dataclass(frozen=True)
class Activity:
    """One recorded prediction or resolution, for the home page's recent activity."""

    at: datetime
    question_id: str
    text: str
    who: str
    what: str  # "predicted 70%" or "resolved yes"


def recent_activity(store: Store, limit: int = 20, seen=None) -> list[Activity]:
    """The latest ``limit`` predictions and resolutions, newest first; with ``seen`` (tracker.team), only the
    predictions the viewer may see (fewer than ``limit`` then, rather than a query per hidden one)."""
    from tracker.domain import Prediction, prediction_text
    from tracker.store.queries import get_questions
    from tracker.store.tables import PredictionRow, ResolutionRow

    with store.read() as session:
        predicted = session.execute(
            select(PredictionRow.question_id, PredictionRow.made_at, PredictionRow.forecaster,
                   PredictionRow.probability, PredictionRow.probabilities)
            .order_by(PredictionRow.made_at.desc(), PredictionRow.id.desc()).limit(limit)).all()
        resolved = session.execute(
            select(ResolutionRow.question_id, ResolutionRow.resolved_at, ResolutionRow.resolver,
                   ResolutionRow.outcome, ResolutionRow.supersedes)
            .order_by(ResolutionRow.resolved_at.desc(), ResolutionRow.id.desc()).limit(limit)).all()
        questions = get_questions(session, {r.question_id for r in predicted} | {r.question_id for r in resolved})
    items = [Activity(r.made_at, r.question_id, questions[r.question_id].text, r.forecaster, "predicted " +
                      prediction_text(Prediction.model_construct(probability=r.probability,
                                                                 probabilities=r.probabilities)))
             for r in predicted if r.question_id in questions and (seen is None or seen.shows(r.question_id,
                                                                                               r.forecaster))]
    items += [Activity(r.resolved_at, r.question_id, questions[r.question_id].text, r.resolver,
                       f"{'corrected to' if r.supersedes else 'resolved'} {r.outcome}")
              for r in resolved if r.question_id in questions]
    return sorted(items, key=lambda a: a.at, reverse=True)[:limit]


def forecasters(store: Store) -> list[str]:
    """Everyone with a stored prediction, sorted (the predictions' forecaster index answers this)."""
    from tracker.store.tables import PredictionRow

    with store.read() as session:
        return sorted(session.scalars(select(PredictionRow.forecaster).distinct()))


@dataclass(frozen=True)
class Drill:
    """Which scored forecasts to list: the report's filters, plus one calibration bin and/or one group."""

    selection: Selection
    bin_index: int | None = None
    bins: int = 10
    by: str | None = None
    group: str | None = None
    scale: str | None = None  # with by="phrase": the phrase's scale ("" for none)

    def bounds(self) -> tuple[float, float] | None:
        """The bin's edges, as tracker.scoring computes them (k / bins, correctly rounded)."""
        if self.bin_index is None:
            return None
        return self.bin_index / self.bins, (self.bin_index + 1) / self.bins


@dataclass(frozen=True)
class ScoredForecast:
    question_id: str
    text: str
    forecaster: str
    made_at: datetime
    probability: float
    outcome: str
    resolved_at: datetime


def _where(part, drill: Drill):
    """``part`` (a subquery of scored forecasts) narrowed to the drill's filters, bin and group."""
    query = _filtered(select(*part.c).select_from(part), part, drill.selection.filters, None)
    bounds = drill.bounds()
    if bounds is not None:
        low, high = bounds
        # Bins are [low, high); the last one also holds its right edge (tracker.scoring.binning).
        upper = part.c.probability <= high if drill.bin_index == drill.bins - 1 else part.c.probability < high
        query = query.where(part.c.probability >= low, upper)
    if drill.by is None:
        return query
    if drill.by not in GROUPINGS:
        raise ValueError(f"cannot group by {drill.by!r} (one of {', '.join(GROUPINGS)})")
    if drill.by == "tag":
        if drill.group == UNTAGGED:
            return query.where(~exists().where(tags.c.question_id == part.c.question_id))
        return query.where(exists().where(tags.c.question_id == part.c.question_id, tags.c.tag == drill.group))
    column = {"forecaster": "forecaster", "source": "source_document", "horizon": "horizon",
              "month": "resolved_month", "phrase": "phrase"}[drill.by]
    if drill.group == MISSING.get(drill.by):
        query = query.where(part.c[column].is_(None))
    else:
        query = query.where(part.c[column] == drill.group)
    if drill.by == "phrase" and drill.group != MISSING["phrase"]:
        scale = drill.scale or None
        query = query.where(part.c.scale == scale if scale else or_(part.c.scale.is_(None), part.c.scale == ""))
    return query


def scored_forecasts(store: Store, drill: Drill, page: int = 1,
                     page_size: int = PAGE_SIZE) -> tuple[list[ScoredForecast], int]:
    """(one page of the scored binary forecasts the drill selects, how many there are in all), ordered by
    question and forecaster."""
    from tracker.store.tables import QuestionRow

    with store.read() as session:
        dialect = session.get_bind().dialect.name
        parts = [_where(p, drill) for p in (_on_time("binary").subquery("scored"),
                                            _backdated("binary", dialect).subquery("scored"))]
        both = union_all(*parts).subquery("drill")
        total = session.execute(select(func.count()).select_from(both)).scalar_one()
        question = QuestionRow.__table__
        rows = session.execute(
            select(both.c.question_id, question.c.text, both.c.forecaster, both.c.made_at, both.c.probability,
                   both.c.outcome, both.c.resolved_at)
            .join(question, and_(question.c.id == both.c.question_id))
            .order_by(both.c.question_id, both.c.forecaster)
            .offset((max(page, 1) - 1) * page_size).limit(page_size)).all()
    return [ScoredForecast(*row) for row in rows], int(total)
