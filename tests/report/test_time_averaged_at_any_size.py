"""Issue 15: the report includes the time-averaged Brier whatever the store's size (one streaming pass),
with the numbers the definition gives."""

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from tracker import api
from tracker.evaluation import Selection
from tracker.report import write_report
from tracker.store.guards import unguarded

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_a_large_store_still_gets_the_time_averaged_brier(store, tmp_path):
    # ana: 0.9 from Jan 1 00:00, 0.5 from Jan 2 12:00 (standing at the end of Jan 2 and 3), due Jan 3, yes:
    # ((0.9 - 1)^2 + 2 * (0.5 - 1)^2) / 3 = (0.01 + 0.5) / 3 = 0.17. bo: 0.2 all three days: (0.8)^2 = 0.64.
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-01-03", forecaster="ana", probability=0.9,
                     question_id="a", now=T0)
    api.update_forecast(store, "a", forecaster="bo", probability=0.2, now=T0 + timedelta(hours=1))
    api.update_forecast(store, "a", forecaster="ana", probability=0.5, now=T0 + timedelta(days=1, hours=12))
    api.resolve_question(store, "a", "yes", resolver="ana", now=T0 + timedelta(days=5))
    # The chain's head as on a store of a million records: the report used to leave the score out above 100,000.
    with store.engine.begin() as connection, unguarded(connection):
        connection.execute(text("UPDATE chain_head SET seq = 1000000"))
    write_report(store, tmp_path / "out", Selection(), generated_at=T0 + timedelta(days=6))
    data = json.loads((tmp_path / "out" / "scores.json").read_text())
    assert data["time_averaged"] == "included"
    found = {row["group"]: row["time_averaged_brier"] for row in data["by"]["forecaster"]}
    assert found == {"ana": pytest.approx(0.17, abs=1e-12), "bo": pytest.approx(0.64, abs=1e-12)}


def test_it_can_still_be_left_out(store, tmp_path):
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-01-03", forecaster="ana", probability=0.9,
                     question_id="a", now=T0)
    api.resolve_question(store, "a", "yes", resolver="ana", now=T0 + timedelta(days=5))
    write_report(store, tmp_path / "out", Selection(), generated_at=T0 + timedelta(days=6),
                 include_time_averaged=False)
    data = json.loads((tmp_path / "out" / "scores.json").read_text())
    assert data["time_averaged"].startswith("omitted")
    assert [row["time_averaged_brier"] for row in data["by"]["forecaster"]] == [None]
