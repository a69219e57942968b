"""Signposts, plans and advice worded like forecasts (scope.py, pipeline.py, constructions.py): a speaker's plan of the
talk, a body's commitments in its response to recommendations or under its own work-plan heading, and advice to a
class of actors are not drafted; forecasts about other actors' plans still are. Texts written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.scope import signpost, work_plan

PUBLISHED = date(2026, 3, 2)


def _drafts(text: str):
    return extract_document(text, published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("sentence", [
    "Tonight I will talk about cyber attacks, about organised crime and about the threat to our elections.",
    "In this address I will speak about the two wars on our doorstep.",
    "This morning we'll walk you through our three scenarios for the harvest.",
    "Before the questions, I will touch on the budget for next year.",
    "In the next few minutes I'll go through what changed since the last review.",
    "This speech will cover the main risks to the water supply.",
])
def test_a_speakers_plan_of_the_talk_is_a_signpost(sentence):
    assert signpost(sentence)
    assert _drafts(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    "I will be surprised if the strike ends before March.",
    "We will see more floods in the delta by 2030.",
    "The minister will talk to the unions next week.",       # another actor's meeting: not the text's own plan
])
def test_near_misses_are_not_signposts(sentence):
    assert not signpost(sentence)


RESPONSES = """\
Recommendation 3: The Ministry should replace the ageing patrol boats by 2031.
Government response: Agreed. A procurement plan will be presented to ministers in 2027.

Recommendation 5: The coast guard should open a northern station.
Response: Accepted in part. The station will open in Tromsø in the first half of 2027.

Recommendation 8: Fees should rise with inflation.
Government response: Agreed in principle. The Government will set out a fee schedule in the 2027 budget.
"""


def test_commitments_after_a_response_label_are_not_forecasts():
    assert _drafts(RESPONSES) == []


@pytest.mark.parametrize("heading", ["Our work in 2027", "Next steps", "What we will do", "Our priorities for 2027",
                                     "Government response", "Work programme 2026-27"])
def test_the_publishers_own_work_plan_is_not_drafted(heading):
    text = (f"# Annual review\n\n## {heading}\n\nThe Agency will double its liaison staff in Brussels in 2027, and a new "
            f"regional office will open in Tartu in the spring.\n")
    assert _drafts(text) == []


def test_a_judgement_under_a_work_heading_is_still_drafted():
    text = ("# Annual review\n\n## Our work in 2027\n\nThe threat from sabotage is likely to grow in 2027.\n")
    assert len(_drafts(text)) == 1


@pytest.mark.parametrize("heading", ["Outlook for 2027", "Russia's plans", "The Kremlin's priorities", "Key judgements",
                                     "What Beijing will do", "The navy"])
def test_other_actors_plans_under_other_headings_stay_forecasts(heading):
    assert not work_plan(heading)
    text = f"# Annual review\n\n## {heading}\n\nRussia will expand its northern fleet in 2027.\n"
    assert len(_drafts(text)) == 1


@pytest.mark.parametrize("sentence", [
    "Manufacturers should hold at least six months of inventory.",
    "Small exporters should keep at least three months of cash in reserve.",
    "Investors should stay in cash through the summer.",
])
def test_advice_to_a_class_of_actors_is_not_a_forecast(sentence):
    assert _drafts(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    "Labour should hold at least 40 seats in the next election.",
    "The incumbents should retain most of their seats in November.",
])
def test_should_of_a_named_actor_with_a_number_is_still_expected(sentence):
    assert [d.phrase for d in _drafts(sentence + "\n")] == ["probable"]


@pytest.mark.parametrize("sentence, own", [
    ("The Maritime Agency will open two new coastal stations in 2027.", True),          # part of its name, same body
    ("The Agency will double its survey fleet by 2028.", True),
    ("The Russian Maritime Agency will expand its Arctic fleet in 2027.", False),       # another body of that kind
    ("Denmark will expand its Arctic fleet in 2027.", False),                           # the country, no body
])
def test_the_publishers_own_body_doing_what_it_will_do_is_a_plan(sentence, own):
    found = extract_document(sentence + "\n", published=PUBLISHED, scale="plain-reader",
                             source="Danish Maritime Agency, Annual report 2026").drafts
    assert (found == []) is own
