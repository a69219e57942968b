"""Issue 14: what scoring reads is checked against the chain, not trusted. Each attack of the issue (forged
score cells, standing forecasts and stored outcomes; dropped or disabled triggers) ends with `verify`
naming it, on SQLite and PostgreSQL; `verify --repair-derived` rebuilds the tables."""

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, text

from tracker import api
from tracker.errors import TrackerError
from tracker.store import connect
from tracker.store.guards import unguarded

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def scenario(store):
    """A 99%-yes forecast that resolved no, beside a second forecaster (so relative Brier is defined)."""
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.99,
                     question_id="a", tags=["econ"], now=T0)
    api.update_forecast(store, "a", forecaster="bo", probability=0.3, now=T0 + timedelta(hours=1))
    api.log_forecast(store, text="Will B?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.2,
                     question_id="b", now=T0 + timedelta(hours=2))
    api.resolve_question(store, "a", "no", resolver="ana", now=T0 + timedelta(days=1))
    api.resolve_question(store, "b", "yes", resolver="ana", now=T0 + timedelta(days=1))


def forge(store, *statements):
    """What a teammate with the documented grants can do: switch the guard flag on and write."""
    with store.engine.begin() as connection, unguarded(connection):
        for statement in statements:
            connection.execute(text(statement))


def ana_brier(store) -> float:
    return next(g["brier"] for g in api.score(store, by="forecaster")["groups"] if g["group"] == "ana")


def test_an_honest_store_has_no_differences(store):
    scenario(store)
    report = api.verify(store)
    assert (report.intact, report.triggers, report.derived) == (True, (), ())


@pytest.mark.parametrize("statements,named", [
    (["UPDATE score_cell SET events = 1 WHERE probability = 0.99"],
     "score_cell (all, p=0.99): stored n=1 events=1, from the standing forecasts n=1 events=0"),
    (["UPDATE standing_forecast SET probability = 0.01 WHERE question_id = 'a' AND forecaster = 'ana'"],
     "standing_forecast (a, ana): stored probability 0.01, from the chain 0.99"),
    (["UPDATE question SET outcome = 'yes' WHERE id = 'a'"], "question a: stored outcome yes, from the chain no"),
    (["UPDATE question SET status = 'open', outcome = NULL, resolved_at = NULL WHERE id = 'b'"],
     "question b: stored status open, from the chain resolved; stored outcome none, from the chain yes; "
     "stored resolved_at none, from the chain 2026-01-02T00:00:00+00:00"),
    (["DELETE FROM standing_forecast WHERE question_id = 'b'"],
     "standing_forecast (b, ana): missing (the newest prediction is from 2026-01-01T02:00:00+00:00)"),
    (["UPDATE standing_forecast SET relative = 0 WHERE question_id = 'a'"],
     "standing_forecast (a, ana): stored relative Brier 0.0, from the scored forecasts 0.445"),
])
def test_a_forged_derived_table_is_named_and_repaired(store, statements, named):
    scenario(store)
    honest = ana_brier(store)
    forge(store, *statements)
    report = api.verify(store)
    assert report.chain_intact and not report.intact
    assert [line for line in report.derived if line.startswith(named)], report.derived
    api.repair_derived(store)
    assert api.verify(store).intact
    assert ana_brier(store) == honest


def test_forged_score_cells_change_the_score_until_repaired(store):
    scenario(store)
    forge(store, "UPDATE score_cell SET events = 1 WHERE probability = 0.99")
    overall = api.score(store)["groups"][0]["brier"]
    assert overall != pytest.approx((0.9801 + 0.09 + 0.64) / 3)  # the forgery moved it
    assert api.repair_derived(store) == ["score_cell: rebuilt (7 cells differed)"]
    assert api.score(store)["groups"][0]["brier"] == pytest.approx((0.9801 + 0.09 + 0.64) / 3)


def test_guards_refuse_writes_from_outside_the_derived_code(store, database_url):
    scenario(store)
    statements = ["UPDATE score_cell SET events = 1", "UPDATE standing_forecast SET probability = 0.5",
                  "UPDATE question SET outcome = 'yes'", "DELETE FROM question_tag", "UPDATE chain_head SET seq = 1",
                  "UPDATE question SET text = 'Will the OPPOSITE happen?'"]
    for statement in statements:
        with pytest.raises(Exception, match="is derived from the chain"):
            with store.engine.begin() as connection:  # tracker's own connection, without the flag
                connection.execute(text(statement))
    if store.dialect == "sqlite":  # a plain sqlite3 shell has no tracker_derived()
        plain = sqlite3.connect(database_url.removeprefix("sqlite:///"))
        with pytest.raises(sqlite3.OperationalError, match="no such function: tracker_derived"):
            plain.execute("UPDATE score_cell SET events = 1")
        plain.close()
    else:
        engine = create_engine(database_url)
        with pytest.raises(Exception, match="is derived from the chain"), engine.begin() as connection:
            connection.execute(text("TRUNCATE score_cell"))
        engine.dispose()
    # Reminder bookkeeping is not derived from the chain, and tracker's own writes still pass.
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE question SET snoozed_until = NULL"))
    api.log_forecast(store, text="Will C?", criteria="c", due="2026-06-01", forecaster="bo", probability=0.4,
                     question_id="c", tags=["econ"], now=T0 + timedelta(days=2))
    assert api.verify(store).intact


def test_the_flag_does_not_outlive_a_tracker_write(sqlite_url):
    store = connect(sqlite_url)
    store.engine.pool.dispose()
    scenario(store)
    with store.engine.begin() as connection:  # the pooled connection the writes used
        with pytest.raises(Exception, match="is derived from the chain"):
            connection.execute(text("UPDATE score_cell SET events = 1"))
    with pytest.raises(RuntimeError), store.write() as session:
        from tracker.store.guards import writing  # a failing write block must switch the flag off too

        with writing(session):
            raise RuntimeError("boom")
    with store.engine.begin() as connection:
        with pytest.raises(Exception, match="is derived from the chain"):
            connection.execute(text("UPDATE score_cell SET events = 1"))
    store.close()


ATTACKS = {
    "sqlite": [("DROP TRIGGER guard_score_cell_update",
                "trigger guard_score_cell_update is missing: score_cell can be edited without tracker"),
               ("DROP TRIGGER guard_question_update",
                "trigger guard_question_update is missing: question can be edited without tracker"),
               ("DROP TRIGGER prediction_no_update",
                "trigger prediction_no_update is missing: prediction can be edited"),
               ("DROP TRIGGER standing_cells_insert", "trigger standing_cells_insert is missing: standing_forecast "
                                                      "score cells stop following the forecasts"),
               ("CREATE TRIGGER sneaky AFTER INSERT ON prediction BEGIN SELECT 1; END",
                "trigger sneaky was not installed by tracker: it may rewrite rows as they are written")],
    "postgresql": [("ALTER TABLE score_cell DISABLE TRIGGER guard_score_cell",
                    "trigger guard_score_cell is disabled: score_cell can be edited without tracker"),
                   ("DROP TRIGGER guard_question ON question",
                    "trigger guard_question is missing: question can be edited without tracker"),
                   ("ALTER TABLE prediction DISABLE TRIGGER prediction_immutable",
                    "trigger prediction_immutable is disabled: prediction can be edited or deleted"),
                   ("CREATE OR REPLACE FUNCTION tracker_refuse_change() RETURNS trigger AS $$ BEGIN RETURN OLD; END $$ "
                    "LANGUAGE plpgsql",
                    "trigger tracker_refuse_change() was altered: function tracker_refuse_change(): the triggers that "
                    "call it no longer do what tracker installed"),
                   ("CREATE TRIGGER sneaky AFTER INSERT ON prediction FOR EACH ROW "
                    "EXECUTE FUNCTION tracker_guard_derived()",
                    "trigger sneaky was not installed by tracker: it may rewrite rows as they are written")],
}


@pytest.mark.parametrize("attack", range(5))
def test_dropped_disabled_altered_and_extra_triggers_are_named(store, attack):
    scenario(store)
    statement, named = ATTACKS[store.dialect][attack]
    with store.engine.begin() as connection:
        connection.execute(text(statement))
    report = api.verify(store)
    assert report.chain_intact and report.derived == ()
    assert report.triggers == (named,)


def test_repair_is_refused_while_the_chain_is_broken(store):
    scenario(store)
    with store.engine.begin() as connection:
        if store.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER prediction_no_update"))
        else:
            connection.execute(text("ALTER TABLE prediction DISABLE TRIGGER prediction_immutable"))
        connection.execute(text("UPDATE prediction SET probability = 0.01 WHERE seq = 2"))
    with pytest.raises(TrackerError, match=r"^the chain is broken \(prediction #2 .* was altered"):
        api.repair_derived(store)


def test_verify_command_names_each_difference_and_repairs(cli, workspace, database_url):
    cli("log", "Will it?", "-p", "0.99", "--due", "2030-01-01", "-c", "c", "--id", "q")
    assert cli("resolve", "q", "no").exit_code == 0
    store = connect(database_url)
    forge(store, "UPDATE score_cell SET events = 1", "UPDATE question SET outcome = 'yes'")
    store.close()
    result = cli("verify")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert "error: derived table differs: question q: stored outcome yes, from the chain no" in lines
    assert ("error: derived table differs: score_cell (all, p=0.99): stored n=1 events=1, from the standing "
            "forecasts n=1 events=0") in lines
    assert lines[-1] == "(tracker verify --repair-derived rebuilds the derived tables from the chain)"
    result = cli("verify", "--repair-derived")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "repaired question: 1 rows set from their resolutions", "repaired score_cell: rebuilt (6 cells differed)",
        "The chain of 3 records is intact, and the derived tables follow from it."]
