"""The horizon index of standing forecasts covers the due date, question and forecaster too.

Scores as of a horizon (`tracker score --as-of 30d`) count the forecasts on time for their resolution as the
plain scores do, less those made after the due date's end minus the horizon: only forecasts in the horizon
bands nearer than the horizon can be, and with the due date in the index they are found, and their own
predictions looked up (question, forecaster), without reading a table row (on 1,000,000 predictions the row
reads were three quarters of the command's time).

Revision ID: 0012
Revises: 0011
"""
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

BEFORE = ["horizon", "probability", "outcome", "made_at", "resolved_at"]


def upgrade() -> None:
    op.drop_index("ix_standing_forecast_horizon", "standing_forecast")
    op.create_index("ix_standing_forecast_horizon", "standing_forecast", [*BEFORE, "due", "question_id", "forecaster"])


def downgrade() -> None:
    op.drop_index("ix_standing_forecast_horizon", "standing_forecast")
    op.create_index("ix_standing_forecast_horizon", "standing_forecast", BEFORE)
