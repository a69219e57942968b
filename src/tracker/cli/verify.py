"""`tracker verify`: check that no recorded prediction or resolution was altered, removed or inserted,
and that what scoring reads still follows from them."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.state import CliState


def verify(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print {records, intact, problem, seq, triggers, derived} "
                                                         "as JSON.")] = False,
    repair_derived: Annotated[bool, typer.Option(
        "--repair-derived", help="Rebuild the derived tables (question status and outcome, standing forecasts, "
                                 "score cells, relative Brier) from the chain, then verify again.")] = False,
    since_anchor: Annotated[str | None, typer.Option(
        "--since-anchor", metavar="ANCHOR",
        help="Check only the records from this anchor on: an anchor file, a pasted `tracker-anchor` line, "
             "SEQ:HASH, or latest (the newest in anchors/).")] = None,
) -> None:
    """Recompute the hash chain of predictions and resolutions; exit non-zero when it is broken.

    Names the first record altered, removed or inserted out of order, every anchor in anchors/ the chain
    no longer extends, every derived table row that no longer follows from the records, and every guard
    trigger missing or altered."""
    from tracker import anchors, api

    state: CliState = ctx.obj
    store = state.existing_store
    root = state.found().root
    kept = anchors.in_workspace(root)
    since = anchors.parse(since_anchor, root) if since_anchor is not None else None
    if repair_derived:
        repaired = api.repair_derived(store)
        for line in repaired:
            typer.echo(f"repaired {line}")
        if not repaired:
            typer.echo("The derived tables already follow from the chain: nothing to repair.")
    report = api.verify(store, anchors=kept, since=since)
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)
    if as_json:
        from tracker.cli.state import print_json

        print_json({"records": report.records, "intact": report.intact, "problem": report.problem,
                    "seq": report.seq, "triggers": list(report.triggers), "derived": list(report.derived),
                    "anchors": list(report.anchors), "anchors_checked": report.anchors_checked, "since": report.since})
    elif report.intact and since is not None:
        typer.echo(f"The {report.records} records from #{since.seq} on are intact and follow {since.source}.")
    elif report.intact:
        n = report.anchors_checked
        checked = f", and extends {n} anchor{'s' if n != 1 else ''}" if n else ""
        typer.echo(f"The chain of {report.records} records is intact{checked}, and the derived tables follow "
                   "from it.")
    else:
        if report.problem:
            typer.echo(f"error: chain broken: {report.problem}", err=True)
        for line in report.anchors:
            typer.echo(f"error: {line}", err=True)
        for line in report.triggers:
            typer.echo(f"error: {line}", err=True)
        for line in report.derived:
            typer.echo(f"error: derived table differs: {line}", err=True)
        if report.derived and report.chain_intact:
            typer.echo("(tracker verify --repair-derived rebuilds the derived tables from the chain)", err=True)
    if not report.intact:
        raise typer.Exit(1)


def anchor(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print {file, seq, hash, first, at, line}.")] = False,
) -> None:
    """Write the chain's head to anchors/ (commit that file) and print it as one line to paste anywhere.

    `tracker verify` then checks that the chain still extends every anchor: records removed or
    rewritten up to an anchor are found even by someone who recomputed every hash."""
    from tracker import api

    state: CliState = ctx.obj
    store = state.existing_store
    head, path = api.anchor(store, state.found().root)
    if as_json:
        from tracker.cli.state import print_json

        print_json({"file": str(path), "seq": head.seq, "hash": head.hash, "first": head.first, "at": head.at,
                    "line": head.line()})
        return
    typer.echo(f"Wrote {path}: commit it, or keep this line anywhere:")
    typer.echo(head.line())
