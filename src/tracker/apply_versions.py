"""`tracker apply` and question versions: what versions a question entry adds, and replaying an export.

Per question entry, with the store's versions s1..sm and the file's numbered revisions f1..fn:
- a new question (m = 0) gets version 1 from the file, or versions 1..n rebuilt from its revisions;
- a file exported at an older version (0 < n < m) that would change the question is refused: applying it
  would silently revert what versions n+1..m changed;
- a file ahead of the store (n > m, same history) adds versions m+1..n;
- otherwise a description that differs from s_m is version m+1, under tracker.rules (a pending revision,
  the last entry of ``revisions:`` without ``version``, gives its by, reason and correction).

Replaying: when the store is empty, or its head is a record of the files, records carrying the ``seq`` they
get keep the file's ``recorded_at`` and ``role``, so that the chain is rebuilt hash for hash; afterwards every
such record must carry the file's hash (an edited export is refused, naming the record).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from tracker import rules
from tracker.errors import LedgerError
from tracker.ledger_revisions import descriptions
from tracker.question_versions import description_of


@dataclass
class VersionEvent:
    """A version `apply` will chain."""

    question_id: str
    description: dict
    file: str
    line: int
    author: str | None = None
    reason: str | None = None
    correction: bool = False
    seq: int | None = None
    hash: str | None = None
    recorded_at: datetime | None = None
    role: str | None = None
    new: bool = False  # the question's row is inserted by this apply, already holding its latest description

    def values(self, recorded_at: datetime) -> dict:
        return {"question_id": self.question_id, "description": self.description, "author": self.author,
                "reason": self.reason, "correction": self.correction, "recorded_at": recorded_at}


def _from_revision(question_id: str, description: dict, revision, file: str) -> VersionEvent:
    return VersionEvent(question_id, description, file, revision.line, revision.by, revision.reason,
                        revision.correction, revision.seq, revision.hash, revision.recorded_at, revision.role)


def plan(entry, old, stored: list, errors: list[LedgerError]) -> list[VersionEvent]:
    """The versions ``entry`` (a ledger QuestionEntry) adds to a question whose recorded versions are
    ``stored`` (``old``: the recorded question, None when new); problems go to ``errors``."""
    question, file = entry.question, entry.file
    numbered = [r for r in entry.revisions if r.version is not None]
    pending = entry.revisions[-1] if entry.revisions and entry.revisions[-1].version is None else None
    wanted = description_of(question)
    m, n = len(stored), len(numbered)
    id_line = entry.raw.lines.get("id", entry.line)
    if n > m:
        if m and numbered[m - 1].hash and numbered[m - 1].hash != stored[-1].hash:
            errors.append(LedgerError(file, numbered[m - 1].line, "revisions",
                                      f"{question.id} has a different history in this store (its version {m} "
                                      f"is #{stored[-1].seq} {stored[-1].hash[:12]}…, not this one)"))
            return []
        rebuilt = descriptions(file, wanted, entry.revisions, errors)
        events = [_from_revision(question.id, rebuilt[k], numbered[k], file) for k in range(m, n)] if rebuilt else []
        for event in events:
            event.new = m == 0
        return events
    if m == 0:
        by = pending.by if pending else None
        return [VersionEvent(question.id, wanted, file, entry.line, by, pending.reason if pending else None,
                             new=True)]
    latest = stored[-1]
    if wanted == latest.description:
        return []
    if 0 < n < m:
        newer = stored[n]
        who = f", by {newer.by}" if newer.by else ""
        why = f": {newer.reason}" if newer.reason else ""
        errors.append(LedgerError(file, id_line, "revisions",
                                  f"{question.id} was exported at version {n}; the store holds version {m} (version "
                                  f"{n + 1} is #{newer.seq}, {newer.recorded_at.isoformat()}{who}{why}): re-applying "
                                  "an older file would revert it; export again and edit that"))
        return []
    if n == 0 and pending is None and (reverted := _reverts(wanted, stored)):
        name, earlier, changer = reverted
        who = f", by {changer.by}" if changer.by else ""
        why = f": {changer.reason}" if changer.reason else ""
        errors.append(LedgerError(file, entry.raw.lines.get(name, entry.line), name,
                                  f"matches version {earlier.version} of {question.id}; version {changer.version} "
                                  f"(#{changer.seq}, {changer.recorded_at.isoformat()}{who}{why}) changed it: an "
                                  "older file would silently revert it (to mean it, add a pending revision "
                                  "`- {reason: ...}` at the end of the question's `revisions:`)"))
        return []
    new = question.model_copy(update={"status": old.status})
    resolved = old.status != "open"
    correction, reason = (pending.correction, pending.reason) if pending else (False, None)
    if problem := rules.revision_problem(old, new, resolved=resolved, correction=correction, reason=reason):
        errors.append(LedgerError(file, entry.raw.lines.get(problem.field, entry.line), problem.field,
                                  rules.shown(problem, "file")))
        return []
    needed = bool(rules.needs_correction(old, new, resolved=resolved))
    return [VersionEvent(question.id, wanted, file, pending.line if pending else entry.line,
                         pending.by if pending else None, reason, needed)]


def _reverts(wanted: dict, stored: list):
    """(field, earlier version, version that changed it) for the first field whose wanted value is what an
    earlier version held before a later one changed it: a file written before that change."""
    latest = stored[-1].description
    for name, value in wanted.items():
        if value == latest.get(name):
            continue
        for k in range(len(stored) - 2, -1, -1):
            if stored[k].description.get(name) == value:
                changer = next(v for v in stored[k + 1:] if v.description.get(name) != value)
                return name, stored[k], changer
    return None


class Replay:
    """Whether this apply rebuilds the files' chain, and the records it must then reproduce."""

    def __init__(self, session, expected: dict[int, tuple[str, str, int]]):
        from tracker.store.tables import ChainHeadRow

        self.expected = expected  # seq: (hash, file, line)
        head = session.execute(select(ChainHeadRow.seq, ChainHeadRow.hash)).first()
        self.start = head.seq if head else 0
        self.on = bool(expected) and (self.start == 0 or expected.get(self.start, (None,))[0] == (head and head.hash))

    def stamp(self, seq: int | None, recorded_at: datetime | None, now: datetime) -> datetime:
        return recorded_at if self.on and seq is not None and recorded_at is not None else now

    @contextmanager
    def role(self, session, seq: int | None, role: str | None, stamped: bool):
        """Write the file's role on a replayed record (its hash holds it)."""
        from tracker.store.chain import REPLAY_ROLE

        if not (self.on and seq is not None and stamped):
            yield
            return
        session.info[REPLAY_ROLE] = role
        try:
            yield
        finally:
            session.info.pop(REPLAY_ROLE, None)

    def check(self, session, errors: list[LedgerError], chains=()) -> None:
        """Each replayed record must carry the file's hash; the files' ``chain:`` head must be this one."""
        if not self.on:
            return
        from tracker.store.tables import ChainHeadRow, PredictionRow, QuestionVersionRow, ResolutionRow

        seqs = [seq for seq in self.expected if seq > self.start]
        stored: dict[int, str] = {}
        for table in (PredictionRow.__table__, ResolutionRow.__table__, QuestionVersionRow.__table__):
            for start in range(0, len(seqs), 500):
                stored.update(session.execute(select(table.c.seq, table.c.hash)
                                              .where(table.c.seq.in_(seqs[start:start + 500]))).all())
        for seq in sorted(seqs):
            digest, file, line = self.expected[seq]
            if digest and stored.get(seq) != digest:
                errors.append(LedgerError(file, line, "hash", f"#{seq} does not match its content (edited after "
                                                              "export? remove seq and hash to record it as new)"))
                return
        head = session.execute(select(ChainHeadRow.seq, ChainHeadRow.hash)).first()
        for chain, file, line in chains:
            if head and chain["seq"] == head.seq and chain["hash"] != head.hash:
                errors.append(LedgerError(file, line, "chain", f"names #{chain['seq']} {chain['hash'][:12]}…, "
                                                               f"but the chain rebuilt ends with {head.hash[:12]}…"))
