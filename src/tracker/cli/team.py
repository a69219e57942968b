"""`tracker team`: the database's owner adds members (PostgreSQL roles), maps forecasters to them and marks
sources. SQLite is single-user: every subcommand refuses there in one line."""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer

from tracker.cli.state import CliState

team_app = typer.Typer(
    name="team", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    help="Manage a team on PostgreSQL (run by the database's owner): member roles, the forecasters each may "
         "record as, and sources any member may record.\n\nSQLite is single-user: these commands refuse there.")

_JSON = typer.Option("--json", help="Print the member (or list) as JSON.")
_FORECASTER = typer.Option("--forecaster", "-f", help="A forecaster name this role records as (repeatable; "
                                                      "default for add: the role's name).")
_WEB_LOGIN = typer.Option("--web-login", metavar="ROLE",
                          help="The web server's login role (tracker serve in team mode): grant it this member's "
                               "role, so that it may SET ROLE to it. Without it, the GRANT to run is printed.")


def _store(ctx: typer.Context):
    from tracker.store.engine import connect

    state: CliState = ctx.obj
    return connect(state.found().database_url, create=False)


def _password(env: str | None, prompt: bool) -> tuple[str | None, str]:
    """The password and the words saying where it came from (or that there is none)."""
    if env and prompt:
        raise typer.BadParameter("give --password-env or --password-prompt, not both")
    if env:
        value = os.environ.get(env)
        if not value:
            raise typer.BadParameter(f"the environment variable {env} is not set or empty", param_hint="--password-env")
        return value, f"password from ${env}, sent to the server as a SCRAM-SHA-256 verifier only"
    if prompt:
        value = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        return value, "password from the prompt, sent to the server as a SCRAM-SHA-256 verifier only"
    return None, ("no password: it logs in by peer, certificate or GSSAPI authentication, as pg_hba.conf allows "
                  "(or the administrator sets one)")


def _show(member, as_json: bool, lead: str) -> None:
    if as_json:
        from tracker.cli.state import print_json

        print_json(member.to_json())
        return
    others = "; may record for others" if member.record_for_others else ""
    typer.echo(f"{lead}: records as {', '.join(member.forecasters) or '(no forecaster yet)'}{others}.")


@team_app.command("add")
def add(
    ctx: typer.Context,
    role: Annotated[str, typer.Argument(help="The member's PostgreSQL role (created when it does not exist).")],
    forecasters: Annotated[Optional[list[str]], _FORECASTER] = None,
    record_for_others: Annotated[bool, typer.Option("--record-for-others",
                                                    help="Let it record predictions under any name (imports, "
                                                         "the web server).")] = False,
    password_env: Annotated[Optional[str], typer.Option("--password-env", metavar="VAR",
                                                        help="Set the role's password from this environment "
                                                             "variable.")] = None,
    password_prompt: Annotated[bool, typer.Option("--password-prompt", help="Ask for the role's password.")] = False,
    web_login: Annotated[Optional[str], _WEB_LOGIN] = None,
    as_json: Annotated[bool, _JSON] = False,
) -> None:
    """Add a member: a login role that may append records as its own forecasters, and nothing more."""
    from tracker.store import team

    password, said = _password(password_env, password_prompt)
    store = _store(ctx)
    try:
        member, created = team.add_member(store, role, forecasters=forecasters or [], password=password,
                                          record_for_others=record_for_others, web_login=web_login)
        to_run = [] if web_login else _web_grants_to_run(store, role)
    finally:
        store.close()
    if as_json:
        from tracker.cli.state import print_json

        print_json({**member.to_json(), "created": created, "password": password is not None,
                    "web_login": web_login, "web_grants_to_run": to_run})
        return
    how = f"new login role, {said}" if created else f"existing role{'; ' + said if password else ''}"
    _show(member, False, f"Added member {role} ({how})")
    _say_web(role, web_login, to_run)


def _web_grants_to_run(store, role: str) -> list[str]:
    """The GRANT letting each known web login role (else the documented one) act as ``role``."""
    from tracker.store import team_web

    return [team_web.web_login_grant(role, login) for login in team_web.web_logins(store) or [team_web.WEB_LOGIN]]


def _say_web(role: str, web_login: str | None, to_run: list[str]) -> None:
    if web_login:
        typer.echo(f"The web server's login role {web_login} may now act as {role} (tracker serve in team mode).")
        return
    for line in to_run:
        typer.echo(f"For tracker serve in team mode, as the owner: {line}  (or add --web-login ROLE)")


@team_app.command("grant")
def grant(
    ctx: typer.Context,
    role: Annotated[str, typer.Argument(help="A member's role.")],
    record_for_others: Annotated[Optional[bool], typer.Option(
        "--record-for-others/--own-only", help="Let it record under any name, or only as its own forecasters.")] = None,
    forecasters: Annotated[Optional[list[str]], _FORECASTER] = None,
    web_login: Annotated[Optional[str], typer.Option(
        "--web-login", metavar="ROLE", help="Grant the web server's login role this member's role (so that "
                                            "tracker serve may SET ROLE to it).")] = None,
    as_json: Annotated[bool, _JSON] = False,
) -> None:
    """Change what a member may record: for others or only its own, and more forecaster names; or let the
    web server's login role act as it."""
    from tracker.store import team

    if record_for_others is None and not forecasters and not web_login:
        raise typer.BadParameter("say what to grant: --record-for-others, --own-only, --forecaster NAME or "
                                 "--web-login ROLE")
    store = _store(ctx)
    try:
        member = team.grant(store, role, record_for_others=record_for_others, forecasters=forecasters or [],
                            web_login=web_login)
    finally:
        store.close()
    if as_json:
        from tracker.cli.state import print_json

        print_json({**member.to_json(), "web_login": web_login})
        return
    _show(member, False, f"Member {role}")
    if web_login:
        _say_web(role, web_login, [])


@team_app.command("source")
def source(
    ctx: typer.Context,
    names: Annotated[list[str], typer.Argument(help="Forecaster names that are sources (a publisher, a quoted "
                                                    "official).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print every source as a JSON list.")] = False,
) -> None:
    """Mark forecasters as sources: judgements drafted from documents, which any member may record (the record
    keeps who recorded it beside whose judgement it is)."""
    from tracker.store import team

    store = _store(ctx)
    try:
        found = team.add_sources(store, names)
    finally:
        store.close()
    if as_json:
        from tracker.cli.state import print_json

        print_json(found)
        return
    typer.echo(f"Sources: {', '.join(found)}.")


@team_app.command("list")
def list_(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print {members: [...], sources: [...]} as JSON.")] = False,
) -> None:
    """List the members, the forecasters each records as, and the sources."""
    from tracker.store import team

    store = _store(ctx)
    try:
        found, named = team.members(store), team.sources(store)
    finally:
        store.close()
    if as_json:
        from tracker.cli.state import print_json

        print_json({"members": [m.to_json() for m in found], "sources": named})
        return
    if not found:
        typer.echo("No members yet (tracker team add ROLE).")
    for member in found:
        login = "" if member.can_login else " (role missing or cannot log in)"
        others = ", may record for others" if member.record_for_others else ""
        typer.echo(f"{member.role}{login}: {', '.join(member.forecasters) or '(no forecaster)'}{others}")
    if named:
        typer.echo(f"sources: {', '.join(named)}")
