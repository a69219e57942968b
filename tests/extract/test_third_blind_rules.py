"""Rules added after the third blind test of issue 13 (benchmarks/blind3/), each checked on sentences written
for the purpose, not the blind documents' sentences: a legend printed as a table; first-person numbers and
the question they answer; forecast table rows; asides between the verb and the phrase; fiscal years,
quarters, periods and elections as horizons; datelines after a place; notes that take claims back; others'
numbers."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.first_person import first_person_number
from tracker.extract.horizon_document import us_election_day
from tracker.extract.horizon_fiscal import fiscal_horizon
from tracker.extract.legend_table import table_legend
from tracker.extract.published import publication_date
from tracker.extract.records import Document
from tracker.extract.scope import signpost

PUBLISHED = date(2025, 5, 10)


def drafts(text: str, published: date = PUBLISHED, scale: str | None = "plain-reader"):
    return extract_document(text + "\n", published=published, scale=scale).drafts


# --- 1. a probability legend printed as a table ------------------------------------------------------------

LEGEND = """# Harbour Authority risk outlook

| Expression | Range |
|---|---|
| Near certain | 92–100 % |
| Probable | 60–92 % |
| Doubtful | 20–60 % |
| Remote | below 20 % |

"""


def test_a_legend_table_is_read_as_its_terms_and_bands():
    assert table_legend(LEGEND) == {"near certain": (0.92, 1.0), "probable": (0.6, 0.92),
                                    "doubtful": (0.2, 0.6), "remote": (0.0, 0.2)}
    # two rows are a figure, not a legend
    assert table_legend("| Term | Range |\n|---|---|\n| Probable | 60–92 % |\n| Remote | below 20 % |\n") == {}


def test_the_printed_legend_wins_over_the_publishers_standard_and_defines_new_terms():
    text = LEGEND + ("It is remote that the northern breakwater will fail during the 2026 storm season. "
                     "Dredging of the outer channel is probable to finish in 2026.\n")
    extraction = extract_document(text, published=PUBLISHED)
    assert extraction.scale == "document-legend"
    remote, probable = extraction.drafts
    # "remote": 0-20%, scored at its middle (0.10), not a plain "will" at 0.90
    assert remote.phrase == "remote" and remote.band == (0.0, 0.2) and remote.probability == pytest.approx(0.1)
    assert probable.band == (0.6, 0.92) and probable.probability == pytest.approx(0.76)


def test_the_adverb_of_a_legend_term_is_read_at_its_band():
    text = LEGEND + "The ferry operator will near certainly raise its fares before 2027.\n"
    [draft] = extract_document(text, published=PUBLISHED).drafts
    assert draft.band == (0.92, 1.0)


# --- 2. first-person numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, probability, claim", [
    ("I'm at 40% that the strike ends before the summer.", 0.40, "the strike ends before the summer"),
    ("We are at 12% that the merger closes this year.", 0.12, "the merger closes this year"),
    ("I put a rate hike in July at roughly 30%.", 0.30, "a rate hike in July"),
    ("I give it 70%.", 0.70, ""),
    ("I'd say 55%.", 0.55, ""),
    ("Call it 5% and move on.", 0.05, ""),
])
def test_first_person_numbers(sentence, probability, claim):
    found = first_person_number(sentence)
    assert found is not None and found[0] == pytest.approx(probability) and found[2] == claim


def test_a_number_that_is_a_quantity_is_not_a_first_person_forecast():
    assert first_person_number("I give 10% of my income to charity every year.") is None
    assert first_person_number("We put 20% of the fund in bonds.") is None


def test_a_bare_number_answers_the_question_asked_before_it():
    text = ("# My 2025 calls\n\n**Will the city council approve the tram extension?**\n\n"
            "The vote is close and two members are undecided. I give it 62%.")
    [draft] = drafts(text)
    assert draft.probability == pytest.approx(0.62)
    assert draft.text.startswith("Will the city council approve the tram extension")
    assert any("question asked before it" in note for note in draft.review)


def test_its_probability_points_back_to_the_case_named_in_the_sentence():
    text = "# Outlook\n\nA default by the utility in 2026 is not our base case; we put its probability at 15%."
    [draft] = drafts(text)
    assert draft.probability == pytest.approx(0.15)
    assert draft.text.startswith("Will there be a default by the utility")


# --- 3. forecast table rows ------------------------------------------------------------------------------

def test_rows_of_a_table_whose_header_names_a_chance_are_forecasts():
    text = ("# Governor races\n\n| Race | Favourite | Chance of winning |\n|---|---|---|\n"
            "| Ohio governor | Smith (R) | 66% |\n| Iowa governor | Lee (D) | 52% |\n")
    ohio, iowa = drafts(text)
    assert ohio.text.startswith("Will Smith (R) win the Ohio governor race") and ohio.probability == pytest.approx(0.66)
    assert iowa.probability == pytest.approx(0.52)


def test_a_percentage_column_that_is_not_a_chance_is_skipped():
    text = "# Polls\n\n| Race | Leader | Vote share |\n|---|---|---|\n| Ohio governor | Smith (R) | 48% |\n"
    assert drafts(text) == []


# --- 4. asides and new constructions ------------------------------------------------------------------------

def test_an_aside_between_the_copula_and_the_phrase():
    [draft] = drafts("# Outlook\n\nA blockade of the strait is, in our view, unlikely before 2027.")
    assert draft.phrase == "unlikely"
    [draft] = drafts("# Outlook\n\nPower cuts are, as before, almost certain to return next winter.")
    assert draft.phrase == "almost certain"


def test_we_consider_it_probable_is_the_authors_judgement_not_a_signpost():
    assert not signpost("We consider it probable that the port will reopen in June.")
    assert signpost("This chapter considers how the port will reopen.")
    [draft] = drafts("# Outlook\n\nWe consider it probable that the port will reopen in 2026.")
    assert draft.phrase == "probable"


def test_anticipated_to_and_a_bare_possibility():
    [draft] = drafts("# Outlook\n\nExports of wheat are anticipated to fall in 2026.")
    # a central projection: scored as "likely" (expectation.py)
    assert (draft.phrase, draft.probability) == ("likely", 0.75) and draft.text.startswith("Will exports of wheat fall")
    [draft] = drafts("# Outlook\n\nThere is a possibility that the bridge will close in 2026.")
    assert draft.phrase == "could happen" and draft.probability < 0.5


def test_a_passive_schedule_of_forecasts_is_housekeeping():
    assert signpost("Projections will be refreshed weekly on Mondays.")


# --- 5. horizons ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, country, due", [
    ("Exports will grow in fiscal year 2026.", "Japan", date(2027, 3, 31)),
    ("Japanese banks will lift dividends in FY2026.", None, date(2027, 3, 31)),
    ("Outlays will rise in fiscal 2026.", "the United States (federal)", date(2026, 9, 30)),
    ("Outlays will rise in fiscal 2026.", None, date(2026, 12, 31)),
    ("Stocks will build in 2Q26.", None, date(2026, 6, 30)),
    ("Stocks will build in Q3 2026.", None, date(2026, 9, 30)),
    ("The index ends 2026 near 5,000.", None, date(2026, 12, 31)),
    ("Margins will stay wide through March.", None, date(2026, 3, 31)),
    ("Margins will stay wide through August.", None, date(2025, 8, 31)),
])
def test_fiscal_years_quarters_and_months(text, country, due):
    horizon = fiscal_horizon(text, PUBLISHED, country)
    assert horizon is not None and horizon.due == due


def test_a_fiscal_year_without_a_known_country_says_its_assumption():
    horizon = fiscal_horizon("Outlays will rise in FY2026.", PUBLISHED)
    assert horizon.flagged and "check when it ends" in horizon.flagged


def test_the_period_a_reading_note_sets_is_the_default_horizon():
    text = ("# Outlook\n\nUnless stated otherwise, judgements refer to the period to the end of 2027.\n\n"
            "The canal authority is likely to raise tolls during the assessment period.")
    [draft] = drafts(text)
    assert draft.due == date(2027, 12, 31)


def test_the_period_a_title_names_is_the_default_horizon():
    text = "# Dengue outlook, March–May 2025\n\nTransmission is likely to stay high during the assessment period."
    [draft] = drafts(text, published=date(2025, 2, 20))
    assert draft.due == date(2025, 5, 31)


def test_us_election_day():
    # checked against the calendar: 5 Nov 2024, 3 Nov 2026, 7 Nov 2028
    assert us_election_day(date(2024, 6, 1)) == date(2024, 11, 5)
    assert us_election_day(date(2025, 1, 1)) == date(2026, 11, 3)
    assert us_election_day(date(2026, 11, 4)) == date(2028, 11, 7)


def test_an_election_forecast_is_due_on_election_day():
    text = ("# Midterm forecast for the House\n\nTwo weeks before Election Day, turnout is likely to be higher "
            "than in 2022.")
    [draft] = drafts(text, published=date(2026, 10, 20))
    assert draft.due == date(2026, 11, 3)


# --- 6. datelines, 7. notes and others' numbers ---------------------------------------------------------------

@pytest.mark.parametrize("top, day", [
    ("*Unofficial translation. Vienna, 3 June 2025.*", date(2025, 6, 3)),
    ("Lisbon, 9 July 2025 | Summary | Ref. 12/2025", date(2025, 7, 9)),
])
def test_a_dateline_after_a_place_gives_the_day(top, day):
    document = Document(name="x.md", text=f"# Annual outlook\n\n{top}\n\nText.\n")
    assert publication_date(document, date(2026, 1, 1))[0] == day


def test_a_cover_month_alone_is_still_read_as_the_middle_of_the_month():
    document = Document(name="x.md", text="# Annual outlook\n\nJune 2025\n\nText.\n")
    assert publication_date(document, date(2026, 1, 1))[0] == date(2025, 6, 15)


def test_a_note_that_the_claims_are_targets_takes_them_back():
    text = ("# Plans\n\nThe ministry will double its drone fleet by 2027, and the budget will reach 3% of GDP "
            "in 2027. (These are official goals, not forecasts.)\n\nThe rival fleet will grow in 2026.")
    [draft] = drafts(text)
    assert "rival fleet" in draft.text


def test_others_numbers_are_not_the_publishers():
    assert drafts("# Markets\n\nBetting markets gave the incumbent a 70% chance of re-election last week.") == []
    assert drafts("# Risks\n\nSome forecasting groups have suggested a 5% chance of a default by 2027.") == []
    [draft] = drafts("# Risks\n\nOur model gives the incumbent a 70% chance of re-election in 2026.")
    assert draft.probability == pytest.approx(0.7)


def test_an_occasion_before_publication_frames_no_forecast():
    text = "# Elections\n\nFor the regional elections of March 2025 we consider it unlikely that turnout will fall."
    assert drafts(text) == []


# --- 8. question text ---------------------------------------------------------------------------------------

def test_a_common_noun_capitalised_only_at_the_sentence_start_is_lowered_in_the_question():
    [draft] = drafts("# Outlook\n\nShipments are likely to resume in 2026.")
    assert draft.text.startswith("Will shipments resume")
    # a name said once keeps its capital
    [draft] = drafts("# Outlook\n\nAthens is likely to host the talks in 2026.")
    assert draft.text.startswith("Will Athens host")
    [draft] = drafts("# Outlook\n\nNanjing is likely to host the talks in 2026.")
    assert draft.text.startswith("Will Nanjing host")
    [draft] = drafts("# Outlook\n\nSustained fighting is likely to resume in 2026.")
    assert draft.text.startswith("Will sustained fighting resume")


def test_drafts_read_on_the_documents_own_legend_can_be_applied(cli, workspace):
    (workspace / "outlook.md").write_text(LEGEND + "It is remote that the northern breakwater will fail in 2026.\n",
                                          encoding="utf-8")
    made = cli("extract", "outlook.md", "--published", "2025-05-10", "-o", "drafts.yaml")
    assert made.exit_code == 0, made.stderr
    applied = cli("apply", "drafts.yaml")
    # the legend is no scale of the workspace: the file states the probability, not an unknown scale name
    assert applied.exit_code == 0, applied.stderr
    assert "1 questions added" in applied.stdout or "1 question added" in applied.stdout
