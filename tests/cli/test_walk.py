"""`tracker resolve --due`: the interactive walk, through CliRunner input and once in a real terminal (tmux)."""

import json
import os
import shutil
import subprocess
import sys
import time

import pytest


def overdue(cli):
    for qid, due in (("one", "2026-11-01"), ("two", "2026-11-02"), ("three", "2026-11-03")):
        cli("log", f"Will {qid} happen?", "-p", "0.4", "--due", due, "-c", f"criteria of {qid}", "--id", qid,
            "--quote", f"It is likely that {qid} will happen.")


def test_walk_resolves_skips_and_snoozes(cli):
    overdue(cli)
    result = cli("resolve", "--due", input="maybe\nyes\nhttps://e.example\n\nchecked\ns\nz3\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "[1/3] one: Will one happen?" in out and "criteria: criteria of one" in out
    assert 'quote:    "It is likely that one will happen."' in out
    assert "'maybe' is not one of yes, no, ambiguous, annulled (or s, z, q)" in out
    assert "resolved one: yes" in out and "snoozed for 3 days" in out
    assert out.rstrip().endswith("Resolved 1 of 3 due questions.")
    shown = json.loads(cli("show", "one", "--json").output)
    assert shown["resolutions"][0]["evidence"] == ["https://e.example"]
    assert shown["resolutions"][0]["note"] == "checked"
    due = json.loads(cli("due", "--json").output)
    assert [d["id"] for d in due] == ["two", "three"]
    assert due[1]["snoozed_until"] is not None


def test_walk_quits(cli):
    overdue(cli)
    result = cli("resolve", "--due", input="q\n")
    assert result.output.rstrip().endswith("Resolved 0 of 3 due questions.")


def test_walk_with_nothing_due(cli):
    assert cli("resolve", "--due").output == "Nothing is due: every question due so far is resolved.\n"


@pytest.mark.skipif(shutil.which("tmux") is None and os.environ.get("CI") != "true",
                    reason="tmux not installed (./scripts/test installs it)")
@pytest.mark.parametrize("backend", ["sqlite"])
def test_walk_in_a_real_terminal(cli, workspace, database_url, backend, tmp_path):
    if database_url.startswith("postgresql"):
        pytest.skip("one terminal run is enough")
    overdue(cli)
    session = f"tracker-{os.getpid()}"
    env = f"TRACKER_WORKSPACE={workspace} TRACKER_DATABASE_URL={database_url}"
    command = f"env {env} {sys.executable} -m tracker resolve --due; sleep 30"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40", command], check=True)
    try:
        def screen():
            return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True,
                                  text=True).stdout

        def wait_for(text):
            deadline = time.monotonic() + 20
            while text not in screen():
                assert time.monotonic() < deadline, screen()
                time.sleep(0.1)

        def keys(*typed):
            subprocess.run(["tmux", "send-keys", "-t", session, *typed], check=True)

        wait_for("[1/3] one: Will one happen?")
        keys("no", "Enter")
        wait_for("evidence (URL or text; empty to finish)")
        keys("https://e.example", "Enter")
        keys("Enter")
        wait_for("note (optional)")
        keys("seen in a terminal", "Enter")
        wait_for("resolved one: no")
        keys("q", "Enter")
        wait_for("Resolved 1 of 3 due questions.")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    assert json.loads(cli("show", "one", "--json").output)["resolutions"][0]["note"] == "seen in a terminal"


def test_overdue_banner_for_people(cli, monkeypatch):
    overdue(cli)
    monkeypatch.setenv("TRACKER_BANNER", "1")
    result = cli("list")
    assert result.stderr == ("tracker: 3 questions are overdue for resolution "
                             "(tracker due; tracker resolve --due)\n")
    assert cli("due").stderr == ""
