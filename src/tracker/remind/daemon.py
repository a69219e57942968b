"""The reminder daemon: APScheduler runs one sweep job periodically until SIGINT or SIGTERM."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from datetime import datetime, timezone

from tracker.remind.sweep import Sweeper, stamp


def run_daemon(sweeper: Sweeper, every_seconds: float, log: Callable[[str], None] = print) -> None:
    """Sweep now and then every ``every_seconds``; one log line per sweep; stop cleanly on SIGINT/SIGTERM.

    One job, coalesced (missed runs collapse into one) and never run twice at once: a slow sweep delays
    the next instead of overlapping it.
    """
    from apscheduler.schedulers.blocking import BlockingScheduler

    scheduler = BlockingScheduler(timezone=timezone.utc)

    def job() -> None:
        try:
            result = sweeper.sweep()
            log(result.line(sweeper.clock(), sweeper.tz))
        except Exception as exc:  # noqa: BLE001 - a sweep that fails is logged and tried again next time
            log(f"{stamp(sweeper.clock(), sweeper.tz)} sweep failed: {type(exc).__name__}: {exc}")

    scheduler.add_job(job, "interval", seconds=every_seconds, id="sweep", coalesce=True, max_instances=1,
                      next_run_time=datetime.now(timezone.utc))

    def stop(signum, _frame) -> None:
        log(f"received {signal.Signals(signum).name}: stopping")
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    log(f"tracker remind: sweeping every {every_seconds:g} s with channels {', '.join(sweeper.channels)} "
        f"(owner {sweeper.owner})")
    scheduler.start()
    sys.stdout.flush()
