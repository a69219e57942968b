"""The root command: commands are listed from their summaries and built only when run."""

import inspect

import pytest
from typer.testing import CliRunner

from tracker.cli.app import COMMANDS, app, build_command


def run(*args):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_help_lists_every_command_with_the_help_it_is_built_with():
    out = run("--help").output
    for name in COMMANDS:
        built = build_command(name)
        opening = inspect.cleandoc(built.help)[:60]  # the listing wraps long help texts
        assert f" {name} " in out and opening in out, name


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_listed_summary_is_the_first_paragraph_of_the_commands_help(name):
    # `tracker --help` lists SUMMARIES without importing the commands' modules: they must not drift
    # from the help each command is built with.
    import typer

    from tracker.cli.app import _definition
    from tracker.cli.commands import GROUPS, SUMMARIES

    definition = _definition(name)
    is_group = isinstance(definition, typer.Typer)
    written = definition.info.help if is_group else inspect.getdoc(definition)
    assert SUMMARIES[name] == inspect.cleandoc(written).split("\n\n")[0]
    assert (name in GROUPS) == is_group
    assert set(SUMMARIES) == set(COMMANDS)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_builds_and_has_help(name):
    result = run(name, "--help")
    assert result.exit_code == 0, result.output
    assert f"Usage: tracker {name}" in result.output


@pytest.mark.parametrize(("typed", "message"), [
    ("lst", "No such command 'lst'. Did you mean 'list'?"),
    ("resolv", "No such command 'resolv'. Did you mean 'resolve'?"),
    ("xyzzy", "No such command 'xyzzy'."),
])
def test_unknown_command_suggests_among_all_commands(typed, message):
    result = run(typed)
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize(("args", "line"), [
    (["log", "x", "--bogus"], "error: No such option: --bogus (see tracker log --help)"),
    (["show"], "error: Missing argument 'ID'. (see tracker show --help)"),
    (["score", "--bins", "0"], "error: Invalid value for '--bins': Input should be greater than or equal to 1 "
                               "(see tracker score --help)"),
    (["--bogus", "list"], "error: No such option: --bogus (see tracker --help)"),
    (["apply", "export", "--db", "sqlite:///x.db"],
     "error: No such option: --db (--db goes before the command: tracker --db ... apply ...)"),
    (["list", "-w", "/tmp"], "error: No such option: -w (-w goes before the command: tracker -w ... list ...)"),
    (["lst"], "error: No such command 'lst'. Did you mean 'list'? (see tracker --help)"),
])
def test_a_mistyped_command_line_is_one_line_not_a_box(args, line):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == line + "\n"
    assert result.stdout == ""


def test_version():
    from tracker import __version__

    assert run("--version").output == f"tracker {__version__}\n"


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_help_shows_no_type_beside_flags_and_one_value_beside_repeatable_options(name):
    out = run(*([name] if name else []), "--help").output
    assert "<bool>" not in out and "<list[" not in out
    if name == "log":
        assert "--outcome" in out and "--tag" in out and out.count("<str>") >= 10
