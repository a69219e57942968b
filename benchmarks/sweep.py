"""The reminder sweep at scale: 1,000,000 open questions of which 10,000 are due, measured in one run.

    python benchmarks/sweep.py [--db PATH] [--rebuild]

Prints the first sweep (claims 10,000 new prompts and sends them to a channel that discards them) next
to an executemany insert of 10,000 rows into the same reminder table, committed (target: <= 3x), and a second sweep
with nothing new to send next to the indexed SELECT of the due rows alone (target: <= 2x).
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

QUESTIONS = 1_000_000
DUE = 10_000
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


class Discard:
    """A channel that accepts every prompt and does nothing with it."""

    name = "discard"
    available = True

    def send(self, prompt) -> None:
        pass


def build(db: Path) -> None:
    from sqlalchemy import insert

    from tracker.store import connect
    from tracker.store.tables import QuestionRow

    store = connect(f"sqlite:///{db}")
    created = datetime(2026, 1, 1, tzinfo=timezone.utc)
    batch = 50_000
    for start in range(0, QUESTIONS, batch):
        rows = []
        for i in range(start, start + batch):
            # The first DUE questions fell due in May; the rest are due over the next years.
            due = date(2026, 5, 1) + timedelta(days=i % 28) if i < DUE else date(2026, 7, 1) + timedelta(days=i % 900)
            rows.append({"id": f"q{i:07d}", "text": f"Will event {i} happen?", "criteria": "Two sources.",
                         "kind": "binary", "outcomes": [], "due": due, "created_at": created, "status": "open",
                         "recorded_at": created})
        with store.write() as session:
            session.execute(insert(QuestionRow), rows)
        print(f"\r  built {start + batch:,} questions", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    with store.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "tracker-bench-sweep.db")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild or not args.db.exists():
        args.db.unlink(missing_ok=True)
        print(f"building {args.db} ({QUESTIONS:,} open questions, {DUE:,} due)...", file=sys.stderr)
        build(args.db)
    from tracker.store import connect

    connect(f"sqlite:///{args.db}").close()  # a database built by an older tracker is upgraded once
    work = args.db.with_suffix(".run.db")
    shutil.copy(args.db, work)  # every run starts with no reminders

    from sqlalchemy import insert, text

    from tracker.dates import today_in
    from tracker.remind.policy import RemindPolicy
    from tracker.remind.sweep import Sweeper
    from tracker.store.reminders import due_questions
    from tracker.store.tables import ReminderRow

    store = connect(f"sqlite:///{work}")
    sweeper = Sweeper(store, RemindPolicy(channels=("discard",)), {"discard": Discard()}, timezone.utc,
                      clock=lambda: NOW, owner="bench")

    # Floor 1: executemany of 10,000 reminder rows into the same table, committed (what the sweep's rows
    # are too); then deleted, untimed, so that the sweep starts from an empty table.
    rows = [{"question_id": f"q{i:07d}", "slot": NOW, "channel": "floor", "delivery_id": uuid.uuid4().hex,
             "status": "sent", "attempts": 1, "next_attempt_at": NOW} for i in range(DUE)]
    with store.engine.connect() as connection:
        gc.collect()  # before each timed step: none pays for the garbage of the one before
        start = time.perf_counter()
        with connection.begin():
            connection.execute(insert(ReminderRow), rows)
        insert_time = time.perf_counter() - start
        with connection.begin():
            connection.execute(text("DELETE FROM reminder WHERE channel = 'floor'"))

    gc.collect()
    start = time.perf_counter()
    first = sweeper.sweep()
    first_time = time.perf_counter() - start
    assert first.created == DUE and first.sent == DUE, first

    # Floor 2: the indexed SELECT of the due rows alone.
    with store.read() as session:
        gc.collect()
        start = time.perf_counter()
        due = due_questions(session, today_in(timezone.utc, NOW))
        select_time = time.perf_counter() - start
        plan = " / ".join(r[3] for r in session.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM question WHERE status = 'open' AND due < '2026-06-01'")))
    assert len(due) == DUE

    gc.collect()
    start = time.perf_counter()
    second = sweeper.sweep()
    second_time = time.perf_counter() - start
    assert second.created == 0 and second.sent == 0, second
    store.close()
    work.unlink()

    print(f"{'work':62} {'time':>8} {'ratio':>6} {'target':>7}")
    print(f"{'first sweep: 10,000 new prompts claimed and sent (discarded)':62} {first_time:7.3f}s")
    print(f"{'  floor: executemany insert of 10,000 reminder rows':62} {insert_time:7.3f}s "
          f"{first_time / insert_time:6.2f} {'<= 3':>7} {'ok' if first_time <= 3 * insert_time else 'MISSED'}")
    print(f"{'second sweep: nothing new':62} {second_time:7.3f}s")
    print(f"{'  floor: indexed SELECT of the 10,000 due rows':62} {select_time:7.3f}s "
          f"{second_time / select_time:6.2f} {'<= 2':>7} {'ok' if second_time <= 2 * select_time else 'MISSED'}")
    print(f"due-rows query plan: {plan}")


if __name__ == "__main__":
    main()
