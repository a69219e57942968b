"""Another body's outlook in verbs beyond "expects X to" (reported_outlook.py): "X projects/forecasts/predicts that Y
will <measured>", "X doubts that Y can be met" (unlikely), "X anticipates / has forecast / sees <noun phrase with a
time or a figure>", "X does not anticipate <event>" (the complement), "Y is forecast by X to <measured>", "Y is seen
stable at <figure>". Sentences written for these tests; the holder kept as the speaker."""

import pytest

from tracker.extract.reported_outlook import reported_outlook


@pytest.mark.parametrize("text, statement, phrase, speaker", [
    # a "that" clause, measured (a figure that is not a year)
    ("The Budget Office projects that the reserve will drop below $4 billion in 2030.",
     "the reserve will drop below $4 billion in 2030", "will", "the Budget Office"),
    ("The Finance Ministry forecasts that the subsidy will cost about EUR 9 billion next year.",
     "the subsidy will cost about EUR 9 billion next year", "will", "the Finance Ministry"),
    ("Statistics Norway predicts that unemployment will reach 4.5% by the end of 2027.",
     "unemployment will reach 4.5% by the end of 2027", "will", "Statistics Norway"),
    ("12 The regulator now anticipates that bills will rise by 8 per cent in April.",
     "bills will rise by 8 per cent in April", "will", "the regulator"),
    ("The Fiscal Council expects that the deficit will narrow to 2.9% of GDP in 2027.[^4]",
     "the deficit will narrow to 2.9% of GDP in 2027", "will", "the Fiscal Council"),
    # "doubts that": the holder's judgement that it will not happen
    ("The Audit Office doubts that the 2029 deadline can be met.", "the 2029 deadline will be met", "unlikely", "the Audit Office"),
    ("The panel doubts that the new line will open before 2031.", "the new line will open before 2031", "unlikely", "the panel"),
    ("**7** The Commission doubts that the renovation target can be reached by 2030.",
     "the renovation target will be reached by 2030", "unlikely", "the Commission"),
    # a noun phrase with a time ahead or a figure
    ("The agency also anticipates a wave of plant closures in 2027 and 2028.",
     "there will be a wave of plant closures in 2027 and 2028", "will", "the agency"),
    ("The Met Service has forecast above-average rainfall for the coming winter.",
     "there will be above-average rainfall for the coming winter", "will", "the Met Service"),
    ("The Cocoa Organization, which groups producers and buyers, now sees a deficit of 150,000 tonnes this season, down from 200,000.",
     "there will be a deficit of 150,000 tonnes this season", "will", "the Cocoa Organization"),
    ("Traders surveyed this week see Brent averaging $72 a barrel in 2027, according to the median of 30 forecasts.",
     "Brent will be an average of $72 a barrel in 2027", "will", "Traders surveyed this week"),
    ("The central bank, in its June Bulletin, projects growth of 1.9 percent for 2027, slightly above the Fund's figure.",
     "growth will be 1.9 percent in 2027", "will", "the central bank"),
    ("The famine committee's latest projection sees 4 million people in acute need through March 2027.",
     "there will be 4 million people in acute need through March 2027", "will", "the famine committee"),
    ("The Sugar Council forecasts world output of 182 million tonnes in 2026/27, which would be a record.",
     "world output will be 182 million tonnes in 2026/27", "will", "the Sugar Council"),
])
def test_outlook_drafted(text, statement, phrase, speaker):
    found = reported_outlook(text)
    assert found is not None
    assert found.statement == statement
    assert found.phrase == phrase
    assert found.speaker == speaker


@pytest.mark.parametrize("text, statement", [
    ("The agency does not anticipate a return of large-scale piracy on the scale seen in the 2000s.",
     "there will be a return of large-scale piracy on the scale seen in the 2000s"),
    ("The bureau does not anticipate a drought this year.", "there will be a drought this year"),
])
def test_denied_outlook_is_the_complement(text, statement):
    found = reported_outlook(text)
    assert found is not None and found.complement and found.statement == statement


@pytest.mark.parametrize("text, statement, speaker", [
    ("Chile, the largest producer, is forecast by its mining commission to ship around 5.3 million tonnes, down from last year.",
     "Chile will ship around 5.3 million tonnes", "its mining commission"),
    ("Exports are projected by the central bank to grow 3% next year.", "Exports will grow 3% next year", "the central bank"),
    ("Nickel prices are forecast by the industry body to fall 15% in 2027.", "Nickel prices will fall 15% in 2027", "the industry body"),
    ("Greek output is seen stable at about 250,000 tonnes.", "Greek output will be stable at about 250,000 tonnes", None),
    ("Copper is seen rising to $11,000 a tonne by June.", "Copper will rise to $11,000 a tonne by June", None),
    ("Wheat prices are seen at around 210 euros a tonne.", "Wheat prices will be at around 210 euros a tonne", None),
])
def test_passive_outlook(text, statement, speaker):
    found = reported_outlook(text)
    assert found is not None and found.statement == statement and found.speaker == speaker


@pytest.mark.parametrize("text", [
    # a direction with only a year: nothing measured
    "The IEA projects that China's share will fall only slightly by 2030.",
    "The agency predicts that demand will keep growing in 2028.",
    # a possibility, not a projection; a denial of a doubt
    "The Treasury projects that the reserve could fall below $2 billion in 2029.",
    "The committee does not doubt that the target will be met.",
    # an actor's concern with no time and no figure
    "The service also anticipates more attempts to recruit teenagers online.",
    "The ministry anticipates strong interest from investors.",
    # "sees" as a view of what something is, or a perception
    "The minister sees the vote as a test of support in 2027.",
    "The committee sees no need for a cut in 2027.",
    "The envoy sees little chance of a deal.",
    # the authors and pronouns: read elsewhere
    "We project that the deficit will narrow to 2% in 2027.",
    "It forecasts that sales will rise 5% next year.",
    # passive without an agent, or with nothing measured; an address or a time of day
    "The plan is expected by the board to respond.",
    "The glacier is expected by glaciologists to lose half its mass before 2060.",
    "Output is forecast by the ministry to recover before 2028.",
    "He is seen at 10 Downing Street most days.",
    "The comet was seen at 3 am by observers in Chile.",
    # a comparative against a figure given elsewhere; an infinitive (reported_expectation's); "see" as perception
    "The Grain Exchange forecasts a slightly smaller crop of 18.9 million tons.",
    "The Energy Outlook projects Brent to average $63 in the first quarter of 2027.",
    "If You see or hear something suspicious, call 1800 123 400.",
    "Readers see the figures in this Update were finalised on 29 April 2026.",
    "Team Lantern has forecast on policy questions since 2023.",
    "The group sees 300 members at its meeting.",
    # no verb of outlook at all
    "The Budget Office published its report on 3 May 2027.",
])
def test_not_an_outlook(text):
    assert reported_outlook(text) is None
