"""Issue 15: the fast paths of filtered scores (--since read from month cells, --forecaster counts from the
standing forecasts, --as-of as score cells less the forecasts made after the cutoff, untagged questions
found through the questions) give scikit-learn's numbers over the forecasts the definition picks, worked
out here from what was logged, on both backends."""

import random
from datetime import datetime, timedelta, timezone

import pytest
from sklearn.metrics import brier_score_loss, log_loss

from tracker import api

UTC = timezone.utc
T0 = datetime(2025, 1, 1, tzinfo=UTC)
PROBABILITIES = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]


def build(store, tmp_path) -> tuple[dict, list]:
    """60 questions: tags (some none), up to three forecasters with one to three predictions each, resolved
    at times that fall before some predictions (backdated), a few ambiguous, a few open. Returns {id: (due, tags, outcome, resolved_at)} and the predictions."""
    rng = random.Random(1515)
    questions, predictions, lines = {}, [], ["questions:"]
    for i in range(60):
        created = T0 + timedelta(days=rng.randrange(0, 300), hours=rng.randrange(24))
        due = (created + timedelta(days=rng.randrange(1, 200))).date()
        tags = sorted(rng.sample(["a", "b", "c"], rng.randrange(0, 3)))
        lines += [f"  - id: q{i}", "    text: t", "    criteria: c", f"    due: {due.isoformat()}",
                  f"    created_at: {created.isoformat()}", f"    tags: {tags}", "    predictions:"]
        for forecaster in rng.sample(["ana", "bo", "chen"], rng.randrange(1, 4)):
            for moment in sorted({created + timedelta(days=rng.randrange(0, 150), minutes=rng.randrange(1440))
                                  for _ in range(rng.randrange(1, 4))}):
                p = rng.choice(PROBABILITIES)
                predictions.append((f"q{i}", forecaster, moment, p))
                lines.append(f"      - {{forecaster: {forecaster}, made_at: {moment.isoformat()}, probability: {p}}}")
        if i < 50:
            outcome = rng.choice(["yes", "no"]) if i < 46 else "ambiguous"
            questions[f"q{i}"] = (due, tags, outcome, created + timedelta(days=rng.randrange(20, 400)))
        else:
            questions[f"q{i}"] = (due, tags, None, None)
    lines.append("resolutions:")
    lines += [f"  - {{question_id: {q}, outcome: {o}, resolved_at: {r.isoformat()}, resolver: ana}}"
              for q, (_, _, o, r) in questions.items() if o]
    path = tmp_path / "ledger.yaml"
    path.write_text("\n".join(lines) + "\n")
    api.apply_paths(store, [path], now=T0 + timedelta(days=1000))
    return questions, predictions


def picked(questions, predictions, *, forecaster=None, tag=None, since=None, as_of_days=None) -> list[tuple]:
    """The definition: per (question, forecaster), the latest prediction made at or before the resolution
    (and, as of a horizon, at or before the due date's end minus it), on questions resolved yes or no."""
    latest: dict[tuple, tuple] = {}
    for question_id, who, made, p in predictions:
        due, tags, outcome, resolved = questions[question_id]
        if outcome not in ("yes", "no") or (forecaster and who != forecaster) or (tag and tag not in tags):
            continue
        if since and resolved < since:
            continue
        cutoff = resolved
        if as_of_days is not None:
            cutoff = min(cutoff, datetime.combine(due + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
                         - timedelta(days=as_of_days))
        if made <= cutoff and (latest.get((question_id, who)) is None or made > latest[(question_id, who)][0]):
            latest[(question_id, who)] = (made, p, int(outcome == "yes"), resolved)
    return list(latest.values())


def check(group: dict, rows: list[tuple]) -> None:
    y, p = [r[2] for r in rows], [r[1] for r in rows]
    assert group["n"] == len(rows)
    assert group["brier"] == pytest.approx(brier_score_loss(y, p), abs=1e-12)
    assert group["log_score"] == pytest.approx(log_loss(y, p, labels=[0, 1]), abs=1e-12)


SINCE = [datetime(2025, 9, 1, tzinfo=UTC), datetime(2025, 9, 14, 6, 30, tzinfo=UTC),
         datetime(2025, 9, 14, 8, 30, tzinfo=timezone(timedelta(hours=2)))]  # the last: 06:30 UTC


@pytest.mark.parametrize("filters", [
    {}, {"tag": "a"}, {"forecaster": "bo"}, *({"since": s} for s in SINCE),
    {"tag": "b", "forecaster": "ana", "since": SINCE[1]}, {"forecaster": "chen", "since": SINCE[0]},
])
@pytest.mark.parametrize("as_of_days", [None, 0, 30, 100])
def test_scores_match_scikit_learn_over_the_picked_forecasts(store, tmp_path, filters, as_of_days):
    questions, predictions = build(store, tmp_path)
    extra = {"as_of": timedelta(days=as_of_days)} if as_of_days is not None else {}
    (group,) = api.score(store, **filters, **extra)["groups"]
    check(group, picked(questions, predictions, **filters, as_of_days=as_of_days))
    if as_of_days is None and "since" in filters and len(filters) == 1:
        rows = picked(questions, predictions, **filters)
        for row in api.score(store, by="month", **filters)["groups"]:
            check(row, [r for r in rows if r[3].strftime("%Y-%m") == row["group"]])
    if as_of_days in (None, 30) and set(filters) <= {"forecaster"}:
        for row in api.score(store, by="forecaster", **filters, **extra)["groups"]:
            check(row, picked(questions, predictions, forecaster=row["group"], as_of_days=as_of_days))


@pytest.mark.parametrize("filters", [{"forecaster": "bo"}, {"forecaster": "ana", "tag": "a"},
                                     {"forecaster": "chen", "since": SINCE[1]}, {"since": SINCE[2]}])
def test_question_counts_follow_the_filters(store, tmp_path, filters):
    questions, predictions = build(store, tmp_path)
    forecaster, tag, since = filters.get("forecaster"), filters.get("tag"), filters.get("since")
    counts = {"open": 0, "resolved": 0, "ambiguous": 0, "annulled": 0}
    for question_id, (_, tags, outcome, resolved) in questions.items():
        if forecaster and not any(q == question_id and who == forecaster for q, who, *_ in predictions):
            continue
        if (tag and tag not in tags) or (since and resolved is not None and resolved < since):
            continue
        counts["open" if outcome is None else "ambiguous" if outcome == "ambiguous" else "resolved"] += 1
    assert api.score(store, **filters)["questions"] == counts


def test_untagged_questions_form_their_group(store, tmp_path):
    questions, predictions = build(store, tmp_path)
    rows = picked(questions, predictions)
    untagged = {q for q, (_, tags, _, _) in questions.items() if not tags}
    assert untagged
    keyed = picked(questions, [p for p in predictions if p[0] in untagged])
    (group,) = [g for g in api.score(store, by="tag")["groups"] if g["group"] == "(untagged)"]
    check(group, keyed)
    assert len(rows) > len(keyed)


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


@pytest.mark.parametrize("filters", [{"since": SINCE[1]}, {"as_of": timedelta(days=30)},
                                     {"as_of": timedelta(days=30), "forecaster": "bo"}])
def test_since_and_as_of_read_the_score_cells(store, tmp_path, filters):
    build(store, tmp_path)
    assert any("FROM score_cell" in s for s in statements_of(store, **filters))


def test_one_forecasters_question_counts_come_from_their_standing_forecasts(store, tmp_path):
    build(store, tmp_path)
    counting = [s for s in statements_of(store, forecaster="bo") if "count(*)" in s and "GROUP BY" in s]
    assert counting and not [s for s in counting if "FROM question " in s or "FROM question\n" in s]


def test_many_untagged_questions_are_read_through_the_subquery(store, tmp_path, monkeypatch):
    from tracker.store import scored

    questions, predictions = build(store, tmp_path)
    untagged = {q for q, (_, tags, _, _) in questions.items() if not tags}
    monkeypatch.setattr(scored, "FEW_UNTAGGED", 2)  # fewer than there are: the subquery form
    assert len(untagged) > 2
    (group,) = [g for g in api.score(store, by="tag")["groups"] if g["group"] == "(untagged)"]
    check(group, picked(questions, [p for p in predictions if p[0] in untagged]))


def test_since_is_an_instant_whatever_its_zone(store):
    # Resolved 07:00 UTC; since 08:30 at UTC+2 is 06:30 UTC, so it counts (SQLite once compared wall clocks).
    api.log_forecast(store, text="Will A?", criteria="c", due="2025-09-20", forecaster="ana", probability=0.8,
                     question_id="a", now=T0)
    api.resolve_question(store, "a", "yes", resolver="ana", resolved_at=datetime(2025, 9, 14, 7, tzinfo=UTC),
                         now=datetime(2025, 9, 15, tzinfo=UTC))
    since = datetime(2025, 9, 14, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    for extra in ({}, {"forecaster": "ana"}, {"as_of": timedelta(days=1)}):
        table = api.score(store, since=since, **extra)
        assert [g["n"] for g in table["groups"]] == [1] and table["questions"]["resolved"] == 1, extra
