"""Fatebook CSV both ways: its export read in, our store written in its import format and read back."""

import csv
import json
import textwrap
from datetime import date, datetime, timezone

import pytest

from conftest import store_snapshot

HEADER = ("Question title,Multiple choice option,Forecast created by,Forecast (scale = 0-1),Forecast created at,"
          "Question created by,Question created at,Question resolve by,Resolution,Resolved at,"
          "Your Brier score for this question,Question notes,Question id\n")
RAIN = "Will it rain in Vilnius on 1 May 2024?,,Ana Lopez,{p},{at},Ana Lopez,2024-04-01 9:59:30,2024-05-01 00:00:0,YES,2024-05-02 8:0:0,0.09,,q1\n"
CHESS = "Who will win the 2024 chess final?,{option},Ana Lopez,{p},2024-03-01 12:00:0,Ana Lopez,2024-03-01 11:00:0,2024-06-30 00:00:0,{res},2024-07-01 9:00:0,,,q2\n"
GOOD = (HEADER
        + RAIN.format(p="0.7", at="2024-04-01 10:00:0")                                         # line 2
        + RAIN.format(p="0.4", at="2024-04-02 11:30:15").replace("Ana Lopez,0.4", "Bo,0.4")      # line 3
        + CHESS.format(option="Magnus Carlsen", p="0.5", res="NO")                              # line 4
        + CHESS.format(option="Hikaru Nakamura", p="0.3", res="YES")                            # line 5
        + CHESS.format(option="Someone else", p="0.2", res="NO")                                # line 6
        + "Will the new bridge open before 2030?,,Ana Lopez,0.35,2024-05-05 10:00:0,Ana Lopez,2024-05-05 9:00:0,"
          "2029-12-31 00:00:0,,,,Opening ceremony reported by LRT.,q3\n")                       # line 7
BAD = (GOOD
       + "Will the old bridge close?,,Ana Lopez,1.4,2024-05-05 10:00:0,Ana Lopez,2024-05-05 9:00:0,"
         "2029-12-31 00:00:0,,,,,q4\n"                                                          # line 8
       + "Will it snow?,,Ana Lopez,0.2,last tuesday,Ana Lopez,2024-05-05 9:00:0,2029-12-31 00:00:0,,,,,q5\n")  # line 9

NOTE = "note: fatebook.csv: column 'Question id' is not a Fatebook column; ignored\n"
PROBLEMS = ("fatebook.csv:8: Forecast (scale = 0-1): 1.4 is not between 0 and 1\n"
            "fatebook.csv:9: Forecast created at: 'last tuesday' is not a date and time like 2024-01-31 12:00:00\n")


@pytest.fixture
def tracker(cli):
    """`tracker ...` with the interop commands registered (as src/tracker/cli/app.py is asked to)."""
    return cli


def test_import_fatebook_export(tracker, workspace):
    (workspace / "fatebook.csv").write_text(GOOD)
    result = tracker("import", "fatebook", "fatebook.csv")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == NOTE
    assert result.stdout == ("Imported 6 of 6 rows from fatebook.csv: 3 questions added, 0 updated, 4 predictions, "
                             "2 resolutions.\n")
    from tracker import api
    from tracker.interop import PLACEHOLDER_CRITERIA

    store = api.open_store(workspace)
    rain = api.question_history(store, "rain-vilnius-1-may-2024")
    assert rain.question.criteria == PLACEHOLDER_CRITERIA
    assert rain.question.created_at == datetime(2024, 4, 1, 9, 59, 30, tzinfo=timezone.utc)
    assert rain.question.due == date(2024, 5, 1)
    assert [(p.forecaster, p.probability, p.made_at) for p in rain.predictions] == [
        ("Ana Lopez", 0.7, datetime(2024, 4, 1, 10, 0, tzinfo=timezone.utc)),
        ("Bo", 0.4, datetime(2024, 4, 2, 11, 30, 15, tzinfo=timezone.utc))]
    assert [(r.outcome, r.resolver, r.resolved_at) for r in rain.resolutions] == [
        ("yes", "Ana Lopez", datetime(2024, 5, 2, 8, 0, tzinfo=timezone.utc))]
    chess = api.question_history(store, "who-win-2024-chess-final")
    assert chess.question.kind == "choice"
    assert chess.question.outcomes == ("magnus-carlsen", "hikaru-nakamura", "someone-else")
    assert chess.predictions[0].probabilities == {"magnus-carlsen": 0.5, "hikaru-nakamura": 0.3, "someone-else": 0.2}
    assert chess.resolution.outcome == "hikaru-nakamura"
    bridge = api.question_history(store, "new-bridge-open-2030")
    assert bridge.question.status == "open"
    assert bridge.question.criteria == "Opening ceremony reported by LRT."
    # The same file again changes nothing.
    again = tracker("import", "fatebook", "fatebook.csv", "--json")
    assert again.exit_code == 0
    summary = json.loads(again.stdout)
    assert (summary["changed"], summary["rows"], summary["rows_imported"]) == (False, 6, 6)
    assert summary["notes"] == ["fatebook.csv: column 'Question id' is not a Fatebook column; ignored"]


def test_bad_rows_are_reported_and_the_rest_imported(tracker, workspace):
    (workspace / "fatebook.csv").write_text(BAD)
    result = tracker("import", "fatebook", "fatebook.csv", "--json")
    assert result.exit_code == 0
    assert result.stderr == NOTE + PROBLEMS
    summary = json.loads(result.stdout)
    assert (summary["rows"], summary["rows_imported"], summary["rows_skipped"]) == (8, 6, 2)
    assert (summary["questions_added"], summary["predictions_added"], summary["resolutions_added"]) == (3, 4, 2)
    assert summary["problems"] == PROBLEMS.splitlines()


def test_strict_writes_nothing(tracker, workspace, database_url):
    (workspace / "fatebook.csv").write_text(BAD)
    before = store_snapshot(database_url)
    result = tracker("import", "fatebook", "fatebook.csv", "--strict")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == NOTE + PROBLEMS + "error: 2 problems; nothing was written\n"
    assert store_snapshot(database_url) == before


def test_store_conflict_is_a_row_problem(tracker, workspace, database_url):
    """A row that would alter a recorded prediction is left out; with --strict nothing is written."""
    (workspace / "fatebook.csv").write_text(GOOD)
    assert tracker("import", "fatebook", "fatebook.csv").exit_code == 0
    (workspace / "changed.csv").write_text(GOOD.replace("Bo,0.4", "Bo,0.45"))
    before = store_snapshot(database_url)
    strict = tracker("import", "fatebook", "changed.csv", "--strict")
    assert strict.exit_code == 1
    assert strict.stderr.splitlines()[1:] == [
        "changed.csv:3: Forecast created at: would alter the recorded prediction of Bo at 2024-04-02T11:30:15+00:00 "
        "on rain-vilnius-1-may-2024 (predictions are never edited: add a new one with a later made_at)",
        "error: 1 problem; nothing was written"]
    assert store_snapshot(database_url) == before
    loose = tracker("import", "fatebook", "changed.csv")
    assert loose.exit_code == 0
    assert "Nothing to change" in loose.stdout
    assert store_snapshot(database_url) == before


def test_import_format_round_trip(tracker, workspace, tmp_path):
    """store -> Fatebook import CSV -> a fresh store -> Fatebook import CSV: the same rows."""
    (workspace / "forecasts" / "f.yaml").write_text(textwrap.dedent("""\
        questions:
          - id: rain
            text: Will it rain in Vilnius on 1 May 2027?
            criteria: "=HYPERLINK(\\"http://evil\\") any rain at the Vilnius station"
            due: 2027-05-01
            tags: [weather, lt]
            predictions:
              - {forecaster: ana, made_at: 2026-01-01T10:00:00Z, probability: 0.4}
              - {forecaster: bo, made_at: 2026-01-02T10:00:00.250000Z, probability: 0.125}
          - id: snow
            text: "+Will it snow in Vilnius on 1 December 2025?"
            criteria: Any snow recorded at the Vilnius station.
            due: 2025-12-01
            predictions:
              - {forecaster: ana, made_at: 2025-01-01T10:00:00Z, probability: 0.07}
          - id: vote
            text: Which party will win?
            criteria: Official results.
            kind: choice
            outcomes: [left, right]
            due: 2025-06-01
            predictions:
              - {forecaster: bo, made_at: 2025-01-03T10:00:00Z, probabilities: {left: 0.45, right: 0.55}}
          - id: empty
            text: A question nobody forecast?
            criteria: None.
            due: 2027-01-01
            created_at: 2025-01-01T00:00:00Z
        resolutions:
          - {question_id: snow, outcome: no, resolved_at: 2025-12-02T09:00:00Z, resolver: ana}
          - {question_id: vote, outcome: right, resolved_at: 2025-06-02T09:00:00Z, resolver: ana}
        """))
    assert tracker("apply").exit_code == 0
    first = tracker("export", "fatebook", "out/first.csv", "--json")
    assert first.exit_code == 0, first.stderr
    written = json.loads(first.stdout)
    assert "forecasters" in written.pop("not_carried")
    assert written == {"files": ["out/first.csv"], "file": "out/first.csv", "rows": 5, "questions": 3,
                       "choice_questions_split": 1, "questions_without_forecasts": 1, "annulled_questions": 0}
    text = (workspace / "out" / "first.csv").read_text()
    rows = list(csv.reader(text.splitlines()))
    # The labels of Fatebook's import page, which its importer maps without asking (exact, any case).
    assert rows[0] == [
        "Question title", "Your forecast (as a number between 0% and 100%)", "Question created date",
        "Resolution - must be either YES, NO, AMBIGUOUS or blank",
        "[Optional] Resolved at date - when the question resolved (if blank and the question is resolved we use "
        "the question creation date + 24h)",
        "[Optional] Resolve by date - Fatebook will remind you to resolve on this day (if blank we use the "
        "question creation date + 24h)",
        "[Optional] Forecast created date (if blank we use the question creation date)",
        "[Optional] Comma-separated list of tags", "[Optional] Notes"]
    assert rows[1] == ["Will it rain in Vilnius on 1 May 2027?", "40%", "2026-01-01T10:00:00Z", "", "", "2027-05-01",
                       "2026-01-01T10:00:00Z", "lt,weather",
                       "'=HYPERLINK(\"http://evil\") any rain at the Vilnius station"]
    assert rows[2][1] == "12.5%" and rows[2][6] == "2026-01-02T10:00:00.250000Z"
    assert rows[3][:5] == ["'+Will it snow in Vilnius on 1 December 2025?", "7%", "2025-01-01T10:00:00Z", "NO",
                           "2025-12-02T09:00:00Z"]
    assert [r[:4] for r in rows[4:]] == [["Which party will win? [left]", "45%", "2025-01-03T10:00:00Z", "NO"],
                                         ["Which party will win? [right]", "55%", "2025-01-03T10:00:00Z", "YES"]]

    # A fresh store (another database) reads it, and writes the same rows.
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    imported = tracker("--db", fresh, "import", "fatebook", "out/first.csv", "--json")
    assert imported.exit_code == 0, imported.stderr
    summary = json.loads(imported.stdout)
    # The choice question split on the way out is joined again: three questions, not four.
    assert (summary["format"], summary["questions_added"], summary["predictions_added"],
            summary["resolutions_added"], summary["problems"]) == ("fatebook", 3, 4, 2, [])
    assert summary["notes"] == ["out/first.csv: 'Which party will win?': rows titled [left], [right] read back as "
                                "one choice question (as tracker's export writes one)"]
    assert tracker("--db", fresh, "export", "--format", "fatebook", "out/second.csv").exit_code == 0
    assert (workspace / "out" / "second.csv").read_text() == text
    from tracker import api

    store = api.open_store(workspace, fresh)
    rain = api.question_history(store, "rain-vilnius-1-may-2027")
    assert rain.question.criteria == '=HYPERLINK("http://evil") any rain at the Vilnius station'
    assert rain.question.tags == ("lt", "weather")
    assert [p.forecaster for p in rain.predictions] == ["ana", "ana"]   # Fatebook's import names no forecaster
    vote = api.question_history(store, "which-party-win")
    assert (vote.question.kind, vote.question.outcomes, vote.resolution.outcome) == ("choice", ("left", "right"),
                                                                                     "right")
    assert vote.predictions[0].probabilities == {"left": 0.45, "right": 0.55}
    # Read back into the workspace that wrote it: the same questions, so nothing changes.
    again = tracker("import", "fatebook", "out/first.csv", "--json")
    assert again.exit_code == 0, again.stderr
    assert (json.loads(again.stdout)["changed"], json.loads(again.stdout)["problems"]) == (False, [])


def test_fatebook_errors(tracker, workspace):
    (workspace / "other.csv").write_text("a,b\n1,2\n")
    result = tracker("import", "fatebook", "other.csv")
    assert result.exit_code == 1
    assert result.stderr == ("error: other.csv: not a Fatebook CSV: its header has neither 'Question title' "
                             "(Fatebook's export) nor 'questionTitle' (Fatebook's import format)\n")
    result = tracker("import", "fatebook", "missing.csv")
    assert result.exit_code == 1
    assert result.stderr == "missing.csv: No such file or directory\nerror: 1 problem; nothing was written\n"
    (workspace / "mc.csv").write_text(
        HEADER
        + CHESS.format(option="Magnus Carlsen", p="0.5", res="")
        + CHESS.format(option="Hikaru Nakamura", p="0.3", res="")
        + "Who will win the 2024 chess final?,,Ana Lopez,0.2,2024-03-01 12:00:0,Ana Lopez,2024-03-01 11:00:0,"
          "2024-06-30 00:00:0,,,,,q2\n"
        + "Will pigs fly?,,Ana Lopez,0.2,2024-03-01 12:00:0,Ana Lopez,2024-03-01 11:00:0,2024-06-30,MAYBE,,,,\n")
    result = tracker("import", "fatebook", "mc.csv", "--strict")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == [
        "mc.csv:5: Resolution: 'MAYBE' is not YES, NO, AMBIGUOUS, ANNULLED or OTHER",
        "mc.csv:4: Multiple choice option: required: other rows of this question name an option",
        "error: 2 problems; nothing was written"]
