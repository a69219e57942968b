"""The forms: log (confirmed before saving), update, resolve and snooze change the store as the CLI's
commands do; a bad value is shown next to its field with HTTP 400 and nothing written."""

from __future__ import annotations

import html as htmllib
import re
from datetime import datetime, timedelta, timezone

import pytest
from conftest import store_snapshot

from tracker import api


def csrf_of(client, path: str = "/log") -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', client.get(path).text).group(1)


def hidden_fields(page: str) -> dict[str, str]:
    """The hidden inputs of a confirm page: what its Save button sends."""
    return {name: htmllib.unescape(value) for name, value in
            re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page)}


def error_of(page: str, field: str) -> str:
    found = re.search(rf'<p class="error" id="{re.escape(field)}-error">(.*?)</p>', page)
    assert found, f"no error shown next to {field}"
    return htmllib.unescape(found.group(1))


def history(database_url, workspace, question_id):
    _, store = api.open_workspace(workspace, database_url, create=False)
    try:
        return api.question_history(store, question_id)
    finally:
        store.close()


def confirm_then_save(client, path: str, fields: dict):
    """POST the form, check the confirm page wrote nothing, then press its Save button."""
    confirm = client.post(path, data={"csrf": csrf_of(client), **fields})
    assert confirm.status_code == 200, confirm.text
    saved = client.post(path, data={**hidden_fields(confirm.text), "action": "save"}, follow_redirects=False)
    return confirm, saved


def test_log_echoes_what_it_read_and_saves_only_on_save(populated, client, cli, workspace, database_url):
    before = store_snapshot(database_url)
    confirm = client.post("/log", data={"csrf": csrf_of(client), "text": "Will the dam hold?", "criteria": "No breach",
                                        "due": "end of 2027", "probability": "70%", "tags": "infra, water",
                                        "id": "dam"})
    assert "70% (0.7)" in confirm.text and "due 31 Dec 2027 (end of 2027)" in confirm.text
    assert store_snapshot(database_url) == before  # the confirm step writes nothing
    fields = hidden_fields(confirm.text)
    assert fields["probability"] == "0.7" and fields["due"] == "2027-12-31"
    saved = client.post("/log", data={**fields, "action": "save"}, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == "/questions/dam"
    populated("log", "Will the dam hold?", "-p", "70%", "--due", "end of 2027", "-c", "No breach", "-t", "infra",
              "-t", "water", "--id", "dam-cli")
    web, by_cli = history(database_url, workspace, "dam"), history(database_url, workspace, "dam-cli")
    for attribute in ("text", "criteria", "due", "kind", "tags", "outcomes", "status"):
        assert getattr(web.question, attribute) == getattr(by_cli.question, attribute)
    for attribute in ("probability", "probabilities", "forecaster", "phrase", "scale"):
        assert getattr(web.predictions[0], attribute) == getattr(by_cli.predictions[0], attribute)


@pytest.mark.parametrize("typed, fields, flags, echoed", [
    ("3:1 odds", {"probability": "3:1"}, ["-p", "3:1"], "75% (0.75) from 3:1"),
    ("a phrase", {"phrase": "likely", "scale": "us-icd-203"}, ["--phrase", "likely", "--scale", "us-icd-203"],
     "what us-icd-203 scores &#39;likely&#39; at"),
])
def test_log_reads_odds_and_phrases_as_the_cli_does(populated, client, workspace, database_url, typed, fields,
                                                    flags, echoed):
    confirm, saved = confirm_then_save(client, "/log", {"text": "Will it snow?", "criteria": "c",
                                                        "due": "2027-01-31", "id": "snow", **fields})
    assert echoed in confirm.text and saved.status_code == 303
    populated("log", "Will it snow?", "-c", "c", "--due", "2027-01-31", "--id", "snow-cli", *flags)
    web, by_cli = history(database_url, workspace, "snow"), history(database_url, workspace, "snow-cli")
    assert (web.predictions[0].probability, web.predictions[0].phrase, web.question.scale) == (
        by_cli.predictions[0].probability, by_cli.predictions[0].phrase, by_cli.question.scale)


def test_log_a_choice_question_with_one_probability_per_outcome(populated, client, workspace, database_url):
    confirm, saved = confirm_then_save(client, "/log", {
        "text": "Which weather?", "criteria": "c", "due": "2027-06-30", "kind": "choice", "id": "weather",
        "outcome_name_1": "calm", "outcome_p_1": "60%", "outcome_name_2": "", "outcome_p_2": "",
        "outcome_name_3": "storm", "outcome_p_3": "0.4"})
    assert "calm 60% (0.6), storm 40% (0.4)" in confirm.text and saved.status_code == 303
    populated("log", "Which weather?", "-c", "c", "--due", "2027-06-30", "-o", "calm=60%", "-o", "storm=0.4",
              "--id", "weather-cli")
    web, by_cli = history(database_url, workspace, "weather"), history(database_url, workspace, "weather-cli")
    assert web.question.outcomes == by_cli.question.outcomes == ("calm", "storm")
    assert web.predictions[0].probabilities == by_cli.predictions[0].probabilities


@pytest.mark.parametrize("fields, field, says", [
    ({"probability": "1.5"}, "probability", "1.5 is not between 0 and 1"),
    ({"probability": "lots"}, "probability", "is not a probability"),
    ({"probability": ""}, "probability", "give a probability"),
    ({"due": "someday soon"}, "due", "someday soon"),
    ({"probability": "", "phrase": "likely", "scale": "no-such-scale"}, "scale", "unknown scale"),
    ({"probability": "", "phrase": "kinda maybe", "scale": "us-icd-203"}, "phrase", "is not a phrase of"),
    ({"kind": "choice", "outcome_name_1": "a", "outcome_p_1": "0.2", "outcome_name_2": "b", "outcome_p_2": "0.3"},
     "outcomes", "sum to 0.5"),
    ({"kind": "choice", "outcome_name_1": "a", "outcome_p_1": "half"}, "outcomes", "a: 'half' is not a probability"),
    ({"text": "", "action": "save"}, "text", "must not be empty"),
    ({"id": "bridge", "action": "save"}, "id", "'bridge' is already a question"),
])
def test_a_bad_log_field_is_shown_next_to_it_and_nothing_is_written(client, database_url, fields, field, says):
    before = store_snapshot(database_url)
    form = {"csrf": csrf_of(client), "text": "Will it snow?", "criteria": "c", "due": "2027-01-31",
            "probability": "0.7", **fields}
    response = client.post("/log", data=form, follow_redirects=False)
    assert response.status_code == 400
    assert says in error_of(response.text, field)
    assert 'aria-invalid="true"' in response.text and "Nothing was saved" in response.text
    assert f'value="{htmllib.escape(form["text"])}"' in response.text  # what was typed is kept
    assert store_snapshot(database_url) == before


def test_update_echoes_then_adds_a_prediction_as_the_cli_does(populated, client, workspace, database_url):
    confirm, saved = confirm_then_save(client, "/questions/xss/update", {"probability": "80%", "rationale": "why",
                                                                        "back": "/questions/xss"})
    assert "80% (0.8)" in confirm.text
    assert saved.status_code == 303 and saved.headers["location"] == "/questions/xss"
    populated("update", "bridge", "-p", "80%", "-r", "why")
    web, by_cli = history(database_url, workspace, "xss"), history(database_url, workspace, "bridge")
    assert len(web.predictions) == 2
    for attribute in ("probability", "forecaster", "rationale", "phrase"):
        assert getattr(web.predictions[-1], attribute) == getattr(by_cli.predictions[-1], attribute)


@pytest.mark.parametrize("question, fields, field, says", [
    ("xss", {"probability": "200%"}, "probability", "200% is not between 0 and 1"),
    ("rates", {"probability": "0.5", "action": "save"}, "form", "rates is resolved"),
])
def test_a_bad_update_is_shown_next_to_its_field(client, database_url, question, fields, field, says):
    before = store_snapshot(database_url)
    response = client.post(f"/questions/{question}/update", data={"csrf": csrf_of(client), **fields})
    assert response.status_code == 400
    shown = (htmllib.unescape(re.search(r'<form.*?<p class="error" role="alert">(.*?)</p>', response.text,
                                        re.S).group(1)) if field == "form" else error_of(response.text, field))
    assert says in shown
    assert store_snapshot(database_url) == before


def test_resolve_from_the_home_queue_records_what_the_cli_would(populated, client, workspace, database_url):
    home = client.get("/").text
    assert 'action="/questions/bridge/resolve"' in home
    response = client.post("/questions/bridge/resolve", follow_redirects=False, data={
        "csrf": csrf_of(client, "/"), "back": "/", "outcome": "yes", "evidence": "https://example.org/b\r\nseen it",
        "note": "opened"})
    assert response.status_code == 303 and response.headers["location"] == "/"
    populated("resolve", "xss", "yes", "--evidence", "https://example.org/b", "--evidence", "seen it",
              "--note", "opened")
    web, by_cli = history(database_url, workspace, "bridge"), history(database_url, workspace, "xss")
    for attribute in ("outcome", "evidence", "note", "resolver", "supersedes"):
        assert getattr(web.resolutions[0], attribute) == getattr(by_cli.resolutions[0], attribute)
    assert 'action="/questions/bridge/resolve"' not in client.get("/").text  # it left the queue


def test_a_correction_needs_its_checkbox_and_a_note(client, workspace, database_url):
    before = store_snapshot(database_url)
    token = csrf_of(client, "/questions/rain")
    unticked = client.post("/questions/rain/resolve", data={"csrf": token, "outcome": "yes", "note": "misread"})
    assert unticked.status_code == 400 and "already resolved no" in error_of(unticked.text, "outcome")
    no_note = client.post("/questions/rain/resolve", data={"csrf": token, "outcome": "yes", "correction": "yes"})
    assert no_note.status_code == 400 and "a correction needs a note" in error_of(no_note.text, "note")
    assert 'id="correction" name="correction" value="yes" checked' in no_note.text
    assert store_snapshot(database_url) == before
    done = client.post("/questions/rain/resolve", follow_redirects=False,
                       data={"csrf": token, "outcome": "yes", "correction": "yes", "note": "misread"})
    assert done.status_code == 303 and done.headers["location"] == "/questions/rain"
    resolutions = history(database_url, workspace, "rain").resolutions
    assert [r.outcome for r in resolutions] == ["no", "yes"] and resolutions[1].supersedes == resolutions[0].id


@pytest.mark.parametrize("fields, field, says", [({}, "outcome", "choose how it came out"),
                                                 ({"outcome": "maybe"}, "outcome", "maybe")])
def test_a_bad_resolution_is_shown_next_to_its_field(client, database_url, fields, field, says):
    before = store_snapshot(database_url)
    response = client.post("/questions/bridge/resolve", data={"csrf": csrf_of(client), "evidence": "kept", **fields})
    assert response.status_code == 400 and says in error_of(response.text, field)
    assert ">kept</textarea>" in response.text
    assert store_snapshot(database_url) == before


def test_snooze_by_a_span_or_a_date(client, workspace, database_url):
    token = csrf_of(client, "/")
    start = datetime.now(timezone.utc).replace(microsecond=0)
    response = client.post("/questions/bridge/snooze", data={"csrf": token, "span": "3d", "back": "/"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"
    _, store = api.open_workspace(workspace, database_url, create=False)
    try:
        (row,) = [r for r in api.due_questions(store, timezone_name="Europe/Vilnius") if r["id"] == "bridge"]
        assert start + timedelta(days=3) <= row["snoozed_until"] <= datetime.now(timezone.utc) + timedelta(days=3)
        client.post("/questions/bridge/snooze", data={"csrf": token, "span": "2030-01-15"})
        (row,) = [r for r in api.due_questions(store, timezone_name="Europe/Vilnius") if r["id"] == "bridge"]
        assert row["snoozed_until"] == datetime(2030, 1, 14, 22, tzinfo=timezone.utc)  # midnight in Vilnius
    finally:
        store.close()


@pytest.mark.parametrize("question, span, field, says", [
    ("bridge", "soonish", "span", "neither a span like 3d"),
    ("bridge", "2020-01-01", "span", "is not in the future"),
    ("xss", "3d", "form", "not due until"),
])
def test_a_bad_snooze_is_shown_and_nothing_written(client, database_url, question, span, field, says):
    before = store_snapshot(database_url)
    response = client.post(f"/questions/{question}/snooze", data={"csrf": csrf_of(client), "span": span})
    assert response.status_code == 400
    assert says in (error_of(response.text, field) if field != "form" else htmllib.unescape(response.text))
    assert store_snapshot(database_url) == before


def test_a_form_returns_only_to_a_page_of_this_site(client):
    response = client.post("/questions/bridge/snooze", follow_redirects=False,
                           data={"csrf": csrf_of(client), "span": "3d", "back": "//evil.example/"})
    assert response.status_code == 303 and response.headers["location"] == "/questions/bridge"


def test_every_field_has_a_label_and_every_form_its_token(client):
    for path in ("/", "/questions/bridge", "/questions/rain", "/log"):
        page = client.get(path).text
        token = csrf_of(client, path)
        assert page.count("<form") == page.count(f'name="csrf" value="{token}"')
        fields = re.findall(r'<(?:input|select|textarea)(?![^>]*type="hidden")[^>]*\sid="([^"]+)"', page)
        assert fields, path
        for field_id in fields:
            assert f'<label for="{field_id}"' in page, f"{path}: {field_id} has no label"


def test_update_a_choice_question_with_one_probability_per_outcome(populated, client, workspace, database_url):
    populated("log", "Which weather?", "-c", "c", "--due", "2027-06-30", "-o", "calm=0.5", "-o", "storm=0.5",
              "--id", "weather")
    page = client.get("/questions/weather").text
    assert '<label for="outcome_p_1">calm</label>' in page and '<label for="outcome_p_2">storm</label>' in page
    confirm, saved = confirm_then_save(client, "/questions/weather/update", {
        "outcome_name_1": "calm", "outcome_p_1": "3:1", "outcome_name_2": "storm", "outcome_p_2": "25%"})
    assert "calm 75% (0.75), storm 25% (0.25)" in confirm.text and saved.status_code == 303
    assert history(database_url, workspace, "weather").predictions[-1].probabilities == {"calm": 0.75, "storm": 0.25}
    before = store_snapshot(database_url)
    bad = client.post("/questions/weather/update", data={"csrf": csrf_of(client), "outcome_name_1": "calm",
                                                         "outcome_p_1": "0.9", "outcome_name_2": "storm",
                                                         "outcome_p_2": "0.9"})
    assert bad.status_code == 400 and "sum to 1.8" in error_of(bad.text, "outcomes")
    assert store_snapshot(database_url) == before
