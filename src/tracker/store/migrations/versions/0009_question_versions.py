"""Question versions in the chain: every question's description is a chained record, and a change of it
is a new version; predictions, resolutions and versions gain the database role that wrote them.

Existing questions are chained as version 1, holding their current values, after the records already in
the chain (ordered by recorded_at, created_at, id), so that every existing hash, and every export made
before, stays valid. Their writer and role are unknown: ``by`` and ``role`` stay empty. The version rows
are immutable, as predictions and resolutions are (0002). The serialisation is written out here, frozen:
a later change to tracker.store.chain must not change what upgrading an old database does.

Revision ID: 0009
Revises: 0008
"""
import hashlib
import json
from datetime import date, datetime, timezone

import sqlalchemy as sa
from alembic import op

from tracker.store.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

REASON = "recorded before question history began (migration 0009)"
SOURCE_FIELDS = ("document", "publisher", "date", "quote", "location", "url")
HEAD_GUARD = ("CREATE TRIGGER guard_chain_head_update BEFORE UPDATE ON chain_head WHEN NOT tracker_derived() "
              "BEGIN SELECT RAISE(ABORT, 'chain_head is derived from the chain: tracker keeps it (tracker verify "
              "--repair-derived)'); END")

version_table = sa.table(
    "question_version", sa.column("question_id", sa.String), sa.column("version", sa.Integer),
    sa.column("description", sa.JSON), sa.column("author", sa.String), sa.column("role", sa.String),
    sa.column("reason", sa.Text), sa.column("correction", sa.Boolean), sa.column("recorded_at", UTCDateTime),
    sa.column("seq", sa.Integer), sa.column("prev_hash", sa.String), sa.column("hash", sa.String))


def _immutable(create: bool) -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            name = f"question_version_no_{action.lower()}"
            op.execute(f"CREATE TRIGGER {name} BEFORE {action} ON question_version BEGIN SELECT RAISE(ABORT, "
                       "'question_version rows are immutable: record a new one instead'); END" if create
                       else f"DROP TRIGGER {name}")
    else:
        op.execute("CREATE TRIGGER question_version_immutable BEFORE UPDATE OR DELETE ON question_version "
                   "FOR EACH ROW EXECUTE FUNCTION tracker_refuse_change()" if create
                   else "DROP TRIGGER question_version_immutable ON question_version")


def upgrade() -> None:
    op.create_table(
        "question_version",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("question_id", sa.String(64), sa.ForeignKey("question.id"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("author", sa.String(64), nullable=True),
        sa.Column("role", sa.String(64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("correction", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=True),
        sa.Column("hash", sa.String(64), nullable=True),
        sa.UniqueConstraint("question_id", "version", name="uq_question_version"),
    )
    op.create_index("uq_question_version_seq", "question_version", ["seq"], unique=True)
    for table in ("prediction", "resolution"):
        # Plain ADD COLUMN: no table rebuild, so SQLite keeps the triggers and indexes as they are.
        op.add_column(table, sa.Column("role", sa.String(64), nullable=True))
    _backfill()
    _immutable(create=True)


# Frozen copies of tracker.store.chain's version serialisation as of this migration (docs/verify.md).
def _moment(value) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _timestamp(value, dialect):
    if isinstance(value, str):  # SQLite keeps naive UTC text
        value = datetime.fromisoformat(value)
    return UTCDateTime().process_result_value(value, dialect)


def _day(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def description(row, tags: list[str], dialect) -> dict:
    outcomes = json.loads(row["outcomes"]) if isinstance(row["outcomes"], str) else row["outcomes"]
    source = {name: row[f"source_{name}"] for name in SOURCE_FIELDS}
    source["date"] = _day(source["date"])
    return {
        "text": row["text"], "criteria": row["criteria"], "kind": row["kind"], "outcomes": list(outcomes or []),
        "due": _day(row["due"]), "created_at": _moment(_timestamp(row["created_at"], dialect)),
        "tags": sorted(tags), "source": source if any(v is not None for v in source.values()) else None,
        "phrase": row["phrase"], "scale": row["scale"],
        "condition": ({"question": row["condition_question"], "outcome": row["condition_outcome"]}
                      if row["condition_question"] else None),
        "remind_every_days": row["remind_every_days"],
    }


def version_content(row: dict, previous: str | None) -> str:
    return json.dumps({
        "kind": "question_version", "question_id": row["question_id"], "version": row["version"],
        "previous": previous, "description": row["description"], "by": row["author"], "role": row["role"],
        "reason": row["reason"], "correction": row["correction"], "recorded_at": _moment(row["recorded_at"]),
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def link(previous: str, content: str) -> str:
    return hashlib.sha256(f"{previous}\n{content}".encode("utf-8")).hexdigest()


def _backfill() -> None:
    bind = op.get_bind()
    head_seq, head_hash = bind.execute(sa.text("SELECT seq, hash FROM chain_head WHERE id = 1")).one()
    questions = [dict(r._mapping) for r in bind.execute(sa.text(
        "SELECT id, text, criteria, kind, outcomes, due, created_at, source_document, source_publisher, source_date, "
        "source_quote, source_location, source_url, phrase, scale, condition_question, condition_outcome, "
        "remind_every_days, recorded_at FROM question"))]
    if not questions:
        return
    tags: dict[str, list[str]] = {}
    for question_id, tag in bind.execute(sa.text("SELECT question_id, tag FROM question_tag")):
        tags.setdefault(question_id, []).append(tag)
    for row in questions:
        row["recorded_at"] = _timestamp(row["recorded_at"], bind.dialect)
        row["created"] = _timestamp(row["created_at"], bind.dialect)
    questions.sort(key=lambda r: (r["recorded_at"], r["created"], r["id"]))
    rows, seq, previous = [], head_seq, head_hash
    for question in questions:
        row = {"question_id": question["id"], "version": 1,
               "description": description(question, tags.get(question["id"], []), bind.dialect),
               "author": None, "role": None, "reason": REASON, "correction": False,
               "recorded_at": question["recorded_at"]}
        seq += 1
        row.update(seq=seq, prev_hash=previous, hash=link(previous, version_content(row, None)))
        previous = row["hash"]
        rows.append(row)
    op.bulk_insert(version_table, rows)
    _write_head(bind, seq, previous)


def _write_head(bind, seq: int, digest: str) -> None:
    # chain_head is guarded (0008): its trigger is lifted for this one write on SQLite (the migration's
    # connection may not define tracker_derived()); on PostgreSQL the transaction-local flag is set.
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER guard_chain_head_update")
    else:
        bind.execute(sa.text("SELECT set_config('tracker.derived', 'on', true)"))
    bind.execute(sa.text("UPDATE chain_head SET seq = :seq, hash = :hash WHERE id = 1"), {"seq": seq, "hash": digest})
    if bind.dialect.name == "sqlite":
        op.execute(HEAD_GUARD)
    else:
        bind.execute(sa.text("SELECT set_config('tracker.derived', 'off', true)"))


def downgrade() -> None:
    """Drop the question history. Lossy: records chained after the first version hash recorded_at and role
    (form 2), which an older tracker's `verify` reads as altered; the head goes back only when nothing but
    the backfilled versions came after it."""
    bind = op.get_bind()
    first = bind.execute(sa.text("SELECT seq, prev_hash FROM question_version ORDER BY seq LIMIT 1")).first()
    later = first is not None and bind.execute(sa.text(
        "SELECT (SELECT count(*) FROM prediction WHERE seq > :s) + (SELECT count(*) FROM resolution WHERE seq > :s) "
        "+ (SELECT count(*) FROM question_version WHERE reason IS NULL OR reason <> :reason OR version > 1)"),
        {"s": first.seq, "reason": REASON}).scalar()
    _immutable(create=False)
    op.drop_table("question_version")
    for table in ("prediction", "resolution"):
        op.drop_column(table, "role")
    if first is not None and not later:
        _write_head(bind, first.seq - 1, first.prev_hash)
