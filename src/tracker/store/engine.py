"""Opening a store: the engine, SQLite's pragmas, transactions, and schema upgrades.

The schema is owned by Alembic. Opening a store compares the database's revision with this
version's head in one cheap query and only imports Alembic when an upgrade is due, so ordinary
commands start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlmodel import Session

from tracker.errors import DatabaseError, TrackerError, shown

#: The newest migration this version knows; a test checks it against the migrations folder.
HEAD_REVISION = "0014"
MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class Store:
    """A connection pool to one tracker database, with read and write transactions."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        try:
            with Session(self.engine) as session:
                yield session
        except DBAPIError as exc:
            raise database_problem(exc) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole if it raises.

        On SQLite the transaction takes the write lock at BEGIN (BEGIN IMMEDIATE), so two writers
        queue on the busy timeout instead of failing when a reader tries to become a writer. The
        questions the block's writes touch have their derived state refreshed once, before the commit
        (store.derived).
        """
        from tracker.store.derived import collecting

        try:
            with Session(self.engine.execution_options(sqlite_begin="IMMEDIATE")) as session:
                with session.begin(), collecting(session):
                    yield session
        except DBAPIError as exc:
            raise database_problem(exc) from None

    def close(self) -> None:
        self.engine.dispose()


def connect(url: str, *, upgrade: bool = True, create: bool = True) -> Store:
    """Open the database at ``url`` (creating a SQLite file and its folder when ``create``).

    With ``upgrade``, an empty or older database is brought to this version's schema first. Without
    ``create``, a SQLite file that does not exist is an error: a mistyped path must not look like an
    empty store.
    """
    if not create:
        _require_existing(url)
    engine = _engine(url)
    store = Store(engine)
    if upgrade:
        try:
            current = schema_revision(engine)
            if current is not None and current > HEAD_REVISION:  # revisions are zero-padded numbers
                engine.dispose()
                raise TrackerError(f"the database {_safe(url)} has schema {current}, newer than this tracker's "
                                   f"{HEAD_REVISION}: upgrade tracker")
            if current != HEAD_REVISION:
                _require_owner(engine, url, current)
                upgrade_schema(engine, current)
        except DBAPIError as exc:
            engine.dispose()
            raise TrackerError(f"cannot open database {_safe(url)}: {_first_line(exc.orig)}") from None
    return store


def _require_owner(engine: Engine, url: str, current: str | None) -> None:
    """On PostgreSQL only the role owning the schema upgrades it: a team member meeting an older schema stops
    before writing anything, instead of failing halfway through a migration it has no right to run."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as connection:
        user, may = connection.execute(text(
            "SELECT current_user, CASE WHEN to_regclass('alembic_version') IS NULL "
            "THEN has_schema_privilege(current_schema(), 'CREATE') ELSE pg_has_role(current_user, "
            "(SELECT relowner FROM pg_class WHERE oid = to_regclass('alembic_version')), 'USAGE') END")).one()
    if may:
        return
    engine.dispose()
    found = f"has schema {current}, older than this tracker's {HEAD_REVISION}" if current else "has no tracker schema"
    raise TrackerError(f"the database {_safe(url)} {found}: its owner must run `tracker migrate` (role {user} "
                       "may not); nothing was written")


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite database URL; None for other databases, in-memory ones and bad URLs."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # _engine says what is wrong with it
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Path(parsed.database)
    return None


def _require_existing(url: str) -> None:
    path = sqlite_file(url)
    if path is None or path.exists():
        return
    if not path.parent.is_dir():
        raise TrackerError(f"no database at {path}: the folder {path.parent} does not exist (check --db / "
                           "TRACKER_DATABASE_URL)")
    raise TrackerError(f"no database at {path} (nothing recorded yet: `tracker log` or "
                       "`tracker apply` first, or check --db / TRACKER_DATABASE_URL)")


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise TrackerError(f"{url!r} is not a database URL (sqlite:///path or postgresql+psycopg://...)") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.get_driver_name() not in ("psycopg", "psycopg2"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=False)
    raise TrackerError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql")


def _sqlite_pragmas(dbapi_connection, record) -> None:
    from tracker.store.guards import install_sqlite_flag

    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred and implicit).
    dbapi_connection.isolation_level = None
    # The guard triggers on derived tables call tracker_derived(); builds that default trusted_schema
    # to OFF refuse application functions inside triggers.
    install_sqlite_flag(dbapi_connection, record.info)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA trusted_schema=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError as exc:
            if "alembic_version" in str(exc.orig) or "no such table" in str(exc.orig):
                return None
            raise


def upgrade_schema(engine: Engine, current: str | None = None, target: str = "head") -> None:
    """Run the Alembic migrations up to ``target`` in one transaction, serialised across processes."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        if engine.dialect.name == "postgresql":
            # Several processes may open a fresh database at once; one migrates, the rest wait.
            connection.execute(text("SELECT pg_advisory_xact_lock(7201653)"))
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    if current is not None and target == "head":
        print(f"tracker: upgraded the database schema from {current} to {HEAD_REVISION}", file=sys.stderr)


#: PostgreSQL's SQLSTATE codes (and SQLite's words) for a database that is busy or full.
_BUSY_STATES = {"55P03", "40P01"}  # lock_not_available, deadlock_detected
_FULL_STATES = {"53100", "53200"}  # disk_full, out_of_memory


def database_problem(exc: DBAPIError) -> DatabaseError:
    """One line for a database error: what happened and what to do, never the SQL or its parameters
    (SQLAlchemy's own text carries both, and a disk-full error would print a user's data back)."""
    original = exc.orig
    state = getattr(original, "sqlstate", None) or getattr(getattr(original, "diag", None), "sqlstate", None)
    words = _first_line(original).lower()
    if state in _BUSY_STATES or "database is locked" in words or "database is busy" in words:
        return DatabaseError("the database is busy (another tracker is writing): try again; nothing was written")
    if state in _FULL_STATES or "database or disk is full" in words:
        return DatabaseError("the disk holding the database is full: free some space and try again; "
                             "nothing was written")
    if "readonly database" in words or "read-only" in words:
        return DatabaseError("the database is read-only here (check the file's permissions); nothing was written")
    return DatabaseError(f"the database refused the operation ({shown(_first_line(original), quote=False, limit=160)}); "
                         "nothing was written")


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if error and str(error).strip() else type(error).__name__
