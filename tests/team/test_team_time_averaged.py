"""Team mode (PostgreSQL, real roles): migration 0014's tracker_standing_check() also holds a member's
standing forecasts to their pair's time-averaged Brier, and the downgrade puts 0011's function back."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from tracker import api
from tracker.domain import Prediction
from tracker.store import queries
from tracker.store import team as team_lib
from tracker.store.engine import connect, upgrade_schema

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
T1 = datetime(2026, 2, 1, tzinfo=timezone.utc)
STANDING = "does not follow from the predictions"


@pytest.fixture
def two(team):
    """Owner plus members ana and bo on question q (open Jan 1, due June 1): ana 0.7, bo 0.4, made Jan 1."""
    ana, bo = team.name("ana"), team.name("bo")
    owner = connect(team.owner_url)
    team_lib.add_member(owner, ana)
    team_lib.add_member(owner, bo)
    stores = {"owner": owner, "ana": connect(team.url_for(ana)), "bo": connect(team.url_for(bo))}
    api.log_forecast(stores["ana"], text="Will q happen?", criteria="c", due="2026-06-01", forecaster=ana,
                     probability=0.7, question_id="q", now=T0)
    api.update_forecast(stores["bo"], "q", forecaster=bo, probability=0.4, now=T0)
    yield team, ana, bo, stores
    for store in stores.values():
        store.close()


def _rows(store, sql):
    with store.read() as session:
        return session.execute(text(sql)).all()


def _clean(store):
    report = api.verify(store)
    assert (report.intact, report.triggers, report.derived) == (True, (), ()), report


def _forge(store, statement):
    with store.engine.begin() as connection:
        # 0008's guard flag on: what refuses is 0014's check, at commit.
        connection.execute(text("SELECT set_config('tracker.derived', 'on', true)"))
        connection.execute(text(statement))


@pytest.mark.parametrize("statement", [
    "UPDATE standing_forecast SET time_averaged = time_averaged + 1e-6",
    "UPDATE standing_forecast SET time_averaged = NULL",
])
def test_a_member_who_forges_a_time_averaged_brier_is_refused_at_commit(two, statement):
    _, ana, _, stores = two
    api.resolve_question(stores["ana"], "q", "yes", resolver=ana, now=T1)
    before = _rows(stores["owner"], "SELECT forecaster, time_averaged FROM standing_forecast ORDER BY forecaster")
    assert all(value is not None for _, value in before)
    with pytest.raises(Exception, match=STANDING):
        _forge(stores["ana"], statement)
    assert _rows(stores["owner"], "SELECT forecaster, time_averaged FROM standing_forecast ORDER BY forecaster") \
        == before
    _clean(stores["owner"])


def test_a_value_on_an_open_question_is_refused(two):
    _, _, _, stores = two
    with pytest.raises(Exception, match=STANDING):
        _forge(stores["bo"], "UPDATE standing_forecast SET time_averaged = 0.25")
    _clean(stores["owner"])


def test_a_members_resolution_and_late_prediction_pass_with_the_right_values(two):
    _, ana, bo, stores = two
    api.resolve_question(stores["bo"], "q", "yes", resolver=bo, now=T1)
    # Open Jan 1 to Feb 1 00:00: 31 days. ana's 0.7: 0.09 each day; bo's 0.4: 0.36.
    assert dict(_rows(stores["owner"], "SELECT forecaster, time_averaged FROM standing_forecast")) == \
        pytest.approx({ana: 0.09, bo: 0.36}, abs=1e-15)
    # ana's prediction recorded after the resolution, made Jan 16 00:00 (a file's history can carry one):
    # 0.9 stands at the ends of Jan 16 to 31 (16 days), 0.7 at Jan 1 to 15: (15 * 0.09 + 16 * 0.01) / 31.
    with stores["ana"].write() as session:
        queries.insert_predictions(session, [Prediction(question_id="q", forecaster=ana, made_at=T0 + timedelta(
            days=15), probability=0.9)], T1 + timedelta(hours=1))
    assert dict(_rows(stores["owner"], "SELECT forecaster, time_averaged FROM standing_forecast")) == \
        pytest.approx({ana: (15 * 0.09 + 16 * 0.01) / 31, bo: 0.36}, abs=1e-15)
    # A correction by a member moves the close to Jan 11 12:00 (11 days, the last ending at the close).
    api.resolve_question(stores["ana"], "q", "no", resolver=ana, resolved_at=T0 + timedelta(days=10, hours=12),
                         correction=True, now=T1 + timedelta(hours=2))
    assert dict(_rows(stores["owner"], "SELECT forecaster, time_averaged FROM standing_forecast")) == \
        pytest.approx({ana: 0.49, bo: 0.16}, abs=1e-15)
    _clean(stores["ana"])


def _check_source(store) -> str:
    from tracker.store.guards import installed

    with store.engine.connect() as connection:
        return installed(connection)["tracker_standing_check()"][0]


def test_the_downgrade_restores_0011s_check_and_the_upgrade_puts_0014s_back(two):
    import importlib.util

    from alembic import command
    from alembic.config import Config

    from tracker.store.engine import MIGRATIONS
    from tracker.store.guards import _digest

    _, ana, bo, stores = two
    upgraded = _check_source(stores["owner"])
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with stores["owner"].engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
    path = MIGRATIONS / "versions" / "0011_team_roles.py"
    spec = importlib.util.spec_from_file_location("team_roles_0011", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    body = module.FUNCTIONS["tracker_standing_check()"].split("$$")[1]
    assert _check_source(stores["owner"]) == _digest(body) != upgraded
    with stores["owner"].engine.connect() as connection:
        path_setting = connection.execute(text(
            "SELECT proconfig FROM pg_proc WHERE proname = 'tracker_standing_check'")).scalar()
    assert any(setting.startswith("search_path=") for setting in path_setting)
    upgrade_schema(stores["owner"].engine)
    assert _check_source(stores["owner"]) == upgraded
    api.resolve_question(stores["bo"], "q", "yes", resolver=bo, now=T1)
    with pytest.raises(Exception, match=STANDING):
        _forge(stores["ana"], "UPDATE standing_forecast SET time_averaged = 0.5")
    _clean(stores["owner"])
