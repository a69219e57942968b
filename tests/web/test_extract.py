"""The extract review (/extract): a pasted document's drafts beside their highlighted sentences; the
accepted ones, as edited, written to forecasts/ with `tracker extract -o`'s writer and applied; a bad
value shown beside its draft with nothing written."""

from __future__ import annotations

import html as htmllib
import re

import pytest
from conftest import store_snapshot

from tracker import api
from tracker.errors import NotFoundError
from tracker.web.extract_review import MAX_DOCUMENT_CHARS

FIRST = "We assess that it is highly likely the central bank will cut rates by the end of 2027."
SECOND = "It is unlikely that the coalition will collapse before the 2028 election."
DOCUMENT = (f"Regional outlook\n\nThe ministry released its annual figures in March. {FIRST} Trade volumes grew "
            f"last year.\n\nAnalysts noted the new port opened. {SECOND}\n")
FIELDS = {"name": "Regional Outlook 2026", "published": "2026-01-15", "scale": "us-icd-203", "text": DOCUMENT}


def csrf_of(client) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/extract").text).group(1)


def review_form(page: str) -> dict[str, str]:
    """What the review page's Write button sends as it stands: hidden fields, the text, each draft's fields."""
    fields = {name: htmllib.unescape(value) for name, value in
              re.findall(r'<input (?:type="hidden" |id="[^"]+" )?name="([^"]+)" value="([^"]*)"', page)}
    fields.update((name, htmllib.unescape(value)) for name, value in
                  re.findall(r'<textarea (?:id="[^"]+" )?name="([^"]+)"[^>]*>\n?(.*?)</textarea>', page, re.DOTALL))
    fields.update((name, "yes") for name in re.findall(r'name="([^"]+)" value="yes" checked', page))
    return fields


def forecast_files(workspace) -> list:
    return sorted((workspace / "forecasts").glob("*.yaml")) if (workspace / "forecasts").exists() else []


def review(client):
    page = client.post("/extract", data={"csrf": csrf_of(client), **FIELDS})
    assert page.status_code == 200, page.text
    return page.text


def test_each_draft_is_shown_beside_its_sentence_marked_in_the_document(client, workspace, database_url):
    before = store_snapshot(database_url)
    page = review(client)
    marks = dict(re.findall(r'<mark id="mark-(\d+)">(.*?)</mark>', page, re.DOTALL))
    assert {k: htmllib.unescape(v) for k, v in marks.items()} == {"1": FIRST, "2": SECOND}
    assert 'href="#mark-1"' in page and 'href="#mark-2"' in page
    fields = review_form(page)
    assert fields["draft-1-accept"] == fields["draft-2-accept"] == "yes"  # accepted unless unticked
    assert fields["draft-1-probability"] == "0.9" and fields["text"] == DOCUMENT.strip()
    assert store_snapshot(database_url) == before and forecast_files(workspace) == []


def test_write_applies_the_accepted_drafts_as_edited_and_never_overwrites(client, workspace, database_url):
    fields = review_form(review(client))
    del fields["draft-2-accept"]  # rejected
    fields["draft-1-probability"] = "80%"
    fields["draft-1-text"] = "Will the central bank cut rates by the end of 2027?"
    (workspace / "forecasts").mkdir(exist_ok=True)
    taken = workspace / "forecasts" / "regional-outlook-2026.yaml"
    taken.write_text("questions: []\n", encoding="utf-8")  # reviewed by hand earlier: must stay as it is
    written = client.post("/extract", data=fields, follow_redirects=False)
    assert written.status_code == 303, written.text
    assert taken.read_text(encoding="utf-8") == "questions: []\n"
    new = workspace / "forecasts" / "regional-outlook-2026-2.yaml"
    assert new.exists() and new.read_text(encoding="utf-8").count("\n  - id:") == 1
    question_id = fields["draft-1-draft"]
    listing = client.get(written.headers["location"]).text
    assert f'href="/questions/{question_id}"' in listing and "central bank cut rates" in listing
    _, store = api.open_workspace(workspace, database_url, create=False)
    try:
        history = api.question_history(store, question_id)
        assert history.question.text == "Will the central bank cut rates by the end of 2027?"
        assert [p.probability for p in history.predictions] == [0.8]
        assert history.question.source.quote == FIRST
        with pytest.raises(NotFoundError):  # the rejected draft is not in the store
            api.question_history(store, fields["draft-2-draft"])
    finally:
        store.close()


def test_a_bad_edited_probability_is_shown_beside_its_draft_and_nothing_is_written(client, workspace,
                                                                                     database_url):
    fields = review_form(review(client))
    fields["draft-2-probability"] = "1.5"
    before = store_snapshot(database_url)
    response = client.post("/extract", data=fields)
    assert response.status_code == 400
    error = re.search(r'<p class="error" id="draft-2-probability-error">(.*?)</p>', response.text)
    assert error and "1.5" in htmllib.unescape(error.group(1))
    assert 'id="draft-1-probability-error"' not in response.text
    assert 'aria-describedby="draft-2-probability-error"' in response.text
    assert store_snapshot(database_url) == before and forecast_files(workspace) == []


def test_a_write_apply_refuses_keeps_the_file_and_shows_why_beside_the_draft(client, workspace, database_url):
    first = review_form(review(client))
    del first["draft-2-accept"]
    assert client.post("/extract", data=first, follow_redirects=False).status_code == 303
    again = review_form(review(client))
    again["draft-1-probability"] = "0.6"  # the same draft with another probability: a recorded one altered
    before = store_snapshot(database_url)
    response = client.post("/extract", data=again)
    assert response.status_code == 400, response.text
    error = re.search(r'<p class="error" id="draft-1-form-error">(.+?)</p>', response.text)
    assert error and "would alter the recorded prediction" in htmllib.unescape(error.group(1))
    assert 'id="draft-2-form-error"' not in response.text
    assert "regional-outlook-2026-2.yaml was written to forecasts/ but not applied" in response.text
    assert len(forecast_files(workspace)) == 2 and store_snapshot(database_url) == before
    assert review_form(response.text)["draft-1-probability"] == "0.6"  # what was typed is kept


def test_without_the_csrf_token_nothing_is_read_or_written(client, workspace, database_url):
    fields = review_form(review(client))
    before = store_snapshot(database_url)
    for data in (FIELDS, {k: v for k, v in fields.items() if k != "csrf"}, {**fields, "csrf": "0" * 64}):
        response = client.post("/extract", data=data, follow_redirects=False)
        assert response.status_code == 403 and "CSRF token" in response.text
    assert store_snapshot(database_url) == before and forecast_files(workspace) == []


def test_an_oversized_paste_is_refused_beside_the_text_field(client, workspace, database_url):
    before = store_snapshot(database_url)
    response = client.post("/extract", data={"csrf": csrf_of(client), **FIELDS,
                                             "text": "x" * (MAX_DOCUMENT_CHARS + 1)})
    assert response.status_code == 400, response.text[:300]
    error = re.search(r'<p class="error" id="text-error">(.*?)</p>', response.text)
    assert error and "2 MB" in error.group(1)
    assert store_snapshot(database_url) == before and forecast_files(workspace) == []


def test_a_bad_document_field_is_shown_beside_it(client):
    token = csrf_of(client)
    for field, value in (("published", "15/01/2026"), ("scale", "no-such-scale"), ("name", "")):
        response = client.post("/extract", data={"csrf": token, **FIELDS, field: value})
        assert response.status_code == 400
        assert re.search(rf'<p class="error" id="{field}-error">.+?</p>', response.text), field
