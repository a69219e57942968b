"""Team fixtures: a PostgreSQL database owned by the test server's user, and member roles created by the test
(roles are cluster-wide, so each test's names are unique and dropped afterwards)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest


@dataclass
class Team:
    owner_url: str
    roles: list

    def url_for(self, role: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.owner_url).set(username=role).render_as_string(hide_password=False)

    def name(self, stem: str) -> str:
        role = f"{stem}_{uuid.uuid4().hex[:8]}"
        self.roles.append(role)
        return role


@pytest.fixture
def pg_url(request, tmp_path):
    """A fresh PostgreSQL database (the `database_url` fixture's postgresql case)."""
    import conftest

    server = request.getfixturevalue("postgres_server_url")
    url, name = conftest.fresh_postgres_database(server)
    yield url
    conftest.drop_postgres_database(server, name)


@pytest.fixture
def team(pg_url):
    import psycopg
    from postgres_server import libpq_url

    from tracker.store.engine import connect

    connect(pg_url).close()  # the owner creates the schema
    found = Team(pg_url, [])
    yield found
    with psycopg.connect(libpq_url(pg_url), autocommit=True) as connection:
        for role in found.roles:
            exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if exists:
                connection.execute(f'DROP OWNED BY "{role}"')
                connection.execute(f'DROP ROLE "{role}"')

