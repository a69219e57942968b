"""`tracker verify`: recompute the tamper-evident chain and name the first record that does not fit;
then check what is derived from it and the triggers that guard both.

Each prediction and resolution stores its place in the chain (``seq``), the previous record's hash
and its own hash over its canonical content (store.chain). A record edited behind tracker's back no
longer matches its hash; a removed one leaves a gap in ``seq`` (or the chain ends short of its head);
one inserted or moved breaks the link to its predecessor. The tables scoring reads (question status
and outcome, standing forecasts, score cells, relative Brier) are recomputed from the records and
compared (store.derived_check); the database's triggers are compared with those tracker installed
(store.guards).
"""

from __future__ import annotations

import heapq
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import func, select

from tracker.store import Store
from tracker.store.chain import (GENESIS, decode_json, fast_prediction, fast_resolution, link,
                                 prediction_content, resolution_content)
from tracker.store.tables import ChainHeadRow, PredictionRow, ResolutionRow

prediction, resolution = PredictionRow.__table__, ResolutionRow.__table__
PREDICTION_COLUMNS = ("seq", "prev_hash", "hash", "question_id", "forecaster", "made_at", "probability",
                      "probabilities", "phrase", "scale", "rationale")
RESOLUTION_COLUMNS = ("seq", "prev_hash", "hash", "id", "question_id", "outcome", "resolved_at", "resolver",
                      "evidence", "note", "supersedes")


@dataclass(frozen=True)
class ChainReport:
    """What `verify` found: how many records it checked, the first problem in the chain (None when
    intact), and the trigger and derived-table differences (empty when none, or not checked)."""

    records: int
    problem: str | None = None
    seq: int | None = None
    triggers: tuple[str, ...] = ()
    derived: tuple[str, ...] = ()
    head: tuple[int, str] | None = None  # (seq, hash) of the last record the walk checked
    anchors: tuple[str, ...] = ()  # anchors the chain no longer extends
    notes: tuple[str, ...] = ()  # what was not checked, or anchors of another chain
    since: int | None = None  # the walk started after this seq (--since-anchor)

    @property
    def chain_intact(self) -> bool:
        return self.problem is None

    @property
    def intact(self) -> bool:
        return self.problem is None and not self.triggers and not self.derived and not self.anchors


def _describe(kind: str, row) -> str:
    if kind == "prediction":
        return f"prediction #{row.seq} ({row.forecaster} on {row.question_id}, made {row.made_at.isoformat()})"
    return f"resolution #{row.seq} ({row.question_id} {row.outcome}, {row.resolved_at.isoformat()})"


CHUNK = 5000
MOMENTS = ("made_at", "resolved_at")


def _raw_stream(session, table, columns, since: int):
    """Rows of ``table`` after ``since`` in seq order, as the driver returns them: no ORM, no type
    processing (the walk reads every record; on PostgreSQL a server-side cursor, fetched in chunks)."""
    connection = session.connection().connection.dbapi_connection
    postgresql = session.get_bind().dialect.name == "postgresql"
    # PostgreSQL writes the timestamps as SQLite stores them, which the walk slices instead of converting.
    names = [f"to_char({c} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')" if postgresql and c in MOMENTS else c
             for c in columns]
    sql = f"SELECT {', '.join(names)} FROM {table} WHERE seq > {int(since)} ORDER BY seq"
    if postgresql:
        cursor = connection.cursor(name=f"tracker_verify_{table}")
        cursor.itersize = CHUNK
    else:
        cursor = connection.cursor()
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(CHUNK):
            yield from rows
    finally:
        cursor.close()


def _records(session, since: int):
    """(seq, prev_hash, hash, kind, content, supersedes) after ``since``, in chain order, streamed: a
    prediction's content is its canonical JSON; a resolution's is its fields, for the walk to serialise
    once it knows the hash of the resolution it supersedes."""
    decode = decode_json if session.get_bind().dialect.name == "sqlite" else (lambda value: value)

    def predictions():
        for seq, prev, own, question_id, forecaster, made_at, p, ps, phrase, scale, rationale in _raw_stream(
                session, "prediction", PREDICTION_COLUMNS, since):
            yield seq, prev, own, "prediction", fast_prediction(question_id, forecaster, made_at, p, decode(ps),
                                                                phrase, scale, rationale), None

    def resolutions():
        for seq, prev, own, _, question_id, outcome, resolved_at, resolver, evidence, note, supersedes in \
                _raw_stream(session, "resolution", RESOLUTION_COLUMNS, since):
            yield seq, prev, own, "resolution", (question_id, outcome, resolved_at, resolver, decode(evidence),
                                                 note), supersedes
    return heapq.merge(predictions(), resolutions(), key=lambda record: record[0])


def _typed(session, kind: str, seq: int):
    """The record at ``seq`` read through the column types, as the reference serialisers take it."""
    table, columns = ((prediction, PREDICTION_COLUMNS) if kind == "prediction" else (resolution, RESOLUTION_COLUMNS))
    return session.execute(select(*(table.c[c] for c in columns)).where(table.c.seq == seq)).one()


def _reference_hash(kind: str, row, previous: str, hashes) -> str:
    content = (prediction_content(row._mapping) if kind == "prediction"
               else resolution_content(row._mapping, hashes.get(row.supersedes)))
    return link(previous, content)


def walk_chain(session, *, start: tuple[int, str] = (0, GENESIS)) -> ChainReport:
    """Walk the records after ``start`` (seq, hash of that record) in chain order; report the first one
    that does not fit."""
    count = sum(session.execute(select(func.count()).select_from(t).where(t.c.seq > start[0])).scalar_one()
                for t in (prediction, resolution))
    for table, kind in ((prediction, "prediction"), (resolution, "resolution")):
        stray = session.execute(select(table.c.question_id).where(table.c.seq.is_(None)).limit(1)).first()
        if stray is not None:
            count += session.execute(select(func.count()).select_from(table)
                                     .where(table.c.seq.is_(None))).scalar_one()
            return ChainReport(count, f"a {kind} on {stray.question_id} was inserted outside tracker "
                                      "(it has no place in the chain)")
    head = session.execute(select(ChainHeadRow.seq, ChainHeadRow.hash)).first()
    # A correction's content names the hash of the resolution it supersedes, as stored.
    hashes = (dict(session.execute(select(resolution.c.id, resolution.c.hash)).all()) if start[0] == 0
              else _Superseded(session))
    previous, expected = start[1], start[0] + 1
    for seq, prev_hash, own, kind, content, supersedes in _records(session, start[0]):
        if seq != expected:
            return ChainReport(count, f"record #{expected} was removed (the chain jumps from "
                                      f"#{expected - 1} to #{seq})", expected)
        if prev_hash != previous:
            return ChainReport(count, f"{_describe(kind, _typed(session, kind, seq))} does not follow "
                                      f"#{expected - 1}: a record was inserted or moved out of order", seq)
        if kind == "resolution":
            content = fast_resolution(*content, hashes.get(supersedes))
        # The reference serialisers are the definition: a record the fast one does not match is judged by them.
        if link(previous, content) != own:
            row = _typed(session, kind, seq)
            if _reference_hash(kind, row, previous, hashes) != own:
                return ChainReport(count, f"{_describe(kind, row)} was altered: its content no longer "
                                          "matches its hash", seq)
        previous, expected = own, expected + 1
    if head is None:
        return ChainReport(count, "the chain's head record is missing")
    if (head.seq, head.hash) != (expected - 1, previous):
        return ChainReport(count, f"the chain ends at #{expected - 1} but its head says #{head.seq}: "
                                  "records were removed from the end", expected)
    return ChainReport(count, head=(expected - 1, previous))


class _Superseded(dict):
    """Hashes of superseded resolutions, read when a walk that started late meets a correction."""

    def __init__(self, session):
        super().__init__()
        self.session = session

    def get(self, key, default=None):
        if key is None:
            return default
        if key not in self:
            self[key] = self.session.execute(select(resolution.c.hash).where(resolution.c.id == key)).scalar()
        return self[key]


def _record_at(session, seq: int):
    """(prev_hash, hash) of the record at ``seq``, or None."""
    for table in (prediction, resolution):
        row = session.execute(select(table.c.prev_hash, table.c.hash).where(table.c.seq == seq)).first()
        if row is not None:
            return row
    return None


def check_anchors(session, anchors) -> tuple[list[str], list[str]]:
    """(problems, notes): each anchor whose record is gone or differs; anchors of another chain."""
    problems, notes = [], []
    first = _record_at(session, 1)
    head = session.execute(select(ChainHeadRow.seq)).scalar() or 0
    for anchor in anchors:
        if anchor.first and first is not None and anchor.first != first.hash:
            notes.append(f"{anchor.source} belongs to another chain (its first record is {anchor.first[:12]}…, "
                         f"this chain's is {first.hash[:12]}…): not checked")
            continue
        record = _record_at(session, anchor.seq)
        if record is None:
            problems.append(f"{anchor.source} says #{anchor.seq} is {anchor.hash[:12]}…, but the chain ends at "
                            f"#{min(head, anchor.seq - 1)}: records were removed")
        elif record.hash != anchor.hash:
            problems.append(f"{anchor.source} says #{anchor.seq} is {anchor.hash[:12]}…, but #{anchor.seq} is now "
                            f"{record.hash[:12]}…: the chain was rewritten before this anchor")
    return problems, notes


def verify_chain(store: Store, *, derived: bool = True, anchors=(), since=None) -> ChainReport:
    """The chain walked from its first record (or from the anchor ``since``), checked against
    ``anchors``, then (with ``derived``, and not ``since``) triggers and derived tables."""
    from dataclasses import replace

    from tracker.store.guards import problems

    with store.read() as session:
        if store.dialect == "postgresql":  # the walk sees one snapshot, whatever is written meanwhile
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        bad, notes = check_anchors(session, anchors)
        if since is not None:
            broken = [line for lines in check_anchors(session, [since]) for line in lines]
            record = _record_at(session, since.seq)
            if broken or record is None:
                return ChainReport(0, broken[0] if broken else f"{since.source}: no record #{since.seq}", since.seq,
                                   anchors=tuple(bad), notes=tuple(notes), since=since.seq)
            # The anchored record itself is checked too: the walk starts from the hash it follows.
            report = walk_chain(session, start=(since.seq - 1, record.prev_hash))
            skipped = f"records up to #{since.seq - 1} and " if since.seq > 1 else ""
            report = replace(report, since=since.seq, triggers=tuple(problems(session.connection())),
                             notes=(*notes, f"{skipped}the derived tables were not checked (tracker verify "
                                            "without --since-anchor checks them)"))
        elif not derived:
            return replace(walk_chain(session), anchors=tuple(bad), notes=tuple(notes))
        else:
            # The derived tables are checked meanwhile, on a connection and snapshot of their own: the walk
            # is Python, the checks mostly the database's own work (the driver lets go of the GIL meanwhile).
            # Each snapshot is consistent, and every tracker write keeps both in step, so they need not be one.
            pool = ThreadPoolExecutor(1) if _apart(store) else None
            try:
                checked = pool.submit(_derived_differences, store) if pool else None
                report = replace(walk_chain(session), anchors=tuple(bad), notes=tuple(notes))
                triggers = tuple(problems(session.connection()))
                found = checked.result() if checked else _derived_differences(session)
            finally:
                if pool:
                    pool.shutdown()
            return replace(report, triggers=triggers, derived=found)
        return report


def _apart(store: Store) -> bool:
    """Whether a second connection sees the same database (not so for an in-memory SQLite one)."""
    url = store.engine.url
    return url.get_backend_name() != "sqlite" or url.database not in (None, "", ":memory:")


def _derived_differences(source) -> tuple[str, ...]:
    from tracker.store.derived_check import differences

    if not isinstance(source, Store):
        return tuple(differences(source).named())
    with source.read() as session:
        if source.dialect == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return tuple(differences(session).named())


def repair_derived(store: Store) -> list[str]:
    """Rebuild the derived tables from the chain (refused while the chain itself is broken: rebuilding
    from forged records would launder them). One line per table repaired."""
    from tracker.errors import TrackerError
    from tracker.store.derived_check import repair

    report = verify_chain(store, derived=False)
    if not report.chain_intact:
        raise TrackerError(f"the chain is broken ({report.problem}): the derived tables are not rebuilt "
                           "from it; restore the database from a backup or an export")
    with store.write() as session:
        return repair(session)


def anchor_head(store: Store, anchors=()):
    """The chain's head as an Anchor, after checking the whole chain and ``anchors`` (a broken chain is
    never anchored)."""
    from tracker.anchors import Anchor, now_text
    from tracker.errors import TrackerError

    report = verify_chain(store, derived=False, anchors=anchors)
    if not report.chain_intact or report.anchors:
        raise TrackerError(f"the chain is broken ({report.problem or report.anchors[0]}): it is not anchored")
    if not report.head or report.head[0] == 0:
        raise TrackerError("nothing is recorded yet: there is no chain to anchor")
    with store.read() as session:
        first = _record_at(session, 1)
    return Anchor(report.head[0], report.head[1], first.hash, now_text())
