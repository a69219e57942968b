"""Rules added after the second blind test of issue 13 (benchmarks/blind2/), each checked on sentences written
for the purpose, not the blind documents' sentences: emphasis around calibrated terms and the IPCC scale;
complement clauses and confidence notes in questions; coordinated clauses; denied expectations; far and
yearless horizons; cover dates; the publisher's own plans and housekeeping; footnote markers between sentences."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_far import day_horizon, far_horizon
from tracker.extract.published import publication_date
from tracker.extract.records import Document
from tracker.extract.sentences import split_text
from tracker.scales import load_scales

PUBLISHED = date(2025, 5, 10)


def drafts(text: str, published: date = PUBLISHED, scale: str | None = "plain-reader"):
    return extract_document(text + "\n", published=published, scale=scale).drafts


# --- 1. emphasis markup and the IPCC likelihood scale ----------------------------------------------------

@pytest.mark.parametrize("marked", ["*highly unlikely*", "**highly unlikely**", "_highly unlikely_"])
def test_emphasis_around_a_calibrated_term_does_not_hide_it(marked):
    text = f"# Outlook\n\nIt is {marked} that the canal will reopen to tankers before 2027."
    [draft] = extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts
    # Read as "highly unlikely", not as the bare "will" (0.9) the markup left visible before.
    assert draft.phrase == "highly unlikely" and draft.probability < 0.2
    assert draft.text == "Will the canal reopen to tankers by 31 December 2026?"


def test_a_bullet_star_and_a_multiplication_are_not_emphasis():
    text = "# Notes\n\n* Freight volumes will grow by 2 * 3 percent in 2026.\n"
    [draft] = extract_document(text, published=PUBLISHED, scale="plain-reader").drafts
    assert "2 * 3 percent" in draft.quote


def test_the_ipcc_scale_matches_the_guidance_note():
    scale = load_scales()["ipcc-ar6"]
    bands = {p.phrase: p.band for p in scale.phrases}
    # Mastrandrea et al. 2010, table 1, as used in AR6.
    assert bands["virtually certain"] == (0.99, 1.0) and bands["very likely"] == (0.90, 1.0)
    assert bands["likely"] == (0.66, 1.0) and bands["about as likely as not"] == (0.33, 0.66)
    assert bands["unlikely"] == (0.0, 0.33) and bands["very unlikely"] == (0.0, 0.10)
    assert bands["exceptionally unlikely"] == (0.0, 0.01)


def test_an_inline_italic_legend_chooses_the_ipcc_scale():
    text = ("# Findings\n\nTerms in italics are calibrated: *virtually certain* 99–100%, *very likely* 90–100%, "
            "*likely* 66–100%, *about as likely as not* 33–66%, *unlikely* 0–33%, *very unlikely* 0–10%, "
            "*exceptionally unlikely* 0–1%.\n\n"
            "Glacier mass in the Alps is *very likely* to fall by a third by 2060.\n")
    extraction = extract_document(text, published=PUBLISHED)
    assert extraction.scale == "ipcc-ar6"
    [draft] = extraction.drafts
    assert draft.probability == 0.95 and draft.due == date(2060, 12, 31)


# --- 2. question text ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, question", [
    ("The panel is worried that port congestion will worsen in 2026.", "Will port congestion worsen by 31 December 2026?"),
    ("Testimony from the harbour master suggested that dredging costs will double in 2026.",
     "Will dredging costs double by 31 December 2026?"),
    ("The regulator told the inquiry that the levy will rise in 2026.", "Will the levy rise by 31 December 2026?"),
])
def test_a_future_in_a_that_complement_is_asked_about_the_complement(sentence, question):
    [draft] = drafts(sentence)
    assert draft.text == question


def test_a_relative_that_keeps_its_noun():
    [draft] = drafts("The reforms that parliament passed will cut waiting lists in 2026.")
    assert draft.text.startswith("Will the reforms that parliament passed cut waiting lists")


def test_a_confidence_note_is_not_part_of_the_question():
    [draft] = drafts("The river's flows will shrink by 2030 (medium confidence).")
    assert draft.text == "Will the river's flows shrink by 31 December 2030?"


def test_a_footnote_marker_ends_a_sentence():
    assert split_text("The ferry will retire in 2028.[4] In our view, fares will rise.") == [
        "The ferry will retire in 2028.[4]", "In our view, fares will rise."]


# --- 3. coordinated clauses ------------------------------------------------------------------------------

def test_a_projection_and_a_should_clause_are_two_drafts():
    found = drafts("The exports are projected to grow 4 percent in 2026, and the deficit should narrow to 2 percent "
                   "by mid-2027.")
    assert [d.text for d in found] == ["Will the exports grow 4 percent by 31 December 2026?",
                                       "Will the deficit narrow to 2 percent by 30 June 2027?"]


def test_we_expect_and_a_second_will_clause_are_two_drafts():
    found = drafts("We expect wage growth to slow in 2026, and hiring will probably stall in the second half of 2026.")
    assert [(d.text, d.probability) for d in found] == [
        ("Will wage growth slow by 31 December 2026?", 0.75),  # an expectation: "likely"
        ("Will hiring stall by 31 December 2026?", 0.75)]


def test_a_plan_after_a_will_is_its_own_clause():
    [draft] = drafts("The airline will retire its A320 fleet in 2027 and plans to lease ten new jets.")
    assert draft.text == "Will the airline retire its A320 fleet by 31 December 2027?"


# --- 4. denied expectations ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, question", [
    ("Management does not expect a resumption of dividend payments before the second half of 2026.",
     "Will there be a resumption of dividend payments by 30 June 2026?"),
    ("3. The agency does not expect Serbia to join the union in 2026, although talks may resume.",
     "Will Serbia join the union by 31 December 2026?"),
])
def test_a_denied_expectation_is_scored_at_the_complement(sentence, question):
    draft = drafts(sentence)[0]
    assert draft.text == question and draft.probability == 0.25  # the complement of "likely", an expectation


@pytest.mark.parametrize("sentence", ["Analysts expect copper prices to fall in 2026.",
                                      "Russia expects the embargo to weaken in 2026."])
def test_a_third_partys_expectation_is_not_the_publishers(sentence):
    # issue 13: another's stated forecast is kept with its holder as source forecaster, flagged, never the publisher's
    found = drafts(sentence)
    assert found and all(draft.speaker == sentence.split(" expect")[0] for draft in found)


# --- 5. horizons -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("words, due", [
    ("by mid-century", date(2050, 12, 31)),
    ("by the middle of the century", date(2050, 12, 31)),
    ("by the end of the century", date(2100, 12, 31)),
    ("throughout the 21st century", date(2100, 12, 31)),
    ("before 2100", date(2099, 12, 31)),
    ("by 2150", date(2150, 12, 31)),
])
def test_century_horizons(words, due):
    horizon = far_horizon(f"Snow cover will shrink {words}.", PUBLISHED)
    assert horizon is not None and horizon.due == due


@pytest.mark.parametrize("text, due", [
    ("The council votes at its June 3 meeting.", date(2025, 6, 3)),
    ("the runoff on 2 March", date(2026, 3, 2)),  # 2 March 2025 is before publication: the next one
    ("**Local polls (Nov 9)**: turnout will fall", date(2025, 11, 9)),
])
def test_a_day_and_month_without_year_is_the_next_such_day(text, due):
    assert day_horizon(text, PUBLISHED).due == due


def test_a_day_and_month_without_a_preposition_is_not_a_horizon():
    assert day_horizon("Turnout fell after June 3 protests.", PUBLISHED) is None


def test_through_at_least_the_end_of_a_year():
    [draft] = drafts("We judge that the junta will stay in power through at least the end of 2028.")
    assert draft.due == date(2028, 12, 31)


# --- 6. publication date ---------------------------------------------------------------------------------

def test_a_cover_month_beats_a_declassification_stamp():
    text = ("RELEASED IN FULL\nDeclassified on 2025-01-20\n\n   ESTIMATE OF THE SITUATION\n\n   June 2023\n\n"
            "We judge that the regime will hold.\n")
    found, how, _ = publication_date(Document(name="x.txt", text=text), date(2026, 1, 1))
    assert found == date(2023, 6, 15) and "cover" in how


def test_a_cover_month_beats_an_assumptions_date_further_down():
    text = ("*Quarterly Bulletin, April 2024*\n\nProjections assume prices as of March 28, 2024.\n" + "x " * 400
            + "\nSources as of 2 May 2024.\n")
    found, _, _ = publication_date(Document(name="x.md", text=text), date(2026, 1, 1))
    assert found == date(2024, 4, 15)


# --- 7. the publisher's own plans, housekeeping, requirements --------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The company will open a second depot in Gdańsk in 2026.",
    "7. The service will recruit 40 analysts in 2026.",
    "Coupons will be paid twice a year in accordance with the issuer's payment policy.",
    "The ministry will report to parliament each year, as required by the Climate Act.",
    "The minister will respond to the recommendations within 60 days.",
    "Statistics Norway will publish revised figures in March.",
    "The next edition will appear on 3 June.",
    "Members will receive the data files next week.",
    "Rail freight will double by 2030, according to national plans.",
    "Tolls will rise 5% in 2026; this is set in the concession, not a forecast.",
])
def test_the_publishers_own_operations_and_requirements_are_not_forecasts(sentence):
    assert drafts(sentence) == []


def test_another_companys_will_is_still_a_forecast():
    [draft] = drafts("Maersk will cut capacity on Asia–Europe routes in 2026.")
    assert draft.probability == 0.9


# --- 4b. two estimative words joined by "but": the weaker one --------------------------------------------

@pytest.mark.parametrize("sentence, phrase, probability", [
    # plain-reader: "could happen" 0.4 (the reading of "possible"), "improbable" 0.1
    ("A general strike is less likely, but possible.", "possible", 0.4),
    ("It is possible but not probable that the strike will spread to the ports in 2026.", "improbable", 0.1),
])
def test_a_concession_between_two_terms_reads_the_weaker(sentence, phrase, probability):
    [draft] = drafts(sentence)
    assert draft.probability == probability
    assert "but" not in draft.text  # the second term is no part of the question


# --- 8. scenario lines and risk registers ----------------------------------------------------------------

@pytest.mark.parametrize("line, probability, due", [
    ("Soft landing (about 1 in 4 chance): the currency board holds and growth returns to 3% before 2028.",
     0.25, date(2027, 12, 31)),
    ("Disorderly exit (remote, under 10 percent): the peg breaks before the end of 2026.", 0.10, date(2026, 12, 31)),
])
def test_a_scenario_line_takes_the_odds_in_its_brackets(line, probability, due):
    [draft] = drafts(line, scale="us-icd-203")
    assert (draft.probability, draft.due) == (probability, due)


def test_an_inline_legend_is_read_from_prose():
    from tracker.extract.register import inline_legend

    text = "Each risk is rated Remote (<10%), Plausible (10–40%), Probable (40–75%) or Expected (>75%)."
    assert inline_legend(text) == {"remote": (0.0, 0.10), "plausible": (0.10, 0.40), "probable": (0.40, 0.75),
                                   "expected": (0.75, 1.0)}
    assert inline_legend("Inflation (2–3%) and growth (1–2%) were stable.") == {}


def test_a_risk_register_row_in_html_is_drafted_on_the_legend(tmp_path):
    page = tmp_path / "risks.html"
    page.write_text(
        "<html><body><p>Each risk is rated Remote (&lt;10%), Plausible (10–40%), Probable (40–75%) or Expected "
        "(&gt;75%).</p><table><tr><th>Risk</th><th>Event</th><th>Rating</th></tr>"
        "<tr><td>Supply</td><td>A key supplier of turbine blades goes bankrupt in 2026.</td><td>Plausible</td></tr>"
        "<tr><td>Staff</td><td>Annual staff turnover is 12 percent.</td><td>High</td></tr>"
        "</table></body></html>", encoding="utf-8")
    [draft] = extract_document(page, published=PUBLISHED).drafts
    assert draft.probability == 0.25  # the middle of 10–40%
    assert draft.due == date(2026, 12, 31) and "turbine blades" in draft.text


# --- 9. subjects that refer back -------------------------------------------------------------------------

def test_a_clause_with_its_own_subject_after_however_keeps_it():
    found = drafts("Separatist violence is unlikely to grow in 2026. The theft of pension data, however, will "
                   "continue in 2026.")
    # not "Will separatist violence continue": the clause has a subject of its own
    assert found[1].text == "Will the theft of pension data continue by 31 December 2026?"


@pytest.mark.parametrize("sentence", ["Port traffic fell in 2024. We expect this development to reverse in 2026.",
                                      "Prices may fall. The chance of such a slump is about 30 percent in 2026."])
def test_a_subject_that_refers_back_is_flagged(sentence):
    draft = drafts(sentence)[-1]
    assert any("refers to something stated before" in note for note in draft.review)


@pytest.mark.parametrize("claim, future", [
    ("a split in the cabinet, caused by falling oil revenues, leads to early elections",
     "a split in the cabinet, caused by falling oil revenues, will lead to early elections"),
    ("A fire disables the plant for 48 hours", "A fire will disable the plant for 48 hours"),
])
def test_a_noun_before_a_comma_or_after_a_number_is_not_the_verb(claim, future):
    from tracker.extract.tense import as_future

    assert as_future(claim, True) == future


def test_a_preposition_left_before_the_dropped_date_goes():
    [draft] = drafts("Bettors give the incumbent a 70% chance of winning on June 29.")
    assert " on by " not in draft.text and draft.due == date(2025, 6, 29)


def test_repeated_claims_get_the_same_ids_with_the_counting_id_set():
    from tracker.extract.drafting import IdSet, unique_id

    plain, counting = set(), IdSet()
    claims = ["Exports will grow"] * 4 + ["Imports will fall", "Exports will grow"]
    assert [unique_id(c, plain) for c in claims] == [unique_id(c, counting) for c in claims] == [
        "exports-grow", "exports-grow-2", "exports-grow-3", "exports-grow-4", "imports-fall", "exports-grow-5"]
