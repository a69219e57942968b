"""The store's modules form no import circle and stay small; migrations never import live store code.

A circle hides which module owns a piece of behaviour and makes import order matter; the usual escape (an
import inside a function) only hides the circle, so imports at any depth count here. Migrations run against
old databases for years: one importing today's store code could break an upgrade when that code changes.
"""

from __future__ import annotations

import ast
from pathlib import Path

import tracker

SOURCE = Path(tracker.__file__).parent
STORE = SOURCE / "store"
LONGEST_MODULE = 300
# A column type whose stored form is part of the schema: it must never change, so migrations may share it.
FROZEN_FOR_MIGRATIONS = {"tracker.store.types"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """Every tracker module `path` imports, at module level or inside any function or class."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                # `from tracker.store import cells` imports the submodule, not the package's __init__
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {module for module in found if module in known and module != name}


def import_graph(root: Path) -> dict[str, set[str]]:
    paths = sorted(root.rglob("*.py"))
    known = {module_name(path) for path in paths}
    return {module_name(path): imported_modules(path, known) for path in paths}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle per strongly connected component of more than one module (Tarjan), shown as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [circle_through(graph, set(component)) for component in components]


def circle_through(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest circle inside one strongly connected component, so the message names a real path."""
    start = min(component)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & component):
                if target == start:
                    return paths[node] + [start]
                if target not in paths:
                    paths[target] = paths[node] + [target]
                    following.append(target)
        frontier = following
    raise AssertionError(f"no circle through {start}")


def test_cycle_finder_names_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_inside_functions_count(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "one.py").write_text("def f():\n    from pkg.two import g\n")
    (package / "two.py").write_text("from pkg import one\n")
    known = {"pkg.one", "pkg.two", "pkg"}
    global SOURCE
    saved, SOURCE = SOURCE, tmp_path
    try:
        assert imported_modules(package / "one.py", known) == {"pkg.two"}
        assert imported_modules(package / "two.py", known) == {"pkg.one"}
    finally:
        SOURCE = saved


def test_no_import_circle_in_store():
    graph = import_graph(SOURCE)
    store = {name: targets for name, targets in graph.items() if name.startswith("tracker.store")}
    found = cycles(store)
    assert not found, "import circles in tracker.store: " + "; ".join(" -> ".join(c) for c in found)


def test_no_import_circle_anywhere_in_tracker():
    # Data flows one way (cli/web -> api -> store/extract -> domain -> scoring): a circle anywhere means a
    # module reaching back up, however deep inside a function the import is.
    found = cycles(import_graph(SOURCE))
    assert not found, "import circles: " + "; ".join(" -> ".join(c) for c in found)


def test_no_store_module_over_300_lines():
    long = {
        str(path.relative_to(SOURCE.parent)): count
        for path in STORE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > LONGEST_MODULE
    }
    assert not long, f"store modules over {LONGEST_MODULE} lines: {long}"


def test_migrations_import_no_live_store_code():
    graph = import_graph(SOURCE)
    live = {
        name: sorted(target for target in targets if target.startswith("tracker.") and ".migrations" not in target
            and target not in FROZEN_FOR_MIGRATIONS)
        for name, targets in graph.items()
        if ".migrations.versions." in name
    }
    offending = {name: targets for name, targets in live.items() if targets}
    assert not offending, f"migrations importing live tracker modules: {offending}"
