"""`tracker apply` killed with SIGKILL at random moments leaves the store as it was or as it should be.

A file of 10,000 questions (one prediction each) is applied by the real CLI in a subprocess, which is
killed with SIGKILL after a seeded random delay spread over the time a full apply takes (measured
first, in the same run). After every kill the store must hold either nothing (0 questions) or all of
it (10,000 questions, 10,000 predictions); then an apply that is left alone converges, and a second
one changes nothing. Runs on SQLite and on PostgreSQL; each takes about 80 s on 2 cores.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

QUESTIONS = 10_000
KILLS = 20
SEED = 20261123


def write_forecasts(path: Path) -> None:
    lines = ["questions:"]
    for i in range(QUESTIONS):
        lines += [f"  - id: q{i:05d}",
                  f"    text: Will event {i} happen by 2030?",
                  "    criteria: Reported by two independent sources.",
                  "    due: 2030-01-01",
                  "    tags: [load]",
                  "    predictions:",
                  f"      - {{forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: {(i % 99 + 1) / 100}}}"]
    path.write_text("\n".join(lines) + "\n")


def counts(url: str) -> dict[str, int]:
    """Rows per tracker table as a fresh connection sees them ({} when there is no schema yet)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
            return {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in sorted(tables)}
    finally:
        engine.dispose()


def is_empty(state: dict[str, int]) -> bool:
    # The chain's head row exists from the schema's creation on (seq 0): it is not a record.
    return not any(count for table, count in state.items() if table != "chain_head")


class Databases:
    """Fresh empty stores (schema created, as `tracker init` does) on one backend."""

    def __init__(self, backend: str, tmp_path: Path, request):
        self.backend, self.tmp_path, self.request, self.made = backend, tmp_path, request, []

    def new(self) -> str:
        from tracker.store import connect

        if self.backend == "sqlite":
            url = f"sqlite:///{self.tmp_path / 'db' / uuid.uuid4().hex[:8] / 'tracker.db'}"
        else:
            from conftest import fresh_postgres_database

            url, name = fresh_postgres_database(self.request.getfixturevalue("postgres_server_url"))
            self.made.append(name)
        connect(url).close()
        return url

    def drop_all(self) -> None:
        if self.made:
            from conftest import drop_postgres_database

            server = self.request.getfixturevalue("postgres_server_url")
            for name in self.made:
                drop_postgres_database(server, name)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_apply_killed_at_random_moments_is_all_or_nothing(backend, tmp_path, request):
    forecasts = tmp_path / "forecasts.yaml"
    write_forecasts(forecasts)
    workspace = tmp_path / "ws"
    workspace.mkdir()
    databases = Databases(backend, tmp_path, request)
    try:
        run_kills(databases, forecasts, workspace)
    finally:
        databases.drop_all()


def apply_command(url: str, forecasts: Path, workspace: Path) -> tuple[list[str], dict]:
    env = {**os.environ, "TRACKER_WORKSPACE": str(workspace), "TRACKER_DATABASE_URL": url}
    env.pop("TRACKER_DEBUG", None)
    return [sys.executable, "-m", "tracker", "apply", str(forecasts)], env


def run_kills(databases: Databases, forecasts: Path, workspace: Path) -> None:
    began = time.perf_counter()
    # A full apply, timed, to spread the kills over it.
    url = databases.new()
    command, env = apply_command(url, forecasts, workspace)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    full = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    full_state = counts(url)
    assert full_state["question"] == full_state["prediction"] == QUESTIONS

    rng = random.Random(SEED)
    delays = [rng.uniform(0.0, full * 1.05) for _ in range(KILLS)]
    url = databases.new()
    outcomes = {"before": 0, "after": 0, "finished before the kill": 0}
    for delay in delays:
        command, env = apply_command(url, forecasts, workspace)
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay)
        alive = process.poll() is None
        if alive:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        stderr = process.stderr.read().decode()
        process.stderr.close()
        if not alive:
            assert process.returncode == 0, stderr
            outcomes["finished before the kill"] += 1
        state = counts(url)
        assert is_empty(state) or state == full_state, (
            f"SIGKILL after {delay:.2f} s of a {full:.2f} s apply left {state}: neither the store before "
            f"(empty) nor the store after ({full_state})")
        if is_empty(state):
            outcomes["before"] += 1
        else:
            outcomes["after"] += 1
            url = databases.new()  # a full store would make every later apply a no-op: start again
    print(f"\nfull apply {full:.2f} s; {KILLS} kills at {', '.join(f'{d:.2f}' for d in sorted(delays))} s: {outcomes}")

    # Left alone, an apply converges (after whatever the kills left behind), and a second one is a no-op.
    command, env = apply_command(url, forecasts, workspace)
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert counts(url) == full_state
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Nothing to change"), again.stdout
    assert counts(url) == full_state
    print(f"whole test {time.perf_counter() - began:.1f} s")
