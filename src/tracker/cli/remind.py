"""`tracker remind`, `tracker due` and `tracker snooze`: prompts to resolve questions that fell due."""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer

from tracker.cli.complete import ID_HELP, complete_question_id
from tracker.cli.state import CliState


def _sweeper(state: CliState):
    from tracker.remind.channels import build_channels
    from tracker.remind.policy import RemindPolicy
    from tracker.remind.sweep import Sweeper

    state.banner = False
    workspace, store = state.open(create=False)
    policy = RemindPolicy.from_settings(workspace.settings.remind)
    channels = build_channels(list(policy.channels), policy.config, os.environ)
    return Sweeper(store, policy, channels, state.zone())


def remind(
    ctx: typer.Context,
    once: Annotated[bool, typer.Option("--once", help="Run one sweep and exit (for cron or a systemd timer).")] = False,
    every: Annotated[float, typer.Option("--every", help="Seconds between sweeps.", min=1)] = 60,
    as_json: Annotated[bool, typer.Option("--json", help="With --once: print what the sweep did as JSON.")] = False,
) -> None:
    """Run the reminder daemon: prompt for due questions, again every N days until they are resolved.

    Prompts go to every channel of tracker.toml. Each prompt is sent once; failed sends are retried with backoff."""
    state: CliState = ctx.obj
    sweeper = _sweeper(state)
    if as_json:
        import sys

        from tracker.remind.channels.terminal import TerminalChannel

        for channel in sweeper.channels.values():
            if isinstance(channel, TerminalChannel):
                channel.stream = sys.stderr  # stdout is the JSON's
    if once:
        result = sweeper.sweep()
        if as_json:
            from dataclasses import asdict

            from tracker.cli.state import print_json

            print_json(asdict(result))
        else:
            typer.echo(result.line(sweeper.clock(), sweeper.tz))
        if result.failed:
            raise typer.Exit(1)
        return
    from tracker.remind.daemon import run_daemon

    run_daemon(sweeper, every, log=lambda line: typer.echo(line))


def due(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print the due questions as JSON.")] = False,
) -> None:
    """List open questions that are due or overdue for resolution, most overdue first."""
    from datetime import datetime, timezone

    from tracker import api

    state: CliState = ctx.obj
    state.banner = False
    workspace, store = state.open(create=False)
    rows = api.due_questions(store, timezone_name=workspace.settings.timezone)
    if as_json:
        from tracker.cli.state import print_json

        print_json(rows)
        return
    if not rows:
        if not api.list_questions(store, limit=1):
            typer.echo("Nothing is due: there are no questions yet (log one with `tracker log`).")
        else:
            typer.echo("Nothing is due: every question due so far is resolved.")
        return
    from tracker import dates
    from tracker.remind.channels.base import overdue_words

    for row in rows:
        latest = f", latest {row['latest']}" if row["latest"] else ""
        snoozed = (f", snoozed until {dates.format_timestamp(row['snoozed_until'], state.zone())}"
                   if row["snoozed_until"] and row["snoozed_until"] > datetime.now(timezone.utc) else "")
        typer.echo(f"{row['id']}  due {row['due']} ({overdue_words(row['overdue_days'])}{latest}{snoozed})  "
                   f"{row['text']}")
    if len(rows) == 1:
        typer.echo("1 question is due; resolve it with: tracker resolve --due")
    else:
        typer.echo(f"{len(rows)} questions are due; resolve them one by one with: tracker resolve --due")


def snooze(
    ctx: typer.Context,
    question_id: Annotated[str, typer.Argument(metavar="ID", help=ID_HELP,
                                               autocompletion=complete_question_id)],
    span: Annotated[Optional[str], typer.Argument(help="How long: 3d, 2w, 1m.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Snooze until this date (ISO or a phrase).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the new next prompt as JSON.")] = False,
) -> None:
    """Move a question's next resolution prompt later: `tracker snooze ID 3d` or `--until 2027-01-15`."""
    from datetime import datetime, timezone

    from tracker import api, dates
    from tracker.errors import InputError

    state: CliState = ctx.obj
    if (span is None) == (until is None):
        raise InputError("span", "give a span like 3d, or --until DATE (one of them)")
    try:
        moment = dates.snooze_end(state.zone(), datetime.now(timezone.utc), span=span, until=until)
    except dates.SnoozeProblem as exc:
        raise InputError("SPAN" if exc.given == "span" else "--until", str(exc)) from None
    try:
        question_id = api.snooze_question(state.store, question_id, moment, timezone_name=state.settings.timezone)
    except InputError as exc:
        raise InputError("ID", exc.message) if exc.field == "id" else exc from None
    if as_json:
        from tracker.cli.state import print_json

        print_json({"id": question_id, "snoozed_until": moment})
        return
    typer.echo(f"Snoozed {question_id} until {dates.format_timestamp(moment, state.zone())}")
