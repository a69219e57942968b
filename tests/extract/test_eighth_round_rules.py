"""Rules of the eighth round of issue 13 (left from the seventh blind set), each on sentences written for the
purpose: a deadline named with its day, a speaker's pledge or announced timetable, a quantity forecast at a figure."""

import re
from datetime import date

import pytest
from conftest import extract_text

PUBLISHED = date(2026, 11, 30)


def extraction(text: str, suffix: str = ".txt"):
    return extract_text(text, PUBLISHED, suffix)


def drafts(sentence: str):
    return extraction(f"Outlook\n\n{sentence}\n").drafts


# --- a deadline named with its day: the day itself, not another date of the document ------------------------

@pytest.mark.parametrize(("sentence", "due"), [
    ("Repairs will very likely not be finished before the legal deadline of 1 February 2027 in two ports.",
     date(2027, 2, 1)),
    ("The canal will probably reopen by the statutory deadline on 3 March 2027.", date(2027, 3, 3)),
    ("The board is likely to decide ahead of the cut-off date of 15 April 2027.", date(2027, 4, 15)),
])
def test_a_deadline_named_with_its_day_is_due_that_day(sentence, due):
    # an event dated elsewhere in the document must not take over the sentence's own deadline
    text = f"Outlook\n\nThe regatta is due on 21 February 2027.\n\n{sentence}\n"
    (draft,) = extraction(text).drafts
    assert draft.due == due and re.search(r"deadline|cut-off", draft.horizon.text)


def test_before_a_bare_day_is_still_the_day_before():
    (draft,) = drafts("The canal will probably reopen before 1 February 2027.")
    assert draft.due == date(2027, 1, 31)


# --- a speaker's own act and an announced timetable are not the speaker's forecasts --------------------------

@pytest.mark.parametrize("sentence", [
    'The Harbour League said it "will contest every single berth."',
    "The guild announced that they will field candidates in every ward.",
    "The ferry company said it will not raise fares and will add two routes.",
    "The committee chair has said hearings will start in February.",
    "The mayor said the inquiry will begin in March 2027.",
    "Organisers said the festival will be held on 3 June 2027.",
])
def test_a_pledge_or_an_announced_schedule_is_not_drafted(sentence):
    assert drafts(sentence) == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The harbour master has said tolls will rise in 2027.", "the harbour master"),
    ("The IMF said it will be difficult to meet the target in 2027.", "the IMF"),
    ("Moscow said sanctions will fail and will hurt Europe.", "Moscow"),
])
def test_a_speakers_forecast_of_something_else_is_kept_with_the_speaker(sentence, speaker):
    found = drafts(sentence)
    assert found and all(d.speaker == speaker for d in found)


# --- a quantity the authors forecast at a figure ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "statement"), [
    ("We forecast the sector's return on equity at 14-16% for 2026 and 11-13% for 2027.",
     "the sector's return on equity will be 14-16% for 2026 and 11-13% for 2027"),
    ("We expect Brent at USD 80 per barrel by the end of 2027.", "Brent will be USD 80 per barrel by the end of 2027"),
    ("Our economists project unemployment at 6.5% in 2027.", "unemployment will be 6.5% in 2027"),
])
def test_a_quantity_forecast_at_a_figure_is_drafted(sentence, statement):
    (draft,) = drafts(sentence)
    assert draft.statement == statement and draft.text.startswith("Will ")


@pytest.mark.parametrize("sentence", [
    "We estimate the death toll at 300.",          # a present quantity valued, no time ahead
    "We see the main risk at the border.",
])
def test_a_figure_or_place_of_the_present_is_not_a_forecast(sentence):
    assert drafts(sentence) == []


def test_putting_a_claim_at_a_percentage_stays_a_probability():
    (draft,) = drafts("We put a rate cut in March at 40%.")
    assert draft.probability == pytest.approx(0.40)


# --- the eighth blind set: numbers set off in brackets or commas, a probability attached, present-tense claims --

@pytest.mark.parametrize(("sentence", "probability", "statement"), [
    ("We attach a 20% probability to a harbour strike starting in 2027.", 0.20, "a harbour strike will start in 2027"),
    ("There is a small chance (we say 10%) that the council raises fees at any point in 2027.", 0.10,
     "the council will raise fees at any point in 2027"),
    ("There is a decent chance, maybe 40%, that the ferry line closes before 2028.", 0.40,
     "the ferry line will close before 2028"),
    ("It is likely (58%) that the port reopens in 2027.", 0.58, "the port will reopen in 2027"),
])
def test_a_number_set_off_or_attached_is_the_probability(sentence, probability, statement):
    (draft,) = drafts(sentence)
    assert draft.probability == pytest.approx(probability) and draft.statement == statement


@pytest.mark.parametrize(("sentence", "statement"), [
    ("It is unlikely that the lagoon freezes over completely.", "the lagoon will freeze over completely"),
    ("It is very unlikely that the contractor delivers the bridge on time.",
     "the contractor will deliver the bridge on time"),
])
def test_a_bare_present_action_under_an_estimative_phrase_is_a_forecast(sentence, statement):
    (draft,) = drafts(sentence)
    assert draft.statement == statement and draft.probability < 0.5


@pytest.mark.parametrize("sentence", [
    "It is likely that the survey reflects the mood of the members.",   # a state the text describes
    "It is likely that the figures were revised last year.",           # the past
])
def test_a_state_or_the_past_under_an_estimative_phrase_is_not(sentence):
    assert drafts(sentence) == []


def test_the_authors_forecast_of_a_measured_change_is_an_event():
    (draft,) = drafts("We forecast S&P 500 EPS growth of 7% in 2027.")
    assert draft.statement == "there will be S&P 500 EPS growth of 7% in 2027" and draft.due == date(2027, 12, 31)


def test_a_day_with_its_year_after_from_is_that_day_and_leaves_the_question_whole():
    (draft,) = drafts("Final rules will take effect from 1 April 2028, subject to the outcome of this consultation.")
    assert draft.due == date(2028, 4, 1)
    assert "from" not in draft.text and draft.text.startswith("Will final rules take effect")


def test_a_year_as_the_subject_after_that_dates_the_claim():
    (draft,) = drafts("We predict that 2027 payments will exceed $1bn.")
    assert draft.due == date(2027, 12, 31) and draft.text.startswith("Will 2027 payments exceed $1bn")


@pytest.mark.parametrize("grade", ["(High)", "(Medium)", "(low)"])
def test_a_bracketed_grade_is_no_part_of_the_question(grade):
    (draft,) = drafts(f"We expect fines to be issued in at least three member states in 2027 {grade}.")
    assert "(" not in draft.text


# --- a legend written out as sentences; the period a title names ---------------------------------------------

DESCRIBED = ('Each category has a one-in-three chance in an average year. We describe a chance of 40-60% as\n'
             '"likely" and above 60% as "very likely"; below 20% is "unlikely".')


def test_a_legend_written_as_sentences_gives_its_bands():
    from tracker.extract.legend_table import legend_sentence, prose_legend

    assert prose_legend(DESCRIBED) == {"likely": (0.4, 0.6), "very likely": (0.6, 1.0), "unlikely": (0.0, 0.2)}
    assert legend_sentence(DESCRIBED.split(". ", 1)[1])


def test_a_described_legend_scores_its_terms_and_is_not_drafted_itself():
    text = f"Outlook\n\n{DESCRIBED}\n\nA wet spring is likely in the west in 2027.\n"
    (draft,) = extraction(text).drafts
    assert draft.probability == pytest.approx(0.5) and "spring" in draft.statement


def test_one_value_written_with_a_term_is_no_legend():
    from tracker.extract.legend_table import prose_legend

    assert prose_legend('Above 60% is what we would call "very likely" in most years.') == {}


@pytest.mark.parametrize(("title", "due"), [
    ("Seasonal Outlook: December 2026 - February 2027", date(2027, 2, 28)),
    ("Harbour traffic outlook, January 2027 to March 2027", date(2027, 3, 31)),
])
def test_a_title_naming_a_span_of_months_dates_the_judgements_that_state_none(title, due):
    (draft,) = extraction(f"{title}\n\nStorms are likely to close the harbour for a week.\n").drafts
    assert draft.due == due and "title" in draft.horizon.reasoning


def test_a_title_span_of_several_years_sets_no_default():
    (draft,) = extraction("Programme, January 2027 - December 2030\n\nStorms are likely to close the harbour.\n").drafts
    assert draft.due != date(2030, 12, 31)


# --- the writer's lean said in words -------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "probability", "statement"), [
    ("I'd call it a toss-up whether the ferry fare ends 2027 above EUR 9.", 0.5, "the ferry fare will end 2027 above EUR 9"),
    ("It is a coin flip whether the council approves the bridge in 2027.", 0.5,
     "the council will approve the bridge in 2027"),
    ("Our house view is that the port avoids a strike in 2027.", 0.75, "the port will avoid a strike in 2027"),
    # "more likely than not": a lean just above even (than_not.py), not the 75% of a plain "likely"
    ("A merger of the two ferry lines is more likely than not in 2027.", 0.6,
     "there will be A merger of the two ferry lines in 2027"),
])
def test_a_lean_said_in_words_is_read_as_the_term_it_paraphrases(sentence, probability, statement):
    (draft,) = drafts(sentence)
    assert draft.probability == pytest.approx(probability) and draft.statement == statement


def test_almost_no_chance_is_a_low_probability():
    (draft,) = drafts("There's almost no chance the tolls are abolished before 2028.")
    assert draft.probability <= 0.10 and "tolls" in draft.statement


def test_we_think_before_more_likely_than_not_is_the_authors_lean():
    (draft,) = drafts("We think a merger of the two ferry lines is more likely than not in 2027.")
    assert draft.probability == pytest.approx(0.6) and draft.text.startswith("Will there be a merger of the two")


def test_a_reason_after_a_colon_is_no_part_of_a_present_action_judged():
    (draft,) = drafts("It is very unlikely that the contractor delivers the bridge on time: historically, only half "
                      "of such schemes have been completed within the period.")
    assert draft.statement == "the contractor will deliver the bridge on time"


def test_a_second_stated_number_after_and_is_a_draft_of_its_own():
    found = drafts("There is a 65% chance that the harbour will stay ice-free in the south, and a 10% chance "
                   "that it will freeze over.")
    assert [d.probability for d in found] == [pytest.approx(0.65), pytest.approx(0.10)]
    assert "10%" not in found[0].text
