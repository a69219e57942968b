"""axe-core (the npm package, pinned by scripts/test, injected by Playwright) on every page at 1280 and 390
px: no serious or critical violation. A screenshot of each page goes to the test's tmp folder (its path is
printed), and the pages are walked with the keyboard (Tab reaches the skip link, then the main navigation).

The axe script is injected with the page's CSP bypassed (the pages themselves allow no inline script);
everything else is the page as the server sends it."""

from __future__ import annotations

import os
from contextlib import contextmanager

import pytest

WIDTHS = {"desktop": 1280, "phone": 390}
TOKEN = "browser-token-0123456789"  # the server fixture's (tests/web/conftest.py)
#: A document with two judgements (the extract review's test document).
DOCUMENT = ("Regional outlook\n\nThe ministry released its annual figures in March. We assess that it is highly "
            "likely the central bank will cut rates by the end of 2027. Trade volumes grew last year.\n\nAnalysts "
            "noted the new port opened. It is unlikely that the coalition will collapse before the 2028 election.\n")


def axe_path() -> str:
    path = os.environ.get("TRACKER_TEST_AXE")
    if not path or not os.path.isfile(path):
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but TRACKER_TEST_AXE names no axe.min.js (scripts/test installs it)", pytrace=False)
        pytest.skip("TRACKER_TEST_AXE is not set (run ./scripts/test, which installs axe-core)")
    return path


def serious_violations(page, axe_script: str) -> list[str]:
    """axe's serious and critical violations on the page, one line each (rule, impact, first elements)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_script)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


@contextmanager
def checked_page(chromium: str, shots, width: int, found: dict[str, list[str]], **context_options):
    """A Chromium page at ``width`` px and its ``check(name)``: a full-page screenshot into ``shots``, axe's
    serious violations into ``found[name]``, and an assertion that the page does not scroll sideways."""
    from playwright.sync_api import sync_playwright

    axe_script = open(axe_path(), encoding="utf-8").read()
    shots.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        try:
            context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True,
                                          **context_options)
            page = context.new_page()

            def check(name: str) -> None:
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
                found[name] = serious_violations(page, axe_script)
                wide = page.evaluate("document.documentElement.scrollWidth")
                assert wide <= width, f"{name} scrolls sideways at {width} px ({wide} px wide)"

            yield page, check
        finally:
            browser.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("layout", list(WIDTHS))
def test_every_page_has_no_serious_accessibility_violation(server, chromium, tmp_path, layout, database_url):
    width = WIDTHS[layout]
    found: dict[str, list[str]] = {}
    shots = tmp_path / "screenshots"
    with checked_page(chromium, shots, width, found) as (page, check):
        page.goto(f"{server}/")  # no cookie yet: the login page
        assert page.locator("h1").inner_text() == "Log in"
        check("login")
        page.get_by_label("Login token").fill(TOKEN)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{server}/")
        check("home")
        keys = []
        for _ in range(3):
            page.keyboard.press("Tab")
            keys.append(page.evaluate("document.activeElement.textContent.trim()"))
        assert keys == ["Skip to content", "tracker", "Due & open"]

        page.goto(f"{server}/questions/xss")
        check("question-open")  # holds the update form
        page.goto(f"{server}/questions/merger")
        check("question-corrected")
        page.goto(f"{server}/log")
        check("log")
        page.get_by_role("textbox", name="Probability of yes").fill("150%")
        page.get_by_role("button", name="Check").click()
        check("log-error")
        page.goto(f"{server}/report")
        check("report")
        page.goto(f"{server}/report?tag=nosuchtag")
        check("report-error")
        page.goto(f"{server}/report/forecasts?bins=10&bin=7")
        check("drill-down")
        page.goto(f"{server}/extract")
        check("extract")
        # The document uploaded as a file (multipart, through the browser's own file field).
        page.locator("#file").set_input_files(files=[{"name": "regional-outlook.md", "mimeType": "text/markdown",
                                                      "buffer": DOCUMENT.encode()}])
        page.get_by_role("button", name="Find drafts").click()
        page.wait_for_selector("mark")
        assert page.locator("h1").inner_text() == "Drafts from regional-outlook"
        assert page.locator("mark").count() == 2
        check("extract-review")
        page.goto(f"{server}/no-such-page")
        check("not-found")
    print(f"screenshots: {shots}")
    assert {name: lines for name, lines in found.items() if lines} == {}
    assert len(list(shots.glob(f"*-{width}.png"))) == len(found) == 12
