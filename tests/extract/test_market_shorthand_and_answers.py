"""Round 26: a market's price in newsletter shorthand (cents as "c", YES/NO sides, a crowd's decimal, a contestant, a
list line), a contract named by a quoted statement, word fractions put on an event, and the writer's verbless answer
under a question (market_shorthand.py, contract_quotes.py, number_words.py, answer_numbers.py, trailing_numbers.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.answer_numbers import answer_number
from tracker.extract.contract_quotes import contract_quote
from tracker.extract.market_shorthand import market_shorthand
from tracker.extract.number_words import with_digits


def _drafts(text: str, published: date = date(2026, 7, 2)):
    return extract_document(text, published=published).drafts


_QUESTION = "# Questions\n\n**4. Rates.** *Will the central bank of Norway cut its policy rate before 1 March 2027?* [28 Feb 2027]\n\n"


@pytest.mark.parametrize("text, probability", [
    ("YES last traded at 18c, down from 31c a fortnight ago.", 0.18),
    ("YES is trading at 64c.", 0.64),
    ("Yes shares closed at 22 cents on Friday.", 0.22),
    ("NO last traded at 82c.", 0.18),
    ("the no side changed hands at 70c", 0.30),
    ("Last traded at 9c, unchanged on the week.", 0.09),
    ("Traders have it at 0.41, up from 0.29 last Friday.", 0.41),
    ("The market has this at .3 after the data.", 0.3),
    ("punters put it at 0.25", 0.25),
    ("the favourite is trading at 48c", 0.48),
    ("The front-runner last changed hands at 30 cents.", 0.30),
    ("Snow in Paris on New Year's Day (one flake at Orly counts): 7c.", 0.07),
    ("Gold above $3,000 at 17:00 GMT on 31 March 2027: 12c.", 0.12),
])
def test_market_shorthand_reads_the_price(text, probability):
    judgement = market_shorthand(text)
    assert judgement is not None and judgement.stated == pytest.approx(probability)
    assert judgement.speaker


@pytest.mark.parametrize("text", [
    "Petrol closed at 18c a litre cheaper than in May.",  # no side, crowd, contestant or list colon
    "Unleaded is trading at 148c.",
    "Traders have it at 4.1%.",  # a percentage: the venue readers' form
    "The market has it at 1.2 times earnings.",
    "The leader said the tax was 18c too high.",
    "Coffee: 350c.",
    "Shares in the group closed at 48c.",
])
def test_market_shorthand_leaves_money_alone(text):
    assert market_shorthand(text) is None


@pytest.mark.parametrize("text, claim, probability", [
    ('the "French government falls before 31 January 2027" contract is roughly even at 49c', "French government will fall", 0.49),
    ('The "Labour wins the next election" market trades at 61 cents.', "Labour will win the next election", 0.61),
    ('Our contract "Will the Senate pass the bill by June?" is a long shot at 9c.', "the Senate will pass the bill", 0.09),
])
def test_quoted_contract_named_by_its_statement(text, claim, probability):
    judgement = contract_quote(text)
    assert judgement is not None and judgement.stated == pytest.approx(probability)
    assert judgement.statement.startswith(claim)


def test_market_on_a_question_named_by_its_words_scores_that_claim():
    text = ("Our forecasters disagree.\n\nI'm at 60% that the talks produce a signed framework agreement by the end of the first "
            "quarter.\n\nA ceasefire is another matter.\n\nThe market on the framework question trades at 44c.\n")
    drafts = _drafts(text, date(2026, 11, 20))
    market = [d for d in drafts if d.probability == pytest.approx(0.44)]
    assert market and "framework agreement" in market[0].text and market[0].speaker == "the market"
    assert any(d.probability == pytest.approx(0.6) for d in drafts)  # the writer's own number stays


def test_market_on_an_unnamed_question_names_no_event():
    judgement = contract_quote("The market on this question trades at 44c.")
    assert judgement is not None and judgement.statement == ""


@pytest.mark.parametrize("text, percent", [
    ("we'd put a December cut at about a third.", "33%"),
    ("We would put a rate hike at roughly a quarter.", "25%"),
    ("I'd put a snap election at two-thirds.", "67%"),
    ("They put another downgrade at a fifth.", "20%"),
])
def test_fraction_put_on_an_event(text, percent):
    assert percent in with_digits(text)


@pytest.mark.parametrize("text", [
    "They put a share of the budget at a third.",
    "We put the proportion of renters at about a third.",
    "She put a quarter of her savings at risk.",
])
def test_fraction_of_a_quantity_stays_words(text):
    assert "%" not in with_digits(text)


@pytest.mark.parametrize("text, probability", [
    ("Roughly 1-in-8, no change.", 0.125),
    ("About 3 in 10, unchanged since March.", 0.3),
    ("Honestly, roughly even.", 0.5),
    ("About even, no change.", 0.5),
    ("My number is **0.7**, unchanged since the spring.", 0.7),
    ("Mine is 68%, up from 61% at New Year.", 0.68),
    ("Our forecast remains 0.35.", 0.35),
    ("Probably yes; I'm at 65%, a little below where I was in April.", 0.65),
    ("Unlikely: call it 12%.", 0.12),
    ("Still about 20%, down a touch from last month.", 0.20),
])
def test_answer_number_reads_a_verbless_answer(text, probability):
    judgement = answer_number(text)
    assert judgement is not None and judgement.stated == pytest.approx(probability) and judgement.statement == ""


@pytest.mark.parametrize("text", [
    "12%.",  # a bare value: a table's or a list's
    "0.7",
    "Turnout was 68%, up from 61%.",
    "Roughly even numbers of men and women applied.",
    "Mine is the blue one.",
    "Inflation is at 2.5%, up from 2.1% in May.",
])
def test_answer_number_leaves_other_clauses(text):
    assert answer_number(text) is None


@pytest.mark.parametrize("answer, probability", [
    ("Roughly 1-in-8, no change. Rows over the budget are loud.", 0.125),
    ("Honestly, roughly even. The committee seems split.", 0.5),
    ("My number is **0.7**, unchanged since the spring.", 0.7),
    ("Unlikely: call it 12%. Spare capacity is ample.", 0.12),
    ("Probably yes; I'm at 65%, a little below where I was in April.", 0.65),
])
def test_answer_scores_the_question_above(answer, probability):
    drafts = _drafts(_QUESTION + answer + "\n")
    assert any(d.probability == pytest.approx(probability) and "Norway" in d.text for d in drafts)
    assert not any("Unlikely" in d.text for d in drafts)


def test_two_holders_on_one_question_each_draft():
    drafts = _drafts(_QUESTION + "Mine is 68%, up from 61% at New Year. The Northgate contract trades at 72 cents.\n")
    assert {round(d.probability, 2) for d in drafts if "Norway" in d.text} >= {0.68, 0.72}


from tracker.extract.attached_numbers import attached_number  # noqa: E402
from tracker.extract.crowd_numbers import crowd_number  # noqa: E402


@pytest.mark.parametrize("text, claim, probability", [
    ("Our base case, to which we attach a 55% probability, has the front-month averaging €32-38/MWh over the winter.",
     "the front-month will average", 0.55),
    ("The central scenario, on which we put a 60% weight, sees the policy rate peaking in May 2027.", "the policy rate will peak", 0.60),
    ("Our downside case, to which we assign a 20% chance, has unemployment rising above 6% next year.", "unemployment will rise", 0.20),
    ("we put the odds of the front-month printing above €60/MWh on any day this winter at 0.2.", "the front-month will print", 0.2),
    ("We put the chance that the strike ends before Easter at .35.", "the strike will end", 0.35),
    ("They place the probability of a recession in 2027 at about 0.3.", "there will be a recession", 0.3),
])
def test_attached_number(text, claim, probability):
    judgement = attached_number(text)
    assert judgement is not None and judgement.stated == pytest.approx(probability) and judgement.statement.startswith(claim)


@pytest.mark.parametrize("text", [
    "Our base case, to which we attach great weight, has prices falling.",
    "The case, to which we return below, has 55% of members voting.",
    "We put the odds at 0.2.",  # no event: the claim-before readers' form
    "We put the value of the holding at 0.2 million.",
    "The index closed at 0.2 points lower.",
])
def test_attached_number_leaves_other_clauses(text):
    assert attached_number(text) is None


@pytest.mark.parametrize("text, probability", [
    ("For comparison, the Foresight Commons community forecast sits at 22% and has barely moved since March.", 0.22),
    ("By contrast, the Northwind crowd forecast is 35%.", 0.35),
    ("The community forecast sits at 40% and has edged up since May.", 0.40),
])
def test_named_crowd_number(text, probability):
    judgement = crowd_number(text)
    assert judgement is not None and judgement.stated == pytest.approx(probability) and judgement.speaker


@pytest.mark.parametrize("text", [
    "The Labour community is 22% of voters and has grown.",
    "For comparison, the Foresight Commons community grew 22% last year.",
])
def test_named_crowd_number_leaves_shares(text):
    assert crowd_number(text) is None
