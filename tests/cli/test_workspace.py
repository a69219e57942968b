"""`tracker init` says whether the store it made can hold a team."""
import json

import pytest

SINGLE_USER = ("The store is a SQLite file: single-user (one person on this machine); a team shares one "
               "PostgreSQL database (docs/team-mode.md).\n")


def test_init_on_sqlite_says_single_user(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from tracker.cli.app import app

    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    monkeypatch.delenv("TRACKER_WORKSPACE", raising=False)
    result = CliRunner().invoke(app, ["init", str(tmp_path / "solo")])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(SINGLE_USER)
    again = CliRunner().invoke(app, ["init", str(tmp_path / "solo"), "--json"])
    assert json.loads(again.stdout)["single_user"] is True


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_init_on_postgresql_is_not_single_user(cli, tmp_path, database_url):
    result = cli("init", str(tmp_path / "team"))
    assert result.exit_code == 0, result.output
    assert "single-user" not in result.stdout
    assert json.loads(cli("init", str(tmp_path / "team"), "--json").stdout)["single_user"] is False
