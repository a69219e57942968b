"""The crowd forecast and Peer/Baseline scores at scale, on the store of benchmarks/score.py.

    python benchmarks/crowd.py [--questions N] [--db PATH] [--runs R]

Prints (a) the floor: a bare SELECT of the columns the scores read (every prediction's question,
forecaster, time, probability and probabilities on resolved questions) into numpy with the standard
sqlite3 driver; (c) `crowd_and_peer_scores(store)` (tracker.crowd_report): the crowd per question at
every moment, Peer and Baseline scores of everyone and of the crowd, Brier and relative Brier.
Target: (c) <= 3 x (a). (a') is (a) with Python's cyclic collector off, as (c) reads its rows (the
collector's passes over hundreds of thousands of fresh tuples are a good part of (a)); shown, not a
target. The store is score.py's builder at N questions (five binary predictions each; default
200,000, i.e. 1,000,000 predictions, in score.py's own store), built when missing. Each step runs in
its own process, the three alternating, best of R (3); one SUMMARY line for `python -m benchmarks`.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))  # score.py's builder, whatever `benchmarks` pysbd installs
from benchmarks import score  # noqa: E402

TARGET = 3


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def floor(db: Path, collector: bool = True) -> float:
    import gc

    import numpy as np

    if not collector:
        gc.disable()
    start = time.perf_counter()
    connection = sqlite3.connect(db)
    rows = connection.execute(
        "SELECT p.question_id, p.forecaster, p.made_at, p.probability, p.probabilities "
        "FROM prediction p JOIN question q ON q.id = p.question_id WHERE q.status = 'resolved'").fetchall()
    probabilities = np.array([r[3] for r in rows], dtype=float)
    connection.close()
    assert probabilities.size == len(rows)
    return time.perf_counter() - start


def crowd(db: Path) -> tuple[float, int]:
    from tracker import api
    from tracker.crowd_report import crowd_and_peer_scores

    store = api.open_store(database_url=f"sqlite:///{db}")
    start = time.perf_counter()
    rows = crowd_and_peer_scores(store)
    elapsed = time.perf_counter() - start
    return elapsed, sum(r.questions for r in rows if not r.crowd)


def step(name: str, db: Path) -> str:
    if name in ("floor", "floor-nogc"):
        return f"{floor(db, collector=name == 'floor')} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}"
    elapsed, scored = crowd(db)
    return f"{elapsed} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024} {scored}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=score.QUESTIONS,
                        help="questions in the store (a multiple of 5,000; five predictions each)")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3, help="runs per step; the best is kept")
    args = parser.parse_args()
    if args.questions <= 0 or args.questions % 5000:
        parser.error("--questions must be a positive multiple of 5,000 (the builder writes 5,000 at a time)")
    default = ("tracker-bench-score.db" if args.questions == score.QUESTIONS
               else f"tracker-bench-crowd-{args.questions}.db")
    db = args.db or Path(tempfile.gettempdir()) / default
    if not db.exists():
        score.QUESTIONS, score.PREDICTIONS = args.questions, args.questions * 5
        print(f"building {db} ({args.questions * 5:,} predictions)...", file=sys.stderr)
        score.build(db)
    runs: dict[str, list[list[float]]] = {"floor": [], "floor-nogc": [], "crowd": []}
    for _ in range(args.runs):
        for name in runs:  # alternating, so that a busy spell on a shared machine weighs on both
            runs[name].append([float(x) for x in subprocess.run(
                [sys.executable, str(HERE), "--step", name, str(db)], capture_output=True, text=True,
                check=True).stdout.split()])
    best = {name: min(values) for name, values in runs.items()}
    a, a2, c = best["floor"][0], best["floor-nogc"][0], best["crowd"][0]
    size = f"{args.questions * 5:,} predictions"
    verdict = "ok" if c <= TARGET * a else "MISSED"
    print(f"{'(a) floor: bare SELECT into numpy (sqlite3)':52} {a:7.3f}s {best['floor'][1]:7.0f} MB")
    label = "(a') the same, Python's cyclic collector off"
    print(f"{label:52} {a2:7.3f}s {best['floor-nogc'][1]:7.0f} MB")
    print(f"{'(c) crowd_and_peer_scores (crowd, Peer, Baseline)':52} {c:7.3f}s {best['crowd'][1]:7.0f} MB"
          f"   {c / a:5.2f}x   target <= {TARGET}x {verdict}   ({c / a2:.2f}x (a'); "
          f"{best['crowd'][2]:.0f} forecaster-questions)")
    print(f"SUMMARY\tcrowd: crowd and peer scores, {size}\t{_seconds(c)}\t{_seconds(a)} (bare SELECT into numpy)"
          f"\t{c / a}\t<= {TARGET}x\t{verdict}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--step":
        print(step(sys.argv[2], Path(sys.argv[3])))
    else:
        main()
