"""Plain futures set down by a timetable, an electoral rule or a constitution (set_down.py), what a goal requires and a
publication's parts (schedules.py), and a commitment with the plan after it (stated_plans.py) are not drafted;
outcomes worded near them still are. Texts written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.set_down import set_down

PUBLISHED = date(2026, 3, 2)


def _drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


NOT_FORECASTS = [
    # hours on a timetable
    'Voting centres will open at 7am and close at 7pm local time.',
    'The exchange will close at 1 p.m. on Friday for the holiday.',
    'Trading in the shares will resume at 09:30 on Monday.',
    'Counting will begin at 6 p.m. once the polls have closed.',
    'Ballot boxes will close at midnight on 4 May.',
    'Online bidding will end at 17:00 GMT on 12 June.',
    # a role taking office on its date
    'The new governor will be sworn in on 5 January 2027.',
    'The incoming government will take office in May.',
    'The newly elected members will take their seats on 3 June.',
    'The next chancellor will be inaugurated on 20 January.',
    'The winner will assume office on 1 July.',
    # a runoff rule
    'If no candidate wins a majority, the two leading candidates will meet in a second round on 30 October.',
    'Should no party clear the threshold, a run-off will be held two weeks later.',
    'If no contender passes 40 percent, the top two will advance to a second ballot on 8 March.',
    # one procedural step after another
    'Registration closes on 4 April, and payment will follow approval of the claim.',
    'Publication will follow ratification by both chambers.',
    # a publication's parts and renderings
    'A French summary will be published later.',
    'The 2027 review will devote a chapter to energy security.',
    'Next year\'s report will dedicate a section to cyber threats.',
    'An English translation will be available in the spring.',
    # what a goal or a task takes
    'Meeting the target will require substantial new investment in the grid.',
    'Reaching the goal will require both stronger growth and lower spending.',
    'The summit will require enhanced security in the capital.',
    'Balancing the budget will necessitate further cuts.',
    # a commitment and the plan after it
    'The Government remains committed to the spending rule and will not raise income tax in this parliament.',
    'We are determined to cut waiting lists and will publish a recovery plan in June.',
    'The ministry is firmly committed to the reform and will not reopen the agreement.',
    # too vague to resolve
    'The regional elections in June will decide a lot.',
    'The summit will tell us much.',
    'The ruling will change everything.',
]


@pytest.mark.parametrize("text", NOT_FORECASTS)
def test_set_down_and_requirements_are_not_drafted(text):
    assert _drafts(text) == []


FORECASTS = [
    'The index will close at a record high this year.',
    'Oil will open the year above $90 a barrel.',
    'Silva will be sworn in on 1 January 2027.',
    'If no candidate wins outright, Silva will win the runoff on 30 October.',
    'A recession will follow the tightening in 2027.',
    'Greece will require a bailout by 2027.',
    'The law will force firms to cut emissions by 2030.',
    'The Fed remains committed to its target and inflation will fall to 2% by 2027.',
    'The regional elections in June will decide the next governor.',
    'The summit will produce a deal on tariffs in 2027.',
]


@pytest.mark.parametrize("text", FORECASTS)
def test_outcomes_near_them_are_still_drafted(text):
    assert _drafts(text), text


@pytest.mark.parametrize("text", [
    'Polls will open at 8am.', 'The new mayor will be sworn in on 2 June.',
    'If no party wins, a second round will be held on 9 May.', 'It will decide a lot.',
])
def test_set_down_reads_the_clause(text):
    assert set_down("", text)


@pytest.mark.parametrize("text", [
    'Stocks will open higher.', 'Smith will be sworn in on 2 June.', 'If no deal is reached, prices will rise.',
    'It will decide the race.', 'Settlement prices will follow the index.',
])
def test_set_down_leaves_outcomes(text):
    assert not set_down("", text)
