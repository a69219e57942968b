"""Publisher and publication date from where web pages, newsletters and government papers print them."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.colophon import title_site
from tracker.extract.published import publication_date
from tracker.extract.publisher import find_publisher
from tracker.extract.records import Document

BODY = "\n\n".join(["Inflation will probably ease next year as energy prices fall back."] * 12)


@pytest.mark.parametrize("footer, publisher", [
    ("© 2026 Harbour Analytics Ltd. Registered in Scotland, no. SC400000. Privacy · Terms", "Harbour Analytics"),
    ("Copyright © 2025 Meadowlark Risk Partners LLC. All rights reserved.", "Meadowlark Risk Partners"),
    ("(c) 2024-2026 Oakfield Research GmbH", "Oakfield Research"),
    ("(c) 2026 Harbourside News LP. All rights reserved.", "Harbourside News"),
    ("© Baltic Energy Observatory, 2026. Reproduction is authorised provided the source is acknowledged.",
     "Baltic Energy Observatory"),
])
def test_a_copyright_line_in_the_footer_names_the_publisher(footer, publisher):
    found = find_publisher(f"Outlook for the year ahead\n\n{BODY}\n\n{footer}\n")
    assert found.name == publisher
    assert "copyright" in found.evidence


@pytest.mark.parametrize("footer", ["© Crown copyright 2026", "© The Authors 2025. Open access."])
def test_a_copyright_holder_that_is_no_name_names_no_publisher(footer):
    assert find_publisher(f"Outlook for the year ahead\n\n{BODY}\n\n{footer}\n") is None


@pytest.mark.parametrize("byline, publisher", [
    ("*By the Ridgeway Research team · 3 May 2026 · 6 min read*", "Ridgeway Research"),
    ("By the Lantern Analytics desk | 12 March 2025", "Lantern Analytics"),
    ("_by the Copperline editorial team — 9 January 2026_", "Copperline"),
])
def test_a_team_byline_names_the_publisher(byline, publisher):
    assert find_publisher(f"# Weekly notes 12\n\n{byline}\n\n{BODY}\n").name == publisher


@pytest.mark.parametrize("footer, publisher", [
    ("*Ridgeway Research · 12 Mill Lane, York · [Unsubscribe](https://x.example/u)*", "Ridgeway Research"),
    ("Talvi Forecasting | Postikatu 4, Tampere", "Talvi Forecasting"),
])
def test_a_footer_with_a_postal_address_names_the_publisher(footer, publisher):
    assert find_publisher(f"# Weekly notes 12\n\n{BODY}\n\n{footer}\n").name == publisher


def test_a_name_cited_in_the_masthead_prose_is_not_the_publisher_but_the_presenting_office_is():
    text = ("Coastal Resilience Review 2026\nPresented to Parliament by the Secretary of State for Transport by "
            "Command of His Majesty\nMay 2026\n\n1.2 This chapter draws on analysis by Defence Intelligence, the "
            "Met Office and the Environment Agency, and on more than 3,000 responses to the call for evidence. Where "
            "it makes probabilistic judgements it uses the PHIA probability yardstick.\n\n" + BODY
            + "\n\n³ Defence Intelligence briefing, 2 April 2026.\n")
    found = find_publisher(text)
    assert found.name == "Secretary of State for Transport"
    assert found.scale == "uk-phia"  # the standard is still the one the text cites


@pytest.mark.parametrize("masthead", ["DEFENCE INTELLIGENCE\nStrategic Assessment 2026",
                                      "Prepared by Defence Intelligence, Ministry of Defence"])
def test_a_known_publisher_on_a_cover_line_still_chooses_its_standard(masthead):
    assert find_publisher(f"{masthead}\n\n{BODY}\n").scale == "uk-phia"


def test_a_name_on_a_short_masthead_line_beats_the_copyright_holder():
    text = f"Aldergate Long-Range Forecasting Unit\nSeasonal outlook\n\n{BODY}\n\n© 2026 Aldergate Weather Service\n"
    assert find_publisher(text).name == "Aldergate Long-Range Forecasting Unit"


@pytest.mark.parametrize("title, site", [
    ("Outlook 2027: our forecasts for the year ahead | Harbour Analytics", "Harbour Analytics"),
    ("Ten questions for 2026 – Talvi Forecasting", "Talvi Forecasting"),
    ("Weekly notes | Home", None),
    ("A page with no site name", None),
])
def test_an_html_title_ends_with_the_site_name(title, site):
    assert title_site(title) == site
    found = find_publisher(f"Weekly notes\n\n{BODY}\n", title=title)
    assert (found.name if found else None) == site


@pytest.mark.parametrize("byline, published", [
    ("*By the Ridgeway Research team · 3 May 2026 · 6 min read*", date(2026, 5, 3)),
    ("By Ana Lindqvist | 12 March 2025 | Updated 14 March 2025", date(2025, 3, 12)),
    ("Lantern Analytics — 9 January 2026 — 4 min read", date(2026, 1, 9)),
])
def test_a_full_date_in_a_byline_beats_a_month_and_year_in_the_title(byline, published):
    text = f"# Weekly notes, {published:%B %Y} edition\n\n{byline}\n\n{BODY}\n"
    value, how, guessed = publication_date(Document(name="n.md", text=text), date(2026, 12, 1))
    assert (value, guessed) == (published, False)


def test_a_date_in_a_sentence_after_a_dash_is_no_byline():
    text = f"# Weekly notes, May 2026 edition\n\nParliament should hold its final vote on the budget — 3 June 2026 · or a week later, we think.\n\n{BODY}\n"
    assert publication_date(Document(name="n.md", text=text), date(2026, 12, 1))[0] == date(2026, 5, 15)


def test_extract_notes_say_where_the_publisher_and_date_came_from():
    text = f"# Weekly notes 12\n\n*By the Ridgeway Research team · 3 May 2026 · 6 min read*\n\n{BODY}\n"
    extraction = extract_document(text, today=date(2026, 12, 1))
    assert extraction.publisher == "Ridgeway Research"
    assert extraction.published == date(2026, 5, 3)
    assert any(note.startswith("publisher Ridgeway Research: the byline") for note in extraction.notes)
    assert extraction.drafts and all(draft.speaker is None for draft in extraction.drafts)  # the publisher's own
