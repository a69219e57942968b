"""Issue 15: a score filtered by one tag or one forecaster reads the score cells of that tag or forecaster
(sufficient statistics kept by triggers), not a scan of the standing forecasts, with the same numbers."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import event

from tracker import api

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def scenario(store):
    # a (econ, war): ana 0.9, bo 0.6, yes. b (econ): ana 0.3, no. c (war): bo 0.8, no.
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-03-01", forecaster="ana", probability=0.9,
                     question_id="a", tags=["econ", "war"], now=T0)
    api.update_forecast(store, "a", forecaster="bo", probability=0.6, now=T0 + timedelta(hours=1))
    api.log_forecast(store, text="Will B?", criteria="c", due="2026-03-01", forecaster="ana", probability=0.3,
                     question_id="b", tags=["econ"], now=T0)
    api.log_forecast(store, text="Will C?", criteria="c", due="2026-03-01", forecaster="bo", probability=0.8,
                     question_id="c", tags=["war"], now=T0)
    for question_id, outcome in (("a", "yes"), ("b", "no"), ("c", "no")):
        api.resolve_question(store, question_id, outcome, resolver="ana", now=T0 + timedelta(days=2))


def scored(store, **filters):
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        table = api.score(store, **filters)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    return table, statements


@pytest.mark.parametrize("filters,n,brier", [
    ({"tag": "econ"}, 3, (0.01 + 0.16 + 0.09) / 3),  # a: ana 0.9 yes, bo 0.6 yes; b: ana 0.3 no
    ({"tag": "war"}, 3, (0.01 + 0.16 + 0.64) / 3),  # a: ana, bo; c: bo 0.8 no
    ({"forecaster": "bo"}, 2, (0.16 + 0.64) / 2),  # a 0.6 yes, c 0.8 no
    ({"forecaster": "ana", "by": "forecaster"}, 2, (0.01 + 0.09) / 2),
])
def test_one_tag_or_one_forecaster_is_read_from_the_cells(store, filters, n, brier):
    scenario(store)
    table, statements = scored(store, **filters)
    (group,) = table["groups"]
    assert group["n"] == n
    assert group["brier"] == pytest.approx(brier, abs=1e-12)
    assert any("FROM score_cell" in s for s in statements)
    assert not [s for s in statements if "GROUP BY scored.probability" in s]  # no scan grouping the forecasts


def test_a_combination_is_still_scanned_with_the_same_numbers(store):
    scenario(store)
    table, statements = scored(store, tag="war", forecaster="bo")
    (group,) = table["groups"]
    assert (group["n"], group["brier"]) == (2, pytest.approx((0.16 + 0.64) / 2, abs=1e-12))
    assert not any("FROM score_cell" in s for s in statements)
    assert [s for s in statements if "GROUP BY scored.probability" in s]
