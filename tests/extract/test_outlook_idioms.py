"""Others' outlooks in idioms with no verb of forecasting (outlook_idioms.py, through reported_outlook): "X's projection
has Y -ing <measure> <time>", "X's outlook calls for Y <time>", "..., who see Y at N <time>". Sentences written for
these tests; near misses (a demand, an unmeasured trend, our own baseline, a relative clause with no figure) stay
undrafted."""

import pytest

from tracker.extract.reported_outlook import reported_outlook


@pytest.mark.parametrize("text, statement, speaker", [
    # a publication "has / shows / puts" its measure moving
    ("The Bank's May projection has headline CPI dipping under 3% in the fourth quarter, and we agree.",
     "headline CPI will dip under 3% in the fourth quarter", "the Bank"),
    ("The Fund's latest forecast has unemployment rising to 6.1% by the end of 2027.",
     "unemployment will rise to 6.1% by the end of 2027", "the Fund"),
    ("The Treasury's central case shows debt peaking at 104% of GDP in 2028.",
     "debt will peak at 104% of GDP in 2028", "the Treasury"),
    ("Norges Bank's March baseline has the policy rate easing to 3.5% next year.",
     "the policy rate will ease to 3.5% next year", "Norges Bank"),
    ("The Fed's dot plot puts the funds rate averaging 3.4% in 2027.",
     "the funds rate will average 3.4% in 2027", "the Fed"),
    # an outlook "calls for" weather or a crop, with a time ahead
    ("The weather service's seasonal outlook, issued on Monday, calls for below-normal rainfall from January through March.",
     "there will be below-normal rainfall from January through March", "the weather service"),
    ("The Met Office's long-range forecast calls for a colder than average December, with snow in the north.",
     "there will be a colder than average December", "the Met Office"),
    ("The USDA's outlook calls for a record soybean crop of 4.6 billion bushels in 2027.",
     "there will be a record soybean crop of 4.6 billion bushels in 2027", "the USDA"),
    # "..., who see X at N": the antecedent's outlook
    ("That is well above the median of forecasters polled by the central bank, who see inflation at 2.4% by mid-2027.",
     "inflation will be 2.4% by mid-2027", "the median of forecasters polled by the central bank"),
    ("Our call is more cautious than that of Hansa Securities, who see the index around 5,200 by December.",
     "the index will be around 5,200 by December", "Hansa Securities"),
    ("We differ from the economists at Leda Bank, who now expect the jobless rate at 5.5% in 2027.",
     "the jobless rate will be 5.5% in 2027", "the economists at Leda Bank"),
])
def test_outlook_idioms(text, statement, speaker):
    judgement = reported_outlook(text)
    assert judgement is not None
    assert judgement.statement == statement
    assert judgement.phrase == "will"
    assert judgement.speaker == speaker


@pytest.mark.parametrize("text", [
    "The union calls for higher wages in 2027.",  # a demand, no publication
    "The committee's report calls for a new inspection regime.",  # a report's recommendation, no forecast
    "The Bank's projection has inflation rising.",  # nothing measured, no time
    "The Bank's May projection has the economy recovering in 2027.",  # a direction, nothing measured
    "The board has members rising to speak at 10 in May.",  # no publication as the subject
    "Our baseline has inflation easing to 2% in 2027.",  # the authors' own
    "The analysts, who see the merger as a mistake, left the room.",  # no figure
    "The staff, who see patients at 9 each morning, are overworked.",  # no time ahead
    "The Fund's forecast has been revised twice this year.",  # a passive, no -ing trend
])
def test_outlook_idioms_near_misses(text):
    assert reported_outlook(text) is None
