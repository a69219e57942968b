"""`tracker apply` and `tracker export`: files in, files out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from tracker.cli.state import CliState


def apply(
    ctx: typer.Context,
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Forecast/resolution files or folders (default: forecasts/ and resolutions/ of the workspace).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print what changed as JSON.")] = False,
) -> None:
    """Make the store agree with forecast and resolution files: one transaction, safe to run twice."""
    from tracker import api

    state: CliState = ctx.obj
    workspace, store = state.open()
    if not paths:
        from tracker.ledger import SUFFIXES

        # An empty resolutions/ folder is normal in a new workspace; only named folders must hold files.
        paths = [p for p in (workspace.forecasts_dir, workspace.resolutions_dir)
                 if p.is_dir() and any(f.suffix.lower() in SUFFIXES for f in p.rglob("*"))]
        if not paths:
            typer.echo(f"Nothing to apply: {workspace.forecasts_dir} and {workspace.resolutions_dir} hold no "
                       ".yaml, .yml or .json files yet.")
            return
    result = api.apply_paths(store, paths, workspace=workspace)
    if as_json:
        from dataclasses import asdict

        from tracker.cli.state import print_json

        print_json({**asdict(result), "changed": result.changed})
        return
    from tracker.cli.render import plural

    if not result.changed:
        typer.echo(f"Nothing to change: the store already agrees with {plural(result.files, 'file')}.")
        return
    typer.echo(f"Applied {plural(result.files, 'file')}: {plural(result.questions_added, 'question')} added, "
               f"{result.questions_updated} updated, {plural(result.predictions_added, 'prediction')}, "
               f"{plural(result.resolutions_added, 'resolution')}.")
    for question_id in result.annulled:
        typer.echo(f"Annulled {question_id}: its condition failed.")


def export(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help="Folder to write to.")] = Path("export"),
    fmt: Annotated[str, typer.Option("--format", help="yaml or json (both re-applyable) or csv.")] = "yaml",
    as_json: Annotated[bool, typer.Option("--json", help="Print the written paths as JSON.")] = False,
) -> None:
    """Write the whole store out as files that `tracker apply` reads back unchanged (or CSV tables)."""
    from tracker import api

    from tracker.team import hides_any, seen_by

    state: CliState = ctx.obj
    store, settings = state.existing_store, state.settings
    seen = seen_by(store, settings.hide_others_until_predicted, settings.forecaster)
    if hides_any(store, seen):
        typer.echo("Others' forecasts you have not predicted on are left out (team.hide_others_until_predicted): "
                   "this export cannot rebuild the chain.", err=True)
    written = api.export_store(store, directory, fmt, seen=seen)
    if as_json:
        from tracker.cli.state import print_json

        print_json({"files": [str(p) for p in written]})
        return
    for path in written:
        typer.echo(f"Wrote {path}")
