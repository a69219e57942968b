"""Recording one resolution by the rules every surface shares (`tracker resolve`, files, the web).

Kept apart from apply.py so that resolving one question does not import the ledger and YAML.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from tracker.domain import Question, Resolution, current_resolution
from tracker.store import queries

#: The outcome of a correction that withdraws a resolution: the question is open again.
REOPEN = "open"
#: Resolutions that tracker records itself (conditions failing or holding again) carry this resolver.
CONDITION_RESOLVER = "tracker"


def check_outcome(question: Question, outcome: str, correction: bool = False) -> str | None:
    """Why ``outcome`` cannot resolve ``question``, or None when it can.

    ``open`` is allowed only as a correction: it withdraws the resolution in force.
    """
    if outcome == REOPEN and correction:
        return None
    allowed = (*question.possible_outcomes(), "ambiguous", "annulled")
    if outcome not in allowed:
        extra = " (or open, as a correction, to reopen it)" if outcome == REOPEN else ""
        return f"{outcome!r} is not an outcome of {question.id} (one of: {', '.join(allowed)}){extra}"
    return None


def check_resolution_time(question: Question, resolved_at: datetime, now: datetime) -> str | None:
    """Why a question cannot have resolved at ``resolved_at``, or None when it can."""
    if resolved_at > now + timedelta(minutes=5):
        return f"{resolved_at.isoformat()} is in the future"
    if resolved_at < question.created_at:
        return (f"{resolved_at.isoformat()} is before {question.id} was asked "
                f"({question.created_at.isoformat()})")
    return None


def record_resolution(session: Session, resolution: Resolution, now: datetime,
                      history: dict[str, list[Resolution]] | None = None) -> list[Resolution]:
    """Store a resolution and annul the open questions whose condition it fails; return all recorded."""
    recorded = [queries.insert_resolution(session, resolution, now)]
    if history is not None:
        history.setdefault(resolution.question_id, []).append(recorded[0])
    for dependent_id in queries.dependents_of(session, resolution.question_id):
        dependent = queries.get_questions(session, [dependent_id])[dependent_id]
        if dependent.status == "open" and resolution.outcome not in (REOPEN, dependent.condition.outcome):
            annulment = Resolution(
                question_id=dependent_id, outcome="annulled", resolved_at=resolution.resolved_at,
                resolver=CONDITION_RESOLVER, note=f"condition failed: {resolution.question_id} resolved "
                                                  f"{resolution.outcome}, not {dependent.condition.outcome}")
            recorded.extend(record_resolution(session, annulment, now, history))
        elif dependent.status == "annulled" and resolution.outcome in (REOPEN, dependent.condition.outcome):
            # A correction made the condition hold again (or open again): lift tracker's own annulment.
            past = queries.resolutions_of(session, [dependent_id]).get(dependent_id, [])
            current = current_resolution(past)
            if current and current.resolver == CONDITION_RESOLVER and current.outcome == "annulled":
                reopening = Resolution(
                    question_id=dependent_id, outcome=REOPEN, resolved_at=resolution.resolved_at,
                    resolver=CONDITION_RESOLVER, supersedes=current.id,
                    note=f"condition holds again: {resolution.question_id} corrected to {resolution.outcome}")
                recorded.extend(record_resolution(session, reopening, now, history))
    return recorded
