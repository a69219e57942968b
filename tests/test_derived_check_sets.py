"""`verify`'s set-wise derived checks (issue 14): the question rows and standing forecasts are compared
in SQL first, only the rows that may differ are read; a forgery of either is still named exactly."""

from datetime import datetime, timedelta, timezone

import pytest

from tracker import api
from tests.test_derived_honesty import forge

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def history(store):
    """a: resolved no; r: resolved yes, then reopened by a correction (open again); v: annulled; o: open."""
    for qid in ("a", "r", "v", "o"):
        api.log_forecast(store, text=f"{qid}?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.7,
                         question_id=qid, tags=["x"], now=T0)
        api.update_forecast(store, qid, forecaster="bo", probability=0.4, now=T0 + timedelta(hours=1))
    api.resolve_question(store, "a", "no", resolver="ana", now=T0 + timedelta(days=1))
    api.resolve_question(store, "r", "yes", resolver="ana", now=T0 + timedelta(days=1))
    api.resolve_question(store, "r", "open", resolver="ana", correction=True, note="too early",
                         now=T0 + timedelta(days=2))
    api.resolve_question(store, "v", "annulled", resolver="ana", now=T0 + timedelta(days=1))


def test_an_honest_history_with_a_reopening_and_a_void_has_no_differences(store):
    history(store)
    report = api.verify(store)
    assert report.intact and report.derived == ()


@pytest.mark.parametrize("statements,named", [
    (["UPDATE question SET status = 'resolved' WHERE id = 'v'"],
     ["question v: stored status resolved, from the chain annulled"]),
    (["UPDATE question SET status = 'resolved', outcome = 'yes', resolved_at = (SELECT resolved_at FROM question "
      "WHERE id = 'a') WHERE id = 'r'"],
     ["question r: stored status resolved, from the chain open; stored outcome yes, from the chain none; "
      "stored resolved_at 2026-01-02T00:00:00+00:00, from the chain none"]),
    # Both layers forged alike: each is named where it was forged, not hidden by the other.
    (["UPDATE question SET outcome = 'yes' WHERE id = 'a'", "UPDATE standing_forecast SET outcome = 'yes' "
      "WHERE question_id = 'a' AND forecaster = 'bo'"],
     ["question a: stored outcome yes, from the chain no",
      "standing_forecast (a, bo): stored outcome yes, from the chain no"]),
])
def test_forged_rows_are_named_and_repaired(store, statements, named):
    history(store)
    forge(store, *statements)
    report = api.verify(store)
    assert [line for line in report.derived if line.startswith(("question ", "standing_forecast (")) and
            "relative Brier" not in line] == named
    api.repair_derived(store)
    assert api.verify(store).intact
