"""Fatebook CSV -> the store (the export, :mod:`tracker.interop.fatebook_export`, is beside it).

Reading: Fatebook's own export (``lib/web/export.ts``: ``Question title``, ``Multiple choice option``,
``Forecast created by``, ``Forecast (scale = 0-1)``, ``Forecast created at``, ``Question created by``,
``Question created at``, ``Question resolve by``, ``Resolution``, ``Resolved at`` and more), or a file in
Fatebook's *import* format (``lib/web/import_router.ts``: ``questionTitle``, ``forecast`` in percent,
``qCreatedAt``, ``resolution``, ``resolvedAt``, ``resolveBy``, ``fCreatedAt``, ``tags``, ``notes``), whose
header may be the field names or the labels Fatebook's import page shows (what ``tracker export
fatebook`` writes). Multiple choice is read by :mod:`tracker.interop.fatebook_choice`. The rules are in
docs/interop.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from tracker.errors import TrackerError
from tracker.interop.common import (Batch, CsvRow, CsvTable, ImportResult, existing_questions, parse_day,
                                    parse_percent, parse_time, person, read_csv, slug, stable_id,
                                    unknown_columns, unneutralise)
from tracker.interop.fatebook_choice import build_choice, rejoin_split_choices
from tracker.interop.fatebook_export import IMPORT_LABELS, export_fatebook, fatebook_rows
from tracker.interop.reconcile import reconcile

#: Fatebook records no resolution criteria; an imported question gets this, never an empty text.
PLACEHOLDER_CRITERIA = "As judged by the question's author on Fatebook (imported; no criteria were recorded)"

#: Fatebook's export: our field -> its column (the first present of several names; older exports wrote
#: "Question resolution" and "Question resolved at").
EXPORT_DIALECT = {
    "title": ("Question title",), "option": ("Multiple choice option",), "forecaster": ("Forecast created by",),
    "forecast": ("Forecast (scale = 0-1)",), "made_at": ("Forecast created at",),
    "resolver": ("Question created by",), "created_at": ("Question created at",),
    "due": ("Question resolve by",), "resolution": ("Resolution", "Question resolution"),
    "resolved_at": ("Resolved at", "Question resolved at"), "notes": ("Question notes", "Notes"),
    "tags": ("Question tags", "Tags"),
}
#: Columns of Fatebook's export that carry nothing tracker records (scores are recomputed here).
EXPORT_IGNORED = ("Your Brier score for this question", "Your relative Brier score for this question",
                  "Question shared with", "Question shared publicly", "Question comments")
_FIELDS = {"title": "questionTitle", "forecast": "forecast", "created_at": "qCreatedAt", "resolution": "resolution",
           "resolved_at": "resolvedAt", "due": "resolveBy", "made_at": "fCreatedAt", "tags": "tags",
           "notes": "notes", "notes_extra": "notesExtra"}
#: Fatebook's import format, by field name or by the label its import page shows; forecasts in percent.
IMPORT_DIALECT = {ours: (name, IMPORT_LABELS[name]) for ours, name in _FIELDS.items()}
#: When Fatebook's importer is given no resolve-by or resolved-at time, it uses creation time + 24 hours.
FALLBACK_DELAY = timedelta(hours=24)
_RESOLUTIONS = ("yes", "no", "ambiguous", "annulled", "other")


@dataclass
class _Row:
    line: int
    title: str
    option: str | None
    forecaster: str
    probability: float
    made_at: datetime
    created_at: datetime
    resolver: str
    due: date
    resolution: str | None
    resolved_at: datetime | None
    notes: str | None
    tags: tuple[str, ...]
    verbatim: bool = False  # option is already an outcome name (rows tracker's export wrote)


def import_fatebook(store, path: str | Path, *, forecaster: str, strict: bool = False,
                    now: datetime | None = None) -> ImportResult:
    """Read a Fatebook CSV (its export, or its import format) into the store in one transaction.

    ``forecaster`` is who forecasts and resolutions are from when the file does not say (the import
    format never does). Rows that cannot be imported are left out and listed in ``problems``; with
    ``strict`` any problem raises ImportErrors and nothing is written. Importing the same file again
    changes nothing.
    """
    table = read_csv(Path(path))
    if {"questionTitle", IMPORT_LABELS["forecast"]} & set(table.columns):
        dialect, ignored = IMPORT_DIALECT, ()
    elif "Question title" in table.columns:
        dialect, ignored = EXPORT_DIALECT, EXPORT_IGNORED
    else:
        raise TrackerError(f"{table.file}: not a Fatebook CSV: its header has neither 'Question title' "
                           "(Fatebook's export) nor 'questionTitle' (Fatebook's import format)")
    columns = {name: next((c for c in names if c in table.columns), None) for name, names in dialect.items()}
    batch = Batch("fatebook", [table.file])
    unknown_columns(table, {c for names in dialect.values() for c in names} | set(ignored), batch, "Fatebook")
    for problem in table.problems:
        batch.problem(problem.file, problem.line, problem.field, problem.message)
        batch.row(problem.file, problem.line)
    required = ("title", "forecast", "created_at") + (("made_at",) if dialect is EXPORT_DIALECT else ())
    missing = [dialect[name][0] for name in required if columns[name] is None]
    if missing:
        raise TrackerError(f"{table.file}: missing column{'s' if len(missing) > 1 else ''} "
                           f"{', '.join(repr(m) for m in missing)}")
    rows = []
    for row in table.rows:
        batch.row(table.file, row.line)
        parsed = _read_row(row, columns, batch, table.file, forecaster, percent=dialect is IMPORT_DIALECT)
        if parsed:
            rows.append(parsed)
    if dialect is IMPORT_DIALECT:
        rows, joined = rejoin_split_choices(rows)
        for note in joined:
            batch.note(f"{table.file}: {note}")
    recorded = existing_questions(store)
    matched = _build(batch, table, rows, columns, recorded, forecaster)
    reconcile(store, batch, matched, placeholder=PLACEHOLDER_CRITERIA)
    return batch.apply(store, strict=strict, now=now)


def _read_row(row: CsvRow, columns: dict, batch: Batch, file: str, default: str, percent: bool) -> _Row | None:
    problems: list[tuple[str, str]] = []

    def cell(name: str) -> str:
        value = row.get(columns.get(name))
        # Files we wrote neutralised formula-like cells; Fatebook's own export never does.
        return unneutralise(value) if percent else value

    def read(name: str, parse, required: bool = False):
        text = cell(name)
        if not text:
            if required:
                problems.append((columns[name] or name, "required"))
            return None
        try:
            return parse(text)
        except ValueError as exc:
            problems.append((columns[name], str(exc)))
            return None

    title = " ".join(cell("title").split())
    if not title:
        problems.append((columns["title"], "required"))
    probability = read("forecast", parse_percent if percent else _unit, required=True)
    created_at = read("created_at", parse_time, required=True)
    made_at = read("made_at", parse_time, required=not percent) or created_at
    due = read("due", parse_day)
    resolution = read("resolution", _resolution)
    resolved_at = read("resolved_at", parse_time)
    for name, message in problems:
        batch.problem(file, row.line, name, message)
    if problems:
        return None
    if due is None:
        due = (created_at + FALLBACK_DELAY).date()
    if resolution and resolved_at is None:
        resolved_at = created_at + FALLBACK_DELAY
    notes = cell("notes") + cell("notes_extra") if percent else cell("notes")
    # Fatebook's export joins a question's tags with "; ", its import splits them at ",".
    tags = tuple(dict.fromkeys(t for t in (slug(t.strip(), "") for t in re.split(r"[;,]", cell("tags"))) if t))
    return _Row(line=row.line, title=title, option=cell("option") or None,
                forecaster=person(cell("forecaster"), default), probability=probability, made_at=made_at,
                created_at=created_at, resolver=person(cell("resolver"), default), due=due,
                resolution=resolution, resolved_at=resolved_at if resolution else None,
                notes=notes.strip() or None, tags=tags)


def _unit(text: str) -> float:
    """Fatebook's export writes forecasts on a 0-1 scale: a number, nothing else."""
    try:
        number = float(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a number between 0 and 1") from None
    if not 0.0 <= number <= 1.0:  # NaN fails too
        raise ValueError(f"{text.strip()} is not between 0 and 1")
    return number


def _resolution(text: str) -> str:
    value = text.strip().lower()
    if value in _RESOLUTIONS:
        return value
    raise ValueError(f"{text!r} is not YES, NO, AMBIGUOUS, ANNULLED or OTHER")


def _ledger_columns(columns: dict) -> dict[str, str]:
    """Ledger field -> this file's column, so that problems found later name the file's columns."""
    def c(*names):
        return next((columns[n] for n in names if columns.get(n)), names[0])

    return {"id": c("title"), "text": c("title"), "question_id": c("title"), "criteria": c("notes"),
            "kind": c("option", "title"), "outcomes": c("option", "title"), "due": c("due"),
            "created_at": c("created_at"), "tags": c("tags"), "forecaster": c("forecaster"),
            "made_at": c("made_at", "created_at"), "predictions": c("made_at", "created_at"),
            "probability": c("forecast"), "probabilities": c("forecast"), "outcome": c("resolution"),
            "resolved_at": c("resolved_at"), "resolver": c("resolver"), "correction": c("resolution")}


def _build(batch: Batch, table: CsvTable, rows: list[_Row], columns: dict, recorded: dict,
           default: str) -> set[str]:
    """Add the questions the rows state; return the ids that are recorded questions (matched by text and
    creation time), which :func:`reconcile` compares with what the store holds."""
    names = _ledger_columns(columns)
    option_column = columns.get("option") or "Multiple choice option"
    groups: dict[tuple[str, datetime], list[_Row]] = {}
    for row in rows:
        groups.setdefault((row.title, row.created_at), []).append(row)
    used: set[str] = set()

    def new_id(text: str, created_at: datetime) -> str:
        question_id = stable_id(text, created_at, recorded, used)
        used.add(question_id)
        return question_id

    for (title, created_at), members in groups.items():
        if any(m.option for m in members):
            for m in members:
                if not m.option:
                    batch.problem(table.file, m.line, option_column,
                                  "required: other rows of this question name an option")
            members = [m for m in members if m.option]
        first = members[0]
        fields = {"text": title, "criteria": first.notes or PLACEHOLDER_CRITERIA, "due": first.due,
                  "created_at": created_at, "tags": sorted({t for m in members for t in m.tags})}
        if first.option:
            build_choice(batch, table.file, {**fields, "id": new_id(title, created_at)}, members, names,
                         option_column, default, lambda text, at=created_at: new_id(text, at))
            continue
        _binary(batch, table.file, {**fields, "id": new_id(title, created_at)}, members, names, default)
    return used & set(recorded)


def _binary(batch: Batch, file: str, fields: dict, members: list[_Row], names: dict, default: str) -> None:
    predictions = [({"forecaster": m.forecaster, "made_at": m.made_at, "probability": m.probability},
                    batch.place(file, m.line, names, "prediction")) for m in members]
    if batch.add_question(fields, batch.place(file, members[0].line, names, "question"), predictions,
                          require_prediction=True) is None:
        return
    resolved = next((m for m in members if m.resolution), None)
    if resolved is None:
        return
    if resolved.resolution == "other":
        batch.problem(file, resolved.line, names["outcome"], "OTHER resolves only a multiple-choice question")
        return
    batch.add_resolution({"question_id": fields["id"], "outcome": resolved.resolution,
                          "resolved_at": resolved.resolved_at, "resolver": resolved.resolver or default},
                         batch.place(file, resolved.line, names, "resolution"))


__all__ = ["import_fatebook", "export_fatebook", "fatebook_rows", "PLACEHOLDER_CRITERIA"]
