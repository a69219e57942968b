"""Plain futures that state a timetable, a procedure or a requirement (schedules.py), and sentences in which the text
describes itself with a "will" inside (own_text.py), are not drafted; outcomes and judgements worded near them still
are. Texts written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.own_text import describes_itself
from tracker.extract.schedules import scheduled

PUBLISHED = date(2026, 3, 2)


def _drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


SCHEDULES = [
    'The next edition of the annual threat review will be published in the spring of 2029.',
    'The Q2 bulletin will be released in the week of 3 May 2027.',
    'Our third-quarter outlook will be published on 14 October.',
    'The next issue will arrive in your inbox on 2 March.',
    'Results will be available from 9pm on election night.',
    'The minutes of the June meeting will be published three weeks later.',
    'Final figures for the year will be released by the statistics office in February.',
    'The next Monthly will land on 1 April.',
    "The committee's report will be laid before Parliament in the autumn.",
    'The president will hold his last rally in Ohio tonight.',
    'Voters in nine states will decide 30 ballot measures on Tuesday.',
    'Shareholders will vote on the merger tomorrow.',
    'The governor will hold a press conference this afternoon.',
    'Party members will go to the polls on Saturday.',
    'The senate will hold a vote on the bill on Thursday.',
    'A decision will be taken once the audit is complete in May, the ministry said.',
    'No final decision on the route will be made before June.',
    'The board said a decision on the dividend will be announced in March.',
    'Staff will prepare a report for the board, which is scheduled to discuss it in June.',
    'The panel will draft its recommendations over the summer.',
    'The secretariat will compile a summary of the responses by April.',
    'Meeting the debt rule will require the government to raise taxes or cut spending.',
    'The new law will require firms to report their emissions from 2027.',
    'Hitting the target will require the ministry to double its spending.',
    'The regulation will oblige banks to hold more capital by 2028.',
]


@pytest.mark.parametrize("sentence", SCHEDULES)
def test_a_release_date_an_event_on_the_calendar_a_procedure_or_a_requirement_is_not_drafted(sentence):
    assert _drafts(sentence) == []


@pytest.mark.parametrize("sentence", [s for s in SCHEDULES if not s.startswith(("Our third", "The next issue", "The governor"))])
def test_the_schedule_reader_names_each_form(sentence):
    assert scheduled(sentence)


OUTCOMES = [
    'The next jobs report will show unemployment rising to 5%.',
    'Voters will reject the measure on Tuesday.',
    'The Fed will raise rates on Wednesday.',
    'Democrats will win the House on Tuesday.',
    'Sanctions will force Moscow to cut output by 2027.',
    'The budget will be out of balance by 2028.',
    'Voters will decide to oust the mayor on Tuesday.',
    'Vaccines will be available to everyone by June 2027.',
    'The minister will talk to the unions next week about pay, and the strike will end by March.',
    'Russia will hold sham referendums in the occupied regions by 2027.',
    'The regime will have to cease enrichment by 2028.',
    'Inflation data will probably surprise on the upside in March.',
    'The decision will prove costly for the economy by 2028.',
    'The dispute will require years of talks to settle, and the ceasefire will collapse by June.',
]


@pytest.mark.parametrize("sentence", OUTCOMES)
def test_outcomes_worded_near_a_schedule_are_still_drafted(sentence):
    assert _drafts(sentence)


OWN_TEXT = [
    'In this chapter we set out what we observed last year and what we judge the threat will look like next year.',
    'In this section, we describe how the market has changed and how prices will evolve over the coming decade.',
    'Throughout this report we examine whether the reforms will deliver the promised savings by 2030.',
    'In the following pages I look at which sectors will feel the slowdown first.',
    'We use the terms below to express the likelihood that an event or development will occur.',
    'The following words convey the probability that a judgement will prove correct.',
    'Analysts use this scale to indicate the likelihood that a given outcome will happen.',
    'The phrases in the table denote our confidence that an event will take place.',
    'Witnesses identified three constraints that will shape delivery over the next four years:',
    'The review lists several factors which will weigh on output in 2027:',
    'Respondents highlighted a number of risks that will affect the sector next year:',
    'The authors set out five reasons that will decide the election.',
    'Our April briefing will set out which elections we think are most exposed.',
    'The Q3 update will examine how the new tariffs will affect exporters.',
    'A forthcoming paper will look at whether the fund will run out by 2035.',
    "Next month's newsletter will focus on the housing market.",
]


@pytest.mark.parametrize("sentence", OWN_TEXT)
def test_the_text_describing_itself_is_not_drafted(sentence):
    assert _drafts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "In this chapter we set out what we observed last year and what we judge the threat will look like next year.",
    "Throughout this report we examine whether the reforms will deliver the promised savings by 2030.",
    "We use the terms below to express the likelihood that an event or development will occur.",
    "The following words convey the probability that a judgement will prove correct.",
    "Witnesses identified three constraints that will shape delivery over the next four years:",
    "Respondents highlighted a number of risks that will affect the sector next year:",
    "Our April briefing will set out which elections we think are most exposed.",
    "A forthcoming paper will look at whether the fund will run out by 2035.",
])
def test_the_own_text_reader_names_each_form(sentence):
    assert describes_itself(sentence)


JUDGEMENTS = [
    'In this report we judge that the regime will collapse by 2028.',
    'In this chapter we assess that the ceasefire will hold through 2027.',
    'Analysts put the likelihood that the bill will pass at 30%.',
    'We see three factors that will push prices up in 2027.',
    'Three factors will push prices up in 2027.',
    'The next jobs report will show unemployment rising to 5%.',
    'Supply issues will provide a drag on growth through 2027.',
    'In this chapter we show that inflation will fall below 2% by 2028.',
]


@pytest.mark.parametrize("sentence", JUDGEMENTS)
def test_judgements_worded_near_the_texts_own_description_are_still_drafted(sentence):
    assert _drafts(sentence)
    assert not describes_itself(sentence)


@pytest.mark.parametrize("sentence", [
    "Ministers will decide on Friday whether to extend the ban, which is likely.",
    "The council will hold a vote on the plan on Monday, and it will probably pass.",
    "A decision will be taken in June, and the board could well reject the bid.",
])
def test_an_event_the_sentence_goes_on_to_judge_is_not_a_bare_schedule(sentence):
    assert not scheduled(sentence)


@pytest.mark.parametrize("sentence", [
    "The act, passed in May 2025, will require large venues to take steps to reduce the risk of attack.",
    "The new rule will oblige lenders to cut the risk they hold by 2028.",
])
def test_a_requirement_stays_one_whatever_words_follow(sentence):
    assert scheduled(sentence)


@pytest.mark.parametrize("sentence", [
    "Once a year we stop hedging and write down what we think will happen.",
    "Every January I set down which of the big calls I think will come true.",
    "Each quarter the team and I put down how we expect the index will move.",
])
def test_the_authors_practice_of_writing_forecasts_down_is_not_drafted(sentence):
    assert describes_itself(sentence)
    assert _drafts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "We wrote down last year that the index will fall below 3,000 by 2027, and we still expect it to.",
    "I note that the index will probably fall below 3,000 by 2027.",
])
def test_a_forecast_said_next_to_writing_down_is_still_drafted(sentence):
    assert not describes_itself(sentence)
    assert _drafts(sentence)
