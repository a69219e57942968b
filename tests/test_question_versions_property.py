"""Hypothesis: any sequence of writes (questions asked, forecasts, edits of every description field, backdated
resolutions, corrections) leaves an intact chain whose export, applied to an empty store, rebuilds it hash for
hash with the same question rows; and re-applying the export changes nothing."""

import itertools
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker import api
from tracker.errors import TrackerError
from tracker.store import connect

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
QUESTIONS = ("a", "b", "c")

write = st.one_of(
    st.tuples(st.just("log"), st.sampled_from(QUESTIONS), st.floats(0.01, 0.99)),
    st.tuples(st.just("update"), st.sampled_from(QUESTIONS), st.floats(0.01, 0.99)),
    st.tuples(st.just("revise"), st.sampled_from(QUESTIONS),
              st.sampled_from(["criteria", "due", "tags", "text", "source", "phrase"]), st.booleans()),
    st.tuples(st.just("resolve"), st.sampled_from(QUESTIONS), st.sampled_from(["yes", "no"]), st.booleans()),
)


def run(store, writes) -> None:
    clock = itertools.count(1)
    for step in writes:
        now = T0 + timedelta(hours=next(clock))
        kind, question_id = step[0], step[1]
        try:
            if kind == "log":
                api.log_forecast(store, text=f"Will {question_id}?", criteria="c", due="2027-01-01",
                                 forecaster="ana", probability=step[2], question_id=question_id, now=now)
            elif kind == "update":
                api.update_forecast(store, question_id, forecaster="bo", probability=step[2], now=now)
            elif kind == "revise":
                value = {"criteria": f"c {now.hour}", "due": f"2027-0{now.hour % 9 + 1}-01", "tags": [f"t{now.hour}"],
                         "text": f"Will {question_id} {now.hour}?", "source": {"document": f"d{now.hour}"},
                         "phrase": "likely"}[step[2]]
                api.revise_question(store, question_id, by="cy", correction=step[3], reason="why" if step[3] else None,
                                    now=now, **{step[2]: value})
            else:
                api.resolve_question(store, question_id, step[2], resolver="ana", correction=step[3],
                                     resolved_at=now - timedelta(minutes=30), now=now)
        except TrackerError:
            pass  # refused by a rule (unknown question, resolved, needs a correction...): nothing written


def chain_and_questions(store):
    from sqlalchemy import text

    with store.engine.connect() as connection:
        chain = sorted(connection.execute(text(
            "SELECT seq, hash FROM prediction UNION ALL SELECT seq, hash FROM resolution "
            "UNION ALL SELECT seq, hash FROM question_version")).all())
    return chain, [h.question for h in api.all_histories(store)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=st.lists(write, max_size=14))
def test_export_then_apply_rebuilds_any_history(writes):
    with tempfile.TemporaryDirectory() as folder:
        store = connect(f"sqlite:///{folder}/one.db")
        run(store, writes)
        assert api.verify(store).intact
        api.export_store(store, Path(folder, "out"))
        copy = connect(f"sqlite:///{folder}/two.db")
        api.apply_paths(copy, [Path(folder, "out")])
        assert chain_and_questions(copy) == chain_and_questions(store)
        assert api.verify(copy).intact
        assert not api.apply_paths(copy, [Path(folder, "out")]).changed
        store.close()
        copy.close()
