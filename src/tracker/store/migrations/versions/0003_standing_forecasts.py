"""Standing forecasts and the resolution in force on the question row, for fast scoring.

Each forecaster's latest prediction per question is kept in ``standing_forecast`` together with what
scoring groups and filters by (the question's outcome in force, when it resolved, its source, and the
forecast's horizon band), so that scoring reads one table through covering indexes and never ranks
the whole prediction history.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

from tracker.store.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("question") as batch:
        batch.add_column(sa.Column("outcome", sa.String(64), nullable=True))
        batch.add_column(sa.Column("resolved_at", UTCDateTime(), nullable=True))
    op.create_table(
        "standing_forecast",
        sa.Column("question_id", sa.String(64), sa.ForeignKey("question.id"), primary_key=True),
        sa.Column("forecaster", sa.String(64), primary_key=True),
        sa.Column("made_at", UTCDateTime(), nullable=False),
        sa.Column("probability", sa.Float(), nullable=True),
        sa.Column("probabilities", sa.JSON(), nullable=True),
        sa.Column("phrase", sa.String(), nullable=True),
        sa.Column("scale", sa.String(), nullable=True),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("horizon", sa.String(16), nullable=False),
        sa.Column("source_document", sa.String(), nullable=True),
        sa.Column("outcome", sa.String(64), nullable=True),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("resolved_month", sa.String(7), nullable=True),
    )
    scored = ["probability", "outcome", "made_at", "resolved_at"]
    op.create_index("ix_standing_forecast_scoring", "standing_forecast", scored)
    op.create_index("ix_standing_forecast_forecaster", "standing_forecast", ["forecaster", *scored])
    op.create_index("ix_standing_forecast_phrase", "standing_forecast", ["phrase", "scale", *scored])
    op.create_index("ix_standing_forecast_source", "standing_forecast", ["source_document", *scored])
    op.create_index("ix_standing_forecast_horizon", "standing_forecast", ["horizon", *scored])
    op.create_index("ix_standing_forecast_month", "standing_forecast", ["resolved_month", *scored])
    op.create_index("ix_standing_forecast_late", "standing_forecast", ["question_id"],
                    sqlite_where=sa.text("made_at > resolved_at"), postgresql_where=sa.text("made_at > resolved_at"))
    # The resolution in force is the one no other resolution supersedes.
    op.execute(
        "UPDATE question SET "
        "outcome = (SELECT r.outcome FROM resolution r WHERE r.question_id = question.id AND NOT EXISTS "
        "(SELECT 1 FROM resolution s WHERE s.supersedes = r.id) ORDER BY r.id DESC LIMIT 1), "
        "resolved_at = (SELECT r.resolved_at FROM resolution r WHERE r.question_id = question.id AND NOT EXISTS "
        "(SELECT 1 FROM resolution s WHERE s.supersedes = r.id) ORDER BY r.id DESC LIMIT 1)"
    )
    op.execute("UPDATE question SET outcome = NULL, resolved_at = NULL WHERE outcome = 'open'")
    # Existing predictions: the same code that keeps the table as predictions are written fills it.
    from sqlalchemy.orm import Session

    from tracker.store.standing import rebuild_standing

    rebuild_standing(Session(bind=op.get_bind()))


def downgrade() -> None:
    op.drop_table("standing_forecast")
    with op.batch_alter_table("question") as batch:
        batch.drop_column("resolved_at")
        batch.drop_column("outcome")
