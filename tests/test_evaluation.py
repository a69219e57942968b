"""Which forecasts are scored, checked on both backends against scikit-learn on the expected set."""

import random
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score

from tracker import api

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)


def build(store, seed=1, questions=30):
    """Questions with two forecasters, several updates each, some resolved; returns the expected scored set."""
    rng = random.Random(seed)
    expected = []  # (forecaster, p, y, tag, phrase)
    for i in range(questions):
        qid = f"q{i:02d}"
        tag = "alpha" if i % 3 else "beta"
        phrase = ["unlikely", "likely", "highly likely"][i % 3]
        api.log_forecast(store, text=f"Question {i}?", criteria="c", due=date(2025, 6, 1) + timedelta(days=i),
                         forecaster="ana", probability=round(rng.random(), 2), question_id=qid, tags=[tag],
                         phrase=phrase, scale="lt-nta", now=T0 + timedelta(days=i))
        latest = {}
        for k in range(1, 4):
            for forecaster in ("ana", "bo"):
                p = round(rng.random(), 2)
                api.update_forecast(store, qid, forecaster=forecaster, probability=p, phrase=phrase, scale="lt-nta",
                                    now=T0 + timedelta(days=i, hours=k * 5 + (forecaster == "bo")))
                latest[forecaster] = p
        if i % 10 == 9:
            api.resolve_question(store, qid, "ambiguous", resolver="ana", now=T0 + timedelta(days=200))
        elif i % 10 != 8:
            outcome = rng.random() < 0.5
            api.resolve_question(store, qid, "yes" if outcome else "no", resolver="ana",
                                 now=T0 + timedelta(days=200))
            expected += [(f, p, int(outcome), tag, phrase) for f, p in latest.items()]
    return expected


def test_overall_scores_match_scikit_learn(store):
    expected = build(store)
    table = api.score(store)
    p = np.array([e[1] for e in expected])
    y = np.array([e[2] for e in expected])
    (row,) = table["groups"]
    assert row["n"] == len(expected) == 48
    assert row["brier"] == pytest.approx(brier_score_loss(y, p), abs=1e-12)
    assert row["log_score"] == pytest.approx(log_loss(y, np.clip(p, 1e-15, 1 - 1e-15)), abs=1e-9)
    assert row["auc"] == pytest.approx(roc_auc_score(y, p), abs=1e-12)
    assert table["questions"] == {"open": 3, "resolved": 24, "ambiguous": 3, "annulled": 0}
    assert table["conventions"]["scored_prediction"].startswith("each forecaster's latest prediction")


@pytest.mark.parametrize("by,key", [("forecaster", 0), ("tag", 3), ("phrase", 4)])
def test_groups_match_scikit_learn(store, by, key):
    expected = build(store, seed=2)
    table = api.score(store, by=by)
    for row in table["groups"]:
        members = [e for e in expected if e[key] == row["group"]]
        assert row["n"] == len(members)
        assert row["brier"] == pytest.approx(brier_score_loss([e[2] for e in members], [e[1] for e in members]))


def test_prediction_after_a_backdated_resolution_is_not_scored(store):
    api.log_forecast(store, text="Will it?", criteria="c", due="2025-06-01", forecaster="ana", probability=0.2,
                     question_id="late", now=T0)
    api.update_forecast(store, "late", forecaster="ana", probability=0.9, now=T0 + timedelta(days=10))
    api.resolve_question(store, "late", "yes", resolver="ana", resolved_at=T0 + timedelta(days=5),
                         now=T0 + timedelta(days=11))
    (row,) = api.score(store)["groups"]
    assert (row["n"], row["brier"]) == (1, pytest.approx(0.64))


def test_correction_changes_what_is_scored(store):
    api.log_forecast(store, text="Will it?", criteria="c", due="2025-06-01", forecaster="ana", probability=0.8,
                     question_id="q", now=T0)
    api.resolve_question(store, "q", "no", resolver="ana", now=T0 + timedelta(days=1))
    assert api.score(store)["groups"][0]["brier"] == pytest.approx(0.64)
    api.resolve_question(store, "q", "yes", resolver="ana", correction=True, now=T0 + timedelta(days=2))
    assert api.score(store)["groups"][0]["brier"] == pytest.approx(0.04)
    api.resolve_question(store, "q", "annulled", resolver="ana", correction=True, now=T0 + timedelta(days=3))
    table = api.score(store)
    assert table["groups"] == [] and table["questions"]["annulled"] == 1


def test_as_of_scores_the_forecast_standing_before_the_due_date(store):
    api.log_forecast(store, text="Will it?", criteria="c", due="2025-03-01", forecaster="ana", probability=0.3,
                     question_id="q", now=T0)
    api.update_forecast(store, "q", forecaster="ana", probability=0.9, now=datetime(2025, 2, 20, tzinfo=timezone.utc))
    api.resolve_question(store, "q", "yes", resolver="ana", now=datetime(2025, 3, 2, tzinfo=timezone.utc))
    assert api.score(store)["groups"][0]["brier"] == pytest.approx(0.01)
    assert api.score(store, as_of=timedelta(days=30))["groups"][0]["brier"] == pytest.approx(0.49)
    assert api.score(store, as_of=timedelta(days=90))["groups"] == []


def test_choice_questions_use_the_multi_category_brier(store):
    api.log_forecast(store, text="Which?", criteria="c", due="2025-03-01", forecaster="ana",
                     outcomes={"a": 0.2, "b": 0.5, "c": 0.3}, question_id="q", now=T0)
    api.resolve_question(store, "q", "b", resolver="ana", now=T0 + timedelta(days=1))
    (choice,) = api.score(store)["choice"]
    assert choice["n"] == 1
    assert choice["brier"] == pytest.approx(0.2 ** 2 + 0.5 ** 2 + 0.3 ** 2)


def test_relative_and_time_averaged(store):
    api.log_forecast(store, text="Will it?", criteria="c", due="2025-01-10", forecaster="ana", probability=0.5,
                     question_id="q", now=T0)
    api.update_forecast(store, "q", forecaster="bo", probability=0.9, now=T0)
    api.update_forecast(store, "q", forecaster="ana", probability=1.0, now=T0 + timedelta(days=5))
    api.resolve_question(store, "q", "yes", resolver="ana", now=datetime(2025, 1, 11, tzinfo=timezone.utc))
    table = api.score(store, relative=True, time_averaged=True)
    # Latest briers: ana 0.0, bo 0.01; median 0.005.
    assert table["forecasters"]["ana"]["relative_brier"] == pytest.approx(-0.005)
    assert table["forecasters"]["bo"]["relative_brier"] == pytest.approx(0.005)
    # ana: 5 days at 0.5 (0.25), 5 days at 1.0 (0) over the 10 open days -> 0.125; bo 0.01 throughout.
    assert table["forecasters"]["ana"]["time_averaged_brier"] == pytest.approx(0.125)
    assert table["forecasters"]["bo"]["time_averaged_brier"] == pytest.approx(0.01)


def test_relative_brier_in_sql_matches_the_numpy_implementation(store):
    from tracker import scoring

    rng = random.Random(5)
    rows = []
    for i in range(25):
        qid = f"r{i:02d}"
        forecasters = rng.sample(["ana", "bo", "chen", "dara"], rng.randint(1, 4))
        api.log_forecast(store, text=f"Q{i}?", criteria="c", due="2025-06-01", forecaster=forecasters[0],
                         probability=round(rng.random(), 2), question_id=qid, now=T0)
        for k, forecaster in enumerate(forecasters[1:], 1):
            api.update_forecast(store, qid, forecaster=forecaster, probability=round(rng.random(), 2),
                                now=T0 + timedelta(hours=k))
        outcome = rng.random() < 0.5
        api.resolve_question(store, qid, "yes" if outcome else "no", resolver="ana", now=T0 + timedelta(days=1))
        for p in api.question_history(store, qid).predictions:
            rows.append((qid, p.forecaster, (p.probability - outcome) ** 2))
    expected = scoring.relative_brier(*zip(*rows))
    actual = api.score(store, relative=True)["forecasters"]
    for forecaster, value in expected.items():
        if np.isnan(value):
            assert actual[forecaster]["relative_brier"] is None
        else:
            assert actual[forecaster]["relative_brier"] == pytest.approx(value, abs=1e-12)


def test_a_question_logged_after_its_due_date_has_no_time_averaged_score(store, tmp_path):
    """Logged late (tracker log suggests resolving it at once): it scores, the time average skips it, the
    report is written."""
    api.log_forecast(store, text="Did it happen?", criteria="c", due="2025-01-10", forecaster="ana",
                     probability=0.6, question_id="late", now=datetime(2025, 3, 1, tzinfo=timezone.utc))
    api.resolve_question(store, "late", "yes", resolver="ana", now=datetime(2025, 3, 2, tzinfo=timezone.utc))
    api.log_forecast(store, text="Will it?", criteria="c", due="2025-01-10", forecaster="ana", probability=0.5,
                     question_id="q", now=T0)
    api.resolve_question(store, "q", "no", resolver="ana", now=datetime(2025, 1, 11, tzinfo=timezone.utc))
    table = api.score(store, time_averaged=True)
    assert table["groups"][0]["n"] == 2
    assert table["forecasters"]["ana"]["time_averaged_brier"] == pytest.approx(0.25)  # from "q" alone
    assert (tmp_path / "r" / "index.html") in api.write_report(store, tmp_path / "r", time_averaged=True).values()
