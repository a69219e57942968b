"""Forecast and resolution files -> domain records, with every problem located by file, line and field.

Like beancount's loader, ``load`` never stops at the first problem: it returns the records it could
read and a list of :class:`LedgerError` values, and the caller writes only when that list is empty.

A file (YAML or JSON) holds ``questions:`` and/or ``resolutions:``; a forecast file may also be a
single question or a list of questions. The format is documented in docs/ledger-format.md.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from tracker.domain import Prediction, Question, Resolution
from tracker.errors import LedgerError
from tracker.nesting import json_too_deep, yaml_too_deep

SUFFIXES = (".yaml", ".yml", ".json")
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Ledger files are a few levels deep; anything near this is an attack or an accident, and deeper
#: nesting would exhaust the recursion of the YAML composer (or crash libyaml's C one).
MAX_DEPTH = 64
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A mapping that remembers the line of itself and of each key."""

    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines: dict = {}


class LineList(list):
    """A list that remembers the line of itself and of each item."""

    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines: list[int] = []


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader (C parser when present), building LineDict/LineList and refusing duplicate keys."""


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) or key is None:
            raise yaml.constructor.ConstructorError(None, None, "keys must be plain words", key_node.start_mark)
        if key in mapping:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader, node):
    items = LineList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    items.lines = [child.start_mark.line + 1 for child in node.value]
    return items


def _construct_timestamp(loader, node):
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(None, None, f"{node.value!r} is not a real date or time: {exc}",
                                                node.start_mark) from None


# YAML 1.1 reads 1:3 as a base-60 number (63); in a forecast file it can only mean odds. Drop the
# sexagesimal int and float forms so such a value stays text and is read as odds.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"""^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$""", re.X), list("-+0123456789"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:float", re.compile(r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$""", re.X), list("-+0123456789."))
_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


@dataclass
class QuestionEntry:
    """A question read from a file, with its predictions and where each came from."""

    question: Question
    predictions: list[tuple[Prediction, int]]
    file: str
    line: int
    raw: LineDict


@dataclass
class ResolutionEntry:
    """A resolution read from a file; ``correction`` marks it as superseding the one in force."""

    resolution: Resolution
    correction: bool
    file: str
    line: int


@dataclass
class LedgerContents:
    questions: list[QuestionEntry] = field(default_factory=list)
    resolutions: list[ResolutionEntry] = field(default_factory=list)
    errors: list[LedgerError] = field(default_factory=list)


def ledger_files(paths: list[str | os.PathLike]) -> tuple[list[Path], list[LedgerError]]:
    """Expand files and folders (recursively, sorted) into the ledger files they hold."""
    files: list[Path] = []
    errors: list[LedgerError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                errors.append(LedgerError(str(path), None, None, "no .yaml, .yml or .json files in this folder"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(LedgerError(str(path), None, None, "no such file or folder"))
    return list(dict.fromkeys(files)), errors


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


def read_document(path: Path) -> tuple[object, LedgerError | None]:
    """Parse one YAML or JSON file safely into LineDict/LineList values."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, LedgerError(name, None, None, f"file is larger than {MAX_FILE_BYTES // 2**20} MiB")
        raw = path.read_bytes()
    except OSError as exc:
        return None, LedgerError(name, None, None, exc.strerror or str(exc))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, LedgerError(name, line, None, f"not UTF-8 text (byte {raw[exc.start]:#x})")
    if not text.strip():
        return None, LedgerError(name, None, None, "file is empty: expected questions or resolutions")
    is_json = path.suffix.lower() == ".json"
    # Counted by hand before any parser runs: parsers recurse per level and stop deep input at
    # version-dependent limits with version-dependent words (tracker.nesting says more).
    if too_deep := (json_too_deep if is_json else yaml_too_deep)(text, MAX_DEPTH):
        return None, LedgerError(name, too_deep, None, f"nested more than {MAX_DEPTH} levels deep")
    if is_json:
        try:
            json.loads(text)  # strict JSON first, so a JSON file is held to JSON's rules
        except json.JSONDecodeError as exc:
            return None, LedgerError(name, exc.lineno, None, f"broken JSON: {exc.msg}")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, LedgerError(name, None, None, "file is empty: expected questions or resolutions")
        if alias_line := _first_alias(node):
            return None, LedgerError(name, alias_line, None, "YAML anchors and aliases are not allowed")
        return loader.construct_document(node), None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        if "could not determine a constructor" in problem:
            tag = re.search(r"'([^']*)'", problem)
            return None, LedgerError(name, line, None, f"tag {tag.group(1) if tag else problem!r} is not allowed "
                                                       "(only plain YAML is read)")
        if problem.endswith("is not a real date or time") or "is not a real date or time:" in problem:
            return None, LedgerError(name, line, None, problem)
        return None, LedgerError(name, line, None, f"broken YAML: {problem}")
    except yaml.YAMLError as exc:
        return None, LedgerError(name, None, None, f"broken YAML: {exc}")
    finally:
        loader.dispose()


def _first_alias(root) -> int | None:
    # An alias is the same node object reached twice; refusing them makes "billion laughs" harmless.
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return node.start_mark.line + 1
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None


def _read_declarations(name: str, data: object, contents: LedgerContents) -> None:
    if isinstance(data, LineList):
        questions, resolutions, line = data, None, data.line
    elif isinstance(data, LineDict) and ("questions" in data or "resolutions" in data):
        unknown = set(data) - {"questions", "resolutions"}
        for key in sorted(unknown, key=str):
            contents.errors.append(LedgerError(name, data.lines[key], str(key), "unknown field"))
        questions, resolutions, line = data.get("questions"), data.get("resolutions"), data.line
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
    fields = {k: v for k, v in raw.items() if k != "predictions"}
    predictions_raw = raw.get("predictions") or LineList()
    if not isinstance(predictions_raw, LineList):
        contents.errors.append(LedgerError(name, raw.lines.get("predictions", raw.line), "predictions",
                                           "must be a list"))
        return
    if "id" not in fields:
        contents.errors.append(LedgerError(name, raw.line, "id", "required in files (so that apply is repeatable)"))
        return
    if "created_at" not in fields:
        # A question without a creation time dates from its first prediction (if that one is well-formed:
        # otherwise the prediction's own error below says what is wrong with it).
        times = [p.get("made_at") for p in predictions_raw if isinstance(p, dict) and p.get("made_at")]
        if times and isinstance(times[0], datetime) and times[0].tzinfo is not None:
            fields["created_at"] = times[0]
        elif times:
            fields["created_at"] = datetime(1970, 1, 1).astimezone()
    try:
        question = Question.model_validate(fields)
    except ValidationError as exc:
        contents.errors.extend(_located(name, raw, exc))
        return
    predictions: list[tuple[Prediction, int]] = []
    for item, item_line in zip(predictions_raw, predictions_raw.lines):
        if not isinstance(item, LineDict):
            contents.errors.append(LedgerError(name, item_line, "predictions", "each prediction must be a mapping"))
            continue
        try:
            prediction = Prediction.model_validate({"question_id": question.id, **item})
            prediction.check_against(question)
        except ValidationError as exc:
            contents.errors.extend(_located(name, item, exc))
            continue
        except ValueError as exc:
            contents.errors.append(LedgerError(name, item_line, "probabilities", str(exc)))
            continue
        predictions.append((prediction, item_line))
    contents.questions.append(QuestionEntry(question, predictions, name, raw.line, raw))


def _read_resolution(name: str, raw: LineDict, contents: LedgerContents) -> None:
    correction = raw.get("correction", False)
    if not isinstance(correction, bool):
        contents.errors.append(LedgerError(name, raw.lines["correction"], "correction", "must be true or false"))
        return
    fields = {k: v for k, v in raw.items() if k != "correction"}
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
    contents.resolutions.append(ResolutionEntry(resolution, correction, name, raw.line))


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
        return f"{error['input']!r} must be lowercase letters, digits, '.', '_' or '-' (at most 64)"
    if error["type"].startswith("date_") or error["type"] == "date_type":
        return f"{error['input']!r} is not a date like 2027-12-31"
    if error["type"].startswith("datetime_"):
        return f"{error['input']!r} is not a timestamp like 2027-12-31T09:00:00Z"
    if error["type"] == "timezone_aware":
        return f"{error['input']} has no time zone; add Z or an offset like +02:00"
    return message
