"""The queries of the reminder sweep: due questions, new prompts, claims, and delivery records.

A prompt is created already claimed by the sweep that created it (status ``sending``); the unique
(question, slot, channel) decides which of several concurrent sweeps that is. Retries and prompts
whose sender died are claimed with FOR UPDATE SKIP LOCKED on PostgreSQL (SQLite serialises writers).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlmodel import Session

from tracker.store.tables import QuestionRow, ReminderRow

question = QuestionRow.__table__
reminder = ReminderRow.__table__
CLAIM_COLUMNS = (reminder.c.id, reminder.c.question_id, reminder.c.slot, reminder.c.channel, reminder.c.delivery_id,
                 reminder.c.attempts)


def due_questions(session: Session, before: date):
    """Open questions whose due date is before ``before`` (the user's today): their due instant has passed."""
    return session.execute(select(question.c.id, question.c.due, question.c.snoozed_until,
                                  question.c.remind_every_days, question.c.prompted_slot)
                           .where(question.c.status == "open", question.c.due < before))


def create_prompts(session: Session, prompts: list[tuple[str, datetime]], channels: tuple[str, ...], now: datetime,
                   owner: str) -> list:
    """Insert a reminder per (question, slot) and channel, claimed by ``owner``; return the rows this call
    created (a row another sweep created first is not returned, so it is not sent twice)."""
    if not prompts:
        return []
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    rows = [{"question_id": question_id, "slot": slot, "channel": channel, "delivery_id": uuid.uuid4().hex,
             "status": "sending", "attempts": 0, "next_attempt_at": now, "claimed_by": owner, "claimed_at": now}
            for question_id, slot in prompts for channel in channels]
    statement = insert(ReminderRow).on_conflict_do_nothing(
        index_elements=[reminder.c.question_id, reminder.c.slot, reminder.c.channel])
    session.execute(statement, rows)
    # What this call created is what it claimed just now (a row another sweep inserted first carries that
    # sweep's claim). Reading it back is cheaper than RETURNING through an executemany.
    created = list(session.execute(select(*CLAIM_COLUMNS).where(
        reminder.c.status == "sending", reminder.c.claimed_by == owner, reminder.c.claimed_at == now)))
    # Questions falling due together share their slot: one UPDATE per slot and chunk of ids.
    by_slot: dict[datetime, list[str]] = {}
    for question_id, slot in prompts:
        by_slot.setdefault(slot, []).append(question_id)
    for slot, ids in by_slot.items():
        for start in range(0, len(ids), 500):
            session.execute(update(question).where(question.c.id.in_(ids[start:start + 500])).values(prompted_slot=slot))
    return created


def claim_prompts(session: Session, now: datetime, owner: str, lease: timedelta, limit: int) -> list:
    """Claim prompts due for a retry, and prompts whose sender claimed them longer than ``lease`` ago
    and never reported back (it died): they are sent again with the same delivery id."""
    waiting = (select(reminder.c.id).where(or_(
        and_(reminder.c.status == "pending", reminder.c.next_attempt_at <= now),
        and_(reminder.c.status == "sending", reminder.c.claimed_at < now - lease)))
        .order_by(reminder.c.next_attempt_at, reminder.c.id).limit(limit).with_for_update(skip_locked=True))
    ids = list(session.scalars(waiting))
    if not ids:
        return []
    session.execute(update(ReminderRow).where(reminder.c.id.in_(ids)).values(
        status="sending", claimed_by=owner, claimed_at=now))
    return list(session.execute(select(*CLAIM_COLUMNS).where(reminder.c.id.in_(ids))))


def mark_sent(session: Session, ids: list[int], now: datetime) -> None:
    session.execute(update(ReminderRow).where(reminder.c.id.in_(ids)).values(
        status="sent", sent_at=now, attempts=reminder.c.attempts + 1, last_error=None))


def mark_failed(session: Session, reminder_id: int, error: str, retry_at: datetime) -> None:
    session.execute(update(ReminderRow).where(reminder.c.id == reminder_id).values(
        status="pending", attempts=reminder.c.attempts + 1, last_error=error[:500], next_attempt_at=retry_at,
        claimed_by=None, claimed_at=None))


def mark_cancelled(session: Session, ids: list[int]) -> None:
    session.execute(update(ReminderRow).where(reminder.c.id.in_(ids)).values(status="cancelled"))


def snooze(session: Session, question_id: str, until: datetime) -> None:
    session.execute(update(QuestionRow).where(question.c.id == question_id).values(snoozed_until=until))


def prompt_context(session: Session, ids: list[str]) -> dict[str, object]:
    """What a prompt shows of each question (text, criteria, due date, kind, outcomes, status, quote)."""
    found = {}
    columns = (question.c.id, question.c.text, question.c.criteria, question.c.due, question.c.kind,
               question.c.outcomes, question.c.status, question.c.source_quote)
    for start in range(0, len(ids), 500):
        for row in session.execute(select(*columns).where(question.c.id.in_(ids[start:start + 500]))):
            found[row.id] = row
    return found
