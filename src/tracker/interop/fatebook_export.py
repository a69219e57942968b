"""The store -> Fatebook's spreadsheet import (``tracker export fatebook FILE.csv``).

Fatebook's importer (``pages/import-from-spreadsheet.tsx``, react-csv-importer) maps a column to a field
by itself only when the header cell equals the field's *label* (trimmed, any case), so the header is
written in those labels, long as they are. What the format cannot carry is counted and said: it has no
forecaster, no multiple choice and no annulled.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from pathlib import Path

from tracker.domain import QuestionHistory
from tracker.errors import TrackerError
from tracker.interop.common import iso_utc

#: Fatebook's import fields, in its order, with the label its page shows (and auto-maps on).
IMPORT_LABELS = {
    "questionTitle": "Question title",
    "forecast": "Your forecast (as a number between 0% and 100%)",
    "qCreatedAt": "Question created date",
    "resolution": "Resolution - must be either YES, NO, AMBIGUOUS or blank",
    "resolvedAt": "[Optional] Resolved at date - when the question resolved (if blank and the question is "
                  "resolved we use the question creation date + 24h)",
    "resolveBy": "[Optional] Resolve by date - Fatebook will remind you to resolve on this day (if blank we use "
                 "the question creation date + 24h)",
    "fCreatedAt": "[Optional] Forecast created date (if blank we use the question creation date)",
    "tags": "[Optional] Comma-separated list of tags",
    "notes": "[Optional] Notes",
    "notesExtra": "[Optional] Extra notes column",
}
EXPORT_FIELDS = ["questionTitle", "forecast", "qCreatedAt", "resolution", "resolvedAt", "resolveBy", "fCreatedAt",
                 "tags", "notes"]
IMPORT_HEADER = [IMPORT_LABELS[name] for name in EXPORT_FIELDS]
#: Said with every export: what Fatebook's import cannot hold, so it is not in the file.
NOT_CARRIED = ("forecasters (Fatebook's import gives every forecast to the user who uploads it), phrases, "
               "scales, sources, conditions, rationales, resolvers, evidence and superseded resolutions")


def fatebook_rows(histories: Iterable[QuestionHistory]) -> tuple[list[dict], dict]:
    """One row per forecast in Fatebook's import format (keyed by its field names), and counts of what
    could not be said in it.

    A choice question becomes one yes/no question per outcome, titled ``TEXT [OUTCOME]`` with the
    outcome's name; ``tracker import fatebook`` joins such rows back into the choice question. An
    annulled question is written ``ANNULLED``: Fatebook reads any word but YES and NO as AMBIGUOUS,
    tracker reads it back as annulled. A question with no prediction has no row.
    """
    rows: list[dict] = []
    counts = {"questions": 0, "choice_questions_split": 0, "questions_without_forecasts": 0,
              "annulled_questions": 0}
    for history in histories:
        question = history.question
        if not history.predictions:
            counts["questions_without_forecasts"] += 1
            continue
        counts["questions"] += 1
        resolution = history.resolution
        outcome = resolution.outcome if resolution and resolution.outcome != "open" else None
        counts["annulled_questions"] += outcome == "annulled"
        common = {"qCreatedAt": iso_utc(question.created_at), "resolveBy": question.due.isoformat(),
                  "tags": ",".join(question.tags), "notes": question.criteria,
                  "resolvedAt": iso_utc(resolution.resolved_at) if outcome else ""}
        void = {"ambiguous": "AMBIGUOUS", "annulled": "ANNULLED"}
        if question.kind == "binary":
            word = "" if outcome is None else {"yes": "YES", "no": "NO", **void}[outcome]
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
                word = void[outcome]
            for p in history.predictions:
                rows.append({"questionTitle": f"{question.text} [{name}]",
                             "forecast": _as_percent(p.probabilities[name]), "resolution": word,
                             "fCreatedAt": iso_utc(p.made_at), **common})
    return rows, counts


def _as_percent(probability: float) -> str:
    value = f"{probability * 100:.10g}"
    return f"{'0' if math.isclose(float(value), 0, abs_tol=1e-12) else value}%"


def export_fatebook(store, path: str | Path) -> dict:
    """Write the store as Fatebook's import CSV (one row per forecast); return what was written and
    what the format could not carry."""
    from tracker.api import all_histories
    from tracker.export import safe_cell

    rows, counts = fatebook_rows(all_histories(store))
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(IMPORT_HEADER)
            writer.writerows([[safe_cell(row.get(c)) for c in EXPORT_FIELDS] for row in rows])
    except OSError as exc:
        raise TrackerError(f"{path}: {exc.strerror or exc}") from None
    return {"file": str(target), "rows": len(rows), **counts, "not_carried": NOT_CARRIED}
