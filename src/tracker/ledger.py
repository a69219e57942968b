"""Forecast and resolution files -> domain records, with every problem located by file, line and field.

Like beancount's loader, ``load`` never stops at the first problem: it returns the records it could
read and a list of :class:`LedgerError` values, and the caller writes only when that list is empty.

A file (YAML or JSON) holds ``questions:`` and/or ``resolutions:``; a forecast file may also be a
single question or a list of questions. The format is documented in docs/ledger-format.md; reading
one file safely is :mod:`tracker.ledger_yaml`'s work.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from tracker.dates import parse_timestamp
from tracker.domain import Prediction, Question, Resolution, pattern_rule
from tracker.errors import LedgerError, shown
from tracker.ledger_revisions import RevisionEntry, read_chain, read_revisions, read_stamps
from tracker.ledger_yaml import MAX_DEPTH, MAX_FILE_BYTES, BoolText, LineDict, LineList, read_document

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "SUFFIXES", "LedgerContents", "LineDict", "LineList", "QuestionEntry",
           "ResolutionEntry", "ledger_files", "load", "read_document"]

SUFFIXES = (".yaml", ".yml", ".json")


@dataclass
class QuestionEntry:
    """A question read from a file, with its predictions and where each came from."""

    question: Question
    predictions: list[tuple[Prediction, int]]
    file: str
    line: int
    raw: LineDict
    #: Its ``revisions:`` (tracker.ledger_revisions), and the store-set (recorded_at, role) of its exported
    #: predictions, by the prediction's line.
    revisions: list[RevisionEntry] = field(default_factory=list)
    stamps: dict[int, tuple] = field(default_factory=dict)


@dataclass
class ResolutionEntry:
    """A resolution read from a file; ``correction`` marks it as superseding the one in force."""

    resolution: Resolution
    correction: bool
    file: str
    line: int
    recorded_at: datetime | None = None  # store-set, in exports (tracker.ledger_revisions.STAMP_FIELDS)
    role: str | None = None


@dataclass
class LedgerContents:
    questions: list[QuestionEntry] = field(default_factory=list)
    resolutions: list[ResolutionEntry] = field(default_factory=list)
    errors: list[LedgerError] = field(default_factory=list)
    #: Ids of questions a file declares but that could not be read: apply checks nothing against them,
    #: so that a resolution of such a question is not also reported as one of an unknown question.
    unreadable_ids: set[str] = field(default_factory=set)
    #: An export's ``chain: {seq, hash, first}``: the head of the chain it holds, and where it was read.
    chains: list[tuple[dict, str, int]] = field(default_factory=list)


def ledger_files(paths: list[str | os.PathLike]) -> tuple[list[Path], list[LedgerError]]:
    """Expand files and folders (recursively, sorted) into the ledger files they hold."""
    files: list[Path] = []
    errors: list[LedgerError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            root = path.resolve()
            linked_out = [p for p in _linked_folders(path) if not p.resolve().is_relative_to(root)]
            if not found and not linked_out:
                errors.append(LedgerError(str(path), None, None, "no .yaml, .yml or .json files in this folder"))
            # A folder's links to folders are not followed (rglob); a link to a file or a folder outside
            # the folder is refused, not skipped silently: applying a folder must read only what is in it.
            outside = [p for p in found if p.is_symlink() and not p.resolve().is_relative_to(root)]
            errors.extend(LedgerError(str(p), None, None, f"is a link to the folder {p.resolve()}, outside "
                                      f"{path}: not read (copy its files in, or name it on the command line)")
                          for p in linked_out)
            errors.extend(LedgerError(str(p), None, None, f"is a link to {p.resolve()}, outside {path}: "
                                      "not read (copy the file in, or name it on the command line)")
                          for p in outside)
            files.extend(p for p in found if p not in outside)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(LedgerError(str(path), None, None, "no such file or folder"))
    return list(dict.fromkeys(files)), errors


def _linked_folders(folder: Path) -> list[Path]:
    """Links to folders under ``folder`` (not followed, hidden ones left out as their files are)."""
    links = []
    for parent, dirs, _ in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        links.extend(Path(parent, d) for d in dirs if Path(parent, d).is_symlink())
    return links


def load(paths: list[str | os.PathLike]) -> LedgerContents:
    """Read every ledger file under ``paths`` into records plus errors; nothing is written anywhere."""
    files, errors = ledger_files(paths)
    contents = LedgerContents(errors=errors)
    for path in files:
        path = _shown(path)
        data, error = read_document(path)
        if error:
            contents.errors.append(error)
            continue
        _read_declarations(str(path), data, contents)
    return contents


def _shown(path: Path) -> Path:
    """The path as the user will want to read it in messages: relative to here when it is below here."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def _read_declarations(name: str, data: object, contents: LedgerContents) -> None:
    if isinstance(data, LineList):
        questions, resolutions, line = data, None, data.line
    elif isinstance(data, LineDict) and ("questions" in data or "resolutions" in data):
        unknown = set(data) - {"questions", "resolutions", "chain"}
        for key in sorted(unknown, key=str):
            contents.errors.append(LedgerError(name, data.lines[key], str(key), "unknown field"))
        questions, resolutions, line = data.get("questions"), data.get("resolutions"), data.line
        if "chain" in data and (chain := read_chain(name, data, contents.errors)):
            contents.chains.append(chain)
    elif isinstance(data, LineDict):
        questions, resolutions, line = LineList([data]), None, data.line
        questions.lines = [data.line]
    else:
        contents.errors.append(LedgerError(name, 1, None, "expected questions or resolutions, found plain text"))
        return
    for key, items in (("questions", questions), ("resolutions", resolutions)):
        if items is None:
            continue
        if not isinstance(items, LineList):
            contents.errors.append(LedgerError(name, line, key, "must be a list"))
            continue
        for item, item_line in zip(items, items.lines):
            if not isinstance(item, LineDict):
                contents.errors.append(LedgerError(name, item_line, key, "each entry must be a mapping"))
            elif key == "questions":
                _read_question(name, item, contents)
            else:
                _read_resolution(name, item, contents)


def _read_question(name: str, raw: LineDict, contents: LedgerContents) -> None:
    revisions = read_revisions(name, raw.get("revisions"), contents.errors)
    fields = {k: v for k, v in raw.items() if k not in ("predictions", "revisions")}
    predictions_raw = raw.get("predictions") or LineList()
    if not isinstance(predictions_raw, LineList):
        contents.errors.append(LedgerError(name, raw.lines.get("predictions", raw.line), "predictions",
                                           "must be a list"))
        predictions_raw = LineList()
    if "id" not in fields:
        contents.errors.append(LedgerError(name, raw.line, "id", "required in files (so that apply is repeatable)"))
    has_id = "id" in fields
    if not has_id:
        fields["id"] = "missing-id"  # a stand-in: the rest of the question is still checked
    if "created_at" not in fields:
        # A question without a creation time dates from its first prediction. When that one has no
        # usable made_at, its own error says so (naming made_at, the field the user writes), and a
        # stand-in keeps the question from blaming created_at, which the user never had to write.
        times = [p.get("made_at") for p in predictions_raw if isinstance(p, dict) and p.get("made_at")]
        try:
            fields["created_at"] = parse_timestamp(times[0])  # a JSON file's made_at is text
        except (IndexError, ValueError):
            if predictions_raw:
                fields["created_at"] = datetime(1970, 1, 1).astimezone()
    question = None
    try:
        question = Question.model_validate(fields)
    except ValidationError as exc:
        for error in _located(name, raw, exc):
            if error.field == "created_at" and error.message == "required":
                error = LedgerError(name, error.line, "created_at",
                                    "required for a question without predictions (or add one with made_at)")
            contents.errors.append(error)
    if question is None and isinstance(raw.get("id"), str):
        contents.unreadable_ids.add(raw["id"])
    predictions: list[tuple[Prediction, int]] = []
    stamps: dict[int, tuple] = {}
    question_id = question.id if question else "missing-id"
    # An unreadable question still says what outcomes it has: predictions are checked against those
    # too, so that an unknown outcome is not reported only once the question's own problems are fixed.
    shape = question or _shape_of(raw)
    for item, item_line in zip(predictions_raw, predictions_raw.lines):
        if not isinstance(item, LineDict):
            contents.errors.append(LedgerError(name, item_line, "predictions", "each prediction must be a mapping"))
            continue
        stamp = read_stamps(name, item, contents.errors)
        if stamp != (None, None):
            stamps[item_line] = stamp
        try:
            # Checked even when the question is not readable: every problem is reported at once.
            prediction = Prediction.model_validate({"question_id": question_id, **item})
            if shape is not None:
                prediction.check_against(shape)
        except ValidationError as exc:
            contents.errors.extend(_located(name, item, exc))
            continue
        except ValueError as exc:
            contents.errors.append(LedgerError(name, item_line, "probabilities", str(exc)))
            continue
        predictions.append((prediction, item_line))
    if question is not None and has_id:
        contents.questions.append(QuestionEntry(question, predictions, name, raw.line, raw, revisions, stamps))


def _shape_of(raw: LineDict) -> Question | None:
    """The kind and outcomes of a question that failed validation, when the file states them plainly."""
    kind, outcomes = raw.get("kind", "binary"), raw.get("outcomes", ())
    if kind not in ("binary", "choice") or not isinstance(outcomes, list) \
            or not all(isinstance(o, str) for o in outcomes):
        return None
    question_id = raw["id"] if isinstance(raw.get("id"), str) else "missing-id"
    return Question.model_construct(id=question_id, kind=kind, outcomes=tuple(dict.fromkeys(outcomes)))


def _read_resolution(name: str, raw: LineDict, contents: LedgerContents) -> None:
    correction = raw.get("correction", False)
    if isinstance(correction, BoolText):
        correction = correction.truth
    if not isinstance(correction, bool):
        contents.errors.append(LedgerError(name, raw.lines["correction"], "correction", "must be true or false"))
        return
    fields = LineDict({k: v for k, v in raw.items() if k != "correction"})
    fields.line, fields.lines = raw.line, raw.lines
    recorded_at, role = read_stamps(name, fields, contents.errors)
    if isinstance(fields.get("evidence"), str):
        fields["evidence"] = [fields["evidence"]]
    for forbidden in ("id", "supersedes"):
        if forbidden in fields:
            contents.errors.append(LedgerError(name, raw.lines[forbidden], forbidden,
                                               "is set by the store; use `correction: true` to supersede"))
            return
    try:
        resolution = Resolution.model_validate(fields)
    except ValidationError as exc:
        contents.errors.extend(_located(name, raw, exc))
        return
    contents.resolutions.append(ResolutionEntry(resolution, correction, name, raw.line, recorded_at, role))


def _located(name: str, raw: LineDict, exc: ValidationError) -> list[LedgerError]:
    """One LedgerError per pydantic error, at the line of the deepest field that exists in the file."""
    errors = []
    for error in exc.errors():
        loc = [part for part in error["loc"] if not (isinstance(part, str) and part.startswith("function-"))]
        line, node = raw.line, raw
        for part in loc:
            if isinstance(node, LineDict) and part in node:
                line, node = node.lines[part], node[part]
            elif isinstance(node, LineList) and isinstance(part, int) and part < len(node):
                line, node = node.lines[part], node[part]
            else:
                break
        field_name = ".".join(str(p) for p in loc) or None
        errors.append(LedgerError(name, line, field_name, _message(error)))
    return errors


def _message(error: dict) -> str:
    if error["type"] == "missing":
        return "required"
    if error["type"] == "extra_forbidden":
        return "unknown field"
    message = error["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    if error["type"] == "string_pattern_mismatch":
        return f"{shown(error['input'])} {pattern_rule(error)}"
    if error["type"].startswith(("date_", "datetime_")) and (why := _impossible_date(error["input"])):
        return f"{shown(error['input'])} is not a real date: {why}"
    if error["type"].startswith("date_") or error["type"] == "date_type":
        return f"{shown(error['input'])} is not a date like 2027-12-31"
    if error["type"].startswith("datetime_"):
        return f"{shown(error['input'])} is not a timestamp like 2027-12-31T09:00:00Z"
    if error["type"] == "timezone_aware":
        return f"{shown(error['input'], quote=False)} has no time zone; add Z or an offset like +02:00"
    return message


def _impossible_date(value: object) -> str | None:
    """Why a value shaped like a date (2027-02-30) is none, in the calendar's words; None for other shapes."""
    import datetime as dt

    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        return str(exc)
    return None
