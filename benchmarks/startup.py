"""Cold-start times of `tracker --help` and `tracker list`, next to their floors, measured in one run.

    python benchmarks/startup.py [--runs 15]

Floors: a minimal Typer app with the same command names and help texts (for --help), and
`python -c "import sqlmodel, typer"` (for `tracker list` on a 1,000-question store).
Targets: --help within 1.2x of its floor; list within 1.3x of its floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MINIMAL_APP = '''
import typer
app = typer.Typer(name="tracker", no_args_is_help=True, add_completion=False)
HELP = {help!r}
for _name, _text in HELP.items():
    def _command():
        pass
    _command.__doc__ = _text
    app.command(_name)(_command)
@app.callback()
def root(workspace: str = typer.Option(None, "--workspace", "-w"), db: str = typer.Option(None, "--db")):
    """Log forecasts, get prompted to resolve them, and score how well calibrated they were."""
app(prog_name="tracker")
'''


def timed(command: list[str], runs: int, env: dict | None = None, cwd: str | None = None) -> float:
    """Median wall time of ``runs`` cold runs (after one warm-up for the file cache)."""
    subprocess.run(command, capture_output=True, env=env, cwd=cwd)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, cwd=cwd, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def command_help_texts() -> dict[str, str]:
    from tracker.cli.app import app

    import typer.main

    group = typer.main.get_command(app)
    ctx = group.make_context("tracker", ["--help"], resilient_parsing=True)
    texts = {name: group.get_command(ctx, name).help or "" for name in group.list_commands(ctx)}
    assert len(texts) >= 17, texts
    return texts


def build_store(root: Path, questions: int) -> None:
    from datetime import date, datetime, timedelta, timezone

    from tracker import api
    from tracker.workspace import init_workspace

    init_workspace(root)
    lines = ["questions:"]
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for i in range(questions):
        due = date(2027, 1, 1) + timedelta(days=i % 700)
        lines += [f"  - id: q{i:05d}", f"    text: Will event number {i} happen before its due date?",
                  "    criteria: It is reported by two independent sources.", f"    due: {due.isoformat()}",
                  f"    tags: [t{i % 7}]", "    predictions:",
                  f"      - {{forecaster: f{i % 5}, made_at: {(start + timedelta(minutes=i)).isoformat()}, "
                  f"probability: {((i * 37) % 99 + 1) / 100}}}"]
    (root / "forecasts" / "many.yaml").write_text("\n".join(lines) + "\n")
    api.apply_paths(api.open_store(root), [root / "forecasts"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # The console script is what people run; fall back to -m when it is not installed beside Python.
    script = Path(sys.executable).with_name("tracker")
    tracker = [str(script)] if script.exists() else [sys.executable, "-m", "tracker"]
    with tempfile.TemporaryDirectory() as tmp:
        minimal = Path(tmp) / "minimal.py"
        minimal.write_text(MINIMAL_APP.format(help=command_help_texts()))
        root = Path(tmp) / "ws"
        build_store(root, 1000)
        env = {**os.environ, "TRACKER_WORKSPACE": str(root), "COLUMNS": "120"}
        rows = [
            ("tracker --help", timed([*tracker, "--help"], args.runs, env),
             "minimal Typer app --help", timed([sys.executable, str(minimal), "--help"], args.runs, env), 1.2),
            ("tracker list (1,000 questions)", timed([*tracker, "list"], args.runs, env),
             'python -c "import sqlmodel, typer"', timed([sys.executable, "-c", "import sqlmodel, typer"], args.runs),
             1.3),
        ]
    print(f"{'work':34} {'ours':>8} {'floor':>8} {'ratio':>6} {'target':>7}  floor is")
    for work, ours, floor_name, floor, target in rows:
        verdict = "ok" if ours / floor <= target else "MISSED"
        print(f"{work:34} {ours * 1000:7.0f}ms {floor * 1000:7.0f}ms {ours / floor:6.2f} {target:6.1f}x  "
              f"{floor_name} ({verdict})")


if __name__ == "__main__":
    main()
