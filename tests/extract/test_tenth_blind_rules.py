"""Rules from the tenth blind set of issue 13, each on sentences and small documents written for the purpose (not
the blind texts): a table of claims with the writer's own column, numbers said in the writer's own ways, a legend
in words with quoted terms and time frames the document defines, agencies' numbers and statements reported,
seasons and look-backs as horizons, question text, side columns and publishers."""

import tempfile
from datetime import date
from pathlib import Path

import pytest

from tracker.extract import extract_document
from tracker.extract.publisher import find_publisher

PUBLISHED = date(2026, 11, 20)


def extraction(text: str, suffix: str = ".txt", published: date = PUBLISHED):
    path = Path(tempfile.mkdtemp()) / f"note{suffix}"
    path.write_text(text, encoding="utf-8")
    return extract_document(path, published=published)


def drafts(paragraph: str, suffix: str = ".txt"):
    return extraction(f"Notes\n\n{paragraph}\n", suffix).drafts


# --- a table of claims: the writer's own column, not the crowd's beside it -------------------------------------

_TABLE = """# My numbers for 2027

Numbers are my probability that the statement resolves YES. Last year a ceasefire was close.

| # | Question | My forecast | Community |
|---|----------|------------:|----------:|
| 1 | Oil prices close above $100 on any day in 2027 | 15% | 22% |
| 2 | Snap election called before the end of 2027 | 30% | 25% |
| 3 | Ceasefire in effect on 31 Dec 2027 | 45% | 50% |
"""


def test_a_claim_table_is_scored_at_the_writers_own_column():
    found = {d.text: d.probability for d in extraction(_TABLE, ".md").drafts}
    assert found == {
        "Will oil prices close above $100 on any day by 31 December 2027?": pytest.approx(0.15),
        "Will snap election be called by 31 December 2027?": pytest.approx(0.30),
        "Will there be a ceasefire in effect by 31 December 2027?": pytest.approx(0.45),
    }


def test_a_table_with_only_a_crowds_column_is_not_the_writers():
    table = _TABLE.replace("My forecast", "Polymarket")
    assert extraction(table, ".md").drafts == []


# --- numbers said in the writer's own ways ----------------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "probability", "question"), [
    # "that" left out after "chance"
    ("I think there's about a 35% chance the central bank raises rates at least once in 2027, and most of that "
     "risk is in the housing market.", 0.35, "Will the central bank raise rates at least once by 31 December 2027?"),
    # a number after a dash: the words before it are its claim, the adverb goes
    ("The coalition almost certainly survives through 2027 — call it 90%.", 0.90,
     "Will the coalition survive through 31 December 2027?"),
    # "at roughly even odds": an event put at evens
    ("I'd put a snap referendum on the treaty in 2027 at roughly even odds.", 0.50,
     "Will there be a snap referendum on the treaty by 31 December 2027?"),
    # a number as an aside inside "I'd be surprised if"
    ("I'd be surprised, maybe 1 in 5, if the rover landed before the end of 2027.", 0.20,
     "Will the rover land by 31 December 2027?"),
])
def test_a_number_said_in_the_writers_own_way_is_the_probability(paragraph, probability, question):
    (draft,) = drafts(paragraph)
    assert draft.probability == pytest.approx(probability) and draft.text == question


def test_a_number_on_that_scores_the_judgement_before_it_once():
    (draft,) = drafts("I expect at least one carmaker to sell a solid-state battery car by mid-2027; I'm at 60% on that.")
    assert draft.probability == pytest.approx(0.60)
    assert draft.text == "Will at least one carmaker sell a solid-state battery car by 30 June 2027?"


def test_that_left_out_after_it_is_and_a_contracted_will():
    (draft,) = drafts("I think it's unlikely we'll see a fall in tourist numbers next year.")
    assert draft.probability == pytest.approx(0.20)
    assert draft.text == "Will there be a fall in tourist numbers by 31 December 2027?"  # what "we" will see


def test_a_contracted_will_without_a_phrase_is_not_drafted():
    # the authors' plans in a transcript or a newsletter ("we'll be talking to ...") are no forecasts
    assert drafts("Next episode we'll be talking to the head of a port authority.") == []


# --- a legend in words, quoted terms, per cent; time frames the document defines -------------------------------

_FORESIGHT = """MINISTRY OF FORESIGHT
STRATEGIC OUTLOOK 2040

Note on terminology
Statements about future developments are graded as follows:
  "almost certain"         - more than 90 per cent
  "probable"               - 60 to 90 per cent
  "possible"               - 30 to 60 per cent
  "improbable"             - 10 to 30 per cent
  "hardly conceivable"     - less than 10 per cent
Time frames: "short-term" refers to the period up to 2030, "medium-term" to 2031 to 2035,
"long-term" to 2036 to 2040.

1. Findings

It is hardly conceivable that the union will build its own carrier fleet.

A naval blockade of the strait is improbable in the short term.

River traffic will increase in the medium to long term with high probability.

Drone swarms are expected to be in common use by the mid-2030s.

Coastal raids - piracy, smuggling, sabotage - will in all probability increase in the short term.

It is possible that the alliance will be reorganised in the long term in such a way that members pay more.

The Planning Office assumes that naval spending will reach 2 per cent of GDP by 2035.
"""


def test_a_legend_in_words_with_quoted_terms_sets_the_scale():
    found = extraction(_FORESIGHT, published=date(2026, 9, 15))
    assert any("prints its own probability legend" in note for note in found.notes)
    (carriers,) = [d for d in found.drafts if "carrier" in d.text]
    assert carriers.probability <= 0.10  # "hardly conceivable": less than 10 per cent, not a plain "will"


def test_time_frames_the_document_defines_are_its_horizons():
    by_text = {d.text: d for d in extraction(_FORESIGHT, published=date(2026, 9, 15)).drafts}
    assert by_text["Will there be a naval blockade of the strait by 31 December 2030?"].due == date(2030, 12, 31)
    assert by_text["Will river traffic increase by 31 December 2040?"].due == date(2040, 12, 31)
    assert by_text["Will drone swarms be in common use by 31 December 2035?"].due == date(2035, 12, 31)


def test_question_text_of_a_translated_study():
    texts = {d.text for d in extraction(_FORESIGHT, published=date(2026, 9, 15)).drafts}
    assert "Will coastal raids increase by 31 December 2030?" in texts  # the dashed aside is no subject
    assert "Will the alliance be reorganised in such a way that members pay more by 31 December 2040?" in texts
    assert "Will naval spending reach 2 per cent of GDP by 31 December 2035?" in texts  # "X assumes that": a lead-in


# --- others' numbers and statements, reported -------------------------------------------------------------------

def test_an_agencys_number_is_reported_not_judged():
    assert drafts("The Climate Prediction Center gives a 70 percent chance that El Nino conditions persist "
                  "through March 2027.") == []


def test_a_market_giving_someone_a_chance_is_still_read():
    (draft,) = drafts("Polymarket gives Jane Doe an 80% chance of winning the mayoral race in 2027.")
    assert draft.probability == pytest.approx(0.80)


def test_a_body_that_has_indicated_a_plan_is_reported():
    assert drafts("The Vaccine Institute has indicated that doses are expected to arrive by 15 December.") == []


def test_what_evidence_indicated_is_the_authors_reading():
    (draft,) = drafts("Evidence from the signals agency indicated that interference with cables is likely to "
                      "increase over the next five years.")
    assert draft.text.startswith("Will interference with cables increase")


# --- horizons: seasons named by months, look-backs, past acts ---------------------------------------------------

def test_a_season_named_by_its_months_is_due_at_its_end():
    (draft,) = drafts("There is a high probability that the March-May 2027 rains will be below average.")
    assert draft.due == date(2027, 5, 31)


@pytest.mark.parametrize("paragraph", [
    "Yields will be below average in the west, where autumn rainfall was the lowest in 20 years.",
    "Wheat area will exceed last year's record, supported by the higher support price announced in October.",
])
def test_a_look_back_or_a_past_acts_month_is_no_horizon(paragraph):
    (draft,) = drafts(paragraph)
    assert draft.horizon.text is None  # the default, not 2046 or next October
    assert draft.due == date(2028, 11, 20)


def test_over_after_a_participle_is_kept():
    (draft,) = drafts("The outbreak is unlikely to be declared over before the end of January 2027.")
    assert draft.text == "Will the outbreak be declared over by 31 January 2027?"


# --- a side box of key figures beside the prose -----------------------------------------------------------------

_SIDE_BOX = """CITY OF HALFORD
FIVE-YEAR FORECAST

Revenues

Tax revenues are projected to grow 3.0 percent in                 Key figures (millions)
FY2027 and an average of 2.5 percent annually over the            FY2027 revenues    $210.4
forecast period. Expenditures are projected to grow 4.0           FY2027 costs       $215.9
percent annually, driven by personnel and pension costs.          Reserve (share)    18.2%
"""


def test_a_side_box_with_gaps_of_its_own_is_not_spliced_into_the_prose():
    texts = [d.text for d in extraction(_SIDE_BOX, published=date(2026, 12, 2)).drafts]
    assert texts[0].startswith("Will tax revenues grow 3.0 percent and an average of 2.5 percent annually over the "
                               "forecast period")
    assert not any("$" in text or "Key figures" in text for text in texts)


# --- publishers --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "publisher"), [
    # the page says whom to cite, past the masthead, where a ministry it reports on is named first
    ("The Ministry of Water reported floods.\n\n" + "The river rose again.\n" * 100
     + "Citable reference: World Meteorological Organization (3 November 2026). Bulletin.\n",
     "World Meteorological Organization"),
    ("# Review — November 2026\n\n**Central Bank of Freedonia** · Stability Department · Published 1 Nov 2026\n",
     "Central Bank of Freedonia"),
    ("CITY OF HALFORD\nFIVE-YEAR GENERAL FUND FORECAST\n\nText.\n", "City of Halford"),
    ("# My forecasts\n\n*Odd Numbers* · by Jo Marsh · Dec 1, 2026\n\nText.\n", "Jo Marsh"),
    ("Ministry of Rivers\nInland Navigation Service\nCircular 4\n\nText.\n", "Ministry of Rivers"),
])
def test_the_publisher_is_found_where_documents_name_it(text, publisher):
    found = find_publisher(text)
    assert found is not None and found.name == publisher


def test_a_bank_cited_in_a_sentence_is_no_publisher():
    found = find_publisher("# A blog\n\nThe Bank of England thinks inflation will rise. I disagree.\n")
    assert found is None or found.name != "Bank of England"


# --- a cause with "as" after the claim is no part of the question -----------------------------------------------

@pytest.mark.parametrize(("claim", "question"), [
    ("bank profitability will decline as lower policy rates compress net interest margins",
     "Will bank profitability decline"),
    ("sales tax revenue will slow as consumer spending moderates", "Will sales tax revenue slow"),
    ("losses will be higher than normal, as many plants did not reach the tillering stage",
     "Will losses be higher than normal"),
    ("inflation will return to 2%, as energy base effects fade", "Will inflation return to 2%"),
    ("the pace will slow as the remaining stock is concentrated in older cases", "Will the pace slow"),
    # "given" a reason: the reason goes too
    ("further cases will be reported, given the number of contacts under follow-up", "Will further cases be reported"),
    # a comparison keeps its second "as"; "as expected" and "as well as" are no cause
    ("he will go as far as he is allowed to achieve it", "Will he go as far as he is allowed to achieve it"),
    ("exports will fall as expected", "Will exports fall as expected"),
    ("prices will rise as well as wages", "Will prices rise as well as wages"),
])
def test_a_cause_with_as_is_cut_from_the_question(claim, question):
    from tracker.extract.questions import build_question

    assert build_question(claim).text == question


@pytest.mark.parametrize("paragraph", [
    "Fair point. I'll probably update after the budget.",
    "We will revisit these numbers in March.",
])
def test_the_writers_own_next_step_is_no_forecast(paragraph):
    assert drafts(paragraph) == []


def test_a_hedged_forecast_in_the_first_person_plural_is_still_read():
    (draft,) = drafts("We will probably see a recession in 2027.")
    assert draft.text == "Will we see a recession by 31 December 2027?"


def test_no_evidence_to_suggest_that_judges_nothing():
    # from the tenth tester's dev sample: it was drafted as a plain "will" (0.90)
    assert drafts("The Service does not have any specific evidence to suggest that the grid will become a target "
                  "for sabotage in 2027.") == []


def test_the_claims_own_time_wins_over_an_asides():
    (draft,) = drafts("I think there's about a 35% chance the central bank raises rates at least once in 2027, and most "
                      "of that risk is in the spring.")
    assert draft.due == date(2027, 12, 31)
