"""The tamper-evident chain: seq, prev_hash and hash on predictions and resolutions, and its head.

Existing records are chained in the order they were recorded (predictions before resolutions recorded
at the same instant, then by id). The immutability triggers of 0002 are lifted for that one backfill.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None



def _triggers(create: bool) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in ("prediction", "resolution"):
        if sqlite:
            for action in ("UPDATE", "DELETE"):
                name = f"{table}_no_{action.lower()}"
                op.execute(f"CREATE TRIGGER {name} BEFORE {action} ON {table} BEGIN SELECT RAISE(ABORT, "
                           f"'{table} rows are immutable: record a new one instead'); END" if create
                           else f"DROP TRIGGER {name}")
        else:
            op.execute(f"CREATE TRIGGER {table}_immutable BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW "
                       "EXECUTE FUNCTION tracker_refuse_change()" if create
                       else f"DROP TRIGGER {table}_immutable ON {table}")


def upgrade() -> None:
    _triggers(create=False)
    for table in ("prediction", "resolution"):
        # Plain ADD COLUMN and a unique index: no table rebuild, so SQLite keeps everything else as it is.
        op.add_column(table, sa.Column("seq", sa.Integer(), nullable=True))
        op.add_column(table, sa.Column("prev_hash", sa.String(64), nullable=True))
        op.add_column(table, sa.Column("hash", sa.String(64), nullable=True))
        op.create_index(f"uq_{table}_seq", table, ["seq"], unique=True)
    op.create_table("chain_head", sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("seq", sa.Integer(), nullable=False), sa.Column("hash", sa.String(64), nullable=False))
    _backfill()
    _triggers(create=True)


# Frozen copies of tracker.store.chain's serialisation as of this migration (docs/verify.md "The chain").
GENESIS = ""


def _moment(value) -> str:
    from datetime import timezone

    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def prediction_content(row: dict) -> str:
    import json

    return json.dumps({
        "kind": "prediction", "question_id": row["question_id"], "forecaster": row["forecaster"],
        "made_at": _moment(row["made_at"]), "probability": row["probability"],
        "probabilities": row["probabilities"], "phrase": row["phrase"], "scale": row["scale"],
        "rationale": row["rationale"],
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def resolution_content(row: dict, supersedes_hash) -> str:
    import json

    return json.dumps({
        "kind": "resolution", "question_id": row["question_id"], "outcome": row["outcome"],
        "resolved_at": _moment(row["resolved_at"]), "resolver": row["resolver"],
        "evidence": list(row["evidence"] or []), "note": row["note"], "supersedes": supersedes_hash,
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def link(previous: str, content: str) -> str:
    import hashlib

    return hashlib.sha256(f"{previous}\n{content}".encode("utf-8")).hexdigest()


def _backfill() -> None:
    bind = op.get_bind()
    predictions = [dict(r._mapping) for r in bind.execute(sa.text(
        "SELECT id, question_id, forecaster, made_at, probability, probabilities, phrase, scale, rationale, "
        "recorded_at FROM prediction"))]
    resolutions = [dict(r._mapping) for r in bind.execute(sa.text(
        "SELECT id, question_id, outcome, resolved_at, resolver, evidence, note, supersedes, recorded_at "
        "FROM resolution"))]
    # Raw SQL returns SQLite's naive text timestamps and JSON text: bring them to the API's forms.
    from tracker.store.types import UTCDateTime
    import json

    kind = UTCDateTime()
    for row in predictions + resolutions:
        for key in ("made_at", "resolved_at", "recorded_at"):
            if key in row and row[key] is not None:
                value = row[key]
                if isinstance(value, str):  # SQLite keeps naive UTC text
                    from datetime import datetime

                    value = datetime.fromisoformat(value)
                row[key] = kind.process_result_value(value, bind.dialect)
        for key in ("probabilities", "evidence"):
            if isinstance(row.get(key), str):
                row[key] = json.loads(row[key])
    events = sorted([(r["recorded_at"], 0, r["id"], "prediction", r) for r in predictions]
                    + [(r["recorded_at"], 1, r["id"], "resolution", r) for r in resolutions],
                    key=lambda e: e[:3])
    previous, seq, hashes = GENESIS, 0, {}
    for _, _, record_id, table, row in events:
        content = (prediction_content(row) if table == "prediction"
                   else resolution_content(row, hashes.get(row["supersedes"])))
        seq += 1
        digest = link(previous, content)
        if table == "resolution":
            hashes[record_id] = digest
        bind.execute(sa.text(f"UPDATE {table} SET seq = :seq, prev_hash = :prev, hash = :hash WHERE id = :id"),
                     {"seq": seq, "prev": previous, "hash": digest, "id": record_id})
        previous = digest
    # The head row always exists, even for an empty store: the first writers then queue on its row lock
    # instead of racing to create it.
    bind.execute(sa.text("INSERT INTO chain_head (id, seq, hash) VALUES (1, :seq, :hash)"),
                 {"seq": seq, "hash": previous})


def downgrade() -> None:
    op.drop_table("chain_head")
    _triggers(create=False)
    for table in ("prediction", "resolution"):
        op.drop_index(f"uq_{table}_seq", table)
        for column in ("hash", "prev_hash", "seq"):
            op.drop_column(table, column)
    _triggers(create=True)
