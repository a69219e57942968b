"""Reads the web pages need that tracker.api does not offer yet: recent activity, and the scored
forecasts behind one calibration bin or one report group, a page at a time.

They call the store's own query builders (tracker.store.scored), so a drill-down lists exactly the
forecasts the report counted. Both belong in tracker.api once the web part settles.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Date, and_, bindparam, exists, func, or_, select, text, union_all

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
    predicted: bool = False  # a prediction (which the hidden-forecasts rule may hold back), not a resolution


def recent_activity(store: Store, limit: int = 20) -> list[Activity]:
    """The ``limit`` predictions and resolutions recorded last, newest first (where others' forecasts are
    hidden, the page drops those of the ``predicted`` ones the viewer may not see: it asks tracker.team
    about the questions of all its lists at once).

    Recorded last, not made last: the primary keys give that order from their index, where the latest
    ``made_at`` of a million predictions would be a sort of them all (and a backdated import is news too)."""
    from tracker.domain import Prediction, prediction_text
    from tracker.store.queries import get_questions
    from tracker.store.tables import PredictionRow, ResolutionRow

    with store.read() as session:
        predicted = session.execute(
            select(PredictionRow.question_id, PredictionRow.made_at, PredictionRow.forecaster,
                   PredictionRow.probability, PredictionRow.probabilities, PredictionRow.recorded_at)
            .order_by(PredictionRow.id.desc()).limit(limit)).all()
        resolved = session.execute(
            select(ResolutionRow.question_id, ResolutionRow.resolved_at, ResolutionRow.resolver,
                   ResolutionRow.outcome, ResolutionRow.supersedes, ResolutionRow.recorded_at)
            .order_by(ResolutionRow.id.desc()).limit(limit)).all()
        questions = get_questions(session, {r.question_id for r in predicted} | {r.question_id for r in resolved})
    # (recorded at, table's own order) sorts the two lists into one; the shown time is the record's own.
    items = [((r.recorded_at, -i), Activity(r.made_at, r.question_id, questions[r.question_id].text, r.forecaster,
                                            "predicted " + prediction_text(Prediction.model_construct(
                                                probability=r.probability, probabilities=r.probabilities)),
                                            predicted=True))
             for i, r in enumerate(predicted)
             if r.question_id in questions]
    items += [((r.recorded_at, -i), Activity(r.resolved_at, r.question_id, questions[r.question_id].text, r.resolver,
                                             f"{'corrected to' if r.supersedes else 'resolved'} {r.outcome}"))
              for i, r in enumerate(resolved) if r.question_id in questions]
    return [activity for _, activity in sorted(items, key=lambda item: item[0], reverse=True)[:limit]]


def due_page(store: Store, timezone_name: str, now: datetime, page: int, page_size: int) -> tuple[list[dict], int, int]:
    """(one page of the reminder queue as tracker.api.due_questions gives it, each row with its ``question``;
    how many are waiting; the page number, kept within the pages there are). Only the page's questions are
    read: the queue of a large store holds thousands, and each shown item carries two forms."""
    from tracker import dates
    from tracker.domain import prediction_text
    from tracker.store import listing
    from tracker.store.queries import get_questions

    tz = dates.zone(timezone_name)
    today = dates.today_in(tz, now)
    statement = text("SELECT id, due, snoozed_until, prompted_slot FROM question WHERE status = 'open' "
                     "AND due < :today ORDER BY due, id LIMIT :limit OFFSET :offset").bindparams(
        bindparam("today", type_=Date()))
    with store.read() as session:
        waiting = listing.overdue_count(session, today)
        page = min(max(page, 1), max(1, -(-waiting // page_size)))
        rows = listing.plain_rows(session.connection().execute(
            statement, {"today": today, "limit": page_size, "offset": (page - 1) * page_size}),
            ("id", "due", "snoozed_until", "prompted_slot"), datetimes=("snoozed_until", "prompted_slot"))
        ids = [row.id for row in rows]
        questions = get_questions(session, ids)
        latest = listing.latest_predictions(session, ids)
    shown = []
    for row in rows:
        forecast = latest.get(row.id)
        shown.append({"id": row.id, "text": questions[row.id].text, "due": row.due, "question": questions[row.id],
                      "overdue_days": (now - dates.due_instant(row.due, tz)).days,
                      "latest": f"{prediction_text(forecast)} by {forecast.forecaster}" if forecast else None,
                      "snoozed_until": row.snoozed_until, "last_prompt": row.prompted_slot})
    return shown, waiting, page


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


def narrowed_to_drill(query, drill: Drill, columns: Mapping[str, ColumnElement]):
    """``query`` narrowed to the drill's bin and group, read from ``columns``: the SQL expression of each of
    probability, question_id, forecaster, source, horizon, month, phrase and scale in the query. The
    on-time and the as-of lists both narrow here, through the columns each of them scores."""
    bounds = drill.bounds()
    if bounds is not None:
        low, high = bounds
        probability = columns["probability"]
        # Bins are [low, high); the last one also holds its right edge (tracker.scoring.binning).
        upper = probability <= high if drill.bin_index == drill.bins - 1 else probability < high
        query = query.where(probability >= low, upper)
    if drill.by is None:
        return query
    if drill.by not in GROUPINGS:
        raise ValueError(f"cannot group by {drill.by!r} (one of {', '.join(GROUPINGS)})")
    if drill.by == "tag":
        tagged = exists().where(tags.c.question_id == columns["question_id"])
        return query.where(~tagged if drill.group == UNTAGGED else tagged.where(tags.c.tag == drill.group))
    column = columns[drill.by]
    query = query.where(column.is_(None) if drill.group == MISSING.get(drill.by) else column == drill.group)
    if drill.by == "phrase" and drill.group != MISSING["phrase"]:
        scale = columns["scale"]
        query = query.where(scale == drill.scale if drill.scale else or_(scale.is_(None), scale == ""))
    return query


def _where(part, drill: Drill):
    """``part`` (a subquery of scored forecasts) narrowed to the drill's filters, bin and group."""
    query = _filtered(select(*part.c).select_from(part), part, drill.selection.filters, None)
    return narrowed_to_drill(query, drill, {
        "probability": part.c.probability, "question_id": part.c.question_id, "forecaster": part.c.forecaster,
        "source": part.c.source_document, "horizon": part.c.horizon, "month": part.c.resolved_month,
        "phrase": part.c.phrase, "scale": part.c.scale})


def scored_forecasts(store: Store, drill: Drill, page: int = 1,
                     page_size: int = PAGE_SIZE) -> tuple[list[ScoredForecast], int]:
    """(one page of the scored binary forecasts the drill selects, how many there are in all), ordered by
    probability, then outcome, when made and resolved, question and forecaster: the scoring index's own
    order, so that a page of a bin holding 100,000 forecasts is read from the index, not sorted from them all."""
    from tracker.store.tables import QuestionRow

    with store.read() as session:
        dialect = session.get_bind().dialect.name
        parts = [_where(p, drill) for p in (_on_time("binary").subquery("scored"),
                                            _backdated("binary", dialect).subquery("scored"))]
        # Counted part by part: a count over their union would read every row of both through it, where
        # each part alone is counted from the scoring index.
        total = sum(session.execute(select(func.count()).select_from(part.subquery())).scalar_one()
                    for part in parts)
        order = ("probability", "outcome", "made_at", "resolved_at", "question_id", "forecaster")
        skipped = (max(page, 1) - 1) * page_size
        # Each part's first rows in that order (read from the index, stopping early), then the page of both:
        # the database would otherwise gather the whole union before sorting it.
        firsts = []
        for i, part in enumerate(parts):
            each = part.subquery(f"part{i}")
            firsts.append(select(*select(*(each.c[name] for name in order)).order_by(
                *(each.c[name] for name in order)).limit(skipped + page_size).subquery(f"first{i}").c))
        merged = union_all(*firsts).subquery("merged")
        shown = select(*(merged.c[name] for name in order)).order_by(*(merged.c[name] for name in order)) \
            .offset(skipped).limit(page_size).subquery("shown")
        question = QuestionRow.__table__
        rows = session.execute(
            select(shown.c.question_id, question.c.text, shown.c.forecaster, shown.c.made_at, shown.c.probability,
                   shown.c.outcome, shown.c.resolved_at)
            .join(question, and_(question.c.id == shown.c.question_id))
            .order_by(*(shown.c[name] for name in order))).all()
    return [ScoredForecast(*row) for row in rows], int(total)
