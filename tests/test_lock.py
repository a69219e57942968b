"""The lock files agree with pyproject.toml: every dependency pinned once per platform, within its range,
with hashes; the demo's lock a subset of the tests' lock at the same versions; this environment matches."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^ ;\\]+)(?: ; ([^\\]+?))? *\\?$")


def pins(name: str) -> dict[str, list[tuple[str, str | None, int]]]:
    """Package -> [(version, marker, number of hashes)] from one lock file."""
    found: dict[str, list[tuple[str, str | None, int]]] = {}
    current = None
    for line in (ROOT / "requirements" / name).read_text().splitlines():
        if match := PIN.match(line):
            current = [match.group(2), match.group(3), 0]
            found.setdefault(canonicalize_name(match.group(1)), []).append(current)
        elif "--hash=sha256:" in line and current is not None:
            current[2] += 1
    return {key: [tuple(item) for item in value] for key, value in found.items()}


def here(entries):
    """The one pin of a package that applies to this interpreter and platform."""
    chosen = [version for version, marker, _ in entries if marker is None or Marker(marker).evaluate()]
    assert len(chosen) <= 1, entries
    return chosen[0] if chosen else None


def project():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [Requirement(r) for r in data["dependencies"]], [Requirement(r) for r in
                                                            data["optional-dependencies"]["test"]]


@pytest.mark.parametrize("lock,with_test", [("run.txt", False), ("test.txt", True)])
def test_every_dependency_is_pinned_within_its_range_with_hashes(lock, with_test):
    locked = pins(lock)
    runtime, test = project()
    for requirement in runtime + (test if with_test else []):
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement.name} is not in requirements/{lock}: run ./scripts/lock"
        version = here(locked[name])
        assert version is not None, (name, locked[name])
        assert requirement.specifier.contains(version, prereleases=True), \
            f"requirements/{lock} pins {name}=={version}, outside pyproject's {requirement.specifier}"
    for name, entries in locked.items():
        assert all(hashes >= 1 for _, _, hashes in entries), f"{name} has no hash in requirements/{lock}"
    assert "setuptools" in locked, "the build backend is locked too (installs use --no-build-isolation)"


def test_the_demo_gets_the_versions_the_tests_ran_with():
    run, test = pins("run.txt"), pins("test.txt")
    assert len(run) >= 30 and len(test) > len(run), "the lock files were not read"
    for name, entries in run.items():
        assert here(entries) == here(test[name]), name


def test_this_environment_is_the_lock():
    """What scripts/test installed is what the lock says (a drifted .venv would test something else)."""
    for name, entries in pins("test.txt").items():
        version = here(entries)
        if version is None:
            continue
        assert metadata.version(name) == version, f"{name} {metadata.version(name)} installed, {version} locked"
