"""A workspace with a few questions (open, overdue, resolved, corrected, ambiguous; two forecasters), and
the web application over it, logged in, driven in-process."""

from __future__ import annotations

import pytest

TOKEN = "test-token-0123456789"
HOST = "http://127.0.0.1:8765"
SCRIPT_TEXT = "Will <script>alert('x')</script> ship by 2030?"


@pytest.fixture
def populated(cli):
    """Questions logged and resolved through the CLI, as a user would; returns the CLI runner."""
    def run(*args):
        result = cli(*args)
        assert result.exit_code == 0, result.output + result.stderr
        return result

    run("log", SCRIPT_TEXT, "-p", "0.7", "--due", "2030-01-01", "-c", "Shipped <b>publicly</b>", "--id", "xss",
        "--source", "Annual <i>Review</i>", "--quote", "It is likely <img src=x onerror=alert(1)>",
        "--phrase", "likely", "--scale", "us-icd-203", "-t", "tech")
    run("log", "Will the bridge open?", "-p", "0.75", "--due", "2026-01-01", "-c", "Opened to traffic",
        "--id", "bridge", "--quote", "Engineers expect the bridge to open on time", "-t", "infra")
    run("log", "Will rates fall?", "-p", "0.3", "--due", "2026-02-01", "-c", "c", "--id", "rates", "-t", "econ")
    run("update", "rates", "-p", "0.72")  # only the latest counts in the 70-80% bin
    run("update", "rates", "-p", "0.8", "-f", "bob")  # bob's forecast is in the next bin
    run("log", "Will the merger close?", "-p", "0.7", "--due", "2026-03-01", "-c", "c", "--id", "merger")
    run("log", "Will it rain?", "-p", "0.79", "--due", "2026-03-01", "-c", "c", "--id", "rain", "-t", "econ")
    run("log", "Will the vote pass?", "-p", "0.75", "--due", "2026-03-01", "-c", "c", "--id", "vote")
    run("log", "Will the launch slip?", "-p", "0.1", "--due", "2026-04-01", "-c", "c", "--id", "launch")
    run("resolve", "rates", "yes", "--evidence", "https://example.org/rates", "--evidence", "javascript:alert(1)",
        "--note", "Announced <b>today</b>")
    run("resolve", "merger", "yes")
    run("resolve", "merger", "no", "--correction", "--evidence", "https://example.org/merger-off")
    run("resolve", "rain", "no")
    run("resolve", "vote", "ambiguous")  # not scored: stays out of every bin
    run("resolve", "launch", "yes")
    return run


@pytest.fixture
def make_client(workspace, database_url):
    import warnings

    with warnings.catch_warnings():  # starlette 1.x suggests httpx2 for TestClient; httpx is what the lock has
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from tracker import api
    from tracker.web.app import create_app

    opened = []

    def make(host: str = HOST, login: bool = True):
        found, store = api.open_workspace(workspace, database_url, create=False)
        opened.append(store)
        app = create_app(store, token=TOKEN, workspace_root=found.root, timezone_name="Europe/Vilnius")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            client = TestClient(app, base_url=host)
        if login:
            response = client.get(f"/?token={TOKEN}", follow_redirects=False)
            assert response.status_code == 303
        return client

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def client(populated, make_client):
    return make_client()


BROWSER_TOKEN = "browser-token-0123456789"


@pytest.fixture
def chromium() -> str:
    """The Chromium binary the browser tests drive (scripts/test sets it); CI=true fails without it."""
    import os

    path = os.environ.get("TRACKER_TEST_CHROMIUM")
    if not path:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but TRACKER_TEST_CHROMIUM is not set", pytrace=False)
        pytest.skip("TRACKER_TEST_CHROMIUM is not set")
    return path


@pytest.fixture
def server(populated, workspace, database_url):
    """`tracker serve`'s application under uvicorn on a free loopback port, stopped after the test."""
    import socket
    import threading
    import time

    import uvicorn

    from tracker import api
    from tracker.web.app import create_app

    found, store = api.open_workspace(workspace, database_url, create=False)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = create_app(store, token=BROWSER_TOKEN, workspace_root=found.root, timezone_name="Europe/Vilnius",
                     port=port)
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)
    store.close()
