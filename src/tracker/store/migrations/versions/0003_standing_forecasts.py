"""Standing forecasts and the resolution in force on the question row, for fast scoring.

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
    )
    op.create_index("ix_standing_forecast_probability", "standing_forecast", ["probability"])
    # Existing data: the latest prediction per (question, forecaster), ties broken by insertion order.
    op.execute(
        "INSERT INTO standing_forecast (question_id, forecaster, made_at, probability, probabilities, phrase, scale) "
        "SELECT p.question_id, p.forecaster, p.made_at, p.probability, p.probabilities, p.phrase, p.scale "
        "FROM prediction p WHERE NOT EXISTS (SELECT 1 FROM prediction later "
        "WHERE later.question_id = p.question_id AND later.forecaster = p.forecaster "
        "AND (later.made_at > p.made_at OR (later.made_at = p.made_at AND later.id > p.id)))"
    )
    # The resolution in force is the one no other resolution supersedes.
    op.execute(
        "UPDATE question SET "
        "outcome = (SELECT r.outcome FROM resolution r WHERE r.question_id = question.id AND NOT EXISTS "
        "(SELECT 1 FROM resolution s WHERE s.supersedes = r.id) ORDER BY r.id DESC LIMIT 1), "
        "resolved_at = (SELECT r.resolved_at FROM resolution r WHERE r.question_id = question.id AND NOT EXISTS "
        "(SELECT 1 FROM resolution s WHERE s.supersedes = r.id) ORDER BY r.id DESC LIMIT 1)"
    )


def downgrade() -> None:
    op.drop_table("standing_forecast")
    with op.batch_alter_table("question") as batch:
        batch.drop_column("resolved_at")
        batch.drop_column("outcome")
