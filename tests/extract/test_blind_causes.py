"""Causes of misses and false drafts measured on a held-out report, each tested by construction type with
sentences written for these tests: arrangements and other people's forecasts described (not judged), the
authors' signposts and embedded questions, estimates of intention, hedges with an adverb inside,
coordinated clauses under one phrase, and horizons stated in the subject, the heading or the paragraph.
"""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.cleanup import clean_paragraphs

PUBLISHED = date(2024, 1, 15)  # plain-reader: no time words of its own; near term from the shipped scales


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


# --- Not judgements: arrangements, contingency plans, provisions, plans, other people's forecasts ---------

@pytest.mark.parametrize("sentence", [
    "Under a 2019 agreement, Serbia will buy six transport helicopters from France.",
    "Under the new contract, the shipyard will deliver two frigates to the navy.",
    "Under the treaty, both sides will withdraw their missiles from the border zone.",
    "In the event of a war, the reserve brigades will be placed under joint command.",
    "In the event of an emergency, the national guard will take over border control.",
    "In case of an attack, allied aircraft will defend the airspace of the republic.",
    "Under the amended constitution, the president will appoint the prosecutor general.",
    "According to the new law, the parliament will elect the ombudsman for six years.",
    "According to the IMF's forecast, the economy will grow by 2% next year.",
    "According to forecasts, household incomes will be lower in 2025 than in 2019.",
    "According to the central bank's projections, inflation will fall below 4% in 2025.",
    "This may be too optimistic, as it rests on the assumption that the pandemic will end soon.",
    "The budget is based on the expectation that oil prices will stay high.",
    "The ministry's plan is based on the premise that exports will recover.",
])
def test_described_arrangements_and_other_forecasts_are_not_drafted(sentence):
    assert drafts(sentence) == []


@pytest.mark.parametrize("text", [
    "The plan is to set up two new divisions. The first division will be based near the border.",
    "The aim is to modernise the fleet. New corvettes will replace the old patrol boats by 2027.",
    "The intention is to double the number of reservists. Each region will train its own battalion.",
])
def test_a_stated_plan_carries_into_the_sentences_that_describe_it(text):
    assert drafts(text) == []


def test_a_plan_does_not_carry_past_the_authors_own_judgement():
    text = ("The plan is to set up two new divisions. The first division will be based near the border. "
            "It is likely that the plan will be delayed.")
    assert [d.phrase for d in drafts(text)] == ["likely"]


# --- Not judgements: the authors' signposts and embedded questions -------------------------------------

@pytest.mark.parametrize("sentence", [
    "The coming election will also show the extent to which the opposition has recovered.",
    "The referendum will reveal whether the public still backs the reform.",
    "If Iran joins the exercise, it will be intriguing to see how its navy cooperates.",
    "It will be interesting to watch how the new cabinet handles the crisis.",
    "It will be worth following how the courts apply the new rules.",
    "A key issue is the speed at which the government will manage to cut the deficit.",
    "Much depends on the extent to which the allies will share the burden.",
    "The question is the pace at which the army will absorb the new equipment.",
])
def test_signposts_and_embedded_questions_are_not_drafted(sentence):
    assert drafts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Since the survey excludes bonuses, this survey is unlikely to coincide with the official figures.",
    "The published figure is likely to reflect only part of the losses.",
    "These estimates are unlikely to correspond to the real size of the army.",
])
def test_a_present_state_judged_with_is_likely_to_is_no_forecast(sentence):
    assert drafts(sentence) == []


# --- Missed forms ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A second wave of strikes cannot be completely ruled out.",
    "It cannot be entirely ruled out that the militia will attack the capital.",
    "Further provocations should not be fully ruled out.",
])
def test_a_hedge_with_an_adverb_inside_is_read(sentence):
    [draft] = drafts(sentence)
    assert "ruled out" in draft.phrase


@pytest.mark.parametrize("sentence, statement", [
    ("The general very likely intends to run for president in 2026.", "intends to run for president"),
    ("The cartel probably plans to raise output next year.", "plans to raise output"),
    ("Beijing almost certainly aims to dominate the market by 2030.", "aims to dominate the market"),
])
def test_an_estimate_of_intention_is_a_judgement(sentence, statement):
    [draft] = drafts(sentence)
    assert draft.phrase != "will" and statement in draft.statement


@pytest.mark.parametrize("sentence", [
    "Moreover, Georgia will be increasingly dependent on Turkey for its gas.",
    "The island will become ever more dependent on imported food.",
    "The regime will increasingly depend on the security services.",
])
def test_a_growing_dependence_is_a_forecast(sentence):
    assert len(drafts(sentence)) == 1


def test_a_dependency_that_conditions_stays_undrafted():
    assert drafts("The outcome will depend on the weather.") == []


@pytest.mark.parametrize("sentence, phrases", [
    ("The navy is likely to move more ships to the north, and the air force will open a new base there.",
     ["likely", "will"]),
    ("The junta is unlikely to hold elections, and the economy will keep shrinking.", ["unlikely", "will"]),
])
def test_two_clauses_with_their_own_subjects_are_split(sentence, phrases):
    assert sorted(d.phrase for d in drafts(sentence)) == sorted(phrases)


@pytest.mark.parametrize("sentence, phrase", [
    ("It is likely that the army will grow, and the reform will remain unfinished.", "likely"),
    ("It is unlikely that the tariffs will be lifted, and the dispute will drag on.", "unlikely"),
])
def test_it_is_phrase_that_governs_the_clause_after_and(sentence, phrase):
    found = drafts(sentence)
    assert len(found) == 2 and {d.phrase for d in found} == {phrase}


# --- Horizons --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, due", [
    ("2024 will again see attempts to split the alliance.", date(2024, 12, 31)),
    ("2025 will bring a new round of sanctions.", date(2025, 12, 31)),
    ("The coming years will likely bring new crises in the region.", date(2027, 1, 15)),
    ("Growth is likely to be slow from the second half of 2024.", date(2024, 12, 31)),
    ("The services are likely to use forged videos in the future.", None),
])
def test_horizon_in_the_subject_or_unprepositioned(text, due):
    [draft] = drafts(text)
    assert draft.horizon.text is not None, draft.horizon
    if due is not None:
        assert draft.horizon.due == due


@pytest.mark.parametrize("text, due", [
    ("The parliamentary election will take place in 2025. The ruling party will lose its majority.",
     date(2025, 12, 31)),
    ("The army plans a large exercise in September 2024. Several thousand troops will take part, and "
     "the air force will fly many sorties over the sea.", date(2024, 9, 30)),
])
def test_a_time_stated_earlier_in_the_paragraph_dates_a_later_judgement(text, due):
    found = drafts(text)
    assert found and all(d.horizon.due == due for d in found), [(d.statement, d.horizon) for d in found]


def test_a_year_in_the_heading_dates_the_judgements_below_it():
    text = "# The Northern Shield 2025 exercise\n\nThousands of reservists will be called up for the drills.\n"
    [draft] = drafts(text)
    assert draft.horizon.due == date(2025, 12, 31) and draft.horizon.flagged


def test_a_year_in_the_past_in_the_heading_is_no_horizon():
    text = "# Lessons of 2022\n\nThe army will rebuild its artillery.\n"
    [draft] = drafts(text)
    assert draft.horizon.text is None


# --- Layout ----------------------------------------------------------------------------------------------

def test_a_bold_lead_paragraph_set_one_line_per_block_is_one_paragraph():
    text = ("# Chapter\n\n**The regime relies on repression, and its**\n\n**ability to adapt to change will**\n\n"
            "**only deteriorate over the next decade.**\n\nBody text follows here in plain type.\n")
    [draft] = drafts(text)
    assert "ability to adapt to change will only deteriorate" in draft.quote


def test_bold_headings_in_a_row_stay_headings():
    text = "**Part One**\n\n**Economy**\n\nThe economy will shrink in 2025.\n"
    [draft] = drafts(text)
    assert "Economy" in draft.location


def test_a_second_clause_with_its_own_phrase_after_and_is_split():
    found = drafts("Patrol flights will increase sharply, and the navy is likely to send more frigates to the area.")
    assert sorted(d.phrase for d in found) == ["likely", "will"]


def test_it_is_phrase_that_governs_a_future_clause_after_a_present_one():
    found = drafts("It is likely that the new name is a mere formality, and the agency's work, as well as its "
                   "methods, will remain the same.")
    assert [d.phrase for d in found] == ["likely"]


def test_a_relative_clause_does_not_set_the_tense_of_the_claim():
    found = drafts("It cannot be ruled out that besides the old networks, which have lost their value, the "
                   "service will recruit new agents abroad.")
    assert [d.phrase for d in found] == ["cannot be ruled out"]


@pytest.mark.parametrize("sentence, due", [
    ("By the middle of the decade, the navy will commission four submarines.", date(2025, 12, 31)),
    ("The party will lose its majority by the end of the decade.", date(2029, 12, 31)),
])
def test_a_part_of_the_decade_is_a_horizon(sentence, due):
    [draft] = drafts(sentence)
    assert draft.horizon.due == due


@pytest.mark.parametrize("text", [
    "THE REGIME WILL TIGHTEN ITS GRIP ON THE MEDIA.",
    "MANY WORKERS WILL LOSE THEIR JOBS IN THE NEXT YEAR.",
])
def test_a_pull_quote_in_capitals_is_not_read(text):
    assert drafts(f"The regime controls television.\n\n{text}") == []


def test_a_pull_quote_split_at_a_blank_line_is_not_read():
    assert drafts("The regime controls television.\n\nTHOUSANDS OF WORKERS WILL\n\nNEED NEW JOBS.") == []


def test_a_figure_legend_before_its_source_line_is_dropped_and_the_sentence_goes_on():
    text = ("The regime's methods have not changed: the emphasis is on showing\n\n-----\n\nTRUST IN THE MEDIA\n\n"
            "100\n\n80\n\n2019 2020 2021\n\nTelevision is the main channel The internet is the main\n\nchannel\n\n"
            "SOURCE: SURVEY CENTRE\n\nall critics that opposing the government will bring harsh punishment.\n")
    paragraphs = [p.text for p in clean_paragraphs(text)]
    assert paragraphs == ["The regime's methods have not changed: the emphasis is on showing all critics that "
                          "opposing the government will bring harsh punishment."]


def test_a_long_unfinished_paragraph_before_a_photo_credit_is_kept():
    body = "Armenia will depend on Russia for its security, and its alliance with Russia was seen as a guarantee"
    text = f"POLITICAL CONSEQUENCES\n\n{body} of survival by many in the region over the last thirty years\n\n" \
           "# Africa\n\nSOURCE: KREMLIN.RU\n\nRussia will expand its presence in Africa.\n"
    assert any(p.text.startswith(body) for p in clean_paragraphs(text))
