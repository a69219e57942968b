"""Round 23: a wire dateline with a full stop before the dash names its agency and its day; a letter's full date
refines the cover's month; a page's site (its title's suffix, its breadcrumb) publishes a story that quotes a body."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.publisher import find_publisher
from tracker.extract.published import publication_date
from tracker.extract.records import Document

TODAY = date(2026, 12, 7)
STORY = ("\n\nOutput rose 9 percent in the 2025/26 season and is set to climb further in the 2026/27 season, according "
         "to the Ministry of Agriculture, Fisheries and Food.\n")


def _published(text: str, title: str | None = None) -> date:
    return publication_date(Document(name="d.txt", text=text, title=title), TODAY)[0]


@pytest.mark.parametrize("head, agency, day", [
    ("Madrid, Oct 1 (EFE).- Olive oil output is set to rebound.", "EFE", date(2026, 10, 1)),
    ("Bogotá, 3 Mar (EFE).- Coffee exports are likely to rise.", "EFE", date(2026, 3, 3)),
    ("LISBON, 14 May (Lusa) - Tourism revenue is expected to grow.", "Lusa", date(2026, 5, 14)),
    ("Ankara, Jun 2 (Anadolu Agency) — Inflation is likely to ease.", "Anadolu Agency", date(2026, 6, 2)),
    ("SANTIAGO, Aug 20 (Reuters).- Copper output is likely to fall.", "Reuters", date(2026, 8, 20)),
])
def test_a_wire_dateline_names_its_agency_and_day(head, agency, day):
    text = "AGENCY NEWS SERVICE -- ECONOMY\n\n" + head + STORY
    assert find_publisher(text).name == agency
    assert _published(text) == day


@pytest.mark.parametrize("text", [
    # a body's initials in brackets, mid-sentence, with no place and day before them: no agency
    "Market review\n\nThe study by the International Copper Study Group (ICSG) - out Monday - sees a deficit.\n",
    "Notes\n\nAs the group (OPEC) - and its allies - said, output is likely to fall next year.\n",
])
def test_initials_in_brackets_are_no_dateline(text):
    found = find_publisher(text)
    assert found is None or found.name not in ("ICSG", "OPEC")


@pytest.mark.parametrize("cover, letter, day", [
    ("July 2026", "July 16, 2026", date(2026, 7, 16)),
    ("March 2026", "3 March 2026", date(2026, 3, 3)),
    ("October 2025", "October 30, 2025", date(2025, 10, 30)),
])
def test_a_letters_full_date_refines_the_covers_month(cover, letter, day):
    text = (f"Report to Congressional Committees\n\n{cover}\n\nAIR TRAFFIC CONTROL\n\nModernisation Is Behind Schedule\n\n"
            f"441 G St. N.W.\nWashington, DC 20548\n\n{letter}\n\nThe Honorable A. Person\nChair\n\n"
            "The programme is likely to slip past 2028.\n")
    assert _published(text) == day


def test_a_date_of_another_month_leaves_the_covers_month():
    text = ("Report to Congress\n\nJuly 2026\n\nTitle of the report\n\n" + "The audit covered many sites. " * 25
            + "\n\n12 June 2026\n\nThe programme is likely to slip past 2028.\n")
    assert _published(text) == date(2026, 7, 15)


@pytest.mark.parametrize("text, title, site", [
    ("Cookies notice\n\nCoast Radio News\n\n# Storm season outlook\n\nBy a reporter\n\n"
     "- The Bureau of Meteorology expects about 11 cyclones this season, close to the average\n\n"
     "Forecasters say the first storm could form early.\n", "Storm season outlook - Coast Radio News", "Coast Radio News"),
    ("# Wheat seen higher\n\nPrices are likely to rise in 2027, the International Grains Council said on Thursday, "
     "as drought cuts supply.\n", "Wheat seen higher | Farm Daily", "Farm Daily"),
    ("[ORE.NET](https://www.ore.net/) › [Markets](https://www.ore.net/markets/)\n\n# Nickel to stay in surplus\n\n"
     "The market is expected to stay in surplus in 2027, the International Nickel Study Group said on Monday, as "
     "Indonesian output grows.\n", None, "ORE.NET"),
])
def test_the_pages_site_publishes_a_story_quoting_a_body(text, title, site):
    assert find_publisher(text, title=title).name == site


@pytest.mark.parametrize("text, title, name", [
    # the body on a masthead line of its own publishes, whatever the page title says
    ("Danube Flood Commission\n\n# Flood risk review\n\nRiver levels are likely to rise in spring.\n",
     "Flood risk review | Danube Flood Commission", "Danube Flood Commission"),
    # no title and no breadcrumb: the body stays the publisher as before
    ("# Wheat seen higher\n\nPrices are likely to rise in 2027, the International Grains Council said on Thursday, "
     "as drought cuts supply.\n", None, "International Grains Council"),
])
def test_a_masthead_body_stays_the_publisher(text, title, name):
    assert find_publisher(text, title=title).name == name


@pytest.mark.parametrize("name, body, expected", [
    # the initials of the name's end, used by the text three times: the body's own short name
    ("United States Government Accountability Office",
     "GAO found delays. GAO recommends a plan. FAA told GAO it agreed.", "United States Government Accountability Office (GAO)"),
    ("Northland Office for Budget Responsibility",
     "The OBR expects growth. OBR staff judge it likely. The OBR view is cautious.",
     "Northland Office for Budget Responsibility (OBR)"),
    # initials the text never prints, or prints once or twice: the full name, no acronym made up
    ("Sankore Institute for Policy Futures", "The institute judges a frozen front likely.", "Sankore Institute for Policy Futures"),
    ("Eastern Grid Agency", "EGA expects demand to rise. EGA said so.", "Eastern Grid Agency"),
])
def test_a_short_name_the_text_uses_is_kept_with_the_name(name, body, expected):
    text = f"{name}\n\nAnnual report\n\n{body} Prices are likely to rise by 2028, the report says in its summary.\n"
    assert find_publisher(text).name == expected
