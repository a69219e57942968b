"""`tracker init`: make a workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def init(
    directory: Annotated[Path, typer.Argument(help="Folder to make the workspace in.")] = Path("."),
    forecaster: Annotated[str, typer.Option(help="Default forecaster name written to tracker.toml.")] = "me",
    timezone: Annotated[str, typer.Option(help="IANA time zone dates are shown in.")] = "UTC",
    as_json: Annotated[bool, typer.Option("--json", help="Print the created paths as JSON.")] = False,
) -> None:
    """Make a workspace: tracker.toml, forecasts/, resolutions/, reports/ and .tracker/ (git-ignored)."""
    from tracker.errors import InputError
    from tracker.settings import check
    from tracker.store import connect
    from tracker.workspace import init_workspace, resolve_workspace

    # The flags write settings: the table of settings checks them, as it will check the file.
    for flag, name, value in (("--forecaster", "tracker.forecaster", forecaster),
                              ("--timezone", "tracker.timezone", timezone)):
        if problem := check(name, value):
            raise InputError(flag, problem)
    directory = directory.expanduser().resolve()
    if directory.exists() and not directory.is_dir():
        from tracker.errors import TrackerError

        raise TrackerError(f"{directory} is a file, not a folder: give a folder to make the workspace in")
    created = init_workspace(directory, forecaster=forecaster, timezone=timezone)
    found = resolve_workspace(directory)
    connect(found.database_url).close()
    from tracker.store.engine import sqlite_file

    single_user = sqlite_file(found.database_url) is not None
    if as_json:
        from tracker.cli.state import print_json

        print_json({"workspace": str(found.root), "database_url": found.database_url,
                    "created": [str(p) for p in created], "single_user": single_user})
        return
    if created:
        typer.echo(f"Made workspace {found.root}")
        for path in created:
            typer.echo(f"  {path.relative_to(found.root)}{'/' if path.is_dir() else ''}")
    else:
        typer.echo(f"Workspace {found.root} already exists; nothing changed")
    if single_user:
        # Said at the start because a team that shares a SQLite file on a network drive loses identities
        # (and, with some file systems, locking): the database cannot tell its writers apart.
        typer.echo("The store is a SQLite file: single-user (one person on this machine); a team shares one "
                   "PostgreSQL database (docs/team-mode.md).")
