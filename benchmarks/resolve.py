"""`tracker apply` of resolutions in bulk, next to applying their questions and predictions.

    python benchmarks/resolve.py [--questions 100000] [--backend sqlite|postgresql] [--summary]

Two files of the same N questions: the first holds the questions, each with three forecasters'
predictions; the second resolves every question. Both are applied with `tracker apply` as whole fresh
processes (what a user waits for), the second onto the store the first filled. The peer, measured in
the same run on the same backend, is the first apply. Target: applying the resolutions <= 1x applying
the questions with their predictions.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.backends import empty_store, throwaway_backend  # noqa: E402
from benchmarks.apply import timed  # noqa: E402

TARGET = 1.0
FORECASTERS = ("ana", "bo", "chen")


def write_questions(path: Path, questions: int) -> None:
    with path.open("w") as handle:
        handle.write("questions:\n")
        for i in range(questions):
            handle.write(f"  - id: q{i:06d}\n    text: Will event {i} happen by 2026?\n"
                         f"    criteria: Reported by two independent sources.\n    due: 2026-06-01\n"
                         f"    predictions:\n")
            for k, forecaster in enumerate(FORECASTERS):
                handle.write(f"      - {{forecaster: {forecaster}, made_at: 2026-01-0{k + 1}T00:00:00Z, "
                             f"probability: {((i * 7 + k * 31) % 99 + 1) / 100}}}\n")


def write_resolutions(path: Path, questions: int) -> None:
    with path.open("w") as handle:
        handle.write("resolutions:\n")
        for i in range(questions):
            handle.write(f"  - {{question_id: q{i:06d}, outcome: {'yes' if i % 3 else 'no'}, "
                         f"resolved_at: 2026-06-02T00:00:00Z, resolver: bench}}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--summary", action="store_true", help="also print a SUMMARY line for benchmarks/__main__")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tracker-bench-resolve-") as tmp, \
            throwaway_backend(args.backend) as server:
        tmp = Path(tmp)
        forecasts, resolutions = tmp / "forecasts.yaml", tmp / "resolutions.yaml"
        write_questions(forecasts, args.questions)
        write_resolutions(resolutions, args.questions)
        (tmp / "ws").mkdir()
        url = empty_store(server, tmp, "resolve")
        env = {**os.environ, "TRACKER_WORKSPACE": str(tmp / "ws"), "TRACKER_DATABASE_URL": url}
        peer, out = timed([sys.executable, "-m", "tracker", "apply", str(forecasts)], env)
        assert f"{args.questions} questions added" in out, out
        ours, out = timed([sys.executable, "-m", "tracker", "apply", str(resolutions)], env)
        assert f"{args.questions} resolutions" in out, out

    ratio = ours / peer
    verdict = "ok" if ratio <= TARGET else "MISSED"
    work = f"apply {args.questions:,} resolutions (3 forecasters each), {args.backend}"
    print(f"{'work':62} {'time':>8} {'ratio':>6} {'target':>7}")
    print(f"{work:62} {ours:7.2f}s")
    print(f"{'  peer: apply those questions with their predictions':62} {peer:7.2f}s {ratio:6.2f} "
          f"{'<= 1':>7} {verdict}")
    if args.summary:
        print(f"SUMMARY\tresolve: {work}\t{ours:.2f} s\t{peer:.2f} s (apply questions + "
              f"{3 * args.questions:,} predictions)\t{ratio}\t<= {TARGET:g}x\t{verdict}")


if __name__ == "__main__":
    main()
