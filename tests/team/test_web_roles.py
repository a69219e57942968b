"""`tracker serve` behind the proxy on PostgreSQL: each user's requests run as their own member role
(tracker.web.team.MemberRoles), through a web login role that holds only the members' roles. The database
decides: a user writes as themself, cannot write as another's forecaster, and a non-member is refused."""

from __future__ import annotations

import html
import re
import warnings

import pytest
from conftest import store_snapshot
from sqlalchemy import text

from tracker import api
from tracker.store import team as team_lib
from tracker.store.engine import connect
from tracker.web.team import MemberRoles

SECRET = "proxy-secret-" + "0123456789abcdef" * 3
HOST = "http://127.0.0.1:8765"


def proxied(user: str) -> dict:
    return {"X-Remote-User": user, "X-Tracker-Proxy-Secret": SECRET}


@pytest.fixture
def web(team, tmp_path):
    """Members ana and bo (bo's forecaster is "robert"; the forecaster named like bo's user belongs to ana),
    a question, and the app served through a web login role granted both members (docs/web.md)."""
    ana, bo, login = team.name("ana"), team.name("bo"), team.name("web")
    owner = connect(team.owner_url)
    team_lib.add_member(owner, ana, forecasters=[ana, bo])
    team_lib.add_member(owner, bo, forecasters=["robert"])
    with owner.write() as session:
        session.connection().exec_driver_sql(f'CREATE ROLE "{login}" LOGIN NOINHERIT')
        session.connection().exec_driver_sql(f'GRANT "{ana}", "{bo}" TO "{login}"')
        session.connection().exec_driver_sql(f'GRANT SELECT ON alembic_version, team_role TO "{login}"')
    api.log_forecast(owner, text="Will the dam hold?", criteria="c", due="2030-01-01", forecaster="robert",
                     probability=0.4, question_id="dam")
    served = connect(team.url_for(login))
    (tmp_path / "tracker.toml").write_text("[team]\nhide_others_until_predicted = true\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
        from tracker.web.app import create_app

        client = TestClient(create_app(served, token="unused", workspace_root=tmp_path, proxy_header="X-Remote-User", proxy_secret=SECRET,
                                       role_of=MemberRoles(served)), base_url=HOST)
    yield client, ana, bo, owner
    served.close()
    owner.close()


def _update(client, user: str, probability: str):
    page = client.get("/questions/dam", headers=proxied(user))
    assert page.status_code == 200, page.text[-300:]
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)
    return client.post("/questions/dam/update", headers=proxied(user), follow_redirects=False,
                       data={"csrf": token, "probability": probability, "action": "save"})


def _predictions(owner):
    with owner.read() as session:
        return session.execute(text("SELECT forecaster, role, probability FROM prediction ORDER BY seq")).all()


def test_a_user_writes_as_themself_through_their_own_role(web):
    client, ana, _, owner = web
    assert _update(client, ana, "70%").status_code == 303
    assert _predictions(owner)[-1] == (ana, ana, 0.7)  # the role that wrote it is ana's, not the web login's


def test_hidden_forecasts_follow_the_roles_forecasters(web):
    client, ana, bo, _ = web
    # robert's 40% is bo's own (robert is mapped to bo's role), and hidden from ana until she predicts.
    assert "40%" in client.get("/questions/dam", headers=proxied(bo)).text
    page = client.get("/questions/dam", headers=proxied(ana)).text
    assert "40%" not in page and "1 forecast by others hidden" in page
    assert _update(client, ana, "70%").status_code == 303
    assert "40%" in client.get("/questions/dam", headers=proxied(ana)).text


def test_a_user_cannot_write_as_anothers_forecaster(web, team):
    client, ana, bo, owner = web
    before = store_snapshot(team.owner_url)
    refused = _update(client, bo, "90%")  # the web records as "bo", a forecaster that is ana's
    assert refused.status_code == 400
    # One line in the form (beside the page's "Nothing was saved" summary), naming the refusal.
    errors = [e for e in re.findall(r'<p class="error"[^>]*>(.*?)</p>', refused.text, re.S)
              if not e.startswith("Nothing was saved")]
    assert len(errors) == 1 and "\n" not in errors[0] and f"role {bo} may not record predictions as forecaster {bo}" in html.unescape(errors[0])
    assert "INSERT" not in refused.text and "Traceback" not in refused.text
    assert store_snapshot(team.owner_url) == before


def test_a_user_who_is_not_a_member_is_refused(web, team):
    client, *_ = web
    before = store_snapshot(team.owner_url)
    response = client.get("/", headers=proxied("mallory"))
    assert response.status_code == 403 and "Will the dam hold?" not in response.text
    assert len(response.text.strip().splitlines()) == 1
    assert store_snapshot(team.owner_url) == before


def test_the_member_list_is_cached_for_its_ttl(team):
    ana = team.name("ana")
    owner = connect(team.owner_url)
    try:
        now = [0.0]
        roles = MemberRoles(owner, ttl=10, clock=lambda: now[0])
        assert roles(ana) is None
        team_lib.add_member(owner, ana)
        now[0] = 9.9
        assert roles(ana) is None      # still the list read at 0
        now[0] = 10.0
        assert roles(ana) == ana       # read again after the TTL
    finally:
        owner.close()


def test_serve_maps_users_to_roles_on_postgresql_only(cli, database_url, monkeypatch):
    import uvicorn

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.append(app))
    monkeypatch.setenv("TRACKER_PROXY_SECRET", SECRET)
    result = cli("serve", "--trust-proxy-header", "X-Remote-User")
    assert result.exit_code == 0, result.output + result.stderr
    expected = MemberRoles if database_url.startswith("postgresql") else type(None)
    assert isinstance(served[0].role_of, expected)
