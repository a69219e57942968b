"""Start-up stays light: help and listing never import the plotting, numeric or scheduling stacks; help
builds no command but the root, and listing reads without the table models."""

import json
import subprocess
import sys

import pytest

HEAVY = ["matplotlib", "numpy", "apscheduler", "dateparser", "alembic"]

PROBE = """
import sys
from tracker.cli.app import main
try:
    sys.argv = ["tracker", *{args!r}]
    main()
except SystemExit:
    pass
print("\\n@@" + __import__("json").dumps(sorted(m for m in sys.modules
                                                 if m in {heavy!r} or m.split(".")[0] in {heavy!r})))
"""


def imported_by(args, env=None, heavy=HEAVY):
    code = PROBE.format(args=args, heavy=heavy)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out.rsplit("@@", 1)[1])


def test_help_imports_nothing_heavy():
    assert imported_by(["--help"], heavy=[*HEAVY, "sqlalchemy", "pydantic", "tracker.api"]) == []


def test_help_imports_no_command_module():
    # Listing the commands reads tracker.cli.commands; importing the modules defining them (and the state
    # and errors only a running command needs) cost --help 3-25 ms of its ~150 ms floor (tracker.cli.commands).
    from tracker.cli.commands import COMMANDS

    modules = sorted({f"tracker.cli.{module}" for module, _ in COMMANDS.values()})
    assert imported_by(["--help"], heavy=[*modules, "tracker.cli.state", "tracker.errors"]) == []
    assert imported_by(["--version"], heavy=[*modules, "tracker.cli.state", "tracker.errors"]) == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_list_imports_nothing_heavy(workspace, backend):
    import os

    from typer.testing import CliRunner

    from tracker.cli.app import app

    CliRunner().invoke(app, ["log", "Will it?", "-p", "0.5", "--due", "2027-01-01", "-c", "c"])
    assert imported_by(["list"], env=dict(os.environ),
                       heavy=[*HEAVY, "tracker.store.tables", "tracker.store.queries"]) == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_resolve_does_not_import_the_ledger_or_yaml(workspace, backend):
    # Resolving one question is a latency benchmark row (<= 1.3x `tracker show`): the file formats'
    # parsers are not its business.
    import os

    from typer.testing import CliRunner

    from tracker.cli.app import app

    CliRunner().invoke(app, ["log", "Will it?", "-p", "0.5", "--due", "2027-01-01", "-c", "c", "--id", "it"])
    # tracker.resolving in the list shows the resolution was recorded, not refused before reaching it.
    assert imported_by(["resolve", "it", "yes"], env=dict(os.environ),
                       heavy=["yaml", "tracker.ledger", "tracker.apply", "matplotlib", "numpy",
                              "tracker.resolving"]) == ["tracker.resolving"]
