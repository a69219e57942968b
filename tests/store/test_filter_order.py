"""Issue 15: a score filtered by a tag and a forecaster (and --since) starts from whichever is narrower
(store/filter_order.py). Either way it scores exactly the forecasts the definition picks, worked out here
by hand from what was logged, on both backends; on SQLite the narrower side is where the read starts."""

import random
import sqlite3
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest

from tracker import api
from tracker.store import filter_order

UTC = timezone.utc
T0 = datetime(2025, 1, 1, tzinfo=UTC)
PROBABILITIES = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]
RARE = range(0, 6)  # the questions tagged "rare"; every question from 3 on is tagged "common"
FEW = {0, 1, 2, 3, 20, 21, 22, 23}  # the questions "few" forecasts on; "many" forecasts on every one
SINCE = datetime(2025, 6, 1, tzinfo=UTC)


def build(store, tmp_path) -> tuple[dict, list]:
    """40 questions, 34 resolved yes or no (some after a forecast: backdated), 2 ambiguous, 4 open; returns
    {id: (tags, outcome, resolved_at, due)} and the predictions (question, forecaster, made_at, probability)."""
    rng = random.Random(1516)
    questions, predictions, lines = {}, [], ["questions:"]
    for i in range(40):
        created = T0 + timedelta(days=rng.randrange(0, 200), hours=rng.randrange(24))
        tags = (["rare"] if i in RARE else []) + (["common"] if i >= 3 else [])
        due = (created + timedelta(days=90)).date()
        lines += [f"  - id: q{i}", "    text: t", "    criteria: c", f"    due: {due}",
                  f"    created_at: {created.isoformat()}", f"    tags: {sorted(tags)}", "    predictions:"]
        for forecaster in ["many", "other"] + (["few"] if i in FEW else []):
            for moment in sorted({created + timedelta(days=rng.randrange(0, 120), minutes=rng.randrange(1440))
                                  for _ in range(rng.randrange(1, 4))}):
                p = rng.choice(PROBABILITIES)
                predictions.append((f"q{i}", forecaster, moment, p))
                lines.append(f"      - {{forecaster: {forecaster}, made_at: {moment.isoformat()}, probability: {p}}}")
        outcome = None if i >= 36 else "ambiguous" if i >= 34 else rng.choice(["yes", "no"])
        resolved = created + timedelta(days=rng.randrange(10, 200)) if outcome else None
        questions[f"q{i}"] = (tags, outcome, resolved, due)
    lines.append("resolutions:")
    lines += [f"  - {{question_id: {q}, outcome: {o}, resolved_at: {r.isoformat()}, resolver: ana}}"
              for q, (_, o, r, _) in questions.items() if o]
    path = tmp_path / "ledger.yaml"
    path.write_text("\n".join(lines) + "\n")
    api.apply_paths(store, [path], now=T0 + timedelta(days=1000))
    return questions, predictions


def by_hand(questions, predictions, *, tag, forecaster, since=None, as_of_days=None, phrase=None,
            horizon=None) -> tuple[int, float]:
    """(n, Brier): per (question, forecaster), the latest prediction made at or before the resolution (and,
    as of a horizon, at or before the due date's end minus it), on questions resolved yes or no, under the
    filters; the Brier score as its textbook mean. No prediction here has a phrase; the one horizon band
    asked for is the first (made less than 91 days before the due date)."""
    assert phrase in (None, "(no phrase)") and horizon in (None, "0-3 months")
    latest: dict[tuple, tuple] = {}
    for question_id, who, made, p in predictions:
        tags, outcome, resolved, due = questions[question_id]
        if outcome not in ("yes", "no") or who != forecaster or tag not in tags or (since and resolved < since):
            continue
        cutoff = resolved
        if as_of_days is not None:
            cutoff = min(cutoff, datetime.combine(due + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
                         - timedelta(days=as_of_days))
        if made <= cutoff and (latest.get((question_id, who)) is None or made > latest[(question_id, who)][0]):
            latest[(question_id, who)] = (made, p, float(outcome == "yes"), due)
    if horizon:
        latest = {pair: row for pair, row in latest.items() if (row[3] - row[0].date()).days < 91}
    p, y = np.array([r[1] for r in latest.values()]), np.array([r[2] for r in latest.values()])
    return len(p), float(np.mean((p - y) ** 2))


MIXES = [{"tag": "rare", "forecaster": "many"}, {"tag": "rare", "forecaster": "many", "since": SINCE},
         {"tag": "common", "forecaster": "few"}, {"tag": "common", "forecaster": "few", "since": SINCE},
         {"tag": "rare", "forecaster": "few"}, {"tag": "common", "forecaster": "many", "since": SINCE},
         {"tag": "rare", "forecaster": "many", "phrase": "(no phrase)"},
         {"tag": "rare", "forecaster": "many", "horizon": "0-3 months", "since": SINCE}]


@pytest.mark.parametrize("filters", MIXES)
@pytest.mark.parametrize("as_of_days", [None, 30])
def test_tag_and_forecaster_scores_match_the_hand_computation(store, tmp_path, filters, as_of_days, monkeypatch):
    if as_of_days is not None and {"phrase", "horizon"} & set(filters):
        pytest.skip("scores as of a horizon refuse the phrase and horizon filters")
    questions, predictions = build(store, tmp_path)
    n, brier = by_hand(questions, predictions, **filters, as_of_days=as_of_days)
    assert n >= 2  # enough forecasts that a wrong pick would show
    extra = {"as_of": timedelta(days=as_of_days)} if as_of_days is not None else {}
    chosen = api.score(store, **filters, **extra)
    (group,) = chosen["groups"]
    assert (group["n"], group["brier"]) == (n, pytest.approx(brier, abs=1e-12))
    (keyed,) = api.score(store, by="forecaster", **filters, **extra)["groups"]
    assert (keyed["group"], keyed["n"], keyed["brier"]) == (filters["forecaster"], n, group["brier"])
    # The other starting point gives the same numbers to the last digit.
    monkeypatch.setattr(filter_order, "tag_first", lambda *args: False)
    assert api.score(store, **filters, **extra) == chosen


def test_the_narrower_side_is_chosen(store, tmp_path):
    from tracker.store.scored import ScoreFilter

    build(store, tmp_path)
    sqlite = store.engine.dialect.name == "sqlite"
    with store.read() as session:
        # 6 rare questions against 40 standing forecasts of "many"; 37 common ones against 8 of "few".
        assert filter_order.tag_first(session, ScoreFilter(tag="rare", forecaster="many"), None) is sqlite
        assert filter_order.tag_first(session, ScoreFilter(tag="common", forecaster="few"), None) is False
        assert filter_order.tag_first(session, ScoreFilter(tag="rare", forecaster="many"), "tag") is False
        assert filter_order.tag_first(session, ScoreFilter(tag="rare"), None) is False


def plans_of_the_counts(store, database_url: str, **filters) -> str:
    """SQLite's query plans of the statements that count standing forecasts per probability."""
    from sqlalchemy import event

    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if "sum(CASE" in statement and "FROM standing_forecast" in statement and "GROUP BY" in statement:
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        api.score(store, **filters)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert seen
    with sqlite3.connect(database_url.removeprefix("sqlite:///")) as raw:
        return "\n".join(row[3] for statement, parameters in seen
                         for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters))


def test_sqlite_starts_from_the_narrower_side(store, tmp_path, database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL plans from its own statistics")
    build(store, tmp_path)
    # A few tagged questions: each probed once in the primary key (question, forecaster), not the
    # forecaster's whole index walked with a row read per forecast.
    for extra in ({}, {"as_of": timedelta(days=30)}, {"phrase": "(no phrase)"}, {"horizon": "0-3 months"}):
        plan = plans_of_the_counts(store, database_url, tag="rare", forecaster="many", since=SINCE, **extra)
        assert "sqlite_autoindex_standing_forecast_1 (question_id=? AND forecaster=?)" in plan, plan
        assert "ix_standing_forecast_forecaster" not in plan, plan
    plan = plans_of_the_counts(store, database_url, tag="common", forecaster="few", since=SINCE)
    assert "ix_standing_forecast_forecaster (forecaster=?" in plan, plan


def statements_of(store, **filters) -> list[str]:
    from sqlalchemy import event

    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        api.score(store, **filters)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


def test_questions_due_past_the_calendar_are_looked_for_before_their_forecasts(store, tmp_path):
    from sqlalchemy import text

    from tracker.store.guards import unguarded

    questions, predictions = build(store, tmp_path)
    filters = {"tag": "rare", "forecaster": "many", "as_of": timedelta(days=30)}
    reads = [s for s in statements_of(store, **filters) if "question.due =" in s]
    assert reads and not [s for s in reads if "standing_forecast" in s]  # none such: their forecasts unread
    with store.write() as session, unguarded(session.connection()):  # past the guards, as an older version wrote
        for table, column in (("question", "id"), ("standing_forecast", "question_id")):
            session.execute(text(f"UPDATE {table} SET due = :due WHERE {column} = 'q0'"), {"due": date(9999, 12, 31)})
    assert questions["q0"][1] in ("yes", "no")
    # Its due date has no end, so it has no forecast as of 30 days before it: the others are scored.
    n, brier = by_hand({q: v for q, v in questions.items() if q != "q0"}, [p for p in predictions if p[0] != "q0"],
                       tag="rare", forecaster="many", as_of_days=30)
    (group,) = api.score(store, **filters)["groups"]
    assert (group["n"], group["brier"]) == (n, pytest.approx(brier, abs=1e-12))
