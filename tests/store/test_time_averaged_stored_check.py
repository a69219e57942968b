"""Issue 16: `verify` recomputes each pair's time-averaged Brier from the predictions and names every stored
value that differs (forged, missing, or stored where none is due); `verify --repair-derived` recomputes
them with the write path's code."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tracker import api
from tracker.store import connect
from tracker.store.differences import Differences
from tracker.store.time_averaged_check import check_time_averaged
from tests.test_derived_honesty import forge

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def history(store) -> None:
    """a: open Jan 1 00:00, due Jan 4, resolved no on Jan 9, so it closes at Jan 5 00:00: four days.
    ana's 0.8 stands all four: 0.8^2 = 0.64; bo's 0.5 (made Jan 2 12:00) the last three: 0.25.
    open: ana's 0.5 on a question still open: nothing is due."""
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-01-04", forecaster="ana", probability=0.8,
                     question_id="a", now=T0)
    api.update_forecast(store, "a", forecaster="bo", probability=0.5, now=T0 + timedelta(days=1, hours=12))
    api.resolve_question(store, "a", "no", resolver="ana", now=T0 + timedelta(days=8))
    api.log_forecast(store, text="Open?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.5,
                     question_id="open", now=T0)


def named(store) -> list[str]:
    found = Differences()
    with store.read() as session:
        check_time_averaged(session, found)
    return found.named()


def test_honest_values_pass_and_are_the_hand_computed_ones(store):
    history(store)
    assert named(store) == []
    with store.read() as session:
        from sqlalchemy import text

        rows = dict(((q, f), v) for q, f, v in session.execute(text(
            "SELECT question_id, forecaster, time_averaged FROM standing_forecast")))
    assert rows == {("a", "ana"): pytest.approx(0.64, abs=1e-15), ("a", "bo"): pytest.approx(0.25, abs=1e-15),
                    ("open", "ana"): None}


@pytest.mark.parametrize("statement,line", [
    ("UPDATE standing_forecast SET time_averaged = 0.5 WHERE question_id = 'a' AND forecaster = 'ana'",
     "standing_forecast (a, ana): stored time-averaged Brier 0.5, from the predictions 0.64"),
    ("UPDATE standing_forecast SET time_averaged = NULL WHERE question_id = 'a' AND forecaster = 'bo'",
     "standing_forecast (a, bo): stored time-averaged Brier none, from the predictions 0.25"),
    ("UPDATE standing_forecast SET time_averaged = 0.1 WHERE question_id = 'open'",
     "standing_forecast (open, ana): stored time-averaged Brier 0.1, from the predictions none"),
])
def test_a_forged_missing_or_undue_value_is_named_and_repaired(store, statement, line):
    history(store)
    forge(store, statement)
    lines = named(store)
    assert len(lines) == 1 and lines[0].startswith(line.rsplit(" ", 1)[0]), lines
    wanted = line.rsplit(" ", 1)[1]
    assert wanted == "none" or float(lines[0].rsplit(" ", 1)[1]) == pytest.approx(float(wanted), abs=1e-15)
    report = api.verify(store)
    assert report.derived == (line if wanted == "none" else lines[0],)
    assert api.repair_derived(store) == ["standing_forecast.time_averaged: recomputed (1 differed)"]
    assert named(store) == []
    assert api.verify(store).derived == ()


def test_a_value_on_a_question_without_any_scored_pair_is_found_among_many(store):
    """Stored values on a question no pair is scored on are found by counting, then named."""
    history(store)
    for i in range(30):
        api.log_forecast(store, text=f"Q{i}?", criteria="c", due="2026-01-04", forecaster="bo", probability=0.3,
                         question_id=f"q{i:02d}", now=T0)
        api.resolve_question(store, f"q{i:02d}", "yes", resolver="bo", now=T0 + timedelta(days=8))
    forge(store, "UPDATE standing_forecast SET time_averaged = 0.2 WHERE question_id = 'open'",
          "UPDATE standing_forecast SET time_averaged = 0.3 WHERE question_id = 'q07'")
    # q07: bo's 0.3 on yes stands four days: 0.49 each. (Values on unscored questions are named last.)
    undue, forged = sorted(named(store))
    assert undue == "standing_forecast (open, ana): stored time-averaged Brier 0.2, from the predictions none"
    assert forged.startswith("standing_forecast (q07, bo): stored time-averaged Brier 0.3, from the predictions ")
    assert float(forged.rsplit(" ", 1)[1]) == pytest.approx(0.49, abs=1e-15)


def test_a_forged_question_outcome_is_named_once_where_it_was_forged(store):
    history(store)
    forge(store, "UPDATE question SET outcome = 'yes' WHERE id = 'a'")
    assert api.verify(store).derived == ("question a: stored outcome yes, from the chain no",)


def test_verify_command_exit_codes(cli, workspace, database_url):
    cli("log", "Will it?", "-p", "0.99", "--due", "2030-01-01", "-c", "c", "--id", "q")
    assert cli("resolve", "q", "no").exit_code == 0
    assert cli("verify").exit_code == 0
    store = connect(database_url)
    forge(store, "UPDATE standing_forecast SET time_averaged = 0.5")
    store.close()
    result = cli("verify")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    # Logged and resolved today: one day, the 0.99 standing at its close: 0.99^2.
    assert lines[0].startswith("error: derived table differs: standing_forecast (q, ana): stored time-averaged "
                               "Brier 0.5, from the predictions 0.980"), lines
    assert float(lines[0].rsplit(" ", 1)[1]) == pytest.approx(0.99 ** 2, abs=1e-12)
    assert lines[-1] == "(tracker verify --repair-derived rebuilds the derived tables from the chain)"
    result = cli("verify", "--repair-derived")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "repaired standing_forecast.time_averaged: recomputed (1 differed)",
        "The chain of 3 records is intact, and the derived tables follow from it."]
    assert cli("verify").exit_code == 0


def test_an_in_memory_store_is_checked_on_its_one_connection_too():
    # verify checks the time-averaged Brier after the walk on a file's store, with the rest on one
    # connection on an in-memory one: both name it.
    store = connect("sqlite:///:memory:")
    history(store)
    forge(store, "UPDATE standing_forecast SET time_averaged = 0.5 WHERE question_id = 'a' AND forecaster = 'ana'")
    (line,) = api.verify(store).derived
    assert line.startswith("standing_forecast (a, ana): stored time-averaged Brier 0.5, from the predictions 0.6")
    store.close()
