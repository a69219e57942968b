"""What `verify` found different in the derived tables, per table: shared by the checks of
tracker.store.derived_check and tracker.store.relative_check, and read by --repair-derived."""

from __future__ import annotations

from dataclasses import dataclass, field

LIMIT = 20  # differences named per table; the rest are counted


@dataclass
class Differences:
    """What differs, per derived table, and the keys a repair must rebuild."""

    lines: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    questions: dict[str, dict] = field(default_factory=dict)  # id: state from the chain, where it differs
    questions_checked: bool = False  # whether ``questions`` is known (check_standing needs it)
    standing: dict[tuple[str, str], dict | None] = field(default_factory=dict)  # None: no prediction behind it

    def add(self, table: str, line: str) -> None:
        self.counts[table] = self.counts.get(table, 0) + 1
        if self.counts[table] <= LIMIT:
            self.lines.setdefault(table, []).append(line)

    def named(self) -> list[str]:
        """One line per difference (at most LIMIT per table, then how many more)."""
        out = []
        for table, lines in self.lines.items():
            out += lines
            if self.counts[table] > len(lines):
                out.append(f"... and {self.counts[table] - len(lines)} more differences in {table}")
        return out

    def __bool__(self) -> bool:
        return bool(self.counts)


def pair(key: tuple) -> str:
    return f"({', '.join(key)})"


def shown(value) -> str:
    return "none" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)
