"""Migration 0008's guard triggers: installed on old databases with their data, recognised by `verify`
whichever way the database got there, and removed by a downgrade."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import text

from tracker import api
from tracker.store import HEAD_REVISION, connect
from tracker.store.engine import Store, schema_revision, upgrade_schema
from tracker.store.guards import installed, problems

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _history(store):
    api.log_forecast(store, text="Will it?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.8,
                     question_id="q", tags=["t"], now=T0)
    api.resolve_question(store, "q", "yes", resolver="ana", now=datetime(2026, 2, 1, tzinfo=timezone.utc))


def _old_history(engine):
    """_history's records as a tracker before migration 0003 wrote them (today's code writes question
    versions, which an old schema has no table for): 0003 and 0005 fill the rest on the way up."""
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO question (id, text, criteria, kind, outcomes, due, created_at, status, recorded_at) VALUES "
            "('q', 'Will it?', 'c', 'binary', '[]', '2026-06-01', '2026-01-01 00:00:00', 'resolved', "
            "'2026-01-01 00:00:00')"))
        connection.execute(text("INSERT INTO question_tag (question_id, tag) VALUES ('q', 't')"))
        connection.execute(text("INSERT INTO prediction (question_id, forecaster, made_at, probability, recorded_at) "
                                "VALUES ('q', 'ana', '2026-01-01 00:00:00', 0.8, '2026-01-01 00:00:00')"))
        connection.execute(text("INSERT INTO resolution (question_id, outcome, resolved_at, resolver, evidence, "
                                "recorded_at) VALUES ('q', 'yes', '2026-02-01 00:00:00', 'ana', '[]', "
                                "'2026-02-01 00:00:00')"))


def test_a_0007_database_gets_the_guards_and_stays_verified(database_url):
    engine = connect(database_url, upgrade=False).engine
    upgrade_schema(engine, target="0002")
    _old_history(engine)
    upgrade_schema(engine, target="0007")
    with engine.connect() as connection:
        assert not any(name.startswith("guard") for name in installed(connection))
    engine.dispose()

    store = connect(database_url)
    assert schema_revision(store.engine) == HEAD_REVISION
    report = api.verify(store)
    assert (report.intact, report.triggers, report.derived) == (True, (), ())
    with pytest.raises(Exception, match="score_cell is derived from the chain"):
        with store.engine.begin() as connection:
            connection.execute(text("DELETE FROM score_cell"))
    store.close()


def test_a_database_upgraded_from_0001_has_exactly_the_expected_triggers(database_url):
    engine = connect(database_url, upgrade=False).engine
    upgrade_schema(engine, target="0001")
    upgrade_schema(engine)
    with engine.connect() as connection:
        assert problems(connection) == []
    engine.dispose()


def test_downgrading_0008_removes_the_guards(database_url):
    store = connect(database_url)
    _history(store)
    upgrade_schema_down(store.engine, "0007")
    with store.engine.connect() as connection:
        lines = problems(connection)
    # Later migrations' triggers (question versions, 0010's cells, ...) are reported too; 0008's guards are gone.
    guards = [line for line in lines if "guard" in line]
    assert guards and all(" is missing: " in line for line in guards)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE score_cell SET events = 0"))
    store.close()


def upgrade_schema_down(engine, target):
    from alembic import command
    from alembic.config import Config

    from tracker.store.engine import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)
