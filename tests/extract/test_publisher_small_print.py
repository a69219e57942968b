"""Who issued a page when its small print and its title disagree: a title's site name over a copyright held by a
state, a licence saying whom to credit, a cover presented to a parliament's named house, and a review calling
itself "the Review" (colophon.py, publisher.py). Documents written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.publisher import find_publisher, own_names

BODY = "\n\n".join(["Inflation will probably ease next year as energy prices fall back."] * 12)


@pytest.mark.parametrize("footer", ["© Commonwealth of Australia 2026", "© State of Victoria 2025",
                                    "Copyright © Government of Manitoba"])
def test_a_title_site_beats_a_copyright_held_by_a_state(footer):
    found = find_publisher(f"Annual outlook\n\n{BODY}\n\n{footer}\n", title="Annual Outlook 2026 | Regional Water Authority")
    assert found.name == "Regional Water Authority" and "page title" in found.evidence


def test_a_company_copyright_still_beats_the_title_site():
    found = find_publisher(f"Annual outlook\n\n{BODY}\n\n© 2026 Harbour Analytics Ltd.\n", title="Outlook | Harbour News")
    assert found.name == "Harbour Analytics"


def test_a_state_copyright_without_a_title_still_names_the_state():
    found = find_publisher(f"Annual outlook\n\n{BODY}\n\n© Commonwealth of Australia 2026\n")
    assert found.name == "Commonwealth of Australia"


@pytest.mark.parametrize("licence, publisher", [
    ("This work is licensed under a Creative Commons licence. You may copy it as long as you attribute the work to\n"
     "the Fiji Government and abide by the licence terms.", "Fiji Government"),
    ("Reuse is permitted provided you attribute the work to the Government of Tonga.", "Government of Tonga"),
])
def test_a_licence_naming_whom_to_credit_names_the_publisher(licence, publisher):
    found = find_publisher(f"Defence Capability Review 2027\n\nCrown copyright 2027. {licence}\n\n{BODY}\n")
    assert found.name == publisher and "licence" in found.evidence


@pytest.mark.parametrize("line, publisher", [
    ("Presented to the House of Representatives by the Minister of Health", "Minister of Health"),
    ("Presented to the Legislative Assembly by the Treasurer", "Treasurer"),
    ("Presented to Parliament by the Secretary of State for Energy", "Secretary of State for Energy"),
])
def test_a_cover_presented_to_a_house_names_who_presented_it(line, publisher):
    found = find_publisher(f"Health Workforce Review 2026\n\n{line}\n\n12 March 2026\n\n{BODY}\n")
    assert found.name == publisher


def test_a_review_calling_itself_the_review_speaks_in_its_own_voice():
    text = ("Pacific Fisheries Review 2026\n\nPublished by the Pacific Fisheries Agency\n\n"
            "The Review was asked to assess stocks. The Review expects catches to decline by 2028.\n")
    assert "Review" in own_names(text, "Pacific Fisheries Agency")
    [draft] = extract_document(text, published=date(2026, 3, 1), scale="plain-reader").drafts
    assert draft.speaker is None and draft.text.startswith("Will catches decline")


def test_a_title_kind_the_text_does_not_use_is_no_own_name():
    assert "Review" not in own_names("Pacific Fisheries Review 2026\n\nThe review was asked.\n", "Pacific Fisheries Agency")
