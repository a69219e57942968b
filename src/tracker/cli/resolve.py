"""`tracker resolve`: record how a question came out."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from tracker.cli.complete import ID_HELP, complete_question_id
from tracker.cli.state import CliState, given_name

#: An instant as the library writes it into a message (ISO 8601, UTC).
def resolve(
    ctx: typer.Context,
    question_id: Annotated[Optional[str], typer.Argument(
        metavar="ID", help=ID_HELP, autocompletion=complete_question_id)] = None,
    outcome: Annotated[Optional[str], typer.Argument(
        help="yes, no, an outcome name, ambiguous, annulled (or open, with --correction, to reopen).")] = None,
    due: Annotated[bool, typer.Option("--due", help="Walk through every due question interactively.")] = False,
    evidence: Annotated[Optional[list[str]], typer.Option("--evidence", "-e",
                                                          help="A URL or text that shows it (repeat for more).")] = None,
    note: Annotated[Optional[str], typer.Option("--note", "-n", help="A note on how it was judged.")] = None,
    resolver: Annotated[Optional[str], typer.Option(help="Who resolves (default: the forecaster in tracker.toml).")] = None,
    at: Annotated[Optional[str], typer.Option(help="When it resolved, ISO 8601 (default: now; a time without a zone is in the workspace's zone).")] = None,
    correction: Annotated[bool, typer.Option("--correction", help="Supersede the resolution in force (kept in history).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the recorded resolutions as JSON.")] = False,
) -> None:
    """Resolve a question. A resolved question changes only by a --correction, which keeps the old record."""
    from tracker import api, dates
    from tracker.dates import format_timestamp, parse_timestamp
    from tracker.errors import InputError

    state: CliState = ctx.obj
    if due:
        if question_id or outcome:
            raise InputError("--due", "walks through the due questions itself: give no ID or OUTCOME")
        from tracker.cli.walk import walk_due

        walk_due(state)
        return
    if not question_id:
        raise InputError("ID", "give the question id and its OUTCOME (or --due to walk through due questions)")
    if not outcome:
        raise InputError("OUTCOME", f"give how {question_id} came out: yes, no, an outcome name, ambiguous or "
                                    "annulled")
    resolver = given_name(resolver, "--resolver") or state.settings.forecaster
    resolved_at = None
    if at:
        try:
            resolved_at = parse_timestamp(at, default_zone=state.zone())
        except ValueError as exc:
            raise InputError("--at", str(exc)) from None
    try:
        recorded = api.resolve_question(state.store, question_id, outcome, resolver=resolver,
                                        evidence=evidence or (), note=note, resolved_at=resolved_at,
                                        correction=correction)
    except InputError as exc:
        if exc.field != "resolved_at" or resolved_at is None:
            raise
        raise InputError("--at", dates.resolution_time_words(exc.message, at, resolved_at, state.zone())) from None
    if as_json:
        from tracker.cli.state import print_json

        print_json(recorded)
        return
    first = recorded[0]
    verb = (f"Corrected {first.question_id} (superseding #{first.supersedes})" if first.supersedes
            else f"Resolved {first.question_id}")
    # A time the user typed is echoed as understood (in the workspace's zone), so a wrong zone shows at once.
    when = f" at {format_timestamp(first.resolved_at, state.zone())}" if at else ""
    typer.echo(f"{verb}: {first.outcome}{when}")
    for annulled in recorded[1:]:
        typer.echo(f"Annulled {annulled.question_id}: {annulled.note}")
