"""Every benchmark of the project, one after the other, summed up in one table.

    python -m benchmarks [--quick] [--only NAME[,NAME...]]
    python benchmarks [--quick] ...      (the same, while benchmarks/ has no __init__.py: pysbd installs a
                                          top-level package named `benchmarks` that `-m` finds first)

Runs each benchmark script as its own process (never two at once, so that they do not slow each
other down), reads the figures it prints, and prints one table: the work, our time, the floor or peer
measured in the same run, their ratio, the target, and ok or MISSED. Each script's own output is kept
in the temp folder (its path is printed) for the details.

--quick skips the benchmarks that build a large store first (score, verify, sweep, growth: minutes each).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SLOW = {"score", "verify", "sweep", "growth"}
ORDER = ["startup", "extract", "apply", "sweep", "score", "verify", "growth"]  # verify reuses score's store
EXTRA_ARGS = {"apply": ["--summary"], "growth": ["--summary"]}

Row = tuple[str, str, str, str, str, str]  # work, ours, floor or peer, ratio, target, verdict


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def parse_startup(out: str) -> list[Row]:
    rows = []
    for line in out.splitlines():
        m = re.match(r"^(?P<work>.+?)\s+(?P<ours>\d+)ms\s+(?P<floor>\d+)ms\s+(?P<ratio>[\d.]+)\s+(?P<target>[\d.]+)x"
                     r"\s+(?P<peer>.+) \((?P<verdict>ok|MISSED)\)$", line)
        if m:
            rows.append((f"startup: {m['work']}", f"{m['ours']} ms", f"{m['floor']} ms ({m['peer']})",
                         f"{float(m['ratio']):.2f}x", f"<= {m['target']}x", m["verdict"]))
    return rows


def parse_score(out: str) -> list[Row]:
    times = {m[1]: float(m[2]) for m in re.finditer(r"^\((\w)\) .*?\s([\d.]+)s\s", out, re.M)}
    a, b, c, d = (times[k] for k in "abcd")
    return [
        ("score: tracker score, 1,000,000 predictions", _seconds(b), f"{_seconds(a)} (bare SELECT into numpy)",
         f"{b / a:.2f}x", "<= 1x", "ok" if b <= a else "MISSED"),
        ("score: pandas + scikit-learn script (peer)", _seconds(c), f"{_seconds(b)} (tracker score)",
         f"{c / b:.1f}x", ">= 4x", "ok" if c >= 4 * b else "MISSED"),
        ("score: tracker report", _seconds(d), f"{_seconds(b)} (tracker score)", f"{d / b:.2f}x",
         "<= 2x + 1 s", "ok" if d <= 2 * b + 1 else "MISSED"),
    ]


def parse_sweep(out: str) -> list[Row]:
    rows, work, ours = [], None, None
    for line in out.splitlines():
        m = re.match(r"^(\S.*?)\s+([\d.]+)s\s*$", line)
        if m:
            work, ours = m[1], float(m[2])
            continue
        m = re.match(r"^\s+floor: (.+?)\s+([\d.]+)s\s+([\d.]+)\s+<= ([\d.]+)\s+(ok|MISSED)$", line)
        if m and work:
            rows.append((f"sweep: {work}", _seconds(ours), f"{_seconds(float(m[2]))} ({m[1]})", f"{float(m[3]):.2f}x",
                         f"<= {m[4]}x", m[5]))
    return rows


def parse_extract(out: str) -> list[Row]:
    splitting = float(re.search(r"^sentence splitting\s+([\d.]+) s", out, re.M)[1])
    extracting = float(re.search(r"^extraction\s+([\d.]+) s", out, re.M)[1])
    ratio = re.search(r"^ratio\s+([\d.]+)x\s+\(target <= ([\d.]+)x\)", out, re.M)
    return [("extract: tracker extract, 250,000 characters", _seconds(extracting),
             f"{_seconds(splitting)} (sentence splitting alone)", f"{float(ratio[1]):.2f}x", f"<= {ratio[2]}x",
             "ok" if float(ratio[1]) <= float(ratio[2]) else "MISSED")]


def parse_summary(out: str) -> list[Row]:
    rows = []
    for line in out.splitlines():
        if line.startswith("SUMMARY\t"):
            _, work, ours, floor, ratio, target, verdict = line.split("\t")
            rows.append((work, ours, floor, f"{float(ratio):.2f}x", target, verdict))
    return rows


PARSERS = {"startup": parse_startup, "score": parse_score, "sweep": parse_sweep, "extract": parse_extract,
           "growth": parse_summary, "apply": parse_summary,
           "verify": parse_summary}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"skip {', '.join(sorted(SLOW))} (large builds)")
    parser.add_argument("--only", help="comma-separated names among " + ", ".join(ORDER))
    args = parser.parse_args()
    names = [n for n in ORDER if not (args.quick and n in SLOW)]
    if args.only:
        wanted = args.only.split(",")
        unknown = set(wanted) - set(ORDER)
        if unknown:
            parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
        names = [n for n in names if n in wanted]
    logs = Path(tempfile.mkdtemp(prefix="tracker-benchmarks-"))
    rows: list[Row] = []
    for name in names:
        # The files the previous benchmark wrote are flushed to disk first, so that no benchmark pays for
        # another's writeback (the apply benchmark leaves hundreds of megabytes of it).
        os.sync()
        print(f"== {name} ...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *EXTRA_ARGS.get(name, [])],
                              capture_output=True, text=True, cwd=HERE.parent)
        (logs / f"{name}.out").write_text(done.stdout + ("\n--- stderr ---\n" + done.stderr if done.stderr else ""))
        print(f"   {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
        found: list[Row] = []
        if done.returncode == 0:
            try:
                found = PARSERS[name](done.stdout)
            except (AttributeError, KeyError, TypeError, ValueError, ZeroDivisionError):
                found = []
        if not found:
            why = f"exit {done.returncode}" if done.returncode else "output not understood"
            found = [(f"{name}: FAILED ({why}; see {logs / (name + '.out')})", "-", "-", "-", "-", "MISSED")]
        rows.extend(found)
    for name in ORDER:
        if name not in names:
            rows.append((f"{name}: skipped" + (" (--quick)" if args.quick and name in SLOW else ""),
                         "-", "-", "-", "-", "-"))

    headers = ("work", "ours", "floor or peer (same run)", "ratio", "target", "")
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join(f"{{:{'<' if i in (0, 2) else '>'}{w}}}" for i, w in enumerate(widths))
    print(line.format(*headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line.format(*row))
    missed = sum(row[5] == "MISSED" for row in rows)
    print(f"\n{len(rows)} rows, {missed} MISSED; each benchmark's own output is in {logs}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
