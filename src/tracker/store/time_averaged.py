"""Time-averaged Brier, stored per (question, forecaster) pair on the standing forecasts.

A pair's time-averaged Brier (tracker.scoring.time_averaged: the forecast standing at each day's end, over
the question's open period, averaged) reads every prediction of the pair. Computed when a report asks, it
read the whole history: 1.8 s and every row through the driver at 1,000,000 predictions. It changes only
when the pair's question's resolution in force, due date or predictions change, and those writes already
name their questions to tracker.store.derived: there each touched question's pairs are computed from
their own predictions (``values_of``, in plain Python: a write touches few questions) and stored in
``standing_forecast.time_averaged`` beside relative Brier. A forecaster's figure is then one indexed
aggregate over their stored pairs (``time_averaged``). `verify` recomputes every pair from the records
with the numpy form over the whole history (tracker.store.time_averaged_check), so the stored values
are checked by the other implementation of the same closed form.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select
from sqlmodel import Session

from tracker.store.tables import StandingForecastRow

standing = StandingForecastRow.__table__


DAY = 86_400_000_000  # microseconds
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
#: The touched questions' binary predictions with their question's four columns, in (question, forecaster,
#: time) order; one bound value whatever the number of questions (a JSON array on SQLite, an array on
#: PostgreSQL).
_READ = ("SELECT p.question_id, p.forecaster, p.made_at, p.probability, q.created_at, q.due, q.resolved_at, q.outcome "
         "FROM prediction p JOIN question q ON q.id = p.question_id WHERE q.id {among} "
         "AND q.outcome IN ('yes', 'no') AND p.probability IS NOT NULL ORDER BY p.question_id, p.forecaster, p.made_at")
_AMONG = {"sqlite": "IN (SELECT value FROM json_each(?))", "postgresql": "= ANY(%s)"}


def _microseconds(value) -> int:
    """Integer microseconds since the epoch of a stored instant (SQLite: naive UTC text)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return (value - _EPOCH) // timedelta(microseconds=1)


def pair_score(made: list[int], probabilities: list[float], opened: int, close: int, outcome: float) -> float | None:
    """One pair's time-averaged Brier, or None without a scored day: tracker.scoring.time_averaged's closed
    form for one pair in plain Python (a write touches a few questions; numpy's import would cost
    `tracker resolve` more than the computation). Prediction i stands on the days whose cutoff (midnight
    UTC; the close on the last day) lies in (made_i, made_next]; tests hold the two forms equal."""
    if close <= opened:
        return None
    first, last = opened // DAY, -(-close // DAY) - 1

    def days_up_to(x: int | None) -> int:
        if x is None:  # the pair's last prediction stands until the question closes
            return last - first + 1
        return min(max(x // DAY - first, 0), last - first) + (close <= x)

    total = weight = 0.0
    for i, (at, probability) in enumerate(zip(made, probabilities)):
        days = days_up_to(made[i + 1] if i + 1 < len(made) else None) - days_up_to(at)
        total += days * (probability - outcome) ** 2
        weight += days
    return total / weight if weight > 0 else None


def values_of(session: Session, question_ids: list[str]) -> dict[tuple[str, str], float]:
    """{(question, forecaster): time-averaged Brier} of every scored pair on ``question_ids``, computed
    from their predictions and the questions' rows."""
    import json
    from itertools import groupby

    dialect = session.get_bind().dialect.name
    bound = json.dumps(list(question_ids)) if dialect == "sqlite" else list(question_ids)
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(_READ.format(among=_AMONG[dialect]), (bound,))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    found: dict[tuple[str, str], float] = {}
    for (question_id, forecaster), group in groupby(rows, key=lambda row: (row[0], row[1])):
        group = list(group)
        _, _, _, _, created, due, resolved, outcome = group[0]
        due = date.fromisoformat(due) if isinstance(due, str) else due
        if due == date.max:  # no instant ends the calendar's last day: no open period to average over
            continue
        close = min(_microseconds(resolved), _microseconds(datetime.combine(due + timedelta(days=1), time())))
        score = pair_score([_microseconds(row[2]) for row in group], [float(row[3]) for row in group],
                           _microseconds(created), close, 1.0 if outcome == "yes" else 0.0)
        if score is not None:
            found[(question_id, forecaster)] = score
    return found


def time_averaged(session: Session, filters) -> dict[str, dict]:
    """{forecaster: {"questions": n, "time_averaged_brier": mean over their pairs}} under ``filters`` (a
    ScoreFilter's forecaster, tag and since; the resolution time is the question's, copied on the
    standing forecast)."""
    from tracker.store.scored import tags

    value = standing.c.time_averaged
    query = select(standing.c.forecaster, func.count(value), func.avg(value)).where(value.isnot(None))
    if filters.forecaster:
        query = query.where(standing.c.forecaster == filters.forecaster)
    if filters.since:
        query = query.where(standing.c.resolved_at >= filters.since)
    if filters.tag:
        query = query.where(standing.c.question_id.in_(select(tags.c.question_id).where(tags.c.tag == filters.tag)))
    rows = session.execute(query.group_by(standing.c.forecaster).order_by(standing.c.forecaster))
    return {name: {"questions": int(n), "time_averaged_brier": float(mean)} for name, n, mean in rows}
