"""Issue 15: migration 0014 fills standing_forecast.time_averaged for the pairs recorded before it, with the
values tracker's write path stores (tracker.store.derived), and its downgrade takes the column away."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import inspect, text

from tracker import api
from tracker.domain import Prediction, Resolution
from tracker.resolving import record_resolution
from tracker.store import HEAD_REVISION, derived, queries
from tracker.store.engine import MIGRATIONS, schema_revision, upgrade_schema

UTC = timezone.utc


def at(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=UTC)


def varied_history(store) -> None:
    """Corrections, a reopening, backdated predictions, midnight and mid-day closes, a question resolved
    before it was created, a choice question, void outcomes, an open question and several forecasters."""
    log = api.log_forecast
    log(store, text="Will A?", criteria="c", due="2026-01-06", forecaster="ana", probability=0.8, question_id="a",
        now=at(1, 9, 30))
    api.update_forecast(store, "a", forecaster="bo", probability=0.35, now=at(2, 23, 59))
    api.update_forecast(store, "a", forecaster="ana", probability=0.6, now=at(3))  # exactly midnight
    api.update_forecast(store, "a", forecaster="ana", probability=0.1, made_at=at(2, 12), now=at(3, 1))  # backdated
    api.resolve_question(store, "a", "yes", resolver="ana", resolved_at=at(5), now=at(5, 1))  # a midnight close
    api.resolve_question(store, "a", "no", resolver="ana", resolved_at=at(4, 13), correction=True, now=at(6))
    with store.write() as session:  # recorded after the resolution, made before it (a file's history can)
        queries.insert_predictions(session, [Prediction(question_id="a", forecaster="chen", made_at=at(3, 8),
                                                        probability=0.45)], at(6, 1))
    log(store, text="Will B?", criteria="c", due="2026-01-03", forecaster="bo", probability=0.9, question_id="b",
        now=at(1))
    api.update_forecast(store, "b", forecaster="chen", probability=0.2, now=at(1, 18))
    api.resolve_question(store, "b", "no", resolver="bo", now=at(2, 6))
    api.resolve_question(store, "b", "open", resolver="bo", correction=True, now=at(2, 7))  # reopened
    api.update_forecast(store, "b", forecaster="bo", probability=0.7, now=at(2, 8))
    api.resolve_question(store, "b", "yes", resolver="bo", now=at(9))  # after its due date: closes Jan 4 00:00
    log(store, text="Will C?", criteria="c", due="2026-01-20", forecaster="ana", probability=0.25, question_id="c",
        now=at(10))
    with store.write() as session:  # resolved before it was asked: the API refuses it, older stores hold some
        record_resolution(session, Resolution(question_id="c", outcome="yes", resolved_at=at(8), resolver="ana"),
                          at(11))
    log(store, text="Which D?", criteria="c", due="2026-01-20", forecaster="ana",
        outcomes={"red": 0.6, "blue": 0.4}, question_id="d", now=at(1))
    api.resolve_question(store, "d", "red", resolver="ana", now=at(12))  # a choice question: no Brier here
    log(store, text="Will E?", criteria="c", due="2026-01-20", forecaster="bo", probability=0.5, question_id="e",
        now=at(1))
    api.resolve_question(store, "e", "ambiguous", resolver="bo", now=at(12))  # void
    log(store, text="Will F?", criteria="c", due="2026-01-20", forecaster="chen", probability=0.5, question_id="f",
        now=at(1))
    api.resolve_question(store, "f", "yes", resolver="chen", now=at(3))
    api.resolve_question(store, "f", "annulled", resolver="chen", correction=True, now=at(4))  # void by correction
    log(store, text="Will G?", criteria="c", due="2026-03-01", forecaster="ana", probability=0.5, question_id="g",
        now=at(1))  # open


def stored(store) -> dict[tuple[str, str], float | None]:
    with store.read() as session:
        return {(q, f): v for q, f, v in session.execute(text(
            "SELECT question_id, forecaster, time_averaged FROM standing_forecast"))}


def downgrade(engine, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)


def assert_same(found: dict, expected: dict) -> None:
    assert found.keys() == expected.keys()
    for key, value in expected.items():
        assert (found[key] is None) == (value is None), key
        if value is not None:
            assert abs(found[key] - value) <= 1e-12, (key, found[key], value)


def test_the_upgrade_fills_the_values_the_write_path_stores_and_the_downgrade_drops_them(database_url):
    from tracker.store import connect

    store = connect(database_url)
    varied_history(store)
    with store.write() as session:
        derived.refresh_all(session)
    live = stored(store)
    # a (closing Jan 4 13:00, no) by hand: ana's 0.8 stands at Jan 1's end, the backdated 0.1 (made Jan 2
    # 12:00) at Jan 2's, the midnight 0.6 at Jan 3's and at the close: (0.64 + 0.01 + 0.36 * 2) / 4.
    assert live[("a", "ana")] == pytest.approx((0.64 + 0.01 + 0.36 * 2) / 4, abs=1e-15)
    # b (yes, closing at its due date's end, Jan 4 00:00, so three days): bo's 0.9 then 0.7 from Jan 2.
    assert live[("b", "bo")] == pytest.approx((0.01 + 0.09 * 2) / 3, abs=1e-15)
    for void in (("c", "ana"), ("d", "ana"), ("e", "bo"), ("f", "chen"), ("g", "ana")):
        assert live[void] is None, void
    assert sum(v is not None for v in live.values()) == 5  # a: ana, bo, chen; b: bo, chen

    downgrade(store.engine, "0013")
    assert schema_revision(store.engine) == "0013"
    with store.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("standing_forecast")}
        indexes = {i["name"] for i in inspect(connection).get_indexes("standing_forecast")}
    assert "time_averaged" not in columns and "ix_standing_forecast_time_averaged" not in indexes
    upgrade_schema(store.engine)
    assert schema_revision(store.engine) == HEAD_REVISION
    assert_same(stored(store), live)
    # The guards the fill lifted are back as they were, and nothing derived differs.
    report = api.verify(store)
    assert (report.intact, report.triggers, report.derived) == (True, (), ()), report
    store.close()


def test_the_upgrade_reads_sqlite_times_written_without_microseconds(sqlite_url):
    """Times stored by hand or an old tool as 'YYYY-MM-DD HH:MM:SS' compare as the instants they are."""
    from tracker.store import connect
    from tracker.store.guards import unguarded

    store = connect(sqlite_url)
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-01-05", forecaster="ana", probability=0.8,
                     question_id="a", now=at(1))
    api.update_forecast(store, "a", forecaster="ana", probability=0.4, now=at(3))
    api.resolve_question(store, "a", "yes", resolver="ana", resolved_at=at(3), now=at(6))
    downgrade(store.engine, "0013")
    with store.engine.begin() as connection, unguarded(connection):
        connection.execute(text("DROP TRIGGER resolution_no_update"))
        connection.execute(text("DROP TRIGGER prediction_no_update"))
        connection.execute(text("UPDATE prediction SET made_at = substr(made_at, 1, 19)"))
        connection.execute(text("UPDATE question SET created_at = substr(created_at, 1, 19), "
                                "resolved_at = substr(resolved_at, 1, 19)"))
    upgrade_schema(store.engine)
    # Open Jan 1 00:00, closed Jan 3 00:00 (two days): 0.8 stands at both ends; the 0.4 made at the very
    # close stands on none: (0.04 + 0.04) / 2.
    assert stored(store) == {("a", "ana"): pytest.approx(0.04, abs=1e-15)}
    store.close()
