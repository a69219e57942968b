"""score_cell (kept by triggers) and standing_forecast.relative (kept by store.relative) must always
equal what a scan of the standing forecasts gives, whatever sequence of writes came before."""

import random
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from sqlalchemy import inspect, text

from tracker import api
from tracker.domain import Prediction
from tracker.errors import InputError
from tracker.store import dimensions, queries
from tracker.store.relative import relative_by_forecaster
from tracker.store.scored import GROUPINGS, ScoreFilter, grouped_binary
from tracker.store.scored_lists import largest_misses, scored_briers

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
TAGS = ["china", "russia", "energy", "cyber"]
FORECASTERS = ["ana", "bo", "chen", "dara"]
EVERYTHING = ScoreFilter(since=datetime(1970, 1, 1, tzinfo=timezone.utc))  # a filter: forces the scan


def cells_from_a_scan(session) -> dict:
    """score_cell recomputed from standing_forecast with one plain GROUP BY per dimension (as migration 0006
    fills it; tests/store/test_dimensions.py holds the dimensions equal to what 0006 and 0010 installed)."""
    found = {}
    for dimension in dimensions.DIMENSIONS:
        rows = session.execute(text(dimensions.backfill_sql(dimension)))
        found.update({(d, k, sc, p): (int(n), int(e)) for d, k, sc, p, n, e in rows})
    return found


def cells_kept(session) -> dict:
    rows = session.execute(text("SELECT dimension, key, scale, probability, n, events FROM score_cell WHERE n <> 0"))
    return {(d, k, sc, p): (n, e) for d, k, sc, p, n, e in rows}


def as_sets(grouped: dict) -> dict:
    return {key: sorted(zip(*cells)) for key, cells in grouped.items()}


def check(store):
    from tracker import scoring

    from tracker.store.derived_check import differences

    with store.read() as session:
        assert cells_kept(session) == cells_from_a_scan(session)
        # verify's recomputation agrees with the write path after every kind of write (no false alarms).
        assert differences(session).named() == []
        assert session.execute(text("SELECT count(*) FROM score_cell WHERE n < 0 OR events < 0 OR events > n")
                               ).scalar() == 0
        for by in (None, *GROUPINGS):
            assert as_sets(grouped_binary(session, by)) == as_sets(grouped_binary(session, by, EVERYTHING)), by
        rows = scored_briers(session)
        expected = scoring.relative_brier(*zip(*rows)) if rows else {}
        actual = relative_by_forecaster(session, ScoreFilter())
        assert set(actual) == {f for f, v in expected.items() if not np.isnan(v)}
        for forecaster, value in actual.items():
            assert value == pytest.approx(expected[forecaster], abs=1e-12)
        overall = grouped_binary(session).get(("all",))
        if overall:
            narrowed = [tuple(r.__dict__.values()) for r in largest_misses(session, grouped=overall)]
            full = [tuple(r.__dict__.values()) for r in largest_misses(session)]
            assert narrowed == full


def test_cells_follow_every_kind_of_write(store):
    rng = random.Random(11)
    now = T0
    questions: list[str] = []
    corrected = 0
    for step in range(90):
        now += timedelta(hours=rng.randint(1, 30))
        action = rng.random()
        open_ids = [q for q in questions if api.question_history(store, q).question.status == "open"]
        resolved_ids = [q for q in questions if q not in open_ids]
        if action < 0.25 or not questions:
            qid = f"q{len(questions):02d}"
            api.log_forecast(store, text=f"Will {qid} happen?", criteria="c", forecaster=rng.choice(FORECASTERS),
                             due=(now + timedelta(days=rng.choice([10, 200, 500, 900]))).date().isoformat(),
                             probability=rng.choice([0.05, 0.2, 0.5, 0.7, 0.95]), question_id=qid,
                             tags=rng.sample(TAGS, rng.randint(0, 2)), phrase=rng.choice([None, "likely"]),
                             scale=None, source=rng.choice([None, {"document": "Outlook"}]), now=now)
            questions.append(qid)
        elif action < 0.5 and open_ids:
            api.update_forecast(store, rng.choice(open_ids), forecaster=rng.choice(FORECASTERS),
                                probability=rng.choice([0.1, 0.3, 0.5, 0.6, 0.9]), now=now)
        elif action < 0.7 and open_ids:
            qid = rng.choice(open_ids)
            created = api.question_history(store, qid).question.created_at
            # Sometimes backdated, before the latest predictions: those forecasts then stand after it.
            at = created + (now - created) * rng.choice([0.3, 1.0])
            api.resolve_question(store, qid, rng.choice(["yes", "no", "no", "ambiguous"]), resolver="ana",
                                 resolved_at=at, now=now)
        elif action < 0.8 and resolved_ids:
            try:
                api.resolve_question(store, rng.choice(resolved_ids), rng.choice(["yes", "no", "annulled", "open"]),
                                     resolver="bo", correction=True, now=now)
                corrected += 1
            except InputError as exc:  # a correction to the outcome already in force is refused, unchanged
                assert "nothing to correct" in exc.message, exc.message
        elif action < 0.9 and questions:
            # An edit of the question (apply does this): new tags, new due date, another source.
            qid = rng.choice(questions)
            question = api.question_history(store, qid).question
            edited = question.model_copy(update={"tags": tuple(sorted(rng.sample(TAGS, rng.randint(0, 3)))),
                                                 "due": question.due + timedelta(days=rng.choice([-5, 400]))})
            with store.write() as session:
                queries.update_question(session, edited, now)
        elif resolved_ids:
            # A late-arriving ledger record: a prediction on a resolved question, made before its resolution.
            qid = rng.choice(resolved_ids)
            history = api.question_history(store, qid)
            made = history.question.created_at + timedelta(minutes=rng.randint(1, 50))
            with store.write() as session:
                queries.insert_predictions(session, [Prediction(
                    question_id=qid, forecaster=rng.choice(FORECASTERS), made_at=made,
                    probability=rng.choice([0.15, 0.85]))], now)
        if step % 15 == 14:
            check(store)
    check(store)
    with store.read() as session:
        assert cells_kept(session), "the sequence scored nothing: the test would prove nothing"
    assert corrected, "no correction went through: the test would prove nothing about them"


def downgrade_to_0005(engine):
    from alembic import command
    from alembic.config import Config

    from tracker.store.engine import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")


def test_migration_0006_fills_cells_and_relative_from_existing_forecasts(database_url, tmp_path):
    """A store at 0005 with scored forecasts, upgraded: the backfill equals what the triggers keep."""
    from tracker.store import connect
    from tracker.store.engine import upgrade_schema

    store = connect(database_url)
    for i in range(12):
        api.log_forecast(store, text=f"Q{i}?", criteria="c", due=date(2024, 6, 1), forecaster="ana",
                         probability=0.1 * (i % 9 + 1), question_id=f"m{i}", tags=[TAGS[i % 4]], now=T0)
        api.update_forecast(store, f"m{i}", forecaster="bo", probability=0.5, now=T0 + timedelta(hours=1))
        api.resolve_question(store, f"m{i}", "yes" if i % 3 else "no", resolver="ana", now=T0 + timedelta(days=2))
    with store.read() as session:
        before = cells_kept(session)
        relative_before = relative_by_forecaster(session, ScoreFilter())
    downgrade_to_0005(store.engine)
    with store.read() as session:
        assert "score_cell" not in inspect(session.connection()).get_table_names()
    upgrade_schema(store.engine)
    with store.read() as session:
        assert cells_kept(session) == before == cells_from_a_scan(session)
        assert relative_by_forecaster(session, ScoreFilter()) == pytest.approx(relative_before)
    store.close()
