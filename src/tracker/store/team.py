"""Team mode on PostgreSQL: member roles, the forecasters each may record as, and their privileges.

The database's owner (the role that ran `tracker migrate`, owning every table) adds members. A member is a
login role with exactly what tracker's write path needs and nothing more: SELECT everywhere (for `verify`
and `export`), INSERT on the chained records, and on the derived tables only the writes that migration
0011's deferred checks hold to what the records imply (score cells not even that: the owner's
SECURITY DEFINER trigger functions keep them). Nobody but the owner may UPDATE or DELETE a record.

``team_role`` says which roles are members and whether each may record for others; ``team_forecaster``
maps each forecaster to its one role, or marks it as a source (a publisher, a quoted official) that any
member may record. The database reads both in the trigger that checks every new prediction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlmodel import Session

from tracker.errors import TrackerError
from tracker.store.engine import Store
from tracker.store.team_web import _check_web_login, _grant_to_web_login

SINGLE_USER = ("team mode needs PostgreSQL: a SQLite store is single-user (one file, one person); point --db or "
               "TRACKER_DATABASE_URL at a PostgreSQL database")
#: Lower-case unquoted identifiers: the name means the same role in pg_hba.conf, psql and a URL.
ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
FORECASTER_NAME = re.compile(r"\S(?:.{0,62}\S)?")
#: Records: appended by members, never changed (0002's triggers refuse UPDATE and DELETE even to the owner).
APPENDED = ("prediction", "resolution", "question_version")
#: Derived tables a member's write path keeps in step; 0011's deferred triggers refuse values the records
#: do not imply (question descriptions and tags are checked by `tracker verify`, see docs/team-mode.md).
CHECKED_WRITES = {"question": "INSERT, UPDATE", "standing_forecast": "INSERT, UPDATE",
                  "question_tag": "INSERT, DELETE", "reminder": "INSERT, UPDATE", "chain_head": "UPDATE (seq, hash)"}


@dataclass(frozen=True)
class Member:
    role: str
    forecasters: list[str] = field(default_factory=list)
    record_for_others: bool = False
    can_login: bool = True

    def to_json(self) -> dict:
        return {"role": self.role, "forecasters": self.forecasters, "record_for_others": self.record_for_others,
                "can_login": self.can_login}


def _team_session(store: Store) -> Session:
    if store.dialect != "postgresql":
        raise TrackerError(SINGLE_USER)
    return store.write()


def _check_owner(session: Session) -> None:
    row = session.execute(text(
        "SELECT to_regclass('team_role') IS NOT NULL, current_user, "
        "pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = to_regclass('chain_head')), 'USAGE'), "
        "(SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('chain_head'))")).one()
    has_tables, user, owns, owner = row
    if not has_tables:
        raise TrackerError("this database has no team tables yet: its owner must run `tracker migrate` first")
    if not owns:
        raise TrackerError(f"only the database's owner ({owner}) can manage the team; you are connected as {user}")


def _check_role_name(role: str) -> None:
    if not ROLE_NAME.fullmatch(role):
        raise TrackerError(f"role name {role!r}: use lower-case letters, digits and _ (at most 63, not starting "
                           "with a digit), so that pg_hba.conf, psql and URLs all mean the same role")


def _check_forecaster_names(names) -> None:
    for name in names:
        if not FORECASTER_NAME.fullmatch(name):
            raise TrackerError(f"--forecaster {name!r}: 1 to 64 characters, no line breaks, not starting or "
                               "ending with a space")


def _role_exists(session: Session, role: str) -> bool:
    return session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is not None


def _password_verifier(session: Session, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed here: the password itself never reaches the
    server (nor its statement log)."""
    raw = session.connection().connection.driver_connection
    verifier = raw.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()
    if not re.fullmatch(r"SCRAM-SHA-256\$[A-Za-z0-9+/=:$]+", verifier):
        raise TrackerError("libpq gave an unexpected password verifier: set the password with psql's \\password")
    return verifier


def add_member(store: Store, role: str, *, forecasters: list[str] = (), password: str | None = None,
               record_for_others: bool = False, web_login: str | None = None) -> tuple[Member, bool]:
    """Create login role ``role`` (or adopt an existing one), grant it a member's privileges and map
    ``forecasters`` to it; with ``web_login``, let that role (the web server's) SET ROLE to it, in the same
    transaction. Returns the member and whether the role was created."""
    _check_role_name(role)
    forecasters = list(dict.fromkeys(forecasters or [role]))
    _check_forecaster_names(forecasters)
    if web_login is not None:
        _check_role_name(web_login)
    with _team_session(store) as session:
        _check_owner(session)
        if web_login is not None:
            _check_web_login(session, web_login, role)
        if session.execute(text("SELECT 1 FROM team_role WHERE role = :r"), {"r": role}).first():
            raise TrackerError(f"role {role} is already a member (tracker team list; tracker team grant to change it)")
        created = not _role_exists(session, role)
        if created:
            if not session.execute(text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"))\
                    .scalar():
                raise TrackerError(f"you may not create roles: ask the server's administrator to run CREATE ROLE "
                                   f"{role} LOGIN, then run tracker team add {role} again (it adopts the role)")
            login = f" PASSWORD '{_password_verifier(session, role, password)}'" if password else ""
            # Not text(): a verifier's ":" would read as a bind parameter.
            session.connection().exec_driver_sql(f'CREATE ROLE "{role}" LOGIN{login}')
        elif password:
            session.connection().exec_driver_sql(
                f"""ALTER ROLE "{role}" PASSWORD '{_password_verifier(session, role, password)}'""")
        session.execute(text("INSERT INTO team_role (role, record_for_others, added_at) VALUES (:r, :o, now())"),
                        {"r": role, "o": record_for_others})
        _map(session, role, forecasters)
        grant_privileges(session, role)
        if web_login is not None:
            _grant_to_web_login(session, role, web_login)
    return member(store, role), created


def _map(session: Session, role: str, forecasters: list[str]) -> None:
    for name in forecasters:
        held = session.execute(text("SELECT role, is_source FROM team_forecaster WHERE forecaster = :f"),
                               {"f": name}).first()
        if held is not None and held.role != role:
            whose = "a source" if held.is_source else f"mapped to role {held.role}"
            raise TrackerError(f"--forecaster {name}: already {whose}; a forecaster belongs to one role")
        if held is None:
            session.execute(text("INSERT INTO team_forecaster (forecaster, role, is_source) VALUES (:f, :r, false)"),
                            {"f": name, "r": role})


def grant(store: Store, role: str, *, record_for_others: bool | None = None,
          forecasters: list[str] = (), web_login: str | None = None) -> Member:
    """Change a member: let it record for others (or not), map more forecasters to it, let the web server's
    login role ``web_login`` act as it."""
    _check_forecaster_names(forecasters)
    if web_login is not None:
        _check_role_name(web_login)
    with _team_session(store) as session:
        _check_owner(session)
        if not session.execute(text("SELECT 1 FROM team_role WHERE role = :r"), {"r": role}).first():
            raise TrackerError(f"role {role} is not a member: add it first (tracker team add {role})")
        if web_login is not None:
            _check_web_login(session, web_login, role)
        if record_for_others is not None:
            session.execute(text("UPDATE team_role SET record_for_others = :o WHERE role = :r"),
                            {"o": record_for_others, "r": role})
        _map(session, role, list(forecasters))
        if web_login is not None:
            _grant_to_web_login(session, role, web_login)
    return member(store, role)


def add_sources(store: Store, names: list[str]) -> list[str]:
    """Mark forecasters as sources: judgements drafted from documents, recorded by any member."""
    _check_forecaster_names(names)
    with _team_session(store) as session:
        _check_owner(session)
        for name in dict.fromkeys(names):
            held = session.execute(text("SELECT role FROM team_forecaster WHERE forecaster = :f"), {"f": name}).first()
            if held is not None and held.role is not None:
                raise TrackerError(f"{name} is the forecaster of role {held.role}, not a source")
            if held is None:
                session.execute(text("INSERT INTO team_forecaster (forecaster, is_source) VALUES (:f, true)"),
                                {"f": name})
    return sources(store)


def grant_privileges(session: Session, role: str) -> None:
    """Exactly a member's privileges on every table and sequence of this schema (revoked first, so that
    running it again after an upgrade leaves nothing stale)."""
    quoted = f'"{role}"'
    for statement in (f"REVOKE ALL ON ALL TABLES IN SCHEMA {{schema}} FROM {quoted}",
                      f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {{schema}} FROM {quoted}",
                      f"GRANT USAGE ON SCHEMA {{schema}} TO {quoted}",
                      f"GRANT SELECT ON ALL TABLES IN SCHEMA {{schema}} TO {quoted}",
                      f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {{schema}} TO {quoted}"):
        session.execute(text(statement.format(schema=_schema(session))))
    present = set(session.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
    for table in APPENDED:
        if table in present:
            session.execute(text(f"GRANT INSERT ON {table} TO {quoted}"))
    for table, privileges in CHECKED_WRITES.items():
        if table in present:
            session.execute(text(f"GRANT {privileges} ON {table} TO {quoted}"))


def _schema(session: Session) -> str:
    return session.execute(text("SELECT quote_ident(current_schema())")).scalar()


def regrant_all(store: Store) -> list[str]:
    """Grant every member its privileges again (after an upgrade added tables); returns the roles (none when
    the connected role is not the owner: a member's `tracker migrate` on an up-to-date schema does nothing)."""
    if store.dialect != "postgresql":
        return []
    with store.write() as session:
        if not session.execute(text(
                "SELECT to_regclass('team_role') IS NOT NULL AND pg_has_role(current_user, "
                "(SELECT relowner FROM pg_class WHERE oid = to_regclass('team_role')), 'USAGE')")).scalar():
            return []
        roles = list(session.scalars(text("SELECT role FROM team_role ORDER BY role")))
        for role in roles:
            if _role_exists(session, role):
                grant_privileges(session, role)
    return roles


def members(store: Store) -> list[Member]:
    """Every member, with its forecasters, by role name."""
    if store.dialect != "postgresql":
        raise TrackerError(SINGLE_USER)
    with store.read() as session:
        if not session.execute(text("SELECT to_regclass('team_role') IS NOT NULL")).scalar():
            raise TrackerError("this database has no team tables yet: its owner must run `tracker migrate` first")
        rows = session.execute(text(
            "SELECT t.role, t.record_for_others, coalesce(r.rolcanlogin, false), "
            "  coalesce((SELECT array_agg(f.forecaster ORDER BY f.forecaster) FROM team_forecaster f "
            "            WHERE f.role = t.role), '{}') "
            "FROM team_role t LEFT JOIN pg_roles r ON r.rolname = t.role ORDER BY t.role")).all()
    return [Member(role, list(names), others, login) for role, others, login, names in rows]


def member(store: Store, role: str) -> Member:
    return next(m for m in members(store) if m.role == role)


def sources(store: Store) -> list[str]:
    if store.dialect != "postgresql":
        raise TrackerError(SINGLE_USER)
    with store.read() as session:
        return list(session.scalars(text("SELECT forecaster FROM team_forecaster WHERE is_source "
                                         "ORDER BY forecaster")))


def own_forecasters(store: Store, configured: str | None) -> list[str]:
    """The forecaster names the connected person records as: on PostgreSQL with a team, those mapped to the
    connected role; else (and beside them) the workspace's configured forecaster. The viewer of
    tracker.team.visibility."""
    names = [configured] if configured else []
    if store.dialect == "postgresql":
        with store.read() as session:
            if session.execute(text("SELECT to_regclass('team_forecaster') IS NOT NULL")).scalar():
                names += session.scalars(text("SELECT forecaster FROM team_forecaster WHERE role = current_user::text"))
    return sorted(set(names))
