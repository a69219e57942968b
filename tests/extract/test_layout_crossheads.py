"""Headings that layout alone marks (cleanup.py, structure/title_lines.py, structure/furniture.py, reading.py):
Title Case lines, numbered titles with hyphens and commas, one-word crossheads in capitals, a box's heading ending
with its box, and running headers of a short PDF. My own texts, not a document's."""

from datetime import date

import pytest

from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.structure.title_lines import plain_title, title_case_line

_BODY = ("The agency said on Monday that the programme was running behind the schedule it had set out in its\n"
         "plan, and that costs had grown by a third since the last review of the project.\n")


@pytest.mark.parametrize("line", [
    "Controller Shortages Are Expected to Persist",
    "Key Elements of the Programme Are Behind Schedule",
    "FAA's Replacement Effort Is Under Way but Costs Are Rising",
    "Cost Risks Are Significant",
    "Outlook for Grain Exports in 2027",
    "Why Budget Overruns Will Continue",
])
def test_title_case_lines(line):
    assert title_case_line(line)


@pytest.mark.parametrize("line", [
    "The agency expects the programme to finish in 2028.",  # a sentence
    "The agency expects the programme to finish in 2028",  # sentence case, unfinished
    "Costs Are Rising:",  # a lead-in
    "PRICES AND COSTS",  # capitals: capital_title's
    "Staff Writer",  # too short
    "Prices at origin are likely to slip below 3.50 euros",
    "Northgate Bank and Eastbank Capital said on Monday",
])
def test_not_title_case_lines(line):
    assert not title_case_line(line)


def test_title_case_heading_heads_the_text_below_it():
    text = f"Background\n\n{_BODY}\nCosts Are Expected to Keep Rising Over the Next Decade\n\n{_BODY}"
    paragraphs = clean_paragraphs(text, markdown=False)
    assert [p.title for p in paragraphs][-1] == "Costs Are Expected to Keep Rising Over the Next Decade"
    assert all("Keep Rising" not in p.text for p in paragraphs)


@pytest.mark.parametrize("title", ["5.2 Right-wing extremism", "5.4 Anti-state movements",
                                   "5.5 Espionage, hybrid threats and cyber security", "3.1 Debt dynamics",
                                   "2 Long-term fiscal risks"])
def test_numbered_titles_with_hyphens_and_commas(title):
    assert plain_title(title)
    assert clean_paragraphs(f"{_BODY}\n{title}\n\n{_BODY}", markdown=False)[-1].title == title


@pytest.mark.parametrize("word", ["PRICES", "OUTLOOK", "EXPORTS", "WEATHER"])
def test_one_word_crosshead_between_paragraphs(word):
    paragraphs = clean_paragraphs(f"{_BODY}\n{word}\n\n{_BODY}", markdown=False)
    assert len(paragraphs) == 2 and paragraphs[-1].title == word


@pytest.mark.parametrize("text", [
    # a chart's labels: one capital word after another, no paragraph around
    "NORTH\n\nSOUTH\n\nEAST\n\n" + _BODY,
    # beside unfinished text: a label set inside a paragraph a page break interrupted
    "The agency said the programme was running behind the\n\nCHART\n\nschedule it had set out in its plan and costs grew.\n",
])
def test_capital_words_that_are_labels(text):
    assert all(p.title is None for p in clean_paragraphs(text, markdown=False))


def test_running_headers_of_a_three_page_pdf():
    header = "ANNUAL REPORT 2025                                          AGENCY"
    titles = ["1.1 Border security", "2.1 Cyber threats", "3.1 Foreign interference"]
    pages = [f"{header}\n\n{title}\n\n{_BODY}\n\n{80 + n}                          Annual Report 2025\n"
             for n, title in enumerate(titles)]
    paragraphs = clean_paragraphs("\f".join(pages), markdown=False)
    assert [p.title for p in paragraphs] == titles


def test_box_heading_ends_with_its_box(tmp_path):
    from tracker.extract import extract_document

    path = tmp_path / "page.html"
    path.write_text("<html><body><h1>Storm season outlook</h1><aside class='summary-box'><h2>Key points:</h2><ul>"
                    "<li>Forecasters expect a busy season</li></ul></aside>"
                    "<p>Rainfall will very likely be above average in the north in 2027.</p>"
                    "<h2>Getting ready</h2><p>Insurers will probably raise premiums in 2027.</p></body></html>")
    drafts = {d.text: d.location for d in extract_document(path, published=date(2026, 10, 1)).drafts}
    rain = next(location for text, location in drafts.items() if "Rainfall" in text or "rainfall" in text)
    assert "Key points" not in rain and rain.startswith("Storm season outlook")
    premiums = next(location for text, location in drafts.items() if "premiums" in text)
    assert "Getting ready" in premiums
