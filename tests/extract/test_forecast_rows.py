"""Forecast tables (extract/structure/forecast_rows.py): a row that asks a question at the authors' number, in
Markdown and in HTML, with the column the header gives the authors. Tables written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.structure.forecast_rows import cells, forecast_row, header_cells

PUBLISHED = date(2026, 10, 2)


def drafts(text: str, name: str = "outlook.md", tmp_path=None):
    if tmp_path is None:
        return extract_document(text, published=PUBLISHED, scale="plain-reader").drafts
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_document(path, published=PUBLISHED, scale="plain-reader").drafts


MARKDOWN = """# Quarterly numbers

| Question | Last quarter | Our forecast | Community | Exchange |
|---|---|---|---|---|
| Will the port strike end before 1 March 2027? | 40% | 55% | 61% | 58% |
| Snap election in Portugal in 2027? | 12% | 9% | — | 14% |
| **Will the euro trade above 1.25 dollars on 30 June 2027?** | 20% | 22% |  | 25% |

Text under the table.
"""


def test_a_markdown_row_is_read_at_the_column_the_header_gives_the_authors():
    found = {d.text: d for d in drafts(MARKDOWN)}
    assert {text: d.probability for text, d in found.items()} == {
        "Will the port strike end by 28 February 2027?": 0.55,
        "Will there be a snap election in Portugal by 31 December 2027?": 0.09,
        "Will the euro trade above 1.25 dollars by 30 June 2027?": 0.22,
    }
    quote = found["Will the port strike end by 28 February 2027?"].quote
    assert quote == "Will the port strike end before 1 March 2027: 55%."


@pytest.mark.parametrize("header", [
    "| Question | Metaculus | Polymarket |",      # only others' numbers
    "| Question | Last week | Change |",         # an earlier number and a move
])
def test_a_row_with_no_number_of_the_authors_is_no_forecast(header):
    table = f"{header}\n|---|---|---|\n| Will the port strike end before 1 March 2027? | 40% | 5% |\n"
    assert drafts(table) == []


def test_without_a_header_the_first_percentage_after_the_question_is_read():
    row = "| Will the port strike end before 1 March 2027? | 35% | 50% |"
    assert forecast_row(row, None).strip() == "Will the port strike end before 1 March 2027:   35%."
    assert forecast_row("| The strike ended in May 2026. | 35% |", None) is None  # no question asked
    assert forecast_row("| Will it? | 35% |", None) is None  # too short to be a forecast question


def test_cells_keep_their_places_and_positions():
    line = "| a |  | 12% |"
    assert [text for _, _, text in cells(line)] == ["a", "", "12%"]
    assert all(line[start:end] == text for start, end, text in cells(line))
    assert header_cells("| Question | Our forecast |") == ["Question", "Our forecast"]
    assert header_cells("| Will X happen in 2027? | 12% |") is None


HTML = """<html><head><title>Year-ahead forecasts</title></head><body>
<h1>Year-ahead forecasts</h1>
<p>Our numbers for the coming year.</p>
<table>
  <thead><tr><th>#</th><th>Question</th><th>Probability</th><th>Market</th></tr></thead>
  <tbody>
    <tr><td>1</td><td>Will the WHO convene an emergency committee on measles before 1 January 2028?</td><td>8%</td><td>11%</td></tr>
    <tr><td>2</td><td>Will the central bank raise its main rate at any meeting in 2027?</td><td>30%</td><td>45%</td></tr>
  </tbody>
</table>
<h2>1. Measles</h2>
<p>Cases rose in 2026 in several regions.</p>
</body></html>
"""


def test_an_html_row_is_read_and_its_header_is_neither_heading_nor_prose(tmp_path):
    found = drafts(HTML, "forecasts.html", tmp_path)
    by_text = {d.text: d for d in found}
    assert by_text["Will the central bank raise its main rate at any meeting by 31 December 2027?"].probability == 0.3
    # "the WHO" stays in the question: no relative pronoun "who" is cut from the subject's end
    assert any(text.startswith("Will the WHO ") for text in by_text), list(by_text)
    # the header row "# | Question | Probability | Market" opened with "#" and was read as a heading
    assert all("Question" not in d.location for d in found)
    assert all("Year-ahead forecasts" in d.location for d in found)


@pytest.mark.parametrize("scored", ["Outcome", "Result", "Resolved?", "Brier score"])
def test_a_track_record_of_past_forecasts_is_no_forecast(scored):
    table = (f"## How our spring forecasts did\n\n| Question | Our forecast | {scored} |\n|---|---|---|\n"
             "| Will the port strike end before 1 March 2026? | 40% | Yes |\n"
             "| Will the euro trade above 1.25 dollars on 30 June 2026? | 20% | No |\n")
    assert drafts(table) == []


def test_a_row_and_the_prose_restating_it_are_one_draft_asked_as_the_row_asks():
    text = ("# Outlook\n\n| Question | Our forecast |\n|---|---|\n"
            "| Will the harbour workers and the port authority sign a new wage deal before 1 May 2027? | 35% |\n"
            "| Will the regional rail strike spread to the capital in 2027? | 35% |\n\n"
            "## The port\n\nTalks broke down again in October. We put a new wage deal before 1 May 2027 at 35%.\n")
    found = drafts(text)
    # the table's questions as the authors wrote them; the prose restatement is named under "also"
    assert [(d.text, d.due) for d in found] == [
        ("Will the harbour workers and the port authority sign a new wage deal before 1 May 2027?", date(2027, 4, 30)),
        ("Will the regional rail strike spread to the capital in 2027?", date(2027, 12, 31)),
    ]
    assert any(quote.startswith("Talks broke down") or quote.startswith("We put a new wage deal") for _, quote in found[0].also)


def test_a_dated_meeting_stays_in_the_question():
    [draft] = drafts("| Question | Probability |\n|---|---|\n"
                     "| Will the central bank cut its main rate at its March 2027 meeting? | 40% |\n")
    assert draft.text == "Will the central bank cut its main rate at its March 2027 meeting?"
    assert draft.due == date(2027, 3, 31)
