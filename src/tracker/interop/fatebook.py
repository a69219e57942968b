"""Fatebook CSV, both ways.

Reading: Fatebook's own export (columns ``Question title``, ``Multiple choice option``, ``Forecast created
by``, ``Forecast (scale = 0-1)``, ``Forecast created at``, ``Question created by``, ``Question created at``,
``Question resolve by``, ``Resolution``, ``Resolved at`` and more), or a file in Fatebook's *import* format
(``questionTitle``, ``forecast`` in percent, ``qCreatedAt``, ``resolution``, ``resolvedAt``, ``resolveBy``,
``fCreatedAt``, ``tags``, ``notes``), which is what :func:`export_fatebook` writes. The rules are in
docs/interop.md.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from tracker.domain import QuestionHistory
from tracker.errors import TrackerError
from tracker.interop.common import (Batch, CsvRow, CsvTable, ImportResult, existing_questions, iso_utc,
                                    parse_day, parse_percent, parse_time, person, read_csv, slug, stable_id,
                                    unknown_columns, unneutralise)

#: Fatebook records no resolution criteria; an imported question gets this, never an empty text.
PLACEHOLDER_CRITERIA = "As judged by the question's author on Fatebook (imported; no criteria were recorded)"

#: Fatebook's export: our field -> its column (the first present of several names).
EXPORT_DIALECT = {
    "title": ("Question title",), "option": ("Multiple choice option",), "forecaster": ("Forecast created by",),
    "forecast": ("Forecast (scale = 0-1)",), "made_at": ("Forecast created at",),
    "resolver": ("Question created by",), "created_at": ("Question created at",),
    "due": ("Question resolve by",), "resolution": ("Resolution",), "resolved_at": ("Resolved at",),
    "notes": ("Question notes", "Notes"), "tags": ("Tags", "Question tags"),
}
#: Columns of Fatebook's export that carry nothing tracker records (scores are recomputed here).
EXPORT_IGNORED = ("Your Brier score for this question", "Your relative Brier score for this question",
                  "Question shared with", "Question shared publicly", "Question comments")
#: Fatebook's import format (what ``tracker export fatebook`` writes); its forecast is in percent.
IMPORT_DIALECT = {
    "title": ("questionTitle",), "forecast": ("forecast",), "created_at": ("qCreatedAt",),
    "resolution": ("resolution",), "resolved_at": ("resolvedAt",), "due": ("resolveBy",),
    "made_at": ("fCreatedAt",), "tags": ("tags",), "notes": ("notes",), "notes_extra": ("notesExtra",),
}
IMPORT_HEADER = ["questionTitle", "forecast", "qCreatedAt", "resolution", "resolvedAt", "resolveBy", "fCreatedAt",
                 "tags", "notes"]
#: When Fatebook's importer is given no resolve-by or resolved-at time, it uses creation time + 24 hours.
FALLBACK_DELAY = timedelta(hours=24)


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


def import_fatebook(store, path: str | Path, *, forecaster: str, strict: bool = False,
                    now: datetime | None = None) -> ImportResult:
    """Read a Fatebook CSV (its export, or its import format) into the store in one transaction.

    ``forecaster`` is who forecasts and resolutions are from when the file does not say (the import
    format never does). Rows that cannot be imported are left out and listed in ``problems``; with
    ``strict`` any problem raises ImportErrors and nothing is written. Importing the same file again
    changes nothing.
    """
    table = read_csv(Path(path))
    if "questionTitle" in table.columns:
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
    _build(batch, table, rows, columns, existing_questions(store), forecaster)
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
    tags = tuple(t for t in (slug(t.strip(), "") for t in cell("tags").split(",")) if t)
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
    if value in ("yes", "no", "ambiguous"):
        return value
    raise ValueError(f"{text!r} is not YES, NO or AMBIGUOUS")


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


def _build(batch: Batch, table: CsvTable, rows: list[_Row], columns: dict, recorded: dict, default: str) -> None:
    names = _ledger_columns(columns)
    option_column = columns.get("option") or "Multiple choice option"
    groups: dict[tuple[str, datetime], list[_Row]] = {}
    for row in rows:
        groups.setdefault((row.title, row.created_at), []).append(row)
    used: set[str] = set()
    for (title, created_at), members in groups.items():
        if any(m.option for m in members):
            for m in members:
                if not m.option:
                    batch.problem(table.file, m.line, option_column,
                                  "required: other rows of this question name an option")
            members = [m for m in members if m.option]
        first = members[0]
        question_id = stable_id(title, created_at, recorded, used)
        used.add(question_id)
        key = batch.place(table.file, first.line, names, "question")
        fields = {"id": question_id, "text": title, "criteria": first.notes or PLACEHOLDER_CRITERIA,
                  "due": first.due, "created_at": created_at,
                  "tags": sorted({t for m in members for t in m.tags})}
        if first.option:
            outcome_of = _outcome_names([m.option for m in members])
            fields.update(kind="choice", outcomes=list(dict.fromkeys(outcome_of.values())))
            predictions = _choice_predictions(batch, table.file, members, outcome_of, names, option_column)
        else:
            outcome_of = {}
            predictions = [({"forecaster": m.forecaster, "made_at": m.made_at, "probability": m.probability},
                            batch.place(table.file, m.line, names, "prediction")) for m in members]
        if batch.add_question(fields, key, predictions) is None:
            continue
        _resolution_of(batch, table.file, question_id, members, outcome_of, names, default)


def _outcome_names(options: Iterable[str]) -> dict[str, str]:
    """Fatebook option text -> an outcome name (lowercase, digits, . _ -), distinct per question."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for option in dict.fromkeys(options):
        base = slug(option, f"option-{len(names) + 1}")
        if base in ("ambiguous", "annulled", "open"):
            base = f"{base}-option"
        name, n = base, 2
        while name in taken:
            name, n = f"{base[:60]}-{n}", n + 1
        names[option] = name
        taken.add(name)
    return names


def _choice_predictions(batch: Batch, file: str, members: list[_Row], outcome_of: dict[str, str], names: dict,
                        option_column: str) -> list[tuple[dict, int]]:
    from tracker.probability import normalise_choice

    forecasts: dict[tuple[str, datetime], list[_Row]] = {}
    for m in members:
        forecasts.setdefault((m.forecaster, m.made_at), []).append(m)
    outcomes = list(dict.fromkeys(outcome_of.values()))
    predictions = []
    for (forecaster, made_at), group in forecasts.items():
        given: dict[str, float] = {}
        problem = None
        for m in group:
            if outcome_of[m.option] in given:
                problem = (option_column, f"{m.option!r} is given twice in {forecaster}'s forecast at "
                                          f"{iso_utc(made_at)}")
            given[outcome_of[m.option]] = m.probability
        missing = [o for o in outcomes if o not in given]
        if problem is None and missing:
            problem = (option_column, f"{forecaster}'s forecast at {iso_utc(made_at)} gives no probability for "
                                      f"{', '.join(missing)}")
        if problem is None:
            try:
                normalise_choice(given)
            except ValueError as exc:
                problem = (names["probabilities"], f"{forecaster}'s forecast at {iso_utc(made_at)}: {exc}")
        if problem:
            for m in group:
                batch.problem(file, m.line, *problem)
            continue
        predictions.append(({"forecaster": forecaster, "made_at": made_at,
                             "probabilities": {o: given[o] for o in outcomes}},
                            batch.place(file, group[0].line, names, "prediction")))
    return predictions


def _resolution_of(batch: Batch, file: str, question_id: str, members: list[_Row], outcome_of: dict[str, str],
                   names: dict, default: str) -> None:
    resolved = [m for m in members if m.resolution]
    if not resolved:
        return
    note = None
    if not outcome_of:
        row, outcome = resolved[0], resolved[0].resolution
    else:
        winners = list(dict.fromkeys(m.option for m in resolved if m.resolution == "yes"))
        if len(winners) > 1:
            batch.problem(file, resolved[0].line, names["outcome"],
                          f"more than one option resolved YES ({', '.join(winners)})")
            return
        if winners:
            row = next(m for m in resolved if m.option == winners[0])
            outcome = outcome_of[winners[0]]
        elif any(m.resolution == "ambiguous" for m in resolved):
            row, outcome = next(m for m in resolved if m.resolution == "ambiguous"), "ambiguous"
        elif {m.option for m in resolved} == set(outcome_of):
            row, outcome = resolved[0], "ambiguous"
            note = "every option resolved NO on Fatebook"
        else:
            return  # some options resolved NO, none YES yet: still open
    fields = {"question_id": question_id, "outcome": outcome, "resolved_at": row.resolved_at,
              "resolver": row.resolver or default}
    if note:
        fields["note"] = note
    batch.add_resolution(fields, batch.place(file, row.line, names, "resolution"))


# -- export -------------------------------------------------------------------------------------------

def fatebook_rows(histories: Iterable[QuestionHistory]) -> tuple[list[dict], dict]:
    """One row per forecast in Fatebook's import format, and counts of what could not be said in it.

    A choice question becomes one yes/no question per outcome, titled ``TEXT [OUTCOME]``; a question
    with no prediction has no row (Fatebook's import needs a forecast per row).
    """
    rows: list[dict] = []
    counts = {"questions": 0, "choice_questions_split": 0, "questions_without_forecasts": 0}
    for history in histories:
        question = history.question
        if not history.predictions:
            counts["questions_without_forecasts"] += 1
            continue
        counts["questions"] += 1
        resolution = history.resolution
        outcome = resolution.outcome if resolution and resolution.outcome != "open" else None
        common = {"qCreatedAt": iso_utc(question.created_at), "resolveBy": question.due.isoformat(),
                  "tags": ",".join(question.tags), "notes": question.criteria,
                  "resolvedAt": iso_utc(resolution.resolved_at) if outcome else ""}
        if question.kind == "binary":
            word = {"yes": "YES", "no": "NO", None: ""}.get(outcome, "AMBIGUOUS")
            for p in history.predictions:
                rows.append({"questionTitle": question.text, "forecast": _as_percent(p.probability),
                             "resolution": word, "fCreatedAt": iso_utc(p.made_at), **common})
            continue
        counts["choice_questions_split"] += 1
        for name in question.outcomes:
            if outcome is None:
                word = ""
            elif outcome in question.outcomes:
                word = "YES" if outcome == name else "NO"
            else:
                word = "AMBIGUOUS"
            for p in history.predictions:
                rows.append({"questionTitle": f"{question.text} [{name}]",
                             "forecast": _as_percent(p.probabilities[name]), "resolution": word,
                             "fCreatedAt": iso_utc(p.made_at), **common})
    return rows, counts


def _as_percent(probability: float) -> str:
    value = f"{probability * 100:.10g}"
    return f"{'0' if math.isclose(float(value), 0, abs_tol=1e-12) else value}%"


def export_fatebook(store, path: str | Path) -> dict:
    """Write the store as Fatebook's import CSV (one row per forecast); return what was written."""
    from tracker.api import all_histories
    from tracker.export import safe_cell

    rows, counts = fatebook_rows(all_histories(store))
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(IMPORT_HEADER)
            writer.writerows([[safe_cell(row.get(c)) for c in IMPORT_HEADER] for row in rows])
    except OSError as exc:
        raise TrackerError(f"{path}: {exc.strerror or exc}") from None
    return {"file": str(target), "rows": len(rows), **counts}


__all__ = ["import_fatebook", "export_fatebook", "fatebook_rows", "PLACEHOLDER_CRITERIA"]
