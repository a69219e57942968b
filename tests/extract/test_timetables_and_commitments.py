"""Dated plans, timetables, a rule's start date, a body's standing commitment, a conclusion denied and a document's
scope question are not drafted (schedules.py, scope.py, own_text.py); outcomes, deadlines and judgements worded near
them still are. Texts written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.own_text import describes_itself
from tracker.extract.schedules import scheduled
from tracker.extract.scope import describes

PUBLISHED = date(2026, 3, 2)


def _drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


NOT_DRAFTED = [
    # a timetable: one step scheduled, the next starting on a date (the step a gerund)
    "Pricing is scheduled for 12 May, and the shares will start trading on 19 May.",
    "Registration is due to open on 3 June and the portal will begin accepting bids from 10 June.",
    "The offer period is set for late April, and dealings will commence on 2 May.",
    "Bookbuilding was slated for next week; the stock will then begin trading on March 30.",
    # an event at an hour or on a day of a month
    "The central bank will announce its rate decision around noon on April 28.",
    "The governor will hold a news conference at 3:30 p.m.",
    "The minister will hold a press briefing at 10am on Thursday.",
    "The court will deliver its verdict on 14 May.",
    "The selectors will announce their squad on 3 June.",
    "The agency will release its findings at 9 a.m. GMT.",
    "The jury will give its decision next week.",
    # a rule's start date
    "The new packaging regulation will apply to large firms from 12 August 2027, after one delay.",
    "The directive (CSRD) will enter into force on 1 January.",
    "The revised building code will take effect in July 2027.",
    "The reporting requirements will become mandatory from 2028.",
    "The ban will kick in next month.",
    # a body's own dated plan for a thing it makes or signs
    "The tax office will launch a new filing feature in its online portal in September 2026.",
    "The council will open a second service centre in the town next year.",
    "The two ministries will sign a revised data-sharing memorandum with the regulator next month, he said.",
    "The port operator will inaugurate its new container terminal on 5 June.",
    "The bank will roll out an updated version of its app in the third quarter.",
    # a body's standing commitment
    "The Government will continue to help firms and workers adapt to new technology.",
    "The agency will continue to work closely with regional partners.",
    "We will continue to engage with industry on the design of the scheme.",
    "The Ministry will also continue to assist households with energy bills.",
    "In the coming year, the department will continue to collaborate with universities.",
    # a conclusion denied
    "We cannot yet conclude that the programme is on track to deliver value for money.",
    "It is too early to say whether the reform will cut waiting lists.",
    "The committee is not yet able to confirm that the project will finish on budget.",
    # a document's scope question
    "This report examines whether the two agencies are running the scheme in a way that is likely to deliver value.",
    "The study assesses how far the new rules are likely to reduce emissions.",
    "This chapter considers whether growth is likely to hold up next year.",
    # a later issue's plan, its date set off
    "Our next briefing, on 4 May, will cover the gas storage market.",
    "The next update (due in July) will examine the labour market.",
]

DRAFTED = [
    # outcomes and deadlines, not dates on a calendar
    "The shares will start trading below their offer price.",
    "The central bank will announce a rate cut on April 28.",
    "The central bank will announce its decision to cut rates on April 28.",
    "The court will rule against the government on 14 May.",
    "The two sides will sign a peace agreement by the end of 2027.",
    "The army will launch a new offensive in the spring.",
    "The new rules will cut emissions by a fifth by 2030.",
    "The ban is likely to apply from 2028.",
    "The new levy will take effect from 1 April 2028, subject to the outcome of the consultation.",
    "The revised code will apply from January unless parliament votes it down.",
    "Inflation will continue to rise in 2027.",
    "The Fed will continue to raise rates through the summer.",
    "Strong demand will continue to support prices next year.",
    "We cannot rule out that the recession will deepen in 2027.",
    "This report finds that the scheme is likely to miss its 2030 target.",
    "The next jobs report will show unemployment rising to 5%.",
]


@pytest.mark.parametrize("text", NOT_DRAFTED)
def test_a_dated_plan_a_commitment_or_a_scope_is_not_drafted(text):
    assert _drafts(text) == []


@pytest.mark.parametrize("text", DRAFTED)
def test_outcomes_near_those_forms_are_still_drafted(text):
    assert _drafts(text)


@pytest.mark.parametrize("before, text", [
    ("Pricing is scheduled for 12 May, and ", "the shares will start trading on 19 May."),
    ("The vote is due on 3 June and ", "counting will begin on 4 June."),
])
def test_a_timetable_is_read_across_the_clause_before(before, text):
    assert scheduled(text, before)
    assert describes(before, text)


@pytest.mark.parametrize("before, text", [
    ("Pricing is scheduled for 12 May, and ", "the shares will fall below the offer price."),
    ("The vote went ahead and ", "counting will begin on 4 June."),
])
def test_no_timetable_without_a_scheduled_step(before, text):
    assert not scheduled(text, before)


@pytest.mark.parametrize("text, expected", [
    ("This report examines whether the plan is likely to work.", True),
    ("The review assesses the extent to which the targets are likely to be met.", True),
    ("This report finds that the plan is likely to work.", False),
    ("The report is likely to examine whether the plan works.", False),
    ("Our next briefing, on 4 May, will cover the gas market.", True),
    ("Our next briefing will show that prices will rise.", False),
])
def test_the_document_describing_its_scope(text, expected):
    assert describes_itself(text) is expected
