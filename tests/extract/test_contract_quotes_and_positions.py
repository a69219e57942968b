"""Round 24 number forms: a contract's price in cents by its trading verb, futures implying N% for an event, the
writers' own position beside another's number, and list verdicts given as odds, "even" or "p = 0.35"."""

import pytest

from tracker.extract.contract_quotes import contract_quote
from tracker.extract.market_prices import market_price
from tracker.extract.own_levels import own_level
from tracker.extract.trailing_numbers import colon_claim


@pytest.mark.parametrize("text, probability, claim_part", [
    ("Our contract *Will the Bank of Canada hike in March?* closed at 41 cents, down from 55 cents a week ago.", 0.41, "Bank of Canada will hike"),
    ("'Labour wins the by-election' trades at 72 cents.", 0.72, "Labour will win"),
    ("“Republicans hold the Senate” is trading at 58 cents this morning.", 0.58, "Republicans will hold"),
    ("*Will gold settle above $3,000 before June?* is trading at 17 cents.", 0.17, "gold will settle"),
    ("The mood has soured; our contract on a ceasefire before the summit sits at 22 cents.", 0.22, "ceasefire before the summit"),
    ("the incumbent's contract last traded at 49 cents", 0.49, ""),
    ("We think it very likely; the exchange agrees, at 83 cents.", 0.83, ""),
    ("Their market on a snap election by autumn stood at 30 cents on Friday.", 0.30, "snap election"),
    ("and the board's contract was last trading at 9 cents", 0.09, ""),
    ("The contract, 'Turnout exceeds 60%', changed hands at 35 cents.", 0.35, "Turnout will exceed"),
])
def test_a_contract_price_in_cents_is_the_markets_probability(text, probability, claim_part):
    found = contract_quote(text)
    assert found is not None and found.stated == pytest.approx(probability) and found.speaker
    assert claim_part in found.statement


@pytest.mark.parametrize("text", [
    "Shares of the miner closed at 38 cents, down from 52 cents a week ago.",  # a penny stock: money
    "Gasoline rose 12 cents a gallon last week.",
    "The stamp now costs 68 cents.",
    "The company's stock last traded at 49 cents.",
    "Coffee futures settled at 2 dollars.",
    "He was paid 40 cents an hour.",
    "The contract is worth 3 million dollars.",
])
def test_cents_without_a_contract_are_money(text):
    assert contract_quote(text) is None


@pytest.mark.parametrize("text, probability, claim_part", [
    ("Fed funds futures imply roughly 45% for an October move.", 0.45, "October move"),
    ("SONIA futures price about 30% for a cut in May.", 0.30, "a cut in May"),
    ("The options market implies 20% for a drop below 4000.", 0.20, "drop below"),
    ("Euribor futures imply 60%.", 0.60, ""),
    ("Fed funds futures imply roughly 45% for a June move, so the desk is more doubtful than the pit.", 0.45, "June move"),
])
def test_futures_implying_a_number_for_an_event(text, probability, claim_part):
    found = market_price(text)
    assert found is not None and found.stated == pytest.approx(probability)
    assert claim_part in found.statement


@pytest.mark.parametrize("text, probability", [
    ("We're a touch higher at 68%.", 0.68),
    ("We're at 55, up from 47 in July, mainly because the challenger has stalled.", 0.55),
    ("our desk has it at about 3-in-10, and the map does not get easier.", 0.30),
    ("I'm at 15, down from 25 in January.", 0.15),
    ("We are a little lower at 40%.", 0.40),
    ("Our team has it at roughly 7 in 10.", 0.70),
    ("I'd go lower - 12, maybe 13.", 0.12),
    ("We'd be higher: 70.", 0.70),
    ("My model puts it at 0.35.", 0.35),
    ("We have it at 62%, up from 58%.", 0.62),
])
def test_the_writers_position_is_a_claimless_number(text, probability):
    found = own_level(text)
    assert found is not None and found.stated == pytest.approx(probability) and found.statement == ""


@pytest.mark.parametrize("text", [
    "We're at 55 Main Street, next to the station.",
    "We're at 2% inflation now.",
    "I'm at home until 3.",
    "Unemployment is at 4%.",
    "We are at the start of a long cycle.",
    "Our offices are at 10 Downing Street.",
    "We're at 100, the highest ever.",
    "I'd go lower on rates than most.",
])
def test_positions_that_are_not_probabilities(text):
    assert own_level(text) is None


@pytest.mark.parametrize("text, probability", [
    ("Labour wins a majority [4 Jul 2029]: call it 2 to 1 against.", 1 / 3),
    ("Inflation falls below 2% [31 Dec 2026]: 3 to 1 on.", 0.75),
    ("The merger closes before 30 June 2027: about 4-1 against, given the regulator.", 0.2),
    ("EUR/USD above 1.20 at the close [31 Dec 2026]: roughly even, and I have changed my mind twice.", 0.5),
    ("Gold ends above $3,000 [31 Dec 2026]: a coin flip.", 0.5),
    ("SpaceX completes an orbital refuelling [31 Dec 2026]: p = 0.35.", 0.35),
    ("The strike ends before 1 March 2027: p=0.6", 0.6),
])
def test_list_verdicts_as_odds_even_or_a_decimal(text, probability):
    found = colon_claim(text)
    assert found is not None and found.stated == pytest.approx(probability)


@pytest.mark.parametrize("text", [
    "Score at half time: 2 to 1 against the run of play.",  # a score, no date
    "Final result: 3-1 on aggregate.",
    "Our view: roughly even.",  # no claim with a date
    "Kick-off: p = 0.35 in the model.",
])
def test_list_lines_that_are_not_verdicts(text):
    assert colon_claim(text) is None


from tracker.extract.number_words import with_digits  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("We put the chance of La Niña by November at around 60pc.", "around 60%"),
    ("Output rose 4.5 pc on the year.", "4.5%"),
    ("There is approximately a two-thirds chance that X will happen.", "a 67% chance"),
    ("We see a one-third probability of a recession in 2027.", "a 33% probability"),
    ("a three-quarters likelihood of a deal", "a 75% likelihood"),
    ("a one-tenth chance of a default", "a 10% chance"),
])
def test_short_and_fraction_percentages(text, expected):
    assert expected in with_digits(text)


@pytest.mark.parametrize("text", [
    "Two-thirds of voters back the deal.",  # a share of people
    "We bought a new PC last year.",
    "the 3pcs set",
    "a one-third stake in the company",
    "The pc.ac.uk domain",
])
def test_no_chance_in_shares_or_pcs(text):
    assert "%" not in with_digits(text)
