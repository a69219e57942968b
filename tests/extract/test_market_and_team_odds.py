"""Numbers, odds and markets as forecasts (market_prices.py, even_odds.py, team_numbers.py, stated_forms.py,
numeric.py, holder_odds.py, reported_views.py, second_numbers.py): a market contract's price as its probability
(the market as speaker), even odds with a lean or as a predicate, a team's bare or decimal number, "whether X, the
team is at N", "About 3-in-10 that X", "we assess X as improbable, at 8%", a bound after "at", "Brokers put the odds
of X at better than even", "analysts see X as the most likely outcome", plural holders who "see" a level, and a
second holder's chance cut off the first claim. Sentences written for these tests; numbers checked by hand."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 5, 4)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


def only(text: str):
    found = drafts(text)
    assert len(found) == 1, [d.statement for d in found]
    return found[0]


# --- a market contract's price: its probability, the market the speaker -----------------------------------------
@pytest.mark.parametrize("text, words, probability, speaker", [
    ("Kalshi's contract on a cut by December traded at 71% on 2 July, and futures tell a similar story.", "cut", 0.71, "Kalshi"),
    ("PredictIt's contract on a government shutdown before October trades at 35%.", "shutdown", 0.35, "PredictIt"),
    ("Polymarket's market on a ceasefire in 2026 stood at 18 cents on Friday.", "ceasefire", 0.18, "Polymarket"),
    ("The Betfair market on a Labour majority is at 62%.", "Labour majority", 0.62, "Betfair"),
])
def test_market_contract_price(text, words, probability, speaker):
    found = drafts(text)
    assert len(found) == 1, [d.statement for d in found]
    assert words.lower() in found[0].statement.lower()
    assert found[0].probability == pytest.approx(probability)
    assert found[0].speaker == speaker


@pytest.mark.parametrize("first, second, probability, speaker", [
    ("We put the odds that the union calls a national strike before June 2027 at 35%.",
     "Prediction markets are calmer: the equivalent contract on Kalshi traded at 22 cents on Monday.", 0.22, "Kalshi"),
    ("We give a rate cut in September a 40% chance.",
     "Polymarket's equivalent contract is at 55%, which we think is too high.", 0.55, "Polymarket"),
    ("We put a deal before the summit at 30%.", "The comparable contract on PredictIt traded at 41 cents.", 0.41, "PredictIt"),
])
def test_market_number_on_the_claim_just_stated(first, second, probability, speaker):
    found = drafts(f"{first} {second}")
    assert len(found) == 2, [d.statement for d in found]
    assert found[0].speaker is None
    assert found[1].probability == pytest.approx(probability) and found[1].speaker == speaker
    assert found[1].statement == found[0].statement


@pytest.mark.parametrize("text", [
    "The contract was signed at 22 cents a share.",
    "Kalshi's revenue traded at 22% above forecast.",
    "Market share stood at 31% in March.",
    "The market closed at 4,200 points on Friday.",
    "Futures volumes rose 12% in May.",
    "Options pricing implied volatility of 18% last week.",
])
def test_market_numbers_that_are_no_forecast(text):
    assert drafts(text) == []


# --- even odds: "(a little) better than 50/50 that X", "X is roughly a coin flip" --------------------------------
@pytest.mark.parametrize("text, words, probability", [
    ("It is a little better than 50/50 that the plenary vote happens before the end of October.", "plenary vote", 0.55),
    ("It is slightly worse than even that the strike ends before Easter.", "strike", 0.45),
    ("It is better than even that the bill passes before the summer recess.", "bill", 0.6),
    ("A snap election before June is about fifty-fifty.", "snap election", 0.5),
    ("A general strike in the spring looks like a coin toss.", "general strike", 0.5),
    ("We expect the deficit to widen, and a censure motion that topples the cabinet before the vote is roughly a coin flip.",
     "censure motion", 0.5),
])
def test_even_odds(text, words, probability):
    # "We expect A, and B is roughly a coin flip": two judgements, each its own draft (clauses.py); the odds are B's
    found = [d for d in drafts(text) if words in d.statement]
    assert len(found) == 1 and found[0].probability == pytest.approx(probability)


@pytest.mark.parametrize("text", [
    "The split between the two camps is roughly fifty-fifty.",
    "The score was 50-50 at half time.",
    "Whether he wins is a coin flip.",
    "A coin flip decided the order of speakers.",
])
def test_even_words_that_are_no_odds(text):
    assert drafts(text) == []


# --- a team's number in shorthand ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, words, probability", [
    ("On a separate question, whether the president calls an election before the end of 2027, the team is at 15, down from 25.",
     "election", 0.15),
    ("On another question, whether the strike spreads to the ports before July, we are at 30%.", "strike", 0.30),
    ("Whether the coalition survives until the budget vote, the panel is at 60, up from 45.", "coalition", 0.60),
    ("**Trade deal.** About 3-in-10 that the agreement is provisionally applied before the end of Q1 2027.", "agreement", 0.3),
    ("Roughly 60% that the bill passes the Senate before the recess.", "bill", 0.6),
    ("Mercosur: one in four that the deal is ratified in 2027.", "deal", 0.25),
    ("We assess a deliberate strike on a NATO member in 2027 as improbable, at 8%.", "strike", 0.08),
    ("We judge a coup in the capital before 2028 as unlikely (20%).", "coup", 0.2),
    ("Our number for a cyber attack that halts a retail payments system for a day is 0.15, up from 0.10 a year ago.",
     "cyber attack", 0.15),
    ("Our number for a snap election before 2028 is 0.3.", "snap election", 0.3),
    ("Our quick poll puts a lapse in federal funding starting before 31 December at 0.4.", "lapse", 0.4),
    ("The panel puts a default by the city before 2028 at 0.25.", "default", 0.25),
    ("We think a hike is off the table; we put the chance of any hike in 2027 at under 10%.", "hike", 0.10),
    ("We put the chance of a recession in 2027 at no more than 15%.", "recession", 0.15),
])
def test_team_numbers(text, words, probability):
    found = only(text)
    assert words in found.statement and found.probability == pytest.approx(probability)


@pytest.mark.parametrize("text", [
    "Whether the minister resigns, we are at 2 on the list.",
    "In 3 in 10 cases that we reviewed the contracts were late.",
    "About 30% that's what happened in 2019.",
    "Our estimate for growth in 2027 is 0.4.",
    "Our estimate for a rise in unemployment is 0.4.",
    "The survey puts unemployment at 0.4.",
    "The committee puts the growth rate at 0.4 this year.",
])
def test_team_number_near_misses(text):
    assert drafts(text) == []


# --- odds put at a lean off even, by a named group --------------------------------------------------------------
@pytest.mark.parametrize("text, words, probability, speaker", [
    ("Brokers put the odds of a fresh wave of blank sailings in November at better than even, as lines defend rates.",
     "blank sailings", 0.6, "Brokers"),
    ("Traders put the odds of a rate cut in June at slightly better than even.", "rate cut", 0.55, "Traders"),
    ("We put the odds of a strike before May at slightly worse than even.", "strike", 0.45, None),
])
def test_odds_at_a_lean(text, words, probability, speaker):
    found = only(text)
    assert words in found.statement and found.probability == pytest.approx(probability) and found.speaker == speaker


# --- others' views with a plural "see" ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, words, speaker", [
    ("Traders see prices holding above 220 euros until the harvest, a merchant said.", "hold above 220", "Traders"),
    ("Economists see inflation falling to 2% by the end of 2027.", "fall to 2%", "Economists"),
    ("Most analysts see a divided Congress as the most likely outcome.", "divided Congress", "Most analysts"),
    ("Investors see a rate cut as the most likely outcome of the June meeting.", "rate cut", "Investors"),
])
def test_plural_holders_see(text, words, speaker):
    found = only(text)
    assert words in found.statement and found.speaker == speaker and 0.55 <= found.probability <= 0.85


@pytest.mark.parametrize("text", [
    "Traders see prices rising.",
    "Some analysts see a recession as the most likely outcome.",
    "They see a rate cut as the most likely outcome.",
    "Analysts see risks on both sides.",
])
def test_plural_see_near_misses(text):
    assert drafts(text) == []


# --- a second holder's chance is no part of the first claim -------------------------------------------------------
@pytest.mark.parametrize("text, statement", [
    ("The election model gives Democrats a 71% chance of winning the House and Republicans a 62% chance of holding the Senate.",
     "Democrats will win the House"),
    ("The model gives Labour a 55% chance of winning most seats and the SNP a 20% chance of losing its majority.",
     "Labour will win most seats"),
])
def test_second_given_chance_cut_off(text, statement):
    found = drafts(text)
    assert statement in found[0].statement and "chance" not in found[0].statement


# --- "The chance that X we'd call roughly even": the claim first, a threshold in it is no chance ------------------
@pytest.mark.parametrize("text, words", [
    ("The chance that the policy rate is at 1.0% or higher after its January 2027 meeting we'd call roughly even, "
     "and that is the main route to a yes.", "1.0% or higher"),
    ("The odds of a snap election before June I would call a coin flip.", "snap election"),
    ("The chance that inflation is at 3% or more in 2027 we'd call even.", "3% or more"),
    ("The probability that the strike ends before Easter I'd call about fifty-fifty.", "strike"),
])
def test_chance_called_even(text, words):
    found = only(text)
    assert words in found.statement and found.probability == pytest.approx(0.5)


@pytest.mark.parametrize("text", [
    "The chance that the policy rate is at 1.0% or higher after 2027 is something we will revisit.",
    "The chance that unemployment is at 5% or more is a question for the spring.",
])
def test_threshold_in_the_claim_is_no_chance(text):
    assert all(d.probability not in (0.01, 0.05) for d in drafts(text))


# --- "gives A a 71% chance of X and B a 62% chance of Y": B's chance, its verb left out (a clause of its own once
# the clause splitter cuts before "B a 62% chance", see the DONE note's hook) --------------------------------------
@pytest.mark.parametrize("text, before, statement, probability", [
    ("and Republicans a 62% chance of holding the Senate.", "The model gives Democrats a 71% chance of winning the House ",
     "Republicans will hold the Senate", 0.62),
    ("and Labour a 30% chance of winning most seats.", "Our forecast gives the Conservatives a 55% chance of forming a government ",
     "Labour will win most seats", 0.30),
    ("or Fidesz a 45% chance of keeping its majority.", "The model gives Tisza a 50% chance of winning outright ",
     "Fidesz will keep its majority", 0.45),
])
def test_second_holder_given_a_chance(text, before, statement, probability):
    from tracker.extract.numeric import numeric_judgement
    found = numeric_judgement(text, before)
    assert found is not None and found.statement == statement and found.stated == pytest.approx(probability)


@pytest.mark.parametrize("text, before", [
    ("and a 10% chance of being struck down.", "We give the bill a 40% chance of passing, "),
    ("and Republicans a 62% chance of holding the Senate.", "Democrats won the House in 2018 "),
])
def test_second_holder_needs_a_giver_and_a_name(text, before):
    from tracker.extract.numeric import numeric_judgement
    found = numeric_judgement(text, before)
    assert found is None or "will hold" not in found.statement and not found.statement.startswith("a 10%")
