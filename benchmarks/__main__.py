"""Every benchmark of the project, one after the other, summed up in one table per backend.

    python -m benchmarks [--quick] [--only NAME[,NAME...]] [--backend sqlite|postgresql|both]
                         [--predictions N] [--resolutions N] [--write-docs | --update-docs]
    python benchmarks [--quick] ...      (the same, while benchmarks/ has no __init__.py: pysbd installs a
                                          top-level package named `benchmarks` that `-m` finds first)

Runs each benchmark script as its own process (never two at once, so that they do not slow each
other down), reads the figures it prints, and prints one table: the work, our time, the floor or peer
measured in the same run, their ratio, the target, and ok or MISSED. Each script's own output is kept
in the temp folder (its path is printed) for the details.

--backend: the scripts that take one (score, resolve) run on each backend asked for, PostgreSQL on a
throwaway server (benchmarks/backends.py); the others are SQLite-only and run once. --predictions and
--resolutions scale score's store and resolve's file down for a quicker run (the rows say the size).
--write-docs writes the tables to docs/benchmarks.md with the machine, cores, backends and date.
--update-docs replaces in docs/benchmarks.md only the rows this run measured (same work, same backend),
keeping the others as their run wrote them, and says under the heading which rows were measured again,
when and how (a run of one benchmark need not re-run the hour of the others).
web-report reads score's store: on PostgreSQL only with --keep (the store kept on the server).
--keep keeps score's PostgreSQL store between runs (building it takes about half an hour at 1,000,000
predictions): start a server once with `python benchmarks/backends.py start`, export the line it prints.
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
SLOW = {"score", "verify", "sweep", "growth", "web", "web-report", "crowd"}
ORDER = ["startup", "extract", "apply", "resolve", "sweep", "web", "score", "web-report", "crowd", "verify", "growth"]
# verify and web-report reuse score's store (web-report: the live report filtered by a tag at full size).
SCORE_STORE = str(Path(tempfile.gettempdir()) / "tracker-bench-score.db")
SCRIPTS = {"web-report": "web"}
ENV_VAR = "TRACKER_BENCH_POSTGRES_URL"  # the kept server, as benchmarks/backends.py names it
EXTRA_ARGS = {"web": ["--scale", "0.1"], "apply": ["--summary"], "growth": ["--summary"], "score": ["--summary"],
              "resolve": ["--summary"], "web-report": ["--db", SCORE_STORE, "--report-only", "--tag", "china"]}
BACKENDS = {"score", "resolve"}  # the scripts that take --backend

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
    # The ratio judged is CPU time's (the least of several runs): on a shared machine wall clock also
    # measures the neighbours; the wall-clock ratio is printed beside it.
    ratio = re.search(r"^ratio\s+([\d.]+)x wall clock, ([\d.]+)x CPU\s+\(target <= ([\d.]+)x", out, re.M)
    cpu, target = float(ratio[2]), float(ratio[3])
    return [("extract: tracker extract, 250,000 characters (CPU)", _seconds(extracting),
             f"{_seconds(splitting)} (sentence splitting alone; wall-clock ratio {float(ratio[1]):.2f}x)",
             f"{cpu:.2f}x", f"<= {ratio[3]}x", "ok" if cpu <= target else "MISSED")]


def parse_summary(out: str) -> list[Row]:
    rows = []
    for line in out.splitlines():
        if line.startswith("SUMMARY\t"):
            _, work, ours, floor, ratio, target, verdict = line.split("\t")
            rows.append((work, ours, floor, f"{float(ratio):.2f}x", target, verdict))
    return rows


def parse_web(out: str) -> list[Row]:
    return [(work.replace("sweep: ", "web: ", 1), *rest) for work, *rest in parse_sweep(out)]


PARSERS = {"web": parse_web, "web-report": parse_web, "crowd": parse_summary, "startup": parse_startup, "score": parse_summary, "sweep": parse_sweep, "extract": parse_extract,
           "growth": parse_summary, "apply": parse_summary, "resolve": parse_summary, "verify": parse_summary}


def _run(name: str, backend: str, args, logs: Path) -> list[Row]:
    command = [sys.executable, str(HERE / f"{SCRIPTS.get(name, name)}.py"), *EXTRA_ARGS.get(name, [])]
    if name in BACKENDS:
        command += ["--backend", backend]
    if args.predictions and name in ("score", "verify"):
        command += ["--predictions", str(args.predictions)]
    if args.predictions and args.predictions != 1_000_000 and name == "web-report":  # score.py's store of that size
        command[command.index(SCORE_STORE)] = str(Path(tempfile.gettempdir()) / f"tracker-bench-verify-{args.predictions}.db")
    if name == "web-report" and backend == "postgresql":  # score.py's store kept on the server (--keep)
        at = command.index("--db")
        server = os.environ[ENV_VAR]
        command[at:at + 2] = ["--url", f"{server.rpartition('/')[0]}/tracker_bench_score_{args.predictions or 1_000_000}"]
    if args.resolutions and name == "resolve":
        command += ["--questions", str(args.resolutions)]
    if args.keep and name == "score" and backend == "postgresql":
        command += ["--keep"]
    # The files the previous benchmark wrote are flushed to disk first, so that no benchmark pays for
    # another's writeback (the apply benchmark leaves hundreds of megabytes of it).
    os.sync()
    print(f"== {name} ({backend}) ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=HERE.parent)
    log = logs / f"{name}-{backend}.out"
    log.write_text(done.stdout + ("\n--- stderr ---\n" + done.stderr if done.stderr else ""))
    print(f"   {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    found: list[Row] = []
    if done.returncode == 0:
        try:
            found = PARSERS[name](done.stdout)
        except (AttributeError, KeyError, TypeError, ValueError, ZeroDivisionError):
            found = []
    if not found:
        why = f"exit {done.returncode}" if done.returncode else "output not understood"
        found = [(f"{name}: FAILED ({why}; see {log})", "-", "-", "-", "-", "MISSED")]
    return found


def _table(rows: list[Row]) -> list[str]:
    headers = ("work", "ours", "floor or peer (same run)", "ratio", "target", "")
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join(f"{{:{'<' if i in (0, 2) else '>'}{w}}}" for i, w in enumerate(widths))
    return [line.format(*headers), "  ".join("-" * w for w in widths), *(line.format(*row) for row in rows)]


def _machine() -> str:
    import platform
    import sqlite3

    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = os.getloadavg()[2] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {os.cpu_count()} cores (load average over the 15 minutes before writing: {load:.1f}), "
            f"{platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


def write_docs(tables: dict[str, list[Row]], command: str) -> Path:
    import datetime

    path = HERE.parent / "docs" / "benchmarks.md"
    lines = ["# Benchmarks", "",
             f"Measured {datetime.date.today().isoformat()} with `{command}` on {_machine()}. Each row's floor or peer",
             "was measured in the same run on the same backend; PostgreSQL ran on a local server started by",
             "benchmarks/backends.py (initdb defaults, fsync on)" + (
                 ", kept between runs (TRACKER_BENCH_POSTGRES_URL, --keep: score's 1,000,000-prediction store built once)"
                 if os.environ.get("TRACKER_BENCH_POSTGRES_URL") else ", thrown away afterwards")
             + ". Each row names its size. Written by `python -m benchmarks --write-docs`.", ""]
    for backend, rows in tables.items():
        lines += [f"## {backend}", "", "```", *_table(rows), "```", ""]
    path.write_text("\n".join(lines))
    return path


def _parsed(table: list[str]) -> list[Row]:
    """The rows of one table _table wrote, cut at its dashed line's columns."""
    spans, start = [], 0
    for dashes in table[1].split("  "):
        spans.append((start, start + len(dashes)))
        start += len(dashes) + 2
    return [tuple(line[a:b].strip() for a, b in spans) for line in table[2:]]  # type: ignore[misc]


def update_docs(tables: dict[str, list[Row]], command: str) -> Path:
    """docs/benchmarks.md with this run's rows in place of the same work's rows (new work appended to its
    backend's table), and a line saying which rows were measured again."""
    import datetime

    path = HERE.parent / "docs" / "benchmarks.md"
    lines = path.read_text().splitlines()
    measured = []
    for backend, rows in tables.items():
        rows = [row for row in rows if not row[0].endswith("skipped") and "FAILED" not in row[0]]
        heading = lines.index(f"## {backend}")
        first = lines.index("```", heading) + 1
        last = lines.index("```", first)
        old = _parsed(lines[first:last])
        new = {row[0]: row for row in rows}
        merged = [new.pop(row[0], row) for row in old]
        ran = len(merged) - sum(row[0].endswith("skipped") for row in merged)  # new work before the skipped rows
        merged[ran:ran] = list(new.values())
        lines[first:last] = _table(merged)
        measured += [f"{row[0]} ({backend})" for row in rows]
    note = (f"Measured again {datetime.date.today().isoformat()} with `{command}` on {_machine()}: "
            + "; ".join(measured) + ".")
    lines.insert(lines.index("## sqlite"), note)
    lines.insert(lines.index("## sqlite"), "")
    path.write_text("\n".join(lines) + "\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"skip {', '.join(sorted(SLOW))} (large builds)")
    parser.add_argument("--only", help="comma-separated names among " + ", ".join(ORDER))
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="sqlite")
    parser.add_argument("--predictions", type=int, help="score's (and verify's) store size (default 1,000,000)")
    parser.add_argument("--resolutions", type=int, help="resolve's file size (default 100,000)")
    parser.add_argument("--write-docs", action="store_true", help="write the tables to docs/benchmarks.md")
    parser.add_argument("--update-docs", action="store_true",
                        help="replace only this run's rows in docs/benchmarks.md, saying which were measured again")
    parser.add_argument("--keep", action="store_true",
                        help="score on PostgreSQL: build its store once and keep it on the server named by "
                             "TRACKER_BENCH_POSTGRES_URL (python benchmarks/backends.py start), as SQLite's is kept")
    args = parser.parse_args()
    names = [n for n in ORDER if not (args.quick and n in SLOW)]
    if args.only:
        wanted = args.only.split(",")
        unknown = set(wanted) - set(ORDER)
        if unknown:
            parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
        names = [n for n in names if n in wanted]
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    logs = Path(tempfile.mkdtemp(prefix="tracker-benchmarks-"))
    tables: dict[str, list[Row]] = {}
    for backend in backends:
        rows: list[Row] = []
        for name in names:
            # web-report on PostgreSQL reads score's kept store: only with --keep and a kept server.
            kept = args.keep and os.environ.get(ENV_VAR)
            if name in BACKENDS or backend == "sqlite" or (name == "web-report" and kept):
                rows.extend(_run(name, backend, args, logs))
            elif backend == backends[0]:
                rows.extend(_run(name, "sqlite", args, logs))  # SQLite-only, run once: in the first table
        for name in ORDER:
            if name not in names:
                rows.append((f"{name}: skipped" + (" (--quick)" if args.quick and name in SLOW else ""),
                             "-", "-", "-", "-", "-"))
        tables[backend] = rows
    for backend, rows in tables.items():
        print(f"\n{backend}" + ("" if backend == "sqlite" else " (SQLite-only benchmarks in the first table)"))
        print("\n".join(_table(rows)))
    missed = sum(row[5] == "MISSED" for rows in tables.values() for row in rows)
    total = sum(len(rows) for rows in tables.values())
    print(f"\n{total} rows, {missed} MISSED; each benchmark's own output is in {logs}")
    if args.write_docs:
        command = "python -m benchmarks " + " ".join(sys.argv[1:])
        print(f"wrote {write_docs(tables, command.strip())}")
    elif args.update_docs:
        command = "python -m benchmarks " + " ".join(sys.argv[1:])
        print(f"updated {update_docs(tables, command.strip())}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
