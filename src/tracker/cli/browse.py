"""`tracker list`: read the store."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from tracker.cli.state import CliState, given_name


def list_(
    ctx: typer.Context,
    status: Annotated[Optional[str], typer.Option(
        help="open, resolved (any outcome), ambiguous or annulled.")] = None,
    open_: Annotated[bool, typer.Option("--open", help="Only open questions (same as --status open).")] = False,
    resolved: Annotated[bool, typer.Option("--resolved", help="Only resolved questions.")] = False,
    due_before: Annotated[Optional[str], typer.Option(help="Due before this date (ISO or a phrase).")] = None,
    due_after: Annotated[Optional[str], typer.Option(help="Due after this date (ISO or a phrase).")] = None,
    tag: Annotated[Optional[str], typer.Option("--tag", "-t", help="Only questions with this tag.")] = None,
    forecaster: Annotated[Optional[str], typer.Option("--forecaster", "-f",
                                                      help="Only questions this forecaster predicted.")] = None,
    sort: Annotated[str, typer.Option(help="Sort by due, created, id or status.")] = "due",
    reverse: Annotated[bool, typer.Option("--reverse", help="Reverse the order.")] = False,
    limit: Annotated[Optional[int], typer.Option(help="Show at most this many.", min=1)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list (shape in docs/cli-json.md).")] = False,
) -> None:
    """List questions with their latest prediction, soonest due first."""
    from tracker import api, dates
    from tracker.errors import InputError

    state: CliState = ctx.obj
    if open_ and resolved:
        raise InputError("--open", "--open and --resolved exclude each other")
    status = "open" if open_ else "resolved" if resolved else status
    today = dates.today_in(state.zone())

    def read_date(flag: str, value: str | None):
        try:
            return dates.parse_due(value, today) if value else None
        except ValueError as exc:
            raise InputError(flag, str(exc)) from None

    tag = tag.strip().lower() if tag else None  # tags are stored lowercase
    summaries = api.list_questions(state.existing_store, status=status, due_before=read_date("--due-before", due_before),
                                   due_after=read_date("--due-after", due_after), tag=tag,
                                   forecaster=given_name(forecaster, "--forecaster"), sort=sort, descending=reverse,
                                   limit=limit)
    from tracker.team import hidden_note, seen_by, visible_summaries

    settings = state.settings
    summaries, hidden = visible_summaries(summaries, seen_by(state.existing_store,
                                                             settings.hide_others_until_predicted,
                                                             settings.forecaster))
    if hidden:
        typer.echo(hidden_note(hidden), err=True)  # on stderr: --json's stdout keeps its shape
    if as_json:
        from tracker.cli.state import print_json

        print_json(summaries)
        return
    if not summaries:
        typer.echo("No questions match." if any((status, due_before, due_after, tag, forecaster))
                   else "No questions yet: `tracker log` one or `tracker apply forecasts/`.")
        return
    import os
    import shutil
    import sys

    from tracker.cli.render import summaries_table

    bold = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    typer.echo(summaries_table(summaries, shutil.get_terminal_size((100, 24)).columns, bold,
                               all_ids=lambda: api.question_ids(state.existing_store)))

