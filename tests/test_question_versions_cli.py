"""`tracker show` prints a question's versions (who, when, why, what changed) and marks the forecasts made
before a version changed what the question means; `--json` carries the versions."""

import json
from datetime import datetime, timedelta, timezone

import pytest

from tracker import api
from tracker.cli import app as cli_app
from tracker.store import connect

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_show_lists_versions_and_marks_forecasts_made_before_a_change(cli, database_url):
    store = connect(database_url)
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.7,
                     question_id="a", now=T0)
    api.update_forecast(store, "a", forecaster="bo", probability=0.4, now=T0 + timedelta(hours=3))
    api.revise_question(store, "a", by="bo", criteria="c, as the agency reports it", tags=["econ"],
                        reason="which figure counts", now=T0 + timedelta(hours=2))
    store.close()
    out = cli("show", "a").output.splitlines()
    # Vilnius is UTC+2 in winter (the workspace's zone).
    assert "  2026-01-01 02:00 EET  ana: 70% †" in out
    assert "  2026-01-01 05:00 EET  bo: 40%" in out
    start = out.index("versions (2):")
    assert out[start + 1:start + 7] == [
        "  v1 2026-01-01 02:00 EET  ana (#1) asked",
        '  v2 2026-01-01 04:00 EET  bo (#4) criteria, tags — "which figure counts"',
        "      criteria: - c",
        "                + c, as the agency reports it",
        "      tags: - (none)",
        "            + econ"]
    assert out[-1] == "† made before version 2 changed the criteria"
    shown = json.loads(cli("show", "a", "--json").output)
    assert [(v["version"], v["by"], v["seq"]) for v in shown["versions"]] == [(1, "ana", 1), (2, "bo", 4)]
    assert shown["versions"][1]["description"]["criteria"] == "c, as the agency reports it"


def test_edit_records_a_version_under_the_rules(cli, workspace, database_url):
    from conftest import store_snapshot

    cli("log", "Will it?", "-p", "0.5", "--due", "2030-01-01", "-c", "c", "--id", "q")
    result = cli("edit", "q", "--criteria", "c, as reported", "--tag", "econ", "--reason", "which figure")
    assert (result.exit_code, result.output) == (0, "Edited q: version 2 (#3) changes criteria, tags\n")
    assert cli("edit", "q", "--criteria", "c, as reported").output == (
        "q: nothing changed (the values given are the ones recorded)\n")
    before = store_snapshot(database_url)
    refused = cli("edit", "q", "--text", "Will it not?")
    assert refused.exit_code == 1
    assert refused.stderr.splitlines()[0] == (
        "error: --text: rewording q changes what every forecast on it answered, so it needs a correction with a "
        "reason: pass --correction and --reason TEXT")
    assert store_snapshot(database_url) == before
    shown = json.loads(cli("edit", "q", "--text", "Will it not?", "--correction", "-r", "typo", "--json").output)
    assert [(v["version"], v["by"], v["correction"]) for v in shown["versions"]] == [
        (1, "ana", False), (2, "ana", False), (3, "ana", True)]
    assert cli("verify").exit_code == 0
    assert "--correction" in cli("edit", "--help").output
