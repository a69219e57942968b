"""Growth: the same store at 100,000 and at 1,000,000 predictions, measured in one run.

    python benchmarks/growth.py [--rebuild] [--summary] [--sizes 100000,1000000]

Both stores come from benchmarks/score.py's generator (the same seed and shape: 5 predictions per
question, every question resolved), scaled. On each, in a fresh process: `tracker.api.score` and
`tracker.api.list_questions(limit=100)`, with the process's peak memory. Prints the time ratio between
the sizes (target: <= 11x for 10x the rows) and the peak memory per prediction at both sizes, with
what each extra prediction costs between them (target: flat, no more than 1.2x the smaller store's
bytes per prediction). Stores are kept in the temp folder between runs (--rebuild makes them again).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (100_000, 1_000_000)
TIME_TARGET = 11.0
MEMORY_TARGET = 1.2


def db_path(predictions: int) -> Path:
    return Path(tempfile.gettempdir()) / f"tracker-bench-growth-{predictions}.db"


def build(db: Path, predictions: int) -> None:
    """benchmarks/score.py's build, with its sizes scaled (5 predictions per question)."""
    sys.path.insert(0, str(HERE))
    import score as generator

    generator.PREDICTIONS = predictions
    generator.QUESTIONS = predictions // 5
    generator.build(db)


def rss_kb() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() // 1024


def step(name: str, db: Path) -> None:
    """One measurement in this (fresh) process: seconds, peak KB, KB resident before the work."""
    from tracker import api

    # Import everything the work needs (and build its caches) on an empty store, outside the timing and
    # before the resident memory is taken: what is measured is what the rows cost.
    empty = api.open_store(database_url="sqlite://")
    api.score(empty)
    api.list_questions(empty, limit=100)
    empty.close()
    store = api.open_store(database_url=f"sqlite:///{db}", create=False)
    with store.read() as session:
        session.connection()
    before = rss_kb()
    start = time.perf_counter()
    if name == "score":
        api.score(store)
    else:
        api.list_questions(store, limit=100)
    elapsed = time.perf_counter() - start
    print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, before)


def measure(name: str, db: Path, runs: int = 3) -> tuple[float, float, float]:
    """Best time of ``runs`` fresh processes, and the peak and before-work memory (KB) of that run."""
    best = None
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--step", name, str(db)], capture_output=True, text=True,
                             check=True).stdout.split()
        result = tuple(float(x) for x in out)
        if best is None or result[0] < best[0]:
            best = result
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--summary", action="store_true", help="also print SUMMARY lines for benchmarks/__main__")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    args = parser.parse_args()
    small, large = (int(s) for s in args.sizes.split(","))
    for n in (small, large):
        db = db_path(n)
        if args.rebuild or not db.exists():
            db.unlink(missing_ok=True)
            print(f"building {db} ({n:,} predictions on {n // 5:,} questions)...", file=sys.stderr)
            start = time.perf_counter()
            build(db, n)
            print(f"  built in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    results = {(w, n): measure(w, db_path(n)) for w in ("score", "list") for n in (small, large)}

    rows = []
    print(f"{'work':44} {f'{small:,}':>10} {f'{large:,}':>10} {'ratio':>7} {'target':>7}")
    for work, label in (("score", "tracker.api.score"), ("list", "tracker.api.list_questions(limit=100)")):
        a, b = results[(work, small)][0], results[(work, large)][0]
        verdict = "ok" if b / a <= TIME_TARGET else "MISSED"
        print(f"{label + ' time':44} {a:9.3f}s {b:9.3f}s {b / a:6.2f}x {'<= 11x':>7} {verdict}")
        rows.append((f"growth: {label}, {large:,} vs {small:,} rows", f"{b:.3f} s", f"{a:.3f} s", b / a,
                     f"<= {TIME_TARGET:g}x", verdict))
    for work, label in (("score", "tracker.api.score"), ("list", "tracker.api.list_questions(limit=100)")):
        # Peak RSS over the predictions, at each size; and what each extra prediction costs between them.
        peak_small, peak_large = results[(work, small)][1] * 1024, results[(work, large)][1] * 1024
        a, b = peak_small / small, peak_large / large
        marginal = max(peak_large - peak_small, 0) / (large - small)
        verdict = "ok" if marginal <= MEMORY_TARGET * a else "MISSED"
        print(f"{label + ' peak RSS':44} {peak_small / 2**20:7.0f} MB {peak_large / 2**20:7.0f} MB")
        print(f"{label + ' peak RSS per prediction':44} {a:8.0f} B {b:8.0f} B   each extra row: {marginal:.0f} B "
              f"(<= 1.2x the smaller store's B/row: {verdict})")
        if work == "score":
            rows.append((f"growth: {label} memory per extra row", f"{marginal:.0f} B/row", f"{a:.0f} B/row (at {small:,})",
                         marginal / a, f"<= {MEMORY_TARGET:g}x", verdict))
    if args.summary:
        for work, ours, floor, ratio, target, verdict in rows:
            print(f"SUMMARY\t{work}\t{ours}\t{floor}\t{ratio}\t{target}\t{verdict}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--step":
        step(sys.argv[2], Path(sys.argv[3]))
    else:
        main()
