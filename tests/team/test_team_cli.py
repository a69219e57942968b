"""`tracker migrate` and `tracker team` from the command line: one line on every refusal, --help and --json,
and a member's own commands against the database it shares."""

from __future__ import annotations

import json

import pytest

from tracker.store import team as team_lib
from tracker.store.engine import connect


def _one_line_error(result, *words):
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and all(w in lines[0] for w in words), result.stderr
    assert "SELECT" not in lines[0] and "Traceback" not in result.stderr


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("args", [["team", "add", "bo"], ["team", "list"], ["team", "list", "--json"],
                                  ["team", "grant", "bo", "--record-for-others"], ["team", "source", "reuters"]])
def test_team_commands_refuse_sqlite_in_one_line(cli, args):
    _one_line_error(cli(*args), "team mode needs PostgreSQL", "single-user")


@pytest.mark.parametrize("args", [["migrate"], ["team"], ["team", "add"], ["team", "grant"], ["team", "source"],
                                  ["team", "list"]])
def test_every_team_command_has_help_and_json(args):
    from typer.testing import CliRunner

    from tracker.cli.app import app

    result = CliRunner().invoke(app, [*args, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
    if args != ["team"]:
        assert "--json" in result.output


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_migrate_on_an_up_to_date_sqlite_store_does_nothing(cli):
    from tracker.store.engine import HEAD_REVISION

    result = cli("migrate", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"from": HEAD_REVISION, "to": HEAD_REVISION, "upgraded": False,
                                         "members": []}


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_an_owner_sets_up_a_member_who_logs_and_cannot_speak_for_another(cli, database_url, tmp_path, monkeypatch):
    import uuid

    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    role = f"bo_{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("BO_PASSWORD", "correct horse")
    try:
        added = cli("team", "add", role, "--forecaster", "bo", "--password-env", "BO_PASSWORD", "--json")
        assert added.exit_code == 0, added.output
        assert json.loads(added.stdout) == {"role": role, "forecasters": ["bo"], "record_for_others": False,
                                            "can_login": True, "created": True, "password": True,
                                            "web_login": None, "web_grants_to_run": [f"GRANT {role} TO tracker_web;"]}
        assert "correct horse" not in added.output
        listed = cli("team", "list")
        assert listed.stdout.strip() == f"{role}: bo"

        # The test server trusts loopback: the password is set, the login works without it.
        monkeypatch.setenv("TRACKER_DATABASE_URL", make_url(database_url).set(username=role)
                           .render_as_string(hide_password=False))
        logged = cli("log", "Will it rain?", "-p", "0.6", "--due", "2030-01-01", "--criteria", "c", "--id", "rain",
                     "--forecaster", "bo")
        assert logged.exit_code == 0, logged.output
        _one_line_error(cli("update", "rain", "-p", "0.99", "--forecaster", "ana"),
                        f"role {role} may not record predictions as forecaster ana", "nothing was written")
        _one_line_error(cli("team", "grant", role, "--record-for-others"), "only the database's owner")
        migrated = cli("migrate", "--json")  # a member on an up-to-date schema: nothing to do, no grants
        assert migrated.exit_code == 0 and json.loads(migrated.stdout)["members"] == []
        verified = cli("verify")
        assert verified.exit_code == 0, verified.output

        store = connect(database_url)
        with store.read() as session:
            rows = session.execute(text("SELECT forecaster, role FROM prediction")).all()
        store.close()
        assert rows == [("bo", role)]
    finally:
        monkeypatch.setenv("TRACKER_DATABASE_URL", database_url)
        store = connect(database_url)
        with store.write() as session:
            session.execute(text(f'DROP OWNED BY "{role}"'))
            session.execute(text(f'DROP ROLE "{role}"'))
        store.close()


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_member_with_an_older_schema_gets_one_line_and_the_owner_migrates(cli, database_url, monkeypatch):
    import uuid

    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from tracker.store import engine

    role = f"ana_{uuid.uuid4().hex[:8]}"
    owner = connect(database_url)
    team_lib.add_member(owner, role, forecasters=["ana"])
    try:
        monkeypatch.setattr(engine, "HEAD_REVISION", "9999")  # a newer tracker
        monkeypatch.setenv("TRACKER_DATABASE_URL", make_url(database_url).set(username=role)
                           .render_as_string(hide_password=False))
        for args in (["list"], ["migrate"], ["update", "x", "-p", "0.5"]):
            _one_line_error(cli(*args), "older than this tracker's 9999", "its owner must run `tracker migrate`",
                            f"role {role} may not")
        with owner.read() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() != "9999"
    finally:
        with owner.write() as session:
            session.execute(text(f'DROP OWNED BY "{role}"'))
            session.execute(text(f'DROP ROLE "{role}"'))
        owner.close()


TEAM_FILE = """\
questions:
  - id: grid
    text: Will the grid hold?
    criteria: No blackout.
    due: 2027-01-01
    predictions:
      - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.6}
      - {forecaster: bo, made_at: 2026-01-02T00:00:00Z, probability: 0.3}
      - {forecaster: Grid Agency, made_at: 2026-01-03T00:00:00Z, probability: 0.8}
resolutions:
  - {question_id: grid, outcome: yes, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}
"""


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_an_importer_applies_everyones_file_and_each_record_shows_who_recorded_it(cli, workspace, database_url,
                                                                                 monkeypatch):
    import uuid

    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from conftest import store_snapshot

    suffix = uuid.uuid4().hex[:8]
    ana, importer = f"ana_{suffix}", f"importer_{suffix}"
    owner = connect(database_url)
    team_lib.add_member(owner, ana, forecasters=["ana"])
    team_lib.add_member(owner, f"bo_{suffix}", forecasters=["bo"])
    team_lib.add_member(owner, importer, record_for_others=True)
    team_lib.add_sources(owner, ["Grid Agency"])
    (workspace / "forecasts" / "grid.yaml").write_text(TEAM_FILE)
    try:
        as_ana = make_url(database_url).set(username=ana).render_as_string(hide_password=False)
        before = store_snapshot(database_url)
        refused = cli("--db", as_ana, "apply", "forecasts/grid.yaml")
        _one_line_error(refused, f"role {ana} may not record predictions as forecaster bo", "nothing was written")
        assert store_snapshot(database_url) == before

        as_importer = make_url(database_url).set(username=importer).render_as_string(hide_password=False)
        applied = cli("--db", as_importer, "apply", "forecasts/grid.yaml")
        assert applied.exit_code == 0, applied.output
        assert cli("--db", as_importer, "apply", "forecasts/grid.yaml").exit_code == 0  # twice: nothing new
        with owner.read() as session:
            rows = session.execute(text("SELECT forecaster, role FROM prediction ORDER BY seq")).all()
            resolved = session.execute(text("SELECT role FROM resolution")).all()
        assert rows == [("ana", importer), ("bo", importer), ("Grid Agency", importer)]
        assert resolved == [(importer,)]
        assert cli("--db", as_ana, "verify").exit_code == 0
    finally:
        with owner.write() as session:
            for role in (ana, f"bo_{suffix}", importer):
                session.execute(text(f'DROP OWNED BY "{role}"'))
                session.execute(text(f'DROP ROLE "{role}"'))
        owner.close()
