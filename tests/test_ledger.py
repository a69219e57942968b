"""Ledger files as written: YAML 1.1 boolean words are outcome names, every problem is reported at
once, and applying a folder reads only what is in it."""

from __future__ import annotations

import json
import textwrap

from conftest import store_snapshot

BOOLEAN_WORDS = textwrap.dedent("""\
    questions:
      - id: switch
        text: Where will the switch be?
        criteria: As read on the panel.
        kind: choice
        outcomes: [no, on, off]
        due: 2027-01-01
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probabilities: {no: 0.2, on: 0.5, off: 0.3}}
      - id: other-id
        text: Will the other one hold?
        criteria: It holds.
        due: 2027-01-01
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.6}
      - id: depends
        text: Will the dependant hold?
        criteria: It holds.
        due: 2027-01-01
        condition: {question: other-id, outcome: yes}
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.4}
    resolutions:
      - {question_id: switch, outcome: off, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}
      - {question_id: other-id, outcome: no, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}
    """)


def test_yaml_boolean_words_are_outcome_names(cli, workspace):
    (workspace / "f.yaml").write_text(BOOLEAN_WORDS)
    applied = cli("apply", "f.yaml")
    assert applied.exit_code == 0, applied.stderr
    switch = json.loads(cli("show", "switch", "--json").stdout)
    assert switch["question"]["outcomes"] == ["no", "on", "off"]
    assert switch["predictions"][0]["probabilities"] == {"no": 0.2, "on": 0.5, "off": 0.3}
    assert switch["resolutions"][0]["outcome"] == "off"
    depends = json.loads(cli("show", "depends", "--json").stdout)
    assert depends["question"]["condition"] == {"question": "other-id", "outcome": "yes"}
    # other-id resolved no, so the condition (yes) failed and tracker annulled the dependant.
    assert depends["question"]["status"] == "annulled"


def test_correction_is_still_a_boolean(cli, workspace):
    (workspace / "f.yaml").write_text(BOOLEAN_WORDS)
    assert cli("apply", "f.yaml").exit_code == 0
    (workspace / "c.yaml").write_text(
        "resolutions:\n  - {question_id: switch, outcome: on, resolved_at: 2026-06-02T00:00:00Z, resolver: ana,"
        " correction: yes}\n")
    applied = cli("apply", "c.yaml")
    assert applied.exit_code == 0, applied.stderr
    assert json.loads(cli("show", "switch", "--json").stdout)["resolutions"][-1]["outcome"] == "on"


SIX_PROBLEMS = textwrap.dedent("""\
    questions:
      - id: one
        text: Will one?
        criteria: c
        due: soon
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 1.5}
      - id: two
        text: Will two?
        criteria: c
        due: 2027-01-01
        condition: {question: nope, outcome: yes}
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.5}
      - id: three
        text: Will three?
        criteria: c
        due: 2027-01-01
        predictions:
          - {forecaster: ana, made_at: 2099-01-01T00:00:00Z, probability: 0.5}
          - {forecaster: ana, probability: 0.5}
    resolutions:
      - {question_id: three, outcome: maybe, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}
      - {question_id: ghost, outcome: yes, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}
      - {question_id: one, outcome: yes, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}
      - {question_id: two, outcome: yes, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}
    """)


def test_six_problems_in_a_file_are_six_lines(cli, workspace, database_url):
    (workspace / "six.yaml").write_text(SIX_PROBLEMS)
    before = store_snapshot(database_url)
    result = cli("apply", "six.yaml")
    assert result.exit_code == 1
    # Problems found in the file and problems found against the store, together; the resolutions of
    # `one` (which could not be read) and `two` (which could not be added) are not also blamed on an
    # unknown question.
    assert result.stderr == (
        "six.yaml:5: due: 'soon' is not a date like 2027-12-31\n"
        "six.yaml:7: probability: 1.5 is not between 0 and 1 (did you mean 1.5%?)\n"
        "six.yaml:21: made_at: required\n"
        "six.yaml:20: made_at: 2099-01-01T00:00:00+00:00 is in the future\n"
        "six.yaml:12: condition.question: unknown question 'nope'\n"
        "six.yaml:23: outcome: 'maybe' is not an outcome of three (one of: yes, no, ambiguous, annulled)\n"
        "six.yaml:24: question_id: unknown question 'ghost'\n"
        "error: 7 problems; nothing was written\n")
    assert store_snapshot(database_url) == before


def test_json_file_without_created_at_dates_the_question_from_its_first_prediction(cli, workspace):
    (workspace / "f.json").write_text(json.dumps({"questions": [{
        "id": "j", "text": "Will j?", "criteria": "c", "due": "2027-01-01",
        "predictions": [{"forecaster": "ana", "made_at": "2026-03-01T00:00:00Z", "probability": 0.5}]}]}))
    assert cli("apply", "f.json").exit_code == 0
    assert json.loads(cli("show", "j", "--json").stdout)["question"]["created_at"].startswith("2026-03-01T00:00:00")


def test_a_link_in_a_folder_to_a_file_outside_it_is_refused(cli, workspace, database_url, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text("questions:\n  - id: out\n    text: Will out?\n    criteria: c\n    due: 2027-01-01\n"
                       "    predictions:\n      - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.5}\n")
    folder = workspace / "forecasts"
    (folder / "inside.yaml").write_text(outside.read_text().replace("out", "in"))
    (folder / "link.yaml").symlink_to(outside)
    before = store_snapshot(database_url)
    result = cli("apply", "forecasts")
    assert result.exit_code == 1
    assert result.stderr == (f"forecasts/link.yaml: is a link to {outside}, outside forecasts: not read (copy the "
                             "file in, or name it on the command line)\nerror: 1 problem; nothing was written\n")
    assert store_snapshot(database_url) == before


def test_a_link_within_the_folder_is_read(cli, workspace):
    folder = workspace / "forecasts"
    (folder / ".drafts").mkdir()  # hidden: not read itself, only through the link
    (folder / ".drafts" / "q.yaml").write_text(
        "questions:\n  - id: in\n    text: Will in?\n    criteria: c\n    due: 2027-01-01\n"
        "    predictions:\n      - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.5}\n")
    (folder / "q.yaml").symlink_to(folder / ".drafts" / "q.yaml")
    result = cli("apply", "forecasts")
    assert result.exit_code == 0, result.stderr
    assert cli("show", "in", "--json").exit_code == 0


AUDITED_FILE = textwrap.dedent("""\
    questions:
      - id: Bad ID
        text: ""
        criteria: c
        due: 2027/12/31
        created_at: 2026-01-01T00:00:00
        predictions:
          - forecaster: ana
            made_at: 2026-01-01T00:00:00Z
            probability: 1.2
      - id: multi
        text: Which?
        criteria: c
        due: 2027-12-31
        created_at: 2026-01-01T00:00:00Z
        kind: choice
        outcomes: [a, a]
        predictions:
          - forecaster: ana
            made_at: 2026-01-01T00:00:00Z
            probabilities: {a: 0.5, b: 0.5}
    resolutions:
      - {question_id: nothere, outcome: yes, resolved_at: 2026-02-01T00:00:00Z, resolver: ana}
    """)


def test_problems_of_the_records_and_between_them_come_at_once(cli, workspace, database_url):
    (workspace / "many.yaml").write_text(AUDITED_FILE)
    before = store_snapshot(database_url)
    result = cli("apply", "many.yaml")
    assert result.exit_code == 1
    # The repeated outcomes, the unknown outcome b and the unknown question were reported only once the
    # other problems were fixed; the outcomes are named by their field, at their own line.
    assert result.stderr == (
        "many.yaml:2: id: 'Bad ID' must be lowercase letters, digits, '.', '_' or '-' (at most 64, starting with a "
        "letter or digit)\n"
        "many.yaml:3: text: must not be empty\n"
        "many.yaml:5: due: '2027/12/31' is not a date like 2027-12-31\n"
        "many.yaml:6: created_at: 2026-01-01 00:00:00 has no time zone; add Z or an offset like +02:00\n"
        "many.yaml:10: probability: 1.2 is not between 0 and 1 (did you mean 1.2%?)\n"
        "many.yaml:17: outcomes: must be distinct (a given more than once)\n"
        "many.yaml:19: probabilities: outcomes must be exactly a (unknown b)\n"
        "many.yaml:23: question_id: unknown question 'nothere'\n"
        "error: 8 problems; nothing was written\n")
    assert store_snapshot(database_url) == before


def test_a_link_in_a_folder_to_a_folder_outside_it_is_refused(cli, workspace, database_url, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "out.yaml").write_text("questions:\n  - id: out\n    text: Will out?\n    criteria: c\n"
                                      "    due: 2027-01-01\n    created_at: 2026-01-01T00:00:00Z\n")
    (workspace / "forecasts" / "linked").symlink_to(outside)
    before = store_snapshot(database_url)
    result = cli("apply", "forecasts")
    assert result.exit_code == 1
    assert result.stderr == (f"forecasts/linked: is a link to the folder {outside}, outside forecasts: not read "
                             "(copy its files in, or name it on the command line)\n"
                             "error: 1 problem; nothing was written\n")
    assert store_snapshot(database_url) == before


PHRASED = textwrap.dedent("""\
    questions:
      - id: phrased
        text: Will it?
        criteria: c
        due: 2027-01-01
        phrase: likely
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.7, phrase: likely}
    """)


def test_a_phrase_without_a_scale_is_read_on_the_workspace_scale(cli, workspace):
    toml = workspace / "tracker.toml"
    toml.write_text(toml.read_text().replace('scale = "lt-nta"', 'scale = "kent-1964"'))
    assert 'scale = "kent-1964"' in toml.read_text()
    (workspace / "p.yaml").write_text(PHRASED.replace("likely", "probable"))
    assert cli("apply", "p.yaml").exit_code == 0, cli("apply", "p.yaml").stderr
    shown = json.loads(cli("show", "phrased", "--json").stdout)
    assert shown["question"]["scale"] == "kent-1964"
    assert [p["scale"] for p in shown["predictions"]] == ["kent-1964"]
    assert cli("apply", "p.yaml").stdout.startswith("Nothing to change")


def test_a_prediction_recorded_without_its_default_scale_is_not_an_alteration(workspace):
    from datetime import datetime, timezone

    from tracker import api

    store = api.open_store(workspace)
    # The library records a phrase without a scale as given; applying the same prediction from a file,
    # where the phrase now takes the default scale, must not read as an edit of the recorded one.
    api.log_forecast(store, text="Will it?", criteria="c", due="2027-01-01", probability=0.7, phrase="likely",
                     forecaster="ana", question_id="phrased", now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    (workspace / "p.yaml").write_text(PHRASED.replace("    phrase: likely\n", "    created_at: 2026-01-01T00:00:00Z\n"))
    result = api.apply_paths(store, [workspace / "p.yaml"])
    assert result.predictions_added == 0
    assert [p.scale for p in api.question_history(store, "phrased").predictions] == [None]


def test_an_impossible_date_is_one_problem_among_the_others_of_its_file(cli, workspace, database_url):
    # A date YAML can read but the calendar cannot (30 February) used to stop the parse, hiding the rest.
    (workspace / "broken.yaml").write_text(textwrap.dedent("""\
        questions:
          - id: broken
            text: Will it break?
            criteria: It breaks.
            due: 2027-02-30
            predictions:
              - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 1.2, probabilty: 0.3}
        """))
    before = store_snapshot(database_url)
    result = cli("apply", "broken.yaml")
    assert result.exit_code == 1
    assert result.stderr == (
        "broken.yaml:5: due: '2027-02-30' is not a real date: day is out of range for month\n"
        "broken.yaml:7: probability: 1.2 is not between 0 and 1 (did you mean 1.2%?)\n"
        "broken.yaml:7: probabilty: unknown field\n"
        "error: 3 problems; nothing was written\n")
    assert store_snapshot(database_url) == before
