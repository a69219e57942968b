"""The document-structure stage: one small synthetic document per layout style, and offsets into the original."""

import re
from datetime import date
from pathlib import Path

import pytest

from tracker.extract import extract_document
from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.reading import html_document, read_document
from tracker.extract.structure import Line, document_blocks, looks_like_markdown
from tracker.extract.structure.spans import Spanned

PUBLISHED = date(2023, 2, 1)


def _same_words(original: str, quote: str) -> bool:
    """``original`` is ``quote`` as the file writes it: line breaks, hyphens at line ends and markup aside."""
    def letters(text: str) -> str:
        return re.sub(r"[\s*_`#\u00ad-]+", "", text.replace("\u02bc", "’").replace("\u2032", "’"))

    return letters(original) == letters(quote)


def test_a_markdown_heading_is_one_line_and_the_paragraph_right_after_it_is_read():
    text = ("## Regional security\n"
            "The regime will continue to rebuild its forces in the region. It is likely that exercises will grow.\n"
            "\n### Outlook\nTrade is expected to fall in 2024.\n")
    paragraphs = clean_paragraphs(text)
    assert [(p.heading, p.text) for p in paragraphs] == [
        ("Regional security", "The regime will continue to rebuild its forces in the region. "
                              "It is likely that exercises will grow."),
        ("Regional security: Outlook", "Trade is expected to fall in 2024.")]
    drafts = extract_document(text, published=PUBLISHED).drafts
    assert {d.location for d in drafts} == {"Regional security, paragraph 1", "Regional security: Outlook, paragraph 2"}


def test_pdf_text_with_a_blank_line_after_every_wrapped_line_is_rejoined_into_paragraphs():
    body = ("The government has spent the year rebuilding the forces it lost in the spring, and the\n\n"
            "Ministry of Defence expects the new divisions to be ready before the end of the next\n\n"
            "year. Western officials say the plan is ambitious and that the budget will be strained\n\n"
            "by the cost of the new equipment.\n\n")
    text = body * 4  # enough blocks for the rhythm to show
    paragraphs = clean_paragraphs(text)
    assert len(paragraphs) == 4
    assert paragraphs[0].text.startswith("The government has spent the year rebuilding the forces it lost in the "
                                         "spring, and the Ministry of Defence expects the new divisions")
    assert all(p.heading is None for p in paragraphs)  # "Ministry of Defence expects ... next" is no heading


def test_ordinary_blank_line_paragraphs_are_not_joined_by_the_reflow():
    text = "\n\n".join(f"Paragraph {n} is a short one. It ends here." for n in range(20)) + "\n"
    assert len(clean_paragraphs(text)) == 20


def test_two_column_margin_text_does_not_become_a_heading_or_break_the_sentence():
    text = ("## Outlook\n\n"
            "Since the spring the regime has moved units away from the border, and according to our\n\n"
            "##### Pull quote in the\n\n"
            "assessment it will not return them before the end of 2024, as the losses are heavy.\n\n"
            "##### margin of the page.\n\n"
            "A second paragraph follows here.\n")
    paragraphs = clean_paragraphs(text)
    assert paragraphs[0].text == ("Since the spring the regime has moved units away from the border, and according to "
                                  "our assessment it will not return them before the end of 2024, as the losses are heavy.")
    assert all(p.heading == "Outlook" for p in paragraphs[:1])


def test_a_bold_lead_paragraph_in_a_heading_line_is_prose_not_a_location():
    lead = ("A military attack against the country is unlikely in 2024 because the army is engaged elsewhere. "
            "However, the risks have grown.")
    text = f"### Armed forces\n\n##### {lead}\n\nThe body text starts here and says more.\n"
    paragraphs = clean_paragraphs(text)
    assert paragraphs[0].text == lead and paragraphs[0].heading == "Armed forces"
    assert paragraphs[1].heading == "Armed forces"


@pytest.mark.parametrize("closing", ["\u02bc", "\u2032"])
def test_look_alike_quotes_do_not_swallow_the_rest_of_the_paragraph(closing):
    text = (f"As the report ‘Security 2020{closing} shows, the trend will continue. Russia will remain ready to use force. "
            f"The gap will widen.\n")
    [paragraph] = clean_paragraphs(text)
    drafts = extract_document(text, published=PUBLISHED).drafts
    assert "’" in paragraph.text and closing not in paragraph.text
    assert len(drafts) == 3
    for draft in drafts:
        start, end = draft.span
        assert _same_words(text[start:end], draft.quote)


def test_sentence_offsets_slice_the_original_markdown_file_to_the_sentence():
    text = ("# Outlook 2024\n"
            "Intro **text** without a forecast. The econ-\nomy will shrink in 2024, and prices will rise\n"
            "sharply. It is likely that\u00a0the strike will end.\n\n"
            "- Exports will fall in the near term.\n- Imports were stable.\n")
    drafts = extract_document(text, published=PUBLISHED).drafts
    assert len(drafts) >= 3
    for draft in drafts:
        start, end = draft.span
        assert _same_words(text[start:end], draft.quote)
        assert text[start:end].startswith(draft.quote.split()[0])


def test_sentence_offsets_point_into_the_html_markup(tmp_path: Path):
    markup = ("<html><head><title>Outlook</title></head><body><nav>Home</nav>\n<h2>Energy &amp; trade</h2>\n"
              "<p>The plant   was <b>closed</b> in 2022.\n The ministry will reopen it in 2024 &ndash; "
              "most likely in the spring.</p><ul><li>Prices will rise.</li></ul></body></html>")
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    drafts = extract_document(path, published=PUBLISHED).drafts
    assert drafts, "the page's judgements are drafted"
    for draft in drafts:
        start, end = draft.span
        shown = re.sub(r"<[^>]+>", "", markup[start:end]).replace("&ndash;", "–").replace("&amp;", "&")
        assert " ".join(shown.split()) == draft.quote
    assert drafts[0].location.startswith("Energy & trade")


def test_html_headings_and_list_items_become_the_same_blocks_as_markdown():
    document = html_document("<h1>Title</h1><p>Text one.</p><ul><li>Item one.</li><li>Item two.</li></ul>", "x.html")
    lines = [Line(text, 0) for text in document.text.split("\n")]
    blocks = document_blocks(lines, markdown=True)
    assert [b.kind for b in blocks] == ["heading", "paragraph", "list item", "list item"]


def test_markdown_is_recognised_in_a_txt_file_and_by_suffix(tmp_path: Path):
    assert looks_like_markdown("# A\n\ntext\n\n## B\n\n**C**\n")
    assert not looks_like_markdown("A report.\n\nIt says things - often.\n")
    path = tmp_path / "notes.md"
    path.write_text("Just text.\n", encoding="utf-8")
    assert read_document(path).kind == "markdown"


def test_no_location_is_longer_than_120_characters():
    heading = " ".join(["Word"] * 8)
    text = (f"# {heading} one\n\n## {heading} two\n\n### {heading} three\n\n"
            "The regime will continue to rebuild its forces.\n")
    [draft] = extract_document(text, published=PUBLISHED).drafts
    # The path of three would not fit: the nearest headings say most about where the paragraph is.
    assert draft.location == f"{heading} two: {heading} three, paragraph 1"
    long = " ".join(["Word"] * 22)
    [draft] = extract_document(f"# {long} one\n\nThe regime will continue to rebuild its forces.\n",
                               published=PUBLISHED).drafts
    assert len(draft.location) <= 120 and draft.location.endswith("…, paragraph 1")


def test_spanned_text_keeps_original_positions_through_joins_and_removals():
    text = Spanned.of("a **bold**  word-", 10).remove(re.compile(r"\*\*")).squeeze()
    assert text.text == "a bold word-"
    assert [text.original(i) for i in (0, 2, 7)] == [10, 14, 22]
    joined = text.slice(0, len(text) - 1).join(Spanned.of("ing", 40))
    assert joined.text == "a bold wording" and joined.span(7, 14) == (22, 43)


def test_a_table_of_contents_is_furniture_and_leaves_no_heading_behind():
    text = ("## Contents\n\n**Threat situation** **5**\n\n**Strategic environment** **17**\n\n"
            "Foreword . . . . . . . . 2\n\n"
            "The foreword says the regime will continue to rebuild its forces.\n")
    [paragraph] = clean_paragraphs(text)
    assert paragraph.heading is None


def test_a_capitalised_wrapped_line_without_a_full_stop_is_prose_not_a_heading():
    text = ("The government has spent the year rebuilding the forces it lost in the spring offensive,\n"
            "recruiting reservists and volunteers and moving old equipment out of the storage depots\n"
            "to the units that need it most before the winter comes to the northern regions again.\n\n"
            "Western officials say the plan is ambitious and that the defence budget will\n\n"
            "be strained by the cost of the new equipment.\n")
    paragraphs = clean_paragraphs(text)
    assert paragraphs[-1].text == ("Western officials say the plan is ambitious and that the defence budget will be "
                                   "strained by the cost of the new equipment.")
    assert all(p.heading is None for p in paragraphs)


@pytest.mark.parametrize("promo", ["Read more: Ports Are Still Waiting for the Dredging Boom",
                                   "Related: How the Tunnel Was Financed", "See also: Five Charts on Freight"])
def test_a_news_sites_link_to_another_story_is_neither_heading_nor_prose(promo):
    text = (f"Harbour Outlook Improves\n\nThe port authority said on Monday that traffic will grow in 2027.\n\n{promo}\n\n"
            "The authority expects the new quay to open in 2028.\n")
    found = extract_document(text, published=date(2026, 10, 5), scale="plain-reader").drafts
    assert found and all(promo.split(":")[1].strip() not in d.location for d in found)
