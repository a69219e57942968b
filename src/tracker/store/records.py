"""Domain records from stored rows, without validating them again.

Rows were validated on their way in; re-validating thousands of them on every listing would cost
more than the query. The functions take anything with the columns as attributes: ORM rows, Core
rows, or the plain rows of :mod:`tracker.store.listing` (which is why this module imports no tables).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from tracker.domain import Condition, Prediction, Question, Resolution, Source

SOURCE_FIELDS = ("document", "publisher", "date", "quote", "location", "url")


def trusted(model, **values):
    """``model`` holding ``values`` as they are: pydantic's ``model_construct`` minus its default
    handling, which stored rows never need (every field is present)."""
    record = model.__new__(model)
    object.__setattr__(record, "__dict__", values)
    object.__setattr__(record, "__pydantic_fields_set__", set(values))
    object.__setattr__(record, "__pydantic_extra__", None)
    object.__setattr__(record, "__pydantic_private__", None)
    return record


def question_from_row(row: Any, tags: Sequence[str]) -> Question:
    """A question record from its row and tags."""
    source_fields = {name: getattr(row, f"source_{name}") for name in SOURCE_FIELDS}
    source = trusted(Source, **source_fields) if any(v is not None for v in source_fields.values()) else None
    condition = (trusted(Condition, question=row.condition_question, outcome=row.condition_outcome)
                 if row.condition_question else None)
    return trusted(
        Question, id=row.id, text=row.text, criteria=row.criteria, kind=row.kind, outcomes=tuple(row.outcomes or ()),
        due=row.due, created_at=row.created_at, tags=tuple(sorted(tags)), source=source, phrase=row.phrase,
        scale=row.scale, condition=condition, remind_every_days=row.remind_every_days, status=row.status,
    )


def prediction_from_row(row: Any) -> Prediction:
    """A prediction record from its row."""
    return trusted(
        Prediction, question_id=row.question_id, forecaster=row.forecaster, made_at=row.made_at,
        probability=row.probability, probabilities=row.probabilities, phrase=row.phrase, scale=row.scale,
        rationale=row.rationale, seq=row.seq, hash=row.hash,
    )


def resolution_from_row(row: Any) -> Resolution:
    """A resolution record from its row."""
    return trusted(
        Resolution, id=row.id, question_id=row.question_id, outcome=row.outcome, resolved_at=row.resolved_at,
        resolver=row.resolver, evidence=tuple(row.evidence or ()), note=row.note, supersedes=row.supersedes,
        seq=row.seq, hash=row.hash,
    )


def question_values(question: Question, recorded_at: datetime) -> dict:
    """The question row's columns for a question record."""
    source = question.source or Source()
    return {
        "id": question.id, "text": question.text, "criteria": question.criteria, "kind": question.kind,
        "outcomes": list(question.outcomes), "due": question.due, "created_at": question.created_at,
        "status": question.status, "source_document": source.document, "source_publisher": source.publisher,
        "source_date": source.date, "source_quote": source.quote, "source_location": source.location,
        "source_url": source.url, "phrase": question.phrase, "scale": question.scale,
        "condition_question": question.condition.question if question.condition else None,
        "condition_outcome": question.condition.outcome if question.condition else None,
        "remind_every_days": question.remind_every_days,
        "recorded_at": recorded_at,
    }
