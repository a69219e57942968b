"""`tracker serve`: the tracker's pages in a browser, on this machine only."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.state import CliState

LOOPBACK = "127.0.0.1"


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on (only 127.0.0.1 until team mode is built).")] = LOOPBACK,
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8765,
) -> None:
    """The tracker in a browser at http://127.0.0.1:8765: the due queue, questions, the live report, forms.

    Prints a login link holding a random token for this launch; the pages need it."""
    from tracker.errors import TrackerError

    state: CliState = ctx.obj
    state.banner = False
    refusal = refusal_to_serve(host, state.found().database_url)
    if refusal:
        raise TrackerError(refusal)
    import secrets

    import uvicorn

    from tracker.web.app import create_app

    workspace, store = state.open(create=False)
    token = secrets.token_urlsafe(32)
    app = create_app(store, token=token, workspace_root=workspace.root, timezone_name=_zone_name(state),
                     allowed_hosts={LOOPBACK, "localhost", host}, port=port)
    typer.echo(f"Serving {workspace.root}. Open this link to log in; Ctrl-C stops the server:")
    typer.echo(f"    {login_url(host, port, token)}")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def _zone_name(state: CliState) -> str:
    state.zone()  # a timezone setting that is not a zone is refused here, in one line
    return state.settings.timezone


def refusal_to_serve(host: str, database_url: str) -> str | None:
    """Why the server must not start (one line), or None: until team-mode authentication exists, only
    one analyst's SQLite store on the loopback address is served."""
    if host != LOOPBACK:
        return (f"--host {host}: team-mode authentication is not built yet, so `tracker serve` listens on "
                f"{LOOPBACK} only")
    if not database_url.startswith("sqlite"):
        return ("a PostgreSQL store is a team's: team-mode authentication is not built yet, so `tracker serve` "
                "serves SQLite stores only")
    return None


def login_url(host: str, port: int, token: str) -> str:
    return f"http://{host}:{port}/?token={token}"
