"""PredictionBook CSV -> the store.

Two shapes are read, told apart by their header (any case; spaces read as ``_``):

- PredictionBook's own export, ``my_predictions.csv`` (since August 2023): one row per prediction, its
  wagers dropped, with ``mean_confidence`` (the mean of every wager, in percent), ``outcome``
  (true/false/empty), ``last_judgement_at`` and ``description_with_group``. Each question gets one
  forecast, the group's mean, by :data:`GROUP_FORECASTER`, dated when the prediction was created.
- Tables made from its API (``/api/my_predictions``) or a database dump, one row per response (wager)
  with ``user_label``, ``confidence`` in percent and the response's ``created_at``.

The judgement is dated ``last_judgement_at`` (or ``judged_at``, ``resolved_at``), never ``updated_at``,
which is when the row last changed. docs/interop.md lists the columns and what is assumed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tracker.errors import TrackerError
from tracker.interop.common import (Batch, CsvRow, ImportResult, parse_day, parse_percent, parse_time, person,
                                    read_csv, unknown_columns)

PLACEHOLDER_CRITERIA = "As judged on PredictionBook (imported; no criteria were recorded)"
#: Who the mean confidence of ``my_predictions.csv`` is from: everyone who wagered, averaged.
GROUP_FORECASTER = "predictionbook-group"

#: Our field -> the column names accepted for it, first match wins (compared lowercased, spaces as _).
COLUMNS = {
    "id": ("id", "prediction_id"),
    "text": ("description_with_group", "description", "statement", "title", "question"),
    "created_at": ("created_at", "created"),
    "due": ("deadline", "known_at", "due"),
    "outcome": ("outcome", "judgement", "judgment", "result"),
    "judged_at": ("last_judgement_at", "judged_at", "resolved_at"),
    "forecaster": ("user_label", "user", "forecaster", "response_user", "creator_label", "creator"),
    "confidence": ("confidence", "response_confidence", "probability"),
    "made_at": ("response_created_at", "responded_at", "made_at", "wagered_at"),
    "comment": ("comment", "response_comment"),
    "mean_confidence": ("mean_confidence",),
}
REQUIRED = ("id", "text", "created_at", "due")
#: Read but not recorded: they say nothing a forecast record holds.
IGNORED = ("creator_id", "user_id", "uuid", "version", "visibility", "group_id", "prediction_group_id", "withdrawn",
           "description", "wager_count", "response_id", "updated_at")
_YES = {"true", "right", "yes", "1", "t", "correct"}
_NO = {"false", "wrong", "no", "0", "f", "incorrect"}
_OPEN = {"", "unknown", "null", "none", "nil", "open"}


@dataclass
class _Row:
    line: int
    pb_id: str
    text: str
    created_at: datetime
    due: date
    outcome: str | None
    judged_at: datetime | None
    forecaster: str
    probability: float | None
    made_at: datetime
    comment: str | None


def _key(column: str) -> str:
    return "_".join(column.strip().lower().replace("-", "_").split())


def import_predictionbook(store, path: str | Path, *, forecaster: str, strict: bool = False,
                          now: datetime | None = None) -> ImportResult:
    """Read a PredictionBook table into the store in one transaction; question ids are ``pb-<id>``.

    Rows without a confidence (comments only) add nothing but the question. ``forecaster`` is who
    forecasts and judgements are from when the file names no user.
    """
    table = read_csv(Path(path))
    by_key = {_key(c): c for c in reversed(table.columns)}
    columns = {name: next((by_key[a] for a in aliases if a in by_key), None) for name, aliases in COLUMNS.items()}
    missing = [COLUMNS[name][0] for name in REQUIRED if columns[name] is None]
    if missing:
        raise TrackerError(f"{table.file}: missing column{'s' if len(missing) > 1 else ''} "
                           f"{', '.join(repr(m) for m in missing)} (see docs/interop.md for the PredictionBook "
                           "columns read)")
    batch = Batch("predictionbook", [table.file])
    known = {c for c in columns.values() if c} | {by_key[k] for k in IGNORED if k in by_key}
    unknown_columns(table, known, batch, "PredictionBook")
    for problem in table.problems:
        batch.problem(problem.file, problem.line, problem.field, problem.message)
        batch.row(problem.file, problem.line)
    rows = []
    summary = columns["confidence"] is None and columns["mean_confidence"] is not None
    if summary:
        batch.note(f"{table.file}: PredictionBook's own export holds no wagers, only each prediction's mean "
                   f"confidence: imported as one forecast per question by {GROUP_FORECASTER!r}, dated when the "
                   "prediction was created")
    for row in table.rows:
        batch.row(table.file, row.line)
        if parsed := _read_row(row, columns, batch, table.file, forecaster, summary):
            rows.append(parsed)
    if summary and (unwagered := sum(r.probability is None for r in rows)):
        batch.note(f"{table.file}: {unwagered} prediction{'s have' if unwagered != 1 else ' has'} no mean "
                   "confidence (nobody wagered): imported without a forecast")
    _build(batch, table.file, rows, columns, forecaster)
    return batch.apply(store, strict=strict, now=now)


def _read_row(row: CsvRow, columns: dict, batch: Batch, file: str, default: str, summary: bool) -> _Row | None:
    problems: list[tuple[str, str]] = []

    def read(name: str, parse, required: bool = False):
        text = row.get(columns.get(name))
        if not text:
            if required:
                problems.append((columns[name], "required"))
            return None
        try:
            return parse(text)
        except ValueError as exc:
            problems.append((columns[name], str(exc)))
            return None

    pb_id = read("id", _pb_id, required=True)
    text = " ".join(row.get(columns["text"]).split())
    if not text:
        problems.append((columns["text"], "required"))
    created_at = read("created_at", parse_time, required=True)
    due = read("due", parse_day, required=True)
    outcome = _outcome(row.get(columns.get("outcome")))
    if outcome == "?":
        problems.append((columns["outcome"], f"{row.get(columns['outcome'])!r} is not a judgement (right/wrong, "
                                             "true/false, yes/no, 1/0, or empty when unknown)"))
    judged_at = read("judged_at", parse_time)
    probability = read("mean_confidence" if summary else "confidence", lambda text: parse_percent(text, "70"))
    made_at = None if summary else read("made_at", parse_time)
    if outcome in ("yes", "no") and judged_at is None and not problems:
        problems.append((columns["judged_at"] or "last_judgement_at",
                         "required when the outcome is known (updated_at is when the row last changed, not "
                         "when it was judged)"))
    for column, message in problems:
        batch.problem(file, row.line, column, message)
    if problems:
        return None
    return _Row(line=row.line, pb_id=pb_id, text=text, created_at=created_at, due=due,
                outcome=outcome, judged_at=judged_at,
                forecaster=GROUP_FORECASTER if summary else person(row.get(columns.get("forecaster")), default),
                probability=probability, made_at=made_at or created_at,
                comment=row.get(columns.get("comment")) or None)


def _pb_id(text: str) -> str:
    value = text.strip()
    if not value.isdigit():
        raise ValueError(f"{text!r} is not a PredictionBook id (a number)")
    return value


def _outcome(text: str) -> str | None:
    value = text.strip().lower()
    if value in _OPEN:
        return None
    if value in _YES:
        return "yes"
    if value in _NO:
        return "no"
    return "?"


def _build(batch: Batch, file: str, rows: list[_Row], columns: dict, default: str) -> None:
    names = {"id": columns["id"], "text": columns["text"], "question_id": columns["id"],
             "created_at": columns["created_at"], "due": columns["due"], "criteria": columns["text"],
             "forecaster": columns["forecaster"] or "forecaster", "made_at": columns["made_at"] or columns["created_at"],
             "predictions": columns["made_at"] or columns["created_at"],
             "probability": columns["confidence"] or columns["mean_confidence"] or "confidence", "outcome": columns["outcome"] or "outcome",
             "resolved_at": columns["judged_at"] or "judged_at", "resolver": columns["forecaster"] or "forecaster",
             "correction": columns["outcome"] or "outcome"}
    groups: dict[str, list[_Row]] = {}
    for row in rows:
        groups.setdefault(row.pb_id, []).append(row)
    for pb_id, members in groups.items():
        first = members[0]
        for m in members[1:]:
            if (m.text, m.created_at, m.due) != (first.text, first.created_at, first.due):
                batch.problem(file, m.line, columns["text"], f"prediction {pb_id} is described differently at "
                                                             f"line {first.line}")
        members = [m for m in members if (m.text, m.created_at, m.due) == (first.text, first.created_at, first.due)]
        fields = {"id": f"pb-{pb_id}", "text": first.text, "criteria": PLACEHOLDER_CRITERIA, "due": first.due,
                  "created_at": first.created_at}
        predictions = [({"forecaster": m.forecaster, "made_at": m.made_at, "probability": m.probability,
                         "rationale": m.comment}, batch.place(file, m.line, names, "prediction"))
                       for m in members if m.probability is not None]
        key = batch.place(file, first.line, names, "question")
        if batch.add_question(fields, key, predictions) is None:
            continue
        judged = next((m for m in members if m.outcome), None)
        if judged:
            batch.add_resolution({"question_id": f"pb-{pb_id}", "outcome": judged.outcome,
                                  "resolved_at": judged.judged_at,
                                  "resolver": default},
                                 batch.place(file, judged.line, names, "resolution"))
