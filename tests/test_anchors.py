"""Anchors kept outside the database: truncating or rewriting the chain up to an anchor is found even when
every hash was recomputed; `verify --since-anchor` checks only what came after one."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text, update

from tracker import api
from tracker.anchors import Anchor, parse
from tracker.errors import InputError, TrackerError
from tracker.store import connect
from tracker.store.chain import link, prediction_content, resolution_content, version_content
from tracker.store.guards import unguarded
from tracker.verify import COLUMNS, TABLES, version

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def history(store, first=0, count=5):
    for i in range(first, first + count):
        api.log_forecast(store, text=f"Will {i}?", criteria="c", due="2027-06-01", forecaster="ana",
                         probability=0.5, question_id=f"q{i}", now=T0 + timedelta(hours=i))


def owner_sql(store, *statements):
    """The database owner: immutability triggers out of the way, guard flag on."""
    with store.engine.begin() as connection, unguarded(connection):
        for table in ("prediction", "question_version"):
            if store.dialect == "sqlite":
                for action in ("update", "delete"):
                    connection.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{action}"))
            else:
                connection.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_immutable"))
        for statement in statements:
            connection.execute(text(statement), {}) if isinstance(statement, str) else statement(connection)


def rewrite_from(seq):
    """Change the prediction at ``seq`` and recompute every later hash (versions' links to the version
    before included) and the head, as tracker would. Every record of these stores is form 2."""
    def run(connection):
        records = sorted(((row.seq, kind, row) for kind, table in TABLES.items() for row in connection.execute(
            select(*(table.c[c] for c in COLUMNS[kind])).where(table.c.seq >= seq - 1))), key=lambda r: r[0])
        versions = dict(((q, n), h) for q, n, h in connection.execute(
            select(version.c.question_id, version.c.version, version.c.hash)))
        previous = records[0][2].hash if seq > 1 else ""
        for at, kind, row in records[1:] if seq > 1 else records:
            values = dict(row._mapping)
            if at == seq:
                values["probability"] = 0.01
            if kind == "prediction":
                content = prediction_content(values, 2)
            elif kind == "resolution":
                content = resolution_content(values, None, 2)  # no corrections in these histories
            else:
                content = version_content(values, versions.get((row.question_id, row.version - 1)))
            digest = link(previous, content)
            extra = {"probability": values["probability"]} if kind == "prediction" else {}
            connection.execute(update(TABLES[kind]).where(TABLES[kind].c.seq == at)
                               .values(prev_hash=previous, hash=digest, **extra))
            if kind == "question_version":
                versions[(row.question_id, row.version)] = digest
            previous = digest
        connection.execute(text("UPDATE chain_head SET hash = :h"), {"h": previous})
    return run


def test_truncation_before_an_anchor_is_named(store, tmp_path):
    history(store)
    anchor, path = api.anchor(store, tmp_path)
    # Each question is a version record then a prediction: q0 is #1 and #2, ..., q4 is #9 and #10.
    assert (anchor.seq, path.name) == (10, f"000000000010-{anchor.hash[:12]}.yaml")
    owner_sql(store, "DELETE FROM standing_forecast WHERE question_id IN ('q3', 'q4')",
              "DELETE FROM prediction WHERE seq > 6", "DELETE FROM question_version WHERE seq > 6",
              lambda c: c.execute(text("UPDATE chain_head SET seq = 6, hash = (SELECT hash FROM prediction "
                                       "WHERE seq = 6)")))
    assert api.verify(store).chain_intact  # without the anchor, a clean truncation passes (the documented limit)
    report = api.verify(store, anchors=[anchor])
    assert not report.intact
    assert report.anchors == (f"the anchor says #10 is {anchor.hash[:12]}…, but the chain ends at #6: "
                              "records were removed",)


def test_a_rewrite_with_every_hash_recomputed_is_named_against_the_anchor(store, tmp_path):
    history(store)
    anchor, _ = api.anchor(store, tmp_path)
    owner_sql(store, rewrite_from(4), "UPDATE standing_forecast SET probability = 0.01 WHERE question_id = 'q1'")
    inside = api.verify(store)  # nothing inside the database can tell (but the dropped triggers)
    assert (inside.chain_intact, inside.derived, inside.anchors) == (True, (), ())
    report = api.verify(store, anchors=[anchor])
    assert report.anchors[0].endswith("…: the chain was rewritten before this anchor")


def test_since_anchor_checks_only_what_came_after(store, tmp_path):
    history(store)
    anchor, _ = api.anchor(store, tmp_path)
    history(store, first=5, count=3)
    report = api.verify(store, since=anchor)
    assert (report.intact, report.records, report.since) == (True, 7, 10)
    assert report.notes[-1].startswith("records up to #9 and the derived tables were not checked")
    owner_sql(store, "UPDATE prediction SET probability = 0.9 WHERE seq = 14")
    assert api.verify(store, since=anchor).problem.startswith("prediction #14 (ana on q6")
    owner_sql(store, "UPDATE prediction SET probability = 0.9 WHERE seq = 14",
              "UPDATE prediction SET probability = 0.5 WHERE seq = 14", "UPDATE prediction SET rationale = 'x' "
              "WHERE seq = 2")
    assert api.verify(store, since=anchor).problem is None  # #2 is before the anchor: not checked, as noted
    assert api.verify(store).problem.startswith("prediction #2 ")


def test_an_anchor_of_another_chain_is_a_note(store, tmp_path):
    history(store)
    stranger = Anchor(2, "a" * 64, "b" * 64, None, "anchors/x.yaml")
    report = api.verify(store, anchors=[stranger])
    assert report.intact
    assert report.notes[0].startswith("anchors/x.yaml belongs to another chain (its first record is bbbbbbbbbbbb…, "
                                      "this chain's is ")
    assert report.anchors_checked == 0  # noted, not counted as an anchor the chain extends
    own = api.anchor(store, tmp_path)[0]
    assert api.verify(store, anchors=[stranger, own]).anchors_checked == 1


def test_anchor_references(tmp_path):
    line = f"tracker-anchor #12 {'c' * 64} {'d' * 64} 2026-01-01T00:00:00.000000Z"
    assert parse(line, tmp_path) == Anchor(12, "c" * 64, "d" * 64, "2026-01-01T00:00:00.000000Z", "the pasted anchor")
    assert parse(f"12:{'c' * 64}", tmp_path).seq == 12
    with pytest.raises(InputError, match=r"^--since-anchor: no anchors in .*anchors \(tracker anchor writes one\)$"):
        parse("latest", tmp_path)
    for seq in ("0", "9" * 23):  # no record #0; no database integer that large
        with pytest.raises(InputError, match=r"^--since-anchor: #\d+ is not a record number$"):
            parse(f"{seq}:{'c' * 64}", tmp_path)
        with pytest.raises(InputError, match=r"is not a record number$"):
            parse(f"tracker-anchor #{seq} {'c' * 64}", tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("seq: 3\nhash: nothex\n")
    with pytest.raises(TrackerError, match=r"bad.yaml:2: hash: not a SHA-256 in hex$"):
        parse(str(bad), tmp_path)


def test_anchor_and_verify_commands(cli, workspace, database_url):
    cli("log", "Will it?", "-p", "0.5", "--due", "2030-01-01", "-c", "c", "--id", "q")
    result = cli("anchor")
    assert result.exit_code == 0
    written, line = result.output.splitlines()
    assert written.startswith(f"Wrote {workspace / 'anchors'}/000000000002-")
    assert line.startswith("tracker-anchor #2 ")
    cli("log", "Will that?", "-p", "0.5", "--due", "2030-01-01", "-c", "c", "--id", "r")
    assert cli("verify").output == ("The chain of 4 records is intact, and extends 1 anchor, and the derived tables "
                                    "follow from it.\n")
    result = cli("verify", "--since-anchor", "latest")
    assert result.stderr == ("note: records up to #1 and the derived tables were not checked (tracker verify "
                             "without --since-anchor checks them)\n")
    assert result.stdout == "The 3 records from #2 on are intact and follow anchors/" + written.split("/")[-1].split(
        ":")[0] + ".\n"
    assert cli("verify", "--since-anchor", line).exit_code == 0
    result = cli("verify", "--since-anchor", "nonsense")
    assert (result.exit_code, result.stderr) == (
        1, "error: --since-anchor: 'nonsense' is not an anchor (give a file, a pasted `tracker-anchor #SEQ HASH ...` "
           "line, SEQ:HASH, or latest)\n")
    store = connect(database_url)
    owner_sql(store, "DELETE FROM standing_forecast", "DELETE FROM prediction", "DELETE FROM question_version",
              "UPDATE chain_head SET seq = 0, hash = ''")
    store.close()
    result = cli("verify")
    assert result.exit_code == 1
    assert "but the chain ends at #0: records were removed" in result.stderr
