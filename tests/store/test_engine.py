"""Database trouble is one line with no SQL and no data, and reading never creates a database."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import store_snapshot

LOG = ["log", "Will it hold?", "--due", "2027-01-01", "-c", "It holds.", "-p", "0.5", "--id", "held"]


def sqlite_only(database_url: str) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's own lock and page limit; PostgreSQL writers queue and its disk is the server's")


def test_a_database_locked_by_another_writer_is_one_line(cli, database_url, monkeypatch):
    sqlite_only(database_url)
    monkeypatch.setattr("tracker.store.engine.SQLITE_BUSY_TIMEOUT_MS", 200)
    before = store_snapshot(database_url)
    holder = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another tracker in the middle of a write
        result = cli(*LOG)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "error: the database is busy (another tracker is writing): try again; nothing was written\n"
    assert store_snapshot(database_url) == before


def test_a_full_disk_is_one_line_without_the_sql_or_the_data(cli, database_url, monkeypatch):
    sqlite_only(database_url)
    from tracker.store import engine

    original = engine._sqlite_pragmas

    def no_room_to_grow(dbapi_connection, record):
        original(dbapi_connection, record)
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(engine, "_sqlite_pragmas", no_room_to_grow)
    before = store_snapshot(database_url)
    secret = "a criterion nobody should see in an error " * 200
    result = cli("log", "Will it hold?", "--due", "2027-01-01", "-c", secret, "-p", "0.5", "--id", "held")
    assert result.exit_code == 1
    assert result.stderr == ("error: the disk holding the database is full: free some space and try again; "
                             "nothing was written\n")
    assert store_snapshot(database_url) == before


def test_database_errors_never_carry_their_statement_or_parameters():
    from sqlalchemy.exc import DataError, OperationalError

    from tracker.store.engine import database_problem

    class PostgresError(Exception):
        sqlstate = "53100"

    full = OperationalError("INSERT INTO question (text) VALUES (%(text)s)", {"text": "private words"},
                            PostgresError("could not extend file \"base/16384/2619\": No space left on device\nHINT: x"))
    assert str(database_problem(full)) == ("the disk holding the database is full: free some space and try again; "
                                           "nothing was written")
    other = DataError("INSERT INTO question (text) VALUES (%(text)s)", {"text": "private words"},
                      ValueError("PostgreSQL text fields cannot contain NUL (0x00) bytes\nDETAIL: private words"))
    message = str(database_problem(other))
    assert message == ("the database refused the operation (PostgreSQL text fields cannot contain NUL (0x00) bytes); "
                       "nothing was written")


READS = [["list"], ["show", "held"], ["score"], ["export", "out"], ["calendar"], ["verify"], ["due"]]


@pytest.mark.parametrize("args", READS, ids=[a[0] for a in READS])
def test_a_read_never_creates_a_database_or_its_folders(cli, tmp_path, args):
    missing = tmp_path / "typo" / "dir" / "x.db"
    result = cli("--db", f"sqlite:///{missing}", *args)
    assert result.exit_code == 1
    assert result.stderr == (f"error: no database at {missing}: the folder {missing.parent} does not exist "
                             "(check --db / TRACKER_DATABASE_URL)\n")
    assert not (tmp_path / "typo").exists()
    (tmp_path / "typo" / "dir").mkdir(parents=True)
    result = cli("--db", f"sqlite:///{missing}", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: no database at {missing} (nothing recorded yet")
    assert not missing.exists()


def test_a_write_does_not_create_a_missing_folder(cli, tmp_path):
    missing = tmp_path / "typo" / "dir" / "x.db"
    result = cli("--db", f"sqlite:///{missing}", *LOG)
    assert result.exit_code == 1
    assert result.stderr == (f"error: no folder {missing.parent} for the database x.db (create the folder, or check "
                             "--db / TRACKER_DATABASE_URL)\n")
    assert not (tmp_path / "typo").exists()
    missing.parent.mkdir(parents=True)
    result = cli("--db", f"sqlite:///{missing}", *LOG)  # a write may start a new database in a folder that exists
    assert result.exit_code == 0, result.stderr
    assert missing.exists()


def test_a_write_recreates_the_workspace_own_state_folder(tmp_path, monkeypatch):
    import shutil

    from typer.testing import CliRunner

    from tracker.cli.app import app
    from tracker.workspace import init_workspace

    init_workspace(tmp_path / "ws", forecaster="ana")
    shutil.rmtree(tmp_path / "ws" / ".tracker")
    monkeypatch.chdir(tmp_path / "ws")
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    monkeypatch.delenv("TRACKER_WORKSPACE", raising=False)
    result = CliRunner().invoke(app, LOG, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "ws" / ".tracker" / "tracker.db").exists()
