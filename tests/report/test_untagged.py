"""`score --by tag` and the report's "By tag" include the forecasts on untagged questions as one group,
"(untagged)", computed when read; checked against a plain Python count of the same history."""

import json
import random
from datetime import date, datetime, timedelta, timezone

import pytest

from tracker import api
from tracker.store import queries
from tracker.store.scored import UNTAGGED

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
FORECASTERS = ["ana", "bo", "chen"]


def build(store, seed: int = 5):
    """A history with tagged and untagged questions, several forecasters, updates, a backdated
    resolution, and questions that lose every tag (one multi-row DELETE) after being scored.
    Returns what the store should hold, as plain Python: {qid: (tags, outcome, resolved_at, [(forecaster,
    made_at, p)])}."""
    rng = random.Random(seed)
    truth = {}
    for i in range(24):
        qid = f"q{i:02d}"
        tags = sorted(rng.sample(["china", "energy", "cyber"], rng.choice([0, 0, 1, 2, 3])))
        made = T0 + timedelta(days=i)
        first = rng.choice(FORECASTERS)
        p = rng.choice([0.1, 0.25, 0.5, 0.7, 0.95])
        api.log_forecast(store, text=f"Will {qid} happen?", criteria="c", due=date(2025, 1, 1), forecaster=first,
                         probability=p, question_id=qid, tags=tags, now=made)
        predictions = [(first, made, p)]
        for step in range(rng.randint(0, 3)):
            at = made + timedelta(hours=5 * (step + 1))
            forecaster, p = rng.choice(FORECASTERS), rng.choice([0.05, 0.3, 0.6, 0.8])
            api.update_forecast(store, qid, forecaster=forecaster, probability=p, now=at)
            predictions.append((forecaster, at, p))
        truth[qid] = [tags, None, None, predictions]
        if i % 4 != 3:  # every fourth stays open
            outcome = rng.choice(["yes", "no", "no", "ambiguous"])
            # Some resolutions are backdated before the later predictions: those do not count.
            resolved_at = made + timedelta(hours=7) if i % 5 == 0 else made + timedelta(days=40)
            api.resolve_question(store, qid, outcome, resolver="ana", resolved_at=resolved_at,
                                 now=made + timedelta(days=41))
            truth[qid][1:3] = [outcome, resolved_at]
    for qid in ("q01", "q02", "q05", "q06"):  # drop every tag at once, after scoring
        question = api.question_history(store, qid).question
        if question.tags:
            with store.write() as session:
                queries.update_question(session, question.model_copy(update={"tags": ()}), T0 + timedelta(days=90))
            truth[qid][0] = []
    return truth


def expected_untagged(truth: dict, forecaster: str | None = None) -> tuple[int, float | None]:
    """(n, Brier) of the scored forecasts on untagged questions, counted by hand."""
    errors = []
    for tags, outcome, resolved_at, predictions in truth.values():
        if tags or outcome not in ("yes", "no"):
            continue
        latest = {}
        for who, made_at, p in predictions:
            if made_at <= resolved_at:
                latest[who] = p  # predictions are in time order
        errors += [(p - (outcome == "yes")) ** 2 for who, p in latest.items() if forecaster in (None, who)]
    return len(errors), (sum(errors) / len(errors) if errors else None)


def untagged_row(table: dict) -> dict | None:
    return next((g for g in table["groups"] if g["group"] == UNTAGGED), None)


def test_untagged_group_counts_every_forecast_on_untagged_questions(store):
    truth = build(store)
    n, brier = expected_untagged(truth)
    assert n >= 5  # the fixture is meant to exercise the group
    row = untagged_row(api.score(store, by="tag"))
    assert row is not None and row["n"] == n
    assert row["brier"] == pytest.approx(brier, abs=1e-12)
    # Filtered (a scan instead of the score cells): the same forecasts, a forecaster's share of them.
    for forecaster in FORECASTERS:
        n, brier = expected_untagged(truth, forecaster)
        row = untagged_row(api.score(store, by="tag", forecaster=forecaster))
        assert (row["n"] if row else 0) == n
        if n:
            assert row["brier"] == pytest.approx(brier, abs=1e-12)
    # A tag filter keeps only that tag's questions: there is no untagged group to show.
    assert untagged_row(api.score(store, by="tag", tag="china")) is None


def test_every_scored_forecast_is_in_some_tag_group(store):
    """The groups cover the whole: each scored forecast is in its tags' groups or in "(untagged)"."""
    truth = build(store, seed=9)
    table = api.score(store, by="tag")
    total = api.score(store)["groups"][0]["n"]
    tag_counts = {}
    for tags, outcome, resolved_at, predictions in truth.values():
        if outcome not in ("yes", "no"):
            continue
        scored = len({who for who, made_at, _ in predictions if made_at <= resolved_at})
        for tag in tags or [UNTAGGED]:
            tag_counts[tag] = tag_counts.get(tag, 0) + scored
    assert {g["group"]: g["n"] for g in table["groups"]} == tag_counts
    assert tag_counts[UNTAGGED] + sum(
        len({w for w, m, _ in p if m <= r}) for tags, o, r, p in truth.values() if tags and o in ("yes", "no")) == total


def test_report_by_tag_shows_the_untagged_group(store, tmp_path):
    truth = build(store)
    api.write_report(store, tmp_path / "out", now=datetime(2025, 6, 1, tzinfo=timezone.utc))
    data = json.loads((tmp_path / "out" / "scores.json").read_text())
    row = next(r for r in data["by"]["tag"] if r["group"] == UNTAGGED)
    assert row["n"] == expected_untagged(truth)[0]
    assert f"| {UNTAGGED} |" in (tmp_path / "out" / "report.md").read_text()
