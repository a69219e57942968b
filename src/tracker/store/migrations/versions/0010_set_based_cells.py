"""Score cells kept per statement on PostgreSQL, not per row.

Migration 0006 keeps ``score_cell`` with a row trigger on ``standing_forecast``: a batch of resolutions
touching 300,000 standing forecasts ran 300,000 trigger calls, each upserting the same few hot cells
(the "all" cell of a probability is one row), and PostgreSQL keeps a new version of a row per update
within the transaction, so every later upsert of that cell walked a longer chain. This migration
replaces it with three statement triggers reading the statement's transition tables: the rows a
statement added to and removed from the scored forecasts (unchanged ones cancel out, so rewriting
``relative`` moves nothing) are expanded into their cells and grouped, and each cell is upserted once
with its net change. SQLite keeps 0006's row triggers: it has no statement triggers, and its row
triggers write in place.

The SQL is written out here, frozen: a later change elsewhere must not change what this upgrade does.

Revision ID: 0010
Revises: 0009
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SCORED = "r.probability IS NOT NULL AND r.outcome IN ('yes', 'no') AND r.made_at <= r.resolved_at"
#: What decides the cells a scored forecast counts in.
COLUMNS = "r.question_id, r.forecaster, r.probability, r.outcome, r.phrase, r.scale, r.source_document, " \
          "r.horizon, r.resolved_month"
CELLS = ("SELECT 'all' AS dimension, '' AS key, '' AS scale "
         "UNION ALL SELECT 'forecaster', d.forecaster, '' "
         "UNION ALL SELECT 'phrase', COALESCE(d.phrase, ''), COALESCE(d.scale, '') "
         "UNION ALL SELECT 'source', COALESCE(d.source_document, ''), '' "
         "UNION ALL SELECT 'horizon', d.horizon, '' "
         "UNION ALL SELECT 'month', d.resolved_month, '' "
         "UNION ALL SELECT 'tag', t.tag, '' FROM question_tag t WHERE t.question_id = d.question_id")
APPLY = ("INSERT INTO score_cell (dimension, key, scale, probability, n, events) "
         "SELECT c.dimension, c.key, c.scale, d.probability, sum(d.sign), "
         "sum(CASE WHEN d.outcome = 'yes' THEN d.sign ELSE 0 END) "
         f"FROM delta d CROSS JOIN LATERAL ({CELLS}) AS c "
         "GROUP BY c.dimension, c.key, c.scale, d.probability "
         "HAVING sum(d.sign) <> 0 OR sum(CASE WHEN d.outcome = 'yes' THEN d.sign ELSE 0 END) <> 0 "
         "ON CONFLICT (dimension, key, scale, probability) DO UPDATE SET n = score_cell.n + excluded.n, "
         "events = score_cell.events + excluded.events")


def _function(name: str, delta: str) -> str:
    return (f"CREATE FUNCTION {name}() RETURNS trigger AS $$ BEGIN "
            f"WITH delta AS ({delta}) {APPLY}; RETURN NULL; END $$ LANGUAGE plpgsql")


def _rows(table: str, sign: int) -> str:
    return f"SELECT {COLUMNS}, {sign} AS sign FROM {table} r WHERE {SCORED}"


CHANGED = (f"SELECT *, 1 AS sign FROM (SELECT {COLUMNS} FROM new_rows r WHERE {SCORED} "
           f"EXCEPT ALL SELECT {COLUMNS} FROM old_rows r WHERE {SCORED}) AS added "
           f"UNION ALL SELECT *, -1 FROM (SELECT {COLUMNS} FROM old_rows r WHERE {SCORED} "
           f"EXCEPT ALL SELECT {COLUMNS} FROM new_rows r WHERE {SCORED}) AS removed")

NEW = [
    _function("tracker_standing_cells_added", _rows("new_rows", 1)),
    _function("tracker_standing_cells_changed", CHANGED),
    _function("tracker_standing_cells_removed", _rows("old_rows", -1)),
    "CREATE TRIGGER standing_forecast_cells_insert AFTER INSERT ON standing_forecast "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_standing_cells_added()",
    "CREATE TRIGGER standing_forecast_cells_update AFTER UPDATE ON standing_forecast "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION tracker_standing_cells_changed()",
    "CREATE TRIGGER standing_forecast_cells_delete AFTER DELETE ON standing_forecast "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_standing_cells_removed()",
]

#: 0006's row trigger, as 0006 created it, for the downgrade.
OLD_ROW = "{row}.probability IS NOT NULL AND {row}.outcome IN ('yes', 'no') AND {row}.made_at <= {row}.resolved_at"
OLD_CELLS = ("(SELECT 'all' AS dimension, '' AS key, '' AS scale UNION ALL SELECT 'forecaster', {row}.forecaster, '' "
             "UNION ALL SELECT 'phrase', COALESCE({row}.phrase, ''), COALESCE({row}.scale, '') "
             "UNION ALL SELECT 'source', COALESCE({row}.source_document, ''), '' "
             "UNION ALL SELECT 'horizon', {row}.horizon, '' UNION ALL SELECT 'month', {row}.resolved_month, '' "
             "UNION ALL SELECT 'tag', t.tag, '' FROM question_tag t WHERE t.question_id = {row}.question_id) AS c")
OLD = [
    "CREATE FUNCTION tracker_standing_cells() RETURNS trigger AS $$ BEGIN IF TG_OP <> 'INSERT' THEN IF "
    + OLD_ROW.format(row="OLD") + " THEN UPDATE score_cell SET n = n - 1, events = events - CASE WHEN OLD.outcome = "
    "'yes' THEN 1 ELSE 0 END WHERE probability = OLD.probability AND (dimension, key, scale) IN (SELECT c.dimension, "
    "c.key, c.scale FROM " + OLD_CELLS.format(row="OLD") + "); END IF; END IF; IF TG_OP <> 'DELETE' THEN IF "
    + OLD_ROW.format(row="NEW") + " THEN INSERT INTO score_cell (dimension, key, scale, probability, n, events) "
    "SELECT c.dimension, c.key, c.scale, NEW.probability, 1, CASE WHEN NEW.outcome = 'yes' THEN 1 ELSE 0 END FROM "
    + OLD_CELLS.format(row="NEW") + " WHERE true ON CONFLICT (dimension, key, scale, probability) DO UPDATE SET "
    "n = score_cell.n + excluded.n, events = score_cell.events + excluded.events; END IF; END IF; RETURN NULL; "
    "END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER standing_forecast_cells AFTER INSERT OR DELETE OR UPDATE OF question_id, forecaster, made_at, "
    "probability, outcome, resolved_at, phrase, scale, source_document, horizon, resolved_month ON "
    "standing_forecast FOR EACH ROW EXECUTE FUNCTION tracker_standing_cells()",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER standing_forecast_cells ON standing_forecast")
    op.execute("DROP FUNCTION tracker_standing_cells()")
    for statement in NEW:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER standing_forecast_cells_{name} ON standing_forecast")
    for name in ("added", "changed", "removed"):
        op.execute(f"DROP FUNCTION tracker_standing_cells_{name}()")
    for statement in OLD:
        op.execute(statement)
