"""The tamper-evident chain: every prediction and resolution carries a hash of its content chained to
the record before it in the store, so that an edit, a deletion or an insertion out of order made
behind tracker's back is found by `tracker verify`.

Canonical serialisation (docs/verify.md): a JSON object with the record's fields, keys sorted, no
whitespace, UTF-8, timestamps as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` in UTC, numbers as Python writes them
(shortest round-trip form), choice probabilities as an object with sorted keys, and a resolution's
``supersedes`` as the hash of the resolution it corrects. The record's hash is the SHA-256, in hex, of
the previous record's hash, a newline, and that JSON; the first record follows the empty string.

Three kinds of record are chained: predictions, resolutions and question versions (a question's whole
description, version 1 at its creation, one more at each change; ``previous`` is the hash of the version
before). Records appended after the first question version are *form 2*: a prediction's and a
resolution's JSON then also holds ``recorded_at`` and ``role`` (the database role that wrote it, null on
SQLite); records before it keep form 1, so that hashes made before versions existed stay valid. Nothing
stores the boundary: it is the seq of the first version, which cannot move without a gap or new hashes.

``prediction_content``, ``resolution_content`` and ``version_content`` are that definition.
``fast_prediction``, ``fast_resolution`` and ``fast_version`` build the same strings by hand from raw
driver values, for `verify`'s walk over every record (tests/store/test_chain_fast.py holds them equal).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from json.encoder import encode_basestring

from sqlalchemy import select, text, update
from sqlmodel import Session

from tracker.store.tables import ChainHeadRow, QuestionVersionRow

GENESIS = ""
#: session.info key of the role a replayed record was written by (tracker.apply, export -> apply).
REPLAY_ROLE = "tracker_replay_role"
_ROLE = "tracker_role"


def _moment(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _stamped(content: dict, row, form: int) -> str:
    if form == 2:
        content["recorded_at"], content["role"] = _moment(row["recorded_at"]), row["role"]
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def prediction_content(row, form: int = 1) -> str:
    """The canonical JSON of a prediction (a mapping of its column values)."""
    return _stamped({
        "kind": "prediction", "question_id": row["question_id"], "forecaster": row["forecaster"],
        "made_at": _moment(row["made_at"]), "probability": row["probability"],
        "probabilities": row["probabilities"], "phrase": row["phrase"], "scale": row["scale"],
        "rationale": row["rationale"],
    }, row, form)


def resolution_content(row, supersedes_hash: str | None, form: int = 1) -> str:
    """The canonical JSON of a resolution; ``supersedes_hash`` names the one it corrects."""
    return _stamped({
        "kind": "resolution", "question_id": row["question_id"], "outcome": row["outcome"],
        "resolved_at": _moment(row["resolved_at"]), "resolver": row["resolver"],
        "evidence": list(row["evidence"] or []), "note": row["note"], "supersedes": supersedes_hash,
    }, row, form)


def version_content(row, previous: str | None) -> str:
    """The canonical JSON of a question version (always form 2); ``previous`` is the hash of the
    question's version before it (None for version 1). The ``author`` column is the record's ``by``."""
    return json.dumps({
        "kind": "question_version", "question_id": row["question_id"], "version": row["version"],
        "previous": previous, "description": row["description"], "by": row["author"], "role": row["role"],
        "reason": row["reason"], "correction": bool(row["correction"]), "recorded_at": _moment(row["recorded_at"]),
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def link(previous: str, content: str) -> str:
    """The hash of a record whose content is ``content`` following a record hashed ``previous``."""
    return hashlib.sha256(f"{previous}\n{content}".encode("utf-8")).hexdigest()


_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def _text(value) -> str:
    return "null" if value is None else encode_basestring(value) if type(value) is str else _canonical(value)


def _number(value) -> str:
    if value is None:
        return "null"
    # json writes finite floats with float.__repr__ and ints with int.__repr__; NaN, infinities and anything
    # else (bool, a subclass) go the long way.
    if type(value) is float and value - value == 0 or type(value) is int:
        return repr(value)
    return _canonical(value)


_last_moment = [(None, None)]  # (stored text, moment): the last one sliced


def _stored_moment(value) -> str:
    """``_moment`` of a timestamp as the driver returns it: a datetime, or SQLite's naive UTC text
    ``YYYY-MM-DD HH:MM:SS.ffffff`` (sliced; any other text is parsed as the column type parses it)."""
    if type(value) is str:
        last = _last_moment[0]  # a batch's records share recorded_at: the walk meets it over and over
        if value == last[0]:
            return last[1]
        if (len(value) == 26 and value[10] == " " and value[19] == "." and value[4] == value[7] == "-"
                and value[13] == value[16] == ":" and value[0] != "0"):
            moment = f"{value[:10]}T{value[11:]}Z"
            _last_moment[0] = (value, moment)  # one tuple: a reader in another thread sees a pair or the other
            return moment
        value = _sqlite_datetime(value)
    return _moment(value)


def _sqlite_datetime(value: str) -> datetime:
    from sqlalchemy.dialects import sqlite

    from tracker.store.types import UTCDateTime

    dialect = sqlite.dialect()
    return UTCDateTime().dialect_impl(dialect).result_processor(dialect, None)(value)


def decode_json(value):
    """A JSON column's value from SQLite's stored text (PostgreSQL's driver decodes it already)."""
    if type(value) is not str:
        return value
    return None if value == "null" else json.loads(value)


def fast_prediction(question_id, forecaster, made_at, probability, probabilities, phrase, scale, rationale,
                    recorded_at=None, role=None, form: int = 1) -> str:
    """``prediction_content`` from raw driver values (``probabilities`` decoded, timestamps as stored)."""
    stamp = f',"recorded_at":"{_stored_moment(recorded_at)}","role":{_text(role)}' if form == 2 else ""
    return (f'{{"forecaster":{_text(forecaster)},"kind":"prediction","made_at":"{_stored_moment(made_at)}",'
            f'"phrase":{_text(phrase)},"probabilities":{_text(probabilities)},"probability":{_number(probability)},'
            f'"question_id":{_text(question_id)},"rationale":{_text(rationale)}{stamp},"scale":{_text(scale)}}}')


def fast_resolution(question_id, outcome, resolved_at, resolver, evidence, note, supersedes_hash,
                    recorded_at=None, role=None, form: int = 1) -> str:
    """``resolution_content`` from raw driver values (``evidence`` decoded, timestamps as stored)."""
    recorded = f'"recorded_at":"{_stored_moment(recorded_at)}",' if form == 2 else ""
    role_key = f'"role":{_text(role)},' if form == 2 else ""
    return (f'{{"evidence":{_canonical(list(evidence)) if evidence else "[]"},"kind":"resolution","note":{_text(note)},'
            f'"outcome":{_text(outcome)},"question_id":{_text(question_id)},{recorded}'
            f'"resolved_at":"{_stored_moment(resolved_at)}","resolver":{_text(resolver)},{role_key}'
            f'"supersedes":{_text(supersedes_hash)}}}')


def fast_version(question_id, version, previous, description, author, role, reason, correction, recorded_at) -> str:
    """``version_content`` from raw driver values (``description`` decoded, ``recorded_at`` as stored,
    ``correction`` as SQLite's 0/1 or a bool)."""
    return (f'{{"by":{_text(author)},"correction":{"true" if correction else "false"},'
            f'"description":{_canonical(description)},"kind":"question_version","previous":{_text(previous)},'
            f'"question_id":{_text(question_id)},"reason":{_text(reason)},'
            f'"recorded_at":"{_stored_moment(recorded_at)}","role":{_text(role)},"version":{_number(version)}}}')


def current_role(session: Session) -> str | None:
    """The database role writing this transaction (PostgreSQL's current_user, read once per transaction;
    None on SQLite, which has no roles), or the role of the records being replayed from an export."""
    if REPLAY_ROLE in session.info:
        return session.info[REPLAY_ROLE]
    if session.get_bind().dialect.name != "postgresql":
        return None
    transaction = session.get_transaction()
    cached = session.info.get(_ROLE)
    if cached is None or cached[0] is not transaction:
        cached = session.info[_ROLE] = (transaction, session.execute(text("SELECT current_user")).scalar_one())
    return cached[1]


class Appender:
    """Appends records to the chain inside one write transaction, holding its head locked.

    On PostgreSQL the head row is locked FOR UPDATE, so concurrent writers append one after another;
    SQLite write transactions are already one at a time.
    """

    def __init__(self, session: Session):
        self.session = session
        head = session.execute(select(ChainHeadRow.seq, ChainHeadRow.hash).where(ChainHeadRow.id == 1)
                               .with_for_update()).first()
        if head is None:  # migration 0005 creates the row; without it concurrent first writers would race
            raise RuntimeError("the chain's head row is missing: the database was not created by tracker")
        self.seq, self.hash = head.seq, head.hash
        # Form 2 from the first question version on (see the module's docstring).
        self.form = 2 if session.execute(select(QuestionVersionRow.seq).limit(1)).first() else 1
        self.role = current_role(session)

    def append(self, content: str) -> tuple[int, str, str]:
        """(seq, previous hash, hash) for the next record."""
        previous = self.hash
        self.seq += 1
        self.hash = link(previous, content)
        return self.seq, previous, self.hash

    def append_prediction(self, row: dict, recorded_at: datetime) -> tuple[int, str, str]:
        """Chain a prediction's row (its ``recorded_at`` and ``role`` set here)."""
        row["recorded_at"], row["role"] = recorded_at, self.role
        return self.append(prediction_content(row, self.form))

    def append_resolution(self, row: dict, supersedes_hash: str | None, recorded_at: datetime) -> tuple[int, str, str]:
        """Chain a resolution's row (its ``role`` set here; ``recorded_at`` is inserted with it)."""
        row["role"] = self.role
        return self.append(resolution_content({**row, "recorded_at": recorded_at}, supersedes_hash, self.form))

    def append_version(self, row: dict, previous: str | None) -> tuple[int, str, str]:
        """Chain a question version's row (its ``role`` set here); every later record is form 2."""
        row["role"] = self.role
        self.form = 2
        return self.append(version_content(row, previous))

    def save(self) -> None:
        from tracker.store.guards import writing

        with writing(self.session):
            self.session.execute(update(ChainHeadRow).where(ChainHeadRow.id == 1)
                                 .values(seq=self.seq, hash=self.hash))
