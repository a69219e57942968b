"""`tracker verify`: recompute the tamper-evident chain and name the first record that does not fit.

Each prediction and resolution stores its place in the chain (``seq``), the previous record's hash
and its own hash over its canonical content (store.chain). A record edited behind tracker's back no
longer matches its hash; a removed one leaves a gap in ``seq`` (or the chain ends short of its head);
one inserted or moved breaks the link to its predecessor.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from tracker.store import Store
from tracker.store.chain import GENESIS, link, prediction_content, resolution_content
from tracker.store.tables import ChainHeadRow, PredictionRow, ResolutionRow


@dataclass(frozen=True)
class ChainReport:
    """What `verify` found: how many records it checked, and the first problem (None when intact)."""

    records: int
    problem: str | None = None
    seq: int | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None


def _describe(kind: str, row) -> str:
    if kind == "prediction":
        return f"prediction #{row.seq} ({row.forecaster} on {row.question_id}, made {row.made_at.isoformat()})"
    return f"resolution #{row.seq} ({row.question_id} {row.outcome}, {row.resolved_at.isoformat()})"


def verify_chain(store: Store) -> ChainReport:
    """Walk every prediction and resolution in chain order; report the first one that does not fit."""
    prediction, resolution = PredictionRow.__table__, ResolutionRow.__table__
    with store.read() as session:
        records = [("prediction", r) for r in session.execute(select(prediction))]
        records += [("resolution", r) for r in session.execute(select(resolution))]
        head = session.execute(select(ChainHeadRow.seq, ChainHeadRow.hash)).first()
    unchained = [(k, r) for k, r in records if r.seq is None]
    if unchained:
        kind, row = unchained[0]
        return ChainReport(len(records), f"a {kind} on {row.question_id} was inserted outside tracker "
                                         "(it has no place in the chain)")
    records.sort(key=lambda record: record[1].seq)
    hashes = {row.id: row.hash for kind, row in records if kind == "resolution"}
    previous, expected = GENESIS, 1
    for kind, row in records:
        if row.seq != expected:
            return ChainReport(len(records), f"record #{expected} was removed (the chain jumps from "
                                             f"#{expected - 1} to #{row.seq})", expected)
        if row.prev_hash != previous:
            return ChainReport(len(records), f"{_describe(kind, row)} does not follow #{expected - 1}: "
                                             "a record was inserted or moved out of order", row.seq)
        content = (prediction_content(row._mapping) if kind == "prediction"
                   else resolution_content(row._mapping, hashes.get(row.supersedes)))
        if link(previous, content) != row.hash:
            return ChainReport(len(records), f"{_describe(kind, row)} was altered: its content no longer "
                                             "matches its hash", row.seq)
        previous, expected = row.hash, expected + 1
    if head is not None and (head.seq, head.hash) != (expected - 1, previous):
        return ChainReport(len(records), f"the chain ends at #{expected - 1} but its head says #{head.seq}: "
                                         "records were removed from the end", expected)
    if head is None:
        return ChainReport(len(records), "the chain's head record is missing")
    return ChainReport(len(records))
