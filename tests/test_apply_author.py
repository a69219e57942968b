"""Who recorded a question applied from a file: the file's ``by:`` when it names one, else the workspace's
forecaster (on SQLite nothing else knows), never "unknown"; a replayed export keeps its own authors."""

from __future__ import annotations

import json
import textwrap


QUESTION = textwrap.dedent("""\
    questions:
      - id: filed
        text: Will the file be applied?
        criteria: It is applied.
        due: 2027-03-30
        created_at: 2026-12-01T00:00:00Z
    """)


def _versions(cli) -> list[dict]:
    result = cli("show", "filed", "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["versions"]


def test_a_file_without_by_is_recorded_by_the_workspace_forecaster(cli, workspace):
    (workspace / "forecasts" / "filed.yaml").write_text(QUESTION)
    assert cli("apply").exit_code == 0
    assert [v["by"] for v in _versions(cli)] == ["ana"]  # conftest's workspace: forecaster = "ana"
    assert "ana (#" in cli("show", "filed").stdout


def test_a_pending_revision_names_its_own_author(cli, workspace):
    (workspace / "forecasts" / "filed.yaml").write_text(QUESTION)
    assert cli("apply").exit_code == 0
    edited = QUESTION.replace("It is applied.", "It is applied in full.") + \
        "    revisions:\n      - {version: 1}\n      - {by: bo, reason: clearer criteria}\n"
    (workspace / "forecasts" / "filed.yaml").write_text(edited)
    result = cli("apply")
    assert result.exit_code == 0, result.stderr
    assert [v["by"] for v in _versions(cli)] == ["ana", "bo"]
