"""What the report says besides the scores: due soon and overdue, contents, the score columns
explained, one plain reading per figure, words instead of empty figures, times in the workspace's
zone, plurals, and stored rows it cannot use."""

import json
import re
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import text

from tracker import api
from tracker.evaluation import Selection
from tracker.report import write_report

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
#: 23:30 in UTC is already 2 January in Vilnius (UTC+2): the due list must count days there.
NOW = datetime(2026, 1, 1, 23, 30, tzinfo=timezone.utc)
FIGURES = ("reliability.png", "corp.png", "phrases.png", "over_time.png", "sharpness.png")


def report(store, tmp_path, zone="Europe/Vilnius", now=NOW) -> tuple[dict, str, str]:
    out = tmp_path / "out"
    write_report(store, out, Selection(), generated_at=now, timezone_name=zone)
    return (json.loads((out / "scores.json").read_text()), (out / "report.md").read_text(),
            (out / "index.html").read_text())


def log(store, qid, due, p=0.6, **kwargs):
    api.log_forecast(store, text=f"Will {qid} happen?", criteria="c", due=due, forecaster="ana", probability=p,
                     question_id=qid, now=T0, **kwargs)


def test_due_soon_and_overdue_in_the_workspace_zone(store, tmp_path):
    for qid, due in [("two-late", date(2025, 12, 31)), ("one-late", date(2026, 1, 1)), ("today", date(2026, 1, 2)),
                     ("tomorrow", date(2026, 1, 3)), ("soon", date(2026, 1, 5)), ("later", date(2026, 3, 1))]:
        log(store, qid, due)
    log(store, "done", date(2025, 12, 30))
    api.resolve_question(store, "done", "yes", resolver="ana", now=T0 + timedelta(days=400))
    data, md, html = report(store, tmp_path)
    assert [(q["question_id"], q["days_left"]) for q in data["due"]["questions"]] == [
        ("two-late", -2), ("one-late", -1), ("today", 0), ("tomorrow", 1), ("soon", 3)]
    # Counted as `tracker due` counts: due yesterday is "now due" (its due instant was last midnight).
    for line in ["| 2025-12-31 | 1 day overdue | two-late |", "| 2026-01-01 | now due | one-late |",
                 "| 2026-01-02 | due today | today |", "| 2026-01-03 | in 1 day | tomorrow |",
                 "| 2026-01-05 | in 3 days | soon |"]:
        assert line in md
    assert "later" not in md.split("## How to read")[0] and "Due soon and overdue" in html
    # In UTC it is still 1 January: the same question is due today, not overdue.
    data, _, _ = report(store, tmp_path, zone="UTC")
    assert ("one-late", 0) in [(q["question_id"], q["days_left"]) for q in data["due"]["questions"]]


def test_generated_time_is_in_the_workspace_zone_to_the_minute(store, tmp_path):
    _, md, html = report(store, tmp_path, now=datetime(2026, 7, 1, 9, 5, 59, 123456, tzinfo=timezone.utc))
    assert "Generated 1 July 2026, 12:05 EEST (Europe/Vilnius)." in md
    assert "Generated 1 July 2026, 12:05 EEST (Europe/Vilnius)." in html
    assert "123456" not in md and "09:05" not in md


def test_contents_link_every_section(store, tmp_path):
    _, md, html = report(store, tmp_path)
    headings = re.findall(r"^## (.+)$", md, re.M)
    assert "Due soon and overdue" in headings and len(headings) >= 10
    contents = next(line for line in md.splitlines() if line.startswith("Contents: "))
    targets = re.findall(r"\]\(#([^)]+)\)", contents)
    assert targets == [re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") for h in headings]
    assert re.findall(r'<a href="#([^"]+)">', html) == targets == re.findall(r'<h2 id="([^"]+)">', html)


def test_score_columns_are_explained_once(store, tmp_path):
    _, md, _ = report(store, tmp_path)
    guide = md.split("## How to read the scores")[1].split("\n## ")[0]
    for term in ("BSS", "AUC", "REL", "RES", "UNC", "MCB", "DSC"):
        assert len(re.findall(rf"^\| [^|]*\b{term}\b[^|]* \| \w", guide, re.M)) == 1, term
    assert md.count("## How to read the scores") == 1


def test_no_empty_figure_where_there_is_nothing(store, tmp_path):
    log(store, "open", date(2030, 1, 1))
    _, md, html = report(store, tmp_path)
    assert "![" not in md and "<img" not in html
    assert "No resolved binary forecasts yet, so no reliability diagram." in md
    assert "No forecasts scored yet." in html and "Nothing is overdue or due soon." in md
    assert all((tmp_path / "out" / name).exists() for name in FIGURES)  # still written, for scores.json users


def test_each_figure_has_a_one_line_reading(store, tmp_path):
    # Six forecasts of 60% that all came true, two of 5% that did not.
    for i, (p, outcome) in enumerate([(0.6, "yes")] * 6 + [(0.05, "no")] * 2):
        log(store, f"q{i}", date(2025, 6, 1), p=p)
        api.resolve_question(store, f"q{i}", outcome, resolver="ana", now=datetime(2025, 6, 2, tzinfo=timezone.utc))
    _, md, html = report(store, tmp_path)
    readings = re.findall(r"^\*\*In short:\*\* (.+)$", md, re.M)
    assert len(readings) == 4  # reliability, CORP, over time, sharpness (no phrase was used)
    assert "you said ~60%; it happened 100% of the time, n=6" in readings[0]
    brier = (6 * 0.4 ** 2 + 2 * 0.05 ** 2) / 8
    assert readings[2] == f"Only one month resolved so far: 2025-06, Brier {brier:.3f} (8 forecasts)."
    assert readings[3] == "25% of the 8 forecasts said below 10% or at least 90%; 0% stayed between 40% and 60%."
    assert html.count('class="reading"') == 4


def test_text_columns_are_left_aligned_numbers_right(store, tmp_path):
    log(store, "q", date(2025, 6, 1), p=0.9)
    api.resolve_question(store, "q", "no", resolver="ana", now=datetime(2025, 6, 2, tzinfo=timezone.utc))
    _, md, html = report(store, tmp_path)
    misses = md.split("## Largest misses")[1]
    assert "| question | text | forecaster | forecast (yes) | outcome | Brier |\n|:---|:---|:---|---:|:---|---:|" in misses
    assert '<td data-label="text">Will q happen?</td>' in html
    assert '<td class="num" data-label="Brier">0.8100</td>' in html


def test_plurals(store, tmp_path):
    log(store, "q", date(2025, 6, 1), p=0.9)
    api.resolve_question(store, "q", "no", resolver="ana", now=datetime(2025, 6, 2, tzinfo=timezone.utc))
    _, md, _ = report(store, tmp_path)
    assert "Only 1 resolved forecast scored" in md and "(1 forecast)." in md
    assert not re.search(r"\b1 (forecasts|days|questions)\b", md)


def test_a_due_date_past_the_calendar_is_reported_and_skipped(store, tmp_path):
    """A row the CLI would refuse today, written straight into the store: the report names it and goes on."""
    for qid in ("fine", "forever"):
        log(store, qid, date(2025, 6, 1))
        api.resolve_question(store, qid, "yes", resolver="ana", now=datetime(2025, 6, 2, tzinfo=timezone.utc))
    log(store, "open-forever", date(2030, 1, 1))
    from tracker.store.guards import unguarded

    with store.write() as session, unguarded(session.connection()):  # past the guards, as an older version wrote
        for table in ("question", "standing_forecast"):
            column = "id" if table == "question" else "question_id"
            session.execute(text(f"UPDATE {table} SET due = :due WHERE {column} IN ('forever', 'open-forever')"),
                            {"due": date(9999, 12, 31)})
    data, md, html = report(store, tmp_path)
    assert data["overall"]["n"] == 2  # the scores do not need the due date: still scored
    assert [line.split(":")[0] for line in data["skipped"]] == ["question forever", "question open-forever"]
    assert all("due date 9999-12-31 is out of range" in line for line in data["skipped"])
    assert data["time_averaged"] == "included"  # from the questions it can handle
    assert all(line.endswith("left out of the time-averaged Brier") for line in data["skipped"])
    assert "question forever: due date 9999-12-31 is out of range" in md and "open-forever" in html
