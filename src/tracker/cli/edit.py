"""`tracker edit`: record a new version of a question's description (wording, criteria, due date, tags).

The change is chained as the question's next version, with who made it and why; the rules are the library's
(tracker.rules): rewording, or changing the criteria or due date of a resolved question, needs
--correction and --reason.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from tracker.cli.complete import ID_HELP, complete_question_id
from tracker.cli.state import CliState, given_name

FLAGS = {"text": "--text", "criteria": "--criteria", "due": "--due", "tags": "--tag", "reason": "--reason",
         "correction": "--correction", "id": "ID"}


def edit(
    ctx: typer.Context,
    question_id: Annotated[str, typer.Argument(metavar="ID", help=ID_HELP, autocompletion=complete_question_id)],
    text: Annotated[Optional[str], typer.Option("--text", help="New wording (needs --correction, --reason).")] = None,
    criteria: Annotated[Optional[str], typer.Option("--criteria", "-c", help="New resolution criteria.")] = None,
    due: Annotated[Optional[str], typer.Option("--due", help="New due date: 2027-12-31, \"end of 2027\"...")] = None,
    tag: Annotated[Optional[list[str]], typer.Option("--tag", "-t", help="The question's tags, replacing them "
                                                                          "(repeat it).")] = None,
    no_tags: Annotated[bool, typer.Option("--no-tags", help="Remove every tag.")] = False,
    reason: Annotated[Optional[str], typer.Option("--reason", "-r", help="Why it changed (kept).")] = None,
    correction: Annotated[bool, typer.Option("--correction", help="Mark the change as a correction (needed to "
                                                                  "reword a question, or to change the criteria or "
                                                                  "due date of a resolved one).")] = False,
    by: Annotated[Optional[str], typer.Option("--by", help="Who changes it (default: the forecaster in "
                                                           "tracker.toml).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the question with its history as JSON.")] = False,
) -> None:
    """Change a question's wording, criteria, due date or tags, as a new version in its history."""
    from tracker import api
    from tracker.errors import InputError

    state: CliState = ctx.obj
    changes = {name: value for name, value in (("text", text), ("criteria", criteria), ("due", due)) if value}
    if tag or no_tags:
        if tag and no_tags:
            raise InputError("--no-tags", "give --tag or --no-tags, not both")
        changes["tags"] = tuple(tag or ())
    if not changes:
        raise InputError("ID", "nothing to change: give --text, --criteria, --due or --tag")
    try:
        before = len(api.question_history(state.existing_store, question_id).versions)
        history = api.revise_question(state.store, question_id, by=given_name(by, "--by") or state.settings.forecaster,
                                      reason=reason, correction=correction, timezone_name=state.settings.timezone,
                                      **changes)
    except InputError as exc:
        raise InputError(FLAGS.get(exc.field.split(".")[0], exc.field), exc.message) from None
    if as_json:
        from tracker.cli.state import print_json

        print_json(history)
        return
    if len(history.versions) == before:
        typer.echo(f"{history.question.id}: nothing changed (the values given are the ones recorded)")
        return
    latest = history.versions[-1]
    changed = ", ".join(latest.changes(history.versions[-2]))
    typer.echo(f"Edited {history.question.id}: version {latest.version} (#{latest.seq}) changes {changed}"
               + (" (a correction)" if latest.correction else ""))
    if due:  # a phrase ("end of 2028") is echoed back resolved, as `log` does
        typer.echo(f"  due: {history.question.due.isoformat()}")
