"""`tracker show`: one question with every prediction, resolution and version of its description.

A forecast made before a later version changed what the question means (its wording, criteria, due date
or condition) is marked, with a footnote naming the version: it answered the question as it was then.
"""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.complete import ID_HELP, complete_question_id
from tracker.cli.state import CliState

MARK = "†"


def show(
    ctx: typer.Context,
    question_id: Annotated[str, typer.Argument(metavar="ID", help=ID_HELP, autocompletion=complete_question_id)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the question with its full history (predictions, "
                                                         "resolutions, versions) as JSON.")] = False,
) -> None:
    """Show one question with every prediction, resolution and version of its description."""
    from tracker import api

    state: CliState = ctx.obj
    from tracker.team import hidden_note, seen_by, visible_predictions

    history = api.question_history(state.existing_store, question_id)
    settings = state.settings
    seen = seen_by(state.existing_store, settings.hide_others_until_predicted, settings.forecaster)
    shown = visible_predictions(history, seen)
    if len(shown.predictions) < len(history.predictions):
        typer.echo(hidden_note(1), err=True)
    history = shown
    if as_json:
        from tracker.cli.state import print_json

        print_json(history)
        return
    import shutil

    width = shutil.get_terminal_size((100, 24)).columns
    typer.echo("\n".join(show_lines(history, state.zone(), width)))


def show_lines(history, tz, width: int = 100) -> list[str]:
    """`tracker show`'s lines: the question and its records (cli.render), its versions, and the marks."""
    from tracker.cli.render import history_lines

    changes = meaning_changes(history.versions)
    lines = history_lines(history, tz, width)
    marked = [p for p in history.predictions if any(p.made_at < v.recorded_at for v, _ in changes)]
    if marked:
        # history_lines writes one line per prediction starting with its time and forecaster.
        from tracker.dates import format_timestamp

        heads = {f"  {format_timestamp(p.made_at, tz)}  {p.forecaster}:" for p in marked}
        lines = [f"{line} {MARK}" if any(line.startswith(h) for h in heads) else line for line in lines]
    lines += version_lines(history.versions, tz, width)
    for version, fields in changes:
        if any(p.made_at < version.recorded_at for p in marked):
            lines.append(f"{MARK} made before version {version.version} changed the {', '.join(fields)}")
    return lines


def meaning_changes(versions) -> list[tuple]:
    """(version, fields) for each version after the first that changed what the question means."""
    found = []
    for previous, version in zip(versions, versions[1:]):
        if fields := version.meaning_changed(previous):
            found.append((version, fields))
    return found


def _shown(value) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "(none)"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items() if v is not None) or "(none)"
    return str(value)


def version_lines(versions, tz, width: int = 100) -> list[str]:
    """One line per version (when, who, why, what it changed), then each changed field from -> to."""
    from tracker.dates import format_timestamp

    if not versions:
        return []
    lines = [f"versions ({len(versions)}):"]
    previous = None
    for version in versions:
        changed = list(version.changes(previous)) if previous else []
        what = "asked" if previous is None else (", ".join(changed) or "no change")
        who = version.by or version.role or "unknown"
        extra = " correction:" if version.correction else ""
        reason = f' — "{version.reason}"' if version.reason else ""
        lines.append(f"  v{version.version} {format_timestamp(version.recorded_at, tz)}  {who} (#{version.seq})"
                     f"{extra} {what}{reason}")
        room = max(width - 12, 20)
        for name in changed:
            old, new = version.changes(previous)[name]
            lines.append(f"      {name}: - {_shown(old)}"[:room + 6])
            lines.append(f"      {' ' * len(name)}  + {_shown(new)}"[:room + 6])
        previous = version
    return lines
