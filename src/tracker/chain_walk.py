"""The chain walk of `tracker verify`: every chained record in seq order, its hash recomputed.

Each prediction, resolution and question version stores its place in the chain (``seq``), the previous
record's hash and its own hash over its canonical content (store.chain); a version's content names the
hash of the question's version before it, so a version removed, replaced or renumbered is found too.
Records are read through the driver's own cursor and serialised by hand (chain.fast_*); any record the
fast string does not match is judged again by the reference serialisers.
"""

from __future__ import annotations

import heapq
from hashlib import sha256
from dataclasses import dataclass

from sqlalchemy import func, select

from tracker.store.chain import (GENESIS, decode_json, fast_prediction, fast_resolution, fast_version, link,
                                 prediction_content, resolution_content, version_content)
from tracker.chain_lookups import _Superseded, _Versions
from tracker.store.tables import ChainHeadRow, PredictionRow, QuestionVersionRow, ResolutionRow

prediction, resolution, version = PredictionRow.__table__, ResolutionRow.__table__, QuestionVersionRow.__table__
TABLES = {"prediction": prediction, "resolution": resolution, "question_version": version}
PREDICTION_COLUMNS = ("seq", "prev_hash", "hash", "question_id", "forecaster", "made_at", "probability",
                      "probabilities", "phrase", "scale", "rationale", "recorded_at", "role")
RESOLUTION_COLUMNS = ("seq", "prev_hash", "hash", "id", "question_id", "outcome", "resolved_at", "resolver",
                      "evidence", "note", "supersedes", "recorded_at", "role")
VERSION_COLUMNS = ("seq", "prev_hash", "hash", "question_id", "version", "description", "author", "role", "reason",
                   "correction", "recorded_at")
COLUMNS = {"prediction": PREDICTION_COLUMNS, "resolution": RESOLUTION_COLUMNS, "question_version": VERSION_COLUMNS}


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
    anchors_checked: int = 0  # anchors of this chain it was checked against (others' are only noted)
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
    if kind == "question_version":
        return f"question version #{row.seq} ({row.question_id} version {row.version})"
    return f"resolution #{row.seq} ({row.question_id} {row.outcome}, {row.resolved_at.isoformat()})"


CHUNK = 5000
MOMENTS = ("made_at", "resolved_at", "recorded_at")


def _raw_chunks(session, table, columns, since: int):
    """Lists of rows of ``table`` after ``since`` in seq order, as the driver returns them: no ORM, no type
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
            yield rows
    finally:
        cursor.close()


def _raw_stream(session, table, columns, since: int):
    for rows in _raw_chunks(session, table, columns, since):
        yield from rows


def _others(session, since: int):
    """(seq, prev_hash, hash, kind, fields, link) of the resolutions and question versions after ``since``, in
    seq order: their fields, for the walk to serialise once it knows the hash of the record they name
    (``link``: the resolution superseded, or (question, version) of the version before). Predictions, most
    of the chain, are walked straight from their rows (walk_chain)."""
    decode = decode_json if session.get_bind().dialect.name == "sqlite" else (lambda value: value)

    def resolutions():
        for seq, prev, own, _, question_id, outcome, resolved_at, resolver, evidence, note, supersedes, recorded_at, \
                role in _raw_stream(session, "resolution", RESOLUTION_COLUMNS, since):
            yield seq, prev, own, "resolution", (question_id, outcome, resolved_at, resolver, decode(evidence),
                                                 note, recorded_at, role), supersedes

    def versions():
        for seq, prev, own, question_id, number, description, author, role, reason, correction, recorded_at in \
                _raw_stream(session, "question_version", VERSION_COLUMNS, since):
            yield seq, prev, own, "question_version", (question_id, number, decode(description), author, role,
                                                       reason, correction, recorded_at), (question_id, number - 1)
    # No key: seq is unique per table; two tables' records sharing a seq (forged) differ in hash or kind first.
    return heapq.merge(resolutions(), versions())


def _typed(session, kind: str, seq: int):
    """The record at ``seq`` read through the column types, as the reference serialisers take it."""
    table = TABLES[kind]
    return session.execute(select(*(table.c[c] for c in COLUMNS[kind])).where(table.c.seq == seq)).one()


def _reference_hash(kind: str, row, previous: str, named: str | None, form: int) -> str:
    if kind == "prediction":
        content = prediction_content(row._mapping, form)
    elif kind == "resolution":
        content = resolution_content(row._mapping, named, form)
    else:
        content = version_content(row._mapping, named)
    return link(previous, content)


def _judged(session, kind: str, seq: int, previous: str, named, form: int, own: str, count: int):
    """The fast string did not match the hash: the reference serialisers are the definition, so the record
    is judged by them (None: it fits after all, and the walk goes on)."""
    row = _typed(session, kind, seq)
    if _reference_hash(kind, row, previous, named, form) != own:
        return ChainReport(count, f"{_describe(kind, row)} was altered: its content no longer matches its hash", seq)
    return None


def _boundary(session) -> int:
    """The seq from which records are form 2: the first question version's (store.chain)."""
    first = session.execute(select(func.min(version.c.seq))).scalar()
    return first if first is not None else 1 << 62


def walk_chain(session, *, start: tuple[int, str] = (0, GENESIS), meanwhile=None) -> ChainReport:
    """Walk the records after ``start`` (seq, hash of that record) in chain order; report the first one
    that does not fit (the predictions hashed by workers when the chain is large: chain_walk_parallel).
    ``meanwhile()`` is called once they are forked (a thread's lock held at the fork would hang them)."""
    from tracker.chain_walk_parallel import Suspects, workers

    records, stray = _stray(session, start)
    if stray:
        if meanwhile:
            meanwhile()
        return stray
    low, high, predictions = session.execute(select(func.min(prediction.c.seq) - 1, func.max(prediction.c.seq),
                                                    func.count()).where(prediction.c.seq > start[0])).one()
    url = session.get_bind().url
    in_memory = url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")
    parts = workers(predictions) if predictions and not in_memory else 0
    suspects = None
    try:
        if parts:  # started before the walk's own reads, for the hashing and the walk to overlap
            suspects = Suspects(session, parts, low, high, _boundary(session))
        if meanwhile:
            meanwhile()
        report = _walk(session, start, records, suspects)
        if suspects is None:
            return report
        # The workers' suspects below the first problem the walk found come first: they were reached before it.
        limit = report.seq if report.problem and report.seq is not None else high + 1
        boundary = _boundary(session)
        for seq in suspects.before(limit):
            row = _typed(session, "prediction", seq)
            if problem := _judged(session, "prediction", seq, row.prev_hash, None, 2 if seq >= boundary else 1,
                                  row.hash, report.records):
                return problem
        return report
    finally:
        if suspects is not None:
            suspects.close()


def _stray(session, start: tuple[int, str]) -> tuple[int, ChainReport | None]:
    """(records after ``start``, a record with no place in the chain: found before any walk)."""
    count = sum(session.execute(select(func.count()).select_from(t).where(t.c.seq > start[0])).scalar_one()
                for t in TABLES.values())
    for kind, table in TABLES.items():
        stray = session.execute(select(table.c.question_id).where(table.c.seq.is_(None)).limit(1)).first()
        if stray is not None:
            count += session.execute(select(func.count()).select_from(table)
                                     .where(table.c.seq.is_(None))).scalar_one()
            return count, ChainReport(count, f"a {kind} on {stray.question_id} was inserted outside tracker "
                                             "(it has no place in the chain)")
    return count, None


def _walk(session, start: tuple[int, str], count: int, suspects) -> ChainReport:
    head = session.execute(select(ChainHeadRow.seq, ChainHeadRow.hash)).first()
    # A correction's content names the hash of the resolution it supersedes, as stored.
    hashes = (dict(session.execute(select(resolution.c.id, resolution.c.hash)).all()) if start[0] == 0
              else _Superseded(session))
    # Each question's versions, as the walk meets them: a version's content names the one before it.
    versions = _Versions(session, start[0])
    boundary = _boundary(session)
    decode = decode_json if session.get_bind().dialect.name == "sqlite" else (lambda value: value)
    previous, expected = start[1], start[0] + 1

    def follow(seq, prev_hash, own, kind, content, named) -> ChainReport | None:
        """Check one resolution or version against the chain so far (the predictions' loop inlines this)."""
        nonlocal previous, expected
        if seq != expected:
            return ChainReport(count, f"record #{expected} was removed (the chain jumps from "
                                      f"#{expected - 1} to #{seq})", expected)
        if prev_hash != previous:
            return ChainReport(count, f"{_describe(kind, _typed(session, kind, seq))} does not follow "
                                      f"#{expected - 1}: a record was inserted or moved out of order", seq)
        form = 2 if seq >= boundary else 1
        if kind == "resolution":
            named = hashes.get(named)
            content = fast_resolution(*content[:6], named, *content[6:], form)
        else:
            question_id, number = named
            named = versions.get(named) if number else None
            if number and named is None:
                return ChainReport(count, f"{_describe(kind, _typed(session, kind, seq))} follows no version "
                                          f"{number} of {question_id}: a version was removed or renumbered", seq)
            content = fast_version(content[0], content[1], named, *content[2:])
            versions[(question_id, number + 1)] = own
        if link(previous, content) != own and (problem := _judged(session, kind, seq, previous, named, form, own,
                                                                  count)):
            return problem
        previous, expected = own, expected + 1
        return None

    others = _others(session, start[0])
    pending = next(others, None)
    if suspects is not None:
        # The workers hash the predictions (chain_walk_parallel); this loop checks how they link.
        for rows in _raw_chunks(session, "prediction", ("seq", "prev_hash", "hash"), start[0]):
            for seq, prev_hash, own in rows:
                while pending is not None and pending[0] < seq:
                    if problem := follow(*pending):
                        return problem
                    pending = next(others, None)
                if seq != expected:
                    return ChainReport(count, f"record #{expected} was removed (the chain jumps from "
                                              f"#{expected - 1} to #{seq})", expected)
                if prev_hash != previous:
                    return ChainReport(count, f"{_describe('prediction', _typed(session, 'prediction', seq))} does "
                                              f"not follow #{expected - 1}: a record was inserted or moved out of "
                                              "order", seq)
                previous, expected = own, expected + 1
    # One loop over the prediction rows, the others slotted in by seq: a generic merge of a million tuples
    # cost the walk a third of its time.
    for rows in () if suspects is not None else _raw_chunks(session, "prediction", PREDICTION_COLUMNS, start[0]):
        for seq, prev_hash, own, question_id, forecaster, made_at, p, ps, phrase, scale, rationale, recorded_at, \
                role in rows:
            while pending is not None and pending[0] < seq:
                if problem := follow(*pending):
                    return problem
                pending = next(others, None)
            if seq != expected:
                return ChainReport(count, f"record #{expected} was removed (the chain jumps from "
                                          f"#{expected - 1} to #{seq})", expected)
            if prev_hash != previous:
                return ChainReport(count, f"{_describe('prediction', _typed(session, 'prediction', seq))} does not "
                                          f"follow #{expected - 1}: a record was inserted or moved out of order", seq)
            form = 2 if seq >= boundary else 1
            content = fast_prediction(question_id, forecaster, made_at, p, decode(ps), phrase, scale, rationale,
                                      recorded_at, role, form)
            if sha256(f"{previous}\n{content}".encode("utf-8")).hexdigest() != own and (  # chain.link, inlined
                    problem := _judged(session, "prediction", seq, previous, None, form, own, count)):
                return problem
            previous, expected = own, expected + 1
    while pending is not None:
        if problem := follow(*pending):
            return problem
        pending = next(others, None)
    if head is None:
        return ChainReport(count, "the chain's head record is missing")
    if (head.seq, head.hash) != (expected - 1, previous):
        return ChainReport(count, f"the chain ends at #{expected - 1} but its head says #{head.seq}: "
                                  "records were removed from the end", expected)
    return ChainReport(count, head=(expected - 1, previous))


def _record_at(session, seq: int):
    """(prev_hash, hash) of the record at ``seq``, or None."""
    for table in TABLES.values():
        row = session.execute(select(table.c.prev_hash, table.c.hash).where(table.c.seq == seq)).first()
        if row is not None:
            return row
    return None
