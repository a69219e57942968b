"""`score --as-of` scores binary questions only: it says so, instead of leaving the choice questions out in
silence (a new user took their absence for a bug)."""

from __future__ import annotations

import json


def test_as_of_says_choice_questions_are_not_scored(cli, workspace):
    (workspace / "forecasts" / "who.yaml").write_text(
        "questions:\n"
        "  - id: who\n    text: Who wins?\n    criteria: The official result.\n    kind: choice\n"
        "    outcomes: [ana, bo]\n    due: 2026-06-01\n"
        "    predictions:\n      - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probabilities: {ana: 0.6, bo: 0.4}}\n"
        "resolutions:\n"
        "  - {question_id: who, outcome: ana, resolved_at: 2026-06-02T00:00:00Z, resolver: ana}\n")
    result = cli("apply")
    assert result.exit_code == 0, result.stderr
    plain = cli("score")
    assert "Choice questions (all): n 1" in plain.stdout
    result = cli("score", "--as-of", "30d")
    assert result.exit_code == 0, result.stderr
    assert "Choice questions: not scored with --as-of (binary questions only)." in result.stdout
    table = json.loads(cli("score", "--as-of", "30d", "--json").stdout)
    assert table["choice"] == []
    assert table["conventions"]["choice_as_of"].startswith("choice questions are not scored as of")
    assert "choice_as_of" not in json.loads(cli("score", "--json").stdout)["conventions"]
