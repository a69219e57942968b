"""`tracker export --format csv` read back by `tracker import csv`, and PredictionBook tables."""

import csv
import json
import shutil
import textwrap
from pathlib import Path

import pytest

from conftest import store_snapshot

WORKSPACE = textwrap.dedent("""\
    questions:
      - id: rain
        text: Will it rain in Vilnius on 1 May 2027?
        criteria: "=SUM(A1:A9) is how a spreadsheet would read this; any rain at the station counts"
        due: 2027-05-01
        tags: [weather, lt]
        phrase: likely
        scale: lt-nta
        source: {document: "@weather report", publisher: "-LHMT", date: 2026-01-01, quote: "Rain is likely.", url: "https://example.org/r"}
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T10:00:00Z, probability: 0.4, phrase: likely, scale: lt-nta, rationale: "+3 models agree"}
          - {forecaster: bo, made_at: 2026-01-02T10:00:00.250000Z, probability: 0.3333333333333333}
      - id: vote
        text: Which party will win?
        criteria: "'quoted' official results"
        kind: choice
        outcomes: [left, right, other]
        due: 2025-06-01
        predictions:
          - {forecaster: bo, made_at: 2025-01-03T10:00:00Z, probabilities: {left: 0.45, right: 0.45, other: 0.1}}
      - id: snow
        text: Will it snow in Vilnius on 1 December 2025?
        criteria: Any snow recorded at the Vilnius station.
        due: 2025-12-01
        created_at: 2025-01-01T00:00:00Z
    resolutions:
      - {question_id: vote, outcome: right, resolved_at: 2025-06-02T09:00:00Z, resolver: ana, evidence: [https://a.example/1, https://b.example/2]}
      - {question_id: vote, outcome: left, resolved_at: 2025-06-03T09:00:00Z, resolver: ana, correction: true, note: "=recount", evidence: [official recount]}
      - {question_id: snow, outcome: ambiguous, resolved_at: 2025-12-02T09:00:00Z, resolver: ana}
    """)


@pytest.fixture
def tracker(cli):
    return cli


def histories(store) -> dict:
    """Every question's history as the API gives it (store-assigned record ids and chain positions aside)."""
    from tracker import api

    def plain(record):
        return record.model_dump(exclude={"id", "supersedes", "seq", "hash"})

    result = {}
    for summary in api.list_questions(store, sort="id"):
        history = api.question_history(store, summary.question.id)
        result[summary.question.id] = (history.question.model_dump(), [plain(p) for p in history.predictions],
                                       [plain(r) | {"correction": r.supersedes is not None} for r in history.resolutions])
    return result


def test_csv_export_import_round_trip(tracker, workspace, tmp_path):
    (workspace / "forecasts" / "f.yaml").write_text(WORKSPACE)
    assert tracker("apply").exit_code == 0
    assert tracker("export", "--format", "csv", "tables").exit_code == 0
    questions = list(csv.DictReader((workspace / "tables" / "questions.csv").open()))
    # The export neutralised formula-like cells; import undoes exactly that.
    assert questions[0]["criteria"].startswith("'=SUM(")
    assert questions[0]["source_document"] == "'@weather report"
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    result = tracker("--db", fresh, "import", "csv", "tables", "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["rows"], summary["rows_imported"], summary["questions_added"], summary["predictions_added"],
            summary["resolutions_added"], summary["problems"], summary["notes"]) == (9, 9, 3, 3, 3, [], [])
    from tracker import api

    original, copy = api.open_store(workspace), api.open_store(workspace, fresh)
    assert histories(copy) == histories(original)
    rain = api.question_history(copy, "rain")
    assert rain.question.criteria.startswith("=SUM(A1:A9)")
    assert rain.predictions[0].rationale == "+3 models agree"
    assert api.question_history(copy, "vote").question.criteria == "'quoted' official results"
    # Twice changes nothing.
    again = tracker("--db", fresh, "import", "csv", "tables")
    assert again.exit_code == 0
    assert again.stdout == "Nothing to change: the store already holds the 9 importable rows of " \
                           "tables/questions.csv, tables/predictions.csv, tables/resolutions.csv.\n"


def test_csv_import_problems(tracker, workspace, database_url):
    (workspace / "forecasts" / "f.yaml").write_text(WORKSPACE)
    assert tracker("apply").exit_code == 0
    assert tracker("export", "--format", "csv", "tables").exit_code == 0
    predictions = (workspace / "tables" / "predictions.csv").read_text().splitlines()
    predictions[1] = predictions[1].replace(",0.4,", ",1.2,")
    predictions.append("ghost,ana,2026-01-01T10:00:00+00:00,0.5,,,,")
    (workspace / "tables" / "predictions.csv").write_text("\n".join(predictions) + "\n", encoding="utf-8")
    questions = (workspace / "tables" / "questions.csv").read_text().splitlines()
    questions[0] += ",colour"
    (workspace / "tables" / "questions.csv").write_text("\n".join(questions) + "\n", encoding="utf-8")
    before = store_snapshot(database_url)
    result = tracker("import", "csv", "tables", "--strict")
    assert result.exit_code == 1
    assert result.stderr == (
        "note: tables/questions.csv: column 'colour' is not a tracker export column; ignored\n"
        "tables/predictions.csv:2: probability: 1.2 is not between 0 and 1 (did you mean 1.2%?)\n"
        "tables/predictions.csv:5: question_id: no question 'ghost' in questions.csv\n"
        "error: 2 problems; nothing was written\n")
    assert store_snapshot(database_url) == before


PB = textwrap.dedent("""\
    id,description,created_at,deadline,outcome,judged_at,user_label,confidence,response_created_at,comment,visibility,url
    101,The sun will rise tomorrow,2012-01-01 10:00:00,2012-01-02,right,2012-01-02 12:00:00,gwern,99,2012-01-01 10:00:00,,visible_to_everyone,x
    101,The sun will rise tomorrow,2012-01-01 10:00:00,2012-01-02,right,2012-01-02 12:00:00,Zoë,95,2012-01-01 11:00:00,sure,visible_to_everyone,x
    102,It will snow in Paris in July 2013,2012-02-01T08:00:00Z,2013-07-31,,,gwern,5%,,,visible_to_everyone,x
    103,Bad confidence,2012-02-01T08:00:00Z,2013-07-31,,,gwern,150,,,visible_to_everyone,x
    104,Bad judgement,2012-02-01T08:00:00Z,2013-07-31,perhaps,,gwern,50,,,visible_to_everyone,x
    """)


def test_predictionbook(tracker, workspace, database_url):
    (workspace / "pb.csv").write_text(PB)
    result = tracker("import", "predictionbook", "pb.csv")
    assert result.exit_code == 0
    assert result.stderr == (
        "note: pb.csv: column 'url' is not a PredictionBook column; ignored\n"
        "pb.csv:5: confidence: 150% is not between 0 and 1\n"
        "pb.csv:6: outcome: 'perhaps' is not a judgement (right/wrong, true/false, yes/no, 1/0, or empty when unknown)\n"
        "2 rows were left out (listed above); --strict writes nothing when any row has a problem.\n")
    assert result.stdout == "Imported 3 of 5 rows from pb.csv: 2 questions added, 0 updated, 3 predictions, 1 resolution.\n"
    from tracker import api

    store = api.open_store(workspace)
    sun = api.question_history(store, "pb-101")
    assert [(p.forecaster, p.probability, p.rationale) for p in sun.predictions] == [
        ("gwern", 0.99, None), ("Zoe", 0.95, "sure")]
    assert sun.resolution.outcome == "yes" and sun.resolution.resolver == "ana"
    assert api.question_history(store, "pb-102").predictions[0].probability == 0.05
    before = store_snapshot(database_url)
    assert "Nothing to change" in tracker("import", "predictionbook", "pb.csv").stdout
    assert tracker("import", "predictionbook", "pb.csv", "--strict").exit_code == 1
    assert store_snapshot(database_url) == before


def test_export_still_writes_directories(tracker, workspace):
    (workspace / "forecasts" / "f.yaml").write_text(WORKSPACE)
    assert tracker("apply").exit_code == 0
    result = tracker("export", "--format", "json", "out", "--json")
    assert json.loads(result.stdout) == {"files": ["out/tracker-export.json"]}
    bad = tracker("export", "out", "extra.csv")
    assert bad.exit_code == 1
    assert bad.stderr == "error: FILE: only `tracker export fatebook FILE` takes a file; out is the folder\n"
    assert tracker("export", "fatebook").stderr == \
        "error: FILE: give the CSV file to write: tracker export fatebook FILE.csv\n"


REPO = Path(__file__).resolve().parents[2]


def test_reading_back_the_example_workspace_export_changes_nothing(tracker, workspace, database_url):
    """The repository's own workspace (30 questions with a source.location, which the CSV does not carry)."""
    shutil.copytree(REPO / "forecasts", workspace / "forecasts", dirs_exist_ok=True)
    shutil.copytree(REPO / "resolutions", workspace / "resolutions", dirs_exist_ok=True)
    assert tracker("apply").exit_code == 0
    assert tracker("export", "--format", "csv", "tables").exit_code == 0
    before = store_snapshot(database_url)
    result = tracker("import", "csv", "tables")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Nothing to change: ")
    assert store_snapshot(database_url) == before


KEPT = WORKSPACE.replace("  - id: snow\n", """\
  - id: hail
    text: Will it hail in Vilnius if it rains on 1 May 2027?
    criteria: Hail at the station.
    due: 2027-05-01
    created_at: 2026-01-01T00:00:00Z
    condition: {question: rain, outcome: "yes"}
    remind_every_days: 7
    source: {document: Weather report, location: "p. 3"}
  - id: fog
    text: Will there be fog?
    criteria: Fog at the station.
    due: 2027-05-01
    created_at: 2026-01-01T00:00:00Z
    source: {location: "p. 4"}
  - id: snow
""")


def test_csv_import_keeps_what_the_csv_export_does_not_write(tracker, workspace, database_url):
    from tracker import api

    (workspace / "forecasts" / "f.yaml").write_text(KEPT)
    assert tracker("apply").exit_code == 0, tracker("apply").stderr
    assert tracker("export", "--format", "csv", "tables").exit_code == 0
    before = store_snapshot(database_url)
    result = tracker("import", "csv", "tables")
    assert (result.exit_code, result.stdout.split(":")[0]) == (0, "Nothing to change"), result.stdout
    assert store_snapshot(database_url) == before
    # A column the export does not write, left blank, keeps the field; a value given still changes it.
    path = workspace / "tables" / "questions.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, [*rows[0], "source_location", "condition", "remind_every_days"])
        writer.writeheader()
        for row in rows:
            writer.writerow(row | ({"remind_every_days": "14"} if row["id"] == "hail" else {}))
    result = tracker("import", "csv", "tables")
    assert result.exit_code == 0, result.stderr
    assert "0 questions added, 1 updated" in result.stdout
    hail, fog = (api.question_history(api.open_store(workspace), q).question for q in ("hail", "fog"))
    assert (hail.condition.question, hail.condition.outcome, hail.remind_every_days) == ("rain", "yes", 14)
    assert (hail.source.document, hail.source.location, fog.source.location) == ("Weather report", "p. 3", "p. 4")


def test_a_prediction_the_store_refuses_is_named_by_its_column(tracker, workspace):
    (workspace / "forecasts" / "f.yaml").write_text(WORKSPACE)
    assert tracker("apply").exit_code == 0
    assert tracker("export", "--format", "csv", "tables").exit_code == 0
    path = workspace / "tables" / "predictions.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",0.4,", ",0.5,")
    lines[3] = lines[3].replace('""left"": 0.45, ""right"": 0.45', '""left"": 0.35, ""right"": 0.55')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = tracker("import", "csv", "tables", "--strict")
    assert result.exit_code == 1
    assert [line.split(": ")[:2] for line in result.stderr.splitlines()[:-1]] == [
        ["tables/predictions.csv:2", "probability"], ["tables/predictions.csv:4", "probabilities"]]
