"""Round 25's layout forms, in sentences and layouts of my own: a page's headline, dotted-leader call lines,
fixed-width tables with a probability column, table cells holding only a verdict or a headline view, photo
captions, footers on alternating sides, bylines with a "Published:" stamp."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.headline import headline
from tracker.extract.reading import html_document
from tracker.extract.structure.furniture import drop_page_furniture
from tracker.extract.structure.title_lines import byline


def _drafts(text, published=date(2026, 10, 1)):
    return extract_document(text if "\n" in text else text + "\n", published=published).drafts


# --- the headline: the H1 over a story reaches the sentences once, located as "headline" -------------------------

_BODY = "Volumes were thin all week.\n\nDealers said the holiday kept many away.\n\nThe exchange reopens on Monday.\n"

@pytest.mark.parametrize("title", [
    "Copper is likely to climb above $12,000 a tonne by mid-2027 as mine supply falters",
    "Fed will probably cut rates twice next year, strategists say",
    "Wheat prices are expected to fall below $5 a bushel by March",
    "Ruling party is almost certain to lose its majority in the spring election",
    "Shipping rates are set to double before the end of 2027 as canal stays shut",
])
def test_markdown_headline_is_read_and_drafted(title):
    text = f"# {title}\n\n*By A Writer*\n\nLONDON, Oct 1 (Wire) - Markets were quiet on Tuesday. Traders said little.\n\n{_BODY}"
    paragraphs = clean_paragraphs(text, markdown=True)
    assert paragraphs[0].heading == "headline" and paragraphs[0].text == title
    assert sum(p.text == title for p in paragraphs) == 1
    drafts = _drafts(text)
    assert len(drafts) == 1 and "headline" in drafts[0].location


@pytest.mark.parametrize("title", [
    "Copper is likely to climb above $12,000 a tonne by mid-2027",
    "Fed will probably cut rates twice next year, strategists say",
])
def test_html_h1_headline_is_read(title):
    page = (f"<html><head><title>x</title></head><body><h1>{title}</h1><p>Markets were quiet on Tuesday.</p>"
            "<p>Volumes were thin.</p><p>Dealers stayed away.</p><p>The exchange reopens on Monday.</p></body></html>")
    document = html_document(page, "page.html")
    paragraphs = clean_paragraphs(document.text, markdown=True, origin=document.origin)
    assert paragraphs[0].heading == "headline" and paragraphs[0].text == title


@pytest.mark.parametrize("title, wanted", [
    ("Economic and Fiscal Outlook – March 2026", False),        # a report's title: nouns, no clause
    ("An Update to the Budget and Economic Outlook: 2026 to 2036", False),  # Title Case
    ("Principal Risks and Outlook", False),
    ("Team Larkspur", False),
    ("Will the ceasefire hold through the winter?", False),      # a question the section answers
    ("Cyber threat overview: first half of 2026", True),          # sentence case: read, and drafts nothing
    ("Copper seen topping $12,000 by mid-2027", True),
    ("Bank of England signals December rate cut as economy stalls", True),
])
def test_which_h1_is_a_headline(title, wanted):
    assert headline(title) is wanted


def test_report_title_h1_is_no_paragraph_and_second_h1_is_a_heading():
    text = ("# Annual Report on the Economy 2026\n\nGrowth was 2%.\n\n# Growth is likely to slow sharply next year in the region"
            f"\n\nMore text.\n\n{_BODY}")
    paragraphs = clean_paragraphs(text, markdown=True)
    assert all(p.heading != "headline" for p in paragraphs)


@pytest.mark.parametrize("text", [
    "# Russia will prioritise its army over its navy\n\nThe economy shrank in 2023.\n",   # a section's summary heading
    "# Prices are likely to rise next year in most regions\n\nOne line.\n\nAnother.\n",
])
def test_h1_over_a_line_or_two_is_no_headline(text):
    assert all(p.heading != "headline" for p in clean_paragraphs(text, markdown=True))


def test_h1_after_prose_is_no_headline():
    text = f"Some opening prose stands first.\n\n# Prices are likely to rise next year in most regions\n\nBody.\n\n{_BODY}"
    assert all(p.heading != "headline" for p in clean_paragraphs(text, markdown=True))


# --- dotted-leader call lines: "claim ....... verdict" -------------------------------------------------------

@pytest.mark.parametrize("line, low, high, due", [
    ("1) Brent above USD 90 at any point before end-2027 .............. 30%", 0.29, 0.31, "2027-12-31"),
    ("2) Euro area storage above 40% on 1 April 2027 ........ likely", 0.55, 0.85, "2027-04-01"),
    ("a) Fed funds rate below 3% by June 2027 ..... 60-70%", 0.64, 0.66, "2027-06-30"),
    ("- Snap general election called before the end of 2027 .......... very unlikely", 0.0, 0.2, "2027-12-31"),
    ("Rationing of gas for industry in Italy ......... highly unlikely", 0.0, 0.2, None),
    ("3) A strike on the ports lasting more than a week .... a realistic possibility", 0.25, 0.55, None),
])
def test_dotted_leader_call_lines(line, low, high, due):
    text = f"Our numbers in short:\n\n  {line}\n\nBest regards,\nThe desk\n"
    drafts = [d for d in _drafts(text) if "dotted leader" in str(d.review)]
    assert len(drafts) == 1
    assert low <= drafts[0].probability <= high
    if due:
        assert str(drafts[0].due) == due


def test_dotted_leader_verdict_wrapped_onto_the_next_line():
    text = ("Summary:\n\n  1) Power rationing in France this winter ............. very\n"
            "     unlikely (we're at 4, unchanged)\n  2) TTF below EUR 30 in March 2027 ........ 40%\n")
    drafts = [d for d in _drafts(text) if "dotted leader" in str(d.review)]
    assert len(drafts) == 2
    assert min(d.probability for d in drafts) <= 0.15


@pytest.mark.parametrize("text", [
    "Contents\n\nForeword of the Director .................. 3\nThreats from abroad ............... 12\n",
    "Key figures\n\nGDP growth in 2027 ......... 1.8%\nUnemployment rate 2027 ......... 4.5%\n",
    "Key figures\n\nInflation, annual average ......... 2.4%\nBudget balance ........ -1.2%\n",
    "Rates\n\n  End-Dec 2026 ...... 1.00\n  End-Jun 2027 ...... 1.25\n",
    "He paused... and then... nothing happened at all, which was likely.\n",
])
def test_dotted_leaders_that_are_no_calls(text):
    assert not [d for d in _drafts(text) if "dotted leader" in str(d.review)]


# --- fixed-width tables with a probability column ------------------------------------------------------------

_SCENARIOS = """2. SCENARIOS FOR Q2 2027

  Scenario              Brent Q2-27 avg    Probability    Previous
  --------------------  ----------------   -----------    --------
  A. Glut               USD 50-60          25%            20%
  B. Balanced market    USD 60-75          55%            50%
  C. Squeeze            above USD 75       20%            30%

Our central estimate is USD 66.
"""


def test_fixed_width_scenario_table():
    drafts = [d for d in _drafts(_SCENARIOS) if "fixed-width" in str(d.review)]
    assert sorted(round(d.probability, 2) for d in drafts) == [0.2, 0.25, 0.55]
    assert all(str(d.due) == "2027-06-30" for d in drafts)
    assert any("Balanced market" in d.text for d in drafts)


def test_fixed_width_header_is_no_heading():
    paragraphs = clean_paragraphs(_SCENARIOS + "\n- a bullet\n- another bullet\n- third bullet\n")
    assert all("Probability" not in (p.heading or "") for p in paragraphs)
    assert all("USD 50-60" not in p.text for p in paragraphs)


def test_fixed_width_claim_table_and_value_tables():
    claims = ("Event                                    Chance    Last month\n"
              "---------------------------------------  -------   ----------\n"
              "ECB cuts its deposit rate before July     35%       40%\n"
              "Euro above 1.20 dollars at end-2027       45%       45%\n")
    drafts = [d for d in _drafts(claims) if "fixed-width" in str(d.review)]
    assert sorted(round(d.probability, 2) for d in drafts) == [0.35, 0.45]
    values = ("Country        GDP 2027    Inflation 2027\n"
              "-------------  ---------   --------------\n"
              "Germany        1.1%        2.0%\n"
              "France         0.9%        1.8%\n")
    assert not [d for d in _drafts(values) if "fixed-width" in str(d.review)]


# --- table cells holding only a verdict, or a view in headline grammar -------------------------------------

@pytest.mark.parametrize("cell, low, high", [
    ("a realistic possibility", 0.25, 0.55),
    ("highly likely", 0.75, 0.95),
    ("Unlikely", 0.1, 0.35),
    ("roughly even chance", 0.4, 0.6),
    ("almost certain", 0.9, 1.0),
])
def test_bare_verdict_cell(cell, low, high):
    text = (f"| Threat | Trend | Outlook to end-2027 |\n|---|---|---|\n"
            f"| Arson attacks on rail signalling | new | {cell} |\n")
    drafts = [d for d in _drafts(text) if "table cell" in str(d.review)]
    assert len(drafts) == 1 and "arson attacks" in drafts[0].text.lower()
    assert low <= drafts[0].probability <= high and str(drafts[0].due) == "2027-12-31"


def test_legend_table_is_no_verdict_row():
    text = "| Term | Probability |\n|---|---|\n| Highly likely | 80–95% |\n| Unlikely | 10–25% |\n| Realistic possibility | 25–50% |\n"
    assert not [d for d in _drafts(text) if "table cell" in str(d.review)]


@pytest.mark.parametrize("view, claim", [
    ("Margins likely to narrow", "margins"),
    ("Demand expected to recover in 2027", "demand"),
    ("Exports set to slow", "exports"),
    ("Refinery runs unlikely to pick up before spring", "refinery runs"),
])
def test_view_cell_in_headline_grammar_with_its_holder(view, claim):
    text = ("| Firm | 2027 avg | View |\n|---|---|---|\n"
            f"| Northgate Capital | 410 | {view} |\n| Eastwood Partners | 395 | Balanced |\n")
    drafts = [d for d in _drafts(text) if "table cell" in str(d.review)]
    assert len(drafts) == 1 and claim in drafts[0].text.lower() and drafts[0].speaker == "Northgate Capital"


# --- photo captions, bylines, footers ------------------------------------------------------------------------

def test_figcaption_with_a_judgement_is_read():
    page = ("<html><body><h1>Markets</h1><figure><img src=x.jpg><figcaption>The plant in Ulsan. The company is expected to "
            "list its shares by March 2027. Photo: Handout</figcaption></figure><p>Trading was quiet.</p></body></html>")
    document = html_document(page, "p.html")
    assert "expected to list its shares by March 2027" in document.text
    drafts = _drafts(document.text)
    assert len(drafts) == 1 and str(drafts[0].due) == "2027-03-31"


def test_figcaption_describing_a_photo_drafts_nothing():
    page = ("<html><body><figure><img src=x.jpg><figcaption>Traders on the floor of the exchange on Tuesday. Photo: "
            "Reuters</figcaption></figure><p>Trading was quiet.</p></body></html>")
    document = html_document(page, "p.html")
    assert "Traders on the floor" not in document.text  # round 26: a caption that does not judge is left out
    assert not _drafts(document.text)


@pytest.mark.parametrize("line, wanted", [
    ("Vivian Lee Published: 7:30am, 15 Sep 2026", True),
    ("By Anna Smith and Tom Jones Updated: September 15, 2026", True),
    ("Maria Lopez Published 2026-09-15", True),
    ("Jo Bloggs Posted on 3 March 2026, 14:05 GMT", True),
    ("The index was published: 15 Sep 2026 with revisions", False),
    ("Results Published: 15 Sep 2026 show growth will slow", False),
])
def test_stamped_bylines(line, wanted):
    assert byline(line) is wanted


def test_footer_alternating_sides_is_dropped():
    pages = []
    for number in range(14, 20):
        body = f"Paragraph on page {number} ends here with a full stop.\n"
        footer = (f"{number}                       Budget Review | May 2026" if number % 2 == 0
                  else f"                       Budget Review | May 2026   {number}")
        pages.append(body + "\n" + footer + "\n")
    lines = drop_page_furniture("\f".join(pages))
    assert not any("Budget Review" in line.text for line in lines)


# --- a claim table with a market's column and the house's, named for the publisher ----------------------------

@pytest.mark.parametrize("theirs, ours", [("Market", "Halcyon"), ("Crowd", "Northwind"), ("Consensus", "Desk view"),
                                          ("Exchange price", "Brightwater")])
def test_house_column_named_for_the_publisher(theirs, ours):
    text = (f"| Contract | Resolves | {theirs} | {ours} |\n|---|---|---|---|\n"
            "| Snap election called before 1 January 2028 | 31 Dec 2027 | 18% | 12% |\n"
            "| Brent above $100 on 31 March 2027 | 31 Mar 2027 | 22% | 15% |\n")
    drafts = [d for d in _drafts(text) if "claim table row" in str(d.review)]
    assert sorted(round(d.probability, 2) for d in drafts) == [0.12, 0.15]
    assert {str(d.due) for d in drafts} == {"2027-12-31", "2027-03-31"}


@pytest.mark.parametrize("header", ["| Contract | Resolves | Market | Polymarket |",   # two others' columns: no house
                                    "| Contract | Resolves | 2025 | 2026 |",            # years: values, no holders
                                    "| Contract | Resolves | Market | change |"])
def test_no_house_column(header):
    text = (f"{header}\n|---|---|---|---|\n| Snap election called before 1 January 2028 | 31 Dec 2027 | 18% | 12% |\n")
    assert not [d for d in _drafts(text) if "claim table row" in str(d.review)]
