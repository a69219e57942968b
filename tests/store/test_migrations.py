"""The schema is Alembic's: a newer tracker upgrades an older database, and the tables match the migrations."""

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from tracker import api
from tracker.store import HEAD_REVISION, connect
from tracker.store.engine import MIGRATIONS, schema_revision, upgrade_schema


def test_head_revision_constant_matches_the_migrations_folder():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_tables_match_the_migrations(database_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    store = connect(database_url)
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    store.close()
    # The partial index is made by the migration only (see tables.StandingForecastRow).
    differences = [d for d in differences if not (d[0] == "remove_index" and d[1].name == "ix_standing_forecast_late")]
    assert differences == []


def test_database_made_by_the_first_migration_is_upgraded_with_its_data(database_url):
    engine = connect(database_url, upgrade=False).engine
    upgrade_schema(engine, target="0001")
    assert schema_revision(engine) == "0001"
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO question (id, text, criteria, kind, outcomes, due, created_at, status, recorded_at) "
            "VALUES ('old', 'Will it?', 'c', 'binary', '[]', '2027-01-01', '2026-01-01 00:00:00', 'open', "
            "'2026-01-01 00:00:00')"))
        for made_at, probability in (("2026-01-01 00:00:00", 0.4), ("2026-01-02 00:00:00", 0.7)):
            connection.execute(text(
                "INSERT INTO prediction (question_id, forecaster, made_at, probability, recorded_at) "
                f"VALUES ('old', 'ana', '{made_at}', {probability}, '2026-01-01 00:00:00')"))
        connection.execute(text(
            "INSERT INTO resolution (question_id, outcome, resolved_at, resolver, evidence, recorded_at) "
            "VALUES ('old', 'yes', '2026-02-01 00:00:00', 'ana', '[]', '2026-02-01 00:00:00')"))
        connection.execute(text("UPDATE question SET status = 'resolved' WHERE id = 'old'"))
    engine.dispose()

    store = connect(database_url)
    assert schema_revision(store.engine) == HEAD_REVISION
    history = api.question_history(store, "old")
    assert history.predictions[0].probability == 0.4
    assert history.predictions[0].made_at == datetime(2026, 1, 1, tzinfo=timezone.utc)
    # 0003 filled the standing forecasts and the resolution in force from the old rows: the score sees them.
    (row,) = api.score(store)["groups"]
    assert (row["n"], row["brier"]) == (1, pytest.approx(0.09))
    store.close()


def test_recorded_predictions_and_resolutions_cannot_be_edited_in_sql(store):
    api.log_forecast(store, text="Will it?", criteria="c", due="2027-01-01", forecaster="ana", probability=0.5,
                     question_id="q")
    api.resolve_question(store, "q", "yes", resolver="ana")
    for statement in ("UPDATE prediction SET probability = 0.9", "DELETE FROM prediction",
                      "UPDATE resolution SET outcome = 'no'", "DELETE FROM resolution"):
        with pytest.raises(Exception, match="immutable"):
            with store.engine.begin() as connection:
                connection.execute(text(statement))
    assert api.question_history(store, "q").predictions[0].probability == 0.5


def test_sqlite_store_uses_wal_and_a_busy_timeout(sqlite_url):
    store = connect(sqlite_url)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()
    assert Path(sqlite_url.removeprefix("sqlite:///")).exists()


def test_unreachable_database_is_a_one_line_error():
    from tracker.errors import TrackerError

    with pytest.raises(TrackerError, match=r"^cannot open database postgresql\+psycopg://nobody:\*\*\*@127.0.0.1:1/x"):
        connect("postgresql+psycopg://nobody:secret@127.0.0.1:1/x")


def test_a_database_newer_than_this_tracker_is_refused_in_one_line(sqlite_url):
    from tracker.errors import TrackerError

    store = connect(sqlite_url)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(TrackerError, match=r"has schema 9999, newer than this tracker's \d{4}: upgrade tracker$"):
        connect(sqlite_url)


def test_migrations_import_no_live_tracker_module():
    """A migration carries the code it ran, frozen: importing a live module (store.standing, chain,
    relative...) would let a later change to it change what upgrading an old database does."""
    import ast
    import sys

    allowed = {"alembic", "sqlalchemy", "tracker.store.types", *sys.stdlib_module_names}
    paths = sorted((MIGRATIONS / "versions").glob("*.py"))
    assert len(paths) >= 8, paths
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert name in allowed or name.split(".")[0] in allowed - {"tracker"}, f"{path.name} imports {name}"


def test_0009_chains_existing_questions_as_version_1_after_the_existing_records(database_url):
    import hashlib

    engine = connect(database_url, upgrade=False).engine
    upgrade_schema(engine, target="0002")  # before 0003 fills the standing forecasts from the rows
    with engine.begin() as connection:
        for question_id, recorded_at in (("late", "2026-01-03 00:00:00"), ("early", "2026-01-02 00:00:00")):
            connection.execute(text(
                "INSERT INTO question (id, text, criteria, kind, outcomes, due, created_at, status, source_document, "
                f"recorded_at) VALUES ('{question_id}', 'Will {question_id}?', 'c', 'binary', '[]', '2027-01-01', "
                f"'2026-01-01 00:00:00', 'open', 'NTA', '{recorded_at}')"))
        connection.execute(text("INSERT INTO question_tag (question_id, tag) VALUES ('early', 'econ')"))
        connection.execute(text(
            "INSERT INTO prediction (question_id, forecaster, made_at, probability, recorded_at) "
            "VALUES ('early', 'ana', '2026-01-02 00:00:00', 0.4, '2026-01-02 00:00:00')"))
    engine.dispose()

    store = connect(database_url)
    early, late = api.question_history(store, "early"), api.question_history(store, "late")
    # The prediction keeps the form-1 hash 0005 gave it, computed here by hand from the documented form.
    content = ('{"forecaster":"ana","kind":"prediction","made_at":"2026-01-02T00:00:00.000000Z","phrase":null,'
               '"probabilities":null,"probability":0.4,"question_id":"early","rationale":null,"scale":null}')
    first = hashlib.sha256(f"\n{content}".encode()).hexdigest()
    assert (early.predictions[0].seq, early.predictions[0].hash) == (1, first)
    # Then the questions, oldest recorded first, as version 1 of unknown authorship.
    (v_early,), (v_late,) = early.versions, late.versions
    assert (v_early.seq, v_late.seq) == (2, 3)
    assert (v_early.by, v_early.role, v_early.correction) == (None, None, False)
    assert v_early.reason == "recorded before question history began (migration 0009)"
    assert v_early.description == {
        "text": "Will early?", "criteria": "c", "kind": "binary", "outcomes": [], "due": "2027-01-01",
        "created_at": "2026-01-01T00:00:00.000000Z", "tags": ["econ"], "phrase": None, "scale": None,
        "source": {"document": "NTA", "publisher": None, "date": None, "quote": None, "location": None, "url": None},
        "condition": None, "remind_every_days": None}
    content = ('{"by":null,"correction":false,"description":{"condition":null,"created_at":"2026-01-01T00:00:00.000000Z",'
               '"criteria":"c","due":"2027-01-01","kind":"binary","outcomes":[],"phrase":null,"remind_every_days":null,'
               '"scale":null,"source":{"date":null,"document":"NTA","location":null,"publisher":null,"quote":null,'
               '"url":null},"tags":["econ"],"text":"Will early?"},"kind":"question_version","previous":null,'
               '"question_id":"early","reason":"recorded before question history began (migration 0009)",'
               '"recorded_at":"2026-01-02T00:00:00.000000Z","role":null,"version":1}')
    assert v_early.hash == hashlib.sha256(f"{first}\n{content}".encode()).hexdigest()
    report = api.verify(store)
    assert (report.records, report.intact, report.head[0]) == (3, True, 3), report
    # Records after the versions are form 2: the new prediction's content holds recorded_at and role.
    api.update_forecast(store, "late", forecaster="ana", probability=0.5)
    assert api.verify(store).intact
    store.close()
