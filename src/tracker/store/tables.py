"""SQLModel table models. They store; they do not validate (``tracker.domain`` does that first)."""



from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from tracker.store.types import UTCDateTime


class QuestionRow(SQLModel, table=True):
    model_config = {"defer_build": True}
    __tablename__ = "question"
    __table_args__ = (Index("ix_question_status_due", "status", "due"),)

    id: str = Field(primary_key=True, max_length=64)
    text: str
    criteria: str
    kind: str = Field(max_length=16)
    outcomes: list = Field(default_factory=list, sa_type=JSON)
    due: date = Field(index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    status: str = Field(default="open", max_length=16, index=True)
    source_document: str | None = None
    source_publisher: str | None = None
    source_date: date | None = None
    source_quote: str | None = None
    source_location: str | None = None
    source_url: str | None = None
    phrase: str | None = None
    scale: str | None = None
    condition_question: str | None = Field(default=None, max_length=64, index=True)
    condition_outcome: str | None = None
    recorded_at: datetime = Field(sa_type=UTCDateTime)
    # The resolution in force, kept beside the status so that scoring needs no supersession walk.
    outcome: str | None = Field(default=None, max_length=64)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Reminders: the question's own interval (else tracker.toml's), a snooze, and the latest prompt slot
    # already turned into reminders (so a sweep with nothing new reads and writes nothing more).
    remind_every_days: int | None = None
    snoozed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    prompted_slot: datetime | None = Field(default=None, sa_type=UTCDateTime)


class QuestionTagRow(SQLModel, table=True):
    model_config = {"defer_build": True}
    __tablename__ = "question_tag"
    __table_args__ = (Index("ix_question_tag_tag", "tag"),)

    question_id: str = Field(sa_column=Column(String(64), ForeignKey("question.id"), primary_key=True))
    tag: str = Field(primary_key=True, max_length=64)


class PredictionRow(SQLModel, table=True):
    model_config = {"defer_build": True}
    __tablename__ = "prediction"
    __table_args__ = (UniqueConstraint("question_id", "forecaster", "made_at", name="uq_prediction_moment"),
                      Index("uq_prediction_seq", "seq", unique=True),
                      # the time-averaged Brier's read, from the index alone (migration 0013)
                      Index("ix_prediction_history", "question_id", "forecaster", "made_at", "probability"))

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    question_id: str = Field(sa_column=Column(String(64), ForeignKey("question.id"), nullable=False, index=True))
    forecaster: str = Field(max_length=64, index=True)
    made_at: datetime = Field(sa_type=UTCDateTime)
    probability: float | None = None
    probabilities: dict | None = Field(default=None, sa_type=JSON)
    phrase: str | None = None
    scale: str | None = None
    rationale: str | None = None
    recorded_at: datetime = Field(sa_type=UTCDateTime)
    # The database role that wrote it (PostgreSQL's current_user; none on SQLite), chained in form 2.
    role: str | None = Field(default=None, max_length=64)
    # The tamper-evident chain (store.chain): position, previous record's hash, this record's hash.
    seq: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)


class ResolutionRow(SQLModel, table=True):
    model_config = {"defer_build": True}
    __tablename__ = "resolution"
    __table_args__ = (UniqueConstraint("question_id", "resolved_at", name="uq_resolution_moment"),
                      Index("uq_resolution_seq", "seq", unique=True))

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    question_id: str = Field(sa_column=Column(String(64), ForeignKey("question.id"), nullable=False, index=True))
    outcome: str = Field(max_length=64)
    resolved_at: datetime = Field(sa_type=UTCDateTime)
    resolver: str = Field(max_length=64)
    evidence: list = Field(default_factory=list, sa_type=JSON)
    note: str | None = None
    supersedes: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("resolution.id"), unique=True, nullable=True)
    )
    recorded_at: datetime = Field(sa_type=UTCDateTime)
    role: str | None = Field(default=None, max_length=64)
    # The tamper-evident chain (store.chain): position, previous record's hash, this record's hash.
    seq: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)


class QuestionVersionRow(SQLModel, table=True):
    """One version of a question's description, chained (migration 0009): version 1 is its creation,
    each change of wording, criteria, due date, tags, source, phrase, scale or condition is the next. The
    ``question`` row and its tags are derived from the latest version."""

    model_config = {"defer_build": True}
    __tablename__ = "question_version"
    __table_args__ = (UniqueConstraint("question_id", "version", name="uq_question_version"),
                      Index("uq_question_version_seq", "seq", unique=True))

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    question_id: str = Field(sa_column=Column(String(64), ForeignKey("question.id"), nullable=False))
    version: int
    # The whole description (store.chain.description_of), not a difference from the version before.
    description: dict = Field(sa_type=JSON)
    author: str | None = Field(default=None, max_length=64)
    role: str | None = Field(default=None, max_length=64)
    reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    correction: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
    recorded_at: datetime = Field(sa_type=UTCDateTime)
    seq: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)


class StandingForecastRow(SQLModel, table=True):
    """Each forecaster's latest prediction per question, kept as predictions are written, with what
    scoring groups and filters by copied from its question (kept in step by store.standing).

    Scoring reads this table through covering indexes instead of ranking every prediction ever made.
    """

    model_config = {"defer_build": True}
    __tablename__ = "standing_forecast"
    __table_args__ = (
        Index("ix_standing_forecast_scoring", "probability", "outcome", "made_at", "resolved_at", "question_id",
              "forecaster"),
        Index("ix_standing_forecast_forecaster", "forecaster", "probability", "outcome", "made_at", "resolved_at"),
        Index("ix_standing_forecast_phrase", "phrase", "scale", "probability", "outcome", "made_at", "resolved_at"),
        Index("ix_standing_forecast_source", "source_document", "probability", "outcome", "made_at", "resolved_at"),
        Index("ix_standing_forecast_horizon", "horizon", "probability", "outcome", "made_at", "resolved_at", "due",
              "question_id", "forecaster"),
        Index("ix_standing_forecast_month", "resolved_month", "probability", "outcome", "made_at", "resolved_at"),
        Index("ix_standing_forecast_relative", "forecaster", "relative", "resolved_at", "question_id"),
        Index("ix_standing_forecast_time_averaged", "forecaster", "time_averaged", "resolved_at", "question_id"),
        # Migration 0003 also makes the partial index ix_standing_forecast_late (question_id WHERE made_at >
        # resolved_at) for forecasts standing after a backdated resolution. It is not declared here because
        # declaring a dialect's partial index loads that dialect, which costs every command 20 ms at start-up.
    )

    question_id: str = Field(sa_column=Column(String(64), ForeignKey("question.id"), primary_key=True))
    forecaster: str = Field(primary_key=True, max_length=64)
    made_at: datetime = Field(sa_type=UTCDateTime)
    probability: float | None = None
    probabilities: dict | None = Field(default=None, sa_type=JSON)
    phrase: str | None = None
    scale: str | None = None
    due: date
    horizon: str = Field(max_length=16)
    source_document: str | None = None
    outcome: str | None = Field(default=None, max_length=64)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_month: str | None = Field(default=None, max_length=7)
    # Squared error minus the median of everyone's on the question (kept by store.relative).
    relative: float | None = None
    # The pair's time-averaged Brier over all its predictions, on a resolved binary question (store.time_averaged).
    time_averaged: float | None = None


class ScoreCellRow(SQLModel, table=True):
    """How many scored binary forecasts in a group gave one probability, and how many came true: the
    sufficient statistics of every binary score. Kept by triggers on standing_forecast and question_tag
    (migration 0006); ``dimension`` is all, forecaster, phrase, source, horizon, month or tag, and a
    missing key or scale is ''."""

    model_config = {"defer_build": True}
    __tablename__ = "score_cell"

    dimension: str = Field(primary_key=True, max_length=16)
    key: str = Field(primary_key=True)
    scale: str = Field(primary_key=True)
    probability: float = Field(primary_key=True)
    n: int
    events: int


class ReminderRow(SQLModel, table=True):
    """One prompt to resolve a question: a (question, prompt slot, channel) that is sent exactly once.

    The unique constraint is what makes a prompt go out once, however many daemons sweep; a row is
    claimed (status ``sending``) before its send and marked ``sent`` after; a failed send goes back to
    ``pending`` with its attempts, last error and the time of its next try.
    """

    model_config = {"defer_build": True}
    __tablename__ = "reminder"
    __table_args__ = (
        UniqueConstraint("question_id", "slot", "channel", name="uq_reminder_prompt"),
        Index("ix_reminder_status_next_attempt", "status", "next_attempt_at"),
    )

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    question_id: str = Field(sa_column=Column(String(64), ForeignKey("question.id"), nullable=False))
    slot: datetime = Field(sa_type=UTCDateTime)
    channel: str = Field(max_length=32)
    delivery_id: str = Field(max_length=32, unique=True)
    status: str = Field(max_length=16)
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    claimed_by: str | None = Field(default=None, max_length=64)
    claimed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ChainHeadRow(SQLModel, table=True):
    """The end of the tamper-evident chain: how many records it holds and the last one's hash."""

    model_config = {"defer_build": True}
    __tablename__ = "chain_head"

    id: int = Field(default=1, primary_key=True)
    seq: int
    hash: str = Field(max_length=64)


class TeamRoleRow(SQLModel, table=True):
    """A member role of a team on PostgreSQL (migration 0011; `tracker team add`). SQLite has the table and
    leaves it empty: it is single-user."""

    model_config = {"defer_build": True}
    __tablename__ = "team_role"

    role: str = Field(primary_key=True, max_length=64)
    record_for_others: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
    added_at: datetime = Field(sa_type=UTCDateTime)


class TeamForecasterRow(SQLModel, table=True):
    """Whose judgements a forecaster name records: one member role, or none for a source (a publisher, a
    quoted official) that any member may record (migration 0011; read by its prediction trigger)."""

    model_config = {"defer_build": True}
    __tablename__ = "team_forecaster"

    forecaster: str = Field(primary_key=True, max_length=64)
    role: str | None = Field(default=None, sa_column=Column(String(64), ForeignKey("team_role.role"), nullable=True))
    is_source: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
