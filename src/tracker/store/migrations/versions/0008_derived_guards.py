"""Guard triggers on the tables derived from the chain: score cells, standing forecasts, question tags,
the chain's head and the question columns scoring reads.

A write to them is refused unless tracker's derived-state code is writing (tracker.store.guards): on
SQLite the trigger asks the application function ``tracker_derived()``, which only tracker's own
connections define; on PostgreSQL a statement-level trigger reads the transaction-local setting
``tracker.derived``. The SQL is written out here, frozen: a later change to tracker.store.guards must
not change what upgrading an old database does.

Revision ID: 0008
Revises: 0007
"""
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("score_cell", "standing_forecast", "question_tag", "chain_head")
QUESTION_COLUMNS = ("id", "text", "criteria", "kind", "outcomes", "due", "created_at", "status", "source_document",
                    "source_publisher", "source_date", "source_quote", "source_location", "source_url", "phrase",
                    "scale", "condition_question", "condition_outcome", "remind_every_days", "recorded_at",
                    "outcome", "resolved_at")


def _refusal(table: str) -> str:
    return f"{table} is derived from the chain: tracker keeps it (tracker verify --repair-derived)"


def _sqlite_triggers() -> list[tuple[str, str]]:
    events = [(table, action, action) for table in TABLES for action in ("INSERT", "UPDATE", "DELETE")]
    events += [("question", "INSERT", "INSERT"), ("question", "UPDATE", f"UPDATE OF {', '.join(QUESTION_COLUMNS)}"),
               ("question", "DELETE", "DELETE")]
    return [(f"guard_{table}_{action.lower()}",
             f"CREATE TRIGGER guard_{table}_{action.lower()} BEFORE {event} ON {table} WHEN NOT tracker_derived() "
             f"BEGIN SELECT RAISE(ABORT, '{_refusal(table)}'); END")
            for table, action, event in events]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for _, statement in _sqlite_triggers():
            op.execute(statement)
        return
    op.execute(
        "CREATE FUNCTION tracker_guard_derived() RETURNS trigger AS $$ BEGIN "
        "IF coalesce(current_setting('tracker.derived', true), '') <> 'on' THEN "
        "RAISE EXCEPTION '% is derived from the chain: tracker keeps it (tracker verify --repair-derived)', "
        "TG_TABLE_NAME; END IF; RETURN NULL; END $$ LANGUAGE plpgsql")
    for table in TABLES:
        op.execute(f"CREATE TRIGGER guard_{table} BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION tracker_guard_derived()")
    op.execute(f"CREATE TRIGGER guard_question BEFORE INSERT OR DELETE OR TRUNCATE OR UPDATE OF "
               f"{', '.join(QUESTION_COLUMNS)} ON question FOR EACH STATEMENT EXECUTE FUNCTION tracker_guard_derived()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, _ in _sqlite_triggers():
            op.execute(f"DROP TRIGGER {name}")
        return
    for table in (*TABLES, "question"):
        op.execute(f"DROP TRIGGER guard_{table} ON {table}")
    op.execute("DROP FUNCTION tracker_guard_derived()")
