"""Numbers that refer back to a question stated elsewhere: a stem before a colon, a labelled question line, a market's
or a tool's number, the team's number against another's (round 25's forecasting-team shapes, sentences of our own)."""

import pytest

from tracker.extract.crowd_numbers import crowd_number
from tracker.extract.first_person import asked_question, first_person_number
from tracker.extract.market_prices import market_price
from tracker.extract.stem_numbers import stem_number


@pytest.mark.parametrize("text,before,claim,p", [
    ("Q-12, on whether the ECB cuts rates before June 2027: we are at 0.35, above the crowd's 0.30.", "", "the ECB will cut rates before June 2027", 0.35),
    ("Item 4, on whether Brent closes above $100 in 2027: we have this at 2-in-10.", "", "Brent will close above $100 in 2027", 0.2),
    ("On whether the strike ends before Easter: we're at 40, up from 30.", "", "the strike will end before Easter", 0.4),
    ("For whether a snap election is called in 2027: I'm at 25%.", "", "a snap election will be called in 2027", 0.25),
    ("call it 15%.", "Q-9 (gold above $3,000/oz at end-2027): it could get there, but we doubt it; ", "gold will be above $3,000/oz at end-2027", 0.15),
    ("we put it at 1-in-4", "Q-3 (Brent below $60 in Q1): ", "Brent will be below $60 in Q1", 0.25),
])
def test_stem_number_takes_its_claim_from_the_stem(text, before, claim, p):
    found = stem_number(text, before)
    assert found is not None and found.statement == claim and found.stated == pytest.approx(p)


@pytest.mark.parametrize("text,before", [
    ("On whether inflation falls below 2%: we are at 2 per cent growth.", ""),
    ("On whether the strike ends: we are at 40 members now.", ""),
    ("Q-3 (copper above $11,000/t): a lapse in permitting could push it there", ""),
    ("We are at 40, up from 30.", ""),  # no stem: the pipeline's question or claim before
    ("Whether this holds is unclear: the data are noisy.", ""),
])
def test_stem_number_needs_a_stem_and_a_number(text, before):
    assert stem_number(text, before) is None


@pytest.mark.parametrize("text,question", [
    ('Question wording: "Will the Bank Rate be lower on 5 February 2027?"', "the Bank Rate be lower on 5 February 2027"),
    ("Question wording: *“Will Brent close above $90 in 2027?”*", "Brent close above $90 in 2027"),
    ("The question as worded: *Will the strike end before May?*", "the strike end before May"),
    ("Question: Will the euro fall below parity?", "the euro fall below parity"),
    ("Contract text: 'Will turnout exceed 60%?'", "turnout exceed 60%"),
])
def test_labelled_question_lines_are_asked(text, question):
    assert asked_question(text) == question


@pytest.mark.parametrize("text", ["Question wording matters: why?", "What will happen next?", "Question wording: see the annex."])
def test_not_questions(text):
    assert asked_question(text) is None


@pytest.mark.parametrize("text,p", [
    ("We are well below that, at 45%.", 0.45),
    ("We are below the market, at 30%.", 0.30),
    ("we're a little above the crowd, at 62%", 0.62),
    ("Our own model is at 40%, so we think the market has moved too far", 0.40),
    ("our house view is at 25%", 0.25),
])
def test_team_number_against_another(text, p):
    found = first_person_number(text)
    assert found is not None and found[0] == pytest.approx(p) and found[2] == ""


@pytest.mark.parametrize("text", ["we are above 40% of the target", "We are well below that level at 3% growth.", "Our model is at the heart of it."])
def test_not_team_numbers(text):
    assert first_person_number(text) is None


@pytest.mark.parametrize("text,speaker,p,claim", [
    ("PredictIt traders are at 27 cents.", "PredictIt", 0.27, ""),
    ("Kalshi traders sit at 35%.", "Kalshi", 0.35, ""),
    ("The CME FedWatch tool shows about a 70% probability of a 25bp cut at the December meeting.", "the CME FedWatch tool", 0.70,
     "there will be a 25bp cut at the December meeting"),
    ("The Atlanta Fed tracker implies a 40% chance of a recession in 2027.", "the Atlanta Fed tracker", 0.40, "there will be a recession in 2027"),
])
def test_market_holders_numbers(text, speaker, p, claim):
    found = market_price(text)
    assert found is not None and found.speaker == speaker and found.stated == pytest.approx(p) and found.statement == claim


@pytest.mark.parametrize("text", ["Our traders are at 40 desks.", "The IMF model shows 3% growth in 2027.", "Traders were at lunch."])
def test_not_market_numbers(text):
    assert market_price(text) is None


def test_crowd_number_with_another_clause_after_it():
    found = crowd_number("The crowd median is 22%, and the consensus of economists still has a cut as its modal path.")
    assert found is not None and found.stated == pytest.approx(0.22) and found.speaker == "the crowd"
    assert crowd_number("The crowd median is 22%, and it will fall.") is None


def test_same_contract_speaker_is_the_owner():
    found = crowd_number("Polymarket's top-line number for the same contract is 61%.")
    assert found is not None and found.speaker == "Polymarket" and found.stated == pytest.approx(0.61)


@pytest.mark.parametrize("text,claim,p", [
    ("On the strike contract (*Will the strike end before May?*, last at 30 cents) we are at 0.4.", "the strike will end before May", 0.4),
    ("The ballot (Will turnout exceed 60%?) our number is 45%.", "turnout will exceed 60%", 0.45),
    ("On the merger market (“Will the merger close in 2027?”, last 52 cents) our forecast is 0.6.", "the merger will close in 2027", 0.6),
])
def test_bracketed_question_then_our_number(text, claim, p):
    found = stem_number(text)
    assert found is not None and found.statement == claim and found.stated == pytest.approx(p)


@pytest.mark.parametrize("text", [
    "The ballot (Will turnout exceed 60%?) was held in May with 45% turnout.",
    "The contract (Will X happen?) trades on two venues.",
])
def test_bracketed_question_without_our_number(text):
    assert stem_number(text) is None


from tracker.extract.even_odds import even_odds  # noqa: E402
from tracker.extract.numeric import numeric_judgement  # noqa: E402
from tracker.extract.set_off_numbers import bracketed_number  # noqa: E402


@pytest.mark.parametrize("text,claim,p", [
    ("where we see a better-than-even chance of EUAs breaking above EUR 80 before the end of 2027.",
     "EUAs will break above EUR 80 before the end of 2027", 0.6),
    ("There is a less than even chance that the bill passes this year.", "the bill will pass this year", 0.4),
    ("We give a slightly better than even chance of a deal by June.", "there will be a deal by June", 0.55),
    ("analysts see a worse-than-even chance that the merger closes in 2027", "the merger will close in 2027", 0.4),
])
def test_lean_said_as_a_chance(text, claim, p):
    found = even_odds(text)
    assert found is not None and found.statement == claim and found.stated == pytest.approx(p)


@pytest.mark.parametrize("text", ["the team has a better than even record", "a better-than-expected chance to win", "better than even money"])
def test_not_a_lean_chance(text):
    found = even_odds(text)
    assert found is None or found.statement == ""


@pytest.mark.parametrize("text,p,number", [
    ("we see little chance of a repeat of the 2022 shortfall this winter -- under 5%.", 0.05, "under 5%"),
    ("There is a real chance - we would put it at roughly one in three - that receipts fall by more than €3 billion.", 1 / 3,
     "we would put it at roughly one in three"),
    ("A default is likely — call it 70% — before the end of 2027.", 0.70, "call it 70%"),
    ("the risk of a strike this spring is unlikely – about 15%.", 0.15, "about 15%"),
])
def test_number_set_off_by_dashes_wins(text, p, number):
    found = bracketed_number(text)
    assert found is not None and found[1] == pytest.approx(p) and found[2] == number


@pytest.mark.parametrize("text", ["Growth will be 2% - 3% in 2027.", "Sales rose - about 5% - in 2026.", "Unemployment - now 4% - will rise.",
                                  "Inflation below 1.5% in March: I think this is more likely than not — 60%.",
                                  "I think this is more likely than not — 60%.", "It looks unlikely - 20%."])
def test_dashes_without_a_chance_word(text):
    assert bracketed_number(text) is None


@pytest.mark.parametrize("text,claim,p", [
    ("there is perhaps a one-in-three chance prices revisit $8,000 before the mid-crop.", "prices will revisit $8,000 before the mid-crop", 1 / 3),
    ("we see a one-in-four chance the Fed cuts in March.", "the Fed will cut in March", 0.25),
    ("a one in five chance rates rise above 5% in 2027", "rates will rise above 5% in 2027", 0.2),
])
def test_ratio_chance_without_that(text, claim, p):
    found = numeric_judgement(text)
    assert found is not None and found.statement == claim and found.stated == pytest.approx(p)


@pytest.mark.parametrize("text", ["a one-in-three chance overall", "a one-in-ten chance generally speaking"])
def test_ratio_chance_without_a_clause(text):
    found = numeric_judgement(text)
    assert found is None or not found.statement


def test_a_reason_in_the_past_does_not_date_the_number():
    found = numeric_judgement("We are well below that, at 45%, because the last two payroll prints were firmer than the consensus.")
    assert found is not None and found.stated == pytest.approx(0.45)
    assert numeric_judgement("Last week we put it at 30%, because the data were weak.") is None
    assert numeric_judgement("In our last issue we put it at 30%.") is None


@pytest.mark.parametrize("text,question", [
    ("Sudan: a nationwide ceasefire that holds for 30 days, starting before 31 December 2026.",
     "there be a nationwide ceasefire that holds for 30 days, starting before 31 December 2026"),
    ("Outlook: a rate cut before March 2027.", "there be a rate cut before March 2027"),
    ("Germany: a snap election by 30 September 2027", "there be a snap election by 30 September 2027"),
    ("3. Chile: another copper strike before June 2027.", "there be another copper strike before June 2027"),
])
def test_labelled_event_stem_is_asked(text, question):
    assert asked_question(text) == question


@pytest.mark.parametrize("text", ["Background: a truce was agreed in 2024.", "Note: see the annex.",
                                  "Sudan: a ceasefire could hold before 2027.", "Sources: a survey of 40 economists, 2026."])
def test_statement_lines_are_not_asked(text):
    assert asked_question(text) is None
