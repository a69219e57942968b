"""Publisher and publication date from the heads of pages (publisher.py, colophon.py, published.py): a masthead's
fields split at a run of spaces, a wire's slug line and its title-case dateline, a copyright notice that names no
body, a site named by its address, the publisher's own initials, and a month in prose that is not the cover's.
Texts written for these tests."""

from datetime import date

import pytest

from tracker.extract.colophon import title_site
from tracker.extract.publisher import find_publisher, own_names
from tracker.extract.published import publication_date
from tracker.extract.records import Document

TODAY = date(2026, 12, 7)
BODY = "\n\nThe board expects demand to recover next year. Prices are likely to rise by 2028.\n"


def _published(text: str) -> tuple[date, str, bool]:
    return publication_date(Document(name="d.txt", text=text), TODAY)


@pytest.mark.parametrize("head, name", [
    ("Institute for Fiscal Studies                    Public finance outlook – May 2026", "Institute for Fiscal Studies"),
    ("Northern Policy Office          Annual report on the economy", "Northern Policy Office"),
    ("   Danube Water Commission        Flood Risk Review 2026        Page 1", "Danube Water Commission"),
])
def test_a_run_of_spaces_ends_the_mastheads_name(head, name):
    assert find_publisher(head + BODY).name == name


@pytest.mark.parametrize("head, agency", [
    ("kna Wire Service - Monday, 6 April 2026 - 10:02\n\nHamburg/Kiel (dpa) - Port traffic is likely to fall.", "dpa"),
    ("Paris (AFP) - Wheat prices are likely to climb further this summer, traders said.", "AFP"),
    ("Rome/Milan (ANSA) - The league is expected to vote on the plan in June.", "ANSA"),
])
def test_a_title_case_dateline_names_the_agency(head, agency):
    assert find_publisher(head + BODY).name == agency


def test_a_place_in_prose_before_an_agency_is_no_dateline():
    text = "Harbour Research Group\n\nThe figures were first reported by a news agency (Reuters) - and confirmed later." + BODY
    assert find_publisher(text).name == "Harbour Research Group"


@pytest.mark.parametrize("title, site", [
    ("Chapter 2: The outlook - NCSC Annual Review 2026 - NCSC.GOV.UK", "NCSC"),
    ("Flood outlook 2027 | Harbourline.com", "Harbourline"),
    ("Our forecasts | www.Meridian.org", "Meridian"),
    ("Guidance on flooding - GOV.UK", None),
    ("Outlook 2027 | Harbour Analytics", "Harbour Analytics"),
])
def test_a_site_named_by_its_address(title, site):
    assert title_site(title) == site


def test_a_crown_copyright_notice_yields_to_the_site_the_title_names():
    text = "Home > Reports\n\nThe agency expects attacks to rise next year.\n\n© Crown Copyright 2026. All rights reserved.\n"
    found = find_publisher(text, title="Annual Review 2026 - ACSA.GOV.UK")
    assert found.name == "ACSA"


@pytest.mark.parametrize("publisher, text, initials", [
    ("New Zealand Security Intelligence Service", "NZSIS considers it likely. NZSIS expects more.", "NZSIS"),
    ("Office for Budget Responsibility", "The OBR judges that debt will rise. OBR forecasts show it.", "OBR"),
    ("Canadian Centre for Cyber Security", "CCCS assesses it likely. The CCCS expects more attacks.", "CCCS"),
])
def test_the_publishers_own_initials_are_its_own_names(publisher, text, initials):
    assert initials in own_names(text, publisher)


def test_initials_used_once_are_not_taken_for_the_publisher():
    assert "OBR" not in own_names("The OBR judges that debt will rise.", "Office for Budget Responsibility")


@pytest.mark.parametrize("text, day", [
    ("dpa English Service - Wednesday, 8 July 2026 - 14:32 CEST\n\nBerlin (dpa) - The harvest is likely to fall.", date(2026, 7, 8)),
    ("Agency Wire - Friday, 3 April 2026 - 09:10 GMT\n\nPrices are expected to rise in July 2026.", date(2026, 4, 3)),
    ("Regional Desk - 12 March 2026 - 08:00\n\nThe strike will probably end in April 2026.", date(2026, 3, 12)),
])
def test_a_wire_slug_lines_date_is_the_publication_date(text, day):
    assert _published(text)[0] == day


@pytest.mark.parametrize("text, day", [
    ("Policy Research Unit                    Energy outlook – May 2026\n\n1.1 This chapter updates our March 2026 "
     "projections.\n", date(2026, 5, 15)),
    ("Energy outlook\n\n1.1 This chapter looks again at our March 2026\nprojections and what changed since then.\n"
     "It also covers the period since the April 2026 budget.\n", None),
])
def test_a_month_in_prose_about_an_earlier_forecast_is_not_the_cover_date(text, day):
    found, how, _ = _published(text)
    if day is None:
        assert "on the cover" not in how
    else:
        assert found == day and "on the cover" in how
