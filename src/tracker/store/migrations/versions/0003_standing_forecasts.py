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
    _fill_standing()


#: Frozen copies of what tracker.store.standing did when this migration was written: a later change to
#: that module must not change what upgrading an old database does.
HORIZON_BANDS = ((91, "0-3 months"), (365, "3-12 months"), (730, "1-2 years"), (1826, "2-5 years"))
LONGEST_HORIZON = "5+ years"
_prediction = sa.table("prediction", sa.column("id"), sa.column("question_id"), sa.column("forecaster"),
                       sa.column("made_at", UTCDateTime()), sa.column("probability"),
                       sa.column("probabilities", sa.JSON()), sa.column("phrase"), sa.column("scale"))
_question = sa.table("question", sa.column("id"), sa.column("due", sa.Date()), sa.column("source_document"),
                     sa.column("outcome"), sa.column("resolved_at", UTCDateTime()))
_standing = sa.table("standing_forecast", *(sa.column(c) for c in (
    "question_id", "forecaster", "probability", "phrase", "scale", "horizon", "source_document", "outcome",
    "resolved_month")), sa.column("made_at", UTCDateTime()), sa.column("probabilities", sa.JSON()),
    sa.column("due", sa.Date()), sa.column("resolved_at", UTCDateTime()))


def _fill_standing() -> None:
    """Each forecaster's latest prediction per question (the last in (made_at, id) order), with its
    question's due date, source and outcome in force, as the write path keeps them."""
    bind = op.get_bind()
    columns = ("question_id", "forecaster", "made_at", "probability", "probabilities", "phrase", "scale")
    newest: dict[tuple[str, str], dict] = {}
    query = sa.select(*(_prediction.c[c] for c in columns)).order_by(_prediction.c.made_at, _prediction.c.id)
    for row in bind.execute(query):
        newest[(row.question_id, row.forecaster)] = dict(row._mapping)
    context = {row.id: row for row in bind.execute(sa.select(_question))}
    values = []
    for (question_id, _), row in newest.items():
        question = context[question_id]
        days = (question.due - row["made_at"].date()).days
        values.append({**row, "due": question.due, "source_document": question.source_document,
                       "horizon": next((label for limit, label in HORIZON_BANDS if days < limit), LONGEST_HORIZON),
                       "outcome": question.outcome, "resolved_at": question.resolved_at,
                       "resolved_month": question.resolved_at.strftime("%Y-%m") if question.resolved_at else None})
    for start in range(0, len(values), 5000):
        bind.execute(sa.insert(_standing), values[start:start + 5000])


def downgrade() -> None:
    op.drop_table("standing_forecast")
    with op.batch_alter_table("question") as batch:
        batch.drop_column("resolved_at")
        batch.drop_column("outcome")
