"""Team mode: behind a reverse proxy that authenticates people, each request is that person's.

The proxy names the user in a header (``--trust-proxy-header NAME``) and proves it is the proxy with a
shared secret in ``X-Tracker-Proxy-Secret`` (from the environment variable TRACKER_PROXY_SECRET, never a
flag, so it is not in the process list). A request without the secret, or with another, is refused: the
user header alone would let anyone who reaches the port claim any name. The forms then record as that user
(there is no field naming someone else), and, when the server is given a map of users to database roles,
each transaction of the request runs ``SET LOCAL ROLE`` to the user's role first, so the database's own
grants and row checks apply to every write made from the web.
"""

from __future__ import annotations

import contextvars
import re
import threading
import time

#: The header the proxy proves itself with, and the variable its value comes from.
SECRET_HEADER = "x-tracker-proxy-secret"
SECRET_ENV = "TRACKER_PROXY_SECRET"
#: A shorter secret could be guessed; 32 characters of `openssl rand -hex 16` is the least taken.
MIN_SECRET_CHARS = 32
#: Where the guard leaves the proxy's user for the handlers.
USER_SCOPE_KEY = "tracker.user"
#: A user name as a forecaster's (tracker's forecaster names: at most 64 characters, no spaces).
USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}")
#: How long the list of member roles is trusted before it is read again: a member removed by the owner
#: loses the web within this many seconds, and a busy server reads team_role once per interval, not per request.
MEMBER_CACHE_SECONDS = 10.0
#: The database role the current request's transactions run as (None: the server's own).
current_role: contextvars.ContextVar[str | None] = contextvars.ContextVar("tracker_web_role", default=None)


def secret_problem(secret: str | None) -> str | None:
    """Why ``secret`` cannot be the proxy's shared secret (one line), or None."""
    if not secret:
        return f"--trust-proxy-header needs the proxy's shared secret in the environment variable {SECRET_ENV}"
    if len(secret) < MIN_SECRET_CHARS:
        return (f"{SECRET_ENV} is {len(secret)} characters; at least {MIN_SECRET_CHARS} are needed "
                "(make one with `openssl rand -hex 32`)")
    return None


def run_transactions_as_roles(engine) -> None:
    """Make every transaction begun on ``engine`` switch to ``current_role`` first (PostgreSQL only: SQLite
    has no roles). ``SET LOCAL`` ends with the transaction, so a pooled connection never keeps a role."""
    from sqlalchemy import event

    if engine.dialect.name != "postgresql":
        raise ValueError("database roles need a PostgreSQL store")

    @event.listens_for(engine, "begin")
    def set_role(connection):
        role = current_role.get()
        if role is not None:
            quoted = connection.dialect.identifier_preparer.quote_identifier(role)
            connection.exec_driver_sql(f"SET LOCAL ROLE {quoted}")


class MemberRoles:
    """``role_of`` for `tracker serve` on PostgreSQL: the proxy's user is its own database role when it is a
    member in ``team_role`` (one name for the person in the proxy, the database and the records), else None
    and the guard refuses the request. The member list is read with the server's own role and cached for
    ``ttl`` seconds."""

    def __init__(self, store, ttl: float = MEMBER_CACHE_SECONDS, clock=time.monotonic):
        self.store, self.ttl, self.clock = store, ttl, clock
        self._members: dict[str, bool] = {}
        self._read_at: float | None = None
        self._lock = threading.Lock()

    def members(self) -> dict[str, bool]:
        """Each member role, and whether the server's login role may SET ROLE to it."""
        with self._lock:
            now = self.clock()
            if self._read_at is None or now - self._read_at >= self.ttl:
                self._members, self._read_at = self._read(), now
            return self._members

    def _read(self) -> dict[str, bool]:
        from sqlalchemy import text

        # Outside any request's role: the guard calls this before it sets current_role.
        with self.store.read() as session:
            if not session.execute(text("SELECT to_regclass('team_role') IS NOT NULL")).scalar():
                return {}
            return dict(session.execute(text(
                "SELECT t.role, r.oid IS NOT NULL AND pg_has_role(current_user, r.oid, 'MEMBER') FROM team_role t "
                "LEFT JOIN pg_roles r ON r.rolname = t.role")).all())

    def __call__(self, user: str) -> str | None:
        return user if self.members().get(user) else None

    def refusal(self, user: str) -> str:
        """Why ``user`` gets no role (one line): not a member, or a member the login was not granted."""
        if user not in self.members():
            return "Forbidden: no database role is mapped to this user."
        # A member whose role this login may not take: without this check the first query would fail.
        return (f"Forbidden: the web server's database login may not act as {user} yet; the database's owner runs "
                f"`tracker team grant {user} --web-login LOGIN` (LOGIN: the role this server connects as).")
