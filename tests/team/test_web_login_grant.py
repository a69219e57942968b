"""`tracker team add ROLE --web-login LOGIN`: the web server's login role may then SET ROLE to the new member,
and a request through `tracker serve`'s team mode runs as that member. Without the flag the command prints
the one GRANT to run; run as printed, it works the same. Refusals are one line with nothing written."""

from __future__ import annotations

import json
import re
import warnings

import pytest
from conftest import store_snapshot
from sqlalchemy import text

from tracker import api
from tracker.store.engine import connect
from tracker.web.team import MemberRoles

SECRET = "proxy-secret-" + "0123456789abcdef" * 3
HOST = "http://127.0.0.1:8765"

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def proxied(user: str) -> dict:
    return {"X-Remote-User": user, "X-Tracker-Proxy-Secret": SECRET}


@pytest.fixture
def owner_cli(cli, team, monkeypatch):
    """The CLI run by the owner of the team's database, where a question waits for a forecast."""
    monkeypatch.setenv("TRACKER_DATABASE_URL", team.owner_url)
    owner = connect(team.owner_url)
    api.log_forecast(owner, text="Will the dam hold?", criteria="c", due="2030-01-01", forecaster="owner",
                     probability=0.4, question_id="dam")
    yield cli
    owner.close()


def _make_login(team, inherit: bool = False) -> str:
    login = team.name("web")
    owner = connect(team.owner_url)
    with owner.write() as session:
        session.connection().exec_driver_sql(f'CREATE ROLE "{login}" LOGIN {"INHERIT" if inherit else "NOINHERIT"}')
    owner.close()
    return login


def _web_update(team, login: str, user: str):
    """POST an update of "dam" as ``user`` through the app served with ``login``'s connection (team mode)."""
    served = connect(team.url_for(login))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from starlette.testclient import TestClient
            from tracker.web.app import create_app

            client = TestClient(create_app(served, token="unused", proxy_header="X-Remote-User", proxy_secret=SECRET,
                                           role_of=MemberRoles(served)), base_url=HOST)
        page = client.get("/questions/dam", headers=proxied(user))
        if page.status_code != 200:
            return page
        token = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)
        return client.post("/questions/dam/update", headers=proxied(user), follow_redirects=False,
                           data={"csrf": token, "probability": "70%", "action": "save"})
    finally:
        served.close()


def _written_by(team) -> list[tuple]:
    owner = connect(team.owner_url)
    try:
        with owner.read() as session:
            return session.execute(text("SELECT forecaster, role FROM prediction WHERE forecaster <> 'owner'")).all()
    finally:
        owner.close()


def test_web_login_flag_lets_the_web_server_run_requests_as_the_new_member(owner_cli, team):
    login, ana = _make_login(team), team.name("ana")
    added = owner_cli("team", "add", ana, "--web-login", login, "--json")
    assert added.exit_code == 0, added.output + added.stderr
    assert json.loads(added.stdout)["web_login"] == login
    assert _web_update(team, login, ana).status_code == 303
    assert _written_by(team) == [(ana, ana)]  # SET LOCAL ROLE ana: the database recorded ana, not the login


def test_without_the_flag_the_printed_grant_is_the_one_to_run(owner_cli, team):
    login, ana, bo = _make_login(team), team.name("ana"), team.name("bo")
    first = owner_cli("team", "add", ana)
    assert first.exit_code == 0, first.output
    # No web login is known yet: the documented name, with the member's.
    assert f"GRANT {ana} TO tracker_web;" in first.stdout
    assert owner_cli("team", "grant", ana, "--web-login", login).exit_code == 0
    second = owner_cli("team", "add", bo)
    assert second.exit_code == 0, second.output
    printed = re.findall(r"GRANT \S+ TO \S+;", second.stdout)
    assert printed == [f"GRANT {bo} TO {login};"]  # the login that already serves ana
    refused = _web_update(team, login, bo)  # not granted yet: one line saying what the owner runs
    assert refused.status_code == 403 and _written_by(team) == []
    assert len(refused.text.strip().splitlines()) == 1
    assert f"tracker team grant {bo} --web-login" in refused.text
    owner = connect(team.owner_url)
    with owner.write() as session:
        session.execute(text(printed[0]))
    owner.close()
    assert _web_update(team, login, bo).status_code == 303
    assert _written_by(team) == [(bo, bo)]


@pytest.mark.parametrize("case", ["missing", "inherits", "member"])
def test_a_web_login_that_would_give_more_than_set_role_is_refused_with_nothing_written(owner_cli, team, case):
    ana = team.name("ana")
    if case == "missing":
        login, words = team.name("nobody"), "no such role"
    elif case == "inherits":
        login, words = _make_login(team, inherit=True), "NOINHERIT"
    else:
        login, words = team.name("bo"), "a member's role"
        assert owner_cli("team", "add", login).exit_code == 0
    before = store_snapshot(team.owner_url)
    result = owner_cli("team", "add", ana, "--web-login", login)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"--web-login {login}" in lines[0] and words in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert store_snapshot(team.owner_url) == before
    owner = connect(team.owner_url)
    with owner.read() as session:  # the transaction that would have created the role was rolled back
        assert session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": ana}).first() is None
    owner.close()
