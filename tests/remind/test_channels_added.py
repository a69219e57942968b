"""Prompts are tracked per channel: a channel added to tracker.toml after a prompt went out gets the
outstanding prompt once, and the channels that already had it do not get it again."""

from datetime import date, datetime, timezone

from tracker import api
from tracker.remind.policy import RemindPolicy
from tracker.remind.sweep import PROBE_INTERVAL, Sweeper

UTC = timezone.utc
T0 = datetime(2026, 1, 1, tzinfo=UTC)


class Collector:
    available = True

    def __init__(self, name):
        self.name, self.sent = name, []

    def send(self, prompt):
        self.sent.append((prompt.question_id, prompt.slot))


def sweeper(store, channels, clock):
    return Sweeper(store, RemindPolicy(channels=tuple(channels)), channels, UTC, clock=clock, owner="test")


def test_a_channel_added_later_gets_the_outstanding_prompts_once(store):
    for question_id, due in (("early", date(2026, 2, 1)), ("late", date(2026, 2, 5)), ("future", date(2026, 3, 1))):
        api.log_forecast(store, text=f"Will {question_id}?", criteria="c", due=due, forecaster="ana",
                         probability=0.6, question_id=question_id, now=T0)
    now = [datetime(2026, 2, 6, 12, tzinfo=UTC)]
    terminal, webhook = Collector("terminal"), Collector("webhook")
    first = sweeper(store, {"terminal": terminal}, lambda: now[0]).sweep()
    assert (first.created, first.sent) == (2, 2)

    both = sweeper(store, {"terminal": terminal, "webhook": webhook}, lambda: now[0])
    added = both.sweep()
    assert (added.created, added.sent) == (2, 2)
    assert sorted(q for q, _ in webhook.sent) == ["early", "late"]
    assert len(terminal.sent) == 2  # not sent again
    assert both.sweep().created == 0  # and the new channel gets each prompt once

    # An old daemon still running without the new channel makes the next slot first: the new channel's
    # daemon sends it there, once, at its next look for missing prompts (every PROBE_INTERVAL).
    now[0] = datetime(2026, 2, 8, 23, 59, tzinfo=UTC)
    assert both.sweep().created == 0
    now[0] = datetime(2026, 2, 9, tzinfo=UTC)  # early's second slot (every 7 days from 2026-02-02)
    assert sweeper(store, {"terminal": terminal}, lambda: now[0]).sweep().sent == 1
    now[0] += PROBE_INTERVAL / 2
    assert both.sweep().created == 0
    now[0] += PROBE_INTERVAL / 2
    again = both.sweep()
    assert (again.created, again.sent) == (1, 1)
    assert webhook.sent[-1] == ("early", datetime(2026, 2, 9, tzinfo=UTC))
    assert [q for q, _ in terminal.sent].count("early") == 2
    assert both.sweep().created == 0


def test_a_prompt_dates_the_latest_forecast_in_the_workspace_zone(store):
    from zoneinfo import ZoneInfo

    # 23:30 UTC on 1 January is already 2 January in Vilnius, where the forecaster made it.
    api.log_forecast(store, text="Will it?", criteria="c", due=date(2026, 2, 1), forecaster="ana",
                     probability=0.6, question_id="q", now=datetime(2026, 1, 1, 23, 30, tzinfo=UTC))
    seen = []

    class Keeper(Collector):
        def send(self, prompt):
            seen.append(prompt)

    vilnius = ZoneInfo("Europe/Vilnius")
    keeper = Keeper("terminal")
    Sweeper(store, RemindPolicy(), {"terminal": keeper}, vilnius, clock=lambda: datetime(2026, 2, 3, tzinfo=UTC),
            owner="test").sweep()
    assert [prompt.latest for prompt in seen] == ["60% by ana (2026-01-02)"]
