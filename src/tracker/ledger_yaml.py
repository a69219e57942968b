"""Reading one ledger file safely: YAML (or JSON) into mappings and lists that remember their lines.

The safe loader is narrowed for forecast files: no tags beyond plain YAML, no anchors or aliases, no
duplicate keys, ``1:3`` stays text (odds, not a base-60 number), and YAML 1.1's boolean words stay the
words written (``outcomes: [no, on, off]`` are outcome names). Problems come back as LedgerError values.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tracker.errors import LedgerError
from tracker.nesting import json_too_deep, yaml_too_deep

MAX_FILE_BYTES = 64 * 1024 * 1024
#: Ledger files are a few levels deep; anything near this is an attack or an accident, and deeper
#: nesting would exhaust the recursion of the YAML composer (or crash libyaml's C one).
MAX_DEPTH = 64
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A mapping that remembers the line of itself and of each key."""

    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines: dict = {}


class LineList(list):
    """A list that remembers the line of itself and of each item."""

    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines: list[int] = []


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader (C parser when present), building LineDict/LineList and refusing duplicate keys."""


class _ValueProblem(yaml.constructor.ConstructorError):
    """A scalar YAML could parse but tracker cannot hold (an impossible date, a number of 5,000 digits)."""


class BoolText(str):
    """A YAML 1.1 boolean word (yes, no, on, off, true, false) kept as the text written.

    Outcome names (``outcomes: [no, on]``, ``outcome: yes``, probabilities' keys) and other text are
    words, not booleans; the one boolean field (a resolution's ``correction``) reads ``truth``.
    """

    @property
    def truth(self) -> bool:
        return self.lower() in ("yes", "true", "on", "y")


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) or key is None:
            raise yaml.constructor.ConstructorError(None, None, "keys must be plain words", key_node.start_mark)
        if key in mapping:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader, node):
    items = LineList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    items.lines = [child.start_mark.line + 1 for child in node.value]
    return items


def _construct_timestamp(loader, node):
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        # Kept as the text written: the field reading it then names itself and says what is wrong,
        # and the file's other problems are still reported (a parse error would hide them).
        return loader.construct_scalar(node)


def _construct_int(loader, node):
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:
        # Python refuses to read integers of more than 4,300 digits (a denial-of-service guard).
        raise _ValueProblem(None, None, f"a number of {len(node.value):,} digits is too long to read",
                            node.start_mark) from None


def _construct_bool(loader, node):
    return BoolText(loader.construct_scalar(node))


# YAML 1.1 reads 1:3 as a base-60 number (63); in a forecast file it can only mean odds. Drop the
# sexagesimal int and float forms so such a value stays text and is read as odds.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"""^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$""", re.X), list("-+0123456789"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:float", re.compile(r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$""", re.X), list("-+0123456789."))
_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


def read_document(path: Path) -> tuple[object, LedgerError | None]:
    """Parse one YAML or JSON file safely into LineDict/LineList values."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, LedgerError(name, None, None, f"file is larger than {MAX_FILE_BYTES // 2**20} MiB")
        raw = path.read_bytes()
    except OSError as exc:
        return None, LedgerError(name, None, None, exc.strerror or str(exc))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, LedgerError(name, line, None, f"not UTF-8 text (byte {raw[exc.start]:#x})")
    if not text.strip():
        return None, LedgerError(name, None, None, "file is empty: expected questions or resolutions")
    is_json = path.suffix.lower() == ".json"
    # Counted by hand before any parser runs: parsers recurse per level and stop deep input at
    # version-dependent limits with version-dependent words (tracker.nesting says more).
    if too_deep := (json_too_deep if is_json else yaml_too_deep)(text, MAX_DEPTH):
        return None, LedgerError(name, too_deep, None, f"nested more than {MAX_DEPTH} levels deep")
    if is_json:
        try:
            json.loads(text)  # strict JSON first, so a JSON file is held to JSON's rules
        except json.JSONDecodeError as exc:
            return None, LedgerError(name, exc.lineno, None, f"broken JSON: {exc.msg}")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, LedgerError(name, None, None, "file is empty: expected questions or resolutions")
        if alias_line := _first_alias(node):
            return None, LedgerError(name, alias_line, None, "YAML anchors and aliases are not allowed")
        return loader.construct_document(node), None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        if "could not determine a constructor" in problem:
            tag = re.search(r"'([^']*)'", problem)
            return None, LedgerError(name, line, None, f"tag {tag.group(1) if tag else problem!r} is not allowed "
                                                       "(only plain YAML is read)")
        if isinstance(exc, _ValueProblem):
            return None, LedgerError(name, line, None, problem)
        # A .json file passed JSON's own parser first; what YAML still refuses (a duplicate key) is
        # a problem of the JSON the user wrote.
        return None, LedgerError(name, line, None, f"broken {'JSON' if is_json else 'YAML'}: {problem}")
    except yaml.YAMLError as exc:
        return None, LedgerError(name, None, None, f"broken {'JSON' if is_json else 'YAML'}: {exc}")
    finally:
        loader.dispose()


def _first_alias(root) -> int | None:
    # An alias is the same node object reached twice; refusing them makes "billion laughs" harmless.
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return node.start_mark.line + 1
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None
