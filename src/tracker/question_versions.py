"""Question versions: a question's whole description as a chained record, and what changed between two.

Version 1 is a question's creation; every change of its wording, criteria, due date, tags, source, phrase,
scale, condition or reminder interval is the next version, holding the whole description (not a
difference), so that any version can be read and hashed alone. The description is plain JSON values
(dates as ``YYYY-MM-DD``, the creation time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, tags sorted); its
serialisation into the chain is tracker.store.chain.version_content.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from tracker.domain import Condition, Question, Record, Source, UTCDatetime

#: Fields whose change alters what every forecast on the question answered.
MEANING_FIELDS = ("text", "criteria", "due", "condition")
DESCRIPTION_FIELDS = ("text", "criteria", "kind", "outcomes", "due", "created_at", "tags", "source", "phrase",
                      "scale", "condition", "remind_every_days")
SOURCE_FIELDS = ("document", "publisher", "date", "quote", "location", "url")


def _moment(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def description_of(question: Question) -> dict:
    """The canonical description of ``question`` (everything a ledger file declares about it)."""
    source = None
    if question.source is not None:
        source = {name: getattr(question.source, name) for name in SOURCE_FIELDS}
        source["date"] = source["date"].isoformat() if source["date"] else None
        if all(value is None for value in source.values()):
            source = None
    condition = question.condition
    return {
        "text": question.text, "criteria": question.criteria, "kind": question.kind,
        "outcomes": list(question.outcomes), "due": question.due.isoformat(),
        "created_at": _moment(question.created_at), "tags": sorted(question.tags), "source": source,
        "phrase": question.phrase, "scale": question.scale,
        "condition": {"question": condition.question, "outcome": condition.outcome} if condition else None,
        "remind_every_days": question.remind_every_days,
    }


def question_of(question_id: str, description: dict, status: str = "open") -> Question:
    """The question a description describes (values as validated when it was recorded)."""
    from tracker.store.records import trusted

    source = description.get("source")
    if source:
        source = trusted(Source, **{**source, "date": date.fromisoformat(source["date"]) if source.get("date") else None})
    condition = description.get("condition")
    return trusted(
        Question, id=question_id, text=description["text"], criteria=description["criteria"],
        kind=description["kind"], outcomes=tuple(description["outcomes"]), due=date.fromisoformat(description["due"]),
        created_at=datetime.fromisoformat(description["created_at"].replace("Z", "+00:00")),
        tags=tuple(description["tags"]), source=source or None,
        phrase=description["phrase"], scale=description["scale"],
        condition=trusted(Condition, **condition) if condition else None,
        remind_every_days=description["remind_every_days"], status=status)


def changes(old: dict | None, new: dict) -> dict[str, tuple]:
    """{field: (old value, new value)} for every description field that differs (all of them, from None)."""
    return {name: (old.get(name) if old else None, new.get(name)) for name in DESCRIPTION_FIELDS
            if old is None or old.get(name) != new.get(name)}


class QuestionVersion(Record):
    """One chained version of a question's description, with who wrote it, when and why."""

    question_id: str
    version: int
    description: dict
    by: str | None = None
    role: str | None = None
    reason: str | None = None
    correction: bool = False
    recorded_at: UTCDatetime
    seq: int | None = None
    hash: str | None = None

    def changes(self, previous: QuestionVersion | None) -> dict[str, tuple]:
        """What this version changed from ``previous`` (every field, for version 1)."""
        return changes(previous.description if previous else None, self.description)

    def meaning_changed(self, previous: QuestionVersion | None) -> tuple[str, ...]:
        """The fields of MEANING_FIELDS this version changed (none for version 1)."""
        if previous is None:
            return ()
        return tuple(name for name in MEANING_FIELDS if name in self.changes(previous))
