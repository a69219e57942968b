"""A holder's point forecast in forms other people's forecasts take in reviews and news: "X puts Y at Z <time>"
(reported_puts.py), "X expects growth of N% in <year>" (a bare measure, dated: reported_expectation.py), a name with its
initials in brackets before the verb ("The Fiscal Council (FC) expects ..."), a forecasting body's dated "anticipates /
expects / estimates that X will" with nothing measured (reported_outlook.py), "X estimated that Y would ... by <time>"
(reported_future.py). Sentences written for these tests; near misses must draft nothing (or not through these rules)."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.reported_expectation import reported_expectation
from tracker.extract.reported_future import reported_future
from tracker.extract.reported_outlook import reported_outlook
from tracker.extract.reported_puts import reported_puts


def drafts(text: str):
    return extract_document("Weekly Digest\n\n" + text + "\n", published=date(2026, 12, 1)).drafts


# --- "puts X at Y", dated ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, statement, speaker", [
    ("The Commission's autumn forecast puts the Belgian deficit at 4.1% of GDP next year.",
     "the Belgian deficit will be 4.1% of GDP next year", "the Commission"),
    ("The ministry's projections put total gas demand at 41 bcm in 2030.",
     "total gas demand will be 41 bcm in 2030", "the ministry"),
    ("The median projection of committee members put the policy rate at 2.9 percent at the end of 2027.",
     "the policy rate will be 2.9 percent at the end of 2027", "the median projection of committee members"),
    ("Statistics Canada now puts population growth at about 0.9% in 2028.",
     "population growth will be about 0.9% in 2028", "Statistics Canada"),
    ("The consensus, compiled by a trade magazine, puts average wheat prices at $240 a tonne by the end of next year.",
     "average wheat prices will be $240 a tonne by the end of next year", "the consensus"),
    ("The OECD puts unemployment at 6.3 percent in 2029, up from 5.8 percent this year.",
     "unemployment will be 6.3 percent in 2029", "the OECD"),
    ("But the Treasury's latest estimates put borrowing at £118 billion next year.",
     "borrowing will be £118 billion next year", "the Treasury"),
    ("Energy Brazil's outlook puts installed solar capacity at 95 GW in 2031.",
     "installed solar capacity will be 95 GW in 2031", "Energy Brazil"),
])
def test_puts_at(text, statement, speaker):
    found = reported_puts(text)
    assert found is not None and found.statement == statement and found.speaker == speaker
    assert found.reads_as == "likely"


@pytest.mark.parametrize("text", [
    "The council puts the cost of the scheme at $3 million.",      # no time: a present quantity
    "The storm put 300 homes at risk in 2027.",                     # not a level
    "The ministry put the meeting at 3 pm next year.",              # a time of day
    "We put inflation at 2.4% next year.",                          # the authors' own (the grammar's)
    "It puts the deficit at 3% next year.",                         # a pronoun holder
    "The agency puts it at about 30 percent in 2027.",              # "it": the claim before, not restated
    "The committee puts the growth rate at 0.4 this year.",         # a bare fraction: odds, not a level
    "The regulator put pressure on lenders at 5 banks in 2027.",    # not the idiom
    "The report puts the blame at the door of the ministry.",       # no figure
])
def test_puts_at_near_misses(text):
    assert reported_puts(text) is None


# --- a bare measure, dated ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, statement", [
    ("The IMF expects growth of 1.4% in 2027.", "growth will be 1.4% in 2027"),
    ("The Riksbank expects CPIF inflation of 2.1 percent next year.", "CPIF inflation will be 2.1 percent next year"),
    ("The Blue Ribbon panel forecast, published in May, expects real GDP growth of 1.8 percent in 2027.",
     "real GDP growth will be 1.8 percent in 2027"),
    ("Goldman expects oil demand growth of 900,000 barrels a day in 2028.",
     "oil demand growth will be 900,000 barrels a day in 2028"),
])
def test_bare_measure_dated(text, statement):
    found = reported_expectation(text)
    assert found is not None and found.statement == statement


@pytest.mark.parametrize("text", [
    "Fund managers expect returns of 5%.",                 # no time
    "The IMF expects growth of 1.4%.",                     # no time
    "Households expect inflation of 4% next year.",        # a survey's common noun, no body named
    "The bank expects the rate of 3% in 2027.",            # determined, not a measure's level
])
def test_bare_measure_near_misses(text):
    assert reported_expectation(text) is None


# --- a name with its initials in brackets before the verb ----------------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("The Fiscal Council (FC) expects the deficit to narrow to 2.5% of GDP in 2027.", "the Fiscal Council"),
    ("De Centrale Bank (DCB) expects growth of 1.2% in 2028.", "De Centrale Bank"),
    ("The National Grid Operator (NGO) expects battery capacity to reach 20 GW by 2029.", "the National Grid Operator"),
    ("The Korea Trade Institute (KTI) expects exports to grow 3% next year.", "the Korea Trade Institute"),
])
def test_initials_in_brackets(text, speaker):
    found = reported_expectation(text)
    assert found is not None and found.speaker == speaker


# --- a forecasting body's dated "that" clause, nothing measured -----------------------------------------------------
@pytest.mark.parametrize("text, statement, speaker", [
    ("The Budget Office anticipates that the central bank will cut rates twice more before the end of 2027.",
     "the central bank will cut rates twice more before the end of 2027", "the Budget Office"),
    ("The central bank expects that inflation will return to target in 2028.",
     "inflation will return to target in 2028", "the central bank"),
    ("The IMF anticipates that the recovery will stall by mid-2027.", "the recovery will stall by mid-2027", "the IMF"),
    ("The Financial Crimes Unit estimates that cash seizures will fall next year.",
     "cash seizures will fall next year", "the Financial Crimes Unit"),
    ("The Statistics Office estimates that the population will exceed 9 million by 2030.",
     "the population will exceed 9 million by 2030", "the Statistics Office"),
])
def test_body_dated_that_clause(text, statement, speaker):
    found = reported_outlook(text)
    assert found is not None and found.statement == statement and found.speaker == speaker


@pytest.mark.parametrize("text", [
    "Moscow expects that the West will tire before 2027.",              # an actor, no body: a belief
    "The agency anticipates that demand will recover.",                 # a body, no date, nothing measured
    "The central bank does not expect that rates will fall in 2027.",   # denied: not this rule's
    "Anna Berg expects that the talks will resume in 2027.",            # a person, nothing measured
    "The agency expects that demand will keep growing in 2028.",        # a direction carried on
    "The Office predicts that the economy will recover in 2027.",       # "predicts that": measured claims only
])
def test_body_dated_that_clause_near_misses(text):
    assert reported_outlook(text) is None


# --- "estimated that X would", timed ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, statement", [
    ("Lee estimated that fewer than a third of the plants would open by the end of 2028.",
     "fewer than a third of the plants will open by the end of 2028"),
    ("The analyst estimated that output would double by 2030.", "output will double by 2030"),
])
def test_estimated_would(text, statement):
    found = reported_future(text)
    assert found is not None and found.statement == statement


def test_estimated_would_untimed_is_left():
    assert reported_future("The ministry estimated that the project would cost $4 billion.") is None


# --- through the pipeline: the holder kept as speaker --------------------------------------------------------------
def test_puts_through_pipeline():
    found = drafts("The OECD's autumn forecast puts the Belgian deficit at 4.1% of GDP next year.")
    assert len(found) == 1 and found[0].speaker == "the OECD" and found[0].due == date(2027, 12, 31)
    assert 0.67 <= found[0].probability <= 0.8
