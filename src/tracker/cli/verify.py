"""`tracker verify`: check that no recorded prediction or resolution was altered, removed or inserted."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.state import CliState


def verify(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print {records, intact, problem, seq} as JSON.")] = False,
) -> None:
    """Recompute the hash chain of predictions and resolutions; exit non-zero when it is broken.

    Names the first record altered, removed or inserted out of order."""
    from tracker import api

    state: CliState = ctx.obj
    report = api.verify(state.existing_store)
    if as_json:
        from tracker.cli.state import print_json

        print_json({"records": report.records, "intact": report.intact, "problem": report.problem,
                    "seq": report.seq})
    elif report.intact:
        typer.echo(f"The chain of {report.records} records is intact.")
    else:
        typer.echo(f"error: chain broken: {report.problem}", err=True)
    if not report.intact:
        raise typer.Exit(1)
