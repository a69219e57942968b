"""The one switch for all state: a workspace folder and a database URL.

The workspace comes from ``--workspace`` / ``TRACKER_WORKSPACE``, else the nearest folder upwards that
holds ``tracker.toml``. The database comes from ``--db`` / ``TRACKER_DATABASE_URL``, else the
``database`` setting of ``tracker.toml``, else the SQLite file ``.tracker/tracker.db`` in the workspace.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import TrackerError

CONFIG_NAME = "tracker.toml"
STATE_DIR = ".tracker"
FOLDERS = ("forecasts", "resolutions", "reports")


@dataclass(frozen=True)
class Settings:
    """What ``tracker.toml`` says, with defaults for what it does not (both from ``tracker.settings``)."""

    forecaster: str
    timezone: str
    scale: str
    extract_scale: str
    database: str | None
    remind: dict  # [remind]: every_days, channels, and each channel's table as written (None if absent)
    hide_others_until_predicted: bool = False  # [team]: others' forecasts hidden until you predict (tracker.team)


@dataclass(frozen=True)
class Workspace:
    """A workspace folder, its settings and the database URL in force."""

    root: Path
    settings: Settings
    database_url: str
    has_config: bool

    @property
    def forecasts_dir(self) -> Path:
        return self.root / "forecasts"

    @property
    def resolutions_dir(self) -> Path:
        return self.root / "resolutions"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``tracker.toml``."""
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def read_settings(root: Path) -> Settings:
    """Read and check ``tracker.toml`` in ``root``; any mistake is a one-line error naming file, line and key."""
    from tracker.settings import defaults, read_config

    path = root / CONFIG_NAME
    values = read_config(path, root) if path.is_file() else defaults()
    return Settings(**values["tracker"], remind=values["remind"],
                    hide_others_until_predicted=values["team"]["hide_others_until_predicted"])


def resolve_workspace(workspace: str | os.PathLike | None = None, database_url: str | None = None,
                      *, require: bool = True) -> Workspace:
    """Find the workspace and database from flags, then environment, then ``tracker.toml``.

    With ``require`` and no workspace to be found (and no database URL given), raise a TrackerError
    that says how to make one, instead of silently creating a database in a random folder.
    """
    chosen = workspace or os.environ.get("TRACKER_WORKSPACE") or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        if not root.is_dir():
            raise TrackerError(f"workspace {root} does not exist (create it with: tracker init {chosen})")
    else:
        root = find_root(Path.cwd()) or Path.cwd()
    has_config = (root / CONFIG_NAME).is_file()
    settings = read_settings(root)
    url = database_url or os.environ.get("TRACKER_DATABASE_URL") or settings.database
    if not url:
        if require and not has_config:
            raise TrackerError(
                f"no tracker workspace at {root} (make one with `tracker init`, or pass --workspace or --db)"
            )
        url = f"sqlite:///{root / STATE_DIR / 'tracker.db'}"
    return Workspace(root=root, settings=settings, database_url=url, has_config=has_config)


def init_workspace(root: Path, *, forecaster: str = "me", timezone: str = "UTC") -> list[Path]:
    """Create a workspace in ``root``; return what was created (nothing existing is overwritten)."""
    created: list[Path] = []
    root.mkdir(parents=True, exist_ok=True)
    config = root / CONFIG_NAME
    if not config.exists():
        from tracker.settings import render_config

        config.write_text(render_config(forecaster=forecaster, timezone=timezone), encoding="utf-8")
        created.append(config)
    for name in (*FOLDERS, STATE_DIR):
        folder = root / name
        if not folder.exists():
            folder.mkdir()
            created.append(folder)
    ignore = root / STATE_DIR / ".gitignore"
    if not ignore.exists():
        # A .gitignore inside the state folder keeps it out of git without touching the user's own.
        ignore.write_text("*\n", encoding="utf-8")
        created.append(ignore)
    return created
