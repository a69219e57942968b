"""What a page costs besides its reads: bounded pages answered on the event loop (no thread handoff), the
question read once, and the hidden-forecasts rule asked only about the questions a page shows."""

from __future__ import annotations

import asyncio

from sqlalchemy import event

HIDE = "\n[team]\nhide_others_until_predicted = true\n"


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # a worker thread of the pool has no loop running
        return False
    return True


def test_bounded_pages_run_on_the_event_loop_and_report_drills_in_a_worker(client, monkeypatch):
    from tracker import api
    from tracker.web import reads, report_pages

    where = {}

    def spy(name, real):
        def call(*args, **kwargs):
            where[name] = _on_event_loop()
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(api, "question_history", spy("question", api.question_history))
    monkeypatch.setattr(reads, "due_page", spy("home", reads.due_page))
    monkeypatch.setattr(report_pages, "scored_forecasts", spy("drill", report_pages.scored_forecasts))
    for path in ("/questions/rates", "/", "/report/forecasts?bins=10&bin=7"):
        assert client.get(path).status_code == 200, path
    assert where == {"question": True, "home": True, "drill": False}


def test_question_history_reads_the_question_once(workspace, database_url):
    from tracker import api

    found, store = api.open_workspace(workspace, database_url, create=False)
    try:
        api.log_forecast(store, text="Will x?", criteria="c", due="2030-01-01", forecaster="ana",
                         probability=0.7, question_id="qx")
        statements = []

        def record(conn, cursor, sql, params, context, many):
            statements.append(" ".join(sql.split()))
        event.listen(store.engine, "before_cursor_execute", record)
        history = api.question_history(store, "qx")
        event.remove(store.engine, "before_cursor_execute", record)
    finally:
        store.close()
    assert history.question.id == "qx" and [p.probability for p in history.predictions] == [0.7]
    from_question = [s for s in statements if s.startswith("SELECT question.")]
    assert len(from_question) == 1, from_question


def test_home_asks_the_hidden_forecasts_rule_about_the_shown_questions_only(cli, workspace, make_client,
                                                                          monkeypatch):
    from tracker import team

    for args in (("log", "Will a happen?", "-p", "0.91", "--due", "2030-01-01", "-c", "c", "--id", "qa", "-f", "bo"),
                 ("log", "Will c happen?", "-p", "0.67", "--due", "2030-01-01", "-c", "c", "--id", "qc", "-f", "bo"),
                 ("resolve", "qc", "yes")):
        assert cli(*args).exit_code == 0
    with (workspace / "tracker.toml").open("a", encoding="utf-8") as handle:
        handle.write(HIDE)
    asked = []
    real = team.visibility

    def spy(store, viewer, question_ids=None):
        asked.append(None if question_ids is None else set(question_ids))
        return real(store, viewer, question_ids)

    monkeypatch.setattr(team, "visibility", spy)
    client = make_client()
    home = client.get("/").text
    assert "Will a happen?" in home and "91%" not in home    # still hidden: ana has not predicted on qa
    assert asked == [{"qa", "qc"}]                          # qc: in the recent activity (its resolution)
    page = client.get("/questions/qa").text
    assert "91%" not in page and asked[-1] == {"qa"}


def test_scale_files_are_looked_at_once_a_second_and_an_edit_then_shows(workspace, monkeypatch):
    from types import SimpleNamespace

    from tracker.web import forms

    site = SimpleNamespace(workspace_root=workspace, scale="us-icd-203")
    stamps = []
    real = forms.scales_stamp
    monkeypatch.setattr(forms, "scales_stamp", lambda s: stamps.append(1) or real(s))
    clock = [1000.0]
    monkeypatch.setattr("time.monotonic", lambda: clock[0])
    monkeypatch.setattr(forms, "_SCALES", {})
    first = forms.form_scales(site)["names"]
    for _ in range(5):
        assert forms.form_scales(site)["names"] == first
    assert len(stamps) == 1                       # five requests within the second: no stat of the files
    from tracker.scales import PACKAGE_SCALES

    (workspace / "scales").mkdir(exist_ok=True)
    text = (PACKAGE_SCALES / "kent-1964.yaml").read_text(encoding="utf-8")
    (workspace / "scales" / "house.yaml").write_text(text.replace("name: kent-1964", "name: house", 1),
                                                     encoding="utf-8")
    assert "house" not in forms.form_scales(site)["names"]    # within the second: not looked at yet
    clock[0] += forms.STAMP_SECONDS
    assert "house" in forms.form_scales(site)["names"] and len(stamps) == 2
