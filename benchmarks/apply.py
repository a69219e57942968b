"""`tracker apply` of 100,000 questions (one prediction each) into an empty SQLite store, next to its floor.

    python benchmarks/apply.py [--questions 100000] [--summary]

The floor, measured in the same run on the same file: yaml.load with the C loader (CSafeLoader) plus
executemany inserts of the same rows into the same tables (question, prediction) of an empty store with
the same schema, in one transaction, with the standard sqlite3 driver. Both are timed as whole fresh
processes (what a user waits for); the store's schema is created beforehand for both, as `tracker init`
does. Target: apply <= 3x the floor.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 3.0

FLOOR = r'''
import sqlite3, sys, yaml
from datetime import datetime, timezone
path, db = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as handle:
    data = yaml.load(handle, Loader=yaml.CSafeLoader)
now = datetime.now(timezone.utc).isoformat(sep=" ")
questions, predictions = [], []
for q in data["questions"]:
    p = q["predictions"][0]
    made = p["made_at"].astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    questions.append((q["id"], q["text"], q["criteria"], "binary", "[]", q["due"].isoformat(), made, "open", now))
    predictions.append((q["id"], p["forecaster"], made, float(p["probability"]), now))
connection = sqlite3.connect(db, isolation_level=None)
# The derived-table guards (migration 0008) admit writes where tracker_derived() is 1, as on tracker's own
# connections: the floor does the same trigger work as tracker, no more and no less.
connection.create_function("tracker_derived", 0, lambda: 1)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA synchronous=NORMAL")
connection.execute("BEGIN IMMEDIATE")
connection.executemany("INSERT INTO question (id, text, criteria, kind, outcomes, due, created_at, status, "
                       "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", questions)
connection.executemany("INSERT INTO prediction (question_id, forecaster, made_at, probability, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?)", predictions)
connection.execute("COMMIT")
print(connection.execute("SELECT count(*) FROM prediction").fetchone()[0])
'''


def write_file(path: Path, questions: int) -> None:
    with path.open("w") as handle:
        handle.write("questions:\n")
        for i in range(questions):
            handle.write(f"  - id: q{i:06d}\n    text: Will event {i} happen by 2030?\n"
                         f"    criteria: Reported by two independent sources.\n    due: 2030-01-01\n"
                         f"    predictions:\n      - {{forecaster: ana, made_at: 2026-01-01T00:00:00Z, "
                         f"probability: {(i % 99 + 1) / 100}}}\n")


def empty_store(path: Path) -> str:
    from tracker.store import connect

    path.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{path}"
    connect(url).close()
    return url


def timed(command: list[str], env: dict | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command[:4])}... failed:\n{done.stderr}")
    return elapsed, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--summary", action="store_true", help="also print a SUMMARY line for benchmarks/__main__")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tracker-bench-apply-") as tmp:
        tmp = Path(tmp)
        forecasts = tmp / "forecasts.yaml"
        write_file(forecasts, args.questions)
        size = forecasts.stat().st_size
        (tmp / "ws").mkdir()

        floor_url = empty_store(tmp / "floor" / "tracker.db")
        floor, out = timed([sys.executable, "-c", FLOOR, str(forecasts), floor_url.removeprefix("sqlite:///")])
        assert int(out) == args.questions, out

        url = empty_store(tmp / "ours" / "tracker.db")
        env = {**os.environ, "TRACKER_WORKSPACE": str(tmp / "ws"), "TRACKER_DATABASE_URL": url}
        ours, out = timed([sys.executable, "-m", "tracker", "apply", str(forecasts)], env)
        assert f"{args.questions} questions added" in out, out
        again, out = timed([sys.executable, "-m", "tracker", "apply", str(forecasts)], env)
        assert out.startswith("Nothing to change"), out

    ratio = ours / floor
    verdict = "ok" if ratio <= TARGET else "MISSED"
    print(f"file: {args.questions:,} questions, one prediction each, {size / 2**20:.1f} MiB")
    print(f"{'work':62} {'time':>8} {'ratio':>6} {'target':>7}")
    print(f"{'tracker apply into an empty SQLite store':62} {ours:7.2f}s")
    print(f"{'  floor: yaml.load (CSafeLoader) + executemany, one transaction':62} {floor:7.2f}s "
          f"{ratio:6.2f} {'<= 3':>7} {verdict}")
    print(f"{'tracker apply again (nothing to change)':62} {again:7.2f}s")
    if args.summary:
        print(f"SUMMARY\tapply: {args.questions:,} questions into an empty SQLite store\t{ours:.2f} s\t"
              f"{floor:.2f} s\t{ratio}\t<= {TARGET:g}x\t{verdict}")


if __name__ == "__main__":
    main()
