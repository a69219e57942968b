"""In Chromium at 1280 and 390 px: the log form's provenance group (opened, a bad URL beside its field, the
check page's echo) and the extract review's Download and Write-without-applying buttons, each page without
sideways scrolling and without a serious axe-core violation. Screenshots go to the test's tmp folder."""

from __future__ import annotations

import pytest

from tests.web.test_accessibility import DOCUMENT, TOKEN, WIDTHS, checked_page


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("layout", list(WIDTHS))
def test_provenance_fields_and_extract_buttons_in_a_browser(server, chromium, tmp_path, layout, workspace,
                                                             database_url):
    width = WIDTHS[layout]
    shots, found = tmp_path / "screenshots", {}
    with checked_page(chromium, shots, width, found, accept_downloads=True) as (page, check):
        page.goto(f"{server}/?token={TOKEN}")
        page.goto(f"{server}/log")
        page.locator("#text").fill("Will the toll be cut?")
        page.locator("#criteria").fill("Toll halved")
        page.locator("#due").fill("end of 2027")
        page.locator("#probability").fill("60%")
        page.get_by_text("Provenance and condition").click()  # the <details> opens
        page.locator("#source").fill("Annual Review 2026")
        page.locator("#source_url").fill("javascript:alert(1)")
        page.locator("#condition").fill("bridge=yes")
        page.get_by_role("button", name="Check").click()
        assert "is not an http(s) URL" in page.locator("#source_url-error").inner_text()
        check("log-provenance-error")
        page.locator("#source_url").fill("https://example.org/review.pdf")
        page.get_by_role("button", name="Check").click()
        echoed = page.locator("ul.echo").inner_text()
        assert "source: Annual Review 2026 (https://example.org/review.pdf)" in echoed
        assert "only if bridge resolves yes" in echoed
        check("log-provenance-confirm")

        page.goto(f"{server}/extract")
        page.locator("#name").fill("Regional Outlook 2026")
        page.locator("#text").fill(DOCUMENT)
        page.get_by_role("button", name="Find drafts").click()
        page.wait_for_selector("mark")
        with page.expect_download() as downloading:
            page.get_by_role("button", name="Download the forecast file").click()
        download = downloading.value
        assert download.suggested_filename == "regional-outlook-2026.yaml"
        downloaded = open(download.path(), encoding="utf-8").read()
        assert list((workspace / "forecasts").glob("*.yaml")) == []
        page.get_by_role("button", name="Write the file without applying it").click()
        page.wait_for_url(f"{server}/extract/unapplied?*")
        assert "tracker apply forecasts/regional-outlook-2026.yaml" in page.locator("main").inner_text()
        check("extract-unapplied")
        written = (workspace / "forecasts" / "regional-outlook-2026.yaml").read_text(encoding="utf-8")
        assert written == downloaded
    print(f"screenshots: {shots}")
    assert {name: lines for name, lines in found.items() if lines} == {}
