"""Another's stated forecast kept with its holder (issue 13: "quoted officials are kept with the speaker as forecaster
and a review flag"): a named body's or person's "X expects Y to ...", "X sees Y at N / VERBing ...", "X forecasts N
things", 'called X "highly unlikely"', a speaker whose verb of saying is a second predicate ("preferred A and argued
that B"), "In his view,", a speaker by role in the sentence before, a run-in lead before the speaker; and the near
misses: a body's requirement of those its rules bind, a state's belief with no measure or time, a rating's
definition (reported_expectation.py, reported_views.py, reported_future.py, attribution.py). Sentences written for
these tests; probabilities are the plain-reader medians (CAPphrase), by hand: "expects" a central projection read
as "likely" (0.75), "highly unlikely" 0.05, "unlikely" 0.2."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 4, 13)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("text, speaker, claim, due", [
    ("Nordbank expects copper prices to climb 12% next year to $11,400 a tonne, with Chinese demand doing most of the "
     "work, Larsen wrote in a client note on Friday.", "Nordbank", "copper prices climb 12%", date(2027, 12, 31)),
    ("Morgan Keller strategists expect European bank shares to keep outperforming next year, but by less than in 2026.",
     "Morgan Keller strategists", "European bank shares keep outperforming", date(2027, 12, 31)),
    ("Harwell economists expect the central bank to hold rates at its June meeting before cutting in September.",
     "Harwell economists", "the central bank hold rates at its June meeting", date(2026, 6, 30)),
    ("The Norges Bank expects mainland growth to reach about 1.8 per cent in 2027.", "the Norges Bank",
     "mainland growth reach about 1.8 per cent", date(2027, 12, 31)),
    ("Rainfall has been scarce since March, and forecasters expect the drought to persist through the harvest in "
     "September.", "forecasters", "the drought persist through the harvest", date(2026, 9, 30)),
])
def test_a_named_holders_expectation_is_theirs(text, speaker, claim, due):
    draft = drafts(text)[0]  # "before cutting in September" is a second judgement of its own (clause_sequences.py)
    assert draft.speaker == speaker and claim in draft.text and draft.due == due
    assert 0.6 <= draft.probability <= 0.85  # a central projection, read as "likely"
    assert any("quoted" in note or "speaker" in note for note in draft.review) or draft.speaker in draft.rationale
    assert "wrote" not in draft.text and "cutting" not in draft.text  # the source and a second step are no part of it


def test_an_opening_time_is_enough_for_a_body():
    [draft] = drafts("Over the longer term, the AIVD expects Iran to expand its cyber operations against Dutch ports.")
    assert draft.speaker == "the AIVD" and draft.text.startswith("Will Iran expand its cyber operations")


@pytest.mark.parametrize("text", [
    "The regulator expects firms to submit recovery plans by June.",  # a requirement of those its rules bind
    "The Pensions Authority expects trustees to publish their funding statements by the end of March 2027.",
    "The FCA expects lenders to report arrears figures within 30 days.",
    "Beijing expects the trade dispute to weaken the alliance.",  # a state's belief: no measure, no time
    "BUY: the analyst expects the share's total return to beat the index over the next 12 months.",  # a rating's key
    "Households expect prices to keep rising.",  # a survey's finding, no holder by name
])
def test_requirements_beliefs_and_definitions_are_no_drafts(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, speaker, statement, due", [
    ("Brandt & Co.'s Elena Moor sees the DAX falling to 19,500 by the end of next year.", "Brandt & Co.'s Elena Moor",
     "Will the DAX fall to 19,500", date(2027, 12, 31)),
    ("At the other extreme, Fjord Capital sees the krone rising to 10.2 per euro by mid-2027.", "Fjord Capital",
     "Will the krone rise to 10.2 per euro", date(2027, 6, 30)),
    ('"Earnings have to do the heavy lifting now," said Maria Olsen, chief strategist at Tallis Partners, whose team sees '
     "the index at 2,450 at the end of 2027.", "Tallis Partners", "Will the index be at 2,450", date(2027, 12, 31)),
])
def test_a_holder_sees_a_level(text, speaker, statement, due):
    [draft] = [d for d in drafts(text) if d.speaker == speaker]
    assert draft.text.startswith(statement) and draft.due == due and 0.6 <= draft.probability <= 0.85


@pytest.mark.parametrize("text, speaker, count", [
    # "it" in a sentence of its own: the body before is not guessed at, the forecast is drafted all the same
    ("The Met Service issued its cyclone outlook on Monday. It forecasts 9 to 12 named cyclones this season.",
     None, "9 to 12 named cyclones"),
    ("The agency released its outlook on Monday: it forecasts between 4 and 6 severe floods on the river this winter.",
     "the agency", "between 4 and 6 severe floods"),
    ("The bureau also published its Pacific outlook: a quiet season in the north, and an active one in the south, "
     "where it predicts five to seven tropical storms.", "the bureau", "five to seven tropical storms"),
])
def test_a_body_forecasting_a_count(text, speaker, count):
    [draft] = [d for d in drafts(text) if count in d.text]
    assert draft.speaker == speaker and draft.text.startswith(f"Will there be {count}")


@pytest.mark.parametrize("text", [
    "Moscow sees the West tiring of the war.",  # a hope: nothing measured, no time
    "The report sees little room for rate cuts.",
    "The ministry forecasts 3 years of slow growth.",  # a span, not a count of events
])
def test_sees_or_forecasts_with_nothing_measured_is_no_draft(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, speaker, probability", [
    ('Asked about the treaty, one diplomat called a signature before the elections "highly unlikely."', "one diplomat",
     0.05),
    ("The talks resume on Monday — a senior negotiator called a breakthrough at this round unlikely.",
     "a senior negotiator", 0.2),
])
def test_a_speaker_calling_an_event_unlikely(text, speaker, probability):
    [draft] = drafts(text)
    assert draft.speaker == speaker and draft.text.startswith("Will there be a") and draft.probability == probability


def test_a_second_predicate_of_saying_keeps_the_speaker():
    [draft] = drafts("Board member Ingrid Sola dissented from the decision. She preferred to raise the rate to 3.5 per "
                     "cent and argued that wage growth is likely to stay above 4 per cent in 2027.")
    assert draft.speaker == "Board member Ingrid Sola" and draft.text.startswith("Will wage growth stay above 4 per cent")


@pytest.mark.parametrize("text, speaker", [
    ("The governor spoke at length on Tuesday. In her view, the currency is likely to strengthen in 2027.",
     "the governor"),
    ("In the opinion of the chief economist, the budget deficit is likely to narrow next year.", "the chief economist"),
])
def test_whose_view_an_opening_names(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker and draft.probability == 0.75


def test_in_our_view_stays_the_authors():
    [draft] = drafts("In our view, the budget deficit is likely to narrow next year.")
    assert draft.speaker is None


@pytest.mark.parametrize("text, speaker", [
    ("Officials in Lisbon are noticeably less hopeful this week: a senior adviser in the finance ministry told "
     "reporters that a coalition is unlikely to be formed before October.", "a senior adviser in the finance ministry"),
    ("Markets shrugged: the finance minister said that the deficit is likely to widen in 2027.", "the finance minister"),
])
def test_a_run_in_lead_before_the_speaker(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker


def test_a_quoted_adjective_of_confidence_is_a_reported_prediction():
    [draft] = drafts('The union\'s leader said she was "fairly confident" that the strike would end by July.')
    assert draft.speaker == "the union's leader" and draft.text.startswith("Will the strike end")


@pytest.mark.parametrize("text", [
    "Few traders expect the peg to break this quarter.",
    "Quiet corridors: nobody in the ministry expects a reshuffle this month.",
])
def test_denied_expectations_after_a_run_in_lead(text):
    [draft] = drafts(text)
    assert draft.probability <= 0.35 and draft.speaker == "the consensus"


HEAD = "Northmoor Institute\n\nClimate Outlook 2026\n\n"


def test_projections_cited_by_a_body_are_that_bodys():
    [draft] = extract_document(HEAD + "Sea-level projections published by the Coastal Research Agency suggest that the "
                               "harbour wall is likely to be overtopped every winter by 2045.\n",
                               published=PUBLISHED, scale="plain-reader").drafts
    assert draft.speaker == "the Coastal Research Agency" and draft.probability == 0.75


@pytest.mark.parametrize("text", [
    "According to the baseline, the number of farm holdings will fall by 8,000 by 2035.",  # a text: the publisher's
    "The forecast for the exchange rate over the coming years indicates that the krone will weaken until 2028.",
    "The forecast for unemployment shows that the rate will peak at 6 per cent in 2027.",
])
def test_a_document_named_is_no_speaker(text):
    [draft] = extract_document(HEAD + text + "\n", published=PUBLISHED, scale="plain-reader").drafts
    assert draft.speaker is None


def test_one_of_the_people_named_before_is_their_speaker():
    [draft] = drafts('Three envoys briefed on the talks said a text was close. "The vote will pass by a wide margin next '
                     'week," one said.')
    assert draft.speaker == "Three envoys briefed on the talks"


def test_a_named_person_subject_before_he():
    [warning] = [d for d in drafts("At the bearish end, Kallio Markets' Sanna Lehto sees the OMX falling to 2,100 by "
                                   "the end of next year. She warns that bank earnings will probably peak in the middle "
                                   "of 2027.") if "bank earnings" in d.text]
    assert warning.speaker == "Kallio Markets' Sanna Lehto"


@pytest.mark.parametrize("text", [
    "Finance ministers will sign off the water resilience package on July 15, according to the summit agenda.",
    "Leaders will also discuss the enlargement report on June 26, according to the draft agenda.",
    "The board will publish the review on 2 June, according to its published timetable.",
])
def test_a_date_an_agenda_sets_is_no_forecast(text):
    page = f"Brussels Morning Briefing\n\nBy Jo Hale\n\nLeaders arrive today. {text}\n"
    assert extract_document(page, published=PUBLISHED, scale="plain-reader").drafts == []


def test_a_chain_of_he_reaches_the_person_named_two_sentences_back():
    found = drafts("Board member Tomas Vik voted against the decision. He preferred a smaller increase and argued that "
                   "house prices are likely to fall in 2027. In his view, the krone is also likely to weaken next year.")
    [krone] = [d for d in found if "krone" in d.text]
    assert krone.speaker == "Board member Tomas Vik"


@pytest.mark.parametrize("text, speaker", [
    ("Lena Ruud, a spokeswoman for the Nordic Shipowners' Association, said freight rates are likely to keep falling "
     "in 2027, because new vessels keep arriving.", "Lena Ruud"),
    ("Omar Haddad, chief economist at Levant Bank, told reporters that the pound is likely to weaken next year.",
     "Omar Haddad"),
])
def test_a_speaker_with_a_role_set_off_by_commas(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker and draft.probability == 0.75
