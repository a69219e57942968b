"""`tracker verify`: recompute the tamper-evident chain and name the first record that does not fit;
then check what is derived from it and the triggers that guard both.

The walk is tracker.chain_walk's: a record edited behind tracker's back no longer matches its hash; a
removed one leaves a gap in ``seq`` (or the chain ends short of its head); one inserted or moved breaks the
link to its predecessor. The tables scoring reads (the question rows against their latest versions, status
and outcome, standing forecasts, score cells, relative Brier) are recomputed from the records and compared
(store.versions, store.derived_check); the database's triggers are compared with those tracker installed
(store.guards).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select

from tracker.chain_walk import (COLUMNS, PREDICTION_COLUMNS, RESOLUTION_COLUMNS, TABLES,  # noqa: F401 (re-exported)
                                VERSION_COLUMNS, ChainReport, _record_at, prediction, resolution, version, walk_chain)
from tracker.store import Store
from tracker.store.tables import ChainHeadRow


def check_anchors(session, anchors) -> tuple[list[str], list[str]]:
    """(problems, notes): each anchor whose record is gone or differs; anchors of another chain."""
    problems, notes = [], []
    first = _record_at(session, 1)
    head = session.execute(select(ChainHeadRow.seq)).scalar() or 0
    for anchor in anchors:
        if anchor.first and first is not None and anchor.first != first.hash:
            notes.append(f"{anchor.source} belongs to another chain (its first record is {anchor.first[:12]}…, "
                         f"this chain's is {first.hash[:12]}…): not checked")
            continue
        record = _record_at(session, anchor.seq)
        if record is None:
            problems.append(f"{anchor.source} says #{anchor.seq} is {anchor.hash[:12]}…, but the chain ends at "
                            f"#{min(head, anchor.seq - 1)}: records were removed")
        elif record.hash != anchor.hash:
            problems.append(f"{anchor.source} says #{anchor.seq} is {anchor.hash[:12]}…, but #{anchor.seq} is now "
                            f"{record.hash[:12]}…: the chain was rewritten before this anchor")
    return problems, notes


def verify_chain(store: Store, *, derived: bool = True, anchors=(), since=None) -> ChainReport:
    """The chain walked from its first record (or from the anchor ``since``), checked against
    ``anchors``, then (with ``derived``, and not ``since``) triggers and derived tables."""
    from dataclasses import replace

    from tracker.store.guards import problems

    with store.read() as session:
        if store.dialect == "postgresql":  # the walk sees one snapshot, whatever is written meanwhile
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        bad, notes = check_anchors(session, anchors)
        extended = len(anchors) - len(notes)  # every note so far is an anchor of another chain
        if since is not None:
            broken = [line for lines in check_anchors(session, [since]) for line in lines]
            record = _record_at(session, since.seq)
            if broken or record is None:
                return ChainReport(0, broken[0] if broken else f"{since.source}: no record #{since.seq}", since.seq,
                                   anchors=tuple(bad), anchors_checked=extended, notes=tuple(notes), since=since.seq)
            # The anchored record itself is checked too: the walk starts from the hash it follows.
            report = walk_chain(session, start=(since.seq - 1, record.prev_hash))
            skipped = f"records up to #{since.seq - 1} and " if since.seq > 1 else ""
            report = replace(report, since=since.seq, anchors_checked=extended,
                             triggers=tuple(problems(session.connection())),
                             notes=(*notes, f"{skipped}the derived tables were not checked (tracker verify "
                                            "without --since-anchor checks them)"))
        elif not derived:
            return replace(walk_chain(session), anchors=tuple(bad), anchors_checked=extended, notes=tuple(notes))
        else:
            # The derived tables are checked meanwhile, on a connection and snapshot of their own: the walk
            # is Python, the checks mostly the database's own work (the driver lets go of the GIL meanwhile).
            # Each snapshot is consistent, and every tracker write keeps both in step, so they need not be one.
            pool = ThreadPoolExecutor(1) if _apart(store) else None
            checked = []
            try:
                report = replace(walk_chain(session, meanwhile=lambda: pool and checked.append(
                    pool.submit(_derived_differences, store, False))), anchors=tuple(bad),
                    anchors_checked=extended, notes=tuple(notes))
                triggers = tuple(problems(session.connection()))
                if checked:
                    # The time-averaged Brier after the walk, not beside it: its stream is Python holding
                    # the GIL, which the walk's thread then waited for at each switch (1,000,000
                    # predictions, a busy machine: 40 s against 14 s without it). After the walk it runs
                    # while the other checks still do (quiet machine: 12.1 s against 12.0 s without it).
                    from tracker.store.derived_check import time_averaged_differences

                    averaged = time_averaged_differences(session)
                    found = (*checked[0].result(), *averaged)
                else:
                    found = _derived_differences(session)
            finally:
                if pool:
                    pool.shutdown()
            return replace(report, triggers=triggers, derived=found)
        return report


def _apart(store: Store) -> bool:
    """Whether a second connection sees the same database (not so for an in-memory SQLite one)."""
    url = store.engine.url
    return url.get_backend_name() != "sqlite" or url.database not in (None, "", ":memory:")


def _derived_differences(source, time_averaged: bool = True) -> tuple[str, ...]:
    from tracker.store import versions
    from tracker.store.derived_check import differences

    # Question rows first: they are derived from the versions, and the other tables from them.
    if not isinstance(source, Store):
        return (*versions.differences(source)[0], *differences(source, time_averaged=time_averaged).named())
    with source.read() as session:
        if source.dialect == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return (*versions.differences(session)[0], *differences(session, time_averaged=time_averaged).named())


def repair_derived(store: Store) -> list[str]:
    """Rebuild the derived tables from the chain (refused while the chain itself is broken: rebuilding
    from forged records would launder them). One line per table repaired."""
    from tracker.errors import TrackerError
    from tracker.store.derived_check import repair

    report = verify_chain(store, derived=False)
    if not report.chain_intact:
        raise TrackerError(f"the chain is broken ({report.problem}): the derived tables are not rebuilt "
                           "from it; restore the database from a backup or an export")
    from tracker.store import versions
    from tracker.store.versions import follow_version

    with store.write() as session:
        lines, stale = versions.differences(session)
        for version in stale:
            follow_version(session, version)
        repaired = [f"question rows: {len(stale)} rewritten from their latest version"] if stale else []
        return repaired + repair(session)


def anchor_head(store: Store, anchors=()):
    """The chain's head as an Anchor, after checking the whole chain and ``anchors`` (a broken chain is
    never anchored)."""
    from tracker.anchors import Anchor, now_text
    from tracker.errors import TrackerError

    report = verify_chain(store, derived=False, anchors=anchors)
    if not report.chain_intact or report.anchors:
        raise TrackerError(f"the chain is broken ({report.problem or report.anchors[0]}): it is not anchored")
    if not report.head or report.head[0] == 0:
        raise TrackerError("nothing is recorded yet: there is no chain to anchor")
    with store.read() as session:
        first = _record_at(session, 1)
    return Anchor(report.head[0], report.head[1], first.hash, now_text())
