"""What every command shares: the state switch (workspace and database) and the output helpers."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any


@dataclass
class CliState:
    """The global options, and the workspace and store opened from them on first use."""

    workspace: str | None = None
    database_url: str | None = None
    _opened: Any = field(default=None, repr=False)
    _found: Any = field(default=None, repr=False)

    banner: bool = True

    def open(self, create: bool = True):
        """(workspace, store), opened once per command.

        Without ``create`` (commands that only read) a missing SQLite file is an error; with it (commands
        that write) the file may be new, but its folder must exist, unless it is the workspace's own
        ``.tracker`` folder: a mistyped --db path must not grow folders and an empty store.
        """
        if self._opened is None:
            from tracker.api import open_workspace

            _refuse_a_file(self.workspace)
            if create:
                _require_folder(self.found())
            self._opened = open_workspace(self.workspace, self.database_url, create=create)
            if self.banner and _wants_banner():
                self._overdue_banner()
        return self._opened

    def found(self):
        """The workspace (root, settings, database URL), found without opening the database."""
        if self._found is None:
            from tracker.api import resolve_workspace

            _refuse_a_file(self.workspace)
            self._found = resolve_workspace(self.workspace, self.database_url)
        return self._found

    def _overdue_banner(self) -> None:
        """One line on stderr when questions wait to be resolved (people only: scripts get clean output)."""
        from tracker.api import overdue_count

        workspace, store = self._opened
        count = overdue_count(store, timezone_name=workspace.settings.timezone)
        if count:
            plural = "s are" if count != 1 else " is"
            print(f"tracker: {count} question{plural} overdue for resolution (tracker due; tracker resolve --due)",
                  file=sys.stderr)

    @property
    def existing_store(self):
        """The store, for commands that only read: they never create a database."""
        return self.open(create=False)[1]

    @property
    def settings(self):
        # Reading a setting must not open, let alone create, the database (`list` only reads it).
        return self._opened[0].settings if self._opened is not None else self.found().settings

    @property
    def store(self):
        return self.open()[1]

    def zone(self):
        from tracker.dates import zone

        try:
            return zone(self.settings.timezone)
        except ValueError as exc:
            from tracker.errors import TrackerError

            raise TrackerError(f"tracker.toml: timezone: {exc}") from None


def _refuse_a_file(workspace: str | None) -> None:
    """A workspace that names a file: say so (the library says only that no such workspace exists,
    which sends the user looking for a folder that is not missing)."""
    import os
    from pathlib import Path

    chosen = workspace or os.environ.get("TRACKER_WORKSPACE") or None
    if chosen and Path(chosen).expanduser().is_file():
        from tracker.errors import TrackerError

        raise TrackerError(f"workspace {Path(chosen).expanduser().resolve()} is a file, not a folder (a workspace is "
                           "the folder that holds tracker.toml)")


def given_name(value: str | None, flag: str) -> str | None:
    """A name typed for ``flag`` (forecaster, resolver), or None when the flag was not given.

    An empty or blank value is refused: falling back to the default would record someone else."""
    if value is not None and not value.strip():
        from tracker.errors import InputError

        raise InputError(flag, "is empty: give a name, or leave the flag out for the one in tracker.toml")
    return value


def _require_folder(found) -> None:
    from pathlib import Path

    from tracker.errors import TrackerError
    from tracker.store.engine import sqlite_file
    from tracker.workspace import STATE_DIR

    path = sqlite_file(found.database_url)
    if path is None or path.parent.is_dir() or path.parent == Path(found.root) / STATE_DIR:
        return
    raise TrackerError(f"no folder {path.parent} for the database {path.name} (create the folder, or check "
                       "--db / TRACKER_DATABASE_URL)")


def did_you_mean(word: str, choices) -> str:
    """`` (did you mean fatebook?)`` for the choice closest to a misspelled ``word``, or '' when none is close."""
    import difflib

    near = difflib.get_close_matches(word.strip().lower(), list(choices), n=1, cutoff=0.6)
    return f" (did you mean {near[0]}?)" if near else ""


def _wants_banner() -> bool:
    import os

    setting = os.environ.get("TRACKER_BANNER")
    return setting == "1" if setting is not None else sys.stderr.isatty()


def print_json(value: Any) -> None:
    """Print domain records (or plain values holding them) as JSON with the records' own field names."""
    import json

    print(json.dumps(to_plain(value), indent=2, ensure_ascii=False))


def to_plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def console():
    """A Rich console on stdout (width from the terminal, or COLUMNS when not a terminal)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False, file=sys.stdout)
