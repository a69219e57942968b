"""The live report asked for again is shown without computing it again while nothing was recorded: the
chain's head (moved by every question, prediction, resolution and edit) and the scale files are the same,
and it is younger than report_pages.REUSE_SECONDS. Anything recorded in between is shown at once."""

from __future__ import annotations

import math
import re

import pytest

from tracker import api


def _scored(html: str) -> int:
    return int(re.search(r'<td><a href="/report/forecasts\?[^"]*">(\d+)</a></td></tr></tbody>', html).group(1))


def _counting(monkeypatch) -> list:
    from tracker.report import data

    calls, real = [], data.report_data
    monkeypatch.setattr(data, "report_data", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    return calls


def test_a_report_asked_again_is_computed_once_until_something_is_recorded(client, workspace, database_url,
                                                                           monkeypatch):
    calls = _counting(monkeypatch)
    first = client.get("/report").text
    assert client.get("/report").text == first and len(calls) == 1
    client.get("/report?tag=econ")  # other filters: a report of its own
    assert len(calls) == 2
    store = api.open_store(workspace, database_url, create=False)
    try:
        api.resolve_question(store, "bridge", "yes", resolver="ana")  # ana's 75% now scores
    finally:
        store.close()
    again = client.get("/report").text
    assert len(calls) == 3 and _scored(again) == _scored(first) + 1


def test_a_report_older_than_the_reuse_time_is_computed_again(client, monkeypatch):
    from tracker.web import report_pages

    calls = _counting(monkeypatch)
    client.get("/report")
    monkeypatch.setattr(report_pages, "REUSE_SECONDS", 0.0)
    client.get("/report")
    assert len(calls) == 2


def test_an_edited_scale_file_makes_the_report_computed_again(client, workspace, monkeypatch):
    calls = _counting(monkeypatch)
    client.get("/report")
    scales = workspace / "scales"
    scales.mkdir(exist_ok=True)
    (scales / "ours.yaml").write_text("name: ours\ntitle: Ours\nsource: us\n"
                                      "phrases:\n  - {phrase: maybe, band: [0.3, 0.6], probability: 0.45}\n",
                                      encoding="utf-8")
    client.get("/report")
    assert len(calls) == 2


def test_the_forecaster_table_shows_every_column_of_tracker_report(workspace, database_url, make_client):
    """One forecast of 70% standing from the question's creation to its resolution as yes: Brier, REL,
    MCB and the time-averaged Brier are all (1 - 0.7)^2 = 0.09; RES and DSC are 0 (every outcome was yes);
    the log score is -ln 0.7; no relative Brier (nobody else predicted on the question)."""
    from datetime import datetime, timedelta, timezone

    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    store = api.open_store(workspace, database_url, create=False)
    try:
        api.log_forecast(store, text="Will it hold?", criteria="c", due="2026-01-11", forecaster="ana",
                         probability=0.7, question_id="hold", now=start)
        api.resolve_question(store, "hold", "yes", resolver="ana", now=start + timedelta(days=10))
    finally:
        store.close()
    html = make_client().get("/report").text
    part = html[html.index('id="by-forecaster"'):]
    headers = re.findall(r'<th scope="col">(?:<abbr[^>]*>)?([^<]+)', part.split("</thead>")[0])
    cells = re.findall(r"<td>([^<]*)</td>", part.split("</tr>", 2)[1])
    shown = dict(zip(headers[1:], cells))
    assert shown["n"] == "1"
    for column in ("Brier", "REL", "MCB", "time-averaged Brier"):
        assert float(shown[column]) == pytest.approx(0.09, abs=5e-5), column
    for column in ("RES", "DSC"):
        assert float(shown[column]) == pytest.approx(0.0, abs=5e-5), column
    assert float(shown["log score"]) == pytest.approx(-math.log(0.7), abs=5e-5)
    assert shown["relative Brier"] == "–"  # nobody else predicted on it: no median to compare with
