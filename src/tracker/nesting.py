"""How deep a JSON or YAML text nests, counted in one flat pass before any parser sees it.

Why not ask the parser: json's decoder and PyYAML's composer recurse once per level, so a file nested
100,000 deep exhausts the stack, and each PyYAML release stops deep input at a different point with
different wording (6.0.4's scanner refuses deep flow nesting before yielding a single event). A
ledger file is a few levels deep, so the check only has to be exact where a parser would descend:
every collection a parser would open is counted here at least once, in the same order.

Both counters return the 1-based line where nesting first passes ``limit``, or None.
"""

from __future__ import annotations

import re

# A JSON string (escapes skipped whole) or a bracket; anything else cannot change the depth.
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.S)


def json_too_deep(text: str, limit: int) -> int | None:
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > limit:
                return text.count("\n", 0, match.start()) + 1
        elif char in "]}":
            depth -= 1
    return None


_BLANK = " \t\r\n\ufeff"
_FLOW_PLAIN_END = ",[]{}"


class _YamlDepth:
    """A line-by-line reading of YAML's structure: block collections by indentation, flow collections by
    brackets, and the scalars (quoted, plain, block) whose contents must not be mistaken for either."""

    def __init__(self, limit: int):
        self.limit = limit
        self.blocks: list[tuple[int, str]] = []  # (column, "seq" or "map") of the open block collections
        self.flow = 0  # open flow collections
        self.quote = ""  # an open quoted scalar continued on the next line
        self.node_start = True  # in flow context: the next character may begin a node
        self.plain_parent: int | None = None  # a block plain scalar may continue on lines indented past this
        self.literal_parent: int | None = None  # inside a block scalar (| or >) of this parent column
        self.literal_indent: int | None = None  # its content indentation, once known
        self.literal_blank = 0  # the widest blank line before its first content line
        self.line_no = 0

    def too_deep(self, text: str) -> int | None:
        for self.line_no, line in enumerate(text.split("\n"), start=1):
            if self._line(line.rstrip("\r")):
                return self.line_no
        return None

    # -- depth -------------------------------------------------------------------------------------
    def _open_block(self, column: int, kind: str) -> bool:
        self.blocks.append((column, kind))
        return len(self.blocks) + self.flow > self.limit

    def _open_flow(self) -> bool:
        self.flow += 1
        return len(self.blocks) + self.flow > self.limit

    # -- lines -------------------------------------------------------------------------------------
    def _line(self, line: str) -> bool:
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if self.literal_parent is not None:
            if not stripped.strip(_BLANK):
                self.literal_blank = max(self.literal_blank, indent)
                return False
            if self.literal_indent is None:
                self.literal_indent = max(indent, self.literal_blank, self.literal_parent + 1, 1)
            if indent >= self.literal_indent:
                return False
            self.literal_parent = self.literal_indent = None
        if self.quote:
            return self._inline(line)
        if self.flow:
            return self._flow(line, 0)
        if not stripped.strip(_BLANK) or stripped.startswith("#"):
            return False
        if stripped.startswith(("---", "...")) and (len(stripped) == 3 or stripped[3] in _BLANK):
            self.blocks.clear()
            self.plain_parent = None
            return self._node(line, indent + 3, indent, plain_parent=-1)
        if stripped.startswith("%") and indent == 0:
            return False
        if self.plain_parent is not None and indent > self.plain_parent:
            return self._plain_continued(line, indent)
        self.plain_parent = None
        while self.blocks and self.blocks[-1][0] > indent:
            self.blocks.pop()
        return self._entry(line, indent)

    def _parent(self) -> int:
        return self.blocks[-1][0] if self.blocks else -1

    def _entry(self, line: str, column: int) -> bool:
        """A block line's node at ``column``: sequence entries, a key, then its value."""
        rest = line[column:]
        if not rest.startswith(("- ", "-\t")) and rest != "-" and self.blocks[-2:-1] == [(column, "map")] \
                and self.blocks[-1] == (column, "seq"):
            self.blocks.pop()  # that indentless sequence has ended; its mapping goes on
        if rest and rest[0] in "-?:" and (len(rest) == 1 or rest[1] in _BLANK):
            kind = "seq" if rest[0] == "-" else "map"
            top = self.blocks[-1] if self.blocks else None
            # a sequence may sit at its parent mapping's own column ("key:" then "- item")
            if (top is None or top[0] < column or (top[0] == column and top[1] != kind)) \
                    and self._open_block(column, kind):
                return True
            inner = column + 1
            while inner < len(line) and line[inner] == " ":
                inner += 1
            if inner >= len(line) or line[inner] == "#":
                return False
            # "- - x" and "- key: v" open a collection at the inner column, as a line at that indent would
            return self._entry(line, inner)
        if _has_key(line, column):
            if (not self.blocks or self.blocks[-1][0] < column) and self._open_block(column, "map"):
                return True
        return self._node(line, column, column, plain_parent=self._parent())

    def _node(self, line: str, start: int, parent: int, plain_parent: int) -> bool:
        """Read from ``start``: a key (quoted or plain) and ':' , then the value that follows."""
        i = _skip_props(line, start)
        if i >= len(line):
            return False
        char = line[i]
        if char == "#" and (i == 0 or line[i - 1] in _BLANK):
            return False
        if char in "[{":
            return self._flow(line, i)
        if char in "-?" and (i + 1 == len(line) or line[i + 1] in _BLANK):
            return self._entry(line, i)  # "? - a" / ": - b": a block collection inside an explicit entry
        if char in "|>":
            self.literal_parent = self._parent()
            self.literal_indent = _literal_indent(line[i + 1:], self.literal_parent)
            self.literal_blank = 0
            return False
        if char in "'\"":
            self.quote = char
            end = _quote_end(line, i + 1, char)
            if end is None:
                return False
            self.quote = ""
            i = end
        else:
            i = _plain_end(line, i)
            if i >= len(line) or line[i] == "#":
                self.plain_parent = plain_parent
                return False
        return self._node_after_scalar(line, i, parent, plain_parent)

    def _plain_continued(self, line: str, indent: int) -> bool:
        i = _plain_end(line, indent)
        if i < len(line) and line[i] != "#":
            # "key: value" inside a continued scalar is an error to the parser, which stops there.
            self.plain_parent = None
        return False

    def _inline(self, line: str) -> bool:
        """The rest of a quoted scalar begun on an earlier line, then what follows it."""
        end = _quote_end(line, 0, self.quote)
        if end is None:
            return False
        self.quote = ""
        if self.flow:
            self.node_start = False
            return self._flow(line, end)
        return self._node_after_scalar(line, end, self._parent(), self._parent())

    def _node_after_scalar(self, line: str, i: int, parent: int, plain_parent: int) -> bool:
        """After a scalar or flow collection that may be a key: ':' and its value on the same line."""
        while i < len(line) and line[i] in " \t":
            i += 1
        if i < len(line) and line[i] == ":" and (i + 1 == len(line) or line[i + 1] in _BLANK):
            return self._node(line, i + 1, parent, plain_parent)
        return False

    def _flow(self, line: str, i: int) -> bool:
        """Flow context: every bracket outside a quoted scalar opens or closes a collection."""
        n = len(line)
        while i < n:
            char = line[i]
            if char in "[{":
                if self._open_flow():
                    return True
                self.node_start = True
            elif char in "]}":
                self.flow = max(self.flow - 1, 0)
                self.node_start = False
                if not self.flow:
                    return self._node_after_scalar(line, i + 1, self._parent(), self._parent())
            elif char == ",":
                self.node_start = True
            elif char in "?:" and (i + 1 == n or line[i + 1] in _BLANK + _FLOW_PLAIN_END):
                self.node_start = True
            elif char == "#" and (i == 0 or line[i - 1] in _BLANK):
                return False
            elif char in "'\"" and self.node_start:
                self.quote = char
                end = _quote_end(line, i + 1, char)
                if end is None:
                    return False
                self.quote = ""
                self.node_start = False
                i = end
                continue
            elif char not in _BLANK:
                if char not in "&!" or not self.node_start:
                    self.node_start = False
                else:
                    i = _skip_props(line, i)
                    continue
            i += 1
        return False


def _has_key(line: str, i: int) -> bool:
    """Whether the node at ``i`` is a simple key followed by ': ' on this line."""
    i = _skip_props(line, i)
    if i < len(line) and line[i] in "'\"":
        end = _quote_end(line, i + 1, line[i])
        if end is None:
            return False
        i = end
        while i < len(line) and line[i] in " \t":
            i += 1
        return i < len(line) and line[i] == ":" and (i + 1 == len(line) or line[i + 1] in _BLANK)
    if i < len(line) and line[i] in "[{|>#":
        return False
    end = _plain_end(line, i)
    return end < len(line) and line[end] == ":"


def _plain_end(line: str, i: int) -> int:
    """Where a block plain scalar starting at ``i`` ends: at ': ', ' #' or the end of the line."""
    n = len(line)
    while i < n:
        char = line[i]
        if char == ":" and (i + 1 == n or line[i + 1] in _BLANK):
            return i
        if char == "#" and i > 0 and line[i - 1] in " \t":
            return i
        i += 1
    return n


def _quote_end(line: str, i: int, quote: str) -> int | None:
    """The index after the closing quote, or None when the scalar goes on to the next line."""
    n = len(line)
    while i < n:
        char = line[i]
        if quote == '"' and char == "\\":
            i += 2
            continue
        if char == quote:
            if quote == "'" and i + 1 < n and line[i + 1] == "'":
                i += 2
                continue
            return i + 1
        i += 1
    return None


def _skip_props(line: str, i: int) -> int:
    """Skip blanks, anchors (&a) and tags (!t, !!str) before a node. A bracket always stops the skip: if
    a parser reads it as part of a tag, counting it too is only cautious."""
    n = len(line)
    while i < n:
        while i < n and line[i] in " \t":
            i += 1
        if i < n and line[i] in "&!":
            anchor = line[i] == "&"
            i += 1
            while i < n and line[i] not in " \t[]{}," and (not anchor or line[i].isalnum() or line[i] in "-_"):
                i += 1
            continue
        break
    return i


def _literal_indent(header: str, parent: int) -> int | None:
    """A block scalar's indentation when its header states it (| 2), else None: its first line decides."""
    digits = [c for c in header.split("#", 1)[0] if c.isdigit()]
    return max(parent + 1, 1) + int(digits[0]) - 1 if digits else None


def yaml_too_deep(text: str, limit: int) -> int | None:
    return _YamlDepth(limit).too_deep(text)
