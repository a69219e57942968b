"""Rules of the ninth round of issue 13 (left from the eighth blind set), each on sentences written for the
purpose: a number in brackets after an estimative word, an outcome category as a subject, a figure for a
labelled quantity, a point figure's probability, and pronoun subjects."""

from datetime import date

import pytest
from conftest import extract_text

PUBLISHED = date(2026, 11, 30)


def extraction(text: str, suffix: str = ".txt"):
    return extract_text(text, PUBLISHED, suffix)


def drafts(sentence: str):
    return extraction(f"Outlook\n\n{sentence}\n").drafts


# --- a number in brackets after the estimative word wins over the word's band ---------------------------------

@pytest.mark.parametrize(("sentence", "probability", "question"), [
    ("A recession is likely (30%) in 2027.", 0.30, "Will there be a recession by 31 December 2027?"),
    ("Port fees will probably (70%) rise in 2027.", 0.70, "Will port fees rise by 31 December 2027?"),
    ("A ceasefire is highly unlikely (5%) before 2028.", 0.05, "Will there be a ceasefire by 31 December 2027?"),
    ("Port fees will almost certainly (about 92%) rise in 2027.", 0.92, "Will port fees rise by 31 December 2027?"),
])
def test_a_number_in_brackets_after_the_phrase_is_the_probability(sentence, probability, question):
    # the plain reader's bands ("likely" 0.75, "probably" 0.75, "highly unlikely" 0.05-0.10) would say otherwise
    (draft,) = extraction(f"Outlook\n\nport fees rose.\n\n{sentence}\n").drafts
    assert draft.probability == pytest.approx(probability) and draft.text == question
    assert any("brackets" in note for note in draft.review)


def test_a_number_in_brackets_elsewhere_is_not_a_probability():
    (draft,) = drafts("Exports (31% of GDP) will probably grow in 2027.")
    assert draft.probability == pytest.approx(0.75)


# --- an outcome category as the subject: the quantity named before, else the section heading -------------------

def test_a_category_takes_the_quantity_the_paragraph_measured():
    text = ("Outlook\n\nThere is a 60% chance that mean spring rainfall will be in the above-normal category in the "
            "south. In the north the signal is weaker: below normal is likely (40%).\n")
    found = {d.probability: d.text for d in extraction(text).drafts}
    assert found[0.4].startswith("Will mean spring rainfall be below normal")


def test_a_category_takes_a_short_section_heading():
    (draft,) = extraction("# Winter outlook\n\n## Snow depth\n\nAbove average is unlikely in the east this winter.\n",
                          ".md").drafts
    assert draft.text.startswith("Will snow depth be above average in the east")


def test_a_category_with_nothing_named_keeps_it_and_says_so():
    (draft,) = drafts("In the north the signal is weaker: near normal is likely (50%).")
    assert draft.text.startswith("Will it be near normal") and any("name it" in note for note in draft.review)


def test_a_category_word_before_a_noun_is_an_event():
    (draft,) = drafts("Above-normal temperatures are likely in the south in 2027.")
    assert draft.text.lower().startswith("will there be above-normal temperatures")


# --- a figure for the quantity a label names ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question"), [
    ("EUR/GBP: we see 0.91 by end-2027 (consensus 0.88).", "Will EUR/GBP be 0.91 by 31 December 2027?"),
    ("Copper: we expect USD 9,800 in 2027.", "Will copper be USD 9,800 by 31 December 2027?"),
    ("We see the deposit rate at 2.25% by end-2027.", "Will the deposit rate be 2.25% by 31 December 2027?"),
])
def test_a_figure_for_a_labelled_quantity_is_drafted(sentence, question):
    (draft,) = extraction(f"Outlook\n\ncopper prices fell.\n\n{sentence}\n").drafts
    assert draft.text == question


@pytest.mark.parametrize("sentence", ["Headcount: we see 1,200 staff.", "Oil: we see prices rising."])
def test_a_label_with_no_time_ahead_is_not_a_figure_forecast(sentence):
    assert drafts(sentence) == []


# --- a quantity expected at one figure is the writer's central figure: "likely", not "will" --------------------

@pytest.mark.parametrize("sentence", [
    "We expect the 2-year Bund yield to end 2027 at 2.10%.",
    "We forecast euro area GDP growth of 1.4% in 2027.",
    "We expect the jobless rate to peak at 6.1% in 2027.",
])
def test_a_point_figure_is_read_as_likely(sentence):
    (draft,) = drafts(sentence)
    assert draft.probability == pytest.approx(0.75) and draft.phrase == "likely"


@pytest.mark.parametrize("sentence", [
    "We expect revenue to grow 6-8% in 2027.",            # a range
    "We expect inflation to fall below 2% in 2027.",      # a bound
    "We expect the bank to cut rates twice in 2027.",     # no figure
    "We expect the harbour to reopen by the end of 2027.",  # a year is no figure
])
def test_a_range_a_bound_or_an_event_is_an_expectation_too(sentence):
    # since the eleventh round every expectation is a central projection, read as "likely", with a figure or not
    (draft,) = drafts(sentence)
    assert draft.probability == pytest.approx(0.75)


# --- pronoun subjects: the nearest subject when it is the only phrase it can be, else flagged -------------------

@pytest.mark.parametrize(("paragraph", "question"), [
    ("The coalition lost two votes in October. It will probably collapse in 2027.",
     "Will the coalition collapse by 31 December 2027?"),
    ("The northern ports handled record volumes in 2026. They are likely to expand further in 2027.",
     "Will the northern ports expand further by 31 December 2027?"),
    ("Russia is a threat to the region. It will probably rearm by 2028.", "Will Russia rearm by 31 December 2028?"),
    ("The ruling party will lose its majority, but it will probably remain the largest party in 2027.",
     "Will the ruling party remain the largest party by 31 December 2027?"),
    ("There is a 60% chance that mean sea level will be in the upper tercile, and a 10% chance that it will be "
     "in the lower tercile.", "Will mean sea level be in the lower tercile by 30 November 2028?"),
])
def test_a_pronoun_takes_the_nearest_subject_when_plain(paragraph, question):
    found = [d for d in drafts(paragraph) if d.text == question]
    assert found, [d.text for d in drafts(paragraph)]
    assert any("read as" in note for note in found[0].review)


@pytest.mark.parametrize(("paragraph", "pronoun"), [
    # the subject or the object: a guess either way
    ("The alliance is weighing a new plan. It will likely be adopted in 2027.", "it"),
    ("The government will present a budget in March. It is likely to pass in 2027.", "it"),
    ("The rebels took two towns in May. They will probably advance further in 2027.", "they"),
    # no subject of the pronoun's number
    ("The ministry and the regulator disagree on tariffs. It is likely to rise in 2027.", "it"),
])
def test_a_pronoun_with_two_candidates_is_flagged(paragraph, pronoun):
    draft = drafts(paragraph)[-1]
    assert draft.text.startswith(f"Will {pronoun} ")
    assert any(f'pronoun "{pronoun}"' in note for note in draft.review)


# --- an interview transcript: the speaker's own forecasts, answers to the host's questions -------------------------

TRANSCRIPT = """Market Hour, episode 40. Host: Ana Lind. Guest: Tomas Berg.

[00:10] LIND: Listeners always ask about recession calls.

[00:14] BERG: Everybody wants the recession call. Our house view is that Sweden avoids a recession in 2027. I'd give a recession there maybe a one-in-four chance.

[00:30] LIND: Will the Riksbank cut again before the summer?

[00:33] BERG: Could happen if inflation undershoots, but I wouldn't bet on it. Let's say 35%.

[00:40] LIND: Tomas Berg, thank you.
"""


def test_a_transcripts_answers_are_the_speakers_forecasts():
    found = extraction(TRANSCRIPT).drafts
    assert [(d.probability, d.text, d.speaker) for d in found] == [
        (0.75, "Will Sweden avoid a recession by 31 December 2027?", "Tomas Berg"),
        (0.25, "Will there be a recession by 31 December 2027?", "Tomas Berg"),
        (0.35, "Will the Riksbank cut again by 31 May 2027?", "Tomas Berg")]
    # the number answers the host's question, and the quote is the whole answer
    assert found[2].quote.startswith("[00:33] BERG: Could happen") and any("asked before it" in n for n in found[2].review)
    original = TRANSCRIPT
    assert original[found[2].span[0]:found[2].span[1]].endswith("Let's say 35%.")


# --- PDF splices: a modal with a name after it, a claim after a colon -----------------------------------------------

def test_a_modal_followed_by_a_capitalised_name_is_a_splice_and_not_drafted():
    text = ("Outlook\n\nThe Kremlin will very likely Moscow’s war on its neighbour has also changed the army’s "
            "plans for the north.\n")
    assert extraction(text).drafts == []


def test_the_words_before_a_splice_keep_their_judgement():
    (draft,) = drafts("Port fees will probably rise in 2027, and the ministry will very likely Oslo’s new rules "
                      "change the picture.")
    assert draft.text == "Will port fees rise by 31 December 2027?"


def test_the_clause_after_a_colon_is_the_claim():
    (draft,) = drafts("The message is unchanged – the main tool is pressure on the critics of the regime: standing "
                      "against the ruling party in local races will sooner or later bring arrests in 2027.")
    assert draft.text.startswith("Will standing against the ruling party in local races sooner or later bring arrests")


# --- question shapes from the tenth-round style check (random.seed(10) over the three unlabelled documents) ---------

def test_a_sentence_cut_off_by_the_layout_is_not_drafted():
    assert extraction("Outlook\n\nThe ministry recorded more attacks in 2026. This threat will be particularly\n\n"
                      "FIGURE 3: ATTACKS BY MONTH\n").drafts == []


def test_an_unfinished_coordinated_tail_is_cut_and_the_rest_judged():
    (draft,) = extraction("Outlook\n\nIt is likely that the treaty will not be ratified and that the council will\n\n"
                          "FIGURE 2\n").drafts
    assert draft.text.startswith("Will the treaty not be ratified by")


def test_a_reason_clause_before_a_hedge_is_no_part_of_the_event():
    (draft,) = drafts("As rising costs and the possible exit of the main investor may make the port less attractive, "
                      "a sale of the terminal to a foreign operator cannot be completely ruled out.")
    assert draft.text.startswith("Will there be a sale of the terminal to a foreign operator by")


def test_the_writers_aside_on_the_scenario_is_no_part_of_the_question():
    (draft,) = drafts("A snap election in Norway is possible in case the coalition collapses – the likelihood of "
                      "this scenario, however, is very low.")
    assert draft.text.startswith("Will there be a snap election in Norway in case the coalition collapses by")


def test_an_inverted_condition_is_no_subject():
    (draft,) = drafts("Should talks fail, port fees will rise in 2027.")
    assert draft.text == "Will port fees rise by 31 December 2027?"


def test_a_shared_object_keeps_no_comma_after_the_second_verb():
    found = drafts("The report sees the war as a driver which will reinforce, and is also likely to accelerate, "
                   "existing trends in the region.")
    assert any("accelerate existing trends in the region" in d.text for d in found)


@pytest.mark.parametrize("sentence", ["Port fees will rise, particularly for tankers, in 2027.",
                                      "Port fees will rise, because demand recovers, in 2027."])
def test_a_comma_before_an_adverbial_stays_where_it_was(sentence):
    (draft,) = drafts(sentence)
    assert "rise particularly" not in draft.text and "rise because" not in draft.text


def test_the_reason_for_a_predicative_judgement_is_no_part_of_the_event():
    (draft,) = drafts("The use of chemical weapons in the conflict is unlikely due to international opposition.")
    assert draft.text.startswith("Will there be the use of chemical weapons in the conflict by")


@pytest.mark.parametrize("sentence", ["We don't think the ceasefire will hold through 2027.",
                                      "I don't believe the ceasefire will hold through 2027."])
def test_a_contracted_negative_belief_is_a_negative_lead_in(sentence):
    (draft,) = drafts(sentence)
    assert draft.text == "Will the ceasefire hold through 31 December 2027?" and draft.probability == pytest.approx(0.1)


@pytest.mark.parametrize("sentence", ["Freight volumes are forecast to grow by about 3% a year to 2030.",
                                      "Water bills will probably rise faster than inflation in each year to 2030."])
def test_a_rate_a_year_to_a_year_is_due_at_its_end(sentence):
    assert drafts(sentence)[0].due == date(2030, 12, 31)


def test_the_last_item_of_a_list_before_and_is_no_clause():
    (draft,) = drafts("It is highly likely that in the future, the threat to the networks of NATO, EU, and other "
                      "states will grow in 2027.")
    assert draft.text == "Will the threat to the networks of NATO, EU, and other states grow by 31 December 2027?"


def test_a_second_clause_after_a_comma_is_no_part_of_the_question():
    found = drafts("Port fees will rise in 2027, wages will stall, and unemployment will climb in 2027.")
    assert found[0].text == "Will port fees rise by 31 December 2027?"
