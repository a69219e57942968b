"""team.hide_others_until_predicted in `tracker list`, `tracker show` and the export, on both backends:
others' forecasts hidden until the viewer (the workspace's forecaster, ana) predicts or the question resolves."""

from __future__ import annotations

import json

from tracker import api
from tracker.export import write_export
from tracker.team import hides_any, seen_by

HIDE = "\n[team]\nhide_others_until_predicted = true\n"


def _setup(cli, workspace, hide=True):
    def run(*args):
        result = cli(*args)
        assert result.exit_code == 0, result.output + result.stderr
        return result

    run("log", "Will a happen?", "-p", "0.91", "--due", "2030-01-01", "-c", "c", "--id", "qa", "-f", "bo")
    run("log", "Will b happen?", "-p", "0.23", "--due", "2030-01-01", "-c", "c", "--id", "qb", "-f", "bo")
    run("update", "qb", "-p", "0.41")  # ana, the workspace's forecaster
    run("log", "Will c happen?", "-p", "0.67", "--due", "2030-01-01", "-c", "c", "--id", "qc", "-f", "bo")
    run("resolve", "qc", "yes")
    if hide:
        with (workspace / "tracker.toml").open("a", encoding="utf-8") as handle:
            handle.write(HIDE)
    return run


def _latest(cli) -> dict:
    listed = cli("list", "--json")
    assert listed.exit_code == 0, listed.stderr
    return {row["question"]["id"]: (row["latest"] or {}).get("probability") for row in json.loads(listed.stdout)}


def test_off_by_default_everything_shows(cli, workspace):
    _setup(cli, workspace, hide=False)
    assert _latest(cli) == {"qa": 0.91, "qb": 0.41, "qc": 0.67}
    shown = cli("show", "qa")
    assert "91%" in shown.stdout and "hidden" not in shown.stderr


def test_list_and_show_hide_others_until_predicted_or_resolved(cli, workspace):
    run = _setup(cli, workspace)
    assert _latest(cli) == {"qa": None, "qb": 0.41, "qc": 0.67}
    listed = run("list")
    assert "91%" not in listed.stdout and "67%" in listed.stdout
    assert "Others' forecasts on 1 question are hidden" in listed.stderr
    hidden = run("show", "qa")
    # Who asked stays (the version's author); what bo forecast does not.
    assert "91%" not in hidden.stdout and "predictions (0)" in hidden.stdout
    assert "hidden until you predict" in hidden.stderr
    shown = json.loads(run("show", "qa", "--json").stdout)
    assert shown["predictions"] == []
    assert "23%" in run("show", "qb").stdout        # ana predicted on qb: bo's forecast shows
    assert "67%" in run("show", "qc").stdout        # resolved: shows
    run("update", "qa", "-p", "0.5")                # ana predicts: bo's 91% appears
    assert "91%" in run("show", "qa").stdout
    assert _latest(cli)["qa"] == 0.5 and "hidden" not in run("list").stderr


def test_export_leaves_hidden_predictions_out_and_says_so(cli, workspace, database_url, tmp_path):
    _setup(cli, workspace)
    found, store = api.open_workspace(workspace, database_url, create=False)
    try:
        histories = [api.question_history(store, q) for q in ("qa", "qb", "qc")]
        seen = seen_by(store, found.settings.hide_others_until_predicted, found.settings.forecaster)
        written = write_export(histories, tmp_path / "json", "json", seen=seen, chain={"seq": 9, "hash": "x"})
        data = json.loads(written[0].read_text(encoding="utf-8"))
        assert {q["id"]: [p["probability"] for p in q["predictions"]] for q in data["questions"]} == \
            {"qa": [], "qb": [0.23, 0.41], "qc": [0.67]}
        assert data["hidden"]["predictions"] == 1 and data["hidden"]["questions"] == 1
        assert "cannot rebuild the chain" in data["hidden"]["note"] and "chain" not in data
        forecasts = write_export(histories, tmp_path / "yaml", "yaml", seen=seen)[0].read_text(encoding="utf-8")
        # The hidden prediction's value is absent (a bare "0.91" could be part of a timestamp).
        assert forecasts.startswith("# Others' forecasts on 1 question are hidden")
        assert "probability: 0.91" not in forecasts and "probability: 0.23" in forecasts
        assert hides_any(store, seen) and not hides_any(store, None)
        assert not hides_any(store, seen_by(store, True, "bo"))  # bo predicted on every open question
        whole = write_export(histories, tmp_path / "all", "json", seen=seen_by(store, False, "ana"),
                             chain={"seq": 9, "hash": "x"})
        data = json.loads(whole[0].read_text(encoding="utf-8"))
        assert "hidden" not in data and data["chain"] == {"seq": 9, "hash": "x"}
        assert [p["probability"] for p in data["questions"][0]["predictions"]] == [0.91]
    finally:
        store.close()



def test_tracker_export_leaves_hidden_out_and_says_so_on_stderr(cli, workspace, tmp_path):
    _setup(cli, workspace)
    result = cli("export", str(tmp_path / "out"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().endswith("this export cannot rebuild the chain.")
    assert len(result.stderr.strip().splitlines()) == 1
    data = json.loads((tmp_path / "out" / "tracker-export.json").read_text(encoding="utf-8"))
    assert data["hidden"]["predictions"] == 1 and "chain" not in data
    assert [q["predictions"] for q in data["questions"] if q["id"] == "qa"] == [[]]
