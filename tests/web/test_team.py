"""Team mode in-process: the user comes from the proxy's header only with the proxy's shared secret; forms
record as that user, who cannot write as another; on PostgreSQL each request's transactions run as the
user's database role (SET LOCAL ROLE), so the database's own grants refuse what the role may not do."""

from __future__ import annotations

import re
import uuid
import warnings

import pytest
from conftest import store_snapshot

from tracker import api

SECRET = "proxy-secret-" + "0123456789abcdef" * 3
HOST = "http://127.0.0.1:8765"


@pytest.fixture
def team_client(populated, workspace, database_url):
    """make(role_of=None) -> a client of the app in team mode; ``as_user(client, user)`` sets its headers."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    from tracker.web.app import create_app

    stores = []

    def make(role_of=None):
        found, store = api.open_workspace(workspace, database_url, create=False)
        stores.append(store)
        app = create_app(store, token="unused-token", workspace_root=found.root, timezone_name="Europe/Vilnius",
                         proxy_header="X-Remote-User", proxy_secret=SECRET, role_of=role_of)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return TestClient(app, base_url=HOST)
    yield make
    for store in stores:
        store.close()


def proxied(user: str, secret: str = SECRET) -> dict:
    return {"X-Remote-User": user, "X-Tracker-Proxy-Secret": secret}


def csrf(client, user: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/log", headers=proxied(user)).text).group(1)


@pytest.mark.parametrize("headers", [
    {}, {"X-Remote-User": "carol"}, proxied("carol", "wrong-" + SECRET[6:]), proxied(""), proxied("carol smith"),
    {"X-Tracker-Proxy-Secret": SECRET},
])
def test_a_request_not_from_the_proxy_or_naming_no_user_is_refused(team_client, headers):
    client = team_client()
    response = client.get("/", headers=headers)
    assert response.status_code == 403 and "Will the bridge open?" not in response.text
    # The login token of the single-user mode opens nothing either.
    assert client.get("/?token=unused-token", headers=headers, follow_redirects=False).status_code == 403


def test_forms_record_as_the_proxy_user_who_cannot_write_as_another(team_client, database_url):
    client = team_client()
    page = client.get("/", headers=proxied("carol"))
    assert page.status_code == 200 and "recorded as carol" in page.text
    token = csrf(client, "carol")
    before = store_snapshot(database_url)
    # Carol's form token is carol's: sent under dave's name it is refused, and nothing is written.
    stolen = client.post("/questions/bridge/resolve", headers=proxied("dave"),
                         data={"csrf": token, "outcome": "yes", "back": "/"})
    assert stolen.status_code == 403 and store_snapshot(database_url) == before
    # A forecaster or resolver field is not read: what carol sends is recorded as carol.
    done = client.post("/questions/bridge/resolve", headers=proxied("carol"), follow_redirects=False,
                       data={"csrf": token, "outcome": "yes", "back": "/", "resolver": "dave", "forecaster": "dave"})
    assert done.status_code == 303
    fields = {"csrf": token, "text": "Will the tram run?", "criteria": "c", "due": "2031-01-01", "kind": "binary",
              "probability": "0.6", "id": "tram", "forecaster": "dave"}
    checked = client.post("/log", headers=proxied("carol"), data=fields)
    assert checked.status_code == 200 and "Log this forecast?" in checked.text
    saved = client.post("/log", headers=proxied("carol"), follow_redirects=False,
                        data={**dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', checked.text)),
                              "action": "save", "forecaster": "dave"})
    assert saved.status_code == 303, saved.text[-400:]
    found, store = api.open_workspace(None, database_url, create=False)
    try:
        assert [r.resolver for r in api.question_history(store, "bridge").resolutions] == ["carol"]
        assert [p.forecaster for p in api.question_history(store, "tram").predictions] == ["carol"]
    finally:
        store.close()


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_each_request_runs_as_the_users_database_role(team_client, database_url):
    from sqlalchemy import create_engine

    reader = f"tracker_reader_{uuid.uuid4().hex[:8]}"
    admin = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1)
                          if database_url.startswith("postgresql://") else database_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {reader} NOLOGIN")
        connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {reader}")
        connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}")
    try:
        client = team_client(role_of={"carol": reader, "erin": None}.get)
        assert client.get("/questions/bridge", headers=proxied("carol")).status_code == 200  # reading is granted
        before = store_snapshot(database_url)
        refused = client.post("/questions/bridge/resolve", headers=proxied("carol"),
                              data={"csrf": csrf(client, "carol"), "outcome": "yes", "back": "/"})
        assert refused.status_code == 400 and "the database refused" in refused.text
        assert store_snapshot(database_url) == before
        assert client.get("/", headers=proxied("erin")).status_code == 403  # no role mapped: refused
        # SET LOCAL ended with its transaction: the server's own connection writes as before.
        found, store = api.open_workspace(None, database_url, create=False)
        try:
            api.resolve_question(store, "bridge", "yes", resolver="ana")
        finally:
            store.close()
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {reader}")
            connection.exec_driver_sql(f"DROP ROLE {reader}")
        admin.dispose()
