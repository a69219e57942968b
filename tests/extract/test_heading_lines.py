"""Short lines whose layout makes them headings in plain text and PDF text, and page titles without the site's name.

A short line alone between blank lines, without a final full stop, is a heading even when it is shaped like a
judgement ("Exports are expected to recover slowly"); a line ending in a colon leads into a list and is prose;
a short title-case line naming a report's section ("Key Judgments", "Alternative Scenarios") is a heading, not
a photo credit. Texts written for these tests.
"""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.document_options import page_title
from tracker.extract.reading import html_document

BODY = ("The krona weakened in the spring as energy prices rose and the outlook for exports darkened. Since then\n"
        "the currency has recovered somewhat, and inflation expectations have come down towards the target,\n"
        "which has given the bank room to hold its policy rate steady through the summer months.\n")


@pytest.mark.parametrize("heading", [
    "Manufacturing exports are expected to recover gradually during 2027",
    "Household consumption is expected to strengthen considerably next year",
    "Residential investment will probably remain subdued throughout 2027",
])
def test_a_judgement_shaped_line_alone_is_a_heading_not_a_draft(heading):
    text = f"CHAPTER 1 - OUTLOOK\n\n{BODY}\n{heading}\n\n{BODY}"
    paragraphs = clean_paragraphs(text, markdown=False)
    assert heading not in [p.text for p in paragraphs]
    assert paragraphs[-1].heading.endswith(heading)
    assert extract_document(text, published=date(2026, 9, 1), scale="plain-reader").drafts == []


@pytest.mark.parametrize("heading", ["Key Judgments", "Discussion", "Alternative Scenarios", "Drivers of Instability",
                                     "Scope Note", "Background"])
def test_a_short_section_title_is_a_heading(heading):
    paragraphs = clean_paragraphs(f"REGIONAL ESTIMATE\n\n{BODY}\n{heading}\n\n{BODY}", markdown=False)
    assert paragraphs[-1].heading == heading


@pytest.mark.parametrize("line", ["Getty Images", "Anna Lind", "Photo: Reuters"])
def test_a_short_credit_line_is_still_no_heading(line):
    paragraphs = clean_paragraphs(f"REGIONAL ESTIMATE\n\n{BODY}\n{line}\n\n{BODY}", markdown=False)
    assert paragraphs[-1].heading == "REGIONAL ESTIMATE"


def test_a_list_lead_in_ending_in_a_colon_is_not_a_heading():
    text = ("## 3. Pressures\n\nThe pressures named most often:\n\n"
            "1. **Housing.** Rents rose by 9% in 2025.\n2. **Transport.** Commutes are longer.\n")
    paragraphs = clean_paragraphs(text, markdown=True)
    assert all(p.heading == "3. Pressures" for p in paragraphs)
    assert paragraphs[0].text.endswith("most often:")


@pytest.mark.parametrize("title, expected", [
    ("Flood risk outlook for the Severn estuary - GOV.UK", "Flood risk outlook for the Severn estuary"),
    ("Harvest report 2026 – gov.ie", "Harvest report 2026"),
    ("Quarterly outlook: housing | Northgate Analytics", "Quarterly outlook: housing"),
    ("Playbook: budget fight — veto watch — a long night", "Playbook: budget fight — veto watch — a long night"),
    ("Rates held at 4% - a relief for borrowers", "Rates held at 4% - a relief for borrowers"),
])
def test_a_page_title_loses_the_sites_name(title, expected):
    assert page_title(title) == expected


def test_an_html_title_keeps_the_spaces_around_its_entities():
    document = html_document("<html><head><title>Team Heron &middot; Forecasts &middot; Spring Cup</title></head>"
                             "<body><p>Text.</p></body></html>", "page.html")
    assert document.title == "Team Heron · Forecasts · Spring Cup"
