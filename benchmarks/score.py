"""Scoring at scale: 1,000,000 predictions on 200,000 resolved questions, measured in one run.

    python benchmarks/score.py [--db PATH] [--rebuild]

Prints (a) the floor: a bare SELECT of every prediction's question, forecaster, time, probability and
outcome into numpy with the standard sqlite3 driver; (b) `tracker score` through the API; (c) the script
a user would write with pandas + scikit-learn (read_sql, keep the latest prediction per question and
forecaster, brier_score_loss); (d) `tracker report`; and the time-averaged Brier separately.
Targets: (b) <= (a); (c) >= 4 x (b); (d) <= 2 x (b) + 1 s. Peak memory is printed per step.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

QUESTIONS = 200_000
PREDICTIONS = 1_000_000
FORECASTERS = ["ana", "bo", "chen", "dara", "eli"]
TAGS = ["china", "russia", "ukraine", "energy", "elections", "economy", "cyber", "baltic"]
PHRASES = [("unlikely", "lt-nta", 0.125), ("possible", "lt-nta", 0.375), ("likely", "lt-nta", 0.625),
           ("highly likely", "lt-nta", 0.875), ("will", "lt-nta", 0.9), (None, None, None)]
SOURCES = [f"Assessment {year}" for year in range(2015, 2025)]


def build(db: Path) -> None:
    """Fill a fresh store through tracker's own write path (standing forecasts kept as it goes)."""
    from tracker.domain import Prediction, Question, Resolution
    from tracker.store import connect
    from tracker.store import queries

    rng = random.Random(7)
    store = connect(f"sqlite:///{db}")
    now = datetime(2026, 11, 1, tzinfo=timezone.utc)
    per_question = PREDICTIONS // QUESTIONS
    batch = 5_000
    for start in range(0, QUESTIONS, batch):
        questions, predictions, resolutions = [], [], []
        for i in range(start, start + batch):
            created = datetime(2019, 1, 1, tzinfo=timezone.utc) + timedelta(days=rng.randrange(0, 2000))
            due = (created + timedelta(days=rng.randrange(30, 1500))).date()
            truth = rng.random()
            phrase, scale, _ = rng.choice(PHRASES)
            questions.append(Question.model_construct(
                id=f"q{i:06d}", text=f"Will event {i} happen?", criteria="Reported by two sources.", kind="binary",
                outcomes=(), due=due, created_at=created, tags=tuple(sorted(rng.sample(TAGS, 2))),
                source=None, phrase=phrase, scale=scale, condition=None, status="open"))
            for k in range(per_question):
                forecaster = FORECASTERS[(i + k) % len(FORECASTERS)] if k < 3 else rng.choice(FORECASTERS[:3])
                noisy = min(0.99, max(0.01, truth + rng.gauss(0, 0.15)))
                predictions.append(Prediction.model_construct(
                    question_id=f"q{i:06d}", forecaster=forecaster, made_at=created + timedelta(days=k * 7, seconds=k),
                    probability=round(noisy, 2), probabilities=None, phrase=phrase, scale=scale, rationale=None))
            resolved_at = datetime.combine(due, datetime.min.time(), tzinfo=timezone.utc) + timedelta(days=2)
            resolutions.append(Resolution(question_id=f"q{i:06d}", outcome="yes" if rng.random() < truth else "no",
                                          resolved_at=min(resolved_at, now), resolver="bench"))
        with store.write() as session:
            queries.insert_questions(session, questions, now)
            queries.insert_predictions(session, predictions, now)
            for resolution in resolutions:
                queries.insert_resolution(session, resolution, now)
        print(f"\r  built {start + batch:,} questions", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    store.close()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def floor(db: Path) -> float:
    import numpy as np

    start = time.perf_counter()
    connection = sqlite3.connect(db)
    rows = connection.execute(
        "SELECT p.question_id, p.forecaster, p.made_at, p.probability, q.outcome "
        "FROM prediction p JOIN question q ON q.id = p.question_id").fetchall()
    probabilities = np.array([r[3] for r in rows])
    outcomes = np.array([r[4] == "yes" for r in rows])
    connection.close()
    assert len(probabilities) == len(outcomes)
    return time.perf_counter() - start


def tracker_score(db: Path) -> tuple[float, float]:
    from tracker import api

    start = time.perf_counter()
    store = api.open_store(database_url=f"sqlite:///{db}")
    table = api.score(store)
    elapsed = time.perf_counter() - start
    return elapsed, table["groups"][0]["brier"]


def pandas_script(db: Path) -> tuple[float, float]:
    start = time.perf_counter()
    import pandas as pd
    from sklearn.metrics import brier_score_loss

    connection = sqlite3.connect(db)
    frame = pd.read_sql("SELECT p.question_id, p.forecaster, p.made_at, p.probability, q.outcome, q.resolved_at "
                        "FROM prediction p JOIN question q ON q.id = p.question_id", connection)
    frame = frame[frame.made_at <= frame.resolved_at].sort_values("made_at")
    latest = frame.groupby(["question_id", "forecaster"]).tail(1)
    brier = brier_score_loss(latest.outcome == "yes", latest.probability)
    return time.perf_counter() - start, brier


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "tracker-bench-score.db")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild or not args.db.exists():
        args.db.unlink(missing_ok=True)
        print(f"building {args.db} ({PREDICTIONS:,} predictions on {QUESTIONS:,} questions)...", file=sys.stderr)
        build(args.db)
    here = Path(__file__).resolve()
    results = {}
    for step in ("floor", "score", "pandas", "report", "time-averaged"):
        # Each step in its own process: a cold start each, and its own peak memory.
        out = subprocess.run([sys.executable, str(here), "--step", step, str(args.db)], capture_output=True,
                             text=True, check=True).stdout.split()
        results[step] = [float(x) for x in out]
    a, b, c, d = (results[s][0] for s in ("floor", "score", "pandas", "report"))
    print(f"{'work':48} {'time':>8} {'peak MB':>8}")
    print(f"{'(a) floor: bare SELECT into numpy (sqlite3)':48} {a:7.2f}s {results['floor'][1]:8.0f}")
    print(f"{'(b) tracker score (API)':48} {b:7.2f}s {results['score'][2]:8.0f}   Brier {results['score'][1]:.6f}")
    print(f"{'(c) pandas + scikit-learn script':48} {c:7.2f}s {results['pandas'][2]:8.0f}   Brier {results['pandas'][1]:.6f}")
    print(f"{'(d) tracker report':48} {d:7.2f}s {results['report'][1]:8.0f}")
    print(f"{'time-averaged Brier (API, whole history)':48} {results['time-averaged'][0]:7.2f}s "
          f"{results['time-averaged'][1]:8.0f}")
    print(f"targets: (b) <= (a): {b / a:.2f}x {'ok' if b <= a else 'MISSED'}; "
          f"(c) >= 4 x (b): {c / b:.1f}x {'ok' if c >= 4 * b else 'MISSED'}; "
          f"(d) <= 2 x (b) + 1 s = {2 * b + 1:.2f}s: {'ok' if d <= 2 * b + 1 else 'MISSED'}")


def step(name: str, db: Path) -> None:
    if name == "floor":
        print(floor(db), peak_mb())
    elif name == "score":
        elapsed, brier = tracker_score(db)
        print(elapsed, brier, peak_mb())
    elif name == "pandas":
        elapsed, brier = pandas_script(db)
        print(elapsed, brier, peak_mb())
    elif name == "report":
        from tracker import api

        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            api.write_report(api.open_store(database_url=f"sqlite:///{db}"), Path(out))
            print(time.perf_counter() - start, peak_mb())
    elif name == "time-averaged":
        from tracker import api

        start = time.perf_counter()
        api.score(api.open_store(database_url=f"sqlite:///{db}"), time_averaged=True)
        print(time.perf_counter() - start, peak_mb())


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--step":
        step(sys.argv[2], Path(sys.argv[3]))
    else:
        main()
