"""The report names a scored forecast whose question changed meaning after it was made, and only that."""

import json
from datetime import date, datetime, timedelta, timezone

from tracker import api

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
TITLE = "Scored against a question changed after the forecast"


def _history(store):
    # "moved": ana forecasts, then the criteria change, then it resolves: her score judges a question she never saw.
    api.log_forecast(store, text="Will the bridge open?", criteria="Opened to traffic.", due=date(2025, 6, 1),
                     forecaster="ana", probability=0.8, question_id="moved", now=T0)
    api.revise_question(store, "moved", by="bo", reason="Traffic <b>or</b> *pedestrians* count",
                        criteria="Opened to traffic or pedestrians.", now=T0 + timedelta(days=2))
    api.resolve_question(store, "moved", "yes", resolver="bo", now=T0 + timedelta(days=200))
    # "early": the criteria change before the standing forecasts of both forecasters: nothing to name.
    api.log_forecast(store, text="Will the dam hold?", criteria="No breach.", due=date(2025, 6, 1),
                     forecaster="ana", probability=0.3, question_id="early", now=T0)
    api.revise_question(store, "early", by="ana", reason="clearer", criteria="No breach reported.",
                        now=T0 + timedelta(hours=1))
    api.update_forecast(store, "early", forecaster="ana", probability=0.4, now=T0 + timedelta(hours=2))
    api.update_forecast(store, "early", forecaster="bo", probability=0.6, now=T0 + timedelta(hours=3))
    api.resolve_question(store, "early", "no", resolver="ana", now=T0 + timedelta(days=200))


def test_report_names_forecast_scored_against_changed_criteria(store, tmp_path):
    _history(store)
    api.write_report(store, tmp_path / "out", now=NOW)
    data = json.loads((tmp_path / "out" / "scores.json").read_text())
    rows = data["changed_after_forecast"]
    assert [(r["question_id"], r["forecaster"]) for r in rows] == [("moved", "ana")]
    row = rows[0]
    assert row["fields"] == ["criteria"] and row["by"] == "bo" and row["correction"] is False
    assert row["made_at"] == "2025-01-01T00:00:00Z" and row["changed_at"] == "2025-01-03T00:00:00Z"

    markdown = (tmp_path / "out" / "report.md").read_text()
    assert f"## {TITLE}" in markdown
    line = next(line for line in markdown.splitlines() if line.startswith("| moved |"))
    assert "| ana | 2025-01-01 00:00 | 2025-01-03 00:00 (version 2) | criteria | bo |" in line
    # The reason is user text: inert in Markdown (no tag, no emphasis), as written in HTML.
    assert "Traffic &lt;b&gt;or&lt;/b&gt; \\*pedestrians\\* count" in line
    section = markdown.split(f"## {TITLE}")[1].split("\n## ")[0]
    assert "| early |" not in section and "| moved | Will the bridge open? | ana |" in section
    page = (tmp_path / "out" / "index.html").read_text()
    assert TITLE in page and "Traffic &lt;b&gt;or&lt;/b&gt; *pedestrians* count" in page
    assert "<b>or</b>" not in page


def test_report_filters_apply(store, tmp_path):
    _history(store)
    api.write_report(store, tmp_path / "bo", forecaster="bo", now=NOW)
    assert json.loads((tmp_path / "bo" / "scores.json").read_text())["changed_after_forecast"] == []
    assert TITLE not in (tmp_path / "bo" / "report.md").read_text()


def test_no_section_when_nothing_changed_after(store, tmp_path):
    api.log_forecast(store, text="Will it rain?", criteria="Any rain.", due=date(2025, 6, 1), forecaster="ana",
                     probability=0.5, question_id="rain", now=T0)
    api.revise_question(store, "rain", tags=["weather"], now=T0 + timedelta(days=1))  # not the meaning
    api.resolve_question(store, "rain", "no", resolver="ana", now=T0 + timedelta(days=200))
    api.write_report(store, tmp_path / "out", now=NOW)
    assert json.loads((tmp_path / "out" / "scores.json").read_text())["changed_after_forecast"] == []
    assert TITLE not in (tmp_path / "out" / "report.md").read_text()
    assert TITLE not in (tmp_path / "out" / "index.html").read_text()
