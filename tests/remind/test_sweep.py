"""The sweep on a real store and real loopback servers, with the clock driven by the test."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from webhook_receiver import Receiver

from tracker import api
from tracker.remind.channels import build_channels
from tracker.remind.policy import RemindPolicy
from tracker.remind.sweep import Sweeper

UTC = timezone.utc
T0 = datetime(2026, 1, 1, tzinfo=UTC)


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


def sweeper(store, receiver, clock, tz=UTC, every=7):
    policy = RemindPolicy(every_days=every, channels=("webhook",), config={"webhook": {"url": receiver.url,
                                                                                       "timeout": 5}})
    channels = build_channels(["webhook"], policy.config, {})
    return Sweeper(store, policy, channels, tz, clock=clock, owner="test")


def log(store, question_id, due, **extra):
    return api.log_forecast(store, text=f"Will {question_id} happen?", criteria="c", due=due, forecaster="ana",
                            probability=0.6, question_id=question_id, now=T0, **extra)


def test_prompts_at_the_due_instant_then_every_n_days_until_resolved(store, receiver):
    log(store, "q", date(2026, 2, 1))
    clock = Clock(datetime(2026, 2, 1, 23, 59, tzinfo=UTC))
    sweep = sweeper(store, receiver, clock)
    assert sweep.sweep().created == 0
    clock.now = datetime(2026, 2, 2, 0, 0, tzinfo=UTC)
    assert (sweep.sweep().sent, sweep.sweep().sent) == (1, 0)
    clock.now += timedelta(days=6)
    assert sweep.sweep().sent == 0
    clock.now += timedelta(days=1)
    assert sweep.sweep().sent == 1
    api.resolve_question(store, "q", "yes", resolver="ana", now=clock.now)
    clock.now += timedelta(days=30)
    assert sweep.sweep().sent == 0
    assert [d["question_id"] for d in receiver.deliveries] == ["q", "q"]
    first = receiver.deliveries[0]
    assert first["slot"].startswith("2026-02-02T00:00:00")
    assert "tracker resolve q yes|no|ambiguous|annulled" in first["resolve_command"]
    assert first["text"] and first["question"] == "Will q happen?"


def test_a_long_downtime_sends_one_prompt_not_a_burst(store, receiver):
    log(store, "q", date(2026, 2, 1))
    assert sweeper(store, receiver, Clock(datetime(2026, 6, 1, tzinfo=UTC))).sweep().sent == 1


def test_due_dates_in_a_non_utc_zone_across_dst(store, receiver):
    vilnius = ZoneInfo("Europe/Vilnius")
    log(store, "q", date(2026, 3, 20))
    clock = Clock(datetime(2026, 3, 20, 21, 59, tzinfo=UTC))
    sweep = sweeper(store, receiver, clock, tz=vilnius)
    assert sweep.sweep().sent == 0
    clock.now = datetime(2026, 3, 20, 22, 0, tzinfo=UTC)
    assert sweep.sweep().sent == 1
    clock.now = datetime(2026, 4, 3, 20, 59, tzinfo=UTC)  # summer time: next slot 21:00 UTC
    assert sweep.sweep().sent == 1  # the 27 March slot, missed while "down"
    clock.now = datetime(2026, 4, 3, 21, 0, tzinfo=UTC)
    assert sweep.sweep().sent == 1
    assert [d["slot"][:16] for d in receiver.deliveries] == ["2026-03-20T22:00", "2026-03-27T22:00",
                                                              "2026-04-03T21:00"]


def test_a_failed_send_is_retried_with_backoff_and_arrives_once(store, receiver):
    log(store, "q", date(2026, 2, 1))
    clock = Clock(datetime(2026, 2, 2, tzinfo=UTC))
    sweep = sweeper(store, receiver, clock)
    receiver.failing = True
    first = sweep.sweep()
    assert (first.created, first.sent, first.failed) == (1, 0, 1)
    assert "HTTP 500" in first.errors[0]
    receiver.failing = False
    assert sweep.sweep().sent == 0  # backoff: not yet
    clock.now += timedelta(minutes=1)
    assert sweep.sweep().sent == 1
    clock.now += timedelta(hours=1)
    assert sweep.sweep().sent == 0
    assert len(receiver.deliveries) == 1 and receiver.deliveries[0]["attempt"] == 2


def test_snooze_moves_the_next_prompt(store, receiver):
    log(store, "q", date(2026, 2, 1))
    api.snooze_question(store, "q", datetime(2026, 2, 10, tzinfo=UTC))
    clock = Clock(datetime(2026, 2, 5, tzinfo=UTC))
    sweep = sweeper(store, receiver, clock)
    assert sweep.sweep().sent == 0
    clock.now = datetime(2026, 2, 10, tzinfo=UTC)
    assert sweep.sweep().sent == 1


def test_a_question_annulled_by_its_condition_is_not_prompted(store, receiver):
    log(store, "war", date(2026, 3, 1))
    log(store, "sanctions", date(2026, 2, 1), condition=("war", "yes"))
    api.resolve_question(store, "war", "no", resolver="ana", now=T0 + timedelta(days=1))
    assert sweeper(store, receiver, Clock(datetime(2026, 4, 1, tzinfo=UTC))).sweep().sent == 0


def test_prompts_resolved_before_sending_are_cancelled(store, receiver):
    log(store, "q", date(2026, 2, 1))
    clock = Clock(datetime(2026, 2, 2, tzinfo=UTC))
    sweep = sweeper(store, receiver, clock)
    receiver.failing = True
    sweep.sweep()
    api.resolve_question(store, "q", "no", resolver="ana", now=clock.now)
    receiver.failing = False
    clock.now += timedelta(hours=1)
    assert (sweep.sweep().cancelled, receiver.deliveries) == (1, [])


class Failing:
    """A channel that fails its first send: the sweep then also records a failure and claims a retry."""

    name = "flaky"
    available = True

    def __init__(self):
        self.calls = 0

    def send(self, prompt):
        from tracker.remind.channels import ChannelError

        self.calls += 1
        if self.calls == 1:
            raise ChannelError("down")


def test_sweep_queries_use_indexes(sqlite_url):
    """EXPLAIN QUERY PLAN of every statement the sweep runs (captured as it runs them: prompts created,
    a failure, its retry, a sweep with nothing new): each table is searched through an index, never
    scanned whole."""
    import re

    from sqlalchemy import event, text

    from tracker.store import connect

    store = connect(sqlite_url)
    for i in range(30):
        log(store, f"q{i:02d}", date(2026, 2, 1) + timedelta(days=i % 3))
    api.snooze_question(store, "q00", datetime(2026, 2, 5, tzinfo=UTC))  # a key of its own
    statements = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE", "WITH")):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    clock = Clock(datetime(2026, 2, 10, tzinfo=UTC))
    sweep = Sweeper(store, RemindPolicy(channels=("flaky",)), {"flaky": Failing()}, UTC, clock=clock, owner="test")
    first = sweep.sweep()
    assert (first.created, first.sent, first.failed) == (30, 29, 1)
    clock.now += timedelta(minutes=2)
    assert sweep.sweep().sent == 1  # the retry
    assert sweep.sweep().created == 0
    event.remove(store.engine, "before_cursor_execute", capture)
    tables = {"question", "reminder", "prediction", "q", "r", "p", "l", "n"}
    checked = 0
    with store.engine.connect() as connection:
        for statement, parameters in statements:
            plan = [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            scans = [line for line in plan if re.match(r"SCAN (\w+)", line)
                     and re.match(r"SCAN (\w+)", line).group(1) in tables]
            assert not scans, (statement, plan)
            checked += 1
    assert checked >= 8, statements


def test_smtp_down_for_a_sweep_then_up_delivers_the_prompt_once(store):
    """A real SMTP server on 127.0.0.1: closed during the first sweep, listening for the retry."""
    import socket

    from aiosmtpd.controller import Controller

    class Collector:
        def __init__(self):
            self.envelopes = []

        async def handle_DATA(self, server, session, envelope):
            self.envelopes.append(envelope)
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log(store, "q", date(2026, 2, 1))
    config = {"email": {"host": "127.0.0.1", "port": port, "security": "none", "from": "tracker@localhost",
                        "to": "ana@localhost", "timeout": 3}}
    policy = RemindPolicy(channels=("email",), config=config)
    clock = Clock(datetime(2026, 2, 2, tzinfo=UTC))
    sweep = Sweeper(store, policy, build_channels(["email"], config, {}), UTC, clock=clock, owner="test")
    down = sweep.sweep()
    assert (down.created, down.sent, down.failed) == (1, 0, 1)
    collector = Collector()
    controller = Controller(collector, hostname="127.0.0.1", port=port, ready_timeout=5)
    controller.start()
    try:
        clock.now += timedelta(minutes=1)
        assert sweep.sweep().sent == 1
        clock.now += timedelta(hours=2)
        assert sweep.sweep().sent == 0
    finally:
        controller.stop()
    assert len(collector.envelopes) == 1
    message = collector.envelopes[0].content.decode()
    assert "Will q happen?" in message and "tracker resolve q yes|no|ambiguous|annulled" in message
