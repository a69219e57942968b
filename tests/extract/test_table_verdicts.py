"""Table cells judging in words, and forecast columns (table_verdicts.py); my own tables, not a document's."""

import pytest

from tracker.extract.table_verdicts import _caption_time, table_groups


def _drafts(text):
    from datetime import date
    from tracker.extract import extract_document

    return extract_document(text, published=date(2026, 6, 1)).drafts


@pytest.mark.parametrize("row, claim, low, high", [
    ("| Shipping | Piracy | Likely to rise sharply |", "piracy", 0.55, 0.8),
    ("| Floods | Coastal | Almost certain to become more frequent |", "floods", 0.9, 1.0),
    ("| Elections | Foreign interference | Realistic possibility of a hack-and-leak operation |", "hack-and-leak", 0.25, 0.55),
    ("| Finance | Fraud | Very unlikely to fall below current levels |", "finance", 0.0, 0.25),
    ("| Telecoms | Sabotage | Attacks will probably continue |", "attacks", 0.55, 0.8),
])
def test_markdown_cell_judging_in_words(row, claim, low, high):
    text = f"## Outlook to 2028\n\n| Area | Main risk | Assessment |\n|---|---|---|\n{row}\n| Other | None | Stable |\n"
    drafts = [d for d in _drafts(text) if "table cell" in str(d.rationale)]
    assert len(drafts) == 1 and claim in drafts[0].text.lower()
    assert low <= drafts[0].probability <= high


def test_html_table_rows_with_caption():
    text = ("Figure 3: Risk outlook to the end of 2028\n\nRisk | Now | Outlook\n\n"
            "Phishing | Rising | Likely to keep rising\n\nInsider threat | Flat | Unlikely to change much\n\nMore prose.\n")
    drafts = [d for d in _drafts(text) if "table cell" in str(d.rationale)]
    assert len(drafts) == 2 and all(str(d.due) == "2028-12-31" for d in drafts)


def test_forecast_column_with_forecasters():
    text = ("| Bank | GDP 2027 | Central forecast for house prices |\n|---|---|---|\n"
            "| Northbank | 1.2% | House prices fall 5% by end-2027 |\n| Eastbank | 1.4% | Prices stay flat in 2027 |\n")
    drafts = [d for d in _drafts(text) if "table cell" in str(d.rationale)]
    assert {d.speaker for d in drafts} == {"Northbank", "Eastbank"}


@pytest.mark.parametrize("table", [
    # a track record: a column scores the rows
    "| Call | Our view | Outcome |\n|---|---|---|\n| Oil | Likely to rise above $90 | Wrong |\n| Gas | Likely to fall | Right |\n",
    # a legend: terms and numbers, no claim
    "| Term | Likelihood |\n|---|---|\n| Almost certain | 95-100% |\n| Likely | 55-80% |\n",
    # facts and trends, no judging words
    "| Sector | Incidents | Trend |\n|---|---|---|\n| Water | 14 recorded in 2025 | Stable at a high level |\n| Rail | 9 | Rising |\n",
    # a plain future in a column that is no forecast column: a schedule
    "| Item | Owner | Status |\n|---|---|---|\n| Review | Ministry | Will be published in spring |\n| Audit | Office | Done |\n",
])
def test_tables_not_drafted(table):
    assert [d for d in _drafts(table) if "table cell" in str(d.rationale)] == []


def test_groups_markdown_and_html():
    assert table_groups("A caption\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")[0][1] == ["a", "b"]
    assert table_groups("Caption 2027\n\nx | y\n\n1 | 2\n\n3 | 4\n\nProse.")[0][0] == "Caption 2027"
    assert table_groups("No tables here at all.") == []


@pytest.mark.parametrize("caption, read", [
    ("Table 1: Outlook to the end of 2027", "by the end of 2027"),
    ("Threats through 2029", "by the end of 2029"),
    ("Projections 2026-2028", "by the end of 2028"),
    ("Table 4: Incidents in 2025", "Table 4: Incidents in 2025"),
])
def test_caption_time(caption, read):
    assert _caption_time(caption) == read
