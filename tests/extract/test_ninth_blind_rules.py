"""Rules from the ninth blind test of issue 13 (benchmarks/blind9), each on sentences written for the purpose:
indented bullets with no full stops, translated estimative wording, degrees of chance, reduced passives,
"should" of a state, two stated numbers in one sentence, and the horizons of half-years and split fiscal years."""

from datetime import date

import pytest
from conftest import extract_text

from tracker.extract import extract_document

PUBLISHED = date(2026, 11, 30)


def extraction(text: str, suffix: str = ".txt"):
    return extract_text(text, PUBLISHED, suffix)


def drafts(sentence: str):
    return extraction(f"Outlook\n\n{sentence}\n").drafts


def only(sentence: str):
    (draft,) = drafts(sentence)
    return draft


# --- layout: indented bullets with no full stop are items, not one run-on paragraph ------------------------------

BULLETS = """Harbour Board Outlook 2027

[ 1 ] Review of 2026

 - Cargo volume increased 2.1% compared to previous year, reaching 40 million tons
 - Berth occupancy stayed near 80% for the whole year

[ 2 ] Outlook by terminal

 \u25a0  Containers
 - Container volume will decline by about 4% in 2027 as two services move to the new port
 - The crane renewal programme is still delayed; the new cranes will be limited until 2028

 \u25a0  Bulk
 - Grain exports will likely recover in 2H 2027 as the harvest normalises
"""


def test_indented_bullets_are_items_of_their_own():
    found = extraction(BULLETS).drafts
    assert len(found) == 3
    # no draft runs across a bullet, a subheading or a numbered title
    assert all("\u25a0" not in d.quote and "[ 2 ]" not in d.quote and "Berth" not in d.quote for d in found)
    assert not any("still delayed" in d.text for d in found)  # the fact before the semicolon stays out
    grain = next(d for d in found if "grain" in d.text.lower())
    assert grain.due == date(2027, 12, 31)


# --- translated and predicative estimative wording ---------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question"), [
    ("Average toll revenue of 2027 is forecasted to decline by 5~8% compared with 2026",
     "Will average toll revenue of 2027 decline by 5~8% compared with 2026 by 31 December 2027?"),
    ("The freight index is estimated to stay at high level in 2027",
     "Will the freight index stay at high level by 31 December 2027?"),
    ("Panamax earnings are outlook to be USD 14,000~16,000/day in 2027",
     "Will panamax earnings be USD 14,000~16,000/day by 31 December 2027?"),
])
def test_translated_predicative_forms_are_forecasts(sentence, question):
    assert only(sentence).text == question


@pytest.mark.parametrize("sentence", ["The damage is estimated to be worth USD 3 billion.",
                                      "The death toll is estimated to have reached 300."])
def test_an_estimate_of_the_present_or_past_is_not(sentence):
    assert drafts(sentence) == []


@pytest.mark.parametrize(("sentence", "probability", "due"), [
    ("Possibility of full reopening of the canal within first half of 2027 is evaluated as low", 0.2, date(2027, 6, 30)),
    ("The possibility of a port strike in 2027 is considered high.", 0.75, date(2027, 12, 31)),
    ("Possibility that the new tariff code is adopted within 2027 is about 50%", 0.5, date(2027, 12, 31)),
])
def test_a_possibility_given_a_level_or_a_number(sentence, probability, due):
    draft = only(sentence)
    assert draft.probability == pytest.approx(probability) and draft.due == due


@pytest.mark.parametrize(("sentence", "probability", "start"), [
    ("There is a high probability that the board proposes a dividend cut with the results in March.", 0.75,
     "Will the board propose a dividend cut"),
    ("We see little risk that the export ban will be extended to fertiliser in 2027.", 0.2,
     "Will the export ban be extended to fertiliser"),
    ("We see very little risk that the currency peg breaks in 2027.", 0.05, "Will the currency peg break"),
])
def test_a_degree_of_chance_without_an_article(sentence, probability, start):
    draft = only(sentence)
    assert draft.probability == pytest.approx(probability) and draft.text.startswith(start)


# --- reduced passives and "should" ---------------------------------------------------------------------------------

def test_a_reduced_passive_after_a_comma_is_read_as_expected():
    found = drafts("New mines open in the north, ore demand expected to rise 3% in 2027")
    assert [d.text for d in found] == ["Will ore demand rise 3% by 31 December 2027?"]


def test_an_active_past_expected_is_not():
    assert drafts("Moscow expected to take the capital in a matter of days.") == []


@pytest.mark.parametrize(("sentence", "question"), [
    ("The Liberal Democrats should hold most of their twelve seats in 2027.",
     "Will the Liberal Democrats hold most of their twelve seats by 31 December 2027?"),
    ("Refining margins should remain under pressure through the spring.",
     "Will refining margins remain under pressure through 31 May 2027?"),
    ("Inflation, which peaked at 28 percent in early 2025, should decline to around 12 percent by December 2027.",
     "Will inflation decline to around 12 percent by 31 December 2027?"),
])
def test_should_of_a_state_a_holding_or_a_change_behind_a_relative_clause(sentence, question):
    draft = only(sentence)
    assert draft.text == question and draft.probability == pytest.approx(0.75)
    if "which" not in sentence:  # "should" after its subject is no condition (after a relative clause it is kept)
        assert not any(note.startswith("conditional") for note in draft.review)


@pytest.mark.parametrize("sentence", ["The government should keep the rates unchanged through the spring.",
                                      "Donors should hold a pledging conference in 2027."])
def test_should_with_an_object_is_advice(sentence):
    assert drafts(sentence) == []


# --- two stated numbers in one sentence, the second for the same party ---------------------------------------------

def test_a_second_stated_number_is_its_own_draft_for_the_same_party():
    found = drafts("Our model gives the Greens a 62 percent chance of winning the most seats at the election on "
                   "4 May 2027, and only a 7 percent chance of an outright majority.")
    assert [(d.probability, d.text) for d in found] == [
        (0.62, "Will the Greens win the most seats at the election by 4 May 2027?"),
        (0.07, "Will there be an outright majority for the Greens by 4 May 2027?")]


def test_our_central_estimate_is_likely():
    draft = only("Our central estimate is that turnout will fall to around 55 percent in 2027.")
    assert draft.probability == pytest.approx(0.75)


def test_a_figure_forecast_with_of_and_a_comment():
    draft = only("We now forecast FY2027 EPS of DKK 11.40 (previously DKK 10.90), 4% above consensus.")
    assert draft.text.startswith("Will EPS be DKK 11.40") and draft.due == date(2027, 12, 31)


# --- horizons -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("words", "due"), [
    ("in 1H 2027", date(2027, 6, 30)),
    ("from H2 2027", date(2027, 12, 31)),
    ("within 2027", date(2027, 12, 31)),
    ("within first half of 2027", date(2027, 6, 30)),
    ("over the first half of 2027", date(2027, 6, 30)),
    ("through the first half of 2027", date(2027, 6, 30)),
    ("in FY2026/27", date(2027, 6, 30)),
    ("with the FY2026 results in February", date(2027, 2, 28)),
])
def test_half_years_split_fiscal_years_and_within(words, due):
    assert only(f"Port fees will probably rise {words}.").due == due


def test_a_year_after_of_dates_its_noun_but_not_a_season_of_it():
    assert only("Average earnings of 2027 will probably fall.").due == date(2027, 12, 31)
    draft = only("El Niño conditions will probably develop by the summer of 2027.")
    assert "summer" in draft.horizon.text


def test_the_coming_season_is_six_months_ahead_and_flagged():
    draft = only("Antiviral resistance is unlikely to emerge in the coming season.")
    assert draft.due == date(2027, 5, 31) and any("season" in note for note in draft.review)


def test_a_month_alone_takes_the_day_the_document_dates_in_it():
    text = ("Outlook\n\nThe general election will be held on 6 May 2027.\n\n"
            "Turnout will probably fall to around 58 percent in May.\n")
    draft = next(d for d in extraction(text).drafts if "turnout" in d.text.lower())
    assert draft.due == date(2027, 5, 6)


# --- subjects and clauses -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question"), [
    ("The Liberals have about a one-in-five chance of finishing first in 2027.",
     "Will the Liberals finish first by 31 December 2027?"),
    ("The bill has a 40% chance of passing in 2027.", "Will the bill pass by 31 December 2027?"),
    ("In our baseline, at least three more countries are likely to request a debt treatment in 2027.",
     "Will at least three more countries request a debt treatment by 31 December 2027?"),
    ("U.K. gas output, by contrast, has hit a plateau and is likely to edge lower in the second half of 2027.",
     "Will U.K. gas output edge lower by 31 December 2027?"),
    ("The vaccine remains effective against all tested strains, and resistance is unlikely to emerge in 2027.",
     "Will resistance emerge by 31 December 2027?"),
    ("Regional growth is projected to edge up to 3.1 percent in 2026 and 3.4 percent in 2027.",
     "Will regional growth edge up to 3.4 percent by 31 December 2027?"),  # 3.1 percent is its own draft, due 2026
])
def test_the_claims_own_subject_and_its_last_year(sentence, question):
    assert drafts(sentence)[-1].text == question


def test_a_pronoun_subject_of_a_that_clause_is_read_with_its_verb():
    found = drafts("The Greens should hold most of their eight seats in 2027, though the model sees a 30% chance "
                   "that they drop below six.")
    assert found[-1].text == "Will the Greens drop below six by 31 December 2027?"


def test_next_month_is_the_next_such_month():
    assert only("Port fees will probably rise next May.").due == date(2027, 5, 31)


# --- provenance: dates as some publishers write them, a quotation under a label naming its source -----------------

def test_a_dotted_year_first_date_is_the_publication_date():
    found = extract_document("Shipping Outlook 2027\nPublished: 2026.12.03 | Translation\n\n"
                             "Freight rates will probably fall in 2027.\n", today=date(2026, 12, 20))
    assert found.published == date(2026, 12, 3)


def test_a_running_headers_date_is_the_publication_date():
    text = ("Grain Market Report                                              13 November 2026\n\nGRAIN MARKET REPORT\n"
            "NOVEMBER 2026\n\nWheat prices will probably fall in 2027.\n")
    assert extract_document(text, today=date(2026, 12, 20)).published == date(2026, 11, 13)


def test_a_quotation_under_a_label_is_its_sources_forecast():
    draft = only('Note from the Danish Ministry of Food (quoted with permission): "We anticipate that compensation '
                 'payments will exceed EUR 40 million by the end of the first quarter."')
    assert draft.speaker == "the Danish Ministry of Food" and draft.due == date(2027, 3, 31)
    assert draft.text == "Will compensation payments exceed EUR 40 million by 31 March 2027?"


def test_from_a_month_onwards_leaves_no_onwards():
    draft = only("Port fees will probably rise from March onwards.")
    assert draft.due == date(2027, 3, 31) and "onwards" not in draft.text


@pytest.mark.parametrize(("text", "publisher"), [
    ("ASIAN DEVELOPMENT FUND\n# Regional Outlook\n\nGrowth will probably slow in 2027.\n", "Asian Development Fund"),
    ("Grain Report\n\nWheat prices will probably fall in 2027.\n\n"
     "Page 4                                  NORDIC GRAIN COUNCIL SECRETARIAT\n", "Nordic Grain Council Secretariat"),
])
def test_a_publisher_in_capitals_on_the_first_line_or_in_a_footer(text, publisher):
    assert extract_document(text, published=PUBLISHED).publisher == publisher


def test_a_run_in_place_head_names_whose_quantity_it_is():
    text = ("# Country notes\n\ngrowth, inflation and activity are discussed below.\n\n"
            "**Ghana.** Growth is forecast to reach 5.1 percent in 2027.\n\n"
            "**Inflation.** Food prices will probably rise in 2027.\n\n"
            "**Exports.** Cocoa output will probably recover in 2027.\n")
    texts = [d.text for d in extraction(text, ".md").drafts]
    assert "Will growth in Ghana reach 5.1 percent by 31 December 2027?" in texts
    assert "Will food prices rise by 31 December 2027?" in texts       # a topic head, written in lower case too
    assert "Will cocoa output recover by 31 December 2027?" in texts   # a plural topic head
