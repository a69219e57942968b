"""Team mode on the throwaway PostgreSQL server, with real roles the tests create: the database, not the
client, decides who may record what, and members may only append."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from tracker import api
from tracker.errors import TrackerError
from tracker.store import team as team_lib
from tracker.store.engine import connect

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
T1 = datetime(2026, 2, 1, tzinfo=timezone.utc)


def _log(store, forecaster, question_id="q", probability=0.7, now=T0):
    return api.log_forecast(store, text=f"Will {question_id} happen?", criteria="c", due="2026-06-01",
                            forecaster=forecaster, probability=probability, question_id=question_id, tags=["t"],
                            now=now)


@pytest.fixture
def two(team):
    """Owner plus members ana and bo (each its own forecaster), ana's and bo's stores, and a history."""
    ana, bo = team.name("ana"), team.name("bo")
    owner = connect(team.owner_url)
    team_lib.add_member(owner, ana)
    team_lib.add_member(owner, bo)
    stores = {"owner": owner, "ana": connect(team.url_for(ana)), "bo": connect(team.url_for(bo))}
    _log(stores["ana"], ana)
    api.update_forecast(stores["bo"], "q", forecaster=bo, probability=0.4, now=T0)
    yield team, ana, bo, stores
    for store in stores.values():
        store.close()


def _clean(store):
    report = api.verify(store)
    assert (report.intact, report.triggers, report.derived) == (True, (), ()), report


def _rows(store, sql):
    with store.read() as session:
        return session.execute(text(sql)).all()


def test_each_record_keeps_the_role_that_wrote_it(two):
    _, ana, bo, stores = two
    assert _rows(stores["owner"], "SELECT forecaster, role FROM prediction ORDER BY seq") == [(ana, ana), (bo, bo)]
    assert _rows(stores["owner"], "SELECT role FROM question_version") == [(ana,)]
    _clean(stores["ana"])


def test_a_member_cannot_record_under_anothers_name(two):
    _, ana, bo, stores = two
    before = _rows(stores["owner"], "SELECT count(*) FROM prediction")
    with pytest.raises(TrackerError) as caught:
        api.update_forecast(stores["bo"], "q", forecaster=ana, probability=0.99, now=T1)
    message = str(caught.value)
    assert f"role {bo} may not record predictions as forecaster {ana}" in message
    assert "\n" not in message and "INSERT" not in message and "SELECT" not in message
    assert _rows(stores["owner"], "SELECT count(*) FROM prediction") == before
    _clean(stores["owner"])


def test_a_forecaster_nobody_holds_is_refused_too(two):
    _, ana, _, stores = two
    with pytest.raises(TrackerError, match=f"role {ana} may not record predictions as forecaster carol"):
        _log(stores["ana"], "carol", question_id="other")
    assert _rows(stores["owner"], "SELECT count(*) FROM question WHERE id = 'other'") == [(0,)]


DENIED, OWNER, STANDING, QUESTION, HEAD = ("permission denied", "must be owner", "does not follow from the predictions",
                                          "follow from its resolutions", "may not move the chain's head")


@pytest.mark.parametrize(("statement", "refusal"), [
    ("UPDATE prediction SET probability = 0.01", DENIED),
    ("DELETE FROM prediction", DENIED),
    ("UPDATE resolution SET outcome = 'no'", DENIED),
    ("DELETE FROM resolution", DENIED),
    ("UPDATE question_version SET reason = 'x'", DENIED),
    ("INSERT INTO score_cell (dimension, key, scale, probability, n, events) VALUES ('all', '', '', 0.5, 9, 9)",
     DENIED),
    ("UPDATE score_cell SET events = 0", DENIED),
    ("DELETE FROM score_cell", DENIED),
    ("TRUNCATE score_cell", DENIED),
    ("UPDATE standing_forecast SET probability = 0.99", STANDING),
    ("UPDATE standing_forecast SET outcome = 'no', resolved_at = now()", STANDING),
    ("UPDATE standing_forecast SET relative = relative - 0.25", STANDING),
    ("UPDATE standing_forecast SET relative = NULL", STANDING),
    ("DELETE FROM standing_forecast", DENIED),
    ("UPDATE question SET status = 'resolved', outcome = 'no', resolved_at = now()", QUESTION),
    ("UPDATE question SET status = 'open', outcome = NULL, resolved_at = NULL", QUESTION),
    ("DELETE FROM question", DENIED),
    ("UPDATE chain_head SET hash = repeat('0', 64)", HEAD),
    ("UPDATE chain_head SET seq = seq + 1", HEAD),
    ("DELETE FROM chain_head", DENIED),
    ("ALTER TABLE prediction DISABLE TRIGGER ALL", OWNER),
    ("DROP TRIGGER prediction_identity ON prediction", OWNER),
    ("CREATE OR REPLACE FUNCTION tracker_record_check() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; "
     "END $$", DENIED),
    ("UPDATE team_forecaster SET role = current_user", DENIED),
    ("INSERT INTO team_role (role, record_for_others) VALUES (current_user, true) "
     "ON CONFLICT (role) DO UPDATE SET record_for_others = true", DENIED),
])
def test_a_member_cannot_change_history_derived_tables_or_the_chain_head(two, statement, refusal):
    _, ana, _, stores = two
    api.resolve_question(stores["ana"], "q", "yes", resolver=ana, now=T1)  # relative Brier is defined
    assert all(r is not None for (r,) in _rows(stores["owner"], "SELECT relative FROM standing_forecast"))
    with pytest.raises(Exception) as caught:
        with stores["ana"].engine.begin() as connection:
            # The guard flag of 0008 is on: what refuses below is the member's privileges and 0011's checks.
            connection.execute(text("SELECT set_config('tracker.derived', 'on', true)"))
            connection.execute(text(statement))
    assert refusal in str(caught.value)
    _clean(stores["owner"])


def test_a_forged_chain_record_is_refused_at_commit(two):
    _, ana, _, stores = two
    with pytest.raises(Exception, match="does not follow the record before it"):
        with stores["ana"].engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO prediction (question_id, forecaster, made_at, probability, recorded_at, role, seq, "
                "prev_hash, hash) SELECT 'q', :f, now(), 0.9, now(), current_user, max(seq) + 1, "
                "repeat('a', 64), repeat('b', 64) FROM prediction"), {"f": ana})
    _clean(stores["owner"])


def test_a_role_granted_record_for_others_imports_for_them_and_sources_need_no_role(two):
    team, ana, bo, stores = two
    importer = team.name("importer")
    team_lib.add_member(stores["owner"], importer, forecasters=[importer])
    team_lib.grant(stores["owner"], importer, record_for_others=True)
    team_lib.add_sources(stores["owner"], ["reuters"])
    store = connect(team.url_for(importer))
    try:
        api.update_forecast(store, "q", forecaster=ana, probability=0.55, now=T1)
        _log(stores["bo"], "reuters", question_id="r")  # any member records a source
        rows = _rows(stores["owner"], "SELECT forecaster, role FROM prediction ORDER BY seq")
        assert rows == [(ana, ana), (bo, bo), (ana, importer), ("reuters", bo)]
        _clean(store)
    finally:
        store.close()


def test_the_owner_manages_the_team_and_members_cannot(two):
    _, ana, bo, stores = two
    listed = {m.role: m for m in team_lib.members(stores["owner"])}
    assert listed[ana].forecasters == [ana] and not listed[ana].record_for_others
    with pytest.raises(TrackerError, match=f"only the database's owner .* you are connected as {ana}"):
        team_lib.grant(stores["ana"], ana, record_for_others=True)
    with pytest.raises(TrackerError, match=f"already mapped to role {ana}"):
        team_lib.grant(stores["owner"], bo, forecasters=[ana])


def test_a_member_meeting_an_older_schema_says_the_owner_must_migrate(two, monkeypatch):
    team, ana, _, stores = two
    from tracker.store import engine

    monkeypatch.setattr(engine, "HEAD_REVISION", "9999")  # as a newer tracker would
    with pytest.raises(TrackerError) as caught:
        connect(team.url_for(ana))
    message = str(caught.value)
    assert "older than this tracker's 9999: its owner must run `tracker migrate`" in message
    assert f"(role {ana} may not)" in message and "\n" not in message
    assert _rows(stores["owner"], "SELECT version_num FROM alembic_version") != [("9999",)]


def test_a_member_cannot_create_the_schema_of_an_empty_database(pg_url, team):
    import conftest
    from sqlalchemy.engine import make_url

    ana = team.name("ana")
    owner = connect(team.owner_url)
    team_lib.add_member(owner, ana)
    owner.close()
    server = make_url(pg_url).set(database="postgres").render_as_string(hide_password=False)
    empty, name = conftest.fresh_postgres_database(server)
    try:
        with pytest.raises(TrackerError, match="has no tracker schema: its owner must run `tracker migrate`"):
            connect(make_url(empty).set(username=ana).render_as_string(hide_password=False))
    finally:
        conftest.drop_postgres_database(server, name)


def test_a_members_own_forecasters_are_those_mapped_to_its_role(two):
    team, ana, _, stores = two
    team_lib.grant(stores["owner"], ana, forecasters=["ana-work"])
    assert team_lib.own_forecasters(stores["ana"], None) == sorted([ana, "ana-work"])
    assert team_lib.own_forecasters(stores["ana"], "x") == sorted([ana, "ana-work", "x"])


def test_migrate_grants_members_their_privileges_again(two):
    _, ana, bo, stores = two
    with stores["owner"].write() as session:  # as if an upgrade had added a table after the members
        session.execute(text(f'REVOKE INSERT ON prediction FROM "{ana}"'))
    with pytest.raises(TrackerError, match="permission denied for table prediction"):
        api.update_forecast(stores["ana"], "q", forecaster=ana, probability=0.5, now=T1)
    assert team_lib.regrant_all(stores["owner"]) == sorted([ana, bo])
    api.update_forecast(stores["ana"], "q", forecaster=ana, probability=0.5, now=T1)
    assert team_lib.regrant_all(stores["ana"]) == []


@pytest.mark.parametrize("table", ["prediction", "resolution", "question_version"])
def test_a_record_naming_another_role_is_refused(two, table):
    _, ana, bo, stores = two
    values = {"prediction": "(question_id, forecaster, made_at, probability, recorded_at, role, seq, prev_hash, hash) "
                            "VALUES ('q', :ana, now(), 0.5, now(), :bo, 99, 'x', 'y')",
              "resolution": "(question_id, outcome, resolved_at, resolver, evidence, recorded_at, role, seq, "
                            "prev_hash, hash) VALUES ('q', 'yes', now(), :ana, '[]', now(), :bo, 99, 'x', 'y')",
              "question_version": "(question_id, version, description, correction, recorded_at, role, seq, "
                                  "prev_hash, hash) VALUES ('q', 9, '{}', false, now(), :bo, 99, 'x', 'y')"}[table]
    with pytest.raises(Exception, match=f"role {ana} may write a {table} only under its own name, not as role {bo}"):
        with stores["ana"].engine.begin() as connection:
            connection.execute(text(f"INSERT INTO {table} {values}"), {"ana": ana, "bo": bo})


@pytest.mark.parametrize("name", ["Ana", "ana smith", "1ana", "a" * 64])
def test_a_role_name_psql_would_read_differently_is_refused_in_one_line(team, name):
    owner = connect(team.owner_url)
    try:
        with pytest.raises(TrackerError, match="use lower-case letters, digits and _"):
            team_lib.add_member(owner, name)
    finally:
        owner.close()


def test_an_existing_role_is_adopted_and_a_second_add_is_refused(team):
    carol = team.name("carol")
    owner = connect(team.owner_url)
    try:
        with owner.write() as session:
            session.execute(text(f'CREATE ROLE "{carol}" LOGIN'))  # as an administrator would
        member, created = team_lib.add_member(owner, carol, forecasters=["carol", "Carol K"])
        assert not created and member.forecasters == ["Carol K", "carol"] and member.can_login
        with pytest.raises(TrackerError, match=f"role {carol} is already a member"):
            team_lib.add_member(owner, carol)
        store = connect(team.url_for(carol))
        _log(store, "Carol K", question_id="k")
        store.close()
    finally:
        owner.close()


def test_a_members_resolutions_corrections_annulments_and_reopenings_pass_the_checks(two):
    """Every path of the write path a member takes through the derived tables is accepted by 0011's checks
    (a disagreement between them would refuse honest work)."""
    _, ana, bo, stores = two
    api.log_forecast(stores["ana"], text="Will d follow?", criteria="c", due="2026-06-01", forecaster=ana,
                     probability=0.3, question_id="d", condition=("q", "yes"), now=T0)
    api.update_forecast(stores["bo"], "d", forecaster=bo, probability=0.6, now=T0)
    hour = timedelta(hours=1)
    annulled = api.resolve_question(stores["bo"], "q", "no", resolver=bo, now=T1)
    assert [(r.question_id, r.outcome) for r in annulled] == [("q", "no"), ("d", "annulled")]
    api.resolve_question(stores["ana"], "q", "yes", resolver=ana, correction=True, now=T1 + hour)
    api.resolve_question(stores["bo"], "q", "open", resolver=bo, correction=True, now=T1 + 2 * hour)
    api.update_forecast(stores["ana"], "q", forecaster=ana, probability=0.9, now=T1 + 3 * hour)
    api.resolve_question(stores["ana"], "q", "yes", resolver=ana, now=T1 + 4 * hour)
    rows = _rows(stores["owner"], "SELECT forecaster, relative FROM standing_forecast WHERE question_id = 'q' "
                                  "ORDER BY forecaster")
    # Hand computation: ana 0.9 -> (0.1)^2 = 0.01, bo 0.4 -> (0.6)^2 = 0.36; median 0.185.
    expected = {ana: 0.01 - 0.185, bo: 0.36 - 0.185}
    assert [(f, round(r, 12)) for f, r in rows] == sorted((f, round(r, 12)) for f, r in expected.items())
    # The correction to yes reopens d (its condition holds again), written by whoever corrected.
    assert _rows(stores["owner"], "SELECT question_id, outcome, role FROM resolution ORDER BY seq") == [
        ("q", "no", bo), ("d", "annulled", bo), ("q", "yes", ana), ("d", "open", ana), ("q", "open", bo),
        ("q", "yes", ana)]
    _clean(stores["ana"])


def test_a_backdated_resolution_by_a_member_passes_the_relative_check(two):
    _, ana, bo, stores = two
    api.update_forecast(stores["ana"], "q", forecaster=ana, probability=0.95, now=T1)  # after the resolution
    api.resolve_question(stores["bo"], "q", "yes", resolver=bo, resolved_at=T0 + timedelta(days=1), now=T1)
    rows = dict(_rows(stores["owner"], "SELECT forecaster, relative FROM standing_forecast WHERE question_id = 'q'"))
    # Scored: ana's 0.7 (made by the resolution), bo's 0.4: errors 0.09 and 0.36, median 0.225.
    assert rows == pytest.approx({ana: 0.09 - 0.225, bo: 0.36 - 0.225}, abs=1e-12)
    _clean(stores["owner"])
