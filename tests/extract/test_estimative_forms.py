"""Estimative forms of news and long-range assessments (estimative_forms.py, lexicon.py, expectation.py): "X is
not expected in 2027", ", with X likely to", "X is more likely than not to", "the agency sees X -ing", a dash
aside inside "We expect X to", the active "does not rule out that", and "expects that X will" read as
"expects X to". Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 5, 4)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("text, statement", [
    ("A full withdrawal of peacekeepers from Mali is not expected in 2027.",
     "there will be a full withdrawal of peacekeepers from Mali in 2027"),
    ("Snap elections are not currently expected before the summer recess.",
     "there will be Snap elections before the summer recess"),
    ("A deal on fishing quotas is not expected this year, but talks will resume in autumn.",
     "there will be a deal on fishing quotas this year"),
])
def test_an_event_not_expected_is_asked_as_the_event_at_the_complement(text, statement):
    draft = drafts(text)[0]
    assert draft.statement == statement
    assert draft.probability == pytest.approx(0.25)  # the complement of plain readers' "likely" (0.75)


@pytest.mark.parametrize("text", [
    "It is not expected in 2027.",  # a pronoun: nothing to ask about
    "The result was not expected by anyone in the region.",  # past, and "by anyone" names no time
])
def test_not_expected_without_an_event_or_in_the_past_is_no_draft(text):
    assert [d for d in drafts(text) if "expected" in d.rationale] == []


@pytest.mark.parametrize("text, statement, probability", [
    ("Mortgage approvals fell again in March, with house prices likely to drift lower through the winter.",
     "house prices will drift lower through the winter", 0.75),
    ("Freight volumes recovered in the first quarter, with port congestion unlikely to return before 2027.",
     "port congestion will return before 2027", 0.2),
])
def test_an_absolute_clause_with_likely_to_is_its_own_judgement(text, statement, probability):
    [draft] = drafts(text)
    assert (draft.statement, draft.probability) == (statement, probability)


def test_with_a_finite_verb_in_the_subject_the_absolute_form_does_not_apply():
    assert drafts("Exports rose, with officials who were present likely to comment later.") == []


@pytest.mark.parametrize("text, statement", [
    ("We assess that the number of coastal cities with desalination plants is more likely than not to double by 2040.",
     "the number of coastal cities with desalination plants will double by 2040"),
    ("Arctic shipping traffic is more likely than not to exceed 2,000 transits a year by 2035.",
     "Arctic shipping traffic will exceed 2,000 transits a year by 2035"),
])
def test_more_likely_than_not_to_reads_as_a_lean_above_even(text, statement):
    [draft] = drafts(text)
    assert (draft.statement, draft.probability) == (statement, 0.6)  # than_not.py: "better than even", not "likely"


@pytest.mark.parametrize("text, statement, speaker", [
    ("For 2027, the central bank sees inflation easing to 2.4% as energy prices fall.",
     "inflation will ease to 2.4% as energy prices fall", "the central bank"),
    ("Statistics Norway sees unemployment rising to 4.5% next year.",
     "unemployment will rise to 4.5% next year", "Statistics Norway"),
])
def test_a_named_body_that_sees_a_measure_moving_is_its_expectation(text, statement, speaker):
    [draft] = drafts(text)
    assert (draft.statement, draft.speaker, draft.probability) == (statement, speaker, 0.75)


@pytest.mark.parametrize("text", [
    "The ministry sees no reason to change course.",  # no measure moving
    "The committee sees housing as a priority for 2027.",  # no "-ing" path of a measure
])
def test_a_body_that_sees_no_measure_moving_is_no_draft(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, statement", [
    ("We expect the number of regional trade blocs—loose groupings around a single commodity—to keep growing "
     "through the 2030s.", "the number of regional trade blocs will keep growing through the 2030s"),
    ("We expect battery recycling capacity – still small outside China – to triple by 2032.",
     "battery recycling capacity will triple by 2032"),
])
def test_a_dash_aside_does_not_hide_the_expectation(text, statement):
    [draft] = drafts(text)
    assert (draft.statement, draft.probability) == (statement, 0.75)


@pytest.mark.parametrize("text", [
    "The inspectorate does not rule out that the contractor will miss the 2028 deadline.",
    "We cannot rule out that the contractor will miss the 2028 deadline.",
])
def test_the_active_rule_out_hedges_the_claim_after_that(text):
    [draft] = drafts(text)
    assert draft.statement.startswith("the contractor will miss the 2028 deadline")
    assert draft.probability == 0.3  # "cannot be ruled out" on plain readers' scale


@pytest.mark.parametrize("text", [
    "We expect that the canal will reopen to large vessels in 2027.",
    "We expect the canal to reopen to large vessels in 2027.",
])
def test_expects_that_and_expects_to_read_the_same(text):
    [draft] = drafts(text)
    assert draft.probability == 0.75
    assert draft.statement.endswith("the canal will reopen to large vessels in 2027")


def test_a_plain_will_without_expect_keeps_its_own_reading():
    [draft] = drafts("The canal will reopen to large vessels in 2027.")
    assert draft.probability == 0.9


@pytest.mark.parametrize("text", [
    "The survey results will serve as the basis for next year's spending review.",
    "These estimates will form the starting point for the 2028 tariff negotiations.",
    "The Authority will review its risk register every three years, or sooner if a major incident occurs.",
    "The Secretariat will update this forecast annually.",
    "Official turnout figures are expected from around 10pm local time.",
    "The first exit polls are due at 9 p.m., with a projection later in the night.",
])
def test_a_procedure_or_a_schedule_is_not_a_forecast(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text", [
    "Rainfall will exceed the long-run average every year until 2030.",  # a claim about each year, not a routine
    "The new index will become the benchmark for bond pricing by 2028.",  # what it becomes, judged
    "Turnout is expected to pass 70% by the evening.",  # an expectation of a level
])
def test_near_misses_of_procedure_and_schedule_are_still_drafted(text):
    assert len(drafts(text)) == 1


@pytest.mark.parametrize("text", [
    "How our spring forecasts did. We gave 70% to the ECB cutting rates in June, and it did.",
    "We gave 30% to a snap election in Italy before May; none was called.",
    "I had 65% on copper averaging above $10,000 in the first quarter, which came true.",
])
def test_a_past_forecast_told_in_prose_is_no_draft(text):
    assert drafts(text) == []  # a guard: already so before these forms were added


@pytest.mark.parametrize("text, statement, probability", [
    ("We put the chance of a reported figure of 4.5% or higher at 71%.",
     "there will be a reported figure of 4.5% or higher", 0.71),
    ("We put the probability of a jobless rate of 6% or more at 35%.", "there will be a jobless rate of 6% or more", 0.35),
    ("I put the probability that turnout tops 70% at 55%.", "turnout will top 70%", 0.55),
])
def test_the_number_after_the_last_at_is_the_chance_not_the_claims_figure(text, statement, probability):
    [draft] = drafts(text)
    assert (draft.statement, draft.probability) == (statement, probability)


@pytest.mark.parametrize("text, statement", [
    ("We see growth closer to 0.9% next year, because investment is weak.", "growth will be closer to 0.9% next year"),
    ("We see core inflation close to 2% by the end of 2027.", "core inflation will be close to 2% by the end of 2027"),
])
def test_we_see_a_measure_close_to_a_figure_is_our_expectation(text, statement):
    [draft] = drafts(text)
    assert (draft.statement, draft.probability) == (statement, 0.75)


def test_we_see_a_state_close_to_a_word_is_no_draft():
    assert drafts("We see the risks to the outlook as close to balanced.") == []


@pytest.mark.parametrize("text, statement", [
    ("I'd be surprised if the new border rules were postponed again before the summer; call it 10%.",
     "the new border rules will be postponed again before the summer"),
    ("I would be surprised if the stadium was completed by 2028.", "the stadium will be completed by 2028"),
])
def test_a_subjunctive_passive_after_surprised_if_is_the_future_passive(text, statement):
    [draft] = drafts(text)
    assert draft.statement == statement
