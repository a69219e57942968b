"""Issue 15: on PostgreSQL, migration 0010 keeps score cells with statement triggers (one grouped upsert per
statement) instead of 0006's row trigger; the cells stay what the standing forecasts give, and the
downgrade puts 0006's trigger back as it was."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from tracker import api
from tracker.store import connect
from tracker.store.derived_check import differences
from tracker.store.engine import upgrade_schema
from tracker.store.guards import installed

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
#: 0006's row trigger and its function, as tracker.store.guards fingerprinted them before 0010.
ROW_TRIGGER = {"standing_forecast_cells": "9c06f10a60c4ee5db7fbf968a00163bed1cc2b0e8e7c391ce2aead6315df0739",
               "tracker_standing_cells()": "3b1dd945e0378814a6784290c4c82b8a4fb8601e66c143d35bee171a22c01d46"}
STATEMENT_TRIGGERS = {"standing_forecast_cells_insert", "standing_forecast_cells_update",
                      "standing_forecast_cells_delete"}


@pytest.fixture
def postgresql_url(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("statement triggers are PostgreSQL's; SQLite keeps 0006's row triggers")
    return database_url


def scenario(store):
    for n, question_id in enumerate(("a", "b", "c")):
        api.log_forecast(store, text=f"Will {question_id}?", criteria="c", due="2026-03-01", forecaster="ana",
                         probability=(0.2, 0.3, 0.4)[n], question_id=question_id, tags=["x", "y"][: n + 1], now=T0)
        api.update_forecast(store, question_id, forecaster="bo", probability=0.7, now=T0 + timedelta(hours=1))
    api.resolve_question(store, "a", "yes", resolver="ana", now=T0 + timedelta(days=2))
    api.resolve_question(store, "b", "no", resolver="ana", now=T0 + timedelta(days=2))
    api.resolve_question(store, "b", "yes", resolver="ana", correction=True, now=T0 + timedelta(days=3))
    api.resolve_question(store, "a", "open", resolver="ana", correction=True, now=T0 + timedelta(days=4))


def test_cells_follow_the_standing_forecasts_statement_by_statement(postgresql_url):
    store = connect(postgresql_url)
    try:
        with store.engine.connect() as connection:
            found = set(installed(connection))
        assert STATEMENT_TRIGGERS <= found and not set(ROW_TRIGGER) & found
        scenario(store)
        with store.read() as session:
            assert differences(session).named() == []
            cells = session.execute(text("SELECT key, probability, n, events FROM score_cell "
                                         "WHERE dimension = 'forecaster' AND n > 0 ORDER BY key")).all()
        # b, corrected to yes, is the only question resolved: ana 0.3, bo 0.7, both came true.
        assert [tuple(c) for c in cells] == [("ana", 0.3, 1, 1), ("bo", 0.7, 1, 1)]
    finally:
        store.close()


def test_the_downgrade_restores_the_row_trigger(postgresql_url):
    store = connect(postgresql_url, upgrade=False)
    try:
        upgrade_schema(store.engine, None, target="0010")
        from alembic import command
        from alembic.config import Config

        from tracker.store.engine import MIGRATIONS

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0009")
        with store.engine.connect() as connection:
            found = installed(connection)
        assert {name: found[name][0] for name in ROW_TRIGGER} == ROW_TRIGGER
        assert not STATEMENT_TRIGGERS & set(found)
    finally:
        store.close()
    reopened = connect(postgresql_url)  # upgraded again to head
    try:
        scenario(reopened)
        with reopened.read() as session:
            assert differences(session).named() == []
    finally:
        reopened.close()
