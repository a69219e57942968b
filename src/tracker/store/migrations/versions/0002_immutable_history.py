"""Make recorded predictions and resolutions immutable in the database itself.

The API never updates or deletes them; these triggers stop anything else that connects (a script,
a careless SQL console) from doing it quietly.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("prediction", "resolution")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for action in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} rows are immutable: record a new one instead'); END"
                )
    else:
        op.execute(
            "CREATE FUNCTION tracker_refuse_change() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION '% rows are immutable: record a new one instead', TG_TABLE_NAME; END $$ "
            "LANGUAGE plpgsql"
        )
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION tracker_refuse_change()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER {table}_no_{action}")
    else:
        for table in TABLES:
            op.execute(f"DROP TRIGGER {table}_immutable ON {table}")
        op.execute("DROP FUNCTION tracker_refuse_change()")
