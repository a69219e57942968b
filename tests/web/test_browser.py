"""A real browser against a real server: headless Chromium (Playwright) drives uvicorn on 127.0.0.1
through login, the home page, a question, the report and a calibration bin's forecasts, at desktop and
phone widths, and saves a screenshot of each page into the test's tmp folder."""

from __future__ import annotations

import pytest

WIDTHS = {"desktop": 1280, "phone": 390}
TOKEN = "browser-token-0123456789"  # the server fixture's (tests/web/conftest.py)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("layout", list(WIDTHS))
def test_login_home_question_report_and_a_bin_in_a_browser(server, chromium, tmp_path, layout, database_url):
    from playwright.sync_api import sync_playwright

    width = WIDTHS[layout]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            dialogs, violations = [], []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.on("console", lambda message: violations.append(message.text)
                    if "Content Security Policy" in message.text else None)

            def snap(name: str) -> None:
                page.screenshot(path=str(tmp_path / f"{name}-{width}.png"), full_page=True)
                wide = page.evaluate("document.documentElement.scrollWidth")
                assert wide <= width, f"{name} scrolls sideways at {width} px ({wide} px wide)"

            page.goto(f"{server}/?token={TOKEN}")
            assert page.url == f"{server}/"  # the token left the address bar
            assert page.locator("h1").inner_text() == "Due and open questions"
            assert "Will the bridge open?" in page.locator("#main").inner_text()
            snap("home")

            page.get_by_role("link", name="Will <script>alert('x')</script> ship by 2030?").first.click()
            page.wait_for_url(f"{server}/questions/xss")
            assert page.locator("h1").inner_text() == "Will <script>alert('x')</script> ship by 2030?"
            snap("question")

            page.get_by_role("link", name="Report", exact=True).click()
            page.wait_for_url(f"{server}/report")
            assert page.locator("h1").inner_text() == "Calibration report"
            page.wait_for_load_state("networkidle")
            loaded = page.evaluate("Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
            assert loaded, "a figure did not load"
            snap("report")

            page.locator("a.bin", has_text="70–80%").click()
            page.wait_for_url(f"{server}/report/forecasts?**")
            assert "3 scored forecasts from 70% to 80%" in page.locator("h1").inner_text()
            rows = page.locator("table.forecasts tbody tr")
            assert rows.count() == 3
            assert {rows.nth(i).locator("th a").inner_text() for i in range(3)} == {
                "Will rates fall?", "Will the merger close?", "Will it rain?"}
            snap("bin")

            page.keyboard.press("Tab")  # the first stop is the skip link: the pages work from the keyboard
            assert page.evaluate("document.activeElement.textContent") == "Skip to content"
            assert dialogs == [] and violations == []
        finally:
            browser.close()
    assert len(list(tmp_path.glob(f"*-{width}.png"))) == 4


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("layout", list(WIDTHS))
def test_log_update_and_resolve_from_the_queue_in_a_browser(server, chromium, tmp_path, layout, workspace,
                                                            database_url):
    """The forms from a keyboard-and-mouse user's side: a bad probability is shown beside its field with
    nothing stored; a forecast is logged (read back before saving), updated, then resolved from the home
    queue."""
    from conftest import store_snapshot
    from playwright.sync_api import sync_playwright

    from tracker import api

    width = WIDTHS[layout]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            violations = []
            page.on("console", lambda message: violations.append(message.text)
                    if "Content Security Policy" in message.text else None)

            def snap(name: str) -> None:
                page.screenshot(path=str(tmp_path / f"form-{name}-{width}.png"), full_page=True)
                wide = page.evaluate("document.documentElement.scrollWidth")
                assert wide <= width, f"{name} scrolls sideways at {width} px ({wide} px wide)"

            page.goto(f"{server}/?token={TOKEN}")
            page.get_by_role("link", name="Log a forecast").click()
            page.wait_for_url(f"{server}/log")
            page.get_by_label("Question", exact=True).fill("Will the tunnel open?")
            page.get_by_label("Resolution criteria").fill("Opened to traffic")
            page.get_by_label("Due").fill("2026-01-05")  # already past: it joins the home queue at once
            page.get_by_role("textbox", name="Probability of yes").fill("150%")
            page.get_by_label("Id (optional").fill("tunnel")
            before = store_snapshot(database_url)
            page.get_by_role("button", name="Check").click()
            error = page.locator("#probability-error")
            assert "150% is not between 0 and 1" in error.inner_text()
            assert page.get_by_role("textbox", name="Probability of yes").get_attribute("aria-describedby") == "probability-error"
            assert store_snapshot(database_url) == before
            snap("log-error")

            page.get_by_role("textbox", name="Probability of yes").fill("3:1")
            page.get_by_role("button", name="Check").click()
            assert "75% (0.75) from 3:1" in page.locator("#main").inner_text()
            assert "due 5 Jan 2026" in page.locator("#main").inner_text()
            snap("log-confirm")
            page.get_by_role("button", name="Save").click()
            page.wait_for_url(f"{server}/questions/tunnel")
            snap("question-forms")

            page.get_by_role("textbox", name="Probability of yes").fill("60%")
            page.get_by_role("button", name="Check").click()
            assert "60% (0.6)" in page.locator("#main").inner_text()
            page.get_by_role("button", name="Save").click()
            page.wait_for_url(f"{server}/questions/tunnel")

            page.goto(f"{server}/")
            item = page.locator("li.item", has=page.locator('a[href="/questions/tunnel"]')).first
            item.locator("summary").focus()
            page.keyboard.press("Enter")  # the details open from the keyboard
            item.get_by_label("Outcome").select_option("yes")
            item.get_by_label("Evidence").fill("https://example.org/tunnel")
            snap("home-resolve")
            item.get_by_role("button", name="Resolve").click()
            page.wait_for_url(f"{server}/")
            assert page.locator('#queue ~ ul a[href="/questions/tunnel"]').count() == 0
            assert violations == []
        finally:
            browser.close()
    found, store = api.open_workspace(workspace, database_url, create=False)
    try:
        history = api.question_history(store, "tunnel")
    finally:
        store.close()
    assert [p.probability for p in history.predictions] == [0.75, 0.6]
    assert [(r.outcome, r.evidence) for r in history.resolutions] == [("yes", ("https://example.org/tunnel",))]
    assert len(list(tmp_path.glob(f"form-*-{width}.png"))) == 4
