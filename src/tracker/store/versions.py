"""Question versions in the store: appended to the chain, read back, and the question rows derived from them.

A question's row (its description columns) and its tags are derived from its latest version: the write
path rewrites them from the version it appends, `verify` compares them with it, and `verify
--repair-derived` rewrites them from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session

from tracker.question_versions import (DESCRIPTION_FIELDS, SOURCE_FIELDS, QuestionVersion,  # noqa: F401
                                      description_of, question_of)  # description_of: for queries
from tracker.store.chain import Appender
from tracker.store.guards import writing
from tracker.store.records import question_values, trusted
from tracker.store.tables import QuestionRow, QuestionTagRow, QuestionVersionRow

version_table = QuestionVersionRow.__table__
#: The question row's columns that its description decides (status, outcome and the rest are not).
DESCRIBED = ("text", "criteria", "kind", "outcomes", "due", "created_at", "source_document", "source_publisher",
             "source_date", "source_quote", "source_location", "source_url", "phrase", "scale",
             "condition_question", "condition_outcome", "remind_every_days")


def version_from_row(row) -> QuestionVersion:
    return trusted(QuestionVersion, question_id=row.question_id, version=row.version, description=row.description,
                   by=row.author, role=row.role, reason=row.reason, correction=bool(row.correction),
                   recorded_at=row.recorded_at, seq=row.seq, hash=row.hash)


def versions_of(session: Session, ids: Iterable[str]) -> dict[str, list[QuestionVersion]]:
    """Every version of the given questions, oldest first, by question id."""
    found: dict[str, list[QuestionVersion]] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        rows = session.execute(select(version_table).where(version_table.c.question_id.in_(ids[start:start + 500]))
                               .order_by(version_table.c.question_id, version_table.c.version))
        for row in rows:
            found.setdefault(row.question_id, []).append(version_from_row(row))
    return found


def latest_versions(session: Session, ids: Iterable[str]) -> dict[str, QuestionVersion]:
    return {question_id: versions[-1] for question_id, versions in versions_of(session, ids).items()}


def append_versions(session: Session, entries: list[dict], recorded_at: datetime) -> list[QuestionVersion]:
    """Chain one version per entry ({question_id, description, author, reason, correction, and optionally
    recorded_at}), each following its question's latest version; return them."""
    if not entries:
        return []
    latest = latest_versions(session, {e["question_id"] for e in entries})
    chain = Appender(session)
    rows = []
    for entry in entries:
        before = latest.get(entry["question_id"])
        row = {"question_id": entry["question_id"], "version": before.version + 1 if before else 1,
               "description": entry["description"], "author": entry.get("author"), "reason": entry.get("reason"),
               "correction": bool(entry.get("correction")), "recorded_at": entry.get("recorded_at") or recorded_at}
        row["seq"], row["prev_hash"], row["hash"] = chain.append_version(row, before.hash if before else None)
        version = version_from_row(_Row(row))
        latest[entry["question_id"]] = version
        rows.append((row, version))
    session.execute(insert(QuestionVersionRow), [row for row, _ in rows])
    with writing(session):
        chain.save()
    return [version for _, version in rows]


class _Row:
    def __init__(self, values: dict):
        self.__dict__.update(values)


def described_values(description: dict, question_id: str) -> dict:
    """The question row's description columns for ``description``."""
    values = question_values(question_of(question_id, description), None)
    return {name: values[name] for name in DESCRIBED}


def rewrite_questions(session: Session, versions: Iterable[QuestionVersion]) -> None:
    """Make each question's row and tags say what ``version`` (its latest) says."""
    versions = list(versions)
    if not versions:
        return
    with writing(session):
        for version in versions:
            session.execute(update(QuestionRow).where(QuestionRow.id == version.question_id)
                            .values(**described_values(version.description, version.question_id)))
            session.execute(delete(QuestionTagRow).where(QuestionTagRow.question_id == version.question_id))
            if version.description["tags"]:
                session.execute(insert(QuestionTagRow), [{"question_id": version.question_id, "tag": tag}
                                                          for tag in version.description["tags"]])


def _stored_description(row, tags: list[str]) -> dict:
    """The description a question row (plus its tags) states, built straight from the columns (verify reads
    every row; description_of(question_from_row(...)) costs ten times more)."""
    source = {name: getattr(row, f"source_{name}") for name in SOURCE_FIELDS}
    source["date"] = source["date"].isoformat() if source["date"] else None
    return {
        "text": row.text, "criteria": row.criteria, "kind": row.kind, "outcomes": list(row.outcomes or ()),
        "due": row.due.isoformat(), "created_at": row.created_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "tags": sorted(tags), "source": source if any(v is not None for v in source.values()) else None,
        "phrase": row.phrase, "scale": row.scale,
        "condition": ({"question": row.condition_question, "outcome": row.condition_outcome}
                      if row.condition_question else None),
        "remind_every_days": row.remind_every_days,
    }


_TEXT = ("text", "criteria", "kind", "phrase", "scale")
_SOURCE = ("document", "publisher", "date", "quote", "location", "url")


def _suspects_sql(dialect: str) -> str:
    """Questions whose row may differ from their latest version: every difference is caught, and a few
    agreeing rows may be too (tag order under a database collation, an unusual timestamp spelling);
    Python then decides on those few. One scan, so that verify reads no description it need not."""
    if dialect == "postgresql":
        def field(path):
            return "v.description" + "".join(f"->'{p}'" for p in path[:-1]) + f"->>'{path[-1]}'"
        pairs = [(f"q.{n}", field((n,))) for n in _TEXT]
        pairs += [(f"q.source_{n}::text" if n == "date" else f"q.source_{n}", field(("source", n))) for n in _SOURCE]
        pairs += [("q.condition_question", field(("condition", "question"))),
                  ("q.condition_outcome", field(("condition", "outcome"))),
                  ("q.due::text", field(("due",))), ("q.remind_every_days::text", field(("remind_every_days",))),
                  ("to_char(q.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
                   field(("created_at",))),
                  ("q.outcomes::jsonb", "(v.description->'outcomes')::jsonb"),
                  ("coalesce((SELECT jsonb_agg(t.tag ORDER BY t.tag) FROM question_tag t WHERE t.question_id = q.id), "
                   "'[]'::jsonb)", "(v.description->'tags')::jsonb")]
        differs = " OR ".join(f"{a} IS DISTINCT FROM {b}" for a, b in pairs)
    else:
        def field(path):
            return f"json_extract(v.description, '$.{'.'.join(path)}')"
        pairs = [(f"q.{n}", field((n,))) for n in _TEXT]
        pairs += [(f"q.source_{n}", field(("source", n))) for n in _SOURCE]
        pairs += [("q.condition_question", field(("condition", "question"))),
                  ("q.condition_outcome", field(("condition", "outcome"))), ("q.due", field(("due",))),
                  ("q.remind_every_days", field(("remind_every_days",))),
                  ("q.created_at", f"replace(replace({field(('created_at',))}, 'T', ' '), 'Z', '')"),
                  ("json(q.outcomes)", field(("outcomes",))),
                  ("(SELECT json_group_array(tag) FROM (SELECT t.tag FROM question_tag t WHERE t.question_id = q.id "
                   "ORDER BY t.tag))", field(("tags",)))]
        differs = " OR ".join(f"{a} IS NOT {b}" for a, b in pairs)
    return ("SELECT q.id FROM question q LEFT JOIN question_version v ON v.question_id = q.id AND v.version = "
            "(SELECT max(w.version) FROM question_version w WHERE w.question_id = q.id) "
            f"WHERE v.id IS NULL OR {differs} ORDER BY q.id")


def differences(session: Session) -> tuple[list[str], list[QuestionVersion]]:
    """(lines, versions to rewrite from): each question whose row or tags differ from its latest version,
    and each question that has no version at all."""
    from sqlalchemy import text

    suspects = list(session.scalars(text(_suspects_sql(session.get_bind().dialect.name))))
    latest = latest_versions(session, suspects)
    tags: dict[str, list[str]] = {}
    table = QuestionRow.__table__
    lines, stale = [], []
    for start in range(0, len(suspects), 500):
        chunk = suspects[start:start + 500]
        for question_id, tag in session.execute(select(QuestionTagRow.question_id, QuestionTagRow.tag)
                                                .where(QuestionTagRow.question_id.in_(chunk))):
            tags.setdefault(question_id, []).append(tag)
        rows = session.execute(select(table.c.id, *(table.c[name] for name in DESCRIBED))
                               .where(table.c.id.in_(chunk)).order_by(table.c.id))
        for row in rows:
            version = latest.get(row.id)
            if version is None:
                lines.append(f"question {row.id}: has no version in the chain (inserted outside tracker)")
                continue
            stored = _stored_description(row, tags.get(row.id, []))
            differing = [name for name in DESCRIPTION_FIELDS if stored[name] != version.description.get(name)]
            if differing:
                singular = len(differing) == 1 and differing[0] not in ("tags", "outcomes")
                lines.append(f"question {row.id}: {', '.join(differing)} {'differs' if singular else 'differ'} "
                             f"from its version {version.version} (#{version.seq})")
                stale.append(version)
    return lines, stale


def count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(version_table)).scalar_one()


def follow_version(session: Session, version: QuestionVersion) -> None:
    """Rewrite a question's derived row and tags from its latest ``version``, and its standing forecasts'
    copies of the due date and source."""
    from tracker.store.standing import set_standing_question

    rewrite_questions(session, [version])
    with writing(session):
        set_standing_question(session, version.question_id, date.fromisoformat(version.description["due"]),
                              (version.description["source"] or {}).get("document"))


def stamps(session: Session) -> dict[int, tuple]:
    """{seq: (recorded_at, role)} of every chained prediction and resolution, for exports."""
    from tracker.store.tables import PredictionRow, ResolutionRow

    found = {}
    for table in (PredictionRow.__table__, ResolutionRow.__table__):
        rows = session.execute(select(table.c.seq, table.c.recorded_at, table.c.role).where(table.c.seq.isnot(None)))
        found.update((seq, (recorded_at, role)) for seq, recorded_at, role in rows)
    return found


def head(session: Session) -> dict | None:
    """The chain's head as exports name it: {seq, hash, first} (None while nothing is chained)."""
    from tracker.store.tables import ChainHeadRow, PredictionRow, ResolutionRow

    row = session.execute(select(ChainHeadRow.seq, ChainHeadRow.hash)).first()
    if row is None or not row.seq:
        return None
    first = None
    for table in (version_table, PredictionRow.__table__, ResolutionRow.__table__):
        first = first or session.execute(select(table.c.hash).where(table.c.seq == 1)).scalar()
    return {"seq": row.seq, "hash": row.hash, "first": first}
