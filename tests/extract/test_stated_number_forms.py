"""Numbers a forecasting team states without "a N% chance of": holding at a number, putting a number on an event,
an event "at" a number, "N in M" after "at", elided and coordinated clauses, bounds, polls' medians, brackets."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.stated_forms import probability_claim

PUBLISHED = date(2026, 5, 4)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


def only(text: str):
    [draft] = drafts(text)
    return draft


@pytest.mark.parametrize("sentence, probability, question, due", [
    # where the team stands on an event
    ("We're holding at 40% for a rate rise in September.", 0.4, "Will there be a rate rise by 30 September 2026?",
     date(2026, 9, 30)),
    ("We are now at 25% on a snap poll before 2028.", 0.25, "Will there be a snap poll by 31 December 2027?",
     date(2027, 12, 31)),
    ("We're staying at 15 per cent for a port strike in August.", 0.15,
     "Will there be a port strike by 31 August 2026?", date(2026, 8, 31)),
    # a number put on an event by the writers or their forecasters
    ("Our analysts put about 30% on a sovereign default before the end of 2027.", 0.3,
     "Will there be a sovereign default by 31 December 2027?", date(2027, 12, 31)),
    ("The team puts roughly 15% on a general strike in 2027.", 0.15,
     "Will there be a general strike by 31 December 2027?", date(2027, 12, 31)),
    ("Our forecasters put 45% on the merger closing by June 2027.", 0.45,
     "Will the merger close by 30 June 2027?", date(2027, 6, 30)),
    ("Our modellers are at 30% on a ceasefire by 2028.", 0.3, "Will there be a ceasefire by 31 December 2028?",
     date(2028, 12, 31)),
    ("We've moved to 45% on a trade deal by March 2027.", 0.45, "Will there be a trade deal by 31 March 2027?",
     date(2027, 3, 31)),
    ("Our forecast for a recession in 2027 is 30%.", 0.3, "Will there be a recession by 31 December 2027?",
     date(2027, 12, 31)),
    ("We've cut our number for a dock strike in 2027 to 20%.", 0.2, "Will there be a dock strike by 31 December 2027?",
     date(2027, 12, 31)),
    ("Our estimate for a dock strike in 2027 stands at 20%.", 0.2, "Will there be a dock strike by 31 December 2027?",
     date(2027, 12, 31)),
    ("We now give a snap election in 2027 about 20%.", 0.2, "Will there be a snap election by 31 December 2027?",
     date(2027, 12, 31)),
    ("We'd say 35% for a pay deal in March.", 0.35, "Will there be a pay deal by 31 March 2027?", date(2027, 3, 31)),
    ("35% is our number for a pay deal in 2027.", 0.35, "Will there be a pay deal by 31 December 2027?",
     date(2027, 12, 31)),
    ("We've raised our odds of a pay deal in 2027 to 40% (from 30%).", 0.4,
     "Will there be a pay deal by 31 December 2027?", date(2027, 12, 31)),
    ("We're 70% confident that the blockade ends before 2028.", 0.7, "Will the blockade end by 31 December 2027?",
     date(2027, 12, 31)),
    ("A pay deal in 2027 is about 60% likely.", 0.6, "Will there be a pay deal by 31 December 2027?",
     date(2027, 12, 31)),
    ("The treaty is 70% likely to pass by June 2027.", 0.7, "Will the treaty pass by 30 June 2027?", date(2027, 6, 30)),
    ("We think the blockade will end before 2028, with 70% probability.", 0.7,
     "Will the blockade end by 31 December 2027?", date(2027, 12, 31)),
    ("We think the blockade ends before 2028: 65%.", 0.65, "Will the blockade end by 31 December 2027?",
     date(2027, 12, 31)),
    # an event at a number, the event the clause's subject
    ("A coup in Mali before 2029 is lower still, at 3%.", 0.03, "Will there be a coup in Mali by 31 December 2028?",
     date(2028, 12, 31)),
    ("A second referendum by 2030 is at 11%.", 0.11, "Will there be a second referendum by 31 December 2030?",
     date(2030, 12, 31)),
    ("A recession this year is higher, at 35%.", 0.35, "Will there be a recession by 31 December 2026?",
     date(2026, 12, 31)),
    # "N in M" after "at", no "chance"
    ("I'd put a rate rise in June at about one in four.", 0.25, "Will there be a rate rise by 30 June 2026?",
     date(2026, 6, 30)),
    ("We put a strike before Christmas at 1 in 5.", 0.2, "Will there be a strike by 24 December 2026?", None),
])
def test_a_stated_form_drafts_its_number(sentence, probability, question, due):
    draft = only(sentence)
    assert draft.probability == pytest.approx(probability)
    assert draft.rationale.startswith("probability stated in the text")
    if due:
        assert (draft.text, draft.due) == (question, due)


@pytest.mark.parametrize("sentence, expected", [
    ("I'd put a hike in May at about one in four, but a hike by December 2027 at roughly 55%.",
     [(0.25, "Will there be a hike by 31 May 2026?"), (0.55, "Will there be a hike by 31 December 2027?")]),
    ("We put a deal in June at 30%, but a deal by the end of 2027 at 70%.",
     [(0.3, "Will there be a deal by 30 June 2026?"), (0.7, "Will there be a deal by 31 December 2027?")]),
])
def test_an_elided_put_clause_is_a_second_draft(sentence, expected):
    assert [(round(d.probability, 2), d.text) for d in drafts(sentence)] == expected


@pytest.mark.parametrize("sentence, question", [
    ("We think a strike is more plausible than a lockout, and give a national rail strike before the end of 2027 "
     "a 12% chance.", "Will there be a national rail strike by 31 December 2027?"),
    ('We doubt the talks will fail, and give a "managed" exit before 2028 a 9% chance.',
     'Will there be a "managed" exit by 31 December 2027?'),
    ("I see no sign of panic, and put a bank run in 2027 at 4%.", "Will there be a bank run by 31 December 2027?"),
])
def test_a_coordinated_clause_without_its_subject_states_the_writers_number(sentence, question):
    numbered = [draft for draft in drafts(sentence) if draft.rationale.startswith("probability stated")]
    assert [draft.text for draft in numbered] == [question]
    assert any("carries on" in note for note in numbered[0].rationale.split("; ")) or numbered[0].review


@pytest.mark.parametrize("sentence, probability, question, bound", [
    ("The senate could block the treaty, but we'd put that at no more than 15% before the end of March 2027.", 0.15,
     "Will the senate block the treaty by 31 March 2027?", "no more than 15%"),
    ("A strike may well close the mines, but I put it at less than 10% this year.", 0.1,
     "Will a strike close the mines by 31 December 2026?", "less than 10%"),
])
def test_a_bound_on_the_clause_before_is_its_number(sentence, probability, question, bound):
    draft = only(sentence)
    assert (draft.probability, draft.text) == (probability, question)
    assert "bound" in draft.rationale + " ".join(draft.review) and bound in draft.rationale


@pytest.mark.parametrize("sentence, probability, question, speaker", [
    ("The median probability of a recession in the next 12 months was 30%.", 0.3,
     "Will there be a recession by 4 May 2027?", "the poll's respondents (median)"),
    ("The consensus probability that the euro falls below parity in 2027 is about 20%.", 0.2,
     "Will the euro fall below parity by 31 December 2027?", "the poll's respondents (consensus)"),
])
def test_a_polls_median_is_the_respondents_forecast(sentence, probability, question, speaker):
    # the publisher reports the poll; the number is the respondents' (their median), not the publisher's own
    draft = only(sentence)
    assert (draft.probability, draft.text, draft.speaker) == (probability, question, speaker)


def test_the_claim_of_a_bare_median_is_the_probability_the_sentence_before_names():
    assert probability_claim("Most of the 40 analysts said the probability of a euro-area recession in the next "
                             "year was low.") == "there will be a euro-area recession in the next year"
    assert probability_claim("Most analysts said growth would slow.") is None


@pytest.mark.parametrize("sentence, probability, question", [
    ("A hike at the June meeting looks very unlikely to us (about 6%).", 0.06, "Will there be a hike at the June meeting?"),
    ("A default this year seems unlikely to me (5%).", 0.05, "Will there be a default by 31 December 2026?"),
    ("We expect the central bank to raise rates in the third quarter of 2027 (about 70%).", 0.7,
     "Will the central bank raise rates by 30 September 2027?"),
    ("I expect the strike to end before August (80%).", 0.8, "Will the strike end by 31 July 2026?"),
])
def test_a_bracketed_number_wins_over_the_words(sentence, probability, question):
    draft = only(sentence)
    assert (draft.probability, draft.text) == (probability, question)
    assert "(" not in draft.text


def test_a_clash_between_two_countries_is_an_event_not_a_level():
    draft = only("No change: 6% for a naval clash between India and Pakistan in 2027.")
    assert draft.text == "Will there be a naval clash between India and Pakistan by 31 December 2027?"
    # a figure after "between" is still a level
    assert only("I'll log 30% for inflation between 2% and 3% in 2027.").text.startswith("Will inflation be between 2%")


def test_one_is_the_event_the_clause_before_names():
    draft = only("We think a default is more likely in 2028 than in 2027, and our analysts put about 40% on one "
                 "happening before the end of 2027.")
    assert (draft.probability, draft.text) == (0.4, "Will a default happen by 31 December 2027?")


def test_a_colleague_quoted_after_a_colon_is_the_speaker():
    found = drafts('Our economist Ana Lima sees it differently: "I\'d put a hike in May at about one in four, but a '
                   'hike by 2028 at roughly 70%."')
    assert [(round(d.probability, 2), d.speaker) for d in found] == [(0.25, "Ana Lima"), (0.7, "Ana Lima")]


@pytest.mark.parametrize("sentence", [
    "We put only 10% on a rail strike lasting more than a week, and none happened.",  # a scorecard
    "Last year we put 30% on a snap election in 2026.",
    "Inflation is lower still, at 2%.",  # a level, no event
    "A rise in rents in 2027 is at 4%.",  # a quantity's change
    "The jobless rate in 2027 is at 5%.",
    "Bettors put 30% on a snap election before 2028.",  # someone else's number
    "Good Judgment's superforecasters put 28% on a recession in 2027.",
    "The average probability of our forecasts was 62%.",  # a statistic about forecasts
    "Unemployment rose to 5% in March, and one in four firms cut jobs.",
    "We are at the office on Monday for a meeting in June.",
    "We're at 2% inflation for the first time since 2021.",  # a level the writers live at, no claim
    "A tax on wealth in 2027 is at 40%.",  # a rate, not an event's chance
    "Our team put 20% on the table in 2027.",  # an offer
    "Our forecast for growth in 2027 is 2%.",  # a quantity forecast, not a chance
    "Our forecast for a rise in unemployment in 2027 is 5%.",
    "We give our staff 5%.",
    "We expect unemployment at 5%, with 70% confidence.",  # no claim with a verb: which side is 70%?
    "We are 100% confident that the treaty passes.",  # no probability below one
])
def test_near_misses_are_not_drafted_as_stated_numbers(sentence):
    assert not [draft for draft in drafts(sentence) if draft.rationale.startswith("probability stated")]
