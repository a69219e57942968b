"""Plain futures that claim nothing will happen (unclaimed_futures.py, scope.py): a document's rules for scoring its
own predictions, a memo's action items, agenda and timetable items, knowledge or a belief denied, a "will" inside an
indirect question, and a next sentence saying the futures before it are not assessed. Each form has near misses
that are still drafted. Texts written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.scope import disclaims
from tracker.extract.unclaimed_futures import unclaimed

PUBLISHED = date(2026, 4, 14)


def _drafts(text: str):
    return extract_document(text, published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("sentence", [
    "The ground rules: every forecast on this page will be graded as true or false on 1 January 2028.",
    "As before, all questions will resolve according to the first official release.",
    "Each of these predictions will be scored against the figures published in March.",
    "My calls will be judged by a reader panel at the end of the year unless noted otherwise.",
])
def test_rules_for_scoring_the_documents_own_predictions_are_not_drafted(sentence):
    assert _drafts(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    "Finance will circulate the revised cost table to the whole team on Monday.",
    "Priya will share the final slide deck with the board once it is approved.",
    "Procurement will confirm the delivery window once the contract has been signed.",
    "The project office will brief the steering committee after the audit.",
    "HR will let everyone know the new office hours once they are agreed.",
])
def test_a_memos_action_items_are_not_drafted(sentence):
    assert _drafts(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    "The Council will adopt its position on the fisheries quota on 14 May, according to the draft agenda.",
    "According to the published timetable, the regulator will issue its ruling on 2 June.",
    "Ministers will also take stock of progress on the Baltic power link.",
    "Finance ministers will hold talks on the bank levy in Vienna.",
    "The public comment period will run until 14 March 2027.",
    "Registration will remain open through the end of May.",
    "The summit will take place in Nairobi on 3 and 4 September.",
])
def test_agenda_and_timetable_items_are_not_drafted(sentence):
    assert _drafts(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    "No one knows how deep the downturn will be next winter.",
    "Nobody can say when the refinery will reopen.",
    "We simply do not know whether the ceasefire will hold through the summer.",
    "It remains to be seen whether the coalition will survive the budget vote.",
    "It is anyone's guess where copper will trade next spring.",
])
def test_knowledge_denied_is_not_a_forecast(sentence):
    assert _drafts(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    "Exporters can no longer assume that demand from China will keep growing.",
    "We cannot take it for granted that the alliance will hold together.",
    "Governments should not assume that the subsidy will remain in place after 2027.",
    "It would be a mistake to assume that inflation will return to target on its own.",
])
def test_a_belief_denied_is_not_a_forecast(sentence):
    assert _drafts(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    "What nobody has priced in is how quickly the yen will recover.",
    "The open question is whether the central bank will follow the Fed.",
    "What remains unclear is when the smelter will restart.",
    "Much depends on how fast the new reactors will be built.",
    "The real question is how the court will rule on the appeal.",
])
def test_a_will_inside_an_indirect_question_is_not_drafted(sentence):
    assert _drafts(sentence + "\n") == []


@pytest.mark.parametrize("text", [
    "The ministry will cut the fuel levy to 5% from July. These are commitments of government policy and are not "
    "assessed here.",
    "The navy will keep two frigates in the Gulf through 2027. This is stated policy and is not judged in this paper.",
])
def test_a_next_sentence_saying_the_futures_are_not_assessed_takes_them_back(text):
    assert disclaims(text.split(". ", 1)[1])
    assert _drafts(text + "\n") == []


@pytest.mark.parametrize("sentence", [
    "The border question will be resolved by 2028.",                              # the topic, not the page's rules
    "The central bank will announce a rate cut in March.",                        # no recipient, no settled detail
    "Shell will announce record profits for the group in February.",
    "The rally in tech shares will run until March.",                             # a market, not a consultation
    "Nobody will win an outright majority in the May election.",                  # "nobody will": a forecast
    "No one doubts that rates will rise again in 2027.",
    "The risk is that the currency will weaken further in 2027.",                 # "is that": a claim
    "That is why the bank will cut rates in March 2027.",                        # a reason: "why" asks nothing
    "2027 is when the deficit will peak.",
    "Asia is where most of the growth will come from next year.",
    "We assume that rates will stay at 4% through 2027, and the euro will weaken in 2027.",
    "Europe can no longer afford to wait, and energy prices will rise in 2027.",  # the denial ends before the claim
    "Exports will fall by 3% in 2027. The risks around this are assessed in chapter 4.",
])
def test_near_misses_are_still_drafted(sentence):
    assert _drafts(sentence + "\n"), sentence


def test_a_denial_does_not_reach_past_a_second_clause():
    # the "will" after ", and" is a claim of its own: only the words up to the first "will" are read
    assert not unclaimed("We do not know who won the vote, and", "the new government will raise taxes in 2027")
