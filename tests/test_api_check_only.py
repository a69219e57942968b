"""api.log_forecast / api.update_forecast with ``check_only``: every check the write runs, nothing written
(the web forms' check step, so that a form never shows as fine what Save then refuses)."""

from datetime import date, datetime, timezone

import pytest
from conftest import store_snapshot

from tracker import api
from tracker.errors import InputError

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
GOOD = dict(text="Will it?", criteria="It does.", due=date(2027, 1, 1), forecaster="ana", probability=0.6,
            question_id="q", now=T0)


def test_a_checked_log_writes_nothing_and_returns_what_would_be_written(store, database_url):
    before = store_snapshot(database_url)
    history = api.log_forecast(store, **GOOD, check_only=True)
    assert store_snapshot(database_url) == before
    assert history.question.id == "q" and history.predictions[0].probability == 0.6
    assert api.question_ids(store) == []


@pytest.mark.parametrize("changes, field", [
    ({"text": ""}, "text"), ({"text": "x" * 1001}, "text"), ({"criteria": ""}, "criteria"),
    ({"question_id": "Bad Id!"}, "id"), ({"tags": ["bad!tag"]}, "tags"),
    ({"probability": None, "outcomes": {"Deal Now!": 0.5, "stall": 0.5}}, "outcomes"),
])
def test_a_checked_log_refuses_what_the_write_refuses(store, changes, field):
    with pytest.raises(InputError) as checked:
        api.log_forecast(store, **{**GOOD, **changes}, check_only=True)
    with pytest.raises(InputError) as written:
        api.log_forecast(store, **{**GOOD, **changes})
    assert checked.value.field.split(".")[0] == written.value.field.split(".")[0] == field
    assert checked.value.message == written.value.message


def test_a_checked_update_refuses_a_resolved_question_and_writes_nothing(store, database_url):
    api.log_forecast(store, **GOOD)
    api.update_forecast(store, "q", forecaster="bo", probability=0.3, check_only=True)
    assert len(api.question_history(store, "q").predictions) == 1
    api.resolve_question(store, "q", "yes", resolver="ana")
    before = store_snapshot(database_url)
    with pytest.raises(InputError, match="cannot add a prediction: q is resolved"):
        api.update_forecast(store, "q", forecaster="bo", probability=0.3, check_only=True)
    assert store_snapshot(database_url) == before


def test_a_checked_log_refuses_an_unknown_condition(store, database_url):
    before = store_snapshot(database_url)
    with pytest.raises(InputError, match="unknown question 'nope'") as checked:
        api.log_forecast(store, **GOOD, condition=("nope", "yes"), check_only=True)
    assert checked.value.field == "condition" and store_snapshot(database_url) == before
