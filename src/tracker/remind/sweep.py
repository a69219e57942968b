"""One sweep: turn the prompt slots that have come into reminders, send each once, record the outcome.

Exactly once: a reminder row is unique per (question, slot, channel), is claimed before its send, and
is marked sent after it. A failed send goes back to ``pending`` with its error and a later retry time
(backoff doubling from one minute to six hours); nothing is dropped. If the process dies between a send
and its mark, the claim expires after the lease and the prompt is sent again with the same delivery id,
so a receiver can drop the duplicate; marks are written at least every ``MARK_INTERVAL``, which bounds
that window.

Prompts are per channel. A question already prompted for its current slot is looked at again, for a
channel that lacks that prompt (one added to tracker.toml since, or one another daemon still running with
an older channel list did not have), on a sweeper's first sweep and then every ``PROBE_INTERVAL``: that
look costs an index probe per due question, which the sweeps in between (a minute apart) do not pay.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo

from tracker.dates import due_instant, today_in
from tracker.remind.channels import Channel, ChannelError, Prompt
from tracker.remind.policy import RemindPolicy, current_slot
from tracker.store import Store

LEASE = timedelta(minutes=10)
PROBE_INTERVAL = timedelta(minutes=10)
MARK_INTERVAL = 0.2  # seconds
MARK_BATCH = 5000  # the time bounds the duplicate window; this only bounds one UPDATE's IN list
FIRST_RETRY = timedelta(minutes=1)
LAST_RETRY = timedelta(hours=6)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def stamp(moment: datetime, tz: tzinfo) -> str:
    """A log line's time, in the workspace's zone to the second: ``2026-11-23 11:00:00 EET``."""
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S %Z")


def backoff(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failure."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LAST_RETRY)


@dataclass
class SweepResult:
    """What one sweep did."""

    created: int = 0
    sent: int = 0
    failed: int = 0
    cancelled: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self, now: datetime, tz: tzinfo = timezone.utc) -> str:
        """The log line of this sweep, stamped in the workspace's zone ``tz``."""
        text = (f"{stamp(now, tz)} sweep: {self.created} new prompt"
                f"{'s' if self.created != 1 else ''}, {self.sent} sent, {self.failed} failed, {self.cancelled} cancelled")
        return text + (f" (last error: {self.errors[-1]})" if self.errors else "")


class Sweeper:
    """Sweeps one store with a policy and channels; ``clock`` is injectable so tests drive time."""

    def __init__(self, store: Store, policy: RemindPolicy, channels: dict[str, Channel], tz: tzinfo,
                 clock: Callable[[], datetime] = utcnow, owner: str | None = None, lease: timedelta = LEASE,
                 batch: int = 10_000):
        self.store, self.policy, self.channels, self.tz, self.clock = store, policy, channels, tz, clock
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}"
        self.lease, self.batch = lease, batch
        self.probed_at: datetime | None = None  # when this sweeper last looked for prompts a channel lacks

    def sweep(self) -> SweepResult:
        """Create the prompts that are due, send them and any retries, and record what happened."""
        from tracker.store import reminders

        now = self.clock()
        result = SweepResult()
        probe = self.probed_at is None or now - self.probed_at >= PROBE_INTERVAL
        with self.store.write() as session:
            slots = self._new_slots(session, now, probe)
            claimed = reminders.create_prompts(session, slots, tuple(self.channels), now, self.owner)
            result.created = len(claimed)
        if probe:
            self.probed_at = now
        with self.store.write() as session:
            claimed += reminders.claim_prompts(session, now, self.owner, self.lease, self.batch)
        if claimed:
            self._deliver(claimed, now, result)
        return result

    def _new_slots(self, session, now: datetime, probe: bool) -> list[tuple[str, datetime]]:
        from tracker.store import reminders

        today = today_in(self.tz, now)
        # Many questions share a due date: compute each distinct slot once per sweep, and let the
        # database find the questions not yet prompted for theirs.
        slots = {}
        for due, every, snoozed in reminders.prompt_keys(session, today):
            slot = current_slot(due, self.tz, now, every or self.policy.every_days, snoozed)
            if slot is not None:
                slots[(due, every, snoozed)] = slot
        channels = tuple(self.channels) if probe else None
        return reminders.unprompted(session, today, slots, channels) if slots else []

    def _deliver(self, claimed: list, now: datetime, result: SweepResult) -> None:
        from tracker.store import reminders

        prompts, cancelled = self._prompts(claimed, now)
        if cancelled:
            with self.store.write() as session:
                reminders.mark_cancelled(session, cancelled)
            result.cancelled = len(cancelled)
        done: list[int] = []
        last_mark = time.monotonic()
        for row, prompt in prompts:
            channel = self.channels.get(row.channel)
            try:
                if channel is None:
                    raise ChannelError(f"channel {row.channel!r} is not configured any more")
                channel.send(prompt)
            except ChannelError as exc:
                with self.store.write() as session:
                    reminders.mark_failed(session, row.id, str(exc), self.clock() + backoff(row.attempts + 1))
                result.failed += 1
                result.errors.append(f"{row.channel}: {exc}")
                continue
            done.append(row.id)
            if len(done) >= MARK_BATCH or time.monotonic() - last_mark > MARK_INTERVAL:
                self._mark(done, result)
                done, last_mark = [], time.monotonic()
        self._mark(done, result)

    def _mark(self, ids: list[int], result: SweepResult) -> None:
        from tracker.store import reminders

        if ids:
            with self.store.write() as session:
                reminders.mark_sent(session, ids, self.clock())
            result.sent += len(ids)

    def _prompts(self, claimed: list, now: datetime) -> tuple[list[tuple], list[int]]:
        """The prompt for each claimed reminder; reminders of questions resolved meanwhile are cancelled."""
        from tracker.domain import prediction_text
        from tracker.store import listing

        with self.store.read() as session:
            latest = listing.latest_predictions(session, list({row.question_id for row in claimed}))
        prompts, cancelled = [], []
        overdue: dict = {}  # by due date: many prompts share one
        for row in claimed:
            if row.question_status != "open":
                cancelled.append(row.id)
                continue
            forecast = latest.get(row.question_id)
            described = prediction_text(forecast) if forecast else None
            outcomes = "|".join((*(row.outcomes if row.kind == "choice" else ("yes", "no")), "ambiguous", "annulled"))
            if row.due not in overdue:
                overdue[row.due] = max((now - due_instant(row.due, self.tz)).days, 0)
            prompts.append((row, Prompt(  # positional, in Prompt's field order: ten thousand per sweep
                row.delivery_id, row.question_id, row.text, row.criteria, row.due, row.slot,
                f"{described} by {forecast.forecaster} ({forecast.made_at.astimezone(self.tz).date()})"
                if forecast else None,
                row.source_quote, f"tracker resolve {row.question_id} {outcomes} --evidence URL",
                overdue[row.due], row.attempts + 1)))
        return prompts, cancelled
