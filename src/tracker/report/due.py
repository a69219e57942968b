"""The report's "Due soon and overdue" list, and the stored due dates the report cannot handle.

One query reads the open questions due by the end of the look-ahead window (the index on (status,
due) serves it). Due dates are read as text and parsed row by row, so that one unreadable row is
named and skipped instead of failing the whole report.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo

from tracker.store import Store
from tracker.store.scored import ScoreFilter

#: Open questions due within this many days of today appear in the list, with every overdue one.
DUE_SOON_DAYS = 30
#: At most this many rows are listed; the rest are counted.
DUE_LIST_LIMIT = 25


def due_soon(store: Store, filters: ScoreFilter, tz: tzinfo, now: datetime) -> tuple[dict, list[str]]:
    """({today, window_days, questions: [{question_id, text, due, days_left}], more}, problems).

    ``days_left`` is negative for an overdue question: calendar days in ``tz`` since its due date.
    """
    from sqlalchemy import String, cast, select

    from tracker.store.tables import QuestionRow, QuestionTagRow, StandingForecastRow

    question = QuestionRow.__table__
    today = now.astimezone(tz).date()
    query = (select(question.c.id, question.c.text, cast(question.c.due, String))
             .where(question.c.status == "open", question.c.due <= today + timedelta(days=DUE_SOON_DAYS))
             .order_by(question.c.due, question.c.id))
    if filters.tag:
        tags = QuestionTagRow.__table__
        query = query.where(question.c.id.in_(select(tags.c.question_id).where(tags.c.tag == filters.tag)))
    if filters.forecaster:
        standing = StandingForecastRow.__table__
        query = query.where(question.c.id.in_(
            select(standing.c.question_id).where(standing.c.forecaster == filters.forecaster)))
    rows, problems = [], []
    with store.read() as session:
        for question_id, text, due_text in session.execute(query):
            try:
                due = date.fromisoformat(str(due_text)[:10])
            except ValueError:
                problems.append(f"question {question_id}: its stored due date {due_text!r} is not a date; "
                                "left out of the due list")
                continue
            rows.append({"question_id": question_id, "text": text, "due": due.isoformat(),
                         "days_left": (due - today).days})
    return ({"today": today.isoformat(), "window_days": DUE_SOON_DAYS, "questions": rows[:DUE_LIST_LIMIT],
             "more": max(0, len(rows) - DUE_LIST_LIMIT)}, problems)


def unusable_due_dates(store: Store, tz: tzinfo) -> list[tuple[str, str]]:
    """(question id, due date) of every stored question whose due date has no due instant (the day
    after it does not exist: 9999-12-31), which the CLI refuses but an older store may hold."""
    from sqlalchemy import String, cast, select

    from tracker.dates import due_instant
    from tracker.store.tables import QuestionRow

    question = QuestionRow.__table__
    found = []
    with store.read() as session:
        # Only the far end of the calendar can overflow; the index on due finds those rows at once.
        for question_id, due_text in session.execute(
                select(question.c.id, cast(question.c.due, String)).where(question.c.due >= date(9999, 1, 1))):
            try:
                due = date.fromisoformat(str(due_text)[:10])
                due_instant(due, tz), due_instant(due, timezone.utc)
            except (ValueError, OverflowError):
                found.append((question_id, str(due_text)))
    return found
