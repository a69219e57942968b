"""Scoring at scale: 1,000,000 predictions on 200,000 resolved questions, measured in one run, per backend.

    python benchmarks/score.py [--backend sqlite|postgresql] [--predictions N] [--db PATH] [--rebuild] [--keep] [--summary]

Prints (a) the floor: a bare SELECT of every prediction's question, forecaster, time, probability and
outcome into numpy with the backend's own driver (sqlite3, psycopg); (b) `tracker score` through the API;
(c) the script a user would write with pandas + scikit-learn; (d) `tracker report` (time-averaged Brier
included); the time-averaged Brier alone with its peak memory; filtered scores (--tag, --forecaster,
--since, --as-of, and a combination); and `tracker log`, `resolve` and `show` of one question on the store
as whole CLI processes. Targets: (b) <= (a); (c) >= 4 x (b); (d) <= 2 x (b) + 1 s; time-averaged <= (a)
with peak <= 150 MB; --tag, --forecaster <= 2 x (b); --since, --as-of, combination <= 0.5 x (a); log and
resolve <= 1.3 x show. The SQLite store is kept in the temp folder between runs; PostgreSQL's lives on a
throwaway server (benchmarks/backends.py) and is built each run, unless --keep: then on the server
TRACKER_BENCH_POSTGRES_URL names (`python benchmarks/backends.py start` starts one and prints the line to
export), built once.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

QUESTIONS = 200_000
PREDICTIONS = 1_000_000
FORECASTERS = ["ana", "bo", "chen", "dara", "eli"]
TAGS = ["china", "russia", "ukraine", "energy", "elections", "economy", "cyber", "baltic"]
PHRASES = [("unlikely", "lt-nta", 0.125), ("possible", "lt-nta", 0.375), ("likely", "lt-nta", 0.625),
           ("highly likely", "lt-nta", 0.875), ("will", "lt-nta", 0.9), (None, None, None)]
SOURCES = [f"Assessment {year}" for year in range(2015, 2025)]
SINCE = "2024-01-01"


def url_of(target) -> str:
    return target if isinstance(target, str) and "://" in target else f"sqlite:///{target}"


def build(target) -> None:
    """Fill a fresh store through tracker's own write path (standing forecasts kept as it goes); ``target``
    is a SQLite file or a database URL."""
    from tracker.domain import Prediction, Question, Resolution
    from tracker.store import connect
    from tracker.store import queries

    rng = random.Random(7)
    store = connect(url_of(target))
    now = datetime(2026, 11, 1, tzinfo=timezone.utc)
    per_question = PREDICTIONS // QUESTIONS
    batch = min(5_000, QUESTIONS)
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
            queries.insert_resolutions(session, resolutions, now)
        print(f"\r  built {start + batch:,} questions", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    store.close()


def kept_store(server: str, predictions: int, rebuild: bool) -> tuple[str, bool]:
    """(URL, whether it must be built) of the PostgreSQL store kept between runs; one whose build did not
    finish (fewer predictions than asked) is dropped and built again."""
    import psycopg

    from benchmarks.backends import ENV_VAR, libpq

    if not os.environ.get(ENV_VAR):
        raise SystemExit(f"--keep needs a server kept between runs: {ENV_VAR} (python benchmarks/backends.py start)")
    database = f"tracker_bench_score_{predictions}"
    url = f"{server.rpartition('/')[0]}/{database}"
    with psycopg.connect(libpq(server), autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone() and not rebuild:
            try:
                with psycopg.connect(libpq(url)) as store:
                    if store.execute("SELECT count(*) FROM prediction").fetchone()[0] >= predictions:
                        return url, False
            except psycopg.Error:
                pass
        connection.execute(f'DROP DATABASE IF EXISTS "{database}"')
        connection.execute(f'CREATE DATABASE "{database}"')
    from tracker.store import connect

    connect(url).close()
    return url, True


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


FLOOR_SQL = ("SELECT p.question_id, p.forecaster, p.made_at, p.probability, q.outcome "
             "FROM prediction p JOIN question q ON q.id = p.question_id")


def floor(target) -> float:
    """The bare SELECT into numpy, with the backend's own driver."""
    import numpy as np

    url = url_of(target)
    start = time.perf_counter()
    if url.startswith("sqlite"):
        import sqlite3

        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
    else:
        import psycopg

        from benchmarks.backends import libpq

        connection = psycopg.connect(libpq(url))
    rows = connection.execute(FLOOR_SQL).fetchall()
    probabilities = np.array([r[3] for r in rows])
    outcomes = np.array([r[4] == "yes" for r in rows])
    connection.close()
    assert len(probabilities) == len(outcomes)
    return time.perf_counter() - start


def pandas_script(url: str) -> tuple[float, float]:
    start = time.perf_counter()
    import pandas as pd
    from sklearn.metrics import brier_score_loss
    from sqlalchemy import create_engine

    engine = create_engine(url)
    frame = pd.read_sql("SELECT p.question_id, p.forecaster, p.made_at, p.probability, q.outcome, q.resolved_at "
                        "FROM prediction p JOIN question q ON q.id = p.question_id", engine)
    frame = frame[frame.made_at <= frame.resolved_at].sort_values("made_at")
    latest = frame.groupby(["question_id", "forecaster"]).tail(1)
    brier = brier_score_loss(latest.outcome == "yes", latest.probability)
    return time.perf_counter() - start, brier


def step(name: str, url: str) -> list[float]:
    """One measurement in this (fresh) process: [seconds, peak MB, extra...]."""
    if name == "floor":
        return [floor(url), peak_mb()]
    if name == "pandas":
        elapsed, brier = pandas_script(url)
        return [elapsed, peak_mb(), brier]
    from tracker import api

    since = datetime.fromisoformat(SINCE).replace(tzinfo=timezone.utc)
    filtered = {"score": {}, "tag": {"tag": "china"}, "forecaster": {"forecaster": "bo"}, "since": {"since": since},
                "as-of": {"as_of": timedelta(days=30)},
                "combination": {"tag": "china", "forecaster": "bo", "since": since}}
    start = time.perf_counter()
    store = api.open_store(database_url=url)
    if name in filtered:
        table = api.score(store, **filtered[name])
        return [time.perf_counter() - start, peak_mb(), table["groups"][0]["brier"]]
    if name == "report":
        with tempfile.TemporaryDirectory() as out:
            api.write_report(store, Path(out))
        return [time.perf_counter() - start, peak_mb()]
    if name == "time-averaged":  # as the report and `score --time-averaged` compute it
        from tracker.store.scored import ScoreFilter
        from tracker.store.time_averaged import time_averaged

        with store.read() as session:
            averaged = time_averaged(session, ScoreFilter())
        return [time.perf_counter() - start, peak_mb(), averaged["ana"]["time_averaged_brier"]]
    raise SystemExit(f"unknown step {name}")


def run_step(name: str, url: str) -> list[float]:
    done = subprocess.run([sys.executable, str(HERE), "--step", name, url], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"step {name} failed:\n{done.stderr}")
    return [float(x) for x in done.stdout.split()]


def cli_latency(url: str) -> dict[str, float]:
    """`tracker log`, `resolve` and `show` of one new question on the store, each a whole process."""
    from benchmarks.apply import timed

    with tempfile.TemporaryDirectory() as workspace:
        env = {**os.environ, "TRACKER_WORKSPACE": workspace, "TRACKER_DATABASE_URL": url}
        question = f"bench-{int(time.time() * 1000)}"
        tracker = [sys.executable, "-m", "tracker"]
        times = {}
        times["log"], _ = timed([*tracker, "log", "Will the benchmark pass?", "-c", "It does.", "-d", "2030-01-01",
                                 "-p", "0.7", "-f", "ana", "--id", question], env)
        times["show"], _ = timed([*tracker, "show", question], env)
        times["resolve"], _ = timed([*tracker, "resolve", question, "yes"], env)
        times["show"] = min(times["show"], timed([*tracker, "show", question], env)[0])
    return times


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def rows(results: dict, size: str, backend: str) -> list[tuple[str, float, float, str, str, bool]]:
    """(work, ours, floor or peer, floor's name, target, met)."""
    a, b = results["floor"][0], results["score"][0]
    floor_name = f"bare SELECT into numpy ({'sqlite3' if backend == 'sqlite' else 'psycopg'})"
    out = [(f"score: tracker score, {size}", b, a, floor_name, "<= 1x", b <= a),
           ("score: pandas + scikit-learn script (peer)", results["pandas"][0], b, "tracker score", ">= 4x",
            results["pandas"][0] >= 4 * b),
           ("score: tracker report, time-averaged included", results["report"][0], b, "tracker score",
            "<= 2x + 1 s", results["report"][0] <= 2 * b + 1)]
    averaged, peak = results["time-averaged"][:2]
    out.append((f"score: time-averaged Brier, whole history (peak {peak:.0f} MB)", averaged, a, floor_name,
                "<= 1x, <= 150 MB", averaged <= a and peak <= 150))
    for name, flag in (("tag", "--tag china"), ("forecaster", "--forecaster bo")):
        out.append((f"score: tracker score {flag}", results[name][0], b, "tracker score", "<= 2x",
                    results[name][0] <= 2 * b))
    for name, flag in (("since", f"--since {SINCE}"), ("as-of", "--as-of 30d"),
                       ("combination", f"--tag china --forecaster bo --since {SINCE}")):
        out.append((f"score: tracker score {flag}", results[name][0], a, floor_name, "<= 0.5x",
                    results[name][0] <= 0.5 * a))
    show = results["cli"]["show"]
    for name in ("log", "resolve"):
        out.append((f"cli: tracker {name} one question, {size}", results["cli"][name], show, "tracker show",
                    "<= 1.3x", results["cli"][name] <= 1.3 * show))
    return out


def main() -> None:
    global QUESTIONS, PREDICTIONS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--predictions", type=int, default=PREDICTIONS, help="a multiple of 5 (5 per question)")
    parser.add_argument("--db", type=Path, help="the SQLite store (default: in the temp folder, kept)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--keep", action="store_true",
                        help="PostgreSQL: keep the store between runs, as database tracker_bench_score_N on the "
                             "server TRACKER_BENCH_POSTGRES_URL names (python benchmarks/backends.py start)")
    parser.add_argument("--summary", action="store_true", help="also print SUMMARY lines for benchmarks/__main__")
    args = parser.parse_args()
    QUESTIONS, PREDICTIONS = args.predictions // 5, args.predictions
    from benchmarks.backends import empty_store, throwaway_backend

    with tempfile.TemporaryDirectory(prefix="tracker-bench-score-") as tmp, throwaway_backend(args.backend) as server:
        if server is None:
            name = "tracker-bench-score.db" if args.predictions == 1_000_000 else \
                f"tracker-bench-verify-{args.predictions}.db"
            db = args.db or Path(tempfile.gettempdir()) / name
            if args.rebuild:
                db.unlink(missing_ok=True)
            url, fresh = f"sqlite:///{db}", not db.exists()
        elif args.keep:
            url, fresh = kept_store(server, PREDICTIONS, args.rebuild)
        else:
            url, fresh = empty_store(server, Path(tmp), "score"), True
        if fresh:
            print(f"building {url} ({PREDICTIONS:,} predictions on {QUESTIONS:,} questions)...", file=sys.stderr)
            started = time.perf_counter()
            build(url)
            print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        results = {name: run_step(name, url) for name in (
            "floor", "score", "pandas", "report", "time-averaged", "tag", "forecaster", "since", "as-of",
            "combination")}
        results["cli"] = cli_latency(url)
    size = f"{PREDICTIONS:,} predictions, {args.backend}"
    table = rows(results, size, args.backend)
    print(f"{'work':64} {'ours':>9} {'floor/peer':>10} {'ratio':>6}  target")
    for work, ours, peer, peer_name, target, met in table:
        print(f"{work:64} {_seconds(ours):>9} {_seconds(peer):>10} {ours / peer:6.2f}  {target} "
              f"{'ok' if met else 'MISSED'}   ({peer_name})")
    print(json.dumps({"brier": {k: v[2] for k, v in results.items() if isinstance(v, list) and len(v) > 2}}))
    if args.summary:
        for work, ours, peer, peer_name, target, met in table:
            print(f"SUMMARY\t{work}\t{_seconds(ours)}\t{_seconds(peer)} ({peer_name})\t{ours / peer}\t{target}\t"
                  f"{'ok' if met else 'MISSED'}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--step":
        print(*step(sys.argv[2], sys.argv[3]))
    else:
        main()
