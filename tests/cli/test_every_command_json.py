"""Every command that reports something has --json (the README's promise); `tracker anchor --json` prints
the head it wrote, the same as its file holds."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tracker.cli.app import app

# Servers and command groups print no result of their own: their subcommands have --json.
NO_RESULT = {"serve", "import", "team"}


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    names = group.list_commands(group.make_context("tracker", ["--help"], resilient_parsing=True))
    assert len(names) > 20  # the commands are found, lazily registered or not
    return sorted(name for name in names if name not in NO_RESULT)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_json(command):
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "--json" in result.output, f"tracker {command} has no --json"


def test_anchor_json_is_the_head_it_wrote(cli, workspace):
    cli("log", "Will it rain?", "-c", "Rain is reported.", "-d", "2027-01-01", "-p", "0.7", "-f", "ana")
    result = cli("anchor", "--json")
    assert result.exit_code == 0, result.stderr
    head = json.loads(result.stdout)
    written = (workspace / "anchors").glob("*.yaml")
    (path,) = list(written)
    assert head["file"] == str(path)
    text = path.read_text()
    assert f"seq: {head['seq']}\nhash: {head['hash']}\n" in text
    assert head["line"] == f"tracker-anchor #{head['seq']} {head['hash']} {head['first']} {head['at']}"
    assert head["seq"] == 2  # the question's version 1, then its prediction
