"""A draft edited in the extract review is written as edited: its criteria name the new due date (never
the drafted one), and its rationale keeps the drafted reading and says what review changed."""

from __future__ import annotations

import html as htmllib
import re

from conftest import store_snapshot

from tests.web.test_extract import review_form
from tracker import api

SENTENCE = "The ministry assesses that it is likely the bridge will open by 1 June 2027."
FIELDS = {"name": "Bridge Note", "published": "2026-01-15", "scale": "us-icd-203",
          "text": f"Bridge note\n\n{SENTENCE}\n"}


def reviewed(client) -> dict[str, str]:
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/extract").text).group(1)
    page = client.post("/extract", data={"csrf": token, **FIELDS})
    assert page.status_code == 200, page.text
    fields = review_form(page.text)
    assert "by 1 June 2027" in fields["draft-1-criteria"]  # the criteria are a field of the review
    return fields


def written(workspace, database_url, fields):
    _, store = api.open_workspace(workspace, database_url, create=False)
    try:
        history = api.question_history(store, fields["draft-1-draft"])
        return history.question, history.predictions[0]
    finally:
        store.close()


def test_an_edited_due_date_is_put_in_the_criteria_and_the_edits_in_the_rationale(client, workspace,
                                                                                  database_url):
    fields = reviewed(client)
    drafted_p = fields["draft-1-probability"]
    fields.update({"draft-1-probability": "30%", "draft-1-due": "end of 2027",
                   "draft-1-text": "Will the bridge open to traffic by the end of 2027?"})
    response = client.post("/extract", data=fields, follow_redirects=False)
    assert response.status_code == 303, response.text
    question, prediction = written(workspace, database_url, fields)
    assert question.due.isoformat() == "2027-12-31" and prediction.probability == 0.3
    assert "by 31 December 2027" in question.criteria and "1 June 2027" not in question.criteria
    drafted = f"{float(drafted_p) * 100:g}%"
    assert prediction.rationale.endswith(f"Edited in review: 30% (drafted {drafted}), due 2027-12-31 (drafted "
                                         "2027-06-01), question (drafted 'Will the bridge open by 1 June 2027?').")
    # The drafted reading of the document is kept for provenance.
    assert prediction.rationale.startswith('"likely" read as "likely" on scale us-icd-203')


def test_criteria_edited_by_hand_are_written_as_typed(client, workspace, database_url):
    fields = reviewed(client)
    fields["draft-1-criteria"] = "Resolves YES if the ministry reports the bridge open to traffic."
    assert client.post("/extract", data=fields, follow_redirects=False).status_code == 303
    question, prediction = written(workspace, database_url, fields)
    assert question.criteria == fields["draft-1-criteria"]
    assert prediction.rationale.endswith("Edited in review: criteria.")


def test_criteria_still_naming_the_drafted_date_are_refused_beside_the_field(client, workspace, database_url):
    fields = reviewed(client)
    fields["draft-1-due"] = "2027-12-31"
    fields["draft-1-criteria"] = "Resolves YES if the bridge is open on 1 June 2027 per the ministry."
    before = store_snapshot(database_url)
    response = client.post("/extract", data=fields)
    assert response.status_code == 400
    error = re.search(r'<p class="error" id="draft-1-criteria-error">(.*?)</p>', response.text)
    assert error and "they name 1 June 2027" in htmllib.unescape(error.group(1))
    assert store_snapshot(database_url) == before and not list((workspace / "forecasts").glob("*.yaml"))


def test_empty_criteria_are_refused_beside_the_field(client, database_url):
    fields = reviewed(client)
    fields["draft-1-criteria"] = ""
    before = store_snapshot(database_url)
    response = client.post("/extract", data=fields)
    assert response.status_code == 400 and 'id="draft-1-criteria-error"' in response.text
    assert store_snapshot(database_url) == before


def test_an_unedited_draft_keeps_its_drafted_rationale(client, workspace, database_url):
    fields = reviewed(client)
    assert client.post("/extract", data=fields, follow_redirects=False).status_code == 303
    question, prediction = written(workspace, database_url, fields)
    assert "Edited in review" not in prediction.rationale and "by 1 June 2027" in question.criteria
