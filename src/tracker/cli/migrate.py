"""`tracker migrate`: create or upgrade the database schema, deliberately (the owner's step in team mode)."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.state import CliState


def migrate(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print {from, to, upgraded, members} as JSON.")] = False,
) -> None:
    """Create or upgrade the database schema to this tracker's, in one transaction.

    On PostgreSQL the role that runs it owns the schema; team members never upgrade (a newer tracker meeting
    an older schema as a member stops and says so). Members' privileges are granted again afterwards, so
    that tables a migration added are covered."""
    from tracker.store import team
    from tracker.store.engine import HEAD_REVISION, connect, schema_revision

    state: CliState = ctx.obj
    url = state.found().database_url
    probe = connect(url, upgrade=False)
    try:
        before = schema_revision(probe.engine)
    finally:
        probe.close()
    store = connect(url)
    try:
        regranted = team.regrant_all(store)
    finally:
        store.close()
    upgraded = before != HEAD_REVISION
    if as_json:
        from tracker.cli.state import print_json

        print_json({"from": before, "to": HEAD_REVISION, "upgraded": upgraded, "members": regranted})
        return
    if not upgraded:
        typer.echo(f"The schema is already at {HEAD_REVISION}: nothing to do.")
    else:
        typer.echo(f"The schema is at {HEAD_REVISION} ({'created' if before is None else 'upgraded from ' + before}).")
    if regranted:
        typer.echo(f"Privileges granted again to {len(regranted)} member{'s' if len(regranted) != 1 else ''}: "
                   f"{', '.join(regranted)}.")
