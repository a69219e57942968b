"""More forms of "puts X at Y" (reported_puts.py): a fronted adverbial before the holder ("In its June projections,
the median of committee members put ..."), a holder with a coordinated predicate ("X is more cautious and puts ..."),
a reason after the level (", largely because ..."), a rate of change with no time of its own (the paragraph's), and a
year written as the measure's adjective ("puts the 2027 average at $2,100": dated 2027). Sentences written for these
tests; near misses must draft nothing through this rule."""

import pytest

from tracker.extract.reported_puts import reported_puts


@pytest.mark.parametrize("text, statement, speaker", [
    ("In the projections released in March, the median estimate of Monetary Policy Committee members put the bank rate "
     "at 3.1 percent at the end of 2027.", "the bank rate will be 3.1 percent at the end of 2027",
     "the median estimate of Monetary Policy Committee members"),
    ("Overall, the Bundesbank puts inflation at 2.2% next year.", "inflation will be 2.2% next year", "the Bundesbank"),
    ("According to its spring outlook, the OECD puts world trade growth at 2.9 percent in 2027.",
     "world trade growth will be 2.9 percent in 2027", "the OECD"),
    ("The Fiscal Council is more cautious and puts growth at 1.4 per cent, largely because it expects weaker exports.",
     "growth will be 1.4 per cent", "the Fiscal Council"),
    ("Nomura is gloomier and puts unemployment at 5.2 percent, reflecting slower hiring.",
     "unemployment will be 5.2 percent", "Nomura"),
    ("Most economists are less optimistic and put GDP growth at 0.8% in 2027.", "GDP growth will be 0.8% in 2027",
     "Most economists"),
    ("The average of the 20 forecasts we survey puts the 2027 copper price at $9,800 a tonne.",
     "the copper price will be $9,800 a tonne in 2027", "the average of the 20 forecasts we survey"),
    ("Capital Economics puts the 2028 budget deficit at 3.4% of GDP.", "the budget deficit will be 3.4% of GDP in 2028",
     "Capital Economics"),
    ("The central bank puts core inflation at 2.6 percent, because wage growth remains strong.",
     "core inflation will be 2.6 percent", "the central bank"),
    ("The IMF puts the euro area's growth at 1.1% until the end of the decade.",
     "the euro area's growth will be 1.1% until the end of the decade", "the IMF"),
])
def test_puts_forms(text, statement, speaker):
    found = reported_puts(text)
    assert found is not None and found.statement == statement and found.speaker == speaker


@pytest.mark.parametrize("text", [
    "The council is cautious and puts the cost of the scheme at $3 million.",  # no time, not a rate: a present quantity
    "The ONS puts the population at 68 million.",                              # a present quantity
    "Overall, the agency puts the damage at $40 million.",                     # a present quantity, fronted adverbial
    "The council puts the 2020-25 average cost at $3 million.",                # a span of years, past, no adjective year
    "In 2027, we put inflation at 2.4%.",                                      # the authors' own
    "The Fiscal Council is more cautious and puts it at 1.4 per cent.",        # "it": the claim before, not restated
    "The OECD puts growth in the second quarter at 0.3, largely because of exports.",  # a bare fraction
    "The regulator puts pressure on lenders at every turn.",                   # not the idiom
    "The ONS puts growth in the second quarter at 0.3%.",                      # a past quarter's estimate
    "The statistics office puts last year's growth at 1.1 percent.",           # a past year's estimate
])
def test_puts_forms_near_misses(text):
    assert reported_puts(text) is None
