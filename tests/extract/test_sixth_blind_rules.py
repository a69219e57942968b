"""Rules added after the sixth blind test of issue 13 (benchmarks/blind6/), each checked on sentences written
for the purpose, not the blind documents' sentences: a legend printed at the end with dot leaders, a phrase
fronted as an adverbial, first-person numbers, leanings and denials, schedules, HTML comments and sidebars,
spans of months, a labelled publication date against a footnote's, a part of a year."""

import tempfile
from datetime import date
from pathlib import Path

import pytest

from tracker.extract import extract_document
from tracker.extract.legend_table import legend_row, table_legend
from tracker.extract.published import publication_date
from tracker.extract.records import Document

PUBLISHED = date(2025, 5, 10)


def drafts(text: str, scale: str | None = "plain-reader", suffix: str = ".txt"):
    path = Path(tempfile.mkdtemp()) / f"doc{suffix}"
    path.write_text(text if suffix == ".html" else "Harbour outlook\n\n" + text + "\n", encoding="utf-8")
    return extract_document(path, published=PUBLISHED, scale=scale).drafts


# --- a legend printed as text, at the end ---------------------------------------------------------------------

LEGEND = ("NOTE ON LANGUAGE\n\nThe Office uses the following expressions:\n"
          "  nearly certain ................ above 90 %\n"
          "  with high probability ......... 70 to 90 %\n"
          "  probable / probably ........... 55 to 70 %\n"
          "  with low probability .......... 10 to 35 %\n"
          "  almost excluded ............... under 10 %\n")


def test_a_legend_with_dot_leaders_and_paired_forms_is_read():
    assert table_legend(LEGEND) == {"nearly certain": (0.9, 1.0), "with high probability": (0.7, 0.9),
                                    "probable": (0.55, 0.7), "probably": (0.55, 0.7),
                                    "with low probability": (0.1, 0.35), "almost excluded": (0.0, 0.1)}
    assert legend_row("  with low probability .......... 10 to 35 %")
    assert not legend_row("  Inflation ...................... 2.5 %")  # a figure, not an estimative term


def test_the_legend_at_the_end_scores_the_report_and_is_not_drafted():
    path = Path(tempfile.mkdtemp()) / "report.txt"
    path.write_text("FERRY SAFETY REPORT\n\n"
                    "1.1 Ferry traffic will probably grow again in spring 2026.\n\n"
                    "1.2 With low probability, the harbour wall will fail in a storm this winter.\n\n"
                    "1.3 A collision in the channel in the short term is almost excluded.\n\n"
                    "1.4 The operator will with high probability replace two vessels in the medium term.\n\n"
                    + LEGEND, encoding="utf-8")
    found = {d.text.split(" by ")[0]: d.probability for d in extract_document(path, published=PUBLISHED).drafts}
    assert found == {"Will ferry traffic grow again": 0.625,
                     "Will the harbour wall fail in a storm": 0.225,
                     "Will there be a collision in the channel": 0.05,
                     "Will the operator replace two vessels": 0.8}


# --- first-person numbers, leanings, denials ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "question", "probability"), [
    ("The strike will end before June. We put this at roughly 80%.", "Will the strike end by 31 May 2025?", 0.8),
    ("The ferry will not be sold before 2027. 95%.", "Will the ferry not be sold by 31 December 2026?", 0.95),
    ("A new quay before 2028 is possible but improbable; we estimate a one-in-five chance.",
     "Will there be a new quay by 31 December 2027?", 0.2),
    ("I'd put only 15% on the toll being 10 euros or higher.", "Will the toll be 10 euros or higher by 10 May 2027?",
     0.15),
    ("I think it is more likely than not (call it 65%) that a toll is announced before the end of Q1 2026.",
     "Will a toll be announced by 31 March 2026?", 0.65),
    ("There is no way the council approves a second bridge in 2026. Less than 5%.",
     "Will the council approve a second bridge by 31 December 2026?", 0.05),
])
def test_a_first_person_number_scores_its_claim(text, question, probability):
    [draft] = drafts(text)
    assert (draft.text, draft.probability) == (question, probability)


def test_a_number_correcting_anothers_is_quoted_and_judged_in_its_own_clause():
    [draft] = drafts("Toll in December: traders are pricing a 70% chance of a rise. I'm a bit lower, at 60%.")
    assert draft.probability == 0.6
    assert draft.quote.endswith("I'm a bit lower, at 60%.") and draft.clause.startswith("I'm a bit lower")


def test_a_list_label_names_what_it_stands_for():
    [draft] = drafts("- Night ferry to the islands: I'd guess it resumes in 2026, but I wouldn't bet on it; maybe 55%.")
    assert draft.text == "Will night ferry to the islands resume by 31 December 2026?"
    assert draft.probability == 0.55


@pytest.mark.parametrize(("text", "phrase", "question"), [
    ("Our central expectation is that the toll will come down in January.", "likely",
     "Will the toll come down by 31 January 2026?"),
    # "more likely than not": a lean above even (than_not.py), the plain reader's "better than even"
    ("On balance it is more likely than not that we will fall short of the target in 2030.", "better than even",
     "Will we fall short of the target by 31 December 2030?"),
    ("We think there is a serious risk that the operator will face another strike in the next two years.",
     "realistic possibility", "Will the operator face another strike by 10 May 2027?"),
    ("I would be surprised if we issued more than five permits.", "unlikely",
     "Will we issue more than five permits by 10 May 2027?"),
    ("Unless the frost is prolonged, ice should not be a constraint this winter.", "probable",
     "Will ice not be a constraint by 28 February 2026?"),
    ("It is possible that one small operator leaves the market this winter, but I would be very surprised to see "
     "a wave of exits.", "could happen", "Will one small operator leave the market by 28 February 2026?"),
])
def test_a_leaning_or_a_doubt_is_read_at_its_own_strength(text, phrase, question):
    found = drafts(text)
    assert (found[0].phrase, found[0].text) == (phrase, question)


# --- not forecasts ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The toll for January to March will be announced on 25 November, so I cannot pre-empt it.",
    "The Board will next publish its projections in the February 2026 Report.",
    "Next week's issue will be a day late because of the holiday.",
    "That is different from saying we will miss it.",
    "The Board had said that traffic would probably fall below 3% during 2025, and it did.",
])
def test_schedules_and_recollections_are_not_forecasts(text):
    assert drafts(text) == []


def test_comments_and_sidebars_of_a_page_are_not_the_authors():
    page = ("<html><head><meta property='article:published_time' content='2025-05-10'></head><body><article>"
            "<p>The ferry toll will rise in 2026.</p></article>"
            "<section id='comments'><div class='comment'><p>I think the toll will almost certainly double.</p>"
            "<div class='reply'><p>It will fall in 2027.</p></div></div></section>"
            "<aside class='sidebar'><ul><li><a href='/p/4'>Why I'm at 30% on a recession</a></li></ul></aside>"
            "<p>The bridge will reopen in 2026.</p></body></html>")
    assert [d.text for d in drafts(page, suffix=".html")] == ["Will the ferry toll rise by 31 December 2026?",
                                                              "Will the bridge reopen by 31 December 2026?"]


# --- dates and horizons -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "due"), [
    ("From February to May 2026, prices will probably stay high.", date(2026, 5, 31)),
    ("Between October 2025 and January 2026, most households will likely face gaps.", date(2026, 1, 31)),
    ("Prices will probably stay high between March and May 2026.", date(2026, 5, 31)),
    ("Severe outcomes are expected across most of the delta through at least May 2026.", date(2026, 5, 31)),
    ("Traffic will rise in mid-2026. There is a one-in-three chance that it falls in at least one quarter of 2027.",
     date(2027, 12, 31)),
])
def test_a_span_of_months_or_a_part_of_a_year_dates_the_claim(text, due):
    assert drafts(text)[-1].due == due


def test_may_the_month_is_no_modal_in_the_question():
    [draft] = drafts("From February to May 2026, prices will probably stay high.")
    assert draft.text == "Will prices stay high by 31 May 2026?"


def test_a_labelled_publication_date_wins_over_a_footnotes_issue_date():
    text = ("FOOD OUTLOOK\n\nHarvests will fail in 2026.\n\n"
            "³ Seasonal forecast issued on 24 September 2025.\n\nPublished 30 October 2025. The agency ...\n")
    found, how, guessed = publication_date(Document(name="outlook.txt", text=text), date(2026, 1, 1))
    assert (found, guessed) == (date(2025, 10, 30), False)


def test_a_set_of_scenario_headings_with_numbers_is_drafted_as_scenarios():
    path = Path(tempfile.mkdtemp()) / "scenarios.md"
    path.write_text("# Ports after the strike\n\n## Three scenarios\n\nWe drew these up in workshops in May 2025. The "
                    "probabilities are our judgement of how likely each is to describe the port at the end of 2027.\n\n"
                    "### Scenario A — Quiet recovery (we estimate a one-in-four chance)\n\nTraffic returns.\n\n"
                    "### Scenario B — Long dispute (about 55%)\n\nStrikes go on.\n\n"
                    "### Scenario C — Closure (about 20%)\n\nThe port shuts.\n", encoding="utf-8")
    found = [(d.text, d.probability) for d in extract_document(path, published=PUBLISHED).drafts]
    assert found == [("Will the “Quiet recovery” scenario (Scenario A) come about by 31 December 2027?", 0.25),
                     ("Will the “Long dispute” scenario (Scenario B) come about by 31 December 2027?", 0.55),
                     ("Will the “Closure” scenario (Scenario C) come about by 31 December 2027?", 0.2)]


def test_one_heading_with_a_number_is_a_title_not_scenarios():
    path = Path(tempfile.mkdtemp()) / "title.md"
    path.write_text("# Outlook\n\n## Growth — the base case (about 55%)\n\nGrowth will slow in 2026.\n", encoding="utf-8")
    assert [d.text for d in extract_document(path, published=PUBLISHED).drafts] == ["Will Growth slow by 31 December 2026?"]


def test_a_worst_case_event_is_asked_without_its_modal_and_flagged_as_conditional():
    [draft] = drafts("In a worst-case scenario, in which the road is blocked, a famine would be possible in the delta "
                     "between February and May 2026.")
    assert draft.text == "Will there be a famine in the delta by 31 May 2026?"
    assert any(note.startswith("conditional: In a worst-case scenario") for note in draft.review)


def test_what_members_judged_is_the_event_asked():
    [draft] = drafts("Most members judged that a further cut in the toll is likely at one of the board's next two "
                     "meetings.")
    assert draft.text.startswith("Will there be a further cut in the toll at one of the board's next two meetings")
