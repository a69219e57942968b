"""What every importer shares: reading a CSV file with line numbers, locating problems by file, line and
column, and applying the records through the ledger path (``tracker.apply.apply_contents``), which is
one transaction and idempotent.

An importer turns rows into ledger records (:class:`~tracker.ledger.QuestionEntry`,
:class:`~tracker.ledger.ResolutionEntry`) in a :class:`Batch`. Each record carries a *place key* in the
field where the ledger keeps a line number; the key maps back to the file, line and column the record
came from, so that a problem found later (by pydantic, or by ``apply`` against the store) is still
reported as ``FILE:LINE: COLUMN: MESSAGE``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from pydantic import ValidationError

from tracker.domain import ID_PATTERN, NAME_PATTERN, Prediction, Question, Resolution
from tracker.errors import LedgerError, LedgerErrors

MAX_FILE_BYTES = 64 * 1024 * 1024
#: The characters ``tracker.export.safe_cell`` neutralises with a leading apostrophe.
FORMULA_STARTS = "=+-@\t\r"


class ImportErrors(LedgerErrors):
    """An import that wrote nothing: every problem (file, line, column), and the notes made on the way."""

    def __init__(self, errors: list[LedgerError], notes: list[str] | None = None):
        self.notes = list(notes or [])
        super().__init__(errors)


@dataclass
class CsvRow:
    line: int
    cells: dict[str, str]

    def get(self, column: str | None) -> str:
        return (self.cells.get(column) or "").strip() if column else ""


@dataclass
class CsvTable:
    file: str
    columns: list[str]
    rows: list[CsvRow]
    problems: list[LedgerError] = field(default_factory=list)


def shown(path: Path) -> str:
    """A path as a user wants it in messages: relative to here when it is below here."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def read_csv(path: Path) -> CsvTable:
    """Read a CSV file (UTF-8, an optional byte-order mark, a header row) with each row's first line.

    Raises ImportErrors for a file that cannot be read at all; a row with more cells than the header
    (other than empty ones) is a problem of that row, and blank rows are skipped.
    """
    name = shown(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportErrors([LedgerError(name, None, None, f"file is larger than {MAX_FILE_BYTES // 2**20} MiB")])
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportErrors([LedgerError(name, None, None, exc.strerror or str(exc))]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportErrors([LedgerError(name, line, None, f"not UTF-8 text (byte {raw[exc.start]:#x})")]) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if not header or not any(c.strip() for c in header):
            raise ImportErrors([LedgerError(name, None, None, "file is empty: expected a header row")])
        columns = [c.strip() for c in header]
        table = CsvTable(name, columns, [])
        start = reader.line_num + 1
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
                table.problems.append(LedgerError(name, line, None, f"{len(cells)} cells, but the header names "
                                                                    f"{len(columns)} columns"))
                continue
            table.rows.append(CsvRow(line, dict(zip(columns, cells))))
    except csv.Error as exc:
        raise ImportErrors([LedgerError(name, reader.line_num, None, f"broken CSV: {exc}")]) from None
    return table


def unneutralise(value: str) -> str:
    """Undo ``tracker.export.safe_cell``: drop a leading apostrophe only where export added one, that is
    when the next character is one that export neutralises (= + - @ tab CR)."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


_LOOSE_TIME = re.compile(
    r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    r"(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$", re.IGNORECASE)


def parse_time(text: str) -> datetime:
    """A timestamp in UTC from ``2024-01-31 12:00:00``, ``2024-01-31T12:00:00.123Z``, ``2024-01-31 9:5:7``
    (Fatebook writes seconds without a leading zero) or a bare date (midnight). A time without a zone is UTC.
    """
    match = _LOOSE_TIME.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date and time like 2024-01-31 12:00:00")
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    tz = timezone.utc
    if zone and zone.upper() not in ("Z", "UTC"):
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        from datetime import timedelta

        tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
    try:
        micro = int((fraction or "0")[:6].ljust(6, "0"))
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
                          micro, tzinfo=tz)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date and time: {exc}") from None
    return moment.astimezone(timezone.utc)


def parse_day(text: str) -> date:
    """The calendar date a timestamp or date is written for (its wall date, whatever its zone)."""
    match = _LOOSE_TIME.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date like 2024-01-31")
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date: {exc}") from None


def parse_percent(text: str, example: str = "70%") -> float:
    """A percentage as another tool writes it ("70%", "70"), as a probability."""
    from tracker.probability import parse_probability

    number = text.strip().removesuffix("%").strip()
    try:
        float(number)
    except ValueError:
        raise ValueError(f"{text!r} is not a percentage like {example}") from None
    return parse_probability(f"{number}%")


def iso_utc(moment: datetime) -> str:
    """``2024-01-31T12:00:00Z`` (microseconds kept when there are any)."""
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def slug(text: str, fallback: str) -> str:
    """An id-shaped name (lowercase letters, digits, . _ -; at most 64) from free text, or ``fallback``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    value = re.sub(r"[^a-z0-9._-]+", "-", ascii_text).strip("-._")[:64].strip("-._")
    return value if re.match(ID_PATTERN, value) else fallback


def person(text: str, fallback: str) -> str:
    """A forecaster or resolver name (letters, digits, space . _ @ -; at most 64) from free text."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^A-Za-z0-9 ._@-]+", "-", " ".join(ascii_text.split())).strip(" -._@")[:64].strip()
    return value if value and re.match(NAME_PATTERN, value) else fallback


@dataclass(frozen=True)
class Place:
    """Where a record came from: the file, the line of its row, and the file's names for ledger fields."""

    file: str
    line: int
    columns: dict[str, str]
    kind: str  # question, prediction or resolution


@dataclass
class ImportResult:
    """What an import read and changed; ``problems`` are the rows left out (empty with ``--strict``)."""

    format: str
    files: list[str]
    rows: int = 0
    rows_imported: int = 0
    questions_added: int = 0
    questions_updated: int = 0
    predictions_added: int = 0
    resolutions_added: int = 0
    annulled: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[LedgerError] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.questions_added or self.questions_updated or self.predictions_added
                    or self.resolutions_added)

    def to_json(self) -> dict:
        return {"format": self.format, "files": self.files, "rows": self.rows, "rows_imported": self.rows_imported,
                "rows_skipped": self.rows - self.rows_imported, "questions_added": self.questions_added,
                "questions_updated": self.questions_updated, "predictions_added": self.predictions_added,
                "resolutions_added": self.resolutions_added, "annulled": self.annulled, "changed": self.changed,
                "notes": self.notes, "problems": [str(p) for p in self.problems]}


class Batch:
    """Ledger records built from rows, each located by a place key, plus the problems found so far."""

    def __init__(self, fmt: str, files: list[str]):
        from tracker.ledger import QuestionEntry, ResolutionEntry

        self.result = ImportResult(fmt, files)
        self.questions: list[QuestionEntry] = []
        self.resolutions: list[ResolutionEntry] = []
        self.places: dict[int, Place] = {}
        self.bad_rows: set[tuple[str, int]] = set()
        self.rows: set[tuple[str, int]] = set()

    # -- places and problems -------------------------------------------------------------------------
    def place(self, file: str, line: int, columns: dict[str, str], kind: str) -> int:
        key = len(self.places) + 1
        self.places[key] = Place(file, line, columns, kind)
        return key

    def problem(self, file: str, line: int | None, column: str | None, message: str) -> None:
        self.result.problems.append(LedgerError(file, line, column, message))
        if line is not None:
            self.bad_rows.add((file, line))

    def note(self, message: str) -> None:
        self.result.notes.append(message)

    def row(self, file: str, line: int) -> None:
        self.rows.add((file, line))

    def relabel(self, error: LedgerError) -> LedgerError:
        """An error from the ledger path, told in the file's own terms (its line and column names)."""
        place = self.places.get(error.line) if error.line is not None else None
        if place is None:
            return error
        column = None
        if error.field:
            head = str(error.field).split(".")[0]
            column = place.columns.get(head, head)
        message = re.sub(r"\(first at [^)]*:(\d+)\)", lambda m: self._first_at(m), error.message)
        return LedgerError(place.file, place.line, column, message)

    def _first_at(self, match: re.Match) -> str:
        place = self.places.get(int(match.group(1)))
        return f"(first at {place.file}:{place.line})" if place else match.group(0)

    def _validation(self, key: int, exc: ValidationError) -> None:
        from tracker.ledger import _message

        for error in exc.errors():
            loc = [str(p) for p in error["loc"] if not str(p).startswith("function-")]
            field_name = ".".join(loc) or None
            located = self.relabel(LedgerError("", key, field_name, _message(error)))
            self.problem(located.file, located.line, located.field, located.message)

    # -- records -------------------------------------------------------------------------------------
    def add_question(self, fields: dict, key: int, predictions: list[tuple[dict, int]], *,
                     require_prediction: bool = False) -> Question | None:
        """Validate a question and its predictions; keep what is valid, report the rest at its place.

        ``require_prediction``: a question none of whose predictions is valid is left out too (for
        formats where a question exists only through its forecast rows)."""
        from tracker.ledger import LineDict, QuestionEntry

        try:
            question = Question.model_validate(fields)
        except ValidationError as exc:
            self._validation(key, exc)
            for _, prediction_key in predictions:
                place = self.places[prediction_key]
                if (place.file, place.line) not in self.bad_rows:
                    self.problem(place.file, place.line, None, "skipped: its question could not be imported")
            return None
        kept: list[tuple[Prediction, int]] = []
        for values, prediction_key in predictions:
            try:
                prediction = Prediction.model_validate({"question_id": question.id, **values})
                prediction.check_against(question)
            except ValidationError as exc:
                self._validation(prediction_key, exc)
                continue
            except ValueError as exc:
                located = self.relabel(LedgerError("", prediction_key, "probabilities", str(exc)))
                self.problem(located.file, located.line, located.field, located.message)
                continue
            kept.append((prediction, prediction_key))
        if require_prediction and not kept:
            return None
        raw = LineDict(fields)
        raw.line = key
        place = self.places[key]
        self.questions.append(QuestionEntry(question, kept, place.file, key, raw))
        return question

    def add_resolution(self, fields: dict, key: int, correction: bool = False) -> None:
        from tracker.ledger import ResolutionEntry

        try:
            resolution = Resolution.model_validate(fields)
        except ValidationError as exc:
            self._validation(key, exc)
            return
        self.resolutions.append(ResolutionEntry(resolution, correction, self.places[key].file, key))

    # -- writing -------------------------------------------------------------------------------------
    def apply(self, store, *, strict: bool, now: datetime | None = None) -> ImportResult:
        """Write the valid records in one transaction (``strict``: only when there is no problem at all).

        Without ``strict``, records that the store refuses (a recorded prediction stated differently, a
        resolution of a question already resolved otherwise) are left out with their problem, and the
        rest is applied; the transaction is still one.
        """
        from tracker.apply import apply_contents
        from tracker.ledger import LedgerContents

        result = self.result
        if strict and result.problems:
            raise ImportErrors(result.problems, result.notes)
        while True:
            contents = LedgerContents(questions=list(self.questions), resolutions=list(self.resolutions))
            try:
                applied = apply_contents(store, contents, now=now)
                break
            except LedgerErrors as exc:
                errors = [self.relabel(e) for e in exc.errors]
                if strict:
                    raise ImportErrors(result.problems + errors, result.notes) from None
                if not self._drop(exc.errors):
                    raise ImportErrors(result.problems + errors, result.notes) from None
                for error in errors:
                    self.problem(error.file, error.line, error.field, error.message)
        result.rows = len(self.rows)
        result.rows_imported = len(self.rows - self.bad_rows)
        result.questions_added = applied.questions_added
        result.questions_updated = applied.questions_updated
        result.predictions_added = applied.predictions_added
        result.resolutions_added = applied.resolutions_added
        result.annulled = applied.annulled
        return result

    def _drop(self, errors: list[LedgerError]) -> bool:
        """Leave out the records the errors name; whether anything was left out."""
        keys = {e.line for e in errors if e.line in self.places}
        before = (len(self.questions), sum(len(q.predictions) for q in self.questions), len(self.resolutions))
        for entry in self.questions:
            entry.predictions = [(p, k) for p, k in entry.predictions if k not in keys]
        self.questions = [q for q in self.questions if q.line not in keys]
        self.resolutions = [r for r in self.resolutions if r.line not in keys]
        after = (len(self.questions), sum(len(q.predictions) for q in self.questions), len(self.resolutions))
        return before != after


def existing_questions(store) -> dict[str, tuple[str, datetime]]:
    """Every recorded question's (text, created_at) by id: what an importer matches its questions against."""
    from sqlalchemy import select

    from tracker.store.tables import QuestionRow

    with store.read() as session:
        rows = session.execute(select(QuestionRow.id, QuestionRow.text, QuestionRow.created_at)).all()
    return {r.id: (r.text, r.created_at.astimezone(timezone.utc) if r.created_at.tzinfo else
                   r.created_at.replace(tzinfo=timezone.utc)) for r in rows}


def stable_id(text: str, created_at: datetime, recorded: dict[str, tuple[str, datetime]], used: set[str]) -> str:
    """The id of a question known by its text and creation time: the recorded question with the same text
    and time if there is one, whatever its id (so that importing again, or importing the export of this
    very workspace, changes nothing), else the first free id made from the text by
    ``tracker.api.question_id_for``."""
    from tracker.api import question_id_for

    one_line = " ".join(text.split())
    for question_id, (recorded_text, recorded_at) in recorded.items():
        if recorded_at == created_at and " ".join(recorded_text.split()) == one_line and question_id not in used:
            return question_id
    base = question_id_for(one_line)
    candidate, n = base, 2
    while candidate in used or candidate in recorded:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def unknown_columns(table: CsvTable, known: set[str], batch: Batch, what: str) -> None:
    for column in table.columns:
        if column and column not in known:
            batch.note(f"{table.file}: column {column!r} is not a {what} column; ignored")
        elif not column:
            batch.note(f"{table.file}: a column has no name; ignored")
