"""Markdown footnote definitions ("[^1]: ...") are a section of their own, "Footnote 1", without the marker
(structure/markdown._footnote)."""

from datetime import date

from tracker.extract import extract_document
from tracker.extract.cleanup import clean_paragraphs


_FOOTNOTED = """# Outlook

## 1. Growth

Growth is expected to reach 1% in 2027[^1].

## 5. Risks

Risks are balanced.

[^1]: Housing investment is expected to decline in 2027, before recovering in 2028.

[^note-b]: Exports will probably rise by 3% in 2027.
"""


def test_footnote_is_its_own_section_without_its_marker():
    paragraphs = clean_paragraphs(_FOOTNOTED)
    notes = [p for p in paragraphs if "Housing" in p.text or "Exports" in p.text]
    assert [p.text[:7] for p in notes] == ["Housing", "Exports"]
    assert [p.heading.split(": ")[-1] for p in notes] == ["Footnote 1", "Footnote note-b"]
    drafts = extract_document(_FOOTNOTED, published=date(2026, 6, 1)).drafts
    assert any("housing investment" in d.text.lower() for d in drafts)


def test_footnote_reference_in_text_is_untouched():
    paragraphs = clean_paragraphs(_FOOTNOTED)
    assert any(p.heading and p.heading.endswith("1. Growth") for p in paragraphs if p.text.startswith("Growth"))
