"""Anchors: the chain's head (seq, hash, and the hash of record #1) written down outside the database.

Whoever owns the database can truncate the chain, or rewrite it and recompute every hash after the
change; nothing inside the database can show that. A copy of the head kept elsewhere can: an anchor file
committed to git, or the one line `tracker anchor` prints pasted into a message. `verify` checks that the
record at each anchor's seq still carries the anchor's hash, so removing or rewriting any record up to
an anchor is found; records after the newest anchor are only as safe as the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from tracker.errors import InputError, TrackerError

ANCHORS_DIR = "anchors"
_LINE = re.compile(r"^tracker-anchor #(\d+) ([0-9a-f]{64})(?: ([0-9a-f]{64}))?(?: (\S+))?$")
_PAIR = re.compile(r"^#?(\d+):([0-9a-f]{64})$")


@dataclass(frozen=True)
class Anchor:
    """The record at ``seq`` had hash ``hash``; ``first`` is record #1's hash (which chain it is)."""

    seq: int
    hash: str
    first: str | None = None
    at: str | None = None
    source: str = "the anchor"

    def line(self) -> str:
        return f"tracker-anchor #{self.seq} {self.hash} {self.first} {self.at}"

    def text(self) -> str:
        return (f"# The head of a tracker chain. Commit this file; paste the line below anywhere you keep notes:\n"
                f"# {self.line()}\nseq: {self.seq}\nhash: {self.hash}\nfirst: {self.first}\nat: {self.at}\n")


def now_text() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def write(root: Path, anchor: Anchor) -> Path:
    folder = root / ANCHORS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{anchor.seq:012d}-{anchor.hash[:12]}.yaml"
    path.write_text(anchor.text(), encoding="utf-8")
    return path


def read_file(path: Path, shown: str | None = None) -> Anchor:
    """An anchor file; a mistake is one line naming the file and line."""
    shown = shown or str(path)
    values: dict[str, tuple[int, str]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise TrackerError(f"{shown}: cannot read the anchor ({exc.__class__.__name__})") from None
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition(":")
            values[key.strip()] = (number, value.strip())
    for key in ("seq", "hash"):
        if key not in values:
            raise TrackerError(f"{shown}: {key}: missing (an anchor names a seq and a hash)")
    number, seq = values["seq"]
    if not _is_record_number(seq):
        raise TrackerError(f"{shown}:{number}: seq: {seq!r} is not a record number")
    number, digest = values["hash"]
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise TrackerError(f"{shown}:{number}: hash: not a SHA-256 in hex")
    first = values.get("first", (0, None))[1]
    return Anchor(int(seq), digest, first if first and first != "None" else None,
                  values.get("at", (0, None))[1], shown)


def in_workspace(root: Path) -> list[Anchor]:
    """Every anchor under ``root/anchors``, oldest (lowest seq) first."""
    folder = root / ANCHORS_DIR
    if not folder.is_dir():
        return []
    found = [read_file(path, f"{ANCHORS_DIR}/{path.name}") for path in sorted(folder.glob("*.yaml"))]
    return sorted(found, key=lambda anchor: anchor.seq)


def parse(reference: str, root: Path | None) -> Anchor:
    """An anchor given on the command line: a file, a pasted `tracker-anchor` line, or SEQ:HASH;
    ``latest`` is the newest anchor in the workspace."""
    reference = reference.strip()
    if reference == "latest":
        anchors = in_workspace(root) if root else []
        if not anchors:
            raise InputError("--since-anchor", f"no anchors in {root / ANCHORS_DIR if root else 'the workspace'} "
                                               "(tracker anchor writes one)")
        return anchors[-1]
    match = _LINE.match(reference) or _PAIR.match(reference)
    if match and not _is_record_number(match[1]):
        raise InputError("--since-anchor", f"#{match[1][:20]} is not a record number")
    if match and match.re is _LINE:
        return Anchor(int(match[1]), match[2], match[3], match[4], "the pasted anchor")
    if match:
        return Anchor(int(match[1]), match[2], None, None, f"anchor #{match[1]}")
    path = Path(reference).expanduser()
    if path.is_file():
        return read_file(path)
    raise InputError("--since-anchor", f"{reference!r} is not an anchor (give a file, a pasted "
                                       "`tracker-anchor #SEQ HASH ...` line, SEQ:HASH, or latest)")


def _is_record_number(text: str) -> bool:
    """Records are numbered from 1, and a database integer holds up to 2**63 - 1."""
    return text.isdigit() and 1 <= int(text) < 2**63
