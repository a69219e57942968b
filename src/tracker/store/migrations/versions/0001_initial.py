"""Questions, tags, predictions and resolutions.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

from tracker.store.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "question",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("criteria", sa.String(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("outcomes", sa.JSON(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("source_document", sa.String(), nullable=True),
        sa.Column("source_publisher", sa.String(), nullable=True),
        sa.Column("source_date", sa.Date(), nullable=True),
        sa.Column("source_quote", sa.String(), nullable=True),
        sa.Column("source_location", sa.String(), nullable=True),
        sa.Column("source_url", sa.String(), nullable=True),
        sa.Column("phrase", sa.String(), nullable=True),
        sa.Column("scale", sa.String(), nullable=True),
        sa.Column("condition_question", sa.String(64), nullable=True),
        sa.Column("condition_outcome", sa.String(), nullable=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_question_due", "question", ["due"])
    op.create_index("ix_question_status", "question", ["status"])
    op.create_index("ix_question_condition_question", "question", ["condition_question"])
    op.create_table(
        "question_tag",
        sa.Column("question_id", sa.String(64), sa.ForeignKey("question.id"), primary_key=True),
        sa.Column("tag", sa.String(64), primary_key=True),
    )
    op.create_index("ix_question_tag_tag", "question_tag", ["tag"])
    op.create_table(
        "prediction",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("question_id", sa.String(64), sa.ForeignKey("question.id"), nullable=False),
        sa.Column("forecaster", sa.String(64), nullable=False),
        sa.Column("made_at", UTCDateTime(), nullable=False),
        sa.Column("probability", sa.Float(), nullable=True),
        sa.Column("probabilities", sa.JSON(), nullable=True),
        sa.Column("phrase", sa.String(), nullable=True),
        sa.Column("scale", sa.String(), nullable=True),
        sa.Column("rationale", sa.String(), nullable=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("question_id", "forecaster", "made_at", name="uq_prediction_moment"),
    )
    op.create_index("ix_prediction_question_id", "prediction", ["question_id"])
    op.create_index("ix_prediction_forecaster", "prediction", ["forecaster"])
    op.create_table(
        "resolution",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("question_id", sa.String(64), sa.ForeignKey("question.id"), nullable=False),
        sa.Column("outcome", sa.String(64), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=False),
        sa.Column("resolver", sa.String(64), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("supersedes", sa.Integer(), sa.ForeignKey("resolution.id"), nullable=True, unique=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("question_id", "resolved_at", name="uq_resolution_moment"),
    )
    op.create_index("ix_resolution_question_id", "resolution", ["question_id"])


def downgrade() -> None:
    for table in ("resolution", "prediction", "question_tag", "question"):
        op.drop_table(table)
