"""`tracker serve`: what it refuses to serve, and the login link it prints. (uvicorn.run is replaced:
the real server is driven in test_browser.py.)"""

from __future__ import annotations

import re

import pytest


@pytest.fixture
def serve_cli(cli):
    """The real CLI, in which `tracker serve` must be registered."""
    from tracker.cli import app

    assert app.COMMANDS["serve"] == ("serve", "serve")
    return cli


@pytest.fixture
def ran(monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    return calls


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_serve_prints_a_login_link_and_binds_loopback(serve_cli, ran, database_url):
    result = serve_cli("serve", "--port", "9123")
    assert result.exit_code == 0, result.stderr
    link = re.search(r"http://127\.0\.0\.1:9123/\?token=([\w-]+)", result.stdout)
    assert link and len(link.group(1)) >= 40
    (app, options), = ran
    assert options["host"] == "127.0.0.1" and options["port"] == 9123
    assert app.token == link.group(1) and app.cookie_name == "tracker-token-9123"
    assert app.allowed_hosts == {"127.0.0.1", "localhost"}
    again = serve_cli("serve", "--port", "9123")
    assert re.search(r"token=([\w-]+)", again.stdout).group(1) != link.group(1)  # a new token per launch


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "localhost", "::"])
def test_serve_refuses_other_hosts_in_one_line(serve_cli, ran, host, database_url):
    result = serve_cli("serve", "--host", host)
    assert result.exit_code == 1 and not ran
    assert result.stderr.count("\n") == 1
    assert "without --trust-proxy-header" in result.stderr and f"--host {host}" in result.stderr


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_serve_refuses_a_postgresql_store_in_one_line(serve_cli, ran, database_url):
    result = serve_cli("serve")
    assert result.exit_code == 1 and not ran
    assert result.stderr.count("\n") == 1
    assert "behind an authenticating proxy with --trust-proxy-header" in result.stderr


SECRET = "s3cret-" + "x" * 40


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_behind_a_proxy_serve_takes_another_host_and_a_team_store(serve_cli, ran, monkeypatch, database_url):
    monkeypatch.setenv("TRACKER_PROXY_SECRET", SECRET)
    result = serve_cli("serve", "--host", "0.0.0.0", "--trust-proxy-header", "X-Remote-User")
    assert result.exit_code == 0, result.stderr
    assert "token=" not in result.stdout and "users from the X-Remote-User header" in result.stdout
    (app, options), = ran
    assert options["host"] == "0.0.0.0" and app.proxy_header == "x-remote-user" and app.proxy_secret == SECRET


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("secret", "header", "message"), [
    (None, "X-Remote-User", "needs the proxy's shared secret in the environment variable TRACKER_PROXY_SECRET"),
    ("short", "X-Remote-User", "TRACKER_PROXY_SECRET is 5 characters; at least 32 are needed"),
    (SECRET, "X_Remote_User", "give a header name such as X-Remote-User"),
    (SECRET, "", "give a header name such as X-Remote-User"),
])
def test_a_proxy_without_a_strong_secret_or_with_a_bad_header_is_refused(serve_cli, ran, monkeypatch, secret,
                                                                          header, message, database_url):
    if secret is None:
        monkeypatch.delenv("TRACKER_PROXY_SECRET", raising=False)
    else:
        monkeypatch.setenv("TRACKER_PROXY_SECRET", secret)
    result = serve_cli("serve", "--trust-proxy-header", header)
    assert result.exit_code == 1 and not ran
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert secret is None or secret not in result.stderr  # the secret is never echoed


def test_serve_module_imports_no_web_stack_at_start_up():
    import subprocess
    import sys

    code = ("import sys, tracker.cli.serve; print(sorted(m for m in sys.modules "
            "if m.split('.')[0] in {'starlette', 'jinja2', 'uvicorn', 'sqlalchemy', 'matplotlib'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_port_in_use_is_refused_in_one_line_before_any_login_link(serve_cli, ran, database_url):
    import socket

    with socket.socket() as held:  # another server on the port, listening as uvicorn would
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        result = serve_cli("serve", "--port", str(port))
    assert result.exit_code == 1 and not ran
    assert result.stderr == (f"error: --port: 127.0.0.1:{port} is in use (another tracker serve?); choose another "
                             "with --port\n")
    assert "token=" not in result.stdout
