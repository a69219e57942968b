"""The tamper-evident chain: edits, deletions and reorderings made directly in SQLite and PostgreSQL are
found and named; exports carry the hashes and applying one to an empty store rebuilds the same chain."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from tracker import api
from tracker.store import connect

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def history(store):
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.6,
                     question_id="a", now=T0)
    api.update_forecast(store, "a", forecaster="bo", probability=0.3, now=T0 + timedelta(hours=1))
    api.log_forecast(store, text="Will B?", criteria="c", due="2026-06-01", forecaster="ana",
                     outcomes={"x": 0.5, "y": 0.5}, question_id="b", now=T0 + timedelta(hours=2))
    api.resolve_question(store, "a", "no", resolver="ana", evidence=["https://e"], now=T0 + timedelta(days=1))
    api.resolve_question(store, "a", "yes", resolver="bo", correction=True, now=T0 + timedelta(days=2))
    api.update_forecast(store, "b", forecaster="bo", probability=None, outcomes={"x": 0.9, "y": 0.1},
                        now=T0 + timedelta(days=3))


def tamper(store, *statements):
    """Run SQL behind tracker's back, with the immutability triggers out of the way."""
    tables = ("prediction", "resolution") + (("question_version",) if "question_version" in str(statements) else ())
    with store.engine.begin() as connection:
        if store.dialect == "sqlite":
            for table in tables:
                for action in ("update", "delete"):
                    connection.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{action}"))
        else:
            for table in tables:
                connection.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_immutable"))
        for statement in statements:
            connection.execute(text(statement))


def test_an_untouched_chain_is_intact(store):
    history(store)
    report = api.verify(store)
    assert (report.records, report.intact) == (8, True)


@pytest.mark.parametrize("statements,problem", [
    (["UPDATE prediction SET probability = 0.65 WHERE seq = 2"],
     "prediction #2 (ana on a, made 2026-01-01T00:00:00+00:00) was altered: its content no longer matches its hash"),
    (["UPDATE resolution SET outcome = 'no' WHERE seq = 7"],
     "resolution #7 (a no, 2026-01-03T00:00:00+00:00) was altered: its content no longer matches its hash"),
    (["UPDATE resolution SET evidence = '[]' WHERE seq = 6"],
     "resolution #6 (a no, 2026-01-02T00:00:00+00:00) was altered: its content no longer matches its hash"),
    (["DELETE FROM prediction WHERE seq = 3"], "record #3 was removed (the chain jumps from #2 to #4)"),
    (["DELETE FROM prediction WHERE seq = 8"],
     "the chain ends at #7 but its head says #8: records were removed from the end"),
    (["UPDATE prediction SET seq = 100 WHERE seq = 3", "UPDATE prediction SET seq = 3 WHERE seq = 5",
      "UPDATE prediction SET seq = 5 WHERE seq = 100"],
     "prediction #3 (ana on b, made 2026-01-01T02:00:00+00:00) does not follow #2: a record was inserted or "
     "moved out of order"),
    # Form 2 (after the first question version): when a record was recorded, and by which role, is chained.
    (["UPDATE prediction SET recorded_at = '2026-01-01 00:00:01' WHERE seq = 2"],
     "prediction #2 (ana on a, made 2026-01-01T00:00:00+00:00) was altered: its content no longer matches its hash"),
    (["UPDATE resolution SET role = 'mallory' WHERE seq = 6"],
     "resolution #6 (a no, 2026-01-02T00:00:00+00:00) was altered: its content no longer matches its hash"),
    (["INSERT INTO prediction (question_id, forecaster, made_at, probability, probabilities, recorded_at) "
      "VALUES ('a', 'eve', '2026-01-01 05:00:00', 0.99, 'null', '2026-01-01 05:00:00')"],
     "a prediction on a was inserted outside tracker (it has no place in the chain)"),
])
def test_tampering_is_found_and_named(store, statements, problem):
    history(store)
    tamper(store, *statements)
    report = api.verify(store)
    assert report.problem == problem


def test_verify_command(cli, workspace, database_url):
    cli("log", "Will it?", "-p", "0.5", "--due", "2030-01-01", "-c", "c", "--id", "q")
    assert cli("verify").output == "The chain of 2 records is intact, and the derived tables follow from it.\n"
    store = connect(database_url)
    tamper(store, "UPDATE prediction SET probability = 0.9")
    result = cli("verify")
    assert result.exit_code == 1
    first, *rest = result.stderr.splitlines()
    assert first.startswith("error: chain broken: prediction #2 (ana on q, made ")
    assert first.endswith(") was altered: its content no longer matches its hash")
    # tamper() dropped the immutability triggers to make the edit: verify names that too, and what it moved.
    if store.dialect == "sqlite":
        triggers = [f"error: trigger {table}_no_{verb} is missing: {table} can be {word}"
                    for table in ("prediction", "resolution") for verb, word in (("delete", "deleted"), ("update", "edited"))]
    else:
        triggers = [f"error: trigger {table}_immutable is disabled: {table} can be edited or deleted"
                    for table in ("prediction", "resolution")]
    assert rest == triggers + [
        "error: derived table differs: standing_forecast (q, ana): stored probability 0.5, from the chain 0.9"]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_an_applied_export_keeps_the_hashes(store, database_url, tmp_path, fmt):
    import conftest

    history(store)
    api.export_store(store, tmp_path / "out", fmt)
    if database_url.startswith("sqlite"):
        other_url, name = database_url.replace("tracker.db", "other.db"), None
    else:
        other_url, name = conftest.fresh_postgres_database(database_url.rpartition("/")[0] + "/tracker_test")
    other = connect(other_url)
    api.apply_paths(other, [tmp_path / "out"])
    for question_id in ("a", "b"):
        mine, theirs = api.question_history(store, question_id), api.question_history(other, question_id)
        assert [(p.seq, p.hash) for p in theirs.predictions] == [(p.seq, p.hash) for p in mine.predictions]
        assert [(r.seq, r.hash) for r in theirs.resolutions] == [(r.seq, r.hash) for r in mine.resolutions]
    assert api.verify(other).intact
    other.close()


@pytest.mark.parametrize("statement,altered", [
    # SQLite keeps timestamps and JSON as text: other spellings of the same values are the same record...
    ("UPDATE prediction SET made_at = '2026-01-01 00:00:00' WHERE seq = 2", False),
    ("UPDATE prediction SET probabilities = '{\"y\": 0.1,  \"x\": 0.9}' WHERE seq = 8", False),
    ("UPDATE resolution SET evidence = '[ \"https://e\" ]' WHERE seq = 6", False),
    ("UPDATE question_version SET description = replace(description, '\": \"', '\" :  \"') WHERE seq = 1", False),
    # ...and a changed value in any spelling is an alteration.
    ("UPDATE prediction SET made_at = '2026-01-01 00:00:01' WHERE seq = 2", True),
    ("UPDATE prediction SET probabilities = '{\"y\": 0.2, \"x\": 0.8}' WHERE seq = 8", True),
    ("UPDATE prediction SET made_at = '2026-01-01 00:00:00.000001' WHERE seq = 2", True),
])
def test_stored_text_is_read_as_the_columns_read_it(store, statement, altered):
    if store.dialect != "sqlite":
        pytest.skip("PostgreSQL stores timestamps and JSON typed")
    history(store)
    tamper(store, statement)
    assert api.verify(store).chain_intact is not altered


def test_an_in_memory_store_is_checked_on_its_one_connection():
    # The derived tables are checked on a second connection meanwhile, except where a second connection
    # would open another, empty, database.
    store = connect("sqlite:///:memory:")
    history(store)
    report = api.verify(store)
    assert (report.records, report.intact) == (8, True)
    store.close()
