"""Round 22's estimative forms: idioms of the odds, "may well", "we think" + a present claim about a time ahead,
"we judge it more likely than not that", "my expectation is that", counted events expected, doubt lead-ins,
a fronted "Given ..." premise and the free relative "what we think will happen"."""

from datetime import date

import pytest

from tracker.extract import extract_document


def drafts(text: str):
    return extract_document(text if "\n" in text else text + "\n", published=date(2026, 12, 1)).drafts


@pytest.mark.parametrize("text, low, high", [
    ("Full absorption of the grants before the deadline now looks out of reach.", 0.05, 0.3),
    ("A second term for the mayor is out of reach.", 0.05, 0.3),
    ("Completion of the railway by 2029 appears well out of reach.", 0.05, 0.3),
    ("A snap election before the budget is roughly a coin flip.", 0.4, 0.6),
    ("A rate cut at the March meeting is a toss-up.", 0.4, 0.6),
    ("Passage of the bill this session looks like fifty-fifty.", 0.4, 0.6),
    ("Passage of the bill this session is about a coin toss.", 0.4, 0.6),
    ("These risks suggest that debt interest may well crowd out other spending over the coming decade.", 0.3, 0.75),
    ("Food prices may well rise again next year.", 0.3, 0.75),
    ("The deficit may well exceed 4% of GDP in 2027.", 0.3, 0.75),
    ("We think central-bank buying, which drove most of the rally, slows in 2027.", 0.55, 0.9),
    ("We think unemployment peaks in the second half of next year.", 0.55, 0.9),
    ("I suspect the league table changes a lot over the coming year.", 0.55, 0.9),
    ("We believe the yen strengthens through 2027.", 0.55, 0.9),
    ("We think 2027 is a year of recovery.", 0.55, 0.9),
    ("We judge it more likely than not that the holdings will be fully run down before 2030.", 0.5, 0.75),
    ("I think it more likely than not that the strike will end by March.", 0.5, 0.75),
    ("My expectation is that we will handle more than 250 incidents next year.", 0.6, 0.95),
    ("Our expectation is that the port will reopen in 2027.", 0.6, 0.95),
    ("Beyond the formal question, we expect at least one dissent at each of the remaining meetings this year.", 0.6, 0.95),
    ("We expect more than 300 attacks next year.", 0.6, 0.95),
    ("Given the Government's stated intention to cut issuance, it is unlikely that the share will fall below 20 per cent before 2030.", 0.05, 0.35),
    ("In light of the ministry's announced plans, we judge it likely that tolls will rise in 2027.", 0.55, 0.85),
    ("We are not convinced that the reforms will deliver the promised reduction in waiting times.", 0.0, 0.35),
    ("The committee is not persuaded that the new rules will cut costs by 2028.", 0.0, 0.35),
])
def test_read_in_band(text, low, high):
    found = drafts(text)
    assert len(found) == 1, found
    assert low <= found[0].probability <= high, found[0]


@pytest.mark.parametrize("text", [
    "The shelf is out of reach of children.",
    "The summit was out of reach for the climbers.",
    "The match was a coin flip.",
    "It is a toss-up.",
    "You may well ask why.",
    "That may well be true.",
    "Rents may well fall, but we put it at 10%.",
    "The regulator may well object to the merger.",
    "We think the figures overstate growth.",
    "We think the outlook for prices in 2027 is weak.",
    "We think the policy matters for 2027.",
    "We think prices rose in 2025.",
    "I believe she was right.",
    "Once a year we stop hedging and write down what we think will happen next year.",
    "This list sets out what they expect will change.",
])
def test_not_drafted(text):
    assert drafts(text) == [], drafts(text)


def test_doubt_lead_says_so_in_the_rationale():
    [draft] = drafts("We are not convinced that the reforms will deliver the promised reduction in waiting times.")
    assert "complement" in draft.rationale and draft.probability <= 0.3


def test_free_relative_leaves_a_later_will():
    found = drafts("What we think will happen matters less: prices will fall in 2027.")
    assert len(found) == 1 and "prices" in found[0].text


@pytest.mark.parametrize("text", [
    "We think central-bank buying, which drove most of the rally, slows in 2027, which is why conviction is low.",
    "We think 2027 is one of those years, and we would use the drawdown to add.",
    "The state-sponsored programs of three states almost certainly pose the greatest threat over the next two years.",
    "Ransomware attacks on hospitals probably rise through 2028.",
    "A new generation of hostile drones almost certainly reaches the front lines within the next two years.",
])
def test_present_claims_about_a_time_ahead(text):
    assert len(drafts(text)) == 1, drafts(text)


@pytest.mark.parametrize("text", [
    "The organised crime groups that we track almost certainly pose a threat over the next two years.",
    "The figures probably overstate growth in 2027.",
    "The older reactors almost certainly posed a risk in 2020.",
    "We think hiring freezes run longer than that.",
])
def test_present_claims_left_alone(text):
    assert drafts(text) == [], drafts(text)


@pytest.mark.parametrize("text, speaker", [
    ('The Minister for Energy told us he was "confident" that the 2030 target would be met and that the Government was "on track".',
     "The Minister for Energy"),
    ("The chief executive said she was fully confident that the plant would reopen by March.", "The chief executive"),
    ("Mr Okafor told reporters he remained confident that the deal will close in 2027.", "Mr Okafor"),
])
def test_reported_confidence_is_the_speakers(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker and 0.7 <= draft.probability <= 0.95, draft


@pytest.mark.parametrize("text", [
    "Grid constraints could delay up to a third of the reinforcements that the owners plan to complete this decade.",
    "The strike could cost the economy as much as £2 billion by the end of the year.",
    "Repayments could increase by up to 20% next year.",
    "Flooding could displace as many as 40,000 people in the coming decade.",
])
def test_could_with_a_ceiling_and_a_time_ahead(text):
    [draft] = drafts(text)
    assert 0.15 <= draft.probability <= 0.6, draft


@pytest.mark.parametrize("text", [
    "The minister said he was confident.",
    "The minister said he was not confident that the target would be met.",
    "The minister said he was confident that the team had done its best.",
    "The new vessels could carry up to 500 passengers.",
    "It could take up to a year to find out.",
    "If rates rise, repayments could increase by up to 20%.",
])
def test_reported_confidence_and_could_left_alone(text):
    assert drafts(text) == [], drafts(text)
