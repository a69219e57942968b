"""The predictions' hashes of `tracker verify`'s walk, recomputed by worker processes.

Hashing a million predictions (canonical JSON and SHA-256, per record in Python) is most of the walk. Each
prediction stores the hash it follows (``prev_hash``), so its own hash can be recomputed from its row alone:
workers do that for a range of seq each and send back the seqs whose fast string does not match
("suspects"), while the walk (chain_walk.walk_chain) checks, in seq order, what needs the chain so far:
that no seq is missing and that every ``prev_hash`` is the hash of the record before. Where the walk has
checked that link, the worker's hash is the walk's own, so the first problem named is the sequential walk's:
a suspect is judged by the reference serialisers when the walk reaches it, before any later problem.

The workers are forked (Linux) and read the database on connections of their own: on PostgreSQL in the
walk's snapshot (pg_export_snapshot); on SQLite the rows of their ranges, which tracker only ever appends
after. Two workers on a machine with two cores or more and a large chain; the environment variable
TRACKER_VERIFY_WORKERS (0 = in-process, or a number of workers) overrides that, whatever the chain's size.
A worker that cannot be started or fails has its range hashed in-process.
"""

from __future__ import annotations

import os
import re
import sys
from hashlib import sha256

from tracker.store.chain import decode_json, fast_prediction

#: Predictions from which the walk is worth splitting (forking and a second read of the rows cost ~0.1 s).
PARALLEL_FROM = 200_000
COLUMNS = ("seq", "prev_hash", "hash", "question_id", "forecaster", "made_at", "probability", "probabilities",
           "phrase", "scale", "rationale", "recorded_at", "role")
_SNAPSHOT = re.compile(r"^[0-9A-Fa-f-]+$")


def workers(predictions: int) -> int:
    """How many workers hash ``predictions`` predictions (0: the walk hashes them itself)."""
    from tracker.errors import TrackerError

    setting = os.environ.get("TRACKER_VERIFY_WORKERS", "").strip()
    if setting:
        if not setting.isdigit() or int(setting) > 32:
            raise TrackerError(f"TRACKER_VERIFY_WORKERS={setting!r}: give 0 (walk in-process) or a number of "
                               "workers up to 32")
        return int(setting)
    if predictions < PARALLEL_FROM or (os.cpu_count() or 1) < 2 or sys.platform != "linux":
        return 0
    return 2


def suspects(source: tuple, low: int, high: int, boundary: int) -> list[int]:
    """Seqs of the predictions in (low, high] whose stored hash is not that of their stored ``prev_hash``
    and fast string (form 2 from ``boundary`` on). ``source``: ("sqlite", path) or ("postgresql",
    conninfo, snapshot)."""
    if source[0] == "sqlite":
        import sqlite3

        connection = sqlite3.connect(f"file:{source[1]}?mode=ro", uri=True)
        names, decode = COLUMNS, decode_json
    else:
        import psycopg

        connection = psycopg.connect(source[1])
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        if source[2]:  # validated: SET cannot take a bound parameter
            connection.execute(f"SET TRANSACTION SNAPSHOT '{source[2]}'")
        names = [f"to_char({c} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')" if c in ("made_at", "recorded_at")
                 else c for c in COLUMNS]
        decode = None
    found = []
    try:
        cursor = connection.cursor() if source[0] == "sqlite" else connection.cursor(name="tracker_verify_part")
        cursor.execute(f"SELECT {', '.join(names)} FROM prediction WHERE seq > {int(low)} AND seq <= {int(high)} "
                       "ORDER BY seq")
        while rows := cursor.fetchmany(5000):
            for seq, prev_hash, own, question_id, forecaster, made_at, p, ps, phrase, scale, rationale, \
                    recorded_at, role in rows:
                content = fast_prediction(question_id, forecaster, made_at, p, decode(ps) if decode else ps, phrase,
                                          scale, rationale, recorded_at, role, 2 if seq >= boundary else 1)
                if sha256(f"{prev_hash}\n{content}".encode("utf-8")).hexdigest() != own:
                    found.append(seq)
        cursor.close()
    finally:
        connection.close()
    return found


def _serve(connection, source, low, high, boundary) -> None:
    try:
        connection.send(("ok", suspects(source, low, high, boundary)))
    except BaseException as exc:  # noqa: BLE001 - the walk hashes this range itself instead
        connection.send(("failed", repr(exc)))
    connection.close()


class Suspects:
    """The workers hashing the predictions of a walk; ``before(seq)``: the suspects below ``seq``, in order."""

    def __init__(self, session, count: int, low: int, high: int, boundary: int):
        self.source = _source(session)
        self.boundary = boundary
        self.ranges = _ranges(low, high, count)
        self.jobs = [self._start(part) for part in self.ranges]
        self.found: list[int] | None = None

    def _start(self, part):
        import multiprocessing

        try:
            context = multiprocessing.get_context("fork")
            mine, theirs = context.Pipe(duplex=False)
            process = context.Process(target=_serve, args=(theirs, self.source, *part, self.boundary), daemon=True,
                                      name="tracker-verify")
            process.start()
        except (OSError, RuntimeError, ValueError):
            return None
        theirs.close()
        return process, mine

    def before(self, seq: int) -> list[int]:
        if self.found is None:
            self.found = []
            for part, job in zip(self.ranges, self.jobs):
                self.found += self._collect(part, job)
        return [s for s in self.found if s < seq]

    def _collect(self, part, job) -> list[int]:
        if job is not None:
            process, connection = job
            try:
                status, value = connection.recv()
            except (EOFError, OSError):
                status, value = "failed", None
            connection.close()
            process.join()
            if status == "ok":
                return value
        return suspects(self.source, *part, self.boundary)

    def close(self) -> None:
        """Stop workers still running (the walk ended early on a problem it needs no hashes for)."""
        if self.found is None:
            for job in self.jobs:
                if job is not None:
                    job[0].kill()
                    job[0].join()
                    job[1].close()
            self.found = []


def _ranges(low: int, high: int, count: int) -> list[tuple[int, int]]:
    step = -(-(high - low) // count)
    return [(start, min(start + step, high)) for start in range(low, high, step)] if high > low else []


def _source(session) -> tuple:
    from sqlalchemy import text

    url = session.get_bind().url
    if url.get_backend_name() == "sqlite":
        return ("sqlite", url.database)
    snapshot = session.execute(text("SELECT pg_export_snapshot()")).scalar()
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return ("postgresql", conninfo, snapshot if snapshot and _SNAPSHOT.match(snapshot) else None)
