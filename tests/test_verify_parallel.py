"""`verify` with the predictions hashed by worker processes (tracker.chain_walk_parallel) names the same first
problem as the walk in one process, wherever the tampered record falls among the workers' ranges."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from tracker import api, chain_walk_parallel
from tracker.errors import TrackerError
from tests.test_verify import tamper

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
WORKERS = 3


def chain(store):
    """Four questions (a version, a prediction each), five more predictions on each, one resolution."""
    for q in "abcd":
        api.log_forecast(store, text=f"Will {q}?", criteria="c", due="2026-06-01", forecaster="ana",
                         probability=0.5, question_id=q, now=T0)
        for i in range(5):
            api.update_forecast(store, q, forecaster="bo", probability=0.1 + i / 10, now=T0 + timedelta(hours=i + 1))
    api.resolve_question(store, "a", "yes", resolver="ana", now=T0 + timedelta(days=1))


def prediction_seqs(store) -> list[int]:
    with store.engine.connect() as connection:
        return [row[0] for row in connection.execute(text("SELECT seq FROM prediction ORDER BY seq"))]


def both(store, monkeypatch):
    """(report walked in-process, report with WORKERS workers), the workers checked to have been used."""
    monkeypatch.setenv("TRACKER_VERIFY_WORKERS", "0")
    alone = api.verify(store)
    started = []
    original = chain_walk_parallel.Suspects.__init__
    monkeypatch.setattr(chain_walk_parallel.Suspects, "__init__",
                        lambda self, *args: (started.append(args[1]), original(self, *args))[1])
    monkeypatch.setenv("TRACKER_VERIFY_WORKERS", str(WORKERS))
    split = api.verify(store)
    assert started == [WORKERS]
    return alone, split


def ranges(store) -> list[list[int]]:
    """The prediction seqs of each worker, as chain_walk_parallel splits them (by seq, evenly)."""
    seqs = prediction_seqs(store)
    step = -(-(seqs[-1] - (seqs[0] - 1)) // WORKERS)
    return [[s for s in seqs if seqs[0] - 1 + k * step < s <= seqs[0] - 1 + (k + 1) * step] for k in range(WORKERS)]


def test_an_untouched_chain_gives_the_same_report(store, monkeypatch):
    chain(store)
    alone, split = both(store, monkeypatch)
    assert split == alone
    assert (split.intact, split.records) == (True, 4 * 7 + 1)  # 4 versions, 24 predictions, 1 resolution


@pytest.mark.parametrize("where", ["first range", "second range", "last range", "boundary", "last record"])
def test_an_altered_prediction_is_named_wherever_it_falls(store, monkeypatch, where):
    chain(store)
    parts = ranges(store)
    assert all(parts)  # every worker has predictions to hash
    seq = {"first range": parts[0][1], "second range": parts[1][2], "last range": parts[2][1],
           "boundary": parts[1][0], "last record": prediction_seqs(store)[-1]}[where]
    tamper(store, f"UPDATE prediction SET rationale = 'forged' WHERE seq = {seq}")
    alone, split = both(store, monkeypatch)
    assert split == alone
    assert split.seq == seq and split.problem.startswith(f"prediction #{seq} (")
    assert split.problem.endswith("was altered: its content no longer matches its hash")


def test_the_earliest_of_two_problems_wins(store, monkeypatch):
    chain(store)
    seqs = prediction_seqs(store)
    early, late = seqs[2], seqs[-3]
    # An altered record (found by a worker) before a removed one (found by the walk): the altered one is named.
    tamper(store, f"UPDATE prediction SET probability = 0.99 WHERE seq = {early}",
           f"DELETE FROM prediction WHERE seq = {late}")
    alone, split = both(store, monkeypatch)
    assert split == alone and split.seq == early and "was altered" in split.problem


def test_a_link_problem_before_an_altered_record_wins(store, monkeypatch):
    chain(store)
    seqs = prediction_seqs(store)
    early, late = seqs[2], seqs[-3]
    tamper(store, f"DELETE FROM prediction WHERE seq = {early}",
           f"UPDATE prediction SET probability = 0.99 WHERE seq = {late}")
    alone, split = both(store, monkeypatch)
    assert split == alone
    assert split.problem == f"record #{early} was removed (the chain jumps from #{early - 1} to #{early + 1})"


def test_a_worker_that_cannot_start_has_its_range_hashed_in_process(store, monkeypatch):
    chain(store)
    seq = ranges(store)[1][1]
    tamper(store, f"UPDATE prediction SET forecaster = 'eve' WHERE seq = {seq}")
    monkeypatch.setattr(chain_walk_parallel.Suspects, "_start", lambda self, part: None)
    monkeypatch.setenv("TRACKER_VERIFY_WORKERS", str(WORKERS))
    assert api.verify(store).seq == seq


def test_small_chains_are_walked_in_process_unless_told(monkeypatch):
    monkeypatch.delenv("TRACKER_VERIFY_WORKERS", raising=False)
    assert chain_walk_parallel.workers(chain_walk_parallel.PARALLEL_FROM - 1) == 0
    monkeypatch.setattr(chain_walk_parallel.os, "cpu_count", lambda: 1)
    assert chain_walk_parallel.workers(10 ** 6) == 0
    monkeypatch.setenv("TRACKER_VERIFY_WORKERS", "2")
    assert chain_walk_parallel.workers(5) == 2


@pytest.mark.parametrize("value", ["two", "-1", "99"])
def test_a_bad_worker_setting_is_named(monkeypatch, value):
    monkeypatch.setenv("TRACKER_VERIFY_WORKERS", value)
    with pytest.raises(TrackerError, match=f"^TRACKER_VERIFY_WORKERS='{value}': give 0"):
        chain_walk_parallel.workers(10)
