"""Time-averaged Brier per forecaster, computed where the predictions are.

The definition and its closed form are tracker.scoring.time_averaged's: prediction i of a (question,
forecaster) pair stands on the days whose cutoff lies in (t_i, t_next], N(t_next) - N(t_i) of them, where
N(x) = clip(day(x) - first, 0, last - first) + (close <= x) counts the open period's days whose cutoff is at
or before x (days end at midnight UTC, the last one at the question's close). A pair's score is the
day-weighted mean of its squared errors; a forecaster's, the mean over their pairs.

On PostgreSQL this is one statement: LEAD() gives each prediction's successor, and only one row per
forecaster leaves the server, so a million predictions cost a pass of the server's executor instead of a
million rows through the driver. The questions' days are computed once each (a materialized CTE: inlined,
the planner recomputed them for every prediction and was about a fifth slower). SQLite's window functions and sorter
are slower than streaming the rows into numpy, so SQLite keeps the stream (tracker.store.history).
"""

from __future__ import annotations

from datetime import timezone

from sqlmodel import Session

# Days since the epoch of a UTC instant, and whether the instant is exactly midnight.
_DAY = "(({x} AT TIME ZONE 'UTC')::date - DATE '1970-01-01')"
_COUNT = "LEAST(GREATEST({day} - {q}first, 0), {q}last - {q}first) + CASE WHEN {q}close <= {x} THEN 1 ELSE 0 END"

_SQL = """
WITH opened AS (
  SELECT q.id, CASE WHEN q.outcome = 'yes' THEN 1.0 ELSE 0.0 END AS outcome, q.created_at,
         LEAST(q.resolved_at, (q.due + 1)::timestamp AT TIME ZONE 'UTC') AS close
  FROM question q WHERE {where}
), questions AS MATERIALIZED (
  SELECT id, outcome, close, {first} AS first,
         {last_day} - CASE WHEN (close AT TIME ZONE 'UTC')::time = '00:00' THEN 1 ELSE 0 END AS last
  FROM opened WHERE close > created_at
), stands AS (
  SELECT p.question_id, p.forecaster, (p.probability - q.outcome) ^ 2 AS squared,
         {made_count} AS made_count,
         LEAD(p.made_at) OVER (PARTITION BY p.question_id, p.forecaster ORDER BY p.made_at) AS next,
         q.first, q.last, q.close
  FROM prediction p JOIN questions q ON q.id = p.question_id
  WHERE {prediction_where}
), weighted AS (
  SELECT question_id, forecaster, squared,
         CASE WHEN next IS NULL THEN last - first + 1 ELSE {next_count} END - made_count AS days
  FROM stands
), pairs AS (
  SELECT forecaster, sum(days * squared) AS total, sum(days) AS weight
  FROM weighted GROUP BY question_id, forecaster
)
SELECT forecaster, count(*), avg(total / weight) FROM pairs WHERE weight > 0 GROUP BY forecaster ORDER BY forecaster
"""


def _statement(filters) -> tuple[str, dict]:
    where = ["q.outcome IN ('yes', 'no')", "q.due < DATE '9999-12-31'"]  # the calendar's last day has no end
    parameters: dict = {}
    if filters.tag:
        where.append("q.id IN (SELECT question_id FROM question_tag WHERE tag = %(tag)s)")
        parameters["tag"] = filters.tag
    if filters.since:
        where.append("q.resolved_at >= %(since)s")
        parameters["since"] = filters.since.astimezone(timezone.utc)
    prediction_where = ["p.probability IS NOT NULL"]
    if filters.forecaster:
        prediction_where.append("p.forecaster = %(forecaster)s")
        parameters["forecaster"] = filters.forecaster
    sql = _SQL.format(
        where=" AND ".join(where), prediction_where=" AND ".join(prediction_where),
        first=_DAY.format(x="created_at"), last_day=_DAY.format(x="close"),
        made_count=_COUNT.format(day=_DAY.format(x="p.made_at"), x="p.made_at", q="q."),
        next_count=_COUNT.format(day=_DAY.format(x="next"), x="next", q=""))
    return sql, parameters


def time_averaged_in_database(session: Session, filters) -> dict[str, dict]:
    """{forecaster: {"questions": n, "time_averaged_brier": mean}} under ``filters`` (a ScoreFilter's
    forecaster, tag and since), computed by PostgreSQL in one statement."""
    sql, parameters = _statement(filters)
    driver = session.connection().connection.driver_connection
    with driver.cursor() as cursor:
        # The window's sort of a million rows fits in memory with this much, instead of spilling to disk.
        cursor.execute("SET LOCAL work_mem = '64MB'")
        cursor.execute(sql, parameters)
        return {name: {"questions": int(n), "time_averaged_brier": float(mean)} for name, n, mean in cursor}


def time_averaged(session: Session, filters) -> dict[str, dict]:
    """Time-averaged Brier per forecaster under ``filters``: in the database on PostgreSQL, streamed on
    SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        return time_averaged_in_database(session, filters)
    from tracker.scoring.time_averaged import time_averaged_by_forecaster
    from tracker.store.history import history_chunks

    return time_averaged_by_forecaster(history_chunks(session, filters))
