"""Writing the store back out as ledger files that ``apply`` reads unchanged (YAML, JSON), or as CSV tables.

YAML and JSON exports are workspaces in miniature: applying them to an empty store rebuilds the same
questions, predictions, resolutions (corrections in order, as ``correction: true``) and question versions
(each question's ``revisions:``), hash for hash: every record carries its seq, hash and the store-set
``recorded_at`` (and ``role``), and ``chain:`` names the head the export includes.
With team.hide_others_until_predicted on, others' predictions the viewer may not see yet are left out
(``seen``), the files say so (a YAML header comment, a JSON ``hidden`` key) and name no chain head: such an
export is a view, not a backup, and cannot rebuild the chain.
CSV is for spreadsheets: one file per table, with cells that a spreadsheet would run as formulas
neutralised by a leading apostrophe.
"""

from __future__ import annotations

import csv
import json
from datetime import timezone
from pathlib import Path

import yaml

from tracker.domain import Prediction, QuestionHistory, Resolution

FORMATS = ("yaml", "json", "csv")
EXPORT_NAME = "tracker-export"
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _moment(value) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _stamped(entry: dict, seq: int | None, stamps: dict | None) -> dict:
    """``entry`` with the recorded_at (and role) the store set on the record at ``seq``."""
    if stamps and seq in stamps:
        recorded_at, role = stamps[seq]
        entry["recorded_at"] = _moment(recorded_at)
        if role is not None:
            entry["role"] = role
    return entry


def question_document(history: QuestionHistory, stamps: dict | None = None) -> dict:
    """A question with its versions and predictions as a ledger entry (docs/ledger-format.md)."""
    entry = history.question.model_dump(mode="json", exclude={"status"}, exclude_none=True)
    if not entry.get("outcomes"):
        entry.pop("outcomes", None)
    if not entry.get("tags"):
        entry.pop("tags", None)
    if entry.get("source"):
        entry["source"] = {k: v for k, v in entry["source"].items() if v is not None}
    if history.versions:
        entry["revisions"] = revision_documents(history.versions)
    entry["predictions"] = [prediction_document(p, stamps) for p in history.predictions]
    return entry


def revision_documents(versions) -> list[dict]:
    """A question's versions, oldest first, each after the first with what it changed (from, to)."""
    documents, previous = [], None
    for version in versions:
        entry = {"version": version.version, "seq": version.seq, "hash": version.hash,
                 "recorded_at": _moment(version.recorded_at)}
        entry.update({k: v for k, v in (("by", version.by), ("role", version.role), ("reason", version.reason))
                      if v is not None})
        if version.correction:
            entry["correction"] = True
        if previous is not None:
            entry["changes"] = {k: {"from": old, "to": new} for k, (old, new) in version.changes(previous).items()}
        documents.append(entry)
        previous = version
    return documents


def prediction_document(prediction: Prediction, stamps: dict | None = None) -> dict:
    return _stamped(prediction.model_dump(mode="json", exclude={"question_id"}, exclude_none=True),
                    prediction.seq, stamps)


def resolution_documents(resolutions: tuple[Resolution, ...], stamps: dict | None = None) -> list[dict]:
    """Resolutions in recorded order; each one that superseded another is marked as a correction."""
    documents = []
    for resolution in resolutions:
        entry = resolution.model_dump(mode="json", exclude={"id", "supersedes"}, exclude_none=True)
        if not entry.get("evidence"):
            entry.pop("evidence", None)
        if resolution.supersedes is not None:
            entry["correction"] = True
        documents.append(_stamped(entry, resolution.seq, stamps))
    return documents


def hidden_in(histories: list[QuestionHistory], seen) -> tuple[list[QuestionHistory], dict | None]:
    """``histories`` as the viewer may see them (tracker.team), and what was left out ({predictions,
    questions, note}), or None when nothing was."""
    from tracker.team import hidden_note, visible_predictions

    if seen is None:
        return histories, None
    shown = [visible_predictions(h, seen) for h in histories]
    counts = [len(h.predictions) - len(s.predictions) for h, s in zip(histories, shown)]
    if not any(counts):
        return histories, None
    questions = sum(1 for n in counts if n)
    return shown, {"predictions": sum(counts), "questions": questions,
                   "note": hidden_note(questions) + " This export cannot rebuild the chain."}


def write_export(histories: list[QuestionHistory], directory: Path, fmt: str, *, stamps: dict | None = None,
                 chain: dict | None = None, seen=None) -> list[Path]:
    """Write ``histories`` under ``directory`` in ``fmt``; return the files written. ``stamps``: {seq:
    (recorded_at, role)} of the predictions and resolutions; ``chain``: the head {seq, hash, first};
    ``seen``: the viewer's tracker.team.Visibility when the workspace hides others' forecasts."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    histories, hidden = hidden_in(histories, seen)
    directory.mkdir(parents=True, exist_ok=True)
    questions = [question_document(h, stamps) for h in histories]
    resolutions = [r for h in histories for r in resolution_documents(h.resolutions, stamps)]
    # The head names records this export leaves out: naming it would claim a chain the files cannot rebuild.
    head = {"chain": chain} if chain and not hidden else {}
    if fmt == "json":
        path = directory / f"{EXPORT_NAME}.json"
        path.write_text(json.dumps({**({"hidden": hidden} if hidden else {}), **head, "questions": questions,
                                    "resolutions": resolutions}, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        return [path]
    if fmt == "yaml":
        written = []
        # Both files are written even when empty, so that an export always applies cleanly.
        for folder, key, items in (("forecasts", "questions", questions), ("resolutions", "resolutions", resolutions)):
            path = directory / folder / f"{EXPORT_NAME}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            comment = f"# {hidden['note']} ({hidden['predictions']} predictions left out)\n" if hidden else ""
            path.write_text(comment + yaml.dump({**(head if key == "questions" else {}), key: items}, Dumper=_Dumper,
                                                sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
            written.append(path)
        return written
    return _write_csv(histories, directory)


def _write_csv(histories: list[QuestionHistory], directory: Path) -> list[Path]:
    tables = {
        "questions.csv": (["id", "text", "criteria", "kind", "outcomes", "due", "created_at", "status", "tags",
                           "phrase", "scale", "source_document", "source_publisher", "source_date", "source_quote",
                           "source_url"],
                          [_question_row(h) for h in histories]),
        "predictions.csv": (["question_id", "forecaster", "made_at", "probability", "probabilities", "phrase",
                             "scale", "rationale"],
                            [_prediction_row(p) for h in histories for p in h.predictions]),
        "resolutions.csv": (["question_id", "outcome", "resolved_at", "resolver", "evidence", "note", "correction"],
                            [_resolution_row(r) for h in histories for r in h.resolutions]),
    }
    written = []
    for name, (columns, rows) in tables.items():
        path = directory / name
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows([[safe_cell(row.get(c)) for c in columns] for row in rows])
        written.append(path)
    return written


def safe_cell(value: object) -> str:
    """A CSV cell that no spreadsheet will run as a formula: text starting with = + - @ tab or CR gets a
    leading apostrophe (numbers are written as numbers and never start with one)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return str(value)
    return "'" + value if value and value[0] in "=+-@\t\r" else value


def _question_row(history: QuestionHistory) -> dict:
    q = history.question
    source = q.source.model_dump(mode="json") if q.source else {}
    return {"id": q.id, "text": q.text, "criteria": q.criteria, "kind": q.kind, "outcomes": ";".join(q.outcomes),
            "due": q.due.isoformat(), "created_at": q.created_at.isoformat(), "status": q.status,
            "tags": ";".join(q.tags), "phrase": q.phrase, "scale": q.scale,
            **{f"source_{k}": v for k, v in source.items()}}


def _prediction_row(p: Prediction) -> dict:
    return {"question_id": p.question_id, "forecaster": p.forecaster, "made_at": p.made_at.isoformat(),
            "probability": p.probability, "probabilities": json.dumps(p.probabilities) if p.probabilities else None,
            "phrase": p.phrase, "scale": p.scale, "rationale": p.rationale}


def _resolution_row(r: Resolution) -> dict:
    return {"question_id": r.question_id, "outcome": r.outcome, "resolved_at": r.resolved_at.isoformat(),
            "resolver": r.resolver, "evidence": " ".join(r.evidence), "note": r.note,
            "correction": "true" if r.supersedes is not None else ""}
