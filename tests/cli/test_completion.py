"""Shell completion of commands, flags and question ids, through the protocol the installed script uses."""

import os
import subprocess
import sys

import pytest


def complete(words: str, env=None) -> list[str]:
    """What `tracker` offers for the last word of ``words``, as bash's completion function asks it."""
    run_env = {**(env or os.environ), "_TRACKER_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
    result = subprocess.run([sys.executable, "-c", "from tracker.cli.app import main; main()"],
                            capture_output=True, text=True, env=run_env, timeout=60)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return result.stdout.split()


def test_commands_and_flags_complete():
    assert complete("tracker li") == ["list"]
    assert set(complete("tracker re")) == {"resolve", "report", "remind"}
    assert complete("tracker list --st") == ["--status"]
    assert "--probability" in complete("tracker update x --pro")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_question_ids_complete_from_the_workspace(cli, workspace, backend):
    for question_id in ("china-taiwan", "china-russia", "rain"):
        assert cli("log", "Will it?", "-p", "0.5", "--due", "2027-01-01", "-c", "c", "--id", question_id).exit_code == 0
    env = dict(os.environ)
    assert complete("tracker show chi", env) == ["china-russia", "china-taiwan"]
    assert complete("tracker update china-t", env) == ["china-taiwan"]
    assert complete("tracker resolve ", env) == ["china-russia", "china-taiwan", "rain"]
    assert complete(f"tracker --workspace {workspace} show ra", {**env, "TRACKER_WORKSPACE": "/nonexistent"}) == ["rain"]


def test_completion_offers_nothing_outside_a_workspace(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env["TRACKER_WORKSPACE"] = str(tmp_path)
    assert complete("tracker show ab", env) == []
    assert not (tmp_path / ".tracker").exists()  # completing never creates a database


def test_the_completion_script_can_be_shown():
    result = subprocess.run([sys.executable, "-c", "from tracker.cli.app import main; main()", "--show-completion",
                             "bash"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert result.returncode == 0, result.stderr
    assert "_TRACKER_COMPLETE=complete_bash" in result.stdout and "complete -o default" in result.stdout
