"""The queries of the reminder sweep: due questions, new prompts, claims, and delivery records.

A prompt is created already claimed by the sweep that created it (status ``sending``); the unique
(question, slot, channel) decides which of several concurrent sweeps that is. Retries and prompts
whose sender died are claimed with FOR UPDATE SKIP LOCKED on PostgreSQL (SQLite serialises writers).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import Date, String, and_, bindparam, case, cast, func, literal, or_, select, text, update
from sqlmodel import Session

from tracker.store.bulk import among
from tracker.store.tables import QuestionRow, ReminderRow
from tracker.store.types import UTCDateTime

question = QuestionRow.__table__
reminder = ReminderRow.__table__
#: What a prompt shows of its question.
CONTEXT = ("text", "criteria", "due", "kind", "outcomes", "question_status", "source_quote")
CONTEXT_COLUMNS = (question.c.text, question.c.criteria, question.c.due, question.c.kind, question.c.outcomes,
                   question.c.status.label("question_status"), question.c.source_quote)
UNPROMPTED = ("id", "slot", *CONTEXT)
KEYED = ("remind_every_days", "snoozed_until", "id", *CONTEXT)
#: A claimed prompt: the reminder, and what the prompt shows of its question.
REMINDER = ("id", "question_id", "slot", "channel", "delivery_id", "attempts")
CLAIMED = (*REMINDER, *CONTEXT)


def due_questions(session: Session, before: date) -> list:
    """Open questions whose due date is before ``before`` (the user's today): their due instant has passed.

    Rows of (id, due, snoozed_until, remind_every_days, prompted_slot), read through the index on
    (status, due) as plain rows: every sweep reads them all, and most of them have nothing new.
    """
    from tracker.store.listing import plain_rows

    statement = text("SELECT id, due, snoozed_until, remind_every_days, prompted_slot FROM question "
                     "WHERE status = 'open' AND due < :before").bindparams(bindparam("before", type_=Date()))
    return plain_rows(session.connection().execute(statement, {"before": before}),
                      ("id", "due", "snoozed_until", "remind_every_days", "prompted_slot"),
                      datetimes=("snoozed_until", "prompted_slot"))


def prompt_keys(session: Session, before: date) -> list[tuple[date, int | None, datetime | None]]:
    """The distinct (due date, own interval, snooze) of open questions due before ``before``: every
    question sharing them shares its prompt slots, so the sweep computes each slot once."""
    return [tuple(row) for row in session.connection().execute(
        select(question.c.due, question.c.remind_every_days, question.c.snoozed_until).distinct()
        .where(question.c.status == "open", question.c.due < before))]


def unprompted(session: Session, before: date, slots: dict[tuple, datetime],
               channels: tuple[str, ...] | None = None) -> list:
    """The open questions due before ``before`` whose slot, by their key in ``slots`` (see prompt_keys),
    is later than the slot they were last prompted for, or (given ``channels``) is that slot but lacks a
    reminder on one of them (a channel added since): rows of UNPROMPTED (their id, that slot, and what a
    prompt shows of them). create_prompts then makes only the missing (question, slot, channel) rows.

    The comparison is made by the database, so that a sweep with nothing new makes no row in Python.
    """
    from tracker.store.listing import plain_rows, row_type

    found = []
    keys = list(slots.items())
    make = row_type(UNPROMPTED)._make
    never = literal(datetime(1970, 1, 1, tzinfo=timezone.utc), UTCDateTime())
    # Prompts are per channel: a question already prompted for its slot is prompted again, on the channels
    # only, when fewer of the wanted channels hold its reminder (found through the unique index).
    wanted = sorted(set(channels or ()))
    on_channels = (select(func.count()).select_from(reminder)
                   .where(reminder.c.question_id == question.c.id, reminder.c.slot == question.c.prompted_slot,
                          reminder.c.channel.in_(wanted)).scalar_subquery())
    for start in range(0, len(keys), 100):  # a CASE of a hundred keys per statement
        chunk = keys[start:start + 100]
        slot = case(*((and_(question.c.due == due, question.c.remind_every_days.is_not_distinct_from(every),
                            question.c.snoozed_until.is_not_distinct_from(snoozed)),
                       literal(value, UTCDateTime())) for (due, every, snoozed), value in chunk))
        # One CASE per row, in the WHERE clause (NULL for a key without a slot: never true); the slot of
        # each row found is looked up here by its key instead of being read back.
        query = select(question.c.remind_every_days, question.c.snoozed_until, question.c.id,
                       *CONTEXT_COLUMNS).where(
            question.c.status == "open", question.c.due < before,
            question.c.due.in_(sorted({due for (due, _, _), _ in chunk})),
            or_(func.coalesce(question.c.prompted_slot, never) < slot,
                and_(question.c.prompted_slot == slot, on_channels < len(wanted)))
            if wanted else func.coalesce(question.c.prompted_slot, never) < slot)
        for row in plain_rows(session.connection().execute(query), KEYED, datetimes=("snoozed_until",)):
            found.append(make((row.id, slots[(row.due, row.remind_every_days, row.snoozed_until)], *row[3:])))
    return found


def create_prompts(session: Session, prompts: list, channels: tuple[str, ...], now: datetime, owner: str) -> list:
    """Insert a reminder per prompt (an UNPROMPTED row) and channel, claimed by ``owner``; return the rows
    this call created, as CLAIMED rows (a row another sweep created first is not returned, so it is not
    sent twice)."""
    from tracker.store.listing import row_type

    if not prompts:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert

        delivery_id = func.replace(cast(func.gen_random_uuid(), String), "-", "")
    else:
        from sqlalchemy.dialects.sqlite import insert

        delivery_id = func.lower(func.hex(func.randomblob(16)))
    # Questions falling due together share their slot: per slot and channel one INSERT ... SELECT (the
    # database makes the rows and their random delivery ids), and per slot one UPDATE.
    by_slot: dict[datetime, list[str]] = {}
    for prompt in prompts:
        by_slot.setdefault(prompt.slot, []).append(prompt.id)
    columns = ("question_id", "slot", "channel", "delivery_id", "status", "attempts", "next_attempt_at", "claimed_by",
               "claimed_at")
    context = {prompt.id: prompt[2:] for prompt in prompts}
    make = row_type(CLAIMED)._make
    created = []
    for slot, ids in by_slot.items():
        for channel in channels:
            rows = select(question.c.id, literal(slot, UTCDateTime()), literal(channel), delivery_id,
                          literal("sending"), literal(0), literal(now, UTCDateTime()), literal(owner),
                          literal(now, UTCDateTime())).where(among(question.c.id, ids, dialect))
            # RETURNING gives exactly the rows this statement inserted: a row another sweep created first
            # is skipped by ON CONFLICT and not returned, so it is not sent twice.
            statement = (insert(reminder).from_select(columns, rows)
                         .on_conflict_do_nothing(index_elements=[reminder.c.question_id, reminder.c.slot,
                                                                 reminder.c.channel])
                         .returning(reminder.c.id, reminder.c.question_id, reminder.c.channel, reminder.c.delivery_id))
            created.extend(make((reminder_id, question_id, slot, channel_name, delivery, 0, *context[question_id]))
                           for reminder_id, question_id, channel_name, delivery
                           in session.connection().execute(statement))
        session.connection().execute(update(question).where(among(question.c.id, ids, dialect))
                                     .values(prompted_slot=slot))
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
    session.execute(update(reminder).where(among(reminder.c.id, ids, session.get_bind().dialect.name)).values(
        status="sending", claimed_by=owner, claimed_at=now))
    return _claimed(session, ids)


def _claimed(session: Session, ids: list[int]) -> list:
    """Claimed prompts as plain rows (CLAIMED), with their questions' side read in the same query."""
    from tracker.store.listing import plain_rows

    query = (select(*(reminder.c[name] for name in REMINDER), *CONTEXT_COLUMNS)
             .join(question, question.c.id == reminder.c.question_id)
             .where(among(reminder.c.id, ids, session.get_bind().dialect.name)))
    return plain_rows(session.connection().execute(query), CLAIMED, datetimes=("slot",))


def mark_sent(session: Session, ids: list[int], now: datetime) -> None:
    session.execute(update(reminder).where(among(reminder.c.id, ids, session.get_bind().dialect.name)).values(
        status="sent", sent_at=now, attempts=reminder.c.attempts + 1, last_error=None))


def mark_failed(session: Session, reminder_id: int, error: str, retry_at: datetime) -> None:
    session.execute(update(ReminderRow).where(reminder.c.id == reminder_id).values(
        status="pending", attempts=reminder.c.attempts + 1, last_error=error[:500], next_attempt_at=retry_at,
        claimed_by=None, claimed_at=None))


def mark_cancelled(session: Session, ids: list[int]) -> None:
    session.execute(update(reminder).where(among(reminder.c.id, ids, session.get_bind().dialect.name))
                    .values(status="cancelled"))


def snooze(session: Session, question_id: str, until: datetime) -> None:
    session.execute(update(QuestionRow).where(question.c.id == question_id).values(snoozed_until=until))
