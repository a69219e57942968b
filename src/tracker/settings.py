"""The settings of ``tracker.toml``: one table that drives validation, the generated file and the README.

Each setting is written once, in ``SETTINGS`` (name, default, help, type, check): ``read_config`` checks a
file against it (pydantic models built from it, unknown keys refused with the closest known one named),
``render_config`` writes the file ``tracker init`` makes, and ``markdown_table`` is the README's table (a
test compares the two). Checks that need the world (a time zone, a scale) run here too, so a mistake is one
line at start-up naming the key, not an error later in whatever module first uses the value.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError

MAX_DEPTH = 8  # a real tracker.toml nests 4 deep (remind.email.to = [...]); tomllib recurses per level


@dataclass(frozen=True)
class Setting:
    name: str  # "table.key"
    default: Any
    help: str
    type: Any = str
    check: Callable[[Any, Path | None], str | None] | None = None  # an error message, or None when fine
    example: str | None = None  # written commented out in a new tracker.toml; None: the default is
    written: bool = False  # written as a live line in a new tracker.toml

    @property
    def is_table(self) -> bool:
        """A table of its own (a channel's), whose keys the channel checks."""
        return getattr(self.type, "__origin__", None) is dict

    @property
    def table(self) -> str:
        return self.name.split(".")[0]

    @property
    def key(self) -> str:
        return self.name.split(".", 1)[1]


def _one_line(value: str, _root: Path | None) -> str | None:
    if not value.strip():
        return "must not be empty"
    from tracker.text_rules import check_strings

    try:
        check_strings(value, "setting")  # the same characters are refused here as in every record
    except ValueError as exc:
        return str(exc)
    return None


def _zone(value: str, _root: Path | None) -> str | None:
    from tracker.dates import zone

    try:
        zone(value)
    except ValueError as exc:
        return str(exc)
    return None


@cache
def _shipped_scales() -> frozenset[str]:
    """The shipped scales' names, read once per process (every start-up checks two settings against them,
    and a command reads tracker.toml more than once)."""
    shipped = Path(__file__).parent / "scales"
    # The shipped files' own top-level name line, not a YAML parse: this runs at every start-up.
    name_line = re.compile(r"^name:\s*['\"]?([^'\"\s#]+)", re.M)
    return frozenset(found.group(1) for path in shipped.glob("*.yaml")
                     if (found := name_line.search(path.read_text(encoding="utf-8"))))


def known_scales(root: Path | None) -> list[str]:
    """Scale names: the shipped ones and those in the workspace's ``scales/``."""
    names = set(_shipped_scales())
    if root is not None and (root / "scales").is_dir():
        from tracker.scales import load_scales  # reads YAML: only for a workspace that has its own scales

        names |= set(load_scales(root))
    return sorted(names)


def _scale(value: str, root: Path | None) -> str | None:
    names = known_scales(root)
    return None if value in names else f"unknown scale {value!r}{_did_you_mean(value, names)}; known: {', '.join(names)}"


def _days(value: int, _root: Path | None) -> str | None:
    return None if 1 <= value <= 365 else f"{value} is not a whole number of days (1-365)"


def _boolean(value: bool, _root: Path | None) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _channels(value: list[str], _root: Path | None) -> str | None:
    from tracker.remind.channels import CHANNELS

    if not value:
        return 'give at least one channel, e.g. ["terminal"]'
    for name in value:
        if name not in CHANNELS:
            return f"unknown channel {name!r}{_did_you_mean(name, CHANNELS)}; known: {', '.join(sorted(CHANNELS))}"
    return None


_CHANNEL_TABLE = "the {0} channel's own settings (see docs/reminders.md)"

SETTINGS: tuple[Setting, ...] = (
    Setting("tracker.database", None, "database URL; default: the SQLite file .tracker/tracker.db",
            check=_one_line, example="postgresql+psycopg://user@host/dbname"),
    Setting("tracker.forecaster", "me", "who predictions are from when --forecaster is not given",
            check=_one_line, written=True),
    Setting("tracker.timezone", "UTC", "IANA time zone dates are shown in and due dates are read in",
            check=_zone, written=True),
    Setting("tracker.scale", "lt-nta", "estimative scale of a phrase given without --scale (shipped, or in the "
            "workspace's scales/)", check=_scale, written=True),
    # Apart from tracker.scale on purpose: the scale a team logs its own words on says nothing about how an
    # unknown publisher wrote, and a document read on the wrong legend gets every probability wrong.
    Setting("tracker.extract_scale", "plain-reader", "scale `tracker extract` reads a document on when it prints "
            "no legend and names no publisher whose standard is known", check=_scale),
    Setting("remind.every_days", 7, "days between prompts for a question left unresolved after it fell due "
            "(1-365)", type=int, check=_days),
    Setting("remind.channels", ["terminal"], "where prompts go: terminal, email, webhook, desktop",
            type=list[str], check=_channels),
    *(Setting(f"remind.{name}", None, _CHANNEL_TABLE.format(name), type=dict[str, Any])
      for name in ("email", "webhook", "desktop", "terminal")),
    # A courtesy against anchoring, not a security boundary: members can read every table (docs/team-mode.md).
    Setting("team.hide_others_until_predicted", False, "hide others' forecasts on a question from a forecaster "
            "until they have predicted on it or it is resolved (list, show, export, web pages; not a security "
            "boundary, see docs/team-mode.md)", type=bool, check=_boolean),
    # Off by default: a team that reviews its forecast files in git wants the web to write them, not apply them.
    Setting("web.apply_drafts_in_team_mode", False, "in team mode (behind a proxy), let the extract review apply "
            "the file it writes; by default it writes it for review in git, or offers it for download "
            "(docs/web.md)", type=bool, check=_boolean),
)
TABLES = tuple(dict.fromkeys(setting.table for setting in SETTINGS))


def _did_you_mean(word: str, known) -> str:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


@cache
def _model():
    """The pydantic model of the whole file, built from SETTINGS: strict types, nothing unknown."""
    from typing import Optional

    from pydantic import ConfigDict, create_model

    config = ConfigDict(extra="forbid", strict=True)
    tables = {}
    for table in TABLES:
        fields = {s.key: (Optional[s.type], None) for s in SETTINGS if s.table == table}
        tables[table] = (Optional[create_model(f"{table}_table", __config__=config, **fields)], None)
    return create_model("tracker_toml", __config__=config, **tables)


def _plainly_valid(data: dict) -> bool:
    """Whether ``data`` has only known tables and settings, each of exactly the type ``_model`` wants.

    True only where the strict model would accept ``data`` too; anything else goes to the model, which
    says what is wrong. Building the model costs more than reading the file, and almost every
    tracker.toml is fine: this keeps the build off every command's start-up.
    """
    if type(data) is not dict:
        return False
    types = {setting.name: setting.type for setting in SETTINGS}
    for table, values in data.items():
        if table not in TABLES or type(values) is not dict:
            return False
        for key, value in values.items():
            wanted = types.get(f"{table}.{key}")
            if wanted is None or not _plainly_of(value, wanted):
                return False
    return True


def _plainly_of(value: Any, wanted: Any) -> bool:
    if wanted in (str, int, bool):
        return type(value) is wanted  # exactly: a bool is no int here, as in the strict model
    origin = getattr(wanted, "__origin__", None)
    if origin is list and wanted.__args__ == (str,):
        return type(value) is list and all(type(item) is str for item in value)
    if origin is dict and wanted.__args__ == (str, Any):
        return type(value) is dict and all(type(key) is str for key in value)
    return False  # a type this check does not know: the model decides


_TYPE_WORDS = {"string_type": "must be a string", "int_type": "must be a whole number",
               "bool_type": "must be true or false", "list_type": "must be a list",
               "model_type": "must be a table", "dict_type": "must be a table", "model_attributes_type":
               "must be a table"}


def _problem(error: dict) -> tuple[tuple, str]:
    """(where, message) of one pydantic error, in the words of tracker.toml."""
    loc = tuple(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        known = TABLES if len(loc) == 1 else [s.key for s in SETTINGS if s.table == loc[0]]
        kind = "table" if len(loc) == 1 else "setting"
        return loc, f"unknown {kind}{_did_you_mean(loc[-1], known)}"
    word = _TYPE_WORDS.get(error["type"], error["msg"])
    value = error.get("input")
    shown = f", not {value!r}" if isinstance(value, (str, int, float, bool)) and len(repr(value)) < 60 else ""
    return loc, word + shown


def _line_of(text: str, loc: tuple) -> int | None:
    """The line a setting is written on (``key =`` under its table, ``[a.b]``, or a dotted key), if found."""
    def dotted(name: str) -> list[str]:
        return name.replace(" ", "").replace('"', "").split(".")

    table: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if header := re.match(r"\[\[?\s*([^\]]+?)\s*\]", stripped):
            names = table = dotted(header.group(1))
        elif key := re.match(r'([\w.\-" ]+?)\s*=', stripped):
            names = [*table, *dotted(key.group(1))]
        else:
            continue
        if tuple(names[:len(loc)]) == loc:
            return number
    return None


def toml_too_deep(text: str, limit: int) -> int | None:
    """The 1-based line where brackets and dotted keys nest past ``limit`` (outside strings and comments)."""
    depth, header = 0, 0  # open brackets in values; dots of the current [table] header
    for number, line in enumerate(text.splitlines(), start=1):
        # Strings and comments cannot nest: blank them out (a multi-line string's inner lines look like
        # values, which only ever counts too much for absurd files).
        code = re.sub(r'"""|\'\'\'|"(?:[^"\\]|\\.)*"|\'[^\']*\'|#.*', '""', line)
        dots = len(re.findall(r"(?<!\d)\.|\.(?!\d)", code))
        if depth == 0 and code.lstrip().startswith("["):
            header = dots + 1
            if header > limit:
                return number
            continue
        for char in code:
            depth += (char in "[{") - (char in "]}")
            if header + dots + depth > limit:
                return number
        if header + dots + 1 > limit:
            return number
    return None


def read_config(path: Path, root: Path | None = None) -> dict[str, dict[str, Any]]:
    """The settings of the file at ``path`` by table and key, defaults filled in; a mistake raises one line."""
    import tomllib

    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM from a Windows editor is not a TOML error
    except (OSError, UnicodeDecodeError) as exc:
        raise TrackerError(f"{shown}: cannot be read ({type(exc).__name__}: {exc})") from None
    if line := toml_too_deep(text, MAX_DEPTH):
        raise TrackerError(f"{shown}:{line}: nested too deep for a settings file")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)|\(at end of document\)", str(exc))
        where = found.group(1) if found and found.group(1) else str(text.count("\n") + 1)
        message = str(exc)[:found.start()].strip() if found else str(exc)
        raise TrackerError(f"{shown}:{where}: not valid TOML ({message})") from None
    except RecursionError:  # the depth check above should make this unreachable; never a traceback
        raise TrackerError(f"{shown}: nested too deep for a settings file") from None
    return validate(data, shown, root, text)


def validate(data: dict, shown: str = "tracker.toml", root: Path | None = None, text: str = "") -> dict:
    from pydantic import ValidationError

    def fail(loc: tuple, message: str) -> TrackerError:
        # The line of the key itself, else of the nearest table or key above it (a list's item: its list).
        line = next(filter(None, (_line_of(text, loc[:n]) for n in range(len(loc), 0, -1))), None)
        return TrackerError(f"{shown}{f':{line}' if line else ''}: {'.'.join(loc)}: {message}")

    if not _plainly_valid(data):
        try:
            _model().model_validate(data)
        except ValidationError as exc:
            raise fail(*_problem(exc.errors()[0])) from None
    values = defaults()
    for setting in SETTINGS:
        given = data.get(setting.table, {})
        if setting.key in given:
            if setting.check and (message := setting.check(given[setting.key], root)):
                raise fail((setting.table, setting.key), message)
            values[setting.table][setting.key] = given[setting.key]
    return values


def defaults() -> dict[str, dict[str, Any]]:
    """Every setting at its default, by table and key: what a workspace without tracker.toml has."""
    values: dict[str, dict[str, Any]] = {table: {} for table in TABLES}
    for setting in SETTINGS:
        values[setting.table][setting.key] = copy.deepcopy(setting.default)  # a list per caller
    return values


def default(name: str) -> Any:
    """The default of the setting ``name`` ("table.key")."""
    return copy.deepcopy(next(s for s in SETTINGS if s.name == name).default)


def check(name: str, value: Any, root: Path | None = None) -> str | None:
    """The problem with ``value`` for the setting ``name`` (a command-line flag that sets it), or None."""
    setting = next(s for s in SETTINGS if s.name == name)
    return setting.check(value, root) if setting.check else None


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def render_config(**written: Any) -> str:
    """The tracker.toml ``tracker init`` makes: the ``written`` settings live, every other one commented."""
    lines = ["# tracker workspace settings; environment variables and command-line flags win over these.",
             "# Every setting is in the README's table; a misspelled one is an error."]
    for table in TABLES:
        # A table with nothing live stays commented out whole, so that a user's own [remind] appended
        # below does not declare it twice.
        live = any(s.written for s in SETTINGS if s.table == table)
        lines += ["", f"{'' if live else '# '}[{table}]"]
        for setting in (s for s in SETTINGS if s.table == table):
            if setting.is_table:
                lines.append(f"# [{setting.name}]: {setting.help}")
                continue
            value = written.get(setting.key, setting.default) if setting.written else (setting.example
                                                                                      or setting.default)
            # JSON's strings, numbers and lists are TOML's too.
            lines += [f"# {setting.help}",
                      f"{'' if setting.written else '# '}{setting.key} = {json.dumps(value, ensure_ascii=False)}"]
    return "\n".join(lines) + "\n"


def markdown_table() -> str:
    """The README's table of settings."""
    rows = ["| setting | default | what it does |", "|---|---|---|"]
    for setting in SETTINGS:
        default = "(a table)" if setting.is_table else (
            "(none)" if setting.default is None else f"`{json.dumps(setting.default)}`")
        rows.append(f"| `{setting.name}` | {default} | {setting.help} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
