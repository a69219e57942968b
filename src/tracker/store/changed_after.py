"""Scored forecasts whose question changed meaning after they were made, for the report to mark.

A forecast answers the question as it read when it was made. When a later version changed the question's
wording, criteria, due date or condition (tracker.question_versions.MEANING_FIELDS), the forecast was scored
against something it never saw. Few questions have more than one version, so those versions are read first
and compared in Python; only the standing forecasts on those questions are then read.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from tracker.store.tables import QuestionVersionRow, StandingForecastRow

#: Outcomes in force that score nothing (the forecast is not scored, so there is nothing to mark).
UNSCORED = ("ambiguous", "annulled")


def changed_after_forecast(session: Session, forecaster: str | None = None) -> list[dict]:
    """One row per scored standing forecast made before a version that changed its question's meaning:
    question_id, forecaster, made_at, changed_at, version, fields, by, reason, correction (the first such
    version after the forecast), ordered by question and forecaster."""
    from tracker.store.versions import version_from_row

    table = QuestionVersionRow.__table__
    revised = select(table.c.question_id).where(table.c.version > 1).distinct()
    rows = session.execute(select(table).where(table.c.question_id.in_(revised))
                           .order_by(table.c.question_id, table.c.version))
    changes: dict[str, list] = {}
    previous = None
    for version in map(version_from_row, rows):
        if previous is not None and previous.question_id == version.question_id:
            if fields := version.meaning_changed(previous):
                changes.setdefault(version.question_id, []).append((version, fields))
        previous = version
    if not changes:
        return []
    standing = StandingForecastRow.__table__
    query = (select(standing.c.question_id, standing.c.forecaster, standing.c.made_at)
             .where(standing.c.question_id.in_(list(changes)), standing.c.outcome.isnot(None),
                    standing.c.outcome.notin_(UNSCORED))
             .order_by(standing.c.question_id, standing.c.forecaster))
    if forecaster is not None:
        query = query.where(standing.c.forecaster == forecaster)
    found = []
    for question_id, who, made_at in session.execute(query):
        later = next(((v, f) for v, f in changes[question_id] if v.recorded_at > made_at), None)
        if later is None:
            continue
        version, fields = later
        found.append({"question_id": question_id, "forecaster": who, "made_at": made_at,
                      "changed_at": version.recorded_at, "version": version.version, "fields": list(fields),
                      "by": version.by, "reason": version.reason, "correction": version.correction})
    return found
