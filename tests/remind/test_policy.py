"""Prompt slots: at the due instant in the user's zone, then every N days at the same local time."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from tracker.errors import TrackerError
from tracker.remind.policy import RemindPolicy, current_slot, next_slot

VILNIUS = ZoneInfo("Europe/Vilnius")
UTC = timezone.utc


def at(*args):
    return datetime(*args, tzinfo=UTC)


def test_first_prompt_is_the_end_of_the_due_date_in_the_users_zone():
    # Due 20 March: decidable by the end of it; midnight after it in Vilnius is 22:00 UTC (winter time).
    assert current_slot(date(2026, 3, 20), VILNIUS, at(2026, 3, 20, 21, 59), 7) is None
    assert current_slot(date(2026, 3, 20), VILNIUS, at(2026, 3, 20, 22, 0), 7) == at(2026, 3, 20, 22, 0)
    assert next_slot(date(2026, 3, 20), VILNIUS, at(2026, 3, 1), 7) == at(2026, 3, 20, 22, 0)


def test_slots_keep_local_midnight_across_the_dst_change():
    # EU summer time starts 29 March 2026: local midnight becomes 21:00 UTC.
    due = date(2026, 3, 20)
    assert current_slot(due, VILNIUS, at(2026, 3, 27, 22, 0), 7) == at(2026, 3, 27, 22, 0)
    assert next_slot(due, VILNIUS, at(2026, 3, 27, 22, 0), 7) == at(2026, 4, 3, 21, 0)
    assert current_slot(due, VILNIUS, at(2026, 4, 3, 21, 0), 7) == at(2026, 4, 3, 21, 0)
    assert current_slot(due, VILNIUS, at(2026, 4, 3, 20, 59), 7) == at(2026, 3, 27, 22, 0)


def test_a_snooze_moves_the_slots():
    due = date(2026, 3, 1)
    snoozed = at(2026, 3, 10, 9, 0)
    assert current_slot(due, UTC, at(2026, 3, 9), 7, snoozed) is None
    assert current_slot(due, UTC, at(2026, 3, 12), 7, snoozed) == snoozed
    assert next_slot(due, UTC, at(2026, 3, 12), 7, snoozed) == at(2026, 3, 17, 9, 0)


def test_policy_from_tracker_toml():
    from tracker.settings import validate

    webhook = {"url": "https://example.org/x"}
    read = validate({"remind": {"every_days": 3, "channels": ["terminal", "webhook"], "webhook": webhook}})
    policy = RemindPolicy.from_settings(read["remind"])
    assert (policy.every_days, policy.channels, policy.config) == (3, ("terminal", "webhook"), {"webhook": webhook})
    assert RemindPolicy.from_settings(validate({})["remind"]).channels == ("terminal",)
    with pytest.raises(TrackerError, match=r"^tracker.toml: remind.every_days: 0 is not a whole number of days"):
        validate({"remind": {"every_days": 0}})
