"""`tracker serve`: the tracker's pages in a browser: on this machine with a login link, or behind a team's
authenticating reverse proxy (--trust-proxy-header, docs/web.md)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from tracker.cli.state import CliState

LOOPBACK = "127.0.0.1"


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on (another than 127.0.0.1 only with "
                                            "--trust-proxy-header).")] = LOOPBACK,
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8765,
    trust_proxy_header: Annotated[Optional[str], typer.Option(
        "--trust-proxy-header", metavar="NAME",
        help="Team mode: take the user from this header of a reverse proxy that authenticates people; "
             "requests must carry the proxy's secret (TRACKER_PROXY_SECRET) in X-Tracker-Proxy-Secret.")] = None,
) -> None:
    """The tracker in a browser at http://127.0.0.1:8765: the due queue, questions, the live report, forms.

    Prints a login link holding a random token for this launch; the pages need it."""
    from tracker.errors import TrackerError

    state: CliState = ctx.obj
    state.banner = False
    import os

    secret = os.environ.get("TRACKER_PROXY_SECRET") if trust_proxy_header else None
    refusal = refusal_to_serve(host, state.found().database_url, trust_proxy_header, secret)
    if refusal:
        raise TrackerError(refusal)
    check_port_free(host, port)  # before the login link is printed: a link to a port not ours is no use
    import secrets

    import uvicorn

    from tracker.web.app import create_app

    workspace, store = state.open(create=False)
    token = secrets.token_urlsafe(32)
    role_of = None
    if trust_proxy_header and store.dialect == "postgresql":
        from tracker.web.team import MemberRoles

        role_of = MemberRoles(store)  # each request as its user's own role: the database checks every write
    app = create_app(store, token=token, workspace_root=workspace.root, timezone_name=_zone_name(state),
                     allowed_hosts={LOOPBACK, "localhost", host}, port=port, proxy_header=trust_proxy_header,
                     proxy_secret=secret, role_of=role_of)
    if trust_proxy_header:
        typer.echo(f"Serving {workspace.root} on {host}:{port} to its proxy (users from the {trust_proxy_header} "
                   "header); Ctrl-C stops the server.")
    else:
        typer.echo(f"Serving {workspace.root}. Open this link to log in; Ctrl-C stops the server:")
        typer.echo(f"    {login_url(host, port, token)}")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def _zone_name(state: CliState) -> str:
    state.zone()  # a timezone setting that is not a zone is refused here, in one line
    return state.settings.timezone


def refusal_to_serve(host: str, database_url: str, proxy_header: str | None = None,
                     secret: str | None = None) -> str | None:
    """Why the server must not start (one line), or None. Without a proxy that authenticates people, only
    one analyst's SQLite store on the loopback address is served (with the login link); with one, its shared
    secret must be set and strong."""
    if proxy_header is not None:
        from tracker.web.team import USER_NAME, secret_problem

        if not proxy_header or not USER_NAME.fullmatch(proxy_header) or "_" in proxy_header:
            return f"--trust-proxy-header {proxy_header!r}: give a header name such as X-Remote-User"
        return secret_problem(secret)
    if host != LOOPBACK:
        return (f"--host {host}: without --trust-proxy-header (team mode, behind an authenticating proxy) "
                f"`tracker serve` listens on {LOOPBACK} only")
    if not database_url.startswith("sqlite"):
        return ("a PostgreSQL store is a team's: serve it behind an authenticating proxy with "
                "--trust-proxy-header (docs/web.md)")
    return None


def check_port_free(host: str, port: int) -> None:
    """Refuse in one line (InputError naming --port or --host) when ``host``:``port`` cannot be listened on,
    rather than let uvicorn print its own error and exit 3 after the login link. The socket is bound as
    uvicorn binds it (SO_REUSEADDR, so a port left in TIME_WAIT by the last launch is free) and closed at
    once; a server starting on the port in the milliseconds between is left to uvicorn's own error."""
    import errno
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            from tracker.errors import InputError

            if exc.errno == errno.EADDRINUSE:
                raise InputError("--port", f"{host}:{port} is in use (another tracker serve?); choose another "
                                           "with --port") from None
            if exc.errno in (errno.EACCES, errno.EPERM):
                raise InputError("--port", f"cannot listen on {host}:{port} (ports below 1024 need privileges); "
                                           "choose another with --port") from None
            raise InputError("--host", f"cannot listen on {host}:{port}: {exc.strerror}") from None


def login_url(host: str, port: int, token: str) -> str:
    return f"http://{host}:{port}/?token={token}"
