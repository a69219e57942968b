"""`tracker verify` at scale, on the store of benchmarks/score.py, against that benchmark's floor.

    python benchmarks/verify.py [--db PATH] [--predictions N]

Prints (a) the floor of benchmarks/score.py (a bare SELECT of every prediction's question, forecaster,
time, probability and outcome into numpy with the standard sqlite3 driver); (w) the chain walk alone
(`verify` without the derived tables); (v) the full `tracker verify` through the API, derived tables and
triggers included; (s) `verify --since-anchor` with 10,000 records after the anchor. Targets: (v) <= 10 x (a),
(s) <= 1 s. The default store is score.py's own (1,000,000 predictions;
built by score.py's builder when missing); --predictions N builds a smaller one (N/5 questions) beside it.
Each step runs in its own process, best of three; one SUMMARY line per figure for `python -m benchmarks`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))  # score.py's builder and floor, whatever `benchmarks` pysbd installs
from benchmarks import score  # noqa: E402

TARGET = 10
SINCE_RECORDS = 10_000  # records after the anchor for `verify --since-anchor`


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def step(name: str, db: Path) -> float:
    if name == "floor":
        return score.floor(db)
    from tracker import api
    from tracker.verify import verify_chain

    store = api.open_store(database_url=f"sqlite:///{db}")
    since = _anchor_before_last(store, SINCE_RECORDS) if name == "since" else None
    start = time.perf_counter()
    report = verify_chain(store, derived=name == "verify", since=since)
    elapsed = time.perf_counter() - start
    if not report.intact:
        raise SystemExit(f"the benchmark store does not verify: {report.problem or report.derived or report.triggers}")
    return elapsed


def _anchor_before_last(store, records: int):
    """An anchor at the record ``records`` before the head, as `tracker anchor` would have written it then."""
    from tracker.anchors import Anchor
    from tracker.verify import _record_at
    from tracker.store.tables import ChainHeadRow
    from sqlalchemy import select

    with store.read() as session:
        seq = session.execute(select(ChainHeadRow.seq)).scalar() - records + 1
        return Anchor(seq, _record_at(session, seq).hash)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--predictions", type=int, default=score.PREDICTIONS)
    args = parser.parse_args()
    if args.predictions % 5:
        parser.error("--predictions must be a multiple of 5 (five predictions per question)")
    default = ("tracker-bench-score.db" if args.predictions == score.PREDICTIONS
               else f"tracker-bench-verify-{args.predictions}.db")
    db = args.db or Path(tempfile.gettempdir()) / default
    if not db.exists():
        score.QUESTIONS, score.PREDICTIONS = args.predictions // 5, args.predictions
        print(f"building {db} ({args.predictions:,} predictions)...", file=sys.stderr)
        score.build(db)
    best = {}
    for name in ("floor", "walk", "verify", "since"):
        runs = [float(subprocess.run([sys.executable, str(HERE), "--step", name, str(db)], capture_output=True,
                                     text=True, check=True).stdout) for _ in range(3)]
        best[name] = min(runs)
    a, w, v, since = best["floor"], best["walk"], best["verify"], best["since"]
    size = f"{args.predictions:,} predictions"
    print(f"{'(a) floor: bare SELECT into numpy (sqlite3)':48} {a:7.3f}s")
    print(f"{'(w) chain walk alone':48} {w:7.3f}s   {w / a:5.1f}x")
    print(f"{'(v) tracker verify (API, derived tables too)':48} {v:7.3f}s   {v / a:5.1f}x   target <= {TARGET}x "
          f"{'ok' if v <= TARGET * a else 'MISSED'}")
    print(f"{'(s) verify --since-anchor, ' + f'{SINCE_RECORDS:,} records after it':48} {since:7.3f}s   "
          f"target <= 1 s {'ok' if since <= 1 else 'MISSED'}")
    floor = f"{_seconds(a)} (bare SELECT into numpy)"
    print(f"SUMMARY\tverify: chain walk alone, {size}\t{_seconds(w)}\t{floor}\t{w / a}\t-\t-")
    print(f"SUMMARY\tverify: tracker verify, {size}\t{_seconds(v)}\t{floor}\t{v / a}\t<= {TARGET}x\t"
          f"{'ok' if v <= TARGET * a else 'MISSED'}")
    print(f"SUMMARY\tverify: --since-anchor, {SINCE_RECORDS:,} records after it, {size}\t{_seconds(since)}\t1 s\t"
          f"{since}\t<= 1 s\t{'ok' if since <= 1 else 'MISSED'}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--step":
        print(step(sys.argv[2], Path(sys.argv[3])))
    else:
        main()
