"""Headings and page furniture (structure/title_lines.py, furniture.py, reading.py): titles in capitals and chapter
titles are headings; bylines, datelines, running headers, teaser lists and standfirsts are not the text. Documents
written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.reading import html_document
from tracker.extract.structure.title_lines import byline, capital_title, chapter_title

PUBLISHED = date(2027, 3, 1)
BODY = "The port authority expects container volumes to rise further."
JUDGED = "We assess that the coastguard will expand its patrols in the northern fjords in 2027."


def headings(text: str, markdown: bool | None = None) -> list[str | None]:
    return [p.heading for p in clean_paragraphs(text, markdown)]


@pytest.mark.parametrize("line, title", [
    ("MARITIME SECURITY – A GROWING CONCERN", "MARITIME SECURITY – A GROWING CONCERN"),
    ("==== SHIPPING ====", "SHIPPING"),
    ("--- ENERGY AND GRIDS ---", "ENERGY AND GRIDS"),
    ("3. PERU: THE MINING DISPUTE", "3. PERU: THE MINING DISPUTE"),
    ("WHAT COMES NEXT", "WHAT COMES NEXT"),
    ("4. ICELAND", "4. ICELAND"),
])
def test_a_title_in_capitals_is_the_heading_of_the_text_under_it(line, title):
    text = f"An opening paragraph about the year that ended.\n\n{line}\n\n{JUDGED}\n"
    assert headings(text, False)[-1] == title
    [draft] = extract_document(text, published=PUBLISHED, scale="plain-reader").drafts
    assert draft.location.startswith(title)


@pytest.mark.parametrize("line", [
    "NORWAY",                                   # a map's or diagram's label, one word, no rules
    "THE COASTGUARD WILL EXPAND ITS PATROLS.",  # a pull quote in capitals: a sentence
    "Maritime security – a growing concern",    # not in capitals
    "COASTAL REVIEW 2027 | CHAPTER 2",          # a running header, seen once on a short document
    "14        COASTAL REVIEW 2027",            # a footer: page number, a wide gap, the title
])
def test_near_misses_are_no_capital_title(line):
    assert capital_title(line) is None


@pytest.mark.parametrize("line", ["Chapter 4: Regional outlook", "Part II – Risks to the forecast", "Section 3. Method",
                                  "Annex B: Glossary"])
def test_a_chapter_title_is_a_heading_however_short(line):
    assert chapter_title(line)
    assert headings(f"An opening paragraph about the year that ended.\n\n{line}\n\n{BODY}\n", False)[-1] == line


@pytest.mark.parametrize("line", [
    "By Maria Lopez and Chen Wu",
    "By Maria Lopez, Chen Wu and Ola Nordmann in Bergen",
    "Fjordline Analytics · Mar 3, 2027 · 9 min read",
    "Fjordline Analytics | 3 March 2027",
    "By the Fjordline research team · 4 March 2027 · 6 min read",
    "By Ola Nordmann, senior analyst · March 4, 2027",
    "[Subscribe](https://example.org/subscribe) · [Share](https://example.org/p/1?share=1)",
])
def test_a_byline_or_dateline_is_never_a_heading(line):
    assert byline(line)
    text = f"# The coast in 2027\n\n{line}\n\n{BODY}\n"
    assert headings(text) == ["The coast in 2027"]


@pytest.mark.parametrize("line", ["By the end of the decade", "Chapter and verse on the fisheries dispute",
                                  "Harbour dues · container volumes · fuel prices"])
def test_lines_that_only_look_like_bylines_are_kept(line):
    assert not byline(line)


def test_a_list_number_stays_out_of_the_quote():
    text = "# Key findings\n\n1. The threat to shipping is serious.\n2. It is likely that smugglers will move to smaller ports in 2027.\n"
    [draft] = extract_document(text, published=PUBLISHED, scale="plain-reader").drafts
    assert draft.quote.startswith("It is likely that smugglers")
    assert text[draft.span[0]:draft.span[1]].startswith("It is likely that smugglers")  # the offsets still hold


def test_a_running_header_that_names_its_chapter_is_page_furniture():
    pages = [f"The authority judges that the {route} route will stay open in winter.\n\n"
             f"Ice cover on the {route} route has shrunk in most recent years.\n" for route in ("northern", "eastern", "outer")]
    text = ("Coastal Review 2027\n\nA report to the minister.\n\n"
            "\fCOASTAL REVIEW 2027\nChapter 2: The northern route\n\n" + pages[0] +
            "\fCOASTAL REVIEW 2027 | CHAPTER 2\n\n" + pages[1] +
            "\fCOASTAL REVIEW 2027 | CHAPTER 2\n\n" + pages[2])
    found = headings(text, False)
    assert "COASTAL REVIEW 2027 | CHAPTER 2" not in found and found[-1] == "Chapter 2: The northern route"
    for draft in extract_document(text, published=PUBLISHED, scale="plain-reader").drafts:
        assert draft.due != date(2027, 12, 31)  # the header's year is no time frame of the judgement


PAGE = """<html><head><title>Rates</title></head><body><article>
<h1>Central bank holds rates</h1>
<div class="o-topper__standfirst">Markets price a 60% chance of a cut in March</div>
<p>The central bank held its rate at 3 per cent on Thursday.</p>
<aside class="n-content-recommended"><h3>Recommended</h3><ul>
<li><a href="/a">Mortgage rates set to fall 1% next year, lenders forecast</a></li></ul></aside>
<p>Economists expect one more cut this year.</p>
<ul><li><strong>Base case:</strong> the bank <a href="/b">cuts</a> once.</li></ul>
</article>
<section class="latest"><h2>Latest</h2><ul>
<li><a href="/c">Treasury set to freeze fuel duty until 2031</a><time>8 hours ago</time></li>
</ul></section></body></html>"""


def test_teasers_standfirst_and_link_lists_are_not_the_articles_text():
    text = html_document(PAGE, "rates.html").text
    assert "Economists expect one more cut" in text and "Base case: the bank cuts once." in text
    for teaser in ("60% chance", "Recommended", "Mortgage rates", "fuel duty", "8 hours ago"):
        assert teaser not in text


def test_a_time_stamp_is_kept_apart_from_the_words_before_it():
    text = html_document("<p>The review closed in 2031<time>8 hours ago</time></p>", "x.html").text
    assert "2031 8 hours ago" in text
