"""The CSV tables of ``tracker export --format csv`` -> the store (``tracker import csv DIR``).

``questions.csv``, ``predictions.csv`` and ``resolutions.csv`` are read back into ledger records and
applied in one transaction. Export put an apostrophe before every text cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return; reading drops an apostrophe only when one of those
characters follows it (see docs/interop.md for the one case this cannot tell apart).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from tracker.domain import Source
from tracker.errors import LedgerError, TrackerError
from tracker.interop.common import Batch, CsvRow, CsvTable, ImportErrors, ImportResult, read_csv, unknown_columns, unneutralise
from tracker.nesting import json_too_deep

QUESTION_COLUMNS = ("id", "text", "criteria", "kind", "outcomes", "due", "created_at", "status", "tags", "phrase",
                    "scale", "source_document", "source_publisher", "source_date", "source_quote", "source_url")
#: Read when present; ``tracker export --format csv`` does not write them (yet).
OPTIONAL_QUESTION_COLUMNS = ("source_location", "condition", "remind_every_days")
PREDICTION_COLUMNS = ("question_id", "forecaster", "made_at", "probability", "probabilities", "phrase", "scale",
                      "rationale")
RESOLUTION_COLUMNS = ("question_id", "outcome", "resolved_at", "resolver", "evidence", "note", "correction")
FILES = ("questions.csv", "predictions.csv", "resolutions.csv")
_URLISH = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)


def import_tables(store, directory: str | Path, *, strict: bool = False, now: datetime | None = None) -> ImportResult:
    """Read the three CSV tables of a ``tracker export --format csv`` folder into the store."""
    folder = Path(directory)
    if not folder.is_dir():
        raise TrackerError(f"{directory}: no such folder (give the folder `tracker export --format csv` wrote)")
    missing = [name for name in FILES[:2] if not (folder / name).is_file()]
    if missing:
        raise TrackerError(f"{directory}: no {' or '.join(missing)} here (give the folder `tracker export "
                           "--format csv` wrote)")
    tables = {name: read_csv(folder / name) for name in FILES if (folder / name).is_file()}
    batch = Batch("csv", [t.file for t in tables.values()])
    expected = {"questions.csv": QUESTION_COLUMNS, "predictions.csv": PREDICTION_COLUMNS,
                "resolutions.csv": RESOLUTION_COLUMNS}
    errors = []
    for name, table in tables.items():
        lacking = [c for c in expected[name] if c not in table.columns and c != "status"]
        if lacking:
            errors.append(LedgerError(table.file, 1, None, f"missing column{'s' if len(lacking) > 1 else ''} "
                                                           f"{', '.join(lacking)}"))
        known = set(expected[name]) | (set(OPTIONAL_QUESTION_COLUMNS) if name == "questions.csv" else set())
        unknown_columns(table, known, batch, "tracker export")
        for problem in table.problems:
            batch.problem(problem.file, problem.line, problem.field, problem.message)
            batch.row(problem.file, problem.line)
    if errors:
        raise ImportErrors(errors, batch.result.notes)
    predictions: dict[str, list[tuple[dict, int]]] = {}
    table = tables["predictions.csv"]
    for row in table.rows:
        batch.row(table.file, row.line)
        if values := _prediction(row, table, batch):
            question_id = values.pop("question_id")
            # apply names a prediction it refuses by the ledger's field `predictions`; the row's is this.
            column = "probabilities" if "probabilities" in values else "probability"
            predictions.setdefault(question_id, []).append(
                (values, batch.place(table.file, row.line, {"predictions": column}, "prediction")))
    table = tables["questions.csv"]
    seen = set()
    for row in table.rows:
        batch.row(table.file, row.line)
        if fields := _question(row, table, batch):
            batch.add_question(fields, batch.place(table.file, row.line, {}, "question"),
                               predictions.get(fields["id"], []) if fields["id"] not in seen else [])
            seen.add(fields["id"])
    orphans = set(predictions) - seen
    for question_id in sorted(orphans):
        for _, key in predictions[question_id]:
            place = batch.places[key]
            batch.problem(place.file, place.line, "question_id", f"no question {question_id!r} in questions.csv")
    if table := tables.get("resolutions.csv"):
        for row in table.rows:
            batch.row(table.file, row.line)
            _resolution(row, table, batch)
    keep_unwritten_fields(store, batch)
    return batch.apply(store, strict=strict, now=now)


def keep_unwritten_fields(store, batch: Batch) -> None:
    """Give each recorded question back the fields ``tracker export --format csv`` does not write.

    ``tracker apply`` makes a question's description follow the file, so a ``source.location``,
    ``condition`` or ``remind_every_days`` missing from the tables (no column, or a blank cell) would
    otherwise be erased by reading the workspace's own export back. Given values still update them."""
    if not batch.questions:
        return
    from tracker.store import queries

    with store.read() as session:
        recorded = queries.get_questions(session, [e.question.id for e in batch.questions])
    for entry in batch.questions:
        read, old = entry.question, recorded.get(entry.question.id)
        if old is None:
            continue
        update = {name: getattr(old, name) for name in ("condition", "remind_every_days")
                  if getattr(read, name) is None and getattr(old, name) is not None}
        if old.source is not None and old.source.location and (read.source is None or not read.source.location):
            update["source"] = (read.source or Source()).model_copy(update={"location": old.source.location})
        if update:
            entry.question = read.model_copy(update=update)


def _cells(row: CsvRow, columns: tuple[str, ...]) -> dict[str, str | None]:
    """The row's cells by column, apostrophes undone; empty cells are None."""
    values = {}
    for column in columns:
        text = unneutralise(row.cells.get(column) or "")
        values[column] = text if text.strip() else None
    return values


def _question(row: CsvRow, table: CsvTable, batch: Batch) -> dict | None:
    cells = _cells(row, QUESTION_COLUMNS + OPTIONAL_QUESTION_COLUMNS)
    fields = {k: cells[k] for k in ("id", "text", "criteria", "kind", "due", "created_at", "phrase", "scale",
                                    "remind_every_days")
              if cells[k] is not None}
    fields["outcomes"] = [o for o in (cells["outcomes"] or "").split(";") if o]
    fields["tags"] = [t for t in (cells["tags"] or "").split(";") if t]
    source = {k.removeprefix("source_"): cells[k] for k in ("source_document", "source_publisher", "source_date",
                                                          "source_quote", "source_url", "source_location")
              if cells[k] is not None}
    if source:
        fields["source"] = source
    if cells["condition"]:
        question, _, outcome = cells["condition"].partition("=")
        if not outcome:
            batch.problem(table.file, row.line, "condition", f"{cells['condition']!r} is not QUESTION=OUTCOME")
            return None
        fields["condition"] = {"question": question.strip(), "outcome": outcome.strip()}
    if "id" not in fields:
        batch.problem(table.file, row.line, "id", "required")
        return None
    return fields


def _prediction(row: CsvRow, table: CsvTable, batch: Batch) -> dict | None:
    cells = _cells(row, PREDICTION_COLUMNS)
    values = {k: v for k, v in cells.items() if v is not None and k != "probabilities"}
    if cells["probabilities"]:
        if json_too_deep(cells["probabilities"], 4):
            batch.problem(table.file, row.line, "probabilities", "nested too deep: expected {\"outcome\": p, ...}")
            return None
        try:
            values["probabilities"] = json.loads(cells["probabilities"])
        except json.JSONDecodeError as exc:
            batch.problem(table.file, row.line, "probabilities", f"not JSON: {exc.msg}")
            return None
    if "question_id" not in values:
        batch.problem(table.file, row.line, "question_id", "required")
        return None
    return values


def _resolution(row: CsvRow, table: CsvTable, batch: Batch) -> None:
    cells = _cells(row, RESOLUTION_COLUMNS)
    correction = (cells["correction"] or "").strip().lower()
    if correction not in ("", "true", "false"):
        batch.problem(table.file, row.line, "correction", f"{cells['correction']!r} is not true or false")
        return
    fields = {k: v for k, v in cells.items() if v is not None and k not in ("correction", "evidence")}
    fields["evidence"] = split_evidence(cells["evidence"] or "")
    batch.add_resolution(fields, batch.place(table.file, row.line, {}, "resolution"), correction == "true")


def split_evidence(text: str) -> list[str]:
    """Export joins evidence with spaces: split it back into URLs when every word is one, else one item."""
    words = text.split()
    if not words:
        return []
    if len(words) > 1 and all(_URLISH.match(w) for w in words):
        return words
    return [text.strip()]
