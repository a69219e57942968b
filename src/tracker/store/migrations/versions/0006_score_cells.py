"""Score cells: the binary scores' sufficient statistics, kept by the database as forecasts change.

Every binary score, decomposition and calibration table is a function of how many scored forecasts
gave each distinct probability and how many of those came true. ``score_cell`` keeps those two
counts per (dimension, key, scale, probability) for the report's groupings (all, forecaster, phrase,
source, horizon, month, tag), so that an unfiltered score or report reads a few thousand rows
instead of scanning every standing forecast once per grouping.

Triggers keep the cells in step with ``standing_forecast`` (and with ``question_tag`` for the tag
grouping), in the database, so that no write path can forget them. Counts are integers: adding and
removing never drifts. Only forecasts standing at the resolution count here; the rare forecasts
standing after a backdated resolution are substituted at read time, as before.

Also adds ``standing_forecast.relative``: the forecast's squared error minus the median squared
error of everyone's scored forecast on the question (kept by tracker.store.relative when a
question's scored forecasts change), so that relative Brier scores are one indexed aggregate.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: Columns whose change can move a standing forecast between cells (``relative`` is not one of them).
CELL_COLUMNS = ("question_id", "forecaster", "made_at", "probability", "outcome", "resolved_at", "phrase", "scale",
                "source_document", "horizon", "resolved_month")


def _scored(row: str) -> str:
    return (f"{row}.probability IS NOT NULL AND {row}.outcome IN ('yes', 'no') "
            f"AND {row}.made_at <= {row}.resolved_at")


def _cells_of(row: str) -> str:
    """The (dimension, key, scale) cells one standing forecast counts in ('' for a missing key)."""
    return (f"SELECT 'all' AS dimension, '' AS key, '' AS scale "
            f"UNION ALL SELECT 'forecaster', {row}.forecaster, '' "
            f"UNION ALL SELECT 'phrase', COALESCE({row}.phrase, ''), COALESCE({row}.scale, '') "
            f"UNION ALL SELECT 'source', COALESCE({row}.source_document, ''), '' "
            f"UNION ALL SELECT 'horizon', {row}.horizon, '' "
            f"UNION ALL SELECT 'month', {row}.resolved_month, '' "
            f"UNION ALL SELECT 'tag', t.tag, '' FROM question_tag t WHERE t.question_id = {row}.question_id")


def _event(row: str) -> str:
    return f"CASE WHEN {row}.outcome = 'yes' THEN 1 ELSE 0 END"


UPSERT = ("ON CONFLICT (dimension, key, scale, probability) DO UPDATE SET n = score_cell.n + excluded.n, "
          "events = score_cell.events + excluded.events")


def _add(row: str) -> str:
    return (f"INSERT INTO score_cell (dimension, key, scale, probability, n, events) "
            f"SELECT c.dimension, c.key, c.scale, {row}.probability, 1, {_event(row)} FROM ({_cells_of(row)}) AS c "
            f"WHERE true {UPSERT}")


def _remove(row: str) -> str:
    return (f"UPDATE score_cell SET n = n - 1, events = events - {_event(row)} "
            f"WHERE probability = {row}.probability AND (dimension, key, scale) IN "
            f"(SELECT c.dimension, c.key, c.scale FROM ({_cells_of(row)}) AS c)")


def _tag_add(row: str) -> str:
    return (f"INSERT INTO score_cell (dimension, key, scale, probability, n, events) "
            f"SELECT 'tag', {row}.tag, '', s.probability, count(*), sum({_event('s')}) FROM standing_forecast s "
            f"WHERE s.question_id = {row}.question_id AND {_scored('s')} GROUP BY s.probability {UPSERT}")


def _tag_remove(row: str) -> str:
    mine = f"FROM standing_forecast s WHERE s.question_id = {row}.question_id AND {_scored('s')}"
    return (f"UPDATE score_cell SET n = n - (SELECT count(*) {mine} AND s.probability = score_cell.probability), "
            f"events = events - (SELECT count(*) {mine} AND s.probability = score_cell.probability "
            f"AND s.outcome = 'yes') "
            f"WHERE dimension = 'tag' AND key = {row}.tag AND scale = '' AND probability IN (SELECT s.probability {mine})")


def _sqlite_triggers() -> list[str]:
    columns = ", ".join(CELL_COLUMNS)
    return [
        f"CREATE TRIGGER standing_cells_insert AFTER INSERT ON standing_forecast WHEN {_scored('NEW')} "
        f"BEGIN {_add('NEW')}; END",
        f"CREATE TRIGGER standing_cells_update_old AFTER UPDATE OF {columns} ON standing_forecast "
        f"WHEN {_scored('OLD')} BEGIN {_remove('OLD')}; END",
        f"CREATE TRIGGER standing_cells_update_new AFTER UPDATE OF {columns} ON standing_forecast "
        f"WHEN {_scored('NEW')} BEGIN {_add('NEW')}; END",
        f"CREATE TRIGGER standing_cells_delete AFTER DELETE ON standing_forecast WHEN {_scored('OLD')} "
        f"BEGIN {_remove('OLD')}; END",
        f"CREATE TRIGGER tag_cells_insert AFTER INSERT ON question_tag BEGIN {_tag_add('NEW')}; END",
        f"CREATE TRIGGER tag_cells_update AFTER UPDATE ON question_tag BEGIN {_tag_remove('OLD')}; "
        f"{_tag_add('NEW')}; END",
        f"CREATE TRIGGER tag_cells_delete AFTER DELETE ON question_tag BEGIN {_tag_remove('OLD')}; END",
    ]


def _postgresql_triggers() -> list[str]:
    columns = ", ".join(CELL_COLUMNS)
    return [
        # Nested IFs: PL/pgSQL does not promise to short-circuit, and OLD is null on INSERT.
        "CREATE FUNCTION tracker_standing_cells() RETURNS trigger AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN IF {_scored('OLD')} THEN {_remove('OLD')}; END IF; END IF; "
        f"IF TG_OP <> 'DELETE' THEN IF {_scored('NEW')} THEN {_add('NEW')}; END IF; END IF; "
        "RETURN NULL; END $$ LANGUAGE plpgsql",
        f"CREATE TRIGGER standing_forecast_cells AFTER INSERT OR DELETE OR UPDATE OF {columns} ON standing_forecast "
        "FOR EACH ROW EXECUTE FUNCTION tracker_standing_cells()",
        "CREATE FUNCTION tracker_tag_cells() RETURNS trigger AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN {_tag_remove('OLD')}; END IF; "
        f"IF TG_OP <> 'DELETE' THEN {_tag_add('NEW')}; END IF; "
        "RETURN NULL; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER question_tag_cells AFTER INSERT OR UPDATE OR DELETE ON question_tag "
        "FOR EACH ROW EXECUTE FUNCTION tracker_tag_cells()",
    ]


def upgrade() -> None:
    op.create_table(
        "score_cell",
        sa.Column("dimension", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("scale", sa.String(), primary_key=True),
        sa.Column("probability", sa.Float(), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
    )
    # The cells as the triggers would have made them, from the standing forecasts already there.
    for dimension, key, scale in (("all", "''", "''"), ("forecaster", "s.forecaster", "''"),
                                  ("phrase", "COALESCE(s.phrase, '')", "COALESCE(s.scale, '')"),
                                  ("source", "COALESCE(s.source_document, '')", "''"),
                                  ("horizon", "s.horizon", "''"), ("month", "s.resolved_month", "''"),
                                  ("tag", "t.tag", "''")):
        join = "JOIN question_tag t ON t.question_id = s.question_id " if dimension == "tag" else ""
        group = ", ".join(e for e in (key, scale, "s.probability") if e != "''")  # PostgreSQL: no constants
        op.execute(
            "INSERT INTO score_cell (dimension, key, scale, probability, n, events) "
            f"SELECT '{dimension}', {key}, {scale}, s.probability, count(*), sum({_event('s')}) "
            f"FROM standing_forecast s {join}WHERE {_scored('s')} GROUP BY {group}")
    sqlite = op.get_bind().dialect.name == "sqlite"
    triggers = _sqlite_triggers() if sqlite else _postgresql_triggers()
    for statement in triggers:
        op.execute(statement)
    op.add_column("standing_forecast", sa.Column("relative", sa.Float(), nullable=True))
    op.create_index("ix_standing_forecast_relative", "standing_forecast", ["forecaster", "relative"])
    _fill_relative()


def _fill_relative() -> None:
    """Each scored binary forecast's squared error minus the median of everyone's on its question (two or
    more scored), as tracker.store.relative computed it when this migration was written (frozen here).
    A forecast standing after a backdated resolution is scored by the forecaster's latest prediction
    made at or before it."""
    import statistics
    from collections import defaultdict

    bind = op.get_bind()
    errors: dict[str, list[tuple[str, float]]] = defaultdict(list)
    rows = bind.execute(sa.text(
        "SELECT question_id, forecaster, probability, outcome, made_at, resolved_at FROM standing_forecast "
        "WHERE probability IS NOT NULL AND outcome IN ('yes', 'no')")).all()
    for question_id, forecaster, probability, outcome, made_at, resolved_at in rows:
        if made_at > resolved_at:
            probability = bind.execute(sa.text(
                "SELECT probability FROM prediction WHERE question_id = :q AND forecaster = :f AND made_at <= :t "
                "ORDER BY made_at DESC, id DESC LIMIT 1"), {"q": question_id, "f": forecaster, "t": resolved_at}
            ).scalar()
            if probability is None:
                continue
        errors[question_id].append((forecaster, (probability - (1.0 if outcome == "yes" else 0.0)) ** 2))
    values = []
    for question_id, scored in errors.items():
        if len(scored) >= 2:
            median = statistics.median(error for _, error in scored)
            values.extend({"q": question_id, "f": forecaster, "r": error - median} for forecaster, error in scored)
    if values:
        bind.execute(sa.text("UPDATE standing_forecast SET relative = :r WHERE question_id = :q AND forecaster = :f"),
                     values)


def downgrade() -> None:
    # Triggers first: SQLite's batch rebuild of standing_forecast would find them pointing at nothing.
    if op.get_bind().dialect.name == "sqlite":
        for name in ("standing_cells_insert", "standing_cells_update_old", "standing_cells_update_new",
                     "standing_cells_delete", "tag_cells_insert", "tag_cells_update", "tag_cells_delete"):
            op.execute(f"DROP TRIGGER {name}")
    else:
        op.execute("DROP TRIGGER standing_forecast_cells ON standing_forecast")
        op.execute("DROP TRIGGER question_tag_cells ON question_tag")
        op.execute("DROP FUNCTION tracker_standing_cells()")
        op.execute("DROP FUNCTION tracker_tag_cells()")
    op.drop_table("score_cell")
    op.drop_index("ix_standing_forecast_relative", "standing_forecast")
    with op.batch_alter_table("standing_forecast") as batch:
        batch.drop_column("relative")
