"""Headings and captions of converted documents (cleanup.py): short plain-text titles after the first, a table's
caption that heads nothing, heading attributes and blockquoted headings. Texts written for these tests."""

import pytest

from tracker.extract.cleanup import clean_paragraphs

_PROSE = "The committee took evidence from twelve witnesses over four sessions in the spring."


def _headings(text: str, markdown: bool | None = None) -> list[tuple[str | None, str]]:
    return [(p.heading, p.text[:20]) for p in clean_paragraphs(text, markdown)]


@pytest.mark.parametrize("title", [
    "Central projection", "Financing choices", "Key findings", "Labour market", "Risks to the outlook",
    "1. Violent extremism", "2. Foreign interference", "3.2 Debt dynamics", "4 Outlook", "12. Supply chains and ports",
])
def test_a_short_plain_text_title_after_a_paragraph_heads_the_next(title):
    text = f"Overview\n\n{_PROSE}\n\n{title}\n\nRates are likely to rise in 2027 as inflation stays high.\n"
    assert _headings(text, False)[-1] == (title, "Rates are likely to ")


@pytest.mark.parametrize("title", [
    "Getty Images",          # a credit: every word capitalised, no section noun
    "Photo: Jane Doe",
    "per cent of GDP",       # a chart's label in lower case
    "Central projection",    # followed by a lower-case line: the sentence goes on
])
def test_other_short_lines_head_nothing(title):
    text = f"Overview\n\n{_PROSE}\n\n{title}\n\nrates are likely to rise in 2027 as inflation stays high.\n"
    assert all(heading != title for heading, _ in _headings(text, False))


def test_a_title_after_an_unfinished_line_heads_the_next_paragraph():
    text = ("Overview\n\nDirector of Research\nLondon, 4 May 2026\n\nKey findings\n\n"
            "Growth will probably slow next year.\n")
    assert _headings(text, False)[-1] == ("Key findings", "Growth will probably")


@pytest.mark.parametrize("caption", [
    "*Table 1: Connection queue by technology, June 2026 (GW)*",
    "Figure 3.2 - Debt interest as a share of revenue",
    "**Chart 4: House prices, 2020-2026**",
    "Exhibit 2. Default rates by rating",
])
def test_a_caption_heads_no_paragraph_after_its_table(caption):
    text = (f"## 2 The queue\n\n{_PROSE}\n\n{caption}\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n"
            "We expect costs to keep rising until the new links open.\n")
    assert _headings(text, True)[-1] == ("2 The queue", "We expect costs to k")


def test_a_box_title_still_heads_its_box():
    text = f"## 3 Risks\n\n{_PROSE}\n\n**Box 3.1: Oil prices**\n\nOil will probably stay above $80 in 2027.\n"
    assert _headings(text, True)[-1][0].endswith("Box 3.1: Oil prices")


@pytest.mark.parametrize("heading, expected", [
    ("# **Summary** {#summary}", "Summary"),
    ("## Open questions {#open-questions}", "Open questions"),
    ("## Outlook {#outlook .unnumbered}", "Outlook"),
    ("> ### Key judgements", "Key judgements"),
    ("> ## Scope note", "Scope note"),
    ("## Sets {1, 2}", "Sets {1, 2}"),   # braces that are no attribute block stay
])
def test_heading_marks_and_attributes_stay_out_of_the_location(heading, expected):
    text = f"{heading}\n\nGrowth will probably slow next year.\n"
    assert _headings(text, True)[-1] == (expected, "Growth will probably")
