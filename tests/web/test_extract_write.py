"""The extract review's Download and Write-without-applying, and team mode's rule: behind the proxy the page
writes the file for review in git and applies it only when tracker.toml's [web] apply_drafts_in_team_mode
says so."""

from __future__ import annotations

import re
import warnings

import pytest
import yaml
from conftest import store_snapshot
from tests.web.test_extract import FIELDS, forecast_files, review, review_form
from tests.web.test_team import SECRET, proxied

from tracker import api
from tracker.errors import NotFoundError, TrackerError


def buttons(page: str) -> list[str]:
    return re.findall(r'<button type="submit" name="action" value="([^"]+)"', page)


def questions_in(store_url, workspace, ids) -> list[str]:
    _, store = api.open_workspace(workspace, store_url, create=False)
    try:
        found = []
        for question_id in ids:
            try:
                found.append(api.question_history(store, question_id).question.id)
            except NotFoundError:
                pass
        return found
    finally:
        store.close()


def edited_form(client) -> dict:
    fields = review_form(review(client))
    del fields["draft-2-accept"]  # rejected: it must be in neither the download nor the file
    fields["draft-1-probability"] = "3:1"
    return fields


def test_download_is_the_file_write_makes_and_writes_and_applies_nothing(client, workspace, database_url, cli):
    fields = edited_form(client)
    before = store_snapshot(database_url)
    got = client.post("/extract", data={**fields, "action": "download"})
    assert got.status_code == 200, got.text
    assert got.headers["content-disposition"] == 'attachment; filename="regional-outlook-2026.yaml"'
    assert got.headers["content-type"].startswith("application/yaml")
    assert store_snapshot(database_url) == before and forecast_files(workspace) == []
    entries = yaml.safe_load(got.text)["questions"]
    assert [entry["id"] for entry in entries] == [fields["draft-1-draft"]]
    assert "0.75" in got.text  # 3:1 odds, as edited: 3 / (3 + 1)
    # The same form written without applying gives the very same text (a download leaves the form's
    # one-time token unused, so the form still writes).
    written = client.post("/extract", data={**fields, "action": "write-only"}, follow_redirects=False)
    assert written.status_code == 303, written.text
    [path] = forecast_files(workspace)
    assert path.read_text(encoding="utf-8") == got.text
    # And the downloaded file is one `tracker apply` takes.
    (workspace / "elsewhere.yaml").write_text(got.text, encoding="utf-8")
    assert cli("apply", "elsewhere.yaml").exit_code == 0
    assert questions_in(database_url, workspace, [fields["draft-1-draft"]]) == [fields["draft-1-draft"]]


def test_write_without_applying_keeps_the_store_and_names_the_command(client, workspace, database_url, cli):
    fields = edited_form(client)
    before = store_snapshot(database_url)
    written = client.post("/extract", data={**fields, "action": "write-only"}, follow_redirects=False)
    assert written.status_code == 303 and written.headers["location"].startswith("/extract/unapplied?")
    assert store_snapshot(database_url) == before
    [path] = forecast_files(workspace)
    assert path.name == "regional-outlook-2026.yaml"
    page = client.get(written.headers["location"])
    assert page.status_code == 200 and "<code>tracker apply forecasts/regional-outlook-2026.yaml</code>" in page.text
    assert "1 draft written" in page.text and "not applied" in page.text
    # Sent again, nothing more is written.
    assert client.post("/extract", data={**fields, "action": "write-only"}).status_code == 409
    assert forecast_files(workspace) == [path]
    result = cli("apply", "forecasts/regional-outlook-2026.yaml")
    assert result.exit_code == 0, result.output + result.stderr
    assert questions_in(database_url, workspace, [fields["draft-1-draft"], fields["draft-2-draft"]]) == [
        fields["draft-1-draft"]]


def test_a_bad_edit_is_shown_beside_its_field_and_nothing_is_downloaded_or_written(client, workspace, database_url):
    fields = edited_form(client)
    fields["draft-1-probability"] = "1.5"
    for action in ("download", "write-only"):
        page = client.post("/extract", data={**fields, "action": action})
        assert page.status_code == 400 and "content-disposition" not in page.headers
        assert re.search(r'<p class="error" id="draft-1-probability-error">[^<]+</p>', page.text)
    assert forecast_files(workspace) == []


def test_a_download_without_the_csrf_token_is_refused(client, workspace):
    fields = {k: v for k, v in edited_form(client).items() if k != "csrf"}
    assert client.post("/extract", data={**fields, "action": "download"}).status_code == 403


def test_alone_the_default_is_write_and_apply_and_all_three_are_offered(client):
    assert buttons(review(client)) == ["write", "write-only", "download"]


@pytest.fixture
def team_extract(populated, workspace, database_url):
    """make(applies=False) -> (client, csrf) of the app in team mode as carol, tracker.toml's setting as given."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    from tracker.web.app import create_app

    stores = []

    def make(applies: bool | None = None):
        if applies is not None:
            with (workspace / "tracker.toml").open("a", encoding="utf-8") as config:
                config.write(f"\n[web]\napply_drafts_in_team_mode = {str(applies).lower()}\n")
        found, store = api.open_workspace(workspace, database_url, create=False)
        stores.append(store)
        app = create_app(store, token="unused-token", workspace_root=found.root, timezone_name="Europe/Vilnius",
                         proxy_header="X-Remote-User", proxy_secret=SECRET)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            client = TestClient(app, base_url="http://127.0.0.1:8765", headers=proxied("carol"))
        token = re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/extract").text).group(1)
        return client, token
    yield make
    for store in stores:
        store.close()


def test_team_mode_writes_for_review_and_refuses_to_apply_by_default(team_extract, workspace, database_url):
    client, token = team_extract()
    page = client.post("/extract", data={"csrf": token, **FIELDS})
    assert page.status_code == 200 and buttons(page.text) == ["write-only", "download"]
    fields = review_form(page.text)
    before = store_snapshot(database_url)
    refused = client.post("/extract", data={**fields, "action": "write"})
    assert refused.status_code == 403 and "apply_drafts_in_team_mode" in refused.text
    assert re.search(r'<p class="error" role="alert">this workspace reviews its forecast files in git', refused.text)
    assert store_snapshot(database_url) == before and forecast_files(workspace) == []
    assert client.post("/extract", data={**fields, "action": "download"}).status_code == 200
    written = client.post("/extract", data={**fields, "action": "write-only"}, follow_redirects=False)
    assert written.status_code == 303 and len(forecast_files(workspace)) == 1
    assert store_snapshot(database_url) == before


@pytest.mark.parametrize("applies", [False, True])
def test_team_mode_applies_only_when_the_workspace_allows_it(team_extract, workspace, database_url, applies):
    client, token = team_extract(applies)
    page = client.post("/extract", data={"csrf": token, **FIELDS})
    assert buttons(page.text) == ["write-only", "download"] + (["write"] if applies else [])
    fields = review_form(page.text)
    answer = client.post("/extract", data={**fields, "action": "write"}, follow_redirects=False)
    assert answer.status_code == (303 if applies else 403)
    ids = [fields["draft-1-draft"], fields["draft-2-draft"]]
    assert questions_in(database_url, workspace, ids) == (ids if applies else [])


def test_the_setting_must_be_true_or_false(workspace):
    from tracker.settings import read_config

    with (workspace / "tracker.toml").open("a", encoding="utf-8") as config:
        config.write('\n[web]\napply_drafts_in_team_mode = "yes"\n')
    with pytest.raises(TrackerError) as refused:
        read_config(workspace / "tracker.toml", workspace)
    lines = (workspace / "tracker.toml").read_text(encoding="utf-8").splitlines()
    assert str(refused.value).startswith(f"tracker.toml:{len(lines)}: web.apply_drafts_in_team_mode:")



def test_a_folder_that_cannot_be_written_is_one_line_atop_the_review(client, workspace):
    fields = edited_form(client)
    if (workspace / "forecasts").is_dir():
        (workspace / "forecasts").rmdir()
    (workspace / "forecasts").write_text("not a folder\n", encoding="utf-8")  # so nothing can be written in it
    page = client.post("/extract", data={**fields, "action": "write-only"})
    assert page.status_code == 400
    assert re.search(r'<p class="error" role="alert">forecasts/regional-outlook-2026.yaml could not be written: ',
                     page.text)
    (workspace / "forecasts").unlink()
    (workspace / "forecasts").mkdir()  # fixed: the same form writes now (its one-time token was released)
    assert client.post("/extract", data={**fields, "action": "write-only"}, follow_redirects=False).status_code == 303
