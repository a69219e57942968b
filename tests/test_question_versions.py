"""Issue 14, question versions: a question's description is chained, each change is a new version under the
record rules, `verify` names a question row edited behind tracker's back, `apply` refuses an edit without a
correction and a stale file, and export -> apply to an empty store rebuilds the chain hash for hash."""

from datetime import datetime, timedelta, timezone

import pytest
import yaml
from sqlalchemy import text

from tracker import api
from tracker.errors import InputError, LedgerErrors
from tracker.store import connect
from tracker.store.guards import unguarded

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def scenario(store):
    """a: asked by ana, criteria clarified by bo while open, resolved no; b: open, tagged."""
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.7,
                     question_id="a", now=T0)
    api.log_forecast(store, text="Will B?", criteria="b", due="2026-09-01", forecaster="ana", probability=0.2,
                     question_id="b", tags=["econ"], now=T0 + timedelta(hours=1))
    api.revise_question(store, "a", by="bo", criteria="c, as the agency reports it", reason="which figure counts",
                        now=T0 + timedelta(hours=2))
    api.update_forecast(store, "a", forecaster="bo", probability=0.4, now=T0 + timedelta(hours=3))
    api.resolve_question(store, "a", "no", resolver="ana", now=T0 + timedelta(days=1))


def other_store(database_url):
    import conftest

    if database_url.startswith("sqlite"):
        return connect(database_url.replace("tracker.db", "other.db"))
    return connect(conftest.fresh_postgres_database(database_url.rpartition("/")[0] + "/tracker_test")[0])


def chain_of(store):
    """(seq, kind, hash) of every chained record, read with plain SQL."""
    with store.engine.connect() as connection:
        return sorted(connection.execute(text(
            "SELECT seq, 'p', hash FROM prediction UNION ALL SELECT seq, 'r', hash FROM resolution "
            "UNION ALL SELECT seq, 'v', hash FROM question_version")).all())


def test_creation_and_each_change_are_chained_versions(store):
    scenario(store)
    history = api.question_history(store, "a")
    assert [(v.version, v.seq, v.by, v.reason, v.correction) for v in history.versions] == [
        (1, 1, "ana", None, False), (2, 5, "bo", "which figure counts", False)]
    assert list(history.versions[1].changes(history.versions[0])) == ["criteria"]
    assert history.question.criteria == "c, as the agency reports it"
    assert [kind for _, kind, _ in chain_of(store)] == ["v", "p", "v", "p", "v", "p", "r"]
    assert api.verify(store).intact


def test_a_resolved_question_changes_meaning_only_as_a_correction_with_a_reason(store):
    scenario(store)
    for changes, words in (({"due": "2026-07-01"}, "due date"), ({"criteria": "anything at all"}, "criteria")):
        with pytest.raises(InputError, match=rf"^due: a is resolved and its forecasts were scored against its {words}: "
                                             r"changing it needs a correction with a reason: pass --correction and "
                                             r"--reason TEXT$" if "due" in changes else rf"against its {words}: "):
            api.revise_question(store, "a", by="bo", **changes)
        with pytest.raises(InputError, match=r"needs a reason"):
            api.revise_question(store, "a", by="bo", correction=True, **changes)
    with pytest.raises(InputError, match=r"rewording b changes what every forecast on it answered"):
        api.revise_question(store, "b", by="bo", text="Will not B?")
    with pytest.raises(InputError, match=r"cannot be changed"):
        api.revise_question(store, "b", by="bo", kind="choice")
    assert len(api.question_history(store, "a").versions) == 2
    # Tags may change on a resolved question; criteria with a correction and a reason.
    api.revise_question(store, "a", by="bo", tags=["energy"])
    history = api.revise_question(store, "a", by="bo", criteria="anything at all", correction=True, reason="typo")
    assert [(v.version, v.correction) for v in history.versions] == [(1, False), (2, False), (3, False), (4, True)]
    assert api.verify(store).intact


@pytest.mark.parametrize("statement,named", [
    ("UPDATE question SET text = 'Will the OPPOSITE happen?' WHERE id = 'a'",
     "question a: text differs from its version 2 (#5)"),
    ("UPDATE question SET due = '2030-01-01', criteria = 'x' WHERE id = 'a'",
     "question a: criteria, due differ from its version 2 (#5)"),
    ("DELETE FROM question_tag WHERE question_id = 'b'", "question b: tags differ from its version 1 (#3)"),
    ("UPDATE question SET source_date = '2025-01-01', phrase = 'likely' WHERE id = 'b'",
     "question b: source, phrase differ from its version 1 (#3)"),
    ("UPDATE question SET remind_every_days = 3 WHERE id = 'b'",
     "question b: remind_every_days differs from its version 1 (#3)"),
    ("UPDATE question SET created_at = '2025-12-31 00:00:00' WHERE id = 'b'",
     "question b: created_at differs from its version 1 (#3)"),
    ("UPDATE question SET condition_question = 'a', condition_outcome = 'yes' WHERE id = 'b'",
     "question b: condition differs from its version 1 (#3)"),
])
def test_a_question_edited_in_sql_is_named_and_repaired_from_its_version(store, statement, named):
    scenario(store)
    with store.engine.begin() as connection, unguarded(connection):
        connection.execute(text(statement))
    report = api.verify(store)
    assert named in report.derived
    assert not report.intact
    api.repair_derived(store)
    assert api.question_history(store, "a").question.text == "Will A?"
    assert api.question_history(store, "b").question.tags == ("econ",)
    assert api.verify(store).intact


def test_a_version_removed_or_edited_in_sql_breaks_the_chain(store):
    scenario(store)
    with store.engine.begin() as connection:
        if store.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER question_version_no_update"))
        else:
            connection.execute(text("ALTER TABLE question_version DISABLE TRIGGER question_version_immutable"))
        connection.execute(text("UPDATE question_version SET reason = 'nothing' WHERE version = 2"))
    assert api.verify(store).problem == ("question version #5 (a version 2) was altered: its content no longer "
                                         "matches its hash")


def write(path, document):
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_apply_refuses_a_change_of_a_resolved_question_without_a_correction(store, tmp_path, database_url):
    from conftest import store_snapshot

    scenario(store)
    api.export_store(store, tmp_path / "out")
    exported = tmp_path / "out" / "forecasts" / "tracker-export.yaml"
    document = yaml.safe_load(exported.read_text())
    document["questions"][0]["criteria"] = "Resolves NO if anything at all happens"
    edited = write(tmp_path / "edited.yaml", document)
    before = store_snapshot(database_url)
    with pytest.raises(LedgerErrors) as caught:
        api.apply_paths(store, [edited])
    (error,) = caught.value.errors
    assert (error.file, error.field) == (str(edited), "criteria")
    assert error.line == edited.read_text().splitlines().index("  criteria: Resolves NO if anything at all happens") + 1
    assert error.message == ("a is resolved and its forecasts were scored against its criteria: changing it needs a "
                             "correction with a reason: add `- {correction: true, reason: ...}` at the end of the "
                             "question's `revisions:`")
    assert store_snapshot(database_url) == before
    # With the pending revision the change is version 3, a correction, with its reason and author.
    document["questions"][0]["revisions"].append({"by": "cy", "reason": "the agency's own wording",
                                                  "correction": True})
    api.apply_paths(store, [write(edited, document)])
    latest = api.question_history(store, "a").versions[-1]
    assert (latest.version, latest.by, latest.reason, latest.correction) == (3, "cy", "the agency's own wording", True)
    assert api.verify(store).intact


def test_a_stale_file_is_refused_naming_the_newer_version(store, tmp_path):
    scenario(store)
    api.export_store(store, tmp_path / "old")
    api.revise_question(store, "b", by="bo", criteria="b, stricter", reason="agreed with ana",
                        now=T0 + timedelta(days=2))
    stale = tmp_path / "old" / "forecasts" / "tracker-export.yaml"
    with pytest.raises(LedgerErrors) as caught:
        api.apply_paths(store, [stale])
    (error,) = caught.value.errors
    lines = stale.read_text().splitlines()
    assert (error.file, error.line) == (str(stale), lines.index("- id: b") + 1)
    assert error.message.startswith("b was exported at version 1; the store holds version 2 (version 2 is #8, "
                                    "2026-01-03T00:00:00+00:00, by bo: agreed with ana): re-applying an older file "
                                    "would revert it")
    assert api.question_history(store, "b").question.criteria == "b, stricter"
    # A fresh export applies to its own store and changes nothing.
    api.export_store(store, tmp_path / "new")
    assert not api.apply_paths(store, [tmp_path / "new"]).changed


def test_export_then_apply_to_an_empty_store_rebuilds_the_chain_hash_for_hash(store, database_url, tmp_path):
    scenario(store)
    api.revise_question(store, "a", by="bo", due="2026-05-01", correction=True, reason="the treaty's date",
                        now=T0 + timedelta(days=2))
    api.export_store(store, tmp_path / "out")
    other = other_store(database_url)
    api.apply_paths(other, [tmp_path / "out"])
    assert chain_of(other) == chain_of(store)
    assert api.question_history(other, "a").versions == api.question_history(store, "a").versions
    assert api.verify(other).intact
    head = yaml.safe_load((tmp_path / "out" / "forecasts" / "tracker-export.yaml").read_text())["chain"]
    assert (head["seq"], head["hash"]) == (chain_of(store)[-1][0], chain_of(store)[-1][2])
    assert head["first"] == chain_of(store)[0][2]
    other.close()


def test_an_export_edited_after_the_fact_is_refused_by_its_hash(store, database_url, tmp_path):
    scenario(store)
    api.export_store(store, tmp_path / "out")
    path = tmp_path / "out" / "forecasts" / "tracker-export.yaml"
    document = yaml.safe_load(path.read_text())
    document["questions"][0]["predictions"][1]["rationale"] = "added later"
    write(path, document)
    other = other_store(database_url)
    with pytest.raises(LedgerErrors) as caught:
        api.apply_paths(other, [tmp_path / "out"])
    (error,) = caught.value.errors
    assert (error.field, error.message) == ("hash", "#6 does not match its content (edited after export? remove seq "
                                                    "and hash to record it as new)")
    other.close()


def test_a_hand_written_file_older_than_a_change_does_not_revert_it(store, tmp_path):
    scenario(store)
    # Written before bo clarified the criteria (version 2), and applied again afterwards as files are.
    old = write(tmp_path / "a.yaml", {"id": "a", "text": "Will A?", "criteria": "c", "due": "2026-06-01",
                                      "created_at": "2026-01-01T00:00:00Z", "tags": ["energy"]})
    with pytest.raises(LedgerErrors) as caught:
        api.apply_paths(store, [old])
    (error,) = caught.value.errors
    assert (error.line, error.field) == (3, "criteria")
    assert error.message.startswith("matches version 1 of a; version 2 (#5, 2026-01-01T02:00:00+00:00, by bo: which "
                                    "figure counts) changed it: an older file would silently revert it")
    assert api.question_history(store, "a").question.tags == ()
    # The same file with the clarified criteria only adds the tag, as version 3 (no correction needed).
    document = yaml.safe_load(old.read_text())
    document["criteria"] = "c, as the agency reports it"
    api.apply_paths(store, [write(old, document)])
    latest = api.question_history(store, "a").versions[-1]
    assert (latest.version, latest.correction, latest.description["tags"]) == (3, False, ["energy"])


def test_forecasts_scored_against_criteria_changed_after_them_are_found(store):
    scenario(store)
    # Only the meaning counts: a tag change marks nothing; the correction after the resolution marks both.
    api.revise_question(store, "a", by="bo", tags=["energy"], now=T0 + timedelta(days=2))
    assert [(r["forecaster"], r["version"]) for r in api.changed_after_forecast(store)] == [("ana", 2)]
    api.revise_question(store, "a", by="cy", due="2026-05-01", correction=True, reason="treaty date",
                        now=T0 + timedelta(days=3))
    found = api.changed_after_forecast(store)
    assert [(r["question_id"], r["forecaster"], r["version"], r["fields"]) for r in found] == [
        ("a", "ana", 2, ["criteria"]), ("a", "bo", 4, ["due"])]
    assert found[1]["made_at"] == T0 + timedelta(hours=3) and found[1]["changed_at"] == T0 + timedelta(days=3)
    assert [r["forecaster"] for r in api.changed_after_forecast(store, forecaster="bo")] == ["bo"]
    # b is open: its forecasts are not scored, so a change marks nothing.
    api.revise_question(store, "b", by="bo", criteria="b, stricter", now=T0 + timedelta(days=3))
    assert len(api.changed_after_forecast(store)) == 2


def test_each_record_carries_the_database_role_that_wrote_it(store):
    scenario(store)
    with store.engine.connect() as connection:
        expected = connection.execute(text("SELECT current_user")).scalar() if store.dialect == "postgresql" else None
        roles = {row[0] for table in ("prediction", "resolution", "question_version")
                 for row in connection.execute(text(f"SELECT role FROM {table}"))}
    assert roles == {expected}
    assert {v.role for v in api.question_history(store, "a").versions} == {expected}


def test_every_description_field_round_trips_without_a_false_difference(store):
    # Tags whose order a database collation may not share with Python's: verify's SQL prefilter may suspect
    # them, and the Python comparison then clears them.
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-06-01", forecaster="ana", probability=0.7,
                     question_id="a", now=T0)
    api.log_forecast(store, text="Will Ä «quoted»?", criteria="multi\nline", due="2026-06-01", forecaster="ana",
                     probability=0.3, question_id="q", tags=["a-b", "a_b", "a.b", "ab", "B"], phrase="likely",
                     source={"document": "NTA", "date": "2023-03-09", "url": "https://e.org", "quote": "It is."},
                     condition=("a", "yes"), now=T0 + timedelta(microseconds=123456))
    api.revise_question(store, "q", by="bo", remind_every_days=7, now=T0 + timedelta(hours=1))
    report = api.verify(store)
    assert (report.intact, report.derived) == (True, ())


@pytest.mark.parametrize("extra,line,field,message", [
    ({"revisions": [{"version": 2}]}, 7, "revisions.version",
     "expected version 1 here (versions are listed oldest first, from 1)"),
    ({"revisions": [{"reason": "x"}, {"version": 1}]}, 7, "revisions",
     "only the last revision may be pending (without version, seq and hash)"),
    ({"revisions": [{"version": 1, "colour": "red"}]}, 8, "revisions.colour", "unknown field"),
    ({"revisions": [{"correction": "maybe"}]}, 7, "revisions.correction", "must be true or false"),
    ({"revisions": [{"version": 1, "changes": {"criteria": "x"}}]}, 8, "revisions.changes",
     "must map description fields to {from: ..., to: ...}"),
    ({"revisions": [{"version": 1}, {"version": 2, "changes": {"criteria": {"from": "a", "to": "not this"}}}]}, 8,
     "revisions.changes.criteria", "`to` is not what version 2 holds (edited after export?)"),
])
def test_bad_revisions_are_one_located_line_each(store, tmp_path, extra, line, field, message):
    question = {"id": "q", "text": "Will it?", "criteria": "c", "due": "2027-01-01",
                "created_at": "2026-01-01T00:00:00Z", "revisions": extra["revisions"]}
    path = write(tmp_path / "q.yaml", [question])
    with pytest.raises(LedgerErrors) as caught:
        api.apply_paths(store, [path])
    (error,) = caught.value.errors
    assert (error.file, error.line, error.field, error.message) == (str(path), line, field, message)
    assert api.list_questions(store) == []


def test_a_malformed_chain_header_is_refused(store, tmp_path):
    path = write(tmp_path / "x.yaml", {"chain": {"seq": "many"}, "questions": []})
    with pytest.raises(LedgerErrors) as caught:
        api.apply_paths(store, [path])
    (error,) = caught.value.errors
    assert (error.line, error.field) == (1, "chain")
