"""Team mode's web server: the login role that runs each request as a member (`SET LOCAL ROLE`).

The web server logs in as a role of its own (NOINHERIT, so that on its own it can write nothing) that is
granted each member's role; docs/team-mode.md shows the set-up. `tracker team add --web-login` grants it.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from tracker.errors import TrackerError
from tracker.store.engine import Store

#: The documented name of the web server's login role (docs/team-mode.md), shown when none is known yet.
WEB_LOGIN = "tracker_web"


def web_login_grant(role: str, login: str) -> str:
    """The statement that lets ``login`` (the web server's role) run a request as member ``role``."""
    return f"GRANT {role} TO {login};"


def _check_web_login(session: Session, login: str, role: str) -> None:
    """Refuse, before anything is written, a web login that would give the web server more than SET ROLE."""
    found = session.execute(text("SELECT rolinherit, rolcanlogin FROM pg_roles WHERE rolname = :r"),
                            {"r": login}).first()
    if found is None:
        raise TrackerError(f"--web-login {login}: no such role; create it once as docs/team-mode.md shows "
                           f"(CREATE ROLE {login} LOGIN NOINHERIT)")
    if login == role or session.execute(text("SELECT 1 FROM team_role WHERE role = :r"), {"r": login}).first():
        raise TrackerError(f"--web-login {login}: a member's role; the web server needs a login role of its own, "
                           "or one member could act as every other")
    if found.rolinherit:
        # An inheriting role holds every granted member's privileges at once, without SET ROLE.
        raise TrackerError(f"--web-login {login}: the role inherits what it is granted; make it NOINHERIT "
                           f"first (ALTER ROLE {login} NOINHERIT), so that on its own it can write nothing")


def _grant_to_web_login(session: Session, role: str, login: str) -> None:
    from sqlalchemy.exc import DBAPIError

    try:
        # The names passed ROLE_NAME: plain lower-case identifiers, safe to write unquoted.
        session.execute(text(web_login_grant(role, login).rstrip(";")))
        session.execute(text(f"GRANT SELECT ON alembic_version, team_role TO {login}"))
    except DBAPIError as exc:  # an adopted role this owner holds no ADMIN OPTION on
        reason = (getattr(getattr(exc.orig, "diag", None), "message_primary", None) or str(exc.orig)).splitlines()[0]
        raise TrackerError(f"--web-login {login}: {reason}; ask the server's administrator to run "
                           f"{web_login_grant(role, login)}") from None


def web_logins(store: Store) -> list[str]:
    """The roles already granted some member's role that are not members themselves: the web servers'
    login roles (docs/team-mode.md), by name."""
    with store.read() as session:
        return list(session.scalars(text(
            "SELECT DISTINCT g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
            "JOIN pg_roles g ON g.oid = m.member JOIN team_role t ON t.role = r.rolname "
            "WHERE g.rolcanlogin AND g.rolname NOT IN (SELECT role FROM team_role) ORDER BY g.rolname")))
