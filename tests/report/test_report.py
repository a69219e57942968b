"""The report: golden report.md and scores.json on a fixed fixture, and the HTML in headless Chromium."""

import json
import os
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker import api

GOLDEN = Path(__file__).parent / "golden"
T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
NOW = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
HOSTILE = 'Will <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> happen?'


def fixture_store(store):
    """A fixed, deterministic history: two forecasters, phrases from two scales, a choice question,
    an ambiguous and an annulled question, a correction, and a question text that tries to run script."""
    probabilities = [0.05, 0.1, 0.2, 0.3, 0.35, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.875, 0.125, 0.625, 0.375]
    outcomes = [0, 0, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 0]
    phrases = [("unlikely", "lt-nta"), ("likely", "lt-nta"), ("highly likely", "lt-nta"), ("possible", "lt-nta"),
               ("unlikely", "uk-phia")]
    for i, (p, y) in enumerate(zip(probabilities, outcomes)):
        phrase, scale = phrases[i % len(phrases)]
        text = HOSTILE if i == 0 else f"Will event {i} happen?"
        api.log_forecast(store, text=text, criteria="Two sources report it.", due=date(2024, 6, 1) + timedelta(days=30 * i),
                         forecaster="ana", probability=p, question_id=f"q{i:02d}", tags=["alpha" if i % 2 else "beta"],
                         phrase=phrase, scale=scale, source={"document": f"Assessment {2020 + i % 3}"},
                         now=T0 + timedelta(days=i))
        api.update_forecast(store, f"q{i:02d}", forecaster="bo", probability=round(1 - p, 3),
                            now=T0 + timedelta(days=i, hours=3))
        api.resolve_question(store, f"q{i:02d}", "yes" if y else "no", resolver="ana",
                             now=datetime(2024, 7, 1, tzinfo=timezone.utc) + timedelta(days=30 * i))
    api.resolve_question(store, "q03", "yes", resolver="bo", correction=True,
                         now=datetime(2025, 9, 1, tzinfo=timezone.utc))
    api.log_forecast(store, text="Which?", criteria="c", due=date(2024, 9, 1), forecaster="ana",
                     outcomes={"a": 0.6, "b": 0.3, "c": 0.1}, question_id="pick", now=T0)
    api.resolve_question(store, "pick", "a", resolver="ana", now=datetime(2024, 9, 2, tzinfo=timezone.utc))
    for qid, outcome in (("vague", "ambiguous"), ("void", "annulled")):
        api.log_forecast(store, text=f"{qid}?", criteria="c", due=date(2024, 9, 1), forecaster="ana", probability=0.5,
                         question_id=qid, now=T0)
        api.resolve_question(store, qid, outcome, resolver="ana", now=datetime(2024, 9, 2, tzinfo=timezone.utc))
    api.log_forecast(store, text="Still open?", criteria="c", due=date(2030, 1, 1), forecaster="ana", probability=0.4,
                     question_id="open", now=T0)


@pytest.fixture
def report(store, tmp_path):
    fixture_store(store)
    api.write_report(store, tmp_path / "out", now=NOW)
    return tmp_path / "out"


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual)
    assert actual == path.read_text(), f"{name} differs from {path} (UPDATE_GOLDEN=1 to accept a deliberate change)"


def test_report_md_matches_golden(report):
    golden("report.md", (report / "report.md").read_text())


def test_scores_json_matches_golden(report):
    data = json.loads((report / "scores.json").read_text())
    # Floats are compared through a fixed rounding: the golden file pins the figures, not the last ulp.
    golden("scores.json", json.dumps(_rounded(data), indent=2, ensure_ascii=False) + "\n")


def _rounded(value):
    if isinstance(value, float):
        return round(value, 10)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def test_report_figures_are_consistent_with_the_decompositions(report):
    data = json.loads((report / "scores.json").read_text())
    o = data["overall"]
    m = o["murphy"]
    assert m["rel"] - m["res"] + m["unc"] + m["wbv"] - m["wbc"] == pytest.approx(o["brier"], abs=1e-12)
    assert data["corp"]["mcb"] - data["corp"]["dsc"] + data["corp"]["unc"] == pytest.approx(o["brier"], abs=1e-12)
    assert sum(r["count"] for r in data["calibration"]) == o["n"] == 30
    assert data["questions"] == {"open": 1, "resolved": 16, "ambiguous": 1, "annulled": 1}


def _chromium() -> str:
    path = os.environ.get("TRACKER_TEST_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is required in CI (./scripts/test installs it)")
        pytest.skip("chromium not installed (Debian package chromium; ./scripts/test installs it)")
    return path


@pytest.mark.parametrize("backend", ["sqlite"])
def test_html_report_in_headless_chromium(report, backend, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=_chromium(),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        console, requests = [], []
        page.on("console", lambda message: console.append((message.type, message.text)))
        page.on("pageerror", lambda error: console.append(("pageerror", str(error))))
        page.on("request", lambda request: requests.append(request.url))
        page.goto((report / "index.html").as_uri())
        page.wait_for_load_state("load")
        widths = page.evaluate("Array.from(document.images).map(image => image.naturalWidth)")
        pwned = page.evaluate("window.__pwned === undefined ? null : window.__pwned")
        text = page.inner_text("body")
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
    assert len(widths) == 5 and all(w > 0 for w in widths)
    assert [m for m in console if m[0] in ("error", "pageerror")] == []
    assert pwned is None
    assert HOSTILE in text  # shown as text in the largest-misses table, and run as nothing
    assert all(url.startswith(("file:", "data:")) for url in requests)  # nothing fetched from anywhere


@pytest.mark.parametrize("backend", ["sqlite"])
def test_html_report_fits_a_phone_screen(store, backend, tmp_path):
    """At 390 px no table is wider than its box (nothing scrolls sideways, not even inside a box): each
    row is a card of labelled values, so the columns that matter (observed, verdict, forecast, outcome,
    Brier) are on screen. At 1280 px the tables are tables, text read from the left, numbers from the right."""
    from playwright.sync_api import sync_playwright

    fixture_store(store)
    long_id = "china-russia-mutual-defence-treaty-signed-before-the-summit"
    api.log_forecast(store, text="Will " + "a-very-long-unbroken-word" * 4 + " happen?", criteria="c",
                     due=date(2026, 1, 5), forecaster="ana", probability=0.3, question_id=long_id,
                     tags=["a-tag-that-goes-on-and-on-without-a-single-break"], now=T0)
    api.write_report(store, tmp_path / "out", now=NOW)
    # Every cell of the key columns: its label, and whether it lies wholly within the screen.
    key_cells = """Array.from(document.querySelectorAll('td')).filter(td =>
        ['observed', 'verdict', 'forecast (yes)', 'outcome', 'Brier'].includes(td.dataset.label))
        .map(td => { const r = td.getBoundingClientRect();
                     return [td.dataset.label, r.width > 0 && r.left >= 0 && r.right <= window.innerWidth,
                             getComputedStyle(td, '::before').content]; })"""
    seen = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(),
                                             args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                                   "--disable-background-networking"])
        for width in (390, 1280):
            page = browser.new_page(viewport={"width": width, "height": 844})
            page.goto((tmp_path / "out" / "index.html").as_uri())
            page.wait_for_load_state("load")
            seen[width] = {
                "page": page.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"),
                "tables": page.evaluate("document.querySelectorAll('table').length"),
                "wider": page.evaluate("Array.from(document.querySelectorAll('.table-box, table'))"
                                       ".filter(box => box.scrollWidth > box.clientWidth).length"),
                "cells": page.evaluate(key_cells),
                "header": page.evaluate("getComputedStyle(document.querySelector('thead')).position"),
                "aligned": page.evaluate("""Array.from(document.querySelectorAll('h2'))
                    .filter(h => h.id === 'largest-misses')
                    .map(h => Array.from(h.parentElement.querySelectorAll('tbody tr:first-child td'))
                    .map(td => getComputedStyle(td).textAlign))[0]"""),
            }
            page.close()
        browser.close()
    phone, desk = seen[390], seen[1280]
    assert phone["page"] <= 390
    assert phone["tables"] >= 9 and phone["wider"] == 0
    assert {label for label, _, _ in phone["cells"]} == {"observed", "verdict", "forecast (yes)", "outcome", "Brier"}
    assert all(visible for _, visible, _ in phone["cells"])
    assert all(before == f'"{label}"' for label, _, before in phone["cells"])  # each value under its column's name
    assert phone["header"] == "absolute"  # the header row is left to screen readers; the cards name each value
    # The wide layout stays a table: headers shown, each cell's label not repeated, numbers aligned right.
    assert desk["header"] == "static"
    assert all(before in ("none", "normal") for _, _, before in desk["cells"])
    assert desk["aligned"] == ["left", "left", "left", "right", "left", "right"]
