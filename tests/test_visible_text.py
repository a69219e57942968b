"""Free prose given on a record must show something: blank or invisible evidence, notes and rationales are
refused on every route (the library, the command line, resolution files), and nothing is stored."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from conftest import store_snapshot
from pydantic import ValidationError

from tracker.domain import Prediction, Resolution

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)
BLANKS = ["", " ", "\u200b", " \u2060 "]


@pytest.mark.parametrize("blank", BLANKS)
def test_blank_evidence_and_notes_are_refused(blank):
    with pytest.raises(ValidationError, match="must not be empty"):
        Resolution(question_id="q", outcome="yes", resolved_at=NOW, resolver="ana", evidence=("https://a.example", blank))
    with pytest.raises(ValidationError, match="must not be empty"):
        Resolution(question_id="q", outcome="yes", resolved_at=NOW, resolver="ana", note=blank)
    with pytest.raises(ValidationError, match="must not be empty"):
        Prediction(question_id="q", forecaster="ana", made_at=NOW, probability=0.5, rationale=blank)


def test_visible_prose_is_kept_exactly_as_written():
    # Not stripped: a replayed export's hash covers the exact text.
    resolution = Resolution(question_id="q", outcome="yes", resolved_at=NOW, resolver="ana", note=" seen \n",
                            evidence=("a ",))
    assert (resolution.note, resolution.evidence) == (" seen \n", ("a ",))


@pytest.mark.parametrize("flags, flag", [(["--evidence", ""], "--evidence"), (["--note", "\u200b"], "--note")])
def test_resolve_refuses_blank_prose_in_one_line_and_stores_nothing(cli, flags, flag, database_url):
    cli("log", "Will it rain?", "-c", "Rain is reported.", "-d", "2027-01-01", "-p", "0.7", "-f", "ana", "--id", "rain")
    before = store_snapshot(database_url)
    result = cli("resolve", "rain", "yes", *flags)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {flag}: must not be empty")
    assert result.stderr.count("\n") == 1
    assert store_snapshot(database_url) == before


def test_update_refuses_a_blank_rationale(cli, database_url):
    cli("log", "Will it rain?", "-c", "Rain is reported.", "-d", "2027-01-01", "-p", "0.7", "-f", "ana", "--id", "rain")
    before = store_snapshot(database_url)
    result = cli("update", "rain", "-p", "0.5", "-f", "ana", "-r", " ")
    assert result.exit_code == 1
    assert result.stderr == "error: -r/--rationale: must not be empty\n"
    assert store_snapshot(database_url) == before


def test_a_resolution_file_with_blank_evidence_names_the_line(cli, workspace, database_url):
    cli("log", "Will it rain?", "-c", "Rain is reported.", "-d", "2027-01-01", "-p", "0.7", "-f", "ana", "--id", "rain")
    (workspace / "resolutions").mkdir(exist_ok=True)
    (workspace / "resolutions" / "rain.yaml").write_text(
        "resolutions:\n  - question_id: rain\n    outcome: yes\n    resolved_at: 2026-12-01T00:00:00Z\n"
        "    resolver: ana\n    evidence:\n      - https://weather.example/today\n      - \" \"\n")
    before = store_snapshot(database_url)
    result = cli("apply", str(workspace / "resolutions"))
    assert result.exit_code == 1
    assert "rain.yaml:8: evidence.1: must not be empty" in result.stderr
    assert store_snapshot(database_url) == before
