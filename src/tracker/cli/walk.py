"""`tracker resolve --due`: walk through the questions that fell due, one at a time."""

from __future__ import annotations

import typer

from tracker.cli.state import CliState

CHOICES_HELP = "s = skip, z = snooze (days), q = quit"


def walk_due(state: CliState) -> None:
    """Show each due question (text, criteria, latest forecast, source quote) and ask for its outcome and
    evidence; skip, snooze or quit at any point. Each answer is recorded at once."""
    from datetime import datetime, timedelta, timezone

    from tracker import api
    from tracker.cli.render import plural
    from tracker.errors import TrackerError
    from tracker.remind.channels.base import overdue_words

    state.banner = False
    workspace, store = state.open(create=False)
    rows = api.due_questions(store, timezone_name=workspace.settings.timezone)
    if not rows:
        typer.echo("Nothing is due: every question due so far is resolved.")
        return
    resolved = 0
    for number, row in enumerate(rows, 1):
        history = api.question_history(store, row["id"])
        question = history.question
        outcomes = (*question.possible_outcomes(), "ambiguous", "annulled")
        typer.echo(f"\n[{number}/{len(rows)}] {question.id}: {question.text}")
        typer.echo(f"  criteria: {question.criteria}")
        typer.echo(f"  due:      {question.due.isoformat()} ({overdue_words(row['overdue_days'])})")
        if row["latest"]:
            typer.echo(f"  latest:   {row['latest']}")
        if question.source and question.source.quote:
            typer.echo(f"  quote:    \"{question.source.quote}\"")
        while True:
            answer = typer.prompt(f"  outcome ({'/'.join(outcomes)}; {CHOICES_HELP})").strip().lower()
            if answer in ("s", "skip", "q", "quit") or answer in outcomes:
                break
            if answer.startswith(("z", "snooze")):
                days = answer.lstrip("snoze ").strip() or typer.prompt("  snooze for how many days", default="7")
                try:
                    until = datetime.now(timezone.utc) + timedelta(days=int(days))
                except ValueError:
                    typer.echo(f"  {days!r} is not a number of days")
                    continue
                api.snooze_question(store, question.id, until, timezone_name=workspace.settings.timezone)
                typer.echo(f"  snoozed for {plural(int(days), 'day')}")
                answer = "s"
                break
            typer.echo(f"  {answer!r} is not one of {', '.join(outcomes)} (or s, z, q)")
        if answer in ("q", "quit"):
            break
        if answer in ("s", "skip"):
            continue
        evidence = []
        while item := typer.prompt("  evidence (URL or text; empty to finish)", default="", show_default=False).strip():
            evidence.append(item)
        note = typer.prompt("  note (optional)", default="", show_default=False).strip() or None
        try:
            api.resolve_question(store, question.id, answer, resolver=workspace.settings.forecaster,
                                 evidence=evidence, note=note)
        except TrackerError as exc:
            typer.echo(f"  not recorded: {exc}")
            continue
        resolved += 1
        typer.echo(f"  resolved {question.id}: {answer}")
    typer.echo(f"\nResolved {resolved} of {plural(len(rows), 'due question')}.")
