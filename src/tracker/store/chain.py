"""The tamper-evident chain: every prediction and resolution carries a hash of its content chained to
the record before it in the store, so that an edit, a deletion or an insertion out of order made
behind tracker's back is found by `tracker verify`.

Canonical serialisation (docs/verify.md): a JSON object with the record's fields, keys sorted, no
whitespace, UTF-8, timestamps as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` in UTC, numbers as Python writes them
(shortest round-trip form), choice probabilities as an object with sorted keys, and a resolution's
``supersedes`` as the hash of the resolution it corrects. The record's hash is the SHA-256, in hex, of
the previous record's hash, a newline, and that JSON; the first record follows the empty string.

``prediction_content`` and ``resolution_content`` are that definition. ``fast_prediction`` and
``fast_resolution`` build the same strings by hand from raw driver values, for `verify`'s walk over every
record (tests/store/test_chain_fast.py holds them equal to the definition).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from json.encoder import encode_basestring

from sqlalchemy import select, update
from sqlmodel import Session

from tracker.store.tables import ChainHeadRow

GENESIS = ""


def _moment(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def prediction_content(row: dict) -> str:
    """The canonical JSON of a prediction (a dict of its column values)."""
    return json.dumps({
        "kind": "prediction", "question_id": row["question_id"], "forecaster": row["forecaster"],
        "made_at": _moment(row["made_at"]), "probability": row["probability"],
        "probabilities": row["probabilities"], "phrase": row["phrase"], "scale": row["scale"],
        "rationale": row["rationale"],
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def resolution_content(row: dict, supersedes_hash: str | None) -> str:
    """The canonical JSON of a resolution; ``supersedes_hash`` names the one it corrects."""
    return json.dumps({
        "kind": "resolution", "question_id": row["question_id"], "outcome": row["outcome"],
        "resolved_at": _moment(row["resolved_at"]), "resolver": row["resolver"],
        "evidence": list(row["evidence"] or []), "note": row["note"], "supersedes": supersedes_hash,
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
    # json writes finite floats with float.__repr__; NaN, infinities and anything else go the long way.
    if type(value) is float and value - value == 0:
        return repr(value)
    return _canonical(value)


def _stored_moment(value) -> str:
    """``_moment`` of a timestamp as the driver returns it: a datetime, or SQLite's naive UTC text
    ``YYYY-MM-DD HH:MM:SS.ffffff`` (sliced; any other text is parsed as the column type parses it)."""
    if type(value) is str:
        if (len(value) == 26 and value[10] == " " and value[19] == "." and value[4] == value[7] == "-"
                and value[13] == value[16] == ":" and value[0] != "0"):
            return f"{value[:10]}T{value[11:]}Z"
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


def fast_prediction(question_id, forecaster, made_at, probability, probabilities, phrase, scale, rationale) -> str:
    """``prediction_content`` from raw driver values (``probabilities`` decoded, ``made_at`` as stored)."""
    return (f'{{"forecaster":{_text(forecaster)},"kind":"prediction","made_at":"{_stored_moment(made_at)}",'
            f'"phrase":{_text(phrase)},"probabilities":{_text(probabilities)},"probability":{_number(probability)},'
            f'"question_id":{_text(question_id)},"rationale":{_text(rationale)},"scale":{_text(scale)}}}')


def fast_resolution(question_id, outcome, resolved_at, resolver, evidence, note, supersedes_hash) -> str:
    """``resolution_content`` from raw driver values (``evidence`` decoded, ``resolved_at`` as stored)."""
    return (f'{{"evidence":{_canonical(list(evidence or []))},"kind":"resolution","note":{_text(note)},'
            f'"outcome":{_text(outcome)},"question_id":{_text(question_id)},'
            f'"resolved_at":"{_stored_moment(resolved_at)}","resolver":{_text(resolver)},'
            f'"supersedes":{_text(supersedes_hash)}}}')


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

    def append(self, content: str) -> tuple[int, str, str]:
        """(seq, previous hash, hash) for the next record."""
        previous = self.hash
        self.seq += 1
        self.hash = link(previous, content)
        return self.seq, previous, self.hash

    def save(self) -> None:
        from tracker.store.guards import writing

        with writing(self.session):
            self.session.execute(update(ChainHeadRow).where(ChainHeadRow.id == 1)
                                 .values(seq=self.seq, hash=self.hash))
