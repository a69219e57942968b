"""A chance put on a gerund clause ("the chance of the bank cutting rates") is asked about the clause's own
subject with the verb in its base form, not as "Will there be the bank cutting rates" (issue 13, round 20).
The base forms below are the dictionary's (English spelling rules), not values the code produced.
"""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.question_verbs import base_form, gerund_clause


@pytest.mark.parametrize(("verb", "base"), [
    ("cutting", "cut"), ("winning", "win"), ("stopping", "stop"), ("making", "make"), ("taking", "take"),
    ("reducing", "reduce"), ("raising", "raise"), ("closing", "close"), ("continuing", "continue"),
    ("leaving", "leave"), ("seizing", "seize"), ("changing", "change"), ("emerging", "emerge"), ("creating", "create"),
    ("negotiating", "negotiate"), ("executing", "execute"), ("voting", "vote"), ("requiring", "require"),
    ("securing", "secure"), ("preparing", "prepare"), ("restoring", "restore"), ("settling", "settle"),
    ("ruling", "rule"), ("combining", "combine"), ("becoming", "become"), ("naming", "name"), ("deciding", "decide"),
    ("including", "include"), ("trading", "trade"), ("describing", "describe"), ("engaging", "engage"),
    ("reversing", "reverse"), ("collapsing", "collapse"), ("inviting", "invite"),
    # no silent "e" to restore, no doubled consonant to undo
    ("returning", "return"), ("focusing", "focus"), ("eating", "eat"), ("treating", "treat"), ("appearing", "appear"),
    ("monitoring", "monitor"), ("joining", "join"), ("developing", "develop"), ("spreading", "spread"),
    ("rallying", "rally"), ("buying", "buy"), ("seeing", "see"), ("agreeing", "agree"), ("falling", "fall"),
    ("cancelling", "cancel"), ("passing", "pass"), ("boycotting", "boycott"), ("adding", "add"), ("attacking", "attack"),
    ("entering", "enter"), ("delivering", "deliver"), ("visiting", "visit"), ("limiting", "limit"), ("growing", "grow"),
    ("widening", "widen"), ("abandoning", "abandon"), ("launching", "launch"), ("crossing", "cross"),
])
def test_base_form(verb, base):
    assert base_form(verb) == base


@pytest.mark.parametrize(("body", "found"), [
    ("the ECB cutting rates", ("the ECB", "cut rates")),
    ("chances of Ruiz winning a second term", ("Ruiz", "win a second term")),
    ("the risk of Serbia closing the border", ("Serbia", "close the border")),
    ("the government collapsing", ("the government", "collapse")),
    ("its allies sending troops and the navy joining them", ("its allies", "send troops and the navy join them")),
    # near misses: a noun in "-ing", no subject of the clause, an article that makes it a noun phrase
    ("the government spending cuts", None),
    ("renewed fighting in the north", None),
    ("a rising number of attacks", None),
    ("a US filing", None),
    ("the attacks of sabotage", None),
])
def test_gerund_clause(body, found):
    assert gerund_clause(body) == found


@pytest.mark.parametrize(("sentence", "question"), [
    ("We see a 30% chance of the ECB cutting rates in June.", "Will the ECB cut rates by 30 June 2026?"),
    ("There is a 25% probability of the government collapsing before the summer.", "Will the government collapse by "),
    ("We put the risk of Moldova leaving the customs union in 2027 at 5%.",
     "Will Moldova leave the customs union by 31 December 2027?"),
])
def test_a_chance_on_a_gerund_clause_is_asked_about_its_subject(sentence, question):
    [draft] = extract_document(sentence, published=date(2026, 3, 3), scale="plain-reader").drafts
    assert draft.text.startswith(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("the exchange rate stays between 7.1 and 7.3 to the dollar", "Will the exchange rate stay between 7.1 and 7.3 to the dollar"),
    ("the truce holds through the winter", "Will the truce hold through the winter"),
    ("the coalition carries the vote", "Will the coalition carry the vote"),
    ("the bank pushes through a second cut", "Will the bank push through a second cut"),
    ("it will turn out that the index rises above 5,000", "Will the index rise above 5,000"),
    # near misses: a plural subject (its verb has no "-s"), and a plural noun before the verb
    ("the talks collapse in June", "Will it turn out that the talks collapse in June"),
    ("the fund's assets rise to $2bn", "Will it turn out that the fund's assets rise to $2bn"),
    ("the bank pushes rates higher", "Will it turn out that the bank pushes rates higher"),
])
def test_a_claim_in_the_present_is_asked_with_its_own_verb(claim, question):
    from tracker.extract.questions import build_question

    assert build_question(claim).text == question
