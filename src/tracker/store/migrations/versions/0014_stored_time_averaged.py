"""Each standing forecast carries its (question, forecaster) pair's time-averaged Brier.

The time-averaged Brier of a pair needs every prediction of the pair, so computing it when a report asks
read the whole history (1.8 s on 1,000,000 predictions). It changes only when the pair's question's
resolution in force, due date or predictions change, which the write path already tracks
(tracker.store.derived): there it is computed for the touched questions and stored here, and reading it
is one indexed aggregate, as relative Brier is.

The upgrade fills the column for every pair already recorded, one statement per dialect, with the closed
form of tracker.scoring.time_averaged written out here, frozen (a later change to it must not change what
upgrading an old store does). Prediction i of a pair stands on the days whose cutoff lies in
(t_i, t_next], N(t_next) - N(t_i) of them, where N(x) = clip(day(x) - first, 0, last - first) +
(close <= x) counts the open period's days whose cutoff is at or before x (days end at midnight UTC, the
last at the question's close: the earlier of its resolution and the end of its due date). A pair's value
is the day-weighted mean of its squared errors; NULL where no day is scored (an open, void or choice
question, a due date on the calendar's last day, a question closed before it was created).

Team mode (PostgreSQL): ``tracker_standing_check()`` (0011) is replaced by 0011's body plus a check of a
member's stored value against the same computation for the member's pair; the downgrade puts 0011's back.

Revision ID: 0014
Revises: 0013
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# PostgreSQL: days since the epoch of a UTC instant, and N(x) (the old one-statement computation's).
_PG_DAY = "(({x} AT TIME ZONE 'UTC')::date - DATE '1970-01-01')"
_PG_COUNT = "LEAST(GREATEST({day} - {q}first, 0), {q}last - {q}first) + CASE WHEN {q}close <= {x} THEN 1 ELSE 0 END"
_PG_PAIRS = """
WITH opened AS (
  SELECT qu.id, CASE WHEN qu.outcome = 'yes' THEN 1.0 ELSE 0.0 END AS outcome, qu.created_at,
         LEAST(qu.resolved_at, (qu.due + 1)::timestamp AT TIME ZONE 'UTC') AS close
  FROM question qu WHERE qu.outcome IN ('yes', 'no') AND qu.due < DATE '9999-12-31' {question_where}
), questions AS MATERIALIZED (
  SELECT id, outcome, close, {first} AS first,
         {last_day} - CASE WHEN (close AT TIME ZONE 'UTC')::time = '00:00' THEN 1 ELSE 0 END AS last
  FROM opened WHERE close > created_at
), stands AS (
  SELECT pr.question_id, pr.forecaster, (pr.probability - qn.outcome) ^ 2 AS squared, {made_count} AS made_count,
         LEAD(pr.made_at) OVER (PARTITION BY pr.question_id, pr.forecaster ORDER BY pr.made_at) AS next,
         qn.first, qn.last, qn.close
  FROM prediction pr JOIN questions qn ON qn.id = pr.question_id
  WHERE pr.probability IS NOT NULL {prediction_where}
), weighted AS (
  SELECT question_id, forecaster, squared,
         CASE WHEN next IS NULL THEN last - first + 1 ELSE {next_count} END - made_count AS days
  FROM stands
), pairs AS (
  SELECT question_id, forecaster, sum(days * squared) AS total, sum(days) AS weight
  FROM weighted GROUP BY question_id, forecaster
)"""


def pg_pairs(question_where: str = "", prediction_where: str = "") -> str:
    """CTEs ending in ``pairs`` (question_id, forecaster, total, weight): a pair's value is total / weight
    where weight > 0. The conditions narrow it (team mode's check reads one pair); the aliases are not
    p and q, the check function's own variables."""
    return _PG_PAIRS.format(
        question_where=question_where, prediction_where=prediction_where,
        first=_PG_DAY.format(x="created_at"), last_day=_PG_DAY.format(x="close"),
        made_count=_PG_COUNT.format(day=_PG_DAY.format(x="pr.made_at"), x="pr.made_at", q="qn."),
        next_count=_PG_COUNT.format(day=_PG_DAY.format(x="next"), x="next", q=""))


# SQLite keeps UTC instants as text, 'YYYY-MM-DD HH:MM:SS.ffffff', which sorts as the instants do; a value
# written without microseconds (by hand, by an old tool) is padded so that comparing texts stays exact.
_SQLITE_TIME = "substr({x} || '.000000', 1, 26)"
_SQLITE_DAY = "CAST(julianday(substr({x}, 1, 10)) - 2440587.5 AS INTEGER)"
_SQLITE_COUNT = "min(max({day} - q.first, 0), q.last - q.first) + (q.close <= {made})"
_SQLITE_PAIRS = """
WITH opened AS (
  SELECT id, outcome, created, min(resolved, due_end) AS close FROM (
    SELECT id, CASE WHEN outcome = 'yes' THEN 1.0 ELSE 0.0 END AS outcome, {created} AS created,
           {resolved} AS resolved, date(due, '+1 day') || ' 00:00:00.000000' AS due_end
    FROM question WHERE outcome IN ('yes', 'no') AND due < '9999-12-31')
), questions AS MATERIALIZED (
  SELECT id, outcome, close, {first} AS first, {last_day} - (substr(close, 12) = '00:00:00.000000') AS last
  FROM opened WHERE close > created
), weighted AS (
  SELECT p.question_id, p.forecaster, (p.probability - q.outcome) * (p.probability - q.outcome) AS squared,
         coalesce((SELECT {next_count} FROM prediction x
                   WHERE x.question_id = p.question_id AND x.forecaster = p.forecaster AND x.made_at > p.made_at
                   AND x.probability IS NOT NULL ORDER BY x.made_at LIMIT 1), q.last - q.first + 1)
         - ({made_count}) AS days
  FROM prediction p CROSS JOIN questions q ON q.id = p.question_id
  WHERE p.probability IS NOT NULL
  LIMIT -1
), pairs AS (
  SELECT question_id, forecaster, sum(days * squared) AS total, sum(days) AS weight
  FROM weighted GROUP BY question_id, forecaster
)"""


def sqlite_pairs() -> str:
    """As pg_pairs, on SQLite, where a window function over a million rows cost twice this (14 s against
    7 s): each prediction's successor N(t_next) is looked up in the covering index (question, forecaster,
    made_at) of migration 0013, and CROSS JOIN scans the predictions in that order. ``LIMIT -1`` (no
    limit) keeps ``weighted`` from being merged into ``pairs``, which would run the lookup once per use
    of ``days``."""
    return _SQLITE_PAIRS.format(
        created=_SQLITE_TIME.format(x="created_at"), resolved=_SQLITE_TIME.format(x="resolved_at"),
        first=_SQLITE_DAY.format(x="created"), last_day=_SQLITE_DAY.format(x="close"),
        next_count=_SQLITE_COUNT.format(day=_SQLITE_DAY.format(x="x.made_at"), made=_SQLITE_TIME.format(x="x.made_at")),
        made_count=_SQLITE_COUNT.format(day=_SQLITE_DAY.format(x="p.made_at"), made=_SQLITE_TIME.format(x="p.made_at")))


_FILL = (" UPDATE standing_forecast SET time_averaged = pairs.total / pairs.weight FROM pairs "
         "WHERE pairs.weight > 0 AND standing_forecast.question_id = pairs.question_id "
         "AND standing_forecast.forecaster = pairs.forecaster")

#: 0008's guard on SQLite, as 0008 made it: lifted for the fill (the migration's connection may not define
#: tracker_derived()) and put back word for word (verify compares its fingerprint).
SQLITE_GUARD = ("CREATE TRIGGER guard_standing_forecast_update BEFORE UPDATE ON standing_forecast "
                "WHEN NOT tracker_derived() BEGIN SELECT RAISE(ABORT, 'standing_forecast is derived from the "
                "chain: tracker keeps it (tracker verify --repair-derived)'); END")

# 0011's tracker_standing_check(), frozen. CHECKED adds the time-averaged Brier of NEW's pair.
OWNER_SKIP = ("IF pg_catalog.pg_has_role(current_user, (SELECT relowner FROM pg_catalog.pg_class "
              "WHERE oid = TG_RELID), 'USAGE') THEN RETURN NULL; END IF;")
REFUSED = "USING ERRCODE = 'insufficient_privilege'"
STANDING_0011 = (
    "RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE s record; p record; q record; relative float8; BEGIN "
    + OWNER_SKIP +
    " SELECT * INTO s FROM standing_forecast WHERE question_id = NEW.question_id AND forecaster = NEW.forecaster; "
    "SELECT made_at, probability, probabilities, phrase, scale INTO p FROM prediction "
    "WHERE question_id = NEW.question_id AND forecaster = NEW.forecaster ORDER BY made_at DESC, id DESC LIMIT 1; "
    "SELECT due, source_document, outcome, resolved_at INTO q FROM question WHERE id = NEW.question_id; "
    "SELECT CASE WHEN count(e.err) >= 2 THEN max(e.err) FILTER (WHERE e.forecaster = NEW.forecaster) "
    "- percentile_cont(0.5) WITHIN GROUP (ORDER BY e.err) END INTO relative FROM ("
    "SELECT d.forecaster, d.miss * d.miss AS err FROM (SELECT f.forecaster, (SELECT x.probability "
    "FROM prediction x WHERE x.question_id = f.question_id AND x.forecaster = f.forecaster "
    "AND x.made_at <= q.resolved_at ORDER BY x.made_at DESC, x.id DESC LIMIT 1) "
    "- (CASE WHEN q.outcome = 'yes' THEN 1 ELSE 0 END)::float8 AS miss FROM standing_forecast f "
    "WHERE f.question_id = NEW.question_id AND f.probability IS NOT NULL AND q.outcome IN ('yes', 'no')) d "
    "WHERE d.miss IS NOT NULL) e; "
    "IF s.made_at IS DISTINCT FROM p.made_at OR s.probability IS DISTINCT FROM p.probability "
    "OR s.probabilities::jsonb IS DISTINCT FROM p.probabilities::jsonb OR s.phrase IS DISTINCT FROM p.phrase "
    "OR s.scale IS DISTINCT FROM p.scale OR s.due IS DISTINCT FROM q.due "
    "OR s.source_document IS DISTINCT FROM q.source_document OR s.outcome IS DISTINCT FROM q.outcome "
    "OR s.resolved_at IS DISTINCT FROM q.resolved_at "
    "OR s.resolved_month IS DISTINCT FROM to_char(q.resolved_at AT TIME ZONE 'UTC', 'YYYY-MM') "
    "OR s.horizon IS DISTINCT FROM (CASE WHEN q.due - (p.made_at AT TIME ZONE 'UTC')::date < 91 THEN '0-3 months' "
    "WHEN q.due - (p.made_at AT TIME ZONE 'UTC')::date < 365 THEN '3-12 months' "
    "WHEN q.due - (p.made_at AT TIME ZONE 'UTC')::date < 730 THEN '1-2 years' "
    "WHEN q.due - (p.made_at AT TIME ZONE 'UTC')::date < 1826 THEN '2-5 years' ELSE '5+ years' END) "
    "OR (s.relative IS NULL) <> (relative IS NULL) OR abs(s.relative - relative) > 1e-12 THEN "
    "RAISE EXCEPTION 'standing forecast (%, %) does not follow from the predictions; role % may not set it', "
    f"NEW.question_id, NEW.forecaster, current_user {REFUSED}; END IF; RETURN NULL; END $$")
STANDING_CHECKED = (
    STANDING_0011
    .replace("relative float8; BEGIN", "relative float8; averaged float8; BEGIN", 1)
    .replace("WHERE d.miss IS NOT NULL) e; ",
             "WHERE d.miss IS NOT NULL) e; "
             + " ".join(pg_pairs("AND qu.id = NEW.question_id", "AND pr.forecaster = NEW.forecaster").split())
             + " SELECT total / weight INTO averaged FROM pairs WHERE weight > 0; ", 1)
    .replace("OR abs(s.relative - relative) > 1e-12 THEN",
             "OR abs(s.relative - relative) > 1e-12 OR (s.time_averaged IS NULL) <> (averaged IS NULL) "
             "OR abs(s.time_averaged - averaged) > 1e-9 THEN", 1))


def _fill(bind) -> None:
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER guard_standing_forecast_update")
        op.execute(sqlite_pairs() + _FILL)
        op.execute(SQLITE_GUARD)
        return
    bind.execute(sa.text("SELECT set_config('tracker.derived', 'on', true)"))
    # The window's sort of a million rows fits in memory with this much instead of spilling to disk.
    bind.execute(sa.text("SELECT set_config('work_mem', '64MB', true)"))
    bind.exec_driver_sql(pg_pairs() + _FILL)
    bind.execute(sa.text("RESET work_mem"))
    bind.execute(sa.text("SELECT set_config('tracker.derived', 'off', true)"))


def _standing_check(bind, body: str) -> None:
    schema = bind.execute(sa.text("SELECT quote_ident(current_schema())")).scalar()
    op.execute(f"CREATE OR REPLACE FUNCTION tracker_standing_check() {body}")
    op.execute(f"ALTER FUNCTION tracker_standing_check() SET search_path = {schema}, pg_temp")


def upgrade() -> None:
    op.add_column("standing_forecast", sa.Column("time_averaged", sa.Float(), nullable=True))
    bind = op.get_bind()
    _fill(bind)
    # After the fill, which then maintains no index.
    op.create_index("ix_standing_forecast_time_averaged", "standing_forecast",
                    ["forecaster", "time_averaged", "resolved_at", "question_id"])
    # Relative Brier is read with the same filters (since: resolved_at; a tag: question_id), which its
    # (forecaster, relative) index of 0006 left to a table read per forecast: 1.3 s of a report filtered by
    # date on 1,000,000 predictions.
    op.drop_index("ix_standing_forecast_relative", "standing_forecast")
    op.create_index("ix_standing_forecast_relative", "standing_forecast",
                    ["forecaster", "relative", "resolved_at", "question_id"])
    if bind.dialect.name == "postgresql":
        _standing_check(bind, STANDING_CHECKED)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _standing_check(bind, STANDING_0011)
    op.drop_index("ix_standing_forecast_time_averaged", "standing_forecast")
    op.drop_index("ix_standing_forecast_relative", "standing_forecast")
    op.create_index("ix_standing_forecast_relative", "standing_forecast", ["forecaster", "relative"])
    # Not a batch rebuild: that would drop standing_forecast's triggers (SQLite 3.35+ drops a column in place).
    op.execute("ALTER TABLE standing_forecast DROP COLUMN time_averaged")
