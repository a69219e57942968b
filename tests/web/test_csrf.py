"""CSRF: every POST needs the session's token in its form; without it, or with a wrong one, it is
refused (403) before any handler runs, and nothing is written."""

from __future__ import annotations

import re

import pytest
from conftest import store_snapshot

#: A POST to each form route that would write, had it its token.
WRITES = [
    ("/log", {"text": "Will it snow?", "criteria": "c", "due": "2027-01-31", "probability": "0.7", "action": "save"}),
    ("/questions/xss/update", {"probability": "0.9", "action": "save"}),
    ("/questions/bridge/resolve", {"outcome": "yes"}),
    ("/questions/bridge/snooze", {"span": "3d"}),
]


def token_of(client) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/log").text).group(1)


@pytest.mark.parametrize("path, fields", WRITES)
@pytest.mark.parametrize("token", [None, "", "0" * 64, "not-hex"])
def test_a_post_without_the_right_token_is_refused_and_writes_nothing(client, database_url, path, fields, token):
    before = store_snapshot(database_url)
    data = fields if token is None else {**fields, "csrf": token}
    response = client.post(path, data=data, follow_redirects=False)
    assert response.status_code == 403 and "CSRF token" in response.text
    assert store_snapshot(database_url) == before


@pytest.mark.parametrize("path, fields", WRITES)
def test_the_same_post_with_the_token_writes(client, database_url, path, fields):
    before = store_snapshot(database_url)
    response = client.post(path, data={**fields, "csrf": token_of(client)}, follow_redirects=False)
    assert response.status_code == 303, response.text
    assert store_snapshot(database_url) != before


def test_a_token_of_another_launch_is_refused(populated, make_client, database_url):
    earlier = token_of(make_client())
    client = make_client()  # a new launch: same login token here, a new CSRF key
    assert token_of(client) != earlier
    before = store_snapshot(database_url)
    response = client.post("/questions/bridge/resolve", data={"outcome": "yes", "csrf": earlier})
    assert response.status_code == 403
    assert store_snapshot(database_url) == before


def test_a_post_needs_the_login_cookie_before_its_token(populated, make_client, database_url):
    token = token_of(make_client())
    stranger = make_client(login=False)
    response = stranger.post("/questions/bridge/resolve", data={"outcome": "yes", "csrf": token})
    assert response.status_code == 403 and "login link" in response.text


def test_a_post_that_is_not_a_form_is_refused(client, database_url):
    before = store_snapshot(database_url)
    response = client.post("/questions/bridge/resolve", json={"outcome": "yes", "csrf": token_of(client)})
    assert response.status_code == 415
    assert store_snapshot(database_url) == before


def test_a_refused_post_keeps_the_security_headers(client):
    response = client.post("/questions/bridge/resolve", data={"outcome": "yes"})
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in response.headers["content-security-policy"]
