"""What a trial of the forms found (issue 17): the check page shows what Save stores, runs the checks Save
runs, keeps what was typed for "Change it", names the page's own fields, and a form sent twice writes once."""

from __future__ import annotations

import html as htmllib
import re

import pytest
from conftest import store_snapshot

from tests.web.test_forms import csrf_of, error_of, hidden_fields, history


CHOICE = {"text": "Will the deal close?", "criteria": "c", "due": "2027-06-30", "kind": "choice", "id": "deal",
          "outcome_name_1": "deal", "outcome_p_1": "0.5", "outcome_name_2": "stall", "outcome_p_2": "0.49"}


def test_rescaled_choice_probabilities_are_shown_as_they_will_be_stored(populated, client, workspace,
                                                                        database_url):
    confirm = client.post("/log", data={"csrf": csrf_of(client), **CHOICE})
    shown = htmllib.unescape(confirm.text)
    # By hand: 0.5 / 0.99 = 0.505050..., 0.49 / 0.99 = 0.494949...
    assert "deal 50.505% (0.505051), stall 49.495% (0.494949)" in shown
    assert "rescaled to sum to 1 from a sum of 0.99" in shown and "deal 50% (0.5)" not in shown
    carried = hidden_fields(confirm.text)
    assert float(carried["outcome_p_1"]) == pytest.approx(0.5 / 0.99, abs=1e-15)
    saved = client.post("/log", data={**carried, "action": "save"}, follow_redirects=False)
    assert saved.status_code == 303
    stored = history(database_url, workspace, "deal").predictions[0].probabilities
    assert stored == pytest.approx({"deal": 0.5 / 0.99, "stall": 0.49 / 0.99}, abs=1e-15)
    populated("log", "Will the deal close?", "-c", "c", "--due", "2027-06-30", "-o", "deal=0.5", "-o", "stall=0.49",
              "--id", "deal-cli")
    assert history(database_url, workspace, "deal-cli").predictions[0].probabilities == pytest.approx(stored,
                                                                                                      abs=1e-15)


def test_probabilities_summing_to_one_are_shown_without_a_rescaling_note(client):
    confirm = client.post("/log", data={"csrf": csrf_of(client), **CHOICE, "outcome_p_2": "0.5"})
    assert "deal 50% (0.5), stall 50% (0.5)" in confirm.text and "rescaled" not in confirm.text


LOG = {"text": "Will it snow?", "criteria": "c", "due": "2027-01-31", "probability": "0.7"}


def test_a_past_due_date_is_noted_on_the_check_page_as_the_cli_notes_it(client, cli):
    fields = {"text": "Did it hail?", "criteria": "c", "due": "2020-01-01", "probability": "50%"}
    confirm = client.post("/log", data={"csrf": csrf_of(client), **fields})
    assert confirm.status_code == 200
    note = "the due date 2020-01-01 is already past: resolve it now if it is decided"
    assert f"<li>note: {note}</li>" in htmllib.unescape(confirm.text)
    assert cli("log", "Did it hail?", "-p", "0.5", "--due", "2020-01-01", "-c", "c").stderr == f"note: {note}\n"


def test_the_check_page_shows_the_criteria_id_and_tags_save_will_record(client):
    fields = {"text": "Will the bridge open?", "criteria": "The ministry says it is open.", "due": "2027-06-30",
              "probability": "70%", "tags": "Infra, Roads"}
    shown = htmllib.unescape(client.post("/log", data={"csrf": csrf_of(client), **fields}).text)
    for line in ["criteria: The ministry says it is open.", "id: bridge-open", "tags: infra, roads"]:
        assert f"<li><strong>{line}</strong></li>" in shown


@pytest.mark.parametrize("fields, field", [
    ({"text": ""}, "text"),
    ({"text": "   "}, "text"),
    ({"text": "Will it " + "x" * 993 + "?"}, "text"),  # 1,001 characters
    ({"criteria": ""}, "criteria"),
    ({"id": "Bad Id!"}, "id"),
    ({"id": "bridge"}, "id"),
    ({"tags": "ok, bad!tag"}, "tags"),
    ({**CHOICE, "outcome_name_1": "Deal Now!"}, "outcomes"),
])
def test_the_check_step_refuses_what_save_would_refuse_beside_its_field(client, database_url, fields, field):
    form = {"csrf": csrf_of(client), **LOG, **fields}
    before = store_snapshot(database_url)
    checked = client.post("/log", data=form)
    assert checked.status_code == 400, checked.text  # not a confirm page whose Save then fails
    assert "Save" not in checked.text and error_of(checked.text, field)
    # The same message Save gives: the check is the save's own validation.
    saved = client.post("/log", data={**form, "action": "save"})
    assert saved.status_code == 400 and error_of(saved.text, field) == error_of(checked.text, field)
    assert store_snapshot(database_url) == before


def test_an_update_of_a_resolved_question_is_refused_at_the_check_without_naming_an_id_field(client,
                                                                                            database_url):
    before = store_snapshot(database_url)
    checked = client.post("/questions/rates/update", data={"csrf": csrf_of(client), "probability": "0.5"})
    assert checked.status_code == 400
    shown = htmllib.unescape(re.search(r'<form.*?<p class="error" role="alert">(.*?)</p>', checked.text,
                                       re.S).group(1))
    assert shown.startswith("cannot add a prediction: rates is resolved") and "id:" not in shown
    assert store_snapshot(database_url) == before


def count_rows(database_url) -> dict:
    return {table: len(rows) for table, rows in store_snapshot(database_url).items()}


def test_a_form_sent_twice_writes_once(populated, client, workspace, database_url):
    # The update's confirm page, then its Save sent twice (a double click): one prediction.
    confirm = client.post("/questions/xss/update", data={"csrf": csrf_of(client), "probability": "0.6"})
    save = {**hidden_fields(confirm.text), "action": "save"}
    assert save["once"]
    assert client.post("/questions/xss/update", data=save, follow_redirects=False).status_code == 303
    before = store_snapshot(database_url)
    again = client.post("/questions/xss/update", data=save, follow_redirects=False)
    assert again.status_code == 409 and "this form was already submitted" in again.text
    assert store_snapshot(database_url) == before
    assert [p.probability for p in history(database_url, workspace, "xss").predictions] == [0.7, 0.6]
    # A new page's form carries a new token and is written.
    confirm = client.post("/questions/xss/update", data={"csrf": csrf_of(client), "probability": "0.65"})
    assert client.post("/questions/xss/update", data={**hidden_fields(confirm.text), "action": "save"},
                       follow_redirects=False).status_code == 303


@pytest.mark.parametrize("path, fields", [
    ("/questions/bridge/resolve", {"outcome": "yes", "back": "/"}),
    ("/questions/bridge/snooze", {"span": "3d", "back": "/"}),
])
def test_a_queue_form_sent_twice_writes_once(client, database_url, path, fields):
    home = client.get("/").text
    form = re.search(rf'<form[^>]*action="{re.escape(path)}">(.*?)</form>', home, re.S).group(1)
    data = {**hidden_fields(form), **fields}
    assert client.post(path, data=data, follow_redirects=False).status_code == 303
    before = store_snapshot(database_url)
    again = client.post(path, data=data, follow_redirects=False)
    assert again.status_code == 409 and "this form was already submitted" in again.text
    assert store_snapshot(database_url) == before


def test_a_log_sent_twice_is_refused_rather_than_shown_as_a_taken_id(client, database_url):
    confirm = client.post("/log", data={"csrf": csrf_of(client), **LOG, "id": "snow"})
    save = {**hidden_fields(confirm.text), "action": "save"}
    assert client.post("/log", data=save, follow_redirects=False).status_code == 303
    before = store_snapshot(database_url)
    again = client.post("/log", data=save, follow_redirects=False)
    assert again.status_code == 409 and "this form was already submitted" in again.text
    assert store_snapshot(database_url) == before


def test_a_refused_save_gives_its_token_back(client, database_url):
    # The confirm page is sent after the id was taken meanwhile: refused, nothing written; sent again
    # (a reload of the error) it is refused for the same reason, not as a repeat.
    confirm = client.post("/log", data={"csrf": csrf_of(client), **LOG, "id": "snowfall"})
    save = {**hidden_fields(confirm.text), "action": "save", "id": "bridge"}
    for _ in range(2):
        refused = client.post("/log", data=save)
        assert refused.status_code == 400 and "already a question" in error_of(refused.text, "id")


def test_cli_flags_in_errors_are_named_as_the_page_names_its_fields(client):
    token = csrf_of(client)
    resolved = client.post("/questions/rain/resolve", data={"csrf": token, "outcome": "yes"})
    assert "use the correction box to supersede" in error_of(resolved.text, "outcome")
    phrase = client.post("/log", data={"csrf": token, **LOG, "probability": "", "phrase": "kinda maybe",
                                       "scale": "us-icd-203"})
    assert "or give a probability in the probability field" in error_of(phrase.text, "phrase")
    word = client.post("/log", data={"csrf": token, **LOG, "probability": "likely"})
    assert "goes in the estimative phrase field" in error_of(word.text, "probability")
    for page in (resolved.text, phrase.text, word.text):
        for error in re.findall(r'<p class="error"[^>]*>(.*?)</p>', page, re.S):
            assert not re.search(r"(?<![\w-])(--[a-z]+|-p)\b", htmllib.unescape(error)), error


def test_extraction_notes_name_the_page_s_field_not_a_flag(client):
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/extract").text).group(1)
    page = client.post("/extract", data={"csrf": token, "name": "Note", "text": "Outlook\n\nIt is likely the "
                                         "bridge will open by the end of 2027.\n"})
    assert page.status_code == 200 and "give the publication date in its field" in htmllib.unescape(page.text)
    assert "--published" not in page.text


def test_change_it_brings_back_what_was_typed(client):
    token = csrf_of(client)
    confirm = client.post("/log", data={"csrf": token, **LOG, "probability": "3:1", "due": "end of 2027"})
    assert "75% (0.75) from 3:1" in confirm.text
    change = client.post("/log", data={**hidden_fields(confirm.text), "action": "edit"})
    assert change.status_code == 200
    assert 'name="probability" value="3:1"' in change.text and 'name="due" value="end of 2027"' in change.text
    choice = client.post("/log", data={"csrf": token, **CHOICE, "outcome_p_1": "1:1", "outcome_p_2": "50%"})
    change = client.post("/log", data={**hidden_fields(choice.text), "action": "edit"})
    assert 'name="outcome_p_1" value="1:1"' in change.text and 'name="outcome_p_2" value="50%"' in change.text
    assert 'name="outcome_name_1" value="deal"' in change.text


def test_overdue_is_counted_and_worded_as_tracker_due_does_on_every_page(populated, client):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    # The app reads dates in Europe/Vilnius; a question due yesterday is "now due" (its due instant, the
    # midnight after its date, has just passed), one due two days ago 1 day, three days ago 2 days.
    today = datetime.now(ZoneInfo("Europe/Vilnius")).date()
    expected = {"late0": "now due", "late1": "1 day overdue", "late2": "2 days overdue"}
    for ago, question_id in ((1, "late0"), (2, "late1"), (3, "late2")):
        due = (today - timedelta(days=ago)).isoformat()
        populated("log", f"Late {ago}?", "-p", "0.5", "--due", due, "-c", "c", "--id", question_id)
    home, report = client.get("/").text, client.get("/report").text
    for question_id, words in expected.items():
        item = re.search(rf"<code>{question_id}</code> · due [^·]+· <strong>(.*?)</strong>", home)
        assert item and item.group(1) == words, question_id
        row = re.search(rf'href="/questions/{question_id}">[^<]*</a> <span class="meta">due [\d-]+, (.*?)</span>',
                        report)
        assert row and row.group(1) == words, question_id
    listed = populated("due").stdout  # the CLI's words for the same questions
    for question_id, words in expected.items():
        assert re.search(rf"^{question_id}  due [\d-]+ \({words}", listed, re.M), listed


def test_the_favicon_is_an_empty_answer_not_a_404(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 204 and response.content == b""


def test_a_bad_probability_and_an_empty_question_are_shown_together(client, database_url):
    before = store_snapshot(database_url)
    checked = client.post("/log", data={"csrf": csrf_of(client), **LOG, "text": "", "probability": "1.5"})
    assert checked.status_code == 400
    assert "1.5 is not between 0 and 1" in error_of(checked.text, "probability")
    assert error_of(checked.text, "text")  # the library's check ran beside the unreadable probability
    assert store_snapshot(database_url) == before


def test_two_sends_of_one_form_at_the_same_moment_write_once(client, workspace, database_url):
    from concurrent.futures import ThreadPoolExecutor

    confirm = client.post("/questions/xss/update", data={"csrf": csrf_of(client), "probability": "0.6"})
    save = {**hidden_fields(confirm.text), "action": "save"}
    with ThreadPoolExecutor(2) as pool:
        answers = sorted(pool.map(lambda _: client.post("/questions/xss/update", data=save,
                                                        follow_redirects=False).status_code, range(2)))
    assert answers == [303, 409]
    assert [p.probability for p in history(database_url, workspace, "xss").predictions] == [0.7, 0.6]
