"""Where a benchmark's stores live: a SQLite file, or a database on a throwaway PostgreSQL server.

The PostgreSQL server is started the way ./scripts/test starts the tests' one (initdb with trust auth on
127.0.0.1, a free port, a temp folder, stopped and deleted afterwards), unless
TRACKER_BENCH_POSTGRES_URL names a server to use instead (its user must be allowed to CREATE DATABASE).
Unlike the tests' server, this one keeps fsync on: benchmark figures are meant for real deployments.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV_VAR = "TRACKER_BENCH_POSTGRES_URL"


def _bindir() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if not versions:
        raise SystemExit("PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql or set "
                         f"{ENV_VAR}")
    return versions[-1].parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.getuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]  # initdb refuses to run as root


def start_server() -> tuple[str, Path]:
    """Start a PostgreSQL server in a new folder of its own: (URL of its ``postgres`` database, folder)."""
    bindir = _bindir()
    # Its own folder, not under ``tmp``: the server's user must reach it (temp folders are private).
    home = Path(tempfile.mkdtemp(prefix="tracker-bench-pg-"))
    os.chmod(home, 0o777)
    data, log = home / "data", home / "postgres.log"
    subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "tracker",
                                    "--encoding=UTF8", "--no-locale"]), check=True, capture_output=True, cwd=home)
    port = _free_port()
    with (data / "postgresql.conf").open("a") as conf:
        conf.write(f"\nlisten_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{home}'\n"
                   "max_parallel_workers_per_gather = 0\n")
    subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-w", "-t", "60", "-l", str(log),
                                    "start"]), check=True, capture_output=True, cwd=home)
    return f"postgresql+psycopg://tracker@127.0.0.1:{port}/postgres", home


def stop_server(home: Path) -> None:
    subprocess.run(_as_server_user([str(_bindir() / "pg_ctl"), "-D", str(home / "data"), "-m", "fast", "-w", "stop"]),
                   capture_output=True, cwd="/")
    shutil.rmtree(home, ignore_errors=True)


@contextmanager
def throwaway_backend(backend: str) -> Iterator[str | None]:
    """None for SQLite; for PostgreSQL, the URL of a server (``.../postgres``) for the run's databases:
    the one TRACKER_BENCH_POSTGRES_URL names, else a throwaway one stopped and deleted afterwards."""
    if backend == "sqlite":
        yield None
        return
    if os.environ.get(ENV_VAR):
        yield os.environ[ENV_VAR]
        return
    url, home = start_server()
    try:
        yield url
    finally:
        stop_server(home)


def libpq(url: str) -> str:
    """``postgresql+psycopg://...`` -> ``postgresql://...`` for psycopg."""
    scheme, sep, rest = url.partition("://")
    return scheme.split("+", 1)[0] + sep + rest


def empty_store(server: str | None, tmp: Path, name: str) -> str:
    """The URL of a new, empty store with tracker's schema: a file under ``tmp``, or a database on ``server``."""
    from tracker.store import connect

    if server is None:
        path = Path(tmp) / name / "tracker.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{path}"
    else:
        import psycopg

        database = f"bench_{name}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(libpq(server), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{database}"')
        url = f"{server.rpartition('/')[0]}/{database}"
    connect(url).close()
    return url


if __name__ == "__main__":
    # A server kept between runs, so that a large PostgreSQL store is built once:
    #   python benchmarks/backends.py start   -> prints the export line of TRACKER_BENCH_POSTGRES_URL
    #   python benchmarks/backends.py stop FOLDER
    import sys

    if sys.argv[1:2] == ["start"]:
        url, home = start_server()
        print(f"export {ENV_VAR}={url}  # stop: python benchmarks/backends.py stop {home}")
    elif sys.argv[1:2] == ["stop"] and len(sys.argv) == 3:
        stop_server(Path(sys.argv[2]))
    else:
        raise SystemExit("usage: python benchmarks/backends.py start | stop FOLDER")
