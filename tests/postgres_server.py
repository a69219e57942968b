"""Where the tests find PostgreSQL.

``./scripts/test`` starts a throwaway PostgreSQL server and tells pytest about
it through one environment variable, ``TRACKER_TEST_POSTGRES_URL``, which is
in one of three states:

* a SQLAlchemy URL, ``postgresql+psycopg://tracker@127.0.0.1:PORT/tracker_test``:
  use it (trust auth, no password; the database exists and is empty);
* ``unavailable:<reason>``: the server was required (CI=true) but could not be
  started; every PostgreSQL test must FAIL with that reason;
* unset/empty: not running under CI and no server could be started (or pytest
  was run directly); PostgreSQL tests are SKIPPED with a reason.

Use from a fixture (in tests/conftest.py)::

    from postgres_server import postgres_url      # tests/ is on sys.path

    @pytest.fixture(scope="session")
    def postgres_url_fixture():
        return postgres_url()

This module deliberately imports nothing from ``tracker``.
"""

from __future__ import annotations

import os

ENV_VAR = "TRACKER_TEST_POSTGRES_URL"
UNAVAILABLE_PREFIX = "unavailable:"

HOW_TO = "run ./scripts/test, which starts a throwaway PostgreSQL server"


def postgres_state() -> tuple[str, str]:
    """Return ``(state, value)``; state is ``"url"``, ``"unavailable"`` or ``"unset"``.

    For ``"url"`` the value is the URL, for ``"unavailable"`` the reason,
    for ``"unset"`` an empty string.
    """
    value = os.environ.get(ENV_VAR, "").strip()
    if not value:
        return "unset", ""
    if value.startswith(UNAVAILABLE_PREFIX):
        reason = value[len(UNAVAILABLE_PREFIX):].strip() or "no reason given"
        return "unavailable", reason
    return "url", value


def postgres_url() -> str:
    """The SQLAlchemy URL of the test server; fails or skips the test otherwise.

    Call it from inside a fixture or test, never at import time.
    """
    import pytest

    state, value = postgres_state()
    if state == "url":
        return value
    if state == "unavailable":
        pytest.fail(f"PostgreSQL is required but unavailable: {value}", pytrace=False)
    pytest.skip(f"PostgreSQL tests need {ENV_VAR}: {HOW_TO}")
    raise AssertionError("unreachable")  # pytest.skip raises


def libpq_url(url: str) -> str:
    """``postgresql+psycopg://...`` -> ``postgresql://...`` for ``psycopg.connect``."""
    scheme, sep, rest = url.partition("://")
    return scheme.split("+", 1)[0] + sep + rest
