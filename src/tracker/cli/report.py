"""`tracker score` and `tracker report`: how well calibrated the resolved forecasts were."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from tracker.cli.state import CliState

BY_HELP = "Group by forecaster, tag, source, phrase, horizon or month (of resolution)."
SINCE_HELP = ("Only questions resolved on or after this date: 2026-01-31, '3 months ago'; a year, month or quarter "
              "from its first day.")
AS_OF_HELP = "Score the prediction standing this long before the due date: 30d, 12w, 6m, 1y."
SOURCE_HELP = "Only forecasts extracted from this source document ('(no source)': the others)."
PHRASE_HELP = "Only predictions given as this phrase, on any scale ('(no phrase)': the numbers)."
HORIZON_HELP = "Only forecasts in this horizon band, as --by horizon names them (e.g. '3-12 months')."
NARROWING = ("source", "phrase", "horizon")


def _flagged(call, *args, **kwargs):
    """``call``, with a refused source, phrase or horizon named by its flag."""
    from tracker.errors import InputError

    try:
        return call(*args, **kwargs)
    except InputError as exc:
        if exc.field in NARROWING:
            raise InputError(f"--{exc.field}", exc.message) from None
        raise


def _span(value: str | None, flag: str = "--as-of"):
    from tracker.dates import parse_span
    from tracker.errors import InputError

    if value is None:
        return None
    try:
        return parse_span(value)
    except ValueError as exc:
        raise InputError(flag, str(exc)) from None


def _since(state: CliState, value: str | None):
    from tracker import dates
    from tracker.errors import InputError

    if value is None:
        return None
    try:
        return dates.start_of_day(dates.parse_since(value, dates.today_in(state.zone())), state.zone())
    except ValueError as exc:
        raise InputError("--since", str(exc)) from None


def score(
    ctx: typer.Context,
    by: Annotated[Optional[str], typer.Option(help=BY_HELP)] = None,
    forecaster: Annotated[Optional[str], typer.Option("--forecaster", "-f", help="Only this forecaster.")] = None,
    tag: Annotated[Optional[str], typer.Option("--tag", "-t", help="Only questions with this tag.")] = None,
    since: Annotated[Optional[str], typer.Option(help=SINCE_HELP)] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help=AS_OF_HELP)] = None,
    source: Annotated[Optional[str], typer.Option("--source", help=SOURCE_HELP)] = None,
    phrase: Annotated[Optional[str], typer.Option("--phrase", help=PHRASE_HELP)] = None,
    horizon: Annotated[Optional[str], typer.Option("--horizon", help=HORIZON_HELP)] = None,
    bins: Annotated[int, typer.Option(help="Equal-width bins for the Murphy decomposition.", min=1, max=100)] = 10,
    time_averaged: Annotated[bool, typer.Option("--time-averaged", help="Add the Good Judgment time-averaged "
                                                "Brier per forecaster (reads every prediction).")] = False,
    relative: Annotated[bool, typer.Option("--relative", help="Add each forecaster's Brier relative to the "
                                           "median on the same questions.")] = False,
    peer: Annotated[bool, typer.Option("--peer", help="Add Metaculus Peer and Baseline scores per forecaster, "
                                       "and the crowd (median, geo-mean odds) scored beside them.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON (docs/scores-json.md).")] = False,
) -> None:
    """Score resolved forecasts: n, Brier, log score, Brier skill and decompositions, overall or per group."""
    from tracker import api

    state: CliState = ctx.obj
    store = state.existing_store
    filters = {"forecaster": forecaster, "tag": tag, "since": _since(state, since), "as_of": _span(as_of), "bins": bins,
               "source": source, "phrase": phrase, "horizon": horizon}
    table = _flagged(api.score, store, by=by, **filters, time_averaged=time_averaged, relative=relative, peer=peer)
    if time_averaged:
        _say_out_of_range(store, state)
    if as_json:
        from tracker.cli.state import print_json

        print_json(table)
        return
    from tracker.cli.render import score_lines

    from tracker.evaluation import SMALL_SAMPLE

    scored = None
    # A forecast counts once per tag, so the groups' n overstate how many were scored; the true number
    # matters only for the small-sample line, so it is scored again only when no tag alone reaches that size.
    if by == "tag" and table["groups"] and max(r["n"] for r in table["groups"]) < SMALL_SAMPLE:
        scored = sum(r["n"] for r in api.score(store, **filters)["groups"])
    typer.echo("\n".join(score_lines(table, scored=scored)))


def _say_out_of_range(store, state: CliState) -> None:
    """The time-averaged Brier leaves out a question whose due date has no due instant: say which, as
    the report does."""
    from tracker.report.data import out_of_range_lines
    from tracker.report.due import unusable_due_dates

    for line in out_of_range_lines(unusable_due_dates(store, state.zone()), time_averaged=True):
        typer.echo(f"warning: {line}", err=True)


def report(
    ctx: typer.Context,
    output: Annotated[Optional[Path], typer.Option("--output", "-o",
                                                   help="Folder to write to (default: reports/ of the workspace).")] = None,
    forecaster: Annotated[Optional[str], typer.Option("--forecaster", "-f", help="Only this forecaster.")] = None,
    tag: Annotated[Optional[str], typer.Option("--tag", "-t", help="Only questions with this tag.")] = None,
    since: Annotated[Optional[str], typer.Option(help=SINCE_HELP)] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help=AS_OF_HELP)] = None,
    source: Annotated[Optional[str], typer.Option("--source", help=SOURCE_HELP)] = None,
    phrase: Annotated[Optional[str], typer.Option("--phrase", help=PHRASE_HELP)] = None,
    horizon: Annotated[Optional[str], typer.Option("--horizon", help=HORIZON_HELP)] = None,
    time_averaged: Annotated[Optional[bool], typer.Option(
        "--time-averaged/--no-time-averaged",
        help="Include the time-averaged Brier (default: included, at any size).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the written paths as JSON.")] = False,
) -> None:
    """Write the calibration report: index.html (self-contained), report.md, scores.json and PNG plots."""
    from tracker import api

    state: CliState = ctx.obj
    workspace, store = state.open(create=False)
    directory = output or workspace.reports_dir
    written = _flagged(api.write_report, store, directory, forecaster=forecaster, tag=tag,
                       since=_since(state, since), as_of=_span(as_of), workspace=workspace.root,
                       time_averaged=time_averaged, timezone_name=workspace.settings.timezone, source=source,
                       phrase=phrase, horizon=horizon)
    _say_skipped(written)
    if as_json:
        from tracker.cli.state import print_json

        print_json({name: str(path) for name, path in written.items()})
        return
    typer.echo(f"Wrote the report to {directory}: {', '.join(sorted(written))}")
    typer.echo(f"Open {directory / 'index.html'}")


def _say_skipped(written: dict[str, Path]) -> None:
    """One line on stderr per stored row the report skipped (the report says it too): read back from
    scores.json, the report's own record of what it showed."""
    import json

    scores = json.loads(written["scores.json"].read_text(encoding="utf-8"))
    for line in scores.get("skipped", []):
        typer.echo(f"warning: {line}", err=True)
