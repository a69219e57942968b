"""A prediction that lands on a resolved question (made before its resolution, recorded after it) changes the
question's relative Brier: the write path marks the question touched (standing.advance_standing returns it)
and store.derived recomputes it once, when the write transaction ends."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from tracker import api
from tracker.domain import Prediction
from tracker.store import queries, standing
from tracker.store.tables import StandingForecastRow

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def relative(store, question_id: str) -> dict[str, float | None]:
    table = StandingForecastRow.__table__
    with store.read() as session:
        return dict(session.execute(select(table.c.forecaster, table.c.relative)
                                    .where(table.c.question_id == question_id)).all())


def test_a_late_recorded_prediction_moves_the_median(store):
    api.log_forecast(store, text="q?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.9,
                     question_id="q", now=T0)
    api.update_forecast(store, "q", forecaster="bo", probability=0.6, now=T0 + timedelta(hours=1))
    api.resolve_question(store, "q", "yes", resolver="ana", now=T0 + timedelta(days=1))
    # Errors 0.01 and 0.16: median 0.085, so ana -0.075 and bo +0.075.
    assert relative(store, "q") == pytest.approx({"ana": -0.075, "bo": 0.075})
    late = Prediction(question_id="q", forecaster="cy", made_at=T0 + timedelta(hours=2), probability=0.2)
    with store.write() as session:
        queries.insert_predictions(session, [late], T0 + timedelta(days=2))
    # Errors 0.01, 0.16, 0.64: median 0.16, so ana -0.15, bo 0, cy 0.48.
    assert relative(store, "q") == pytest.approx({"ana": -0.15, "bo": 0.0, "cy": 0.48})


def test_advance_standing_names_the_resolved_questions_it_moved(store):
    api.log_forecast(store, text="a?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.9,
                     question_id="a", now=T0)
    api.log_forecast(store, text="b?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.9,
                     question_id="b", now=T0)
    api.resolve_question(store, "a", "no", resolver="ana", now=T0 + timedelta(days=1))
    rows = [{"question_id": qid, "forecaster": "bo", "made_at": T0 + timedelta(hours=3), "probability": 0.5,
             "probabilities": None, "phrase": None, "scale": None} for qid in ("a", "b")]
    with store.write() as session:
        from tracker.store.guards import writing

        with writing(session):
            assert standing.advance_standing(session, rows) == ["a"]
