"""The root command, its global options, and the one place errors become one-line messages.

Only typer is imported at start-up; each command imports the library when it runs, so that
``tracker --help`` does not pay for pydantic, SQLAlchemy or numpy.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from tracker.cli.state import CliState


#: Library field names as the flags a user typed them (messages name what the user can change).
FLAGS = {"probability": "-p/--probability", "probabilities": "--outcome", "criteria": "--criteria", "due": "--due",
         "id": "--id", "tags": "--tag", "forecaster": "--forecaster", "text": "TEXT", "outcome": "OUTCOME",
         "resolved_at": "--at", "made_at": "--at", "condition": "--condition", "resolver": "--resolver",
         "evidence": "--evidence", "correction": "--correction", "sort": "--sort", "status": "--status",
         "format": "--format", "by": "--by", "as_of": "--as-of"}


class TrackerGroup(TyperGroup):
    """Turns the library's errors into one line on stderr and a non-zero exit, never a traceback."""

    def invoke(self, ctx) -> Any:
        from tracker.errors import InputError, LedgerErrors, TrackerError

        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `tracker list | head`: the reader left; say nothing more (and nothing to a closed pipe).
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except InputError as exc:
            field = exc.field.split(".")[0]
            typer.echo(f"error: {FLAGS.get(field, exc.field)}: {exc.message}", err=True)
            raise typer.Exit(1) from None
        except LedgerErrors as exc:
            for error in exc.errors:
                typer.echo(str(error), err=True)
            count = len(exc.errors)
            typer.echo(f"error: {count} problem{'s' if count != 1 else ''}; nothing was written", err=True)
            raise typer.Exit(1) from None
        except TrackerError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - the promise is: no traceback reaches a user
            if os.environ.get("TRACKER_DEBUG"):
                raise
            if type(exc).__module__.startswith("typer"):
                raise
            typer.echo(f"error: internal error: {type(exc).__name__}: {exc} "
                       "(set TRACKER_DEBUG=1 for the traceback)", err=True)
            raise typer.Exit(3) from None


app = typer.Typer(
    cls=TrackerGroup,
    name="tracker",
    help="Log forecasts, get prompted to resolve them, and score how well calibrated they were.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from tracker import __version__

        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    workspace: Annotated[Optional[str], typer.Option(
        "--workspace", "-w", envvar="TRACKER_WORKSPACE", show_envvar=True,
        help="Workspace folder (default: the nearest folder upwards holding tracker.toml).")] = None,
    db: Annotated[Optional[str], typer.Option(
        "--db", envvar="TRACKER_DATABASE_URL", show_envvar=True,
        help="Database URL (default: SQLite file .tracker/tracker.db in the workspace).")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Log forecasts, get prompted to resolve them, and score how well calibrated they were."""
    ctx.obj = CliState(workspace=workspace, database_url=db)


from tracker.cli import (  # noqa: E402
    browse, extract, forecast, interop, ledger, remind, report, resolve, verify, workspace)

# interop after ledger: its `export` (which adds the Fatebook format) replaces ledger's under that name.
for module in (workspace, forecast, browse, resolve, ledger, interop, report, remind, extract, verify):
    module.register(app)


def main() -> None:
    """Entry point of the ``tracker`` console script."""
    sys.exit(app(prog_name="tracker"))
