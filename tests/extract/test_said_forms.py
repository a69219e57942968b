"""A named holder's judgement in past reported speech (said_forms.py, reached through reported_puts): "Brokers said
the contract could retest its high before the end of June", "Analysts warned that exports could lose momentum early
next year", "Traders said a fourth delay was possible", "The bank said the listings were "unlikely to be absorbed"".
Sentences written for these tests; near misses must draft nothing through this rule."""

import pytest

from tracker.extract.said_forms import said_form


@pytest.mark.parametrize("text, statement, phrase, speaker", [
    ("Dealers said the index could retest its March low before the end of October.",
     "the index will retest its March low before the end of October", "could", "Dealers"),
    ("Economists warned that consumer spending could stall early next year.",
     "consumer spending will stall early next year", "could", "Economists"),
    ("The Institute for Fiscal Studies (IFS) predicted last week the deficit would widen to about 5 per cent of GDP next "
     "year.", "the deficit will widen to about 5 per cent of GDP next year", "will", "the Institute for Fiscal Studies"),
    ("Shipping agents said a second strike was possible, although talks would resume on Monday.",
     "there will be a second strike", "possible", "Shipping agents"),
    ("The regulator said the backlog of applications was “unlikely to be cleared before the end of 2028”.",
     "the backlog of applications will be cleared before the end of 2028", "unlikely", "the regulator"),
    ("Most analysts said the central bank was likely to cut rates at its next meeting.",
     "the central bank will cut rates at its next meeting", "likely", "most analysts"),
    ("Accountants cautioned that fewer than half of the applicants will qualify.",
     "fewer than half of the applicants will qualify", "will", "Accountants"),
    ("The study group warned on Tuesday that the market deficit would widen in 2027.",
     "the market deficit will widen in 2027", "will", "the study group"),
    ("Forecasters predicted the drought might ease in the coming months.",
     "the drought will ease in the coming months", "might", "Forecasters"),
    ("Bankers said a recovery in listings was very likely.", "there will be a recovery in listings", "very likely", "Bankers"),
])
def test_said_form(text, statement, phrase, speaker):
    found = said_form(text)
    assert found is not None
    assert (found.statement, found.phrase, found.speaker) == (statement, phrase, speaker)


@pytest.mark.parametrize("text", [
    "The minister said the board would meet to review the rules.",  # no time ahead, not a forecast verb: a plan
    "The company said it would build a new plant in 2027.",          # a pronoun subject: its own plan
    "We said the index could fall before the end of October.",       # the writer's own
    "Last spring I said that the rand would probably fall further next year.",  # the writer's own, after a time
    "He said the deal could collapse next year.",                    # a pronoun holder: named elsewhere
    "The chair said the rules could change.",                        # a possibility with no time: a remark
    "The index fell 2% on Friday, traders said.",                    # a past fact, the verb after
    "The agency said the outage was caused by a storm.",             # no judgement
    "Officials said the bridge would reopen on schedule.",           # no time ahead
    "Officials said the tunnel was likely to reopen.",                # no time: a status report
    "The agency estimated that the scheme would cost $2 billion.",     # an estimate of a quantity, not a forecast
    "The board had said that prices would likely fall during 2027.", # "had said": a forecast made before, superseded
    "The ministry said the government would present a package of measures before the end of the year.",  # a plan
    "The firm said on Tuesday it would trim list prices from January.",  # the holder's own plan
    "Officials said there was a 75% chance the strike would be settled before the end of October.",  # a number: said_chance
])
def test_not_a_said_form(text):
    assert said_form(text) is None
