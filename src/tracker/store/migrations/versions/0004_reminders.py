"""Reminders: one row per (question, prompt slot, channel), and the question's reminder state.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

from tracker.store.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("question") as batch:
        batch.add_column(sa.Column("remind_every_days", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("snoozed_until", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("prompted_slot", UTCDateTime(), nullable=True))
    op.create_index("ix_question_status_due", "question", ["status", "due"])
    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("question_id", sa.String(64), sa.ForeignKey("question.id"), nullable=False),
        sa.Column("slot", UTCDateTime(), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("delivery_id", sa.String(32), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_at", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("question_id", "slot", "channel", name="uq_reminder_prompt"),
    )
    op.create_index("ix_reminder_status_next_attempt", "reminder", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_table("reminder")
    op.drop_index("ix_question_status_due", "question")
    with op.batch_alter_table("question") as batch:
        batch.drop_column("prompted_slot")
        batch.drop_column("snoozed_until")
        batch.drop_column("remind_every_days")
