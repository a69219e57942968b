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

    banner: bool = True

    def open(self, create: bool = True):
        """(workspace, store), opened once per command; without ``create`` a missing SQLite file is an error."""
        if self._opened is None:
            from tracker.api import open_workspace

            self._opened = open_workspace(self.workspace, self.database_url, create=create)
            if self.banner and _wants_banner():
                self._overdue_banner()
        return self._opened

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
        return self.open()[0].settings

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
