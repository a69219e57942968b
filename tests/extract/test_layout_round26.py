"""Round 26 layout: plain-text page numbers "- 3 -" cut pages (running headers found) and are no Markdown bullets;
wire subheads in capitals over their paragraph; photo captions read only when they judge."""

import pytest

from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.reading import html_document, judging_caption
from tracker.extract.structure import looks_like_markdown
from tracker.extract.structure.furniture import drop_page_furniture
from tracker.extract.structure.plain import _caps_subhead

_HEADER = "Ministry of Transport                           Annual Outlook 2027 (Summary Edition for Parliament)"

def _pages(footer: str, sections=("1. Roads", "2. Rail", "3. Ports", "4. Aviation")) -> str:
    out = []
    for number, title in enumerate(sections, start=2):
        out.append(f"{_HEADER}\n\n\n{title}\n\nTraffic on the network grew by 3% in 2025 and the ministry\n"
                   f"expects it to grow by about 2% a year until 2028.\n\n\n{footer.format(n=number)}\n\n")
    return "".join(out)

@pytest.mark.parametrize("footer", ["- {n} -", "– {n} –", "— {n} —", "Page {n}", "{n}"])
def test_running_header_dropped_when_pages_are_numbered(footer):
    kept = [line.text for line in drop_page_furniture(_pages(footer))]
    assert not any("Annual Outlook 2027" in line for line in kept)
    assert "2. Rail" in kept

@pytest.mark.parametrize("footer", ["- {n} -", "— {n} —"])
def test_numbered_sections_head_the_paragraphs(footer):
    headings = {p.heading for p in clean_paragraphs(_pages(footer)) if p.text.startswith("Traffic")}
    assert headings == {"1. Roads", "2. Rail", "3. Ports", "4. Aviation"}

def test_dashed_page_numbers_are_no_markdown_bullets():
    assert not looks_like_markdown("Text.\n\n- 3 -\n\nMore.\n\n- 4 -\n\nEnd.\n\n- 5 -\n")
    assert looks_like_markdown("- one item\n- another item\n- a third item\n")

def test_a_line_repeated_once_is_kept():
    text = "Intro line\n\nSome text here.\n\n- 3 -\n\nOther text.\n\n- 4 -\n\nLast text.\n"
    assert "Intro line" in [line.text for line in drop_page_furniture(text)]

@pytest.mark.parametrize("line, following", [
    ("OPPOSITION", "   Opposition leader Jane Roe said the budget was weak."),
    ("WHAT'S NEXT", "   The Senate votes on the bill in December."),
    ("RATINGS CALENDAR", "Moody's reviews the rating on Nov 20."),
    ("MARKETS", "   Shares fell 2% in early trading."),
    ("  LABOUR AND WAGES", "   Unions want a 5% raise."),
])
def test_caps_subheads(line, following):
    assert _caps_subhead(line, following)

@pytest.mark.parametrize("line, following", [
    ("OPPOSITION", "   ------------------"),
    ("ZCZC AMN0417 3 ECO", "ROME, OCT 16 (AMN) - CABINET"),
    ("The Senate votes.", "   Next paragraph."),
    ("NATO", "officials said nothing."),                 # continues in lower case
    ("A VERY LONG LINE OF CAPITALS THAT GOES ON AND ON PAST ANY HEADING", "Text follows here."),
])
def test_not_caps_subheads(line, following):
    assert not _caps_subhead(line, following)

def test_wire_subhead_heads_its_paragraph():
    text = ("ROME, Oct 16 - The cabinet approved the budget on Thursday.\n\nPENSIONS\n"
            "   Opposition leader Jane Roe said the reform would probably be reversed by a new government by 2028.\n")
    paragraphs = clean_paragraphs(text)
    last = paragraphs[-1]
    assert last.text.startswith("Opposition leader Jane Roe")
    assert last.heading == "PENSIONS"

@pytest.mark.parametrize("caption", [
    "The company is expected to be valued at about $9bn when it lists.",
    "Analysts see a 60% chance of a rate cut in March.",
    "Prices could rise further next winter, traders say.",
    "Officials say the bridge will likely reopen by spring.",
])
def test_judging_captions_are_read(caption):
    assert judging_caption(caption)
    page = f"<html><body><figure><img src=x.jpg><figcaption>{caption}</figcaption></figure><p>Body text.</p></body></html>"
    assert caption.split()[1] in html_document(page, "x.html").text

@pytest.mark.parametrize("caption", [
    "A snowplow clears the highway during last winter's storm. Crews will be on 12-hour shifts from December.",
    "The minister speaks at a news conference in Ottawa on Monday. (Staff photo)",
    "Workers will install new turbines at the plant next year.",
])
def test_describing_captions_are_skipped(caption):
    assert not judging_caption(caption)
    page = f"<html><body><figure><img src=x.jpg><figcaption>{caption}</figcaption></figure><p>Body text.</p></body></html>"
    assert caption.split()[1] not in html_document(page, "x.html").text
