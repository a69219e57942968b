"""Make the store agree with ledger files, in one transaction, idempotently.

New questions, predictions and resolutions are added; a question whose description differs from its
latest version gets a new version, under tracker.rules (tracker.apply_versions); anything that would alter
a recorded prediction or resolution, or a question's kind or outcomes, is refused with its file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlmodel import Session

from tracker.domain import Prediction, Question, Resolution, current_resolution  # noqa: F401 (Question: for callers)
from tracker.errors import LedgerError, LedgerErrors
from tracker.ledger import LedgerContents, LineDict, QuestionEntry, ResolutionEntry
from tracker.store import Store
from tracker.store import queries
# The resolution rules live apart so that `tracker resolve` does not import the ledger and YAML.
from tracker.resolving import (CONDITION_RESOLVER, REOPEN, check_outcome,  # noqa: F401 (re-exported)
                               check_resolution_time, record_resolution)


@dataclass
class ApplyResult:
    """What an apply changed; all zeros when the store already agreed with the files."""

    files: int = 0
    questions_added: int = 0
    questions_updated: int = 0
    predictions_added: int = 0
    resolutions_added: int = 0
    annulled: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.questions_added or self.questions_updated or self.predictions_added
                    or self.resolutions_added)


def apply_contents(store: Store, contents: LedgerContents, *, now: datetime | None = None,
                   by: str | None = None) -> ApplyResult:
    """Write ``contents`` to the store in one transaction, or raise LedgerErrors and write nothing.

    ``by``: who records the question versions a file does not name an author for (``by:`` of a pending
    revision wins; replayed versions keep their own).

    Problems the store reveals (a prediction that would alter a recorded one, a resolution of an
    unknown question...) are looked for even when the files already have problems, inside a
    transaction that is then rolled back: every problem is reported at once.
    """
    errors = list(contents.errors)
    errors.extend(_duplicate_questions(contents.questions))
    entries = list({entry.question.id: entry for entry in reversed(contents.questions)}.values())[::-1]
    unreadable = set(contents.unreadable_ids)
    now = now or datetime.now(timezone.utc)
    result = ApplyResult()
    with store.write() as session:
        new_versions: list = []
        new_predictions = _apply_questions(session, entries, now, result, errors, unreadable, new_versions)
        for version in new_versions:
            if version.seq is None and version.author is None:
                version.author = by
        # Resolutions of questions that could not be read or added are not checked: their question's
        # own problem is reported, and "unknown question" would be a second, wrong one.
        resolutions = [e for e in contents.resolutions if e.resolution.question_id not in unreadable]
        _apply_records(session, new_predictions, resolutions, now, result, errors, new_versions,
                       getattr(contents, "chains", ()))
        if errors:
            # Raising inside the transaction rolls back whatever was written so far.
            raise LedgerErrors(errors)
    return result


def check_phrases(contents: LedgerContents, scales: dict, default_scale: str, problem_of) -> None:
    """Give every phrase without a scale ``default_scale`` (as `tracker log` does) and report, in
    ``contents.errors``, each phrase its scale does not have and each unknown scale.

    ``problem_of(scales, phrase, scale)`` is the library's check (tracker.api.phrase_problem)."""
    def checked(record, file: str, lines: dict, line: int, exported: bool = False):
        if not record.phrase:
            return record
        scale = record.scale or default_scale
        if problem := problem_of(scales, record.phrase, scale):
            name, message = problem
            contents.errors.append(LedgerError(file, lines.get(name, lines.get("phrase", line)), name, message))
        # An exported record (it carries its hash) is stated as it was recorded: its hash holds its scale.
        return record if exported else record.model_copy(update={"scale": scale})

    for entry in contents.questions:
        exported = any(r.version is not None for r in getattr(entry, "revisions", ()))
        entry.question = checked(entry.question, entry.file, entry.raw.lines, entry.line, exported)
        # A prediction's line is the line of its mapping in the file, whose own lines name each field.
        item_lines = {item.line: item.lines for item in entry.raw.get("predictions") or ()
                      if isinstance(item, LineDict)}
        entry.predictions = [(checked(p, entry.file, item_lines.get(line, {}), line, p.hash is not None), line)
                             for p, line in entry.predictions]


def _duplicate_questions(entries: list[QuestionEntry]) -> list[LedgerError]:
    seen: dict[str, QuestionEntry] = {}
    errors = []
    for entry in entries:
        first = seen.setdefault(entry.question.id, entry)
        if first is not entry:
            errors.append(LedgerError(entry.file, entry.raw.lines.get("id", entry.line), "id",
                                      f"duplicate id {entry.question.id!r} (first at {first.file}:{first.line})"))
    return errors


def _apply_questions(session: Session, entries: list[QuestionEntry], now: datetime, result: ApplyResult,
                     errors: list[LedgerError], unreadable: set[str] | None = None,
                     new_versions: list | None = None) -> list:
    """Add new questions' rows, plan the versions to chain (into ``new_versions``) and return the
    predictions to add, as (prediction, file, line, stamp); all are chained later, in order.

    A question that cannot be added (its condition names an unknown question) is left out, with its
    predictions, so that the rest can still be checked against the store; its id joins ``unreadable``."""
    from tracker.apply_versions import plan
    from tracker.store.versions import versions_of

    unreadable = set() if unreadable is None else unreadable
    new_versions = [] if new_versions is None else new_versions
    recorded = queries.get_questions(session, (e.question.id for e in entries))
    recorded_predictions = queries.predictions_of(session, recorded)
    recorded_versions = versions_of(session, recorded)
    new_questions, new_predictions = [], []
    for entry in entries:
        question, old = entry.question, recorded.get(entry.question.id)
        planned = plan(entry, old, recorded_versions.get(question.id, []), errors)
        new_versions.extend(planned)
        if old is None:
            new_questions.append(question)
        elif planned:
            result.questions_updated += 1
        known = {(p.forecaster, p.made_at): p for p in recorded_predictions.get(question.id, [])}
        for prediction, line in entry.predictions:
            if prediction.made_at > now + timedelta(minutes=5):
                errors.append(LedgerError(entry.file, line, "made_at",
                                          f"{prediction.made_at.isoformat()} is in the future"))
                continue
            twin = known.get((prediction.forecaster, prediction.made_at))
            if twin is None:
                new_predictions.append((prediction, entry.file, line, getattr(entry, "stamps", {}).get(line)))
                known[(prediction.forecaster, prediction.made_at)] = prediction
            elif not twin.same_as(prediction) and not (
                    # Recorded before phrases took the default scale: the same prediction, not an edit.
                    twin.scale is None and twin.same_as(prediction.model_copy(update={"scale": None}))):
                errors.append(LedgerError(entry.file, line, "predictions",
                                          f"would alter the recorded prediction of {prediction.forecaster} at "
                                          f"{prediction.made_at.isoformat()} on {question.id} (predictions are "
                                          "never edited: add a new one with a later made_at)"))
    conditions = {q.id: q for q in new_questions}
    left_out = set()
    for question in new_questions:
        if question.condition and question.condition.question not in recorded | conditions:
            left_out.add(question.id)
            if question.condition.question in unreadable:
                continue  # that question's own problem is reported already
            entry = next(e for e in entries if e.question.id == question.id)
            errors.append(LedgerError(entry.file, entry.raw.lines.get("condition", entry.line), "condition.question",
                                      f"unknown question {question.condition.question!r}"))
    # A condition on a question that is itself left out leaves its dependant out too.
    while dropped := {q.id for q in new_questions if q.id not in left_out and q.condition
                      and q.condition.question in left_out}:
        left_out |= dropped
    new_questions = [q for q in new_questions if q.id not in left_out]
    unreadable |= left_out
    # Rows only: their versions are chained with the other records, in the files' order.
    queries.insert_questions(session, new_questions, now, chained=False)
    new_versions[:] = [v for v in new_versions if v.question_id not in left_out]
    result.questions_added += len(new_questions)
    return [p for p in new_predictions if p[0].question_id not in left_out]


def _apply_records(session: Session, predictions: list, resolutions: list[ResolutionEntry], now: datetime,
                   result: ApplyResult, errors: list[LedgerError], versions: list | None = None,
                   chains=()) -> None:
    """Append versions, predictions and resolutions to the chain in the order an export recorded them
    (their ``seq``), so that applying an export to an empty store rebuilds the same chain, hash for hash
    (tracker.apply_versions.Replay); records without a ``seq`` follow in file order: versions, then
    predictions, then resolutions. ``predictions``: (prediction, file, line, (recorded_at, role) or None)."""
    from tracker.apply_versions import Replay
    from tracker.store.versions import append_versions, follow_version

    versions = versions or []
    expected = {v.seq: (v.hash, v.file, v.line) for v in versions if v.seq is not None}
    expected.update({p.seq: (p.hash, file, line) for p, file, line, _ in predictions if p.seq is not None})
    expected.update({e.resolution.seq: (e.resolution.hash, e.file, e.line) for e in resolutions
                     if e.resolution.seq is not None})
    replay = Replay(session, expected)
    events = [((0, v.seq) if v.seq is not None else (1, 0, i), 0, v) for i, v in enumerate(versions)]
    events += [((0, p[0].seq) if p[0].seq is not None else (1, 1, i), 1, p) for i, p in enumerate(predictions)]
    events += [((0, e.resolution.seq) if e.resolution.seq is not None else (1, 2, i), 2, e)
               for i, e in enumerate(resolutions)]
    events.sort(key=lambda event: event[:2])
    pending: list = []  # a run of predictions, or of versions, recorded together (one insert, one stamp)
    pending_stamp = None
    history = None

    def flush() -> None:
        nonlocal pending
        if not pending:
            return
        recorded_at, role, seq = pending_stamp
        with replay.role(session, seq, role, True):
            if isinstance(pending[0], Prediction):
                result.predictions_added += len(queries.insert_predictions(session, pending, recorded_at))
            else:
                recorded = append_versions(session, [v.values(recorded_at) for v in pending], now)
                # New questions' rows already hold their latest description; the others follow their latest.
                latest = {v.question_id: v for v, event in zip(recorded, pending) if not event.new}
                for version in latest.values():
                    follow_version(session, version)
        pending = []

    waiting: list[ResolutionEntry] = []  # a run of resolutions not replayed from an export: one batch

    def resolve_waiting() -> None:
        nonlocal history
        if waiting:
            history = _apply_resolutions(session, waiting, now, result, errors, history)
            waiting.clear()

    for _, kind, item in events:
        if kind == 2 and item.resolution.seq is None:
            flush()
            waiting.append(item)
            continue
        resolve_waiting()
        if kind == 2:
            flush()
            moment = replay.stamp(item.resolution.seq, getattr(item, "recorded_at", None), now)
            with replay.role(session, item.resolution.seq, getattr(item, "role", None),
                             getattr(item, "recorded_at", None) is not None):
                history = _apply_resolutions(session, [item], moment, result, errors, history)
            continue
        record, stamp_at, stamp_role = ((item[0], *(item[3] or (None, None))) if kind == 1
                                        else (item, item.recorded_at, item.role))
        stamp = (replay.stamp(record.seq, stamp_at, now), stamp_role, record.seq if stamp_at is not None else None)
        if pending and (stamp[:2] != pending_stamp[:2] or type(record) is not type(pending[0])):
            flush()
        pending_stamp = stamp
        pending.append(record)
    resolve_waiting()
    flush()
    if not errors:
        replay.check(session, errors, chains)


def _apply_resolutions(session: Session, entries: list[ResolutionEntry], now: datetime, result: ApplyResult,
                       errors: list[LedgerError], history: dict | None = None) -> dict:
    questions = queries.get_questions(session, (e.resolution.question_id for e in entries))
    if history is None:
        history = {}
    missing = [q for q in questions if q not in history]
    history.update({q: [] for q in missing})
    history.update(queries.resolutions_of(session, missing))
    # Resolutions are recorded in batches (one INSERT, derived state refreshed once per transaction); a
    # question resolved twice in a file, or one others are conditional on, first records what is pending,
    # so that every check reads the history as the record-by-record order would leave it.
    conditions = queries.conditions_among(session, questions)
    pending: dict[str, Resolution] = {}

    def record_pending() -> None:
        for recorded in queries.insert_resolutions(session, list(pending.values()), now):
            history.setdefault(recorded.question_id, []).append(recorded)
        result.resolutions_added += len(pending)
        pending.clear()

    for entry in entries:
        resolution = entry.resolution
        if resolution.question_id in pending:
            record_pending()
        question = questions.get(resolution.question_id)
        if question is None:
            errors.append(LedgerError(entry.file, entry.line, "question_id",
                                      f"unknown question {resolution.question_id!r}"))
            continue
        problem = check_outcome(question, resolution.outcome, correction=entry.correction)
        if problem:
            errors.append(LedgerError(entry.file, entry.line, "outcome", problem))
            continue
        if problem := check_resolution_time(question, resolution.resolved_at, now):
            errors.append(LedgerError(entry.file, entry.line, "resolved_at", problem))
            continue
        past = history.setdefault(question.id, [])
        twin = next((r for r in past if r.resolved_at == resolution.resolved_at), None)
        if twin is not None:
            if twin.model_copy(update={"id": None, "supersedes": None, "seq": None, "hash": None}) != \
                    resolution.model_copy(update={"seq": None, "hash": None}):
                errors.append(LedgerError(entry.file, entry.line, "resolved_at",
                                          f"would alter the resolution of {question.id} recorded at "
                                          f"{resolution.resolved_at.isoformat()} (record a correction instead)"))
            continue
        current = current_resolution(past)
        reopened = current is not None and current.outcome == REOPEN
        if current and not entry.correction and not reopened:
            errors.append(LedgerError(entry.file, entry.line, "correction",
                                      f"{question.id} is already resolved {current.outcome} (at "
                                      f"{current.resolved_at.isoformat()}); add `correction: true` to supersede"))
            continue
        if entry.correction and not current:
            errors.append(LedgerError(entry.file, entry.line, "correction",
                                      f"{question.id} has no resolution to correct"))
            continue
        resolution = resolution.model_copy(
            update={"supersedes": current.id if current else None, "seq": None, "hash": None})
        if question.id not in conditions:
            pending[question.id] = resolution
            continue
        record_pending()
        recorded = record_resolution(session, resolution, now, history)
        result.resolutions_added += len(recorded)
        result.annulled.extend(r.question_id for r in recorded[1:])
    record_pending()
    return history
