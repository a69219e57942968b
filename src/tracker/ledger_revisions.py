"""A question's ``revisions:`` in a ledger file, and the store-set stamps of exported records.

`tracker export` writes, under each question, its versions oldest first: version, seq, hash, recorded_at,
by, role, reason, correction, and for each version after the first what it changed (``changes: {field:
{from: ..., to: ...}}``); the question's own fields are its latest version. Earlier descriptions are
rebuilt backwards from there. A trailing entry without ``version`` is a *pending* revision: the by,
reason and correction of the change the file makes to the question (docs/ledger-format.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from tracker.dates import parse_timestamp
from tracker.errors import LedgerError
from tracker.ledger_yaml import BoolText, LineDict, LineList
from tracker.question_versions import DESCRIPTION_FIELDS

REVISION_FIELDS = ("version", "seq", "hash", "recorded_at", "by", "role", "reason", "correction", "changes")
#: Fields `export` writes on predictions and resolutions that the store set, not the forecaster.
STAMP_FIELDS = ("recorded_at", "role")


@dataclass
class RevisionEntry:
    """One entry of a question's ``revisions:`` (``version`` None: the pending change)."""

    line: int
    version: int | None = None
    seq: int | None = None
    hash: str | None = None
    recorded_at: datetime | None = None
    by: str | None = None
    role: str | None = None
    reason: str | None = None
    correction: bool = False
    changes: dict = field(default_factory=dict)  # field: (from, to)
    lines: dict = field(default_factory=dict)


def _text(value) -> bool:
    return value is None or isinstance(value, str)


def read_stamps(name: str, raw: LineDict, errors: list[LedgerError]) -> tuple[datetime | None, str | None]:
    """(recorded_at, role) of an exported record, taken out of ``raw`` (checked, located)."""
    recorded_at, role = raw.pop("recorded_at", None), raw.pop("role", None)
    if recorded_at is not None:
        try:
            recorded_at = parse_timestamp(recorded_at)
        except ValueError as exc:
            errors.append(LedgerError(name, raw.lines.get("recorded_at", raw.line), "recorded_at", str(exc)))
            recorded_at = None
    if not _text(role):
        errors.append(LedgerError(name, raw.lines.get("role", raw.line), "role", "must be text"))
        role = None
    return recorded_at, role


def read_chain(name: str, data: LineDict, errors: list[LedgerError]) -> tuple | None:
    """An export's ``chain: {seq, hash, first}`` as (chain, file, line); None (with an error) when malformed."""
    chain = data["chain"]
    if not (isinstance(chain, dict) and set(chain) <= {"seq", "hash", "first"} and isinstance(chain.get("seq"), int)
            and not isinstance(chain.get("seq"), bool) and isinstance(chain.get("hash"), str)):
        errors.append(LedgerError(name, data.lines["chain"], "chain",
                                  "must be {seq: N, hash: ..., first: ...} as `tracker export` writes it"))
        return None
    return dict(chain), name, data.lines["chain"]


def read_revisions(name: str, raw, errors: list[LedgerError]) -> list[RevisionEntry]:
    """The entries of a question's ``revisions:`` list; problems go to ``errors`` at their lines."""
    if raw is None:
        return []
    if not isinstance(raw, LineList):
        errors.append(LedgerError(name, getattr(raw, "line", None), "revisions", "must be a list"))
        return []
    entries = []
    for item, line in zip(raw, raw.lines):
        if not isinstance(item, LineDict):
            errors.append(LedgerError(name, line, "revisions", "each revision must be a mapping"))
            continue
        entry = _read_revision(name, item, line, errors)
        if entry is not None:
            entries.append(entry)
    numbered = [e for e in entries if e.version is not None]
    for position, entry in enumerate(numbered, 1):
        if entry.version != position:
            errors.append(LedgerError(name, entry.line, "revisions.version",
                                      f"expected version {position} here (versions are listed oldest first, from 1)"))
            return []
    if any(e.version is None for e in entries[:-1]):
        first = next(e for e in entries[:-1] if e.version is None)
        errors.append(LedgerError(name, first.line, "revisions", "only the last revision may be pending "
                                                                 "(without version, seq and hash)"))
        return []
    return entries


def _read_revision(name: str, item: LineDict, line: int, errors: list[LedgerError]) -> RevisionEntry | None:
    entry = RevisionEntry(line=line, lines=dict(item.lines))
    for key in item:
        if key not in REVISION_FIELDS:
            errors.append(LedgerError(name, item.lines[key], f"revisions.{key}", "unknown field"))
            return None
    for key in ("version", "seq"):
        value = item.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            errors.append(LedgerError(name, item.lines[key], f"revisions.{key}", "must be a whole number from 1"))
            return None
        setattr(entry, key, value)
    for key in ("hash", "by", "role", "reason"):
        if not _text(item.get(key)):
            errors.append(LedgerError(name, item.lines[key], f"revisions.{key}", "must be text"))
            return None
        setattr(entry, key, item.get(key))
    correction = item.get("correction", False)
    correction = correction.truth if isinstance(correction, BoolText) else correction
    if not isinstance(correction, bool):
        errors.append(LedgerError(name, item.lines["correction"], "revisions.correction", "must be true or false"))
        return None
    entry.correction = correction
    if item.get("recorded_at") is not None:
        try:
            entry.recorded_at = parse_timestamp(item["recorded_at"])
        except ValueError as exc:
            errors.append(LedgerError(name, item.lines["recorded_at"], "revisions.recorded_at", str(exc)))
            return None
    changes = item.get("changes") or {}
    if not isinstance(changes, dict) or not all(
            k in DESCRIPTION_FIELDS and isinstance(v, dict) and set(v) == {"from", "to"} for k, v in changes.items()):
        errors.append(LedgerError(name, item.lines.get("changes", line), "revisions.changes",
                                  "must map description fields to {from: ..., to: ...}"))
        return None
    entry.changes = {k: (_plain(v["from"]), _plain(v["to"])) for k, v in changes.items()}
    return entry


def _plain(value):
    """A YAML value as the description's plain JSON value (the loader's str and list subclasses dropped)."""
    if isinstance(value, BoolText):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, str) else value


def descriptions(name: str, latest: dict, revisions: list[RevisionEntry], errors: list[LedgerError]) -> list[dict]:
    """The description of each numbered revision, oldest first, rebuilt backwards from ``latest`` (the
    question's own fields); [] (with an error) when a revision's ``to`` is not what the next one holds."""
    numbered = [r for r in revisions if r.version is not None]
    if not numbered:
        return []
    found = [dict(latest)]
    for revision in reversed(numbered[1:]):
        current = dict(found[0])
        for key, (before, after) in revision.changes.items():
            if current.get(key) != after:
                errors.append(LedgerError(name, revision.line, f"revisions.changes.{key}",
                                          f"`to` is not what version {revision.version} holds (edited after export?)"))
                return []
            current[key] = before
        found.insert(0, current)
    return found
