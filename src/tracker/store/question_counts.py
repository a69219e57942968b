"""How many questions a score covers, by status (open, resolved, ambiguous, annulled), under its filters.

Counted from the questions, except for one forecaster: their standing forecasts (one per question, each
carrying the question's outcome in force and resolution time) answer through the forecaster's covering
index, where the questions would each be checked against the forecaster's list.
"""

from __future__ import annotations

from sqlalchemy import case, func, or_, select
from sqlmodel import Session

from tracker.store.scored import MISSING, ScoreFilter, question, standing, tags, utc


def question_counts(session: Session, filters: ScoreFilter = ScoreFilter()) -> dict[str, int]:
    """How many questions are open, resolved, ambiguous and annulled (under the same filters)."""
    if filters.forecaster and not filters.narrowed:
        return _forecaster_counts(session, filters)
    # Under --since, grouping by `status || ''` keeps SQLite from walking the status index and looking up
    # every question's row for its resolution time: one pass over the table is several times cheaper.
    status = question.c.status.concat("") if filters.since else question.c.status
    query = select(status, func.count()).group_by(status)
    if filters.tag:
        query = query.where(question.c.id.in_(select(tags.c.question_id).where(tags.c.tag == filters.tag)))
    if filters.forecaster:
        query = query.where(question.c.id.in_(
            select(standing.c.question_id).where(standing.c.forecaster == filters.forecaster)))
    if filters.since:
        query = query.where(or_(question.c.resolved_at.is_(None), question.c.resolved_at >= utc(filters.since)))
    if filters.narrowed:
        # The questions with a standing forecast of that source, phrase or horizon band.
        on = select(standing.c.question_id)
        for name, column in (("source", "source_document"), ("phrase", "phrase"), ("horizon", "horizon")):
            value = getattr(filters, name)
            if value:
                on = on.where(standing.c[column].is_(None) if value == MISSING.get(name) else standing.c[column] == value)
        query = query.where(question.c.id.in_(on))
    counts = {"open": 0, "resolved": 0, "ambiguous": 0, "annulled": 0}
    counts.update({status: int(n) for status, n in session.execute(query)})
    return counts


def _forecaster_counts(session: Session, filters: ScoreFilter) -> dict[str, int]:
    """question_counts for one forecaster: their standing forecasts, one per question, carry the question's
    outcome in force (so its status) and resolution time; the forecaster's index covers the read."""
    outcome = standing.c.outcome
    status = case((outcome.is_(None), "open"), (outcome.in_(("ambiguous", "annulled")), outcome), else_="resolved")
    query = select(status, func.count()).where(standing.c.forecaster == filters.forecaster).group_by(status)
    if filters.tag:
        query = query.where(standing.c.question_id.in_(select(tags.c.question_id).where(tags.c.tag == filters.tag)))
    if filters.since:
        query = query.where(or_(standing.c.resolved_at.is_(None), standing.c.resolved_at >= utc(filters.since)))
    counts = {"open": 0, "resolved": 0, "ambiguous": 0, "annulled": 0}
    counts.update({status: int(n) for status, n in session.execute(query)})
    return counts
