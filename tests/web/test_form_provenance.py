"""The log form's source, source URL, quote and condition, and the resolve form's resolution time: read as
`tracker log --source/--source-url/--quote/--condition` and `tracker resolve --at` read them, echoed before
saving, stored as the CLI stores them, and a bad one shown beside its field with nothing stored."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from conftest import store_snapshot

from tests.web.test_forms import confirm_then_save, csrf_of, error_of, history

PROVENANCE = {"source": "Annual Review 2026", "source_url": "https://example.org/review.pdf",
              "quote": "The bridge will very likely open on time.", "condition": "bridge=Yes"}
FLAGS = ["--source", "Annual Review 2026", "--source-url", "https://example.org/review.pdf",
         "--quote", "The bridge will very likely open on time.", "--condition", "bridge=Yes"]
LOG = {"text": "Will the toll be cut?", "criteria": "Toll halved", "due": "2027-06-30", "probability": "60%"}


def test_log_echoes_and_stores_the_provenance_as_the_cli_does(populated, client, workspace, database_url):
    confirm, saved = confirm_then_save(client, "/log", {**LOG, **PROVENANCE, "id": "toll"})
    echoed = re.findall(r"<li><strong>(.*?)</strong></li>", confirm.text)
    assert "source: Annual Review 2026 (https://example.org/review.pdf)" in echoed
    assert "quote: “The bridge will very likely open on time.”" in echoed
    assert "only if bridge resolves yes (annulled otherwise)" in echoed
    assert saved.status_code == 303, saved.text
    populated("log", LOG["text"], "-c", LOG["criteria"], "--due", LOG["due"], "-p", "60%", "--id", "toll-cli", *FLAGS)
    web, by_cli = history(database_url, workspace, "toll"), history(database_url, workspace, "toll-cli")
    assert web.question.source is not None and web.question.condition is not None
    assert web.question.model_dump(exclude={"id", "created_at"}) == by_cli.question.model_dump(
        exclude={"id", "created_at"})
    assert web.question.source.url == "https://example.org/review.pdf"
    assert (web.question.condition.question, web.question.condition.outcome) == ("bridge", "yes")
    assert [p.model_dump(exclude={"question_id", "made_at", "seq", "id", "recorded_at", "hash", "prev_hash"})
            for p in web.predictions] == [
        p.model_dump(exclude={"question_id", "made_at", "seq", "id", "recorded_at", "hash", "prev_hash"})
        for p in by_cli.predictions]


@pytest.mark.parametrize("field, typed, said", [
    ("source_url", "javascript:alert(1)", "is not an http(s) URL"),
    ("source_url", "example.org/review.pdf", "is not an http(s) URL"),
    ("condition", "bridge", "is not QUESTION=OUTCOME"),
])
def test_a_bad_provenance_field_is_shown_beside_it_and_nothing_is_stored(populated, client, database_url, field,
                                                                         typed, said):
    before = store_snapshot(database_url)
    page = client.post("/log", data={"csrf": csrf_of(client), **LOG, **PROVENANCE, field: typed})
    assert page.status_code == 400
    assert said in error_of(page.text, field)
    assert f'aria-describedby="{field}-error"' in page.text and f'value="{typed}"' in page.text
    assert "<details class=\"field\" open>" in page.text  # the group is open, so the error is seen
    assert store_snapshot(database_url) == before


def test_a_condition_on_an_unknown_question_is_refused_beside_its_field(populated, client, database_url):
    before = store_snapshot(database_url)
    checked = client.post("/log", data={"csrf": csrf_of(client), **LOG, **PROVENANCE, "condition": "nowhere=yes"})
    # api.log_forecast(check_only=True) runs the condition check too: refused at Check, beside its field.
    assert checked.status_code == 400
    assert error_of(checked.text, "condition") == "unknown question 'nowhere'"
    assert store_snapshot(database_url) == before


def twins(populated):
    for question_id in ("pier", "pier-cli"):
        populated("log", "Will the pier reopen?", "-p", "0.4", "--due", "2026-06-01", "-c", "c", "--id", question_id)


def test_resolve_at_is_stored_as_the_cli_stores_it(populated, client, workspace, database_url):
    twins(populated)
    vilnius = ZoneInfo("Europe/Vilnius")
    typed = datetime.now(vilnius).replace(tzinfo=None).isoformat()  # no zone: read in the workspace's
    fields = {"csrf": csrf_of(client, "/questions/pier"), "outcome": "yes", "evidence": "https://example.org/pier",
              "note": "Reopened", "at": typed}
    resolved = client.post("/questions/pier/resolve", data=fields, follow_redirects=False)
    assert resolved.status_code == 303, resolved.text
    populated("resolve", "pier-cli", "yes", "-e", "https://example.org/pier", "-n", "Reopened", "--at", typed)
    [web] = history(database_url, workspace, "pier").resolutions
    [by_cli] = history(database_url, workspace, "pier-cli").resolutions
    expected = datetime.fromisoformat(typed).replace(tzinfo=vilnius).astimezone(timezone.utc)
    assert web.resolved_at == by_cli.resolved_at == expected
    keep = {"outcome", "resolver", "evidence", "note", "resolved_at", "supersedes"}
    assert web.model_dump(include=keep) == by_cli.model_dump(include=keep)


@pytest.mark.parametrize("typed, said", [
    ("last tuesday", "'last tuesday' is not an ISO 8601 timestamp"),
    ("2020-01-01T09:00", "'2020-01-01T09:00'"),  # before the question was asked: the library's refusal
])
def test_a_bad_resolution_time_is_shown_beside_its_field(populated, client, database_url, typed, said):
    twins(populated)
    before = store_snapshot(database_url)
    page = client.post("/questions/pier/resolve", data={"csrf": csrf_of(client, "/questions/pier"),
                                                         "outcome": "yes", "at": typed})
    assert page.status_code == 400
    message = error_of(page.text, "at")
    assert said in message and "+00:00" not in message  # what was typed, never the UTC reading
    assert 'aria-describedby="at-error"' in page.text
    assert store_snapshot(database_url) == before
