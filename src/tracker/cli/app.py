"""The root command, its global options, and the one place errors become one-line messages.

Only typer is imported at start-up; each command imports the library when it runs, so that
``tracker --help`` does not pay for pydantic, SQLAlchemy or numpy. Commands are built lazily too:
typer builds a command by evaluating every annotation of its function, which for seventeen commands
costs more than the rest of ``tracker --help``, so only the command being run is ever built, and
``--help`` lists the others from tracker.cli.commands without importing the modules defining them.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from tracker.cli.commands import COMMANDS, GROUPS, SUMMARIES


#: Library field names as the flags a user typed them (messages name what the user can change).
FLAGS = {"probability": "-p/--probability", "probabilities": "--outcome", "criteria": "--criteria", "due": "--due",
         "id": "--id", "tags": "--tag", "forecaster": "--forecaster", "text": "TEXT", "outcome": "OUTCOME",
         "resolved_at": "--at", "made_at": "--at", "condition": "--condition", "resolver": "--resolver",
         "evidence": "--evidence", "correction": "--correction", "sort": "--sort", "status": "--status",
         "format": "--format", "by": "--by", "as_of": "--as-of", "rationale": "-r/--rationale", "note": "--note", "peer": "--peer"}
#: The longest run of non-blank characters a message repeats whole (a tag of 100,000 characters is cut).
SHOWN_WORD_CHARS = 60


def one_line(message: str) -> str:
    """A message as one line on a terminal: no line breaks, and no echoed value longer than
    ``SHOWN_WORD_CHARS`` characters (whatever layer built the message, it may have quoted an input)."""
    import re

    def shorten(match: re.Match) -> str:
        word = match.group(0)
        if "/" in word and len(word) <= 4 * SHOWN_WORD_CHARS:
            return word  # a file's path: the message is about it, so it stays whole
        return f"{word[:SHOWN_WORD_CHARS - 1]}… ({len(word.strip(chr(39) + chr(34))):,} characters)"

    flat = " ".join(str(message).split())
    return re.sub(r"\S{%d,}" % (SHOWN_WORD_CHARS + 1), shorten, flat)


def _definition(name: str) -> Any:
    module, attribute = COMMANDS[name]
    return getattr(importlib.import_module(f"tracker.cli.{module}"), attribute)


def build_command(name: str) -> Any:
    """The click command typer makes of ``COMMANDS[name]`` (the only place commands get built)."""
    definition = _definition(name)
    if isinstance(definition, typer.Typer):
        return _finished(typer.main.get_command(definition))
    single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    single.command(name)(definition)
    return _finished(typer.main.get_command(single))


def _finished(command: Any) -> Any:
    """``command`` and its subcommands, refusing a repeated single-valued flag and with tidy help."""
    original_parser, original_params = command.make_parser, command.get_params
    command.make_parser = lambda ctx: refuse_repeats(original_parser(ctx))
    command.get_params = lambda ctx: [_tidy(param) for param in original_params(ctx)]
    for subcommand in getattr(command, "commands", {}).values():
        _finished(subcommand)
    return command


def refuse_repeats(parser: Any) -> Any:
    """Make ``parser`` refuse an option that takes one value given twice (click keeps the last one
    silently: `-p 0.5 -p 0.7` would record 0.7 without a word)."""
    options = {id(o): o for o in (*parser._long_opt.values(), *parser._short_opt.values())}
    for option in options.values():
        if option.action == "store" and not getattr(option, "_refuses_repeats", False):
            option.process = _once(option, option.process, parser)
            option._refuses_repeats = True
    return parser


def _once(option: Any, process: Any, parser: Any) -> Any:
    def once(value: Any, state: Any) -> None:
        completing = parser.ctx is not None and parser.ctx.resilient_parsing
        if option.dest in state.opts and not completing:
            from tracker.errors import InputError

            flag = "/".join(sorted(option.obj.opts, key=len))
            raise InputError(flag, f"given twice ({state.opts[option.dest]!r}, then {value!r}): give it once")
        process(value, state)

    return once


def _tidy(param: Any) -> Any:
    """Help without a type beside a flag that takes no value (typer shows ``<bool>``), and with the
    type of one value beside a repeatable option (``<str>``, not ``<list[str]>``)."""
    shown = getattr(param, "display_type_rich", None)
    if shown is None or getattr(param, "_tidied", False):
        return param

    def display_type(ctx: Any) -> str | None:
        text = shown(ctx=ctx)
        if getattr(param, "is_flag", False) or text == "<bool>":
            return None
        if text and text.startswith("<list[") and text.endswith("]>"):
            return f"<{text[len('<list['):-2]}>"
        return text

    param.display_type_rich = display_type
    param._tidied = True
    return param


def _summary(name: str) -> Any:
    """A command carrying only its name and the line ``--help`` lists, built without importing its module."""
    from typer.core import TyperCommand

    if name in GROUPS:
        return TyperGroup(name=name, help=SUMMARIES[name])
    return TyperCommand(name, help=SUMMARIES[name])


class TrackerGroup(TyperGroup):
    """Builds only the command being run, and turns the library's errors into one line on stderr and
    a non-zero exit, never a traceback."""

    def list_commands(self, ctx) -> list[str]:
        return [*COMMANDS, *(name for name in self.commands if name not in COMMANDS)]

    def get_command(self, ctx, cmd_name: str) -> Any:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        return _summary(cmd_name) if cmd_name in COMMANDS else None

    def make_parser(self, ctx) -> Any:
        return refuse_repeats(super().make_parser(ctx))

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except UsageError as exc:
            usage_error(exc)
        except (typer.Exit, typer.Abort):
            raise  # --help and --version end here: they need not import the library's errors
        except Exception as exc:
            from tracker.errors import InputError

            if not isinstance(exc, InputError):
                raise
            # The root's own options are parsed before invoke() and its handler: say it the same way.
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None

    def get_params(self, ctx) -> list:
        return [_tidy(param) for param in super().get_params(ctx)]

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
            typer.echo(one_line(f"error: {FLAGS.get(field, exc.field)}: {exc.message}"), err=True)
            raise typer.Exit(1) from None
        except LedgerErrors as exc:
            for error in exc.errors:
                typer.echo(one_line(str(error)), err=True)
            count = len(exc.errors)
            typer.echo(f"error: {count} problem{'s' if count != 1 else ''}; nothing was written", err=True)
            raise typer.Exit(1) from None
        except TrackerError as exc:
            typer.echo(one_line(f"error: {exc}"), err=True)
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - the promise is: no traceback reaches a user
            if isinstance(exc, UsageError):
                usage_error(exc)  # a subcommand's own flags are parsed here, inside invoke()
            if os.environ.get("TRACKER_DEBUG"):
                raise
            if type(exc).__module__.startswith("typer"):
                raise
            if type(exc).__module__.startswith("sqlalchemy") and hasattr(exc, "orig"):
                # A database error outside a read or write block: its text holds the SQL and the data.
                from tracker.store.engine import database_problem

                typer.echo(one_line(f"error: {database_problem(exc)}"), err=True)
                raise typer.Exit(1) from None
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            typer.echo(one_line(f"error: internal error: {type(exc).__name__}: {first[:200]} "
                                "(set TRACKER_DEBUG=1 for the traceback)"), err=True)
            raise typer.Exit(3) from None


# typer carries its own copy of click; its parser raises this class, not the click package's.
try:
    from typer._click.exceptions import UsageError
except ImportError:  # a typer that uses the click package itself
    from click import UsageError


def usage_error(exc: Any) -> None:
    """A mistyped command line in one line, as every other error (typer draws a box of several)."""
    where = exc.ctx.command_path if exc.ctx is not None else "tracker"
    message = exc.format_message()
    # --db and --workspace belong to tracker itself, not to the command after which they were typed.
    misplaced = re.match(r"No such option: (--db|--workspace|-w)\b", message)
    hint = f"{misplaced[1]} goes before the command: tracker {misplaced[1]} ... {where.split()[-1]} ..." \
        if misplaced and where != "tracker" else f"see {where} --help"
    typer.echo(one_line(f"error: {message} ({hint})"), err=True)
    raise typer.Exit(2) from None


app = typer.Typer(
    cls=TrackerGroup,
    name="tracker",
    help="Log forecasts, get prompted to resolve them, and score how well calibrated they were.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion: commands, flags and question ids
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
    from tracker.cli.state import CliState

    ctx.obj = CliState(workspace=workspace, database_url=db)



def main() -> None:
    """Entry point of the ``tracker`` console script."""
    sys.exit(app(prog_name="tracker"))
