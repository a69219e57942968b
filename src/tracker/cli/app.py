"""The root command, its global options, and the one place errors become one-line messages.

Only typer is imported at start-up; each command imports the library when it runs, so that
``tracker --help`` does not pay for pydantic, SQLAlchemy or numpy. Commands are built lazily too:
typer builds a command by evaluating every annotation of its function, which for seventeen commands
costs more than the rest of ``tracker --help``, so only the command being run is ever built.
"""

from __future__ import annotations

import importlib
import inspect
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


#: Every command in the order `tracker --help` lists them: the module in tracker.cli defining it, and
#: the function (or, for a group of subcommands, the typer app) under that name.
COMMANDS = {
    "init": ("workspace", "init"), "log": ("forecast", "log"), "update": ("forecast", "update"),
    "list": ("browse", "list_"), "show": ("browse", "show"), "resolve": ("resolve", "resolve"),
    "apply": ("ledger", "apply"), "export": ("interop", "export"), "calendar": ("interop", "calendar"),
    "score": ("report", "score"), "report": ("report", "report"), "remind": ("remind", "remind"),
    "due": ("remind", "due"), "snooze": ("remind", "snooze"), "extract": ("extract", "extract"),
    "verify": ("verify", "verify"), "import": ("interop", "import_app"),
}


def _definition(name: str) -> Any:
    module, attribute = COMMANDS[name]
    return getattr(importlib.import_module(f"tracker.cli.{module}"), attribute)


def build_command(name: str) -> Any:
    """The click command typer makes of ``COMMANDS[name]`` (the only place commands get built)."""
    definition = _definition(name)
    if isinstance(definition, typer.Typer):
        return typer.main.get_command(definition)
    single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    single.command(name)(definition)
    return typer.main.get_command(single)


def _summary(name: str) -> Any:
    """A command carrying only its name and help text: all that listing it in ``--help`` reads."""
    from typer.core import TyperCommand

    definition = _definition(name)
    if isinstance(definition, typer.Typer):
        return TyperGroup(name=name, help=definition.info.help)
    return TyperCommand(name, help=inspect.getdoc(definition))


class TrackerGroup(TyperGroup):
    """Builds only the command being run, and turns the library's errors into one line on stderr and
    a non-zero exit, never a traceback."""

    def list_commands(self, ctx) -> list[str]:
        return [*COMMANDS, *(name for name in self.commands if name not in COMMANDS)]

    def get_command(self, ctx, cmd_name: str) -> Any:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        return _summary(cmd_name) if cmd_name in COMMANDS else None

    def resolve_command(self, ctx, args: list[str]) -> Any:
        name = args[0] if args else None
        if name in COMMANDS and name not in self.commands:
            self.commands[name] = build_command(name)
        elif name and name not in self.commands and not name.startswith("-"):
            # typer would suggest only among built commands; offer every command instead.
            import difflib

            matches = difflib.get_close_matches(name, self.list_commands(ctx))
            hint = f" Did you mean {', '.join(map(repr, matches))}?" if matches else ""
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)

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



def main() -> None:
    """Entry point of the ``tracker`` console script."""
    sys.exit(app(prog_name="tracker"))
