"""When a question is prompted: at its due instant in the user's zone, then every N days until resolved.

A snooze moves the next prompt; the slots then run from the end of the snooze. Slots are computed,
not stored, so every daemon computes the same slot for the same question at the same time, and the
reminder table's unique (question, slot, channel) makes each prompt once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo

from tracker.dates import due_instant
from tracker.settings import default

DEFAULT_EVERY_DAYS = default("remind.every_days")
DEFAULT_CHANNELS = tuple(default("remind.channels"))


@dataclass(frozen=True)
class RemindPolicy:
    """The workspace's reminder settings (``[remind]`` in tracker.toml)."""

    every_days: int = DEFAULT_EVERY_DAYS
    channels: tuple[str, ...] = DEFAULT_CHANNELS
    config: dict = field(default_factory=dict)

    @classmethod
    def from_settings(cls, remind: dict) -> RemindPolicy:
        """From ``[remind]`` as tracker.settings read and checked it: intervals, channels, channel tables."""
        tables = {name: table for name, table in remind.items() if isinstance(table, dict)}
        return cls(every_days=remind["every_days"], channels=tuple(remind["channels"]), config=tables)


def _slots(due: date, tz: tzinfo, snoozed_until: datetime | None):
    """(local wall-clock start, zone): slots fall at the same local time every N days, across DST."""
    start = due_instant(due, tz)
    if snoozed_until is not None and snoozed_until > start:
        start = snoozed_until
    return start.astimezone(tz).replace(tzinfo=None), start


def _at(local_start: datetime, k: int, every_days: int, tz: tzinfo) -> datetime:
    return (local_start + timedelta(days=k * every_days)).replace(tzinfo=tz).astimezone(timezone.utc)


def current_slot(due: date, tz: tzinfo, now: datetime, every_days: int,
                 snoozed_until: datetime | None = None) -> datetime | None:
    """The latest prompt slot at or before ``now`` (UTC), or None when none has come yet."""
    local_start, start = _slots(due, tz, snoozed_until)
    if now < start:
        return None
    k = int((now - start) / timedelta(days=every_days))
    # A DST shift moves local slots by an hour against UTC arithmetic: settle on the right one.
    while _at(local_start, k + 1, every_days, tz) <= now:
        k += 1
    while k > 0 and _at(local_start, k, every_days, tz) > now:
        k -= 1
    return _at(local_start, k, every_days, tz)


def next_slot(due: date, tz: tzinfo, now: datetime, every_days: int,
              snoozed_until: datetime | None = None) -> datetime:
    """The first prompt slot after ``now``."""
    local_start, start = _slots(due, tz, snoozed_until)
    if now < start:
        return start
    current = current_slot(due, tz, now, every_days, snoozed_until)
    k = round((current.astimezone(tz).replace(tzinfo=None) - local_start) / timedelta(days=every_days))
    return _at(local_start, k + 1, every_days, tz)
