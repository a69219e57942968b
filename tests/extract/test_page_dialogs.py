"""Cookie banners and dialogs over a saved page are page chrome, not the article's text (reading.py)."""

from datetime import date

import pytest


def _texts(tmp_path, body):
    from tracker.extract import extract_document

    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{body}<main><p>Inflation will very likely fall below 2% in 2027.</p></main></body></html>")
    return [d.text for d in extract_document(path, published=date(2026, 1, 1)).drafts]


@pytest.mark.parametrize("banner", [
    '<div id="cookie-banner"><p>Your preferences will be stored for 12 months.</p></div>',
    '<div class="cookie-consent"><p>Your choices will be kept for a year.</p></div>',
    '<section class="gdpr-notice"><p>Your settings will be remembered for six months.</p></section>',
    '<div class="notice" role="dialog"><p>Your preferences will be stored for 12 months.</p></div>',
    '<div class="modal" role="alertdialog"><p>This page will be updated in 2027.</p></div>',
    '<div id="consent"><p>Your consent will be stored for 12 months.</p></div>',
])
def test_banners_and_dialogs_are_not_text(tmp_path, banner):
    assert _texts(tmp_path, banner) == ["Will inflation fall below 2% by 31 December 2027?"]


@pytest.mark.parametrize("body", [
    '<div class="article-body"><p>Unemployment will very likely rise in 2027.</p></div>',
    '<section id="outlook"><p>Unemployment will very likely rise in 2027.</p></section>',
])
def test_article_parts_are_still_read(tmp_path, body):
    assert len(_texts(tmp_path, body)) == 2
