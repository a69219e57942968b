"""Fatebook's export as its own code writes it (lib/web/export.ts), multiple choice above all.

``export_ts_csv`` writes what ``jsonToCsv``/``printForCsv`` write: the keys of the first row joined by
commas, every string in double quotes (quotes doubled), dates as ``getDateTimeYYYYMMDDHHMMSS`` (seconds
without a leading zero), numbers and booleans bare, a missing value empty, rows joined by "\\n" with no
newline at the end. ``Question tags`` (joined with "; ") is assumed to follow the other columns.
"""

import json
import textwrap
from datetime import datetime, timezone

COLUMNS = ("Question title", "Multiple choice option", "Forecast created by", "Forecast (scale = 0-1)",
           "Forecast created at", "Question created by", "Question created at", "Question resolve by", "Resolution",
           "Resolved at", "Your Brier score for this question", "Your relative Brier score for this question",
           "Question notes", "Question shared with", "Question shared publicly", "Question comments",
           "Question tags")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}:{value.second}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def export_ts_csv(rows: list[dict]) -> str:
    return ",".join(COLUMNS) + "\n" + "\n".join(",".join(_cell(row.get(c)) for c in COLUMNS) for row in rows)


def forecast(title, p, made, *, option=None, by="Ana Lopez", created="2024-03-01 11:00:00", due="2024-06-30 00:00:00",
             resolution=None, resolved=None, tags=None):
    return {"Question title": title, "Multiple choice option": option, "Forecast created by": by,
            "Forecast (scale = 0-1)": p, "Forecast created at": at(made), "Question created by": "Ana Lopez",
            "Question created at": at(created), "Question resolve by": at(due), "Resolution": resolution,
            "Resolved at": at(resolved) if resolved else None, "Question shared publicly": False,
            "Question shared with": "", "Question tags": tags}


def summary(result) -> dict:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_tags_joined_with_semicolons_are_several_tags(cli, workspace):
    (workspace / "fb.csv").write_text(export_ts_csv([
        forecast("Will it rain in London on 1 May?", 0.6, "2024-03-01 12:00:05", tags="weather; uk")]))
    assert summary(cli("import", "fatebook", "fb.csv", "--json"))["questions_added"] == 1
    from tracker import api

    question = api.question_history(api.open_store(workspace), "rain-london-1-may").question
    assert question.tags == ("uk", "weather")


def test_exclusive_choice_with_other_and_single_option_updates(cli, workspace):
    """Options summing to 80% leave 20% to OTHER; a later update of one option keeps the other; every option
    resolved NO is OTHER happening, not ambiguity."""
    title = "Who will win the 2024 chess final?"
    (workspace / "fb.csv").write_text(export_ts_csv([
        forecast(title, 0.5, "2024-03-01 12:00:00", option="Magnus Carlsen", resolution="NO",
                 resolved="2024-07-01 09:00:00"),
        forecast(title, 0.3, "2024-03-01 12:00:00", option="Hikaru Nakamura", resolution="NO",
                 resolved="2024-07-01 09:00:00"),
        forecast(title, 0.6, "2024-04-02 08:30:07", option="Magnus Carlsen", resolution="NO",
                 resolved="2024-07-01 09:00:00"),
        forecast(title, 0.2, "2024-04-03 08:00:00", option="Hikaru Nakamura", by="Bo", resolution="NO",
                 resolved="2024-07-01 09:00:00"),
    ]))
    result = summary(cli("import", "fatebook", "fb.csv", "--json"))
    assert (result["questions_added"], result["predictions_added"], result["resolutions_added"]) == (1, 2, 1)
    assert result["problems"] == ["fb.csv:5: Multiple choice option: Bo's forecast at 2024-04-03T08:00:00Z gives no "
                                  "probability for magnus-carlsen, and no earlier forecast of theirs does"]
    from tracker import api

    chess = api.question_history(api.open_store(workspace), "who-win-2024-chess-final")
    assert chess.question.outcomes == ("magnus-carlsen", "hikaru-nakamura", "other")
    got = [{k: round(v, 9) for k, v in p.probabilities.items()} for p in chess.predictions]
    assert got == [{"magnus-carlsen": 0.5, "hikaru-nakamura": 0.3, "other": 0.2},
                   {"magnus-carlsen": 0.6, "hikaru-nakamura": 0.3, "other": 0.1}]
    assert chess.resolution.outcome == "other"
    assert chess.resolution.resolved_at == at("2024-07-01 09:00:00")


def test_non_exclusive_choice_is_one_yes_no_question_per_option(cli, workspace):
    title = "Which of these will ship in 2024?"
    (workspace / "fb.csv").write_text(export_ts_csv([
        forecast(title, 0.7, "2024-03-01 12:00:00", option="Rust 2024 edition", resolution="YES",
                 resolved="2024-12-31 10:00:00"),
        forecast(title, 0.6, "2024-03-01 12:00:00", option="Python 3.13", resolution="YES",
                 resolved="2024-12-31 10:00:00"),
        forecast(title, 0.2, "2024-03-01 12:00:00", option="Perl 7", resolution="NO", resolved="2024-12-31 10:00:00"),
    ]))
    result = summary(cli("import", "fatebook", "fb.csv", "--json"))
    assert (result["questions_added"], result["predictions_added"], result["resolutions_added"]) == (3, 3, 3)
    assert result["notes"] == [
        "fb.csv: 'Which of these will ship in 2024?' is a non-exclusive multiple-choice question (more than one "
        "option resolved YES, or a forecast sums above 100%): imported as one yes/no question per option, titled "
        "'QUESTION [OPTION]'"]
    from tracker import api

    store = api.open_store(workspace)
    outcomes = {h.question.text: (h.question.kind, h.predictions[0].probability, h.resolution.outcome)
                for h in api.all_histories(store)}
    assert outcomes == {"Which of these will ship in 2024? [Rust 2024 edition]": ("binary", 0.7, "yes"),
                        "Which of these will ship in 2024? [Python 3.13]": ("binary", 0.6, "yes"),
                        "Which of these will ship in 2024? [Perl 7]": ("binary", 0.2, "no")}


def test_a_question_whose_rows_were_all_refused_is_not_created(cli, workspace, database_url):
    from conftest import store_snapshot

    title = "Who will chair the committee?"
    (workspace / "fb.csv").write_text(export_ts_csv([
        forecast(title, 0.4, "2024-03-01 12:00:00", option="Ana"),
        forecast(title, 0.4, "2024-03-02 12:00:00", option="Bo", by="Bo"),
    ]))
    before = store_snapshot(database_url)
    result = summary(cli("import", "fatebook", "fb.csv", "--json"))
    assert (result["rows"], result["rows_imported"], result["questions_added"], result["changed"]) == (2, 0, 0, False)
    assert len(result["problems"]) == 2
    assert store_snapshot(database_url) == before


def test_annulled_and_ambiguous_survive_the_trip_through_fatebooks_format(cli, workspace, tmp_path):
    (workspace / "forecasts" / "f.yaml").write_text(textwrap.dedent("""\
        questions:
          - id: base
            text: Will the summit take place in 2025?
            criteria: Official announcement.
            due: 2025-12-31
            created_at: 2025-01-01T00:00:00Z
            predictions:
              - {forecaster: ana, made_at: 2025-01-02T10:00:00Z, probability: 0.6}
          - id: treaty
            text: Will the summit end with a treaty?
            criteria: A signed treaty.
            due: 2025-12-31
            created_at: 2025-01-01T00:00:00Z
            condition: {question: base, outcome: "yes"}
            predictions:
              - {forecaster: ana, made_at: 2025-01-02T10:00:00Z, probability: 0.3}
          - id: fog
            text: Will it be foggy on the day?
            criteria: Airport report.
            due: 2025-12-31
            created_at: 2025-01-01T00:00:00Z
            predictions:
              - {forecaster: ana, made_at: 2025-01-02T10:00:00Z, probability: 0.2}
        resolutions:
          - {question_id: base, outcome: "no", resolved_at: 2025-06-01T09:00:00Z, resolver: ana}
          - {question_id: fog, outcome: ambiguous, resolved_at: 2025-06-01T09:00:00Z, resolver: ana}
        """))
    assert cli("apply").exit_code == 0
    written = cli("export", "fatebook", "out.csv")
    assert written.exit_code == 0, written.stderr
    assert ("1 annulled question was written ANNULLED: Fatebook reads it as AMBIGUOUS, `tracker import fatebook` "
            "as annulled") in written.stdout
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert summary(cli("--db", fresh, "import", "fatebook", "out.csv", "--json"))["problems"] == []
    from tracker import api

    store = api.open_store(workspace, fresh)
    assert {h.question.text: h.question.status for h in api.all_histories(store)} == {
        "Will the summit take place in 2025?": "resolved", "Will the summit end with a treaty?": "annulled",
        "Will it be foggy on the day?": "ambiguous"}
