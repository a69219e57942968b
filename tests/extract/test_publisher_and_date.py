"""Who published a document and when: a news page's outlet over its reporter, a bilingual masthead over a body the
text cites, the short name the cover prints, a foreword's signed date over a cut-off, a colophon's month over a
title year (publisher.py, published.py). Texts written for these tests."""

from datetime import date

import pytest

from tracker.extract.publisher import find_publisher, own_names
from tracker.extract.published import publication_date
from tracker.extract.records import Document

TODAY = date(2026, 12, 1)
FILLER = "The region saw mixed conditions over the year, with several changes in policy and trade.\n\n" * 12


def published(text: str):
    return publication_date(Document(name="d.txt", text=text), TODAY)


@pytest.mark.parametrize("title, author, site", [
    ("Ports strike spreads to the south coast | Harbour Daily", "Ana Ruiz, Tom Berg", "Harbour Daily"),
    ("Election explainer: who could win in Valdoria? - The Morning Ledger", "Kim Osei", "The Morning Ledger"),
])
def test_a_news_pages_publisher_is_the_outlet_not_the_reporter(title, author, site):
    text = f"{title}\n\nThe vote will be held on 3 May. Polls show a close race between the two main blocs.\n"
    found = find_publisher(text, author, title)
    assert found.name == site and author in found.evidence


@pytest.mark.parametrize("text", [
    # a columnist forecasting in their own name: the writer is the publisher
    "My predictions for the season. I think the champions will slip. I'm less sure about the cup. My pick: Rovers.",
])
def test_a_columnist_or_the_sites_own_desk_keeps_the_author(text):
    assert find_publisher(text, "Lee Marsh", "Season predictions | The Touchline Blog").name == "Lee Marsh"
    assert find_publisher("Forecast notes.", "Pollcast Data Team", "Our model | Pollcast").name == "Pollcast Data Team"


@pytest.mark.parametrize("masthead, name", [
    ("**Fisheries and Oceans | Pêches et Océans**", "Fisheries and Oceans"),
    ("**Public Safety Canada | Sécurité publique Canada**", "Public Safety Canada"),
])
def test_a_bilingual_bold_masthead_names_the_publisher_not_a_cited_body(masthead, name):
    text = (f"# Coastal Review 2026\n\n{masthead}\n\nMay 2026\n\n## Chapter 1\n\nThis chapter draws on the work of "
            "the Maritime Intelligence Directorate and the Coast Guard Analysis Centre.\n")
    assert find_publisher(text).name == name


def test_the_short_name_the_cover_prints_is_kept_with_the_long_one():
    text = ("\n        Annual Review 2025\n\n        Federal Office for Border and Coastal Security\n\n"
            "                    FOBCS\n\nFOBCS Annual Review 2025     2\n\nForeword\n\nThe FOBCS expects more "
            "crossings. The FOBCS will publish figures monthly.\n")
    found = find_publisher(text)
    assert found.name == "Federal Office for Border and Coastal Security (FOBCS)"
    assert {"FOBCS", "Federal Office for Border and Coastal Security"} <= own_names(text, found.name)


def test_an_acronym_used_once_is_not_taken_as_the_short_name():
    text = "\n   Annual Review 2025\n\n   Federal Office for Border and Coastal Security\n\n   EU\n\nForeword\n\nText.\n"
    assert "(" not in find_publisher(text).name


@pytest.mark.parametrize("place", ["Oslo", "The Hague", "Riga"])
def test_a_signed_foreword_dates_the_document_over_an_information_cut_off(place):
    # past the top of the page, where a dateline would be read: the foreword runs on before its signature
    text = (f"ASSESSMENT 2026\n\nFOREWORD\n\n{FILLER[:900]}\nDirector of the Service\n\n{place}, 12 February 2026\n\n"
            "ABOUT\n\nInformation cut-off was 20 January 2026.\n")
    value, how, guessed = published(text)
    assert (value, guessed) == (date(2026, 2, 12), False) and "signed" in how


def test_a_date_inside_a_sentence_is_no_signature():
    text = f"ASSESSMENT 2026\n\n{FILLER[:800]}\nIn Bergen, 12 February 2026 saw a storm.\n\nInformation cut-off was 20 January 2026.\n"
    assert published(text)[0] == date(2026, 1, 20)


def test_a_colophon_month_dates_the_document_over_the_title_year():
    text = f"\n     Annual Report 2025\n\n{FILLER}\nColophon\n\nNational Audit Office\nPO Box 100 | Valdor\n\nMarch 2026\n"
    value, how, guessed = published(text)
    assert (value, guessed) == (date(2026, 3, 15), True) and "colophon" in how


def test_a_month_in_a_colophon_sentence_is_not_the_date():
    text = f"\n     Annual Report 2025\n\n{FILLER}\nColophon\n\nThis report covers events up to March 2026 at the latest.\n"
    assert published(text)[0] != date(2026, 3, 15)
