"""`verify`'s relative Brier check (issue 14), set-wise: the median of each question recomputed from its
scored forecasts, odd and even counts, a stored value where none is defined, and one cleared."""

from datetime import datetime, timedelta, timezone

import pytest

from tracker import api
from tracker.store.differences import Differences
from tracker.store.relative_check import check_relative
from tests.test_derived_honesty import forge

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def three_and_two(store):
    """q3: ana 0.9, bo 0.6, cy 0.2, resolved yes: squared errors 0.01, 0.16, 0.64, median 0.16.
    q2: ana 0.9, bo 0.5, resolved no: errors 0.81, 0.25, median (0.81 + 0.25) / 2 = 0.53.
    solo: ana alone, resolved yes: no relative Brier (a median of one says nothing)."""
    for qid, forecasts, outcome in (("q3", {"ana": 0.9, "bo": 0.6, "cy": 0.2}, "yes"),
                                    ("q2", {"ana": 0.9, "bo": 0.5}, "no"), ("solo", {"ana": 0.7}, "yes")):
        for i, (who, p) in enumerate(forecasts.items()):
            if i == 0:
                api.log_forecast(store, text=f"{qid}?", criteria="c", due="2026-06-01", forecaster=who,
                                 probability=p, question_id=qid, now=T0)
            else:
                api.update_forecast(store, qid, forecaster=who, probability=p, now=T0 + timedelta(hours=i))
        api.resolve_question(store, qid, outcome, resolver="ana", now=T0 + timedelta(days=1))


def named(store) -> list[str]:
    found = Differences()
    with store.read() as session:
        check_relative(session, found)
    return found.named()


def test_honest_medians_odd_and_even_pass(store):
    three_and_two(store)
    assert named(store) == []


@pytest.mark.parametrize("statement,line", [
    # cy on q3: 0.64 - 0.16
    ("UPDATE standing_forecast SET relative = 0.4 WHERE question_id = 'q3' AND forecaster = 'cy'",
     "standing_forecast (q3, cy): stored relative Brier 0.4, from the scored forecasts 0.48"),
    # bo on q2: 0.25 - 0.53
    ("UPDATE standing_forecast SET relative = NULL WHERE question_id = 'q2' AND forecaster = 'bo'",
     "standing_forecast (q2, bo): stored relative Brier none, from the scored forecasts -0.28"),
    ("UPDATE standing_forecast SET relative = 0.1 WHERE question_id = 'solo'",
     "standing_forecast (solo, ana): stored relative Brier 0.1, from the scored forecasts none"),
])
def test_a_forged_relative_brier_is_named(store, statement, line):
    three_and_two(store)
    forge(store, statement)
    lines = named(store)
    assert len(lines) == 1 and lines[0].startswith(line[:line.rindex(" ")]), lines
    wanted = line.rsplit(" ", 1)[1]
    assert wanted == "none" or float(lines[0].rsplit(" ", 1)[1]) == pytest.approx(float(wanted))


def test_a_relative_brier_on_an_open_question_is_named(store):
    three_and_two(store)
    api.log_forecast(store, text="open?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.5,
                     question_id="open", now=T0)
    forge(store, "UPDATE standing_forecast SET relative = 0 WHERE question_id = 'open'")
    assert named(store) == ["standing_forecast (open, ana): stored relative Brier 0.0, from the scored forecasts none"]
