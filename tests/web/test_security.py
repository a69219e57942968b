"""The guard: the login token, the Host allow-list and the security headers, on every route."""

from __future__ import annotations

import re

import pytest

from tracker.web.security import SECURITY_HEADERS, host_name

TOKEN = "test-token-0123456789"
ROUTES = ["/", "/questions/rates", "/report", "/report/forecasts?bin=7&bins=10", "/log", "/extract"]


@pytest.mark.parametrize("route", ROUTES)
def test_every_route_needs_the_token(populated, make_client, route):
    client = make_client(login=False)
    response = client.get(route)
    assert response.status_code == 403
    assert "login link" in response.text
    assert "Will rates fall?" not in response.text


def test_the_login_page_asks_for_the_token_and_sends_it_to_the_page_asked_for(populated, make_client):
    client = make_client(login=False)
    page = client.get("/report")
    assert page.status_code == 403 and page.headers["content-type"].startswith("text/html")
    assert '<form class="form" method="get" action="/report">' in page.text
    assert '<label for="token">Login token</label>' in page.text and 'name="token"' in page.text
    opened = client.get(f"/report?token={TOKEN}")  # what the form sends: redirected, then the page itself
    assert opened.status_code == 200 and "Calibration report" in opened.text
    # Only the stylesheet is served without the cookie, so the login page is styled.
    stranger = make_client(login=False)
    assert stranger.get("/static/style.css").status_code == 200
    assert stranger.get("/static/../app.py").status_code in (403, 404)
    assert stranger.post("/static/style.css", data={}).status_code == 403


def test_a_wrong_token_is_refused_and_sets_no_cookie(populated, make_client):
    client = make_client(login=False)
    response = client.get("/?token=not-the-token", follow_redirects=False)
    assert response.status_code == 403 and "set-cookie" not in response.headers
    assert client.get("/").status_code == 403
    client.cookies.set("tracker-token-8765", "not-the-token")
    assert client.get("/").status_code == 403


def test_the_token_becomes_a_cookie_and_leaves_the_url(populated, make_client):
    client = make_client(login=False)
    response = client.get(f"/report?forecaster=bob&token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/report?forecaster=bob"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"tracker-token-8765={TOKEN};")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert client.get("/report?forecaster=bob").status_code == 200


@pytest.mark.parametrize("host", ["http://evil.example", "http://127.0.0.1.evil.example:8765",
                                  "http://192.168.1.5:8765"])
def test_a_foreign_host_is_refused_even_with_the_token(populated, make_client, host):
    client = make_client(host=host, login=False)
    response = client.get(f"/?token={TOKEN}", follow_redirects=False)
    assert response.status_code == 400
    assert "set-cookie" not in response.headers
    client.cookies.set("tracker-token-8765", TOKEN)
    assert client.get("/").status_code == 400


@pytest.mark.parametrize("host", ["http://127.0.0.1:8765", "http://localhost:8765"])
def test_loopback_hosts_are_served(populated, make_client, host):
    assert make_client(host=host).get("/").status_code == 200


@pytest.mark.parametrize("route", ROUTES + ["/nowhere", "/report/plots/0/reliability.png"])
def test_security_headers_on_every_response(client, route):
    response = client.get(route)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_security_headers_on_refusals_too(populated, make_client):
    response = make_client(host="http://evil.example", login=False).get("/")
    assert response.headers["x-frame-options"] == "DENY"
    assert make_client(login=False).get("/").headers["x-frame-options"] == "DENY"


def test_pages_hold_no_inline_script_or_style(client):
    for route in ROUTES[:-1]:
        html = client.get(route).text.lower()
        assert "<script" not in html and "<style" not in html and " style=" not in html
        assert not re.search(r"<[^>]*\son[a-z]+\s*=", html)  # no inline event handler either


@pytest.mark.parametrize("header, name", [("127.0.0.1:8765", "127.0.0.1"), ("LOCALHOST", "localhost"),
                                          ("[::1]:8765", "::1"), ("evil.example:80", "evil.example"), ("", "")])
def test_host_name_of_a_host_header(header, name):
    assert host_name(header) == name
