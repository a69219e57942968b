"""Forecasts of others hidden until you have predicted (tracker.team): the rule, on both backends."""

from __future__ import annotations

from datetime import datetime, timezone

from tracker import api
from tracker.store import team as team_store
from tracker.team import Visibility, visibility, visible_predictions

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
T1 = datetime(2026, 1, 2, tzinfo=timezone.utc)
T2 = datetime(2026, 2, 1, tzinfo=timezone.utc)


def _question(store, question_id, forecaster, probability):
    api.log_forecast(store, text=f"Will {question_id}?", criteria="c", due="2026-06-01", forecaster=forecaster,
                     probability=probability, question_id=question_id, now=T0)


def _forecasters(store, question_id, seen):
    history = visible_predictions(api.question_history(store, question_id), seen)
    return [(p.forecaster, p.probability) for p in history.predictions]


def test_others_are_hidden_until_the_viewer_predicts_or_the_question_resolves(store):
    _question(store, "a", "bo", 0.9)        # bo alone on a
    _question(store, "b", "bo", 0.2)        # bo, then ana, on b
    api.update_forecast(store, "b", forecaster="ana", probability=0.4, now=T1)
    _question(store, "c", "bo", 0.7)        # bo alone on c, which resolves
    api.resolve_question(store, "c", "yes", resolver="bo", now=T2)

    seen = visibility(store, ["ana"])
    assert seen.revealed == {"b", "c"}
    assert _forecasters(store, "a", seen) == []                      # hidden: ana has not predicted
    assert _forecasters(store, "b", seen) == [("bo", 0.2), ("ana", 0.4)]
    assert _forecasters(store, "c", seen) == [("bo", 0.7)]           # resolved: shown
    assert seen.hidden("a", ["bo", "ana"]) == 1
    assert _forecasters(store, "a", None) == [("bo", 0.9)]           # the workspace does not hide

    api.update_forecast(store, "a", forecaster="ana", probability=0.5, now=T1)
    assert _forecasters(store, "a", visibility(store, ["ana"])) == [("bo", 0.9), ("ana", 0.5)]


def test_a_viewer_with_no_name_sees_only_settled_questions(store):
    _question(store, "a", "bo", 0.9)
    seen = visibility(store, [])
    assert seen == Visibility(frozenset(), frozenset())
    assert _forecasters(store, "a", seen) == []


def test_own_forecasters_are_the_configured_name_on_a_single_user_store(store):
    assert team_store.own_forecasters(store, "ana") == ["ana"]


def test_visibility_asked_about_some_questions_answers_for_those_alone(store):
    _question(store, "a", "bo", 0.9)        # bo alone on a: hidden from ana
    _question(store, "b", "bo", 0.2)        # ana predicted on b
    api.update_forecast(store, "b", forecaster="ana", probability=0.4, now=T1)
    _question(store, "c", "bo", 0.7)        # resolved: shown to all
    api.resolve_question(store, "c", "yes", resolver="bo", now=T2)
    _question(store, "d", "ana", 0.6)       # ana's own, not asked about

    assert visibility(store, ["ana"]).revealed == {"b", "c", "d"}
    assert visibility(store, ["ana"], question_ids=["a", "b"]).revealed == {"b"}
    assert visibility(store, ["ana"], question_ids=["a", "c"]).revealed == {"c"}
    assert visibility(store, ["ana"], question_ids=["a"]).revealed == frozenset()
    assert visibility(store, ["ana"], question_ids=[]) == Visibility(frozenset({"ana"}), frozenset())
