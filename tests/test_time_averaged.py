"""Issue 15: the time-averaged Brier of a whole history in one streaming pass (tracker.scoring.time_averaged
over tracker.store.history), checked against a hand computation and a day-by-day oracle written here."""

import math
import random
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from tracker import api
from tracker.scoring.time_averaged import time_averaged_by_forecaster
from tracker.domain import Prediction
from tracker.store import derived, queries
from tracker.store.guards import unguarded
from tracker.store.history import history_chunks
from tracker.store.scored import ScoreFilter
from tracker.store.time_averaged import time_averaged

UTC = timezone.utc


def at(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=UTC)


def streamed(store, filters=ScoreFilter(), size: int = 3) -> dict:
    with store.read() as session:
        return time_averaged_by_forecaster(history_chunks(session, filters, size=size))


def computed(store, filters=ScoreFilter()) -> dict:
    """Where tracker computes it: PostgreSQL's one statement, SQLite's stream."""
    with store.read() as session:
        return time_averaged(session, filters)


def test_a_hand_computed_question(store):
    # Open from Jan 1 12:00 to its due date's end (Jan 3 24:00, resolved later); 0.8 made at 12:00 stands
    # at the end of Jan 1 and Jan 2, 0.2 made Jan 3 06:00 at the end of Jan 3; it happened (yes):
    # ((0.8 - 1)^2 * 2 + (0.2 - 1)^2) / 3 = (0.04 + 0.04 + 0.64) / 3 = 0.24.
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-01-03", forecaster="ana", probability=0.8,
                     question_id="a", now=at(1, 12))
    api.update_forecast(store, "a", forecaster="ana", probability=0.2, now=at(3, 6))
    api.resolve_question(store, "a", "yes", resolver="ana", now=at(5))
    assert streamed(store) == {"ana": {"questions": 1, "time_averaged_brier": pytest.approx(0.24, abs=1e-15)}}
    assert computed(store) == {"ana": {"questions": 1, "time_averaged_brier": pytest.approx(0.24, abs=1e-15)}}


def oracle(questions: dict, predictions: list) -> dict:
    """Day by day, as the definition reads: for each question and forecaster, each UTC day overlapping
    [created, close) is scored with the last forecast made before the day's end (or the close)."""
    per: dict[str, list[float]] = {}
    for (question_id, forecaster) in sorted({(p[0], p[1]) for p in predictions}):
        created, due, resolved, outcome = questions[question_id]
        close = min(resolved, datetime.combine(due + timedelta(days=1), datetime.min.time(), tzinfo=UTC))
        if close <= created:
            continue
        mine = [p for p in predictions if p[:2] == (question_id, forecaster)]  # in the order recorded
        day = datetime.combine(created.date(), datetime.min.time(), tzinfo=UTC)
        errors = []
        while day < close:
            cutoff = min(day + timedelta(days=1), close)
            standing = None
            for p in mine:
                if p[2] < cutoff and (standing is None or p[2] >= standing[2]):
                    standing = p
            if standing is not None:
                errors.append((standing[3] - (1.0 if outcome == "yes" else 0.0)) ** 2)
            day += timedelta(days=1)
        if errors:
            per.setdefault(forecaster, []).append(sum(errors) / len(errors))
    return {f: {"questions": len(v), "time_averaged_brier": sum(v) / len(v)} for f, v in per.items()}


def test_a_random_history_matches_the_day_by_day_oracle(store, tmp_path):
    rng = random.Random(15)
    questions, predictions, lines = {}, [], ["questions:"]
    for i in range(12):
        created = at(1) + timedelta(hours=rng.randrange(0, 200), minutes=rng.randrange(60))
        due = (created + timedelta(days=rng.randrange(0, 12))).date()
        resolved = created + timedelta(hours=rng.randrange(1, 400))
        outcome = rng.choice(["yes", "no"])
        questions[f"q{i}"] = (created, due, resolved, outcome)
        lines += [f"  - id: q{i}", "    text: t", "    criteria: c", f"    due: {due.isoformat()}",
                  f"    created_at: {created.isoformat()}", "    predictions:"]
        for forecaster in rng.sample(["ana", "bo", "chen"], rng.randrange(1, 4)):
            moments = sorted(created + timedelta(hours=rng.randrange(0, 300)) for _ in range(rng.randrange(1, 5)))
            for moment in dict.fromkeys(moments):  # one prediction per instant
                probability = rng.choice([0.05, 0.3, 0.5, 0.72, 0.9])
                if moment <= at(28):
                    predictions.append((f"q{i}", forecaster, moment, probability))
                    lines.append(f"      - {{forecaster: {forecaster}, made_at: {moment.isoformat()}, "
                                 f"probability: {probability}}}")
    lines.append("resolutions:")
    lines += [f"  - {{question_id: {q}, outcome: {o}, resolved_at: {r.isoformat()}, resolver: ana}}"
              for q, (_, _, r, o) in questions.items()]
    path = tmp_path / "history.yaml"
    path.write_text("\n".join(lines) + "\n")
    api.apply_paths(store, [path], now=at(31))
    expected = oracle(questions, predictions)
    for size in (1, 4, 1000):
        found = streamed(store, size=size)
        assert found.keys() == expected.keys()
        for forecaster, row in expected.items():
            assert found[forecaster]["questions"] == row["questions"]
            assert math.isclose(found[forecaster]["time_averaged_brier"], row["time_averaged_brier"], abs_tol=1e-12)
    only_bo = streamed(store, ScoreFilter(forecaster="bo"))
    assert only_bo == {"bo": found["bo"]} if "bo" in found else only_bo == {}
    in_database = computed(store)
    assert in_database.keys() == expected.keys()
    for forecaster, row in expected.items():
        assert in_database[forecaster]["questions"] == row["questions"]
        assert math.isclose(in_database[forecaster]["time_averaged_brier"], row["time_averaged_brier"], abs_tol=1e-12)
    # The filters, against the oracle over the forecasts they keep.
    since = at(5)
    later = {q: v for q, v in questions.items() if v[2] >= since}
    for filters, kept in ((ScoreFilter(forecaster="bo"), [p for p in predictions if p[1] == "bo"]),
                          (ScoreFilter(since=since), [p for p in predictions if p[0] in later])):
        want, got = oracle(questions, kept), computed(store, filters)
        assert got.keys() == want.keys()
        for forecaster, row in want.items():
            assert got[forecaster]["questions"] == row["questions"]
            assert math.isclose(got[forecaster]["time_averaged_brier"], row["time_averaged_brier"], abs_tol=1e-12)


def test_a_due_date_at_the_end_of_the_calendar_is_left_out(store):
    # Stored by an older tracker or by hand (today's refuse it): no instant ends that day.
    api.log_forecast(store, text="Will Z?", criteria="c", due="2026-01-02", forecaster="ana", probability=0.3,
                     question_id="z", now=at(1))
    api.resolve_question(store, "z", "no", resolver="ana", now=at(3))
    assert streamed(store) == {"ana": {"questions": 1, "time_averaged_brier": pytest.approx(0.09, abs=1e-15)}}
    with store.engine.begin() as connection, unguarded(connection):
        connection.execute(text("UPDATE question SET due = :due WHERE id = 'z'"), {"due": date.max})
    assert streamed(store) == {}
    with store.write() as session:  # what the write path does when a due date changes
        derived.refresh(session, ["z"])
    assert computed(store) == {}


def test_the_stored_value_follows_every_write_that_changes_it(store):
    # Open Jan 1 00:00, due Jan 4 (resolved later): ana's 0.8 stands four days. Each step's figure is
    # worked by hand from the definition: the forecast standing at each day's end, averaged over the days.
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-01-04", forecaster="ana", probability=0.8,
                     question_id="a", now=at(1))
    assert computed(store) == {}  # open: no score
    api.resolve_question(store, "a", "no", resolver="ana", now=at(9))
    assert computed(store)["ana"]["time_averaged_brier"] == pytest.approx(0.64, abs=1e-15)  # 0.8^2 each day
    # A backdated prediction (made Jan 3 12:00, recorded now) stands at the end of Jan 3 and Jan 4:
    # (0.64 * 2 + 0.04 * 2) / 4 = 0.34; the standing forecast itself does not move (it is not the latest).
    # (The API refuses predictions on a resolved question; a file's history, applied, can carry one.)
    with store.write() as session:
        queries.insert_predictions(session, [Prediction(question_id="a", forecaster="ana", made_at=at(3, 12),
                                                        probability=0.2)], at(9, 1))
    assert computed(store)["ana"]["time_averaged_brier"] == pytest.approx(0.34, abs=1e-15)
    # A correction to "yes": (0.04 * 2 + 0.64 * 2) / 4 = 0.34 again, by symmetry; at Jan 2 12:00, the
    # question closes then: Jan 1's end and Jan 2 (closing at 12:00) both with 0.8: (0.04 + 0.04) / 2.
    api.resolve_question(store, "a", "yes", resolver="ana", resolved_at=at(2, 12), correction=True, now=at(9, 2))
    assert computed(store)["ana"]["time_averaged_brier"] == pytest.approx(0.04, abs=1e-15)
    api.resolve_question(store, "a", "open", resolver="ana", now=at(10), correction=True)
    assert computed(store) == {}  # reopened: no score again
    api.resolve_question(store, "a", "no", resolver="ana", resolved_at=at(8), now=at(20), correction=True)
    assert computed(store)["ana"]["time_averaged_brier"] == pytest.approx(0.34, abs=1e-15)
    # A new due date of Jan 2: two days, both with 0.8: 0.64.
    api.revise_question(store, "a", due="2026-01-02", correction=True, reason="earlier end", now=at(21))
    assert computed(store)["ana"]["time_averaged_brier"] == pytest.approx(0.64, abs=1e-15)


def test_open_and_ambiguous_questions_and_the_tag_filter_by_hand(store):
    # Due Jan 3, so each question is open Jan 1, 2 and 3 (it resolves later). ana's 0.8 on "a" (yes):
    # (0.8 - 1)^2 = 0.04 each day; ana's 0.4 on "long-question-id" (no): 0.16; bo's 0.5 from Jan 2 12:00
    # stands at the end of Jan 2 and 3: 0.25. ana's forecasts on the open and the ambiguous question count
    # for nothing. ana: (0.04 + 0.16) / 2 = 0.10 over two questions.
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-01-03", forecaster="ana", probability=0.8,
                     question_id="a", tags=["x"], now=at(1))
    api.log_forecast(store, text="Will L?", criteria="c", due="2026-01-03", forecaster="ana", probability=0.4,
                     question_id="long-question-id", tags=["y"], now=at(1))
    api.update_forecast(store, "long-question-id", forecaster="bo", probability=0.5, now=at(2, 12))
    for question_id in ("m-open", "b-ambiguous"):
        api.log_forecast(store, text=f"Will {question_id}?", criteria="c", due="2026-01-03", forecaster="ana",
                         probability=0.9, question_id=question_id, tags=["x"], now=at(1))
    api.resolve_question(store, "a", "yes", resolver="ana", now=at(5))
    api.resolve_question(store, "long-question-id", "no", resolver="ana", now=at(5))
    api.resolve_question(store, "b-ambiguous", "ambiguous", resolver="ana", now=at(5))

    def expect(**rows):
        return {name: {"questions": n, "time_averaged_brier": pytest.approx(value, abs=1e-15)}
                for name, (n, value) in rows.items()}

    for size in (1, 2, 1000):  # question runs cut by chunk ends anywhere
        assert streamed(store, size=size) == expect(ana=(2, 0.10), bo=(1, 0.25))
        assert streamed(store, ScoreFilter(tag="x"), size=size) == expect(ana=(1, 0.04))
        assert streamed(store, ScoreFilter(tag="y"), size=size) == expect(ana=(1, 0.16), bo=(1, 0.25))
    assert computed(store) == expect(ana=(2, 0.10), bo=(1, 0.25))
    assert computed(store, ScoreFilter(tag="y")) == expect(ana=(1, 0.16), bo=(1, 0.25))


@pytest.mark.parametrize("enabled", [True, False])
def test_the_stream_leaves_the_garbage_collector_as_it_found_it(store, enabled):
    import gc

    api.log_forecast(store, text="Will A?", criteria="c", due="2026-01-03", forecaster="ana", probability=0.8,
                     question_id="a", now=at(1))
    api.resolve_question(store, "a", "yes", resolver="ana", now=at(5))
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert streamed(store, size=1) == {"ana": {"questions": 1, "time_averaged_brier": pytest.approx(0.04)}}
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_sqlite_reads_each_question_once_not_once_per_prediction(store):
    # Joined to every prediction, a question's columns came back with each of its predictions; that read
    # cost more than the predictions themselves at a million (issue 15).
    if store.dialect != "sqlite":
        pytest.skip("the SQLite stream's reads")
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-01-03", forecaster="ana", probability=0.8,
                     question_id="a", now=at(1))
    api.update_forecast(store, "a", forecaster="bo", probability=0.5, now=at(2))
    api.resolve_question(store, "a", "yes", resolver="ana", now=at(5))
    statements: list[str] = []
    with store.read() as session:
        session.connection().connection.driver_connection.set_trace_callback(statements.append)
        try:
            time_averaged_by_forecaster(history_chunks(session, ScoreFilter()))
        finally:
            session.connection().connection.driver_connection.set_trace_callback(None)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    predictions = [s for s in reads if "FROM prediction" in s]
    assert len(predictions) == 1 and " JOIN " not in predictions[0].upper() and "created_at" not in predictions[0]
    assert any("FROM question" in s for s in reads)
