"""Cold-start times of `tracker --help` and `tracker list`, next to their floors, measured in one run.

    python benchmarks/startup.py [--runs 15]

Floors: a minimal Typer app with the same command names and help texts (for --help), and
`python -c "import sqlmodel, typer"` (for `tracker list` on a 1,000-question store).
Targets: --help within 1.2x of its floor; list within 1.3x of its floor. Each ratio is the median of
interleaved pairs' CPU-time ratios, with the bytecode of both sides cached (see paired, bytecode_cached).
"""

from __future__ import annotations

import argparse
import os
import resource
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


def one_run(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds: user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def paired(ours: list[str], floor: list[str], runs: int, env: dict, floor_env: dict) -> dict[str, float]:
    """Medians of ``runs`` interleaved pairs: each side's CPU time, and the pairs' CPU and wall-clock ratios.

    On a shared machine a neighbour's burst slows whichever command runs during it: timing all of one
    command and then all of the other lets a burst land on one side only. Each pair runs the two back to
    back, in alternating order (neither always goes first into a warm or a cold cache), and the ratio is
    the median of the pairs' ratios. CPU time is judged, as in benchmarks/extract.py: on a loaded machine
    wall clock also measures the neighbours (both are printed). One warm-up of each first.
    """
    one_run(ours, env)
    one_run(floor, floor_env)
    samples = []
    for i in range(runs):
        if i % 2:
            f = one_run(floor, floor_env)
            o = one_run(ours, env)
        else:
            o = one_run(ours, env)
            f = one_run(floor, floor_env)
        samples.append((o, f))
    median = statistics.median
    return {"ours": median(o[1] for o, _ in samples), "floor": median(f[1] for _, f in samples),
            "ratio": median(o[1] / f[1] for o, f in samples), "wall_ratio": median(o[0] / f[0] for o, f in samples)}


def command_help_texts() -> dict[str, str]:
    """Each command's whole help text, as the minimal app declares it (tracker's own listing reads only
    the first paragraphs, from tracker.cli.commands)."""
    import inspect

    import typer

    from tracker.cli.app import COMMANDS, _definition

    texts = {}
    for name in COMMANDS:
        definition = _definition(name)
        is_group = isinstance(definition, typer.Typer)
        texts[name] = (definition.info.help if is_group else inspect.getdoc(definition)) or ""
    assert len(texts) >= 17, texts
    return texts


def bytecode_cached(folder: Path) -> dict[str, str]:
    """The environment with Python's bytecode cache in ``folder``, written by the warm-up runs.

    Installed packages come with their bytecode; a source checkout gets its own on first run, unless
    PYTHONDONTWRITEBYTECODE is set (as on some CI and sandboxes), when tracker's modules, and only they,
    would be compiled again at every run. With one cache folder for both sides, every module (the
    floor's and ours) is compiled once, in the warm-up, and read from the cache in the timed runs.
    """
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(folder)}


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
        env = {**bytecode_cached(Path(tmp) / "pycache"), "TRACKER_WORKSPACE": str(root), "COLUMNS": "120"}
        pairs = f"CPU time, median of {args.runs} interleaved pairs"
        rows = []
        for work, ours, floor_name, floor, target in [
            ("tracker --help", [*tracker, "--help"], "minimal Typer app --help",
             [sys.executable, str(minimal), "--help"], 1.2),
            ("tracker list (1,000 questions)", [*tracker, "list"], 'python -c "import sqlmodel, typer"',
             [sys.executable, "-c", "import sqlmodel, typer"], 1.3),
        ]:
            found = paired(ours, floor, args.runs, env, env)
            rows.append((work, found["ours"], f"{floor_name}; {pairs}; wall clock {found['wall_ratio']:.2f}x",
                         found["floor"], found["ratio"], target))
    print(f"{'work':34} {'ours':>8} {'floor':>8} {'ratio':>6} {'target':>7}  floor is")
    for work, ours, floor_name, floor, ratio, target in rows:
        verdict = "ok" if ratio <= target else "MISSED"
        print(f"{work:34} {ours * 1000:7.0f}ms {floor * 1000:7.0f}ms {ratio:6.2f} {target:6.1f}x  "
              f"{floor_name} ({verdict})")


if __name__ == "__main__":
    main()
