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
from datetime import UTC, datetime

from sqlalchemy import and_, case, exists, func, select, union_all
from sqlmodel import Session

from tracker.store import dimensions, filter_order
from tracker.store.dimensions import GROUPINGS, MISSING
from tracker.store.tables import (
    PredictionRow,
    QuestionRow,
    QuestionTagRow,
    ScoreCellRow,
    StandingForecastRow,
)

SCORED_OUTCOMES = ("yes", "no")

question = QuestionRow.__table__
standing = StandingForecastRow.__table__
prediction = PredictionRow.__table__
tags = QuestionTagRow.__table__
score_cell = ScoreCellRow.__table__
KEY_COLUMNS = ("question_id", "forecaster", "made_at", "probability", "probabilities", "phrase", "scale",
               "source_document", "horizon", "outcome", "resolved_at", "resolved_month")


@dataclass(frozen=True)
class ScoreFilter:
    """Which resolved questions and forecasts to score."""

    forecaster: str | None = None
    tag: str | None = None
    since: datetime | None = None
    source: str | None = None  # a source document, or MISSING["source"]
    phrase: str | None = None  # the prediction's own phrase (any scale), or MISSING["phrase"]
    horizon: str | None = None  # a band of tracker.store.dimensions.HORIZON_BANDS

    @property
    def narrowed(self) -> bool:
        """Whether a filter that only the standing forecasts' columns can apply is set."""
        return bool(self.source or self.phrase or self.horizon)


def _on_time(kind: str):
    """Standing forecasts made at or before the resolution in force: nearly every scored forecast."""
    resolved = (standing.c.outcome.in_(SCORED_OUTCOMES) if kind == "binary"
                else and_(standing.c.outcome.isnot(None), standing.c.outcome.notin_(("ambiguous", "annulled"))))
    # A binary forecast has a probability, a choice forecast has none (JSON columns store None as 'null').
    of_kind = standing.c.probability.isnot(None) if kind == "binary" else standing.c.probability.is_(None)
    return select(*(standing.c[c] for c in KEY_COLUMNS)).where(
        resolved, of_kind, standing.c.made_at <= standing.c.resolved_at)


def _backdated(kind: str, dialect: str):
    """For standing forecasts made after a (backdated) resolution, the latest prediction before it.

    Driven from those standing rows (rare; found through the covering index), each looking up its
    prediction by index, so the prediction history is never scanned.
    """
    late = standing.alias("late")
    latest_before = (select(prediction.c.id).where(
        prediction.c.question_id == late.c.question_id, prediction.c.forecaster == late.c.forecaster,
        prediction.c.made_at <= late.c.resolved_at)
        .order_by(prediction.c.made_at.desc(), prediction.c.id.desc()).limit(1).correlate(late).scalar_subquery())
    resolved = (late.c.outcome.in_(SCORED_OUTCOMES) if kind == "binary"
                else and_(late.c.outcome.isnot(None), late.c.outcome.notin_(("ambiguous", "annulled"))))
    return (select(prediction.c.question_id, prediction.c.forecaster, prediction.c.made_at, prediction.c.probability,
                   prediction.c.probabilities, prediction.c.phrase, prediction.c.scale, late.c.source_document,
                   _horizon(prediction.c.made_at, late.c.due, dialect), late.c.outcome, late.c.resolved_at,
                   late.c.resolved_month)
            .select_from(late).join(prediction, prediction.c.id == latest_before)
            # `probability + 0`: no index on probability for this term, so that SQLite's planner takes the
            # partial index of late forecasts instead of scanning every scored one.
            .where(resolved, late.c.made_at > late.c.resolved_at,
                   (late.c.probability + 0).isnot(None) if kind == "binary" else (late.c.probability + 0).is_(None)))


def _scored_forecasts(kind: str, dialect: str):
    """A subquery of every scored forecast with its grouping columns (KEY_COLUMNS)."""
    return union_all(_on_time(kind), _backdated(kind, dialect)).subquery("scored")


#: The horizon band in SQL, for the rare backdated forecasts (standing rows carry their own).
_horizon = dimensions.horizon_sql


def _key(by: str | None, scored) -> list:
    if by is None:
        return []  # grouping by a constant would make SQLite sort; the caller names the one group "all"
    if by == "tag":
        return [tags.c.tag.label("key")]
    if by == "phrase":
        # The prediction's own phrase: a forecaster who gave a number did not use the question's phrase.
        # Raw columns (None is labelled by the caller), so that the covering index serves the grouping.
        return [scored.c.phrase.label("key"), scored.c.scale.label("scale")]
    column = dimensions.BY_NAME[by].column if by in GROUPINGS else None
    if column is None:
        raise ValueError(f"cannot group by {by!r} (one of {', '.join(GROUPINGS)})")
    return [scored.c[column].label("key")]


#: The group of forecasts on questions without a tag, in groupings by tag. Computed when read (no
#: score cell keeps it): whether a question still has a tag cannot be told from one row of a
#: multi-row tag DELETE, whose row triggers PostgreSQL fires only after the whole statement.
UNTAGGED = "(untagged)"


#: The group's key for people: ("all",) for no grouping, and a name for a missing phrase or source.
_label = dimensions.label


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC: SQLite compares stored UTC text with a parameter's wall-clock fields."""
    return moment.astimezone(UTC)


def _filtered(query, scored, filters: ScoreFilter, by: str | None, tag_first: bool = False):
    if tag_first:  # filter_order.tag_first chose to start from the tag's questions
        query = query.where(filter_order.tag_and_forecaster(scored, filters.tag, filters.forecaster))
    elif filters.forecaster:
        query = query.where(scored.c.forecaster == filters.forecaster)
    if filters.since:
        query = query.where(scored.c.resolved_at >= utc(filters.since))
    for name, column in (("source", "source_document"), ("phrase", "phrase"), ("horizon", "horizon")):
        value = getattr(filters, name)
        if value:  # starting from the tag's questions, SQLite's planner must not take this column's index instead
            field = scored.c[column].concat("") if tag_first else scored.c[column]
            query = query.where(field.is_(None) if value == MISSING.get(name) else field == value)
    if (filters.tag and not tag_first) or by == "tag":
        query = query.join(tags, tags.c.question_id == scored.c.question_id)
        if filters.tag:
            query = query.where(tags.c.tag == filters.tag)
    return query


def _without_tags(query, scored):
    # Driven from the untagged questions (each checked once against the tag index), not by checking every
    # standing forecast: a question has several forecasts, and most stores tag most questions.
    untagged = select(question.c.id).where(~exists().where(tags.c.question_id == question.c.id))
    return query.where(scored.c.question_id.in_(untagged))


def _wants_untagged(by: str | None, filters: ScoreFilter) -> bool:
    """Grouping by tag shows the untagged forecasts too, unless a tag filter already excludes them."""
    return by == "tag" and not filters.tag


def grouped_binary(session: Session, by: str | None = None, filters: ScoreFilter = ScoreFilter(),
                   ) -> dict[tuple, tuple[list[float], list[int], list[int]]]:
    """Scored binary forecasts per group: {key: (distinct probabilities, events, counts)}.

    Unfiltered, or filtered by one tag or one forecaster alone, the forecasts standing at their
    resolution come from score_cell (kept by triggers); otherwise from a scan of the standing forecasts,
    on SQLite started from the narrower of a tag and a forecaster (store/filter_order.py). The backdated
    part is read apart either way and merged here: a union would hide the covering indexes from the
    planner. By tag, the forecasts on untagged questions form the group UNTAGGED, read by a query of their own.
    """
    dialect = session.get_bind().dialect.name
    cells: dict[tuple, dict[float, list[int]]] = {}

    def add(key: tuple, probability: float, n_events: int, n: int) -> None:
        cell = cells.setdefault(key, {}).setdefault(probability, [0, 0])
        cell[0] += int(n_events)
        cell[1] += int(n)

    cell = _cell_of(by, filters)
    if cell is None and _since_alone(by, filters):
        _add_since_from_months(session, by, filters, add)
    elif cell is not None:
        dimension, only = cell
        query = (select(score_cell.c.key, score_cell.c.scale, score_cell.c.probability, score_cell.c.events,
                        score_cell.c.n)
                 .where(score_cell.c.dimension == dimension, score_cell.c.n > 0))
        if only is not None:
            query = query.where(score_cell.c.key == only)
        for key, scale, probability, n_events, n in session.execute(query):
            add(_label(by, [key or None, scale]), probability, n_events, n)
    else:
        on_time = _on_time("binary").subquery("scored")
        key = _key(by, on_time)
        events = func.sum(case((on_time.c.outcome == "yes", 1), else_=0))
        query = _filtered(select(*key, on_time.c.probability, events, func.count()).select_from(on_time), on_time,
                          filters, by, filter_order.tag_first(session, filters, by))
        for *group, probability, n_events, n in session.execute(query.group_by(*key, on_time.c.probability)):
            add(_label(by, group), probability, n_events, n)
    # The backdated forecasts are few: counted here, not by a GROUP BY that could lead the planner to
    # scan an index sorted by the grouping key instead of the partial index of late forecasts.
    late = _backdated("binary", dialect).subquery("scored")
    key = _key(by, late)
    for *group, probability, outcome in session.execute(
            _filtered(select(*key, late.c.probability, late.c.outcome).select_from(late), late, filters, by)):
        add(_label(by, group), probability, outcome == "yes", 1)
    if _wants_untagged(by, filters):
        _add_untagged(session, filters, dialect, add)
    return {key: (list(by_p), [c[0] for c in by_p.values()], [c[1] for c in by_p.values()])
            for key, by_p in cells.items()}


def _cell_of(by: str | None, filters: ScoreFilter) -> tuple[str, str | None] | None:
    """(dimension, key or None for all) of the score cells that hold these forecasts, when cells can: no
    filter, or one filter of a grouping dimension alone (a cell of that dimension), overall or grouped by it."""
    if filters == ScoreFilter():
        return (by or "all", None)
    for dimension in ("tag", "forecaster", "source", "phrase", "horizon"):
        value = getattr(filters, dimension)
        if value and filters == ScoreFilter(**{dimension: value}) and by in (None, dimension):
            # Cells keep a missing source or phrase as ''.
            return (dimension, "" if value == MISSING.get(dimension) else value)
    return None


def _since_alone(by: str | None, filters: ScoreFilter) -> bool:
    return bool(filters.since) and filters == ScoreFilter(since=filters.since) and by in (None, "month")


def _add_since_from_months(session: Session, by: str | None, filters: ScoreFilter, add) -> None:
    """Forecasts resolved since a moment, overall or by month: the months after the moment's own (UTC) are
    whole month cells; only the moment's own month is read from the standing forecasts (its month index)."""
    since = utc(filters.since)
    month = since.strftime("%Y-%m")
    query = (select(score_cell.c.key, score_cell.c.probability, score_cell.c.events, score_cell.c.n)
             .where(score_cell.c.dimension == "month", score_cell.c.key > month, score_cell.c.n > 0))
    for key, probability, n_events, n in session.execute(query):
        add(_label(by, [key]), probability, n_events, n)
    events = func.sum(case((standing.c.outcome == "yes", 1), else_=0))
    # `probability + 0` keeps SQLite's planner on the month index rather than the one sorted by probability.
    query = (select(standing.c.probability, events, func.count())
             .where(standing.c.resolved_month == month, standing.c.resolved_at >= since,
                    standing.c.outcome.in_(SCORED_OUTCOMES), (standing.c.probability + 0).isnot(None),
                    standing.c.made_at <= standing.c.resolved_at)
             .group_by(standing.c.probability))
    for probability, n_events, n in session.execute(query):
        add(_label(by, [month]), probability, n_events, n)


#: Up to this many untagged questions are named to the database one by one (looked up by index).
FEW_UNTAGGED = 1000


def _add_untagged(session: Session, filters: ScoreFilter, dialect: str, add) -> None:
    # The untagged questions first (through the questions, a fifth of the standing forecasts or fewer):
    # none, and there is nothing to read; a few, and their forecasts are looked up by question, where a
    # subquery would lead PostgreSQL's planner to a pass over every standing forecast.
    few = list(session.scalars(select(question.c.id).where(~exists().where(tags.c.question_id == question.c.id))
                               .limit(FEW_UNTAGGED + 1)))
    if not few:
        return
    ids = few if len(few) <= FEW_UNTAGGED else None

    def untagged(query, scored):
        return query.where(scored.c.question_id.in_(ids)) if ids else _without_tags(query, scored)

    on_time = _on_time("binary").subquery("scored")
    events = func.sum(case((on_time.c.outcome == "yes", 1), else_=0))
    query = untagged(_filtered(select(on_time.c.probability, events, func.count()).select_from(on_time),
                               on_time, filters, None), on_time)
    for probability, n_events, n in session.execute(query.group_by(on_time.c.probability)):
        add((UNTAGGED,), probability, n_events, n)
    late = _backdated("binary", dialect).subquery("scored")
    query = untagged(_filtered(select(late.c.probability, late.c.outcome).select_from(late), late, filters, None),
                     late)
    for probability, outcome in session.execute(query):
        add((UNTAGGED,), probability, outcome == "yes", 1)


def choice_forecasts(session: Session, by: str | None = None, filters: ScoreFilter = ScoreFilter(),
                     ) -> list[tuple[tuple, list[str], dict[str, float], str]]:
    """Scored choice forecasts, one row each: (key, the question's outcomes, probabilities, outcome)."""
    scored = _scored_forecasts("choice", session.get_bind().dialect.name)
    key = _key(by, scored)
    query = select(*key, question.c.outcomes, scored.c.probabilities, scored.c.outcome).select_from(scored).join(
        question, question.c.id == scored.c.question_id)
    query = _filtered(query, scored, filters, by)
    rows = [(_label(by, list(row[:-3])), list(row[-3]), dict(row[-2]), row[-1]) for row in session.execute(query)]
    if _wants_untagged(by, filters):
        query = select(question.c.outcomes, scored.c.probabilities, scored.c.outcome).select_from(scored).join(
            question, question.c.id == scored.c.question_id)
        rows += [((UNTAGGED,), list(outcomes), dict(probabilities), outcome) for outcomes, probabilities, outcome
                 in session.execute(_without_tags(_filtered(query, scored, filters, None), scored))]
    return rows
