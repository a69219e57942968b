"""Shared fixtures: every test gets its own workspace and its own database, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from postgres_server import libpq_url, postgres_state, postgres_url  # noqa: E402

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    state, _ = postgres_state()
    if state == "unset" and os.environ.get("CI") == "true":
        pytest.fail("CI=true but TRACKER_TEST_POSTGRES_URL is not set: run ./scripts/test", pytrace=False)
    return postgres_url()


def fresh_postgres_database(server_url: str) -> tuple[str, str]:
    """Create an empty database on the test server; return (SQLAlchemy URL, name)."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(libpq_url(server_url), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = server_url.rpartition("/")
    return f"{base}/{name}", name


def drop_postgres_database(server_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(libpq_url(server_url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path) -> str:
    """A URL of an empty database of its own, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'state' / 'tracker.db'}"
        return
    server = request.getfixturevalue("postgres_server_url")
    url, name = fresh_postgres_database(server)
    yield url
    drop_postgres_database(server, name)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'state' / 'tracker.db'}"


@pytest.fixture
def store(database_url):
    from tracker.store import connect

    opened = connect(database_url)
    yield opened
    opened.close()


@pytest.fixture
def workspace(tmp_path, database_url, monkeypatch) -> Path:
    """An initialised workspace as the current folder, its database on the backend under test."""
    from tracker.workspace import init_workspace

    from tracker.store import connect

    root = tmp_path / "ws"
    init_workspace(root, forecaster="ana", timezone="Europe/Vilnius")
    connect(database_url).close()  # as `tracker init` does
    monkeypatch.chdir(root)
    monkeypatch.setenv("TRACKER_WORKSPACE", str(root))
    monkeypatch.setenv("TRACKER_DATABASE_URL", database_url)
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.delenv("TRACKER_DEBUG", raising=False)
    return root


@pytest.fixture
def cli(workspace):
    """Run `tracker ARGS...` in the workspace; returns the Click result (stdout and stderr apart)."""
    from typer.testing import CliRunner

    from tracker.cli.app import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


def store_snapshot(database_url: str) -> dict:
    """Every row of every tracker table, to check that a failed command left the store as it was."""
    from sqlalchemy import create_engine, inspect, text

    if database_url.startswith("sqlite:///") and not Path(database_url.removeprefix("sqlite:///")).exists():
        return {}
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
            rows = {t: sorted(map(repr, connection.execute(text(f"SELECT * FROM {t}")).all())) for t in tables}
            # An empty store equals a store not yet created.
            return {t: r for t, r in rows.items() if r}
    finally:
        engine.dispose()


def extract_text(text: str, published, suffix: str = ".txt", stem: str = "outlook"):
    """`extract_document` of ``text`` written to a new temporary file (its suffix chooses the reader, its stem
    is the forecaster when no publisher is found), for the extraction rules' tests."""
    import tempfile

    from tracker.extract import extract_document

    path = Path(tempfile.mkdtemp()) / f"{stem}{suffix}"
    path.write_text(text, encoding="utf-8")
    return extract_document(path, published=published)
