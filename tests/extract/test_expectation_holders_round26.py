"""Who holds a reported expectation, in the longer and nested forms English uses (reported_expectation.py,
attribution.py): a long noun phrase as the holder ("The average of forecasts in the spring survey expects"), a past
"expected" told of a body's publication, "projects the X (what it covers) at N", a slash unit ("€29/MWh"), a noun
"forecast" before the verb ("The Commission's spring forecast expects"), a teller relaying the holder ("Rossi said the
government expects", "told us that it expects", "told a hearing on Tuesday that the bank expects", after a clause of
fact), and an opening phrase of cause that is no speaker ("Given the scale of X and the claims ..."). Sentences written
for these tests."""

import pytest

from tracker.extract.attribution import quoted_speaker
from tracker.extract.reported_expectation import reported_expectation


@pytest.mark.parametrize("text, statement, speaker", [
    # a long holder: a statistic of forecasts, a body's publication
    ("The average of forecasts in the autumn Consensus Survey expects real GDP growth of 1.1 per cent in FY2027.",
     "real GDP growth will be 1.1 per cent in FY2027", "the average of forecasts in the autumn Consensus Survey"),
    ("The median projection of the panel expects inflation of 2.4% in 2027.",
     "inflation will be 2.4% in 2027", "the median projection of the panel"),
    ("The European Commission's autumn forecast expects Latvia's economy to grow by 2.1% in 2027.",
     "Latvia's economy will grow by 2.1% in 2027", "the European Commission"),
    # a past "expected" told of a publication: measured, a year ahead
    ("The IMF, in its staff report published in March, expected growth to stay below 1 per cent in 2027.",
     "growth will stay below 1 per cent in 2027", "the IMF"),
    ("The Riksbank, in its September bulletin, expected inflation to fall to 2.1% in 2027.",
     "inflation will fall to 2.1% in 2027", "the Riksbank"),
    # "projects X (what it covers) at N"; the article may stand
    ("In its April Outlook, the Bank of Korea projects the core CPI (excluding food and energy) at 2.1 per cent for 2027.",
     "the core CPI (excluding food and energy) will be at 2.1 per cent for 2027", "the Bank of Korea"),
    ("The Fund projects the headline deficit at 3.4% of GDP in 2027.",
     "the headline deficit will be at 3.4% of GDP in 2027", "the Fund"),
    # a unit after a slash; the reporter's participle clause after it dropped
    ("By contrast, London-based broker Halden Markets forecasts a winter average of €31/MWh, arguing that supply is ample.",
     "there will be a winter average of €31/MWh", "London-based broker Halden Markets"),
    ("Meanwhile, Orion Commodities expects a second-half average of $68/bbl, saying demand is soft.",
     "there will be a second-half average of $68/bbl", "Orion Commodities"),
    # a teller relaying the holder
    ("Moretti said the government expects Italy to exit the deficit procedure in the spring of 2027, once the accounts are final.",
     "Italy will exit the deficit procedure in the spring of 2027, once the accounts are final", "the government"),
    ("The ministry told us that it expects the new scheme to add about 300 inspectors by the end of 2027.",
     "the new scheme will add about 300 inspectors by the end of 2027", "the ministry"),
    ("Deputy Governor Ana Reyes told a parliamentary hearing on Tuesday that the central bank expects growth of around 0.8% next year.",
     "growth will be around 0.8% next year", "the central bank"),
    ("Feed costs rose 15 per cent, and the Manitoba Beef Producers said it expects some ranchers to sell calves early this winter.",
     "some ranchers will sell calves early this winter", "the Manitoba Beef Producers"),
    ("The governor said on Monday that the bank expects inflation of 2.4% in 2027.",
     "inflation will be 2.4% in 2027", "the bank"),
])
def test_long_and_relayed_holders(text, statement, speaker):
    judgement = reported_expectation(text)
    assert judgement is not None
    assert judgement.statement == statement
    assert judgement.speaker == speaker


@pytest.mark.parametrize("text", [
    "In 2023, the IMF expected growth to reach 2% in 2026.",  # a recalled forecast, dated in a past year
    "The IMF had expected growth of 3% in 2026.",  # recalled
    "Brazil expected the EU to respect its commitments in 2026.",  # a demand, nothing measured
    "Allied officials told us that they expect the brigade to reach full strength by 2026.",  # their own side's plan
    "The ministry told us that it expects the contractor to respond.",  # nothing measured, no time
    "The union said it expects members to vote.",  # no time, nothing measured
    "The Bank's forecasts show inflation falling.",  # a noun "forecasts", no verb of expecting
])
def test_recalled_planned_and_untimed_stay_out(text):
    assert reported_expectation(text) is None


@pytest.mark.parametrize("clause", [
    "Given the scale of the season and the claims still outstanding, it is very likely that payments will exceed $1 billion.",
    "Considering the backlog and the claims filed since May, it is likely that the fund will run out in 2027.",
    "Despite the delays and the notes from auditors, it is likely that the line will open in 2028.",
])
def test_an_opening_of_cause_is_no_speaker(clause):
    assert quoted_speaker(clause, clause.find("likely")) is None


@pytest.mark.parametrize("clause, speaker", [
    ('"The dugouts probably will not recharge," said Lethbridge-area cattle rancher Ellen Marsh, a director of the group.',
     "Lethbridge-area cattle rancher Ellen Marsh"),
    ('"Rates will probably fall by 2027," said Oslo-based fund manager Kari Lund.', "Oslo-based fund manager Kari Lund"),
    ('"Rates will probably fall by 2027," said chief economist Kari Lund.', "chief economist Kari Lund"),
    ('"Rates will probably fall by 2027," said Kari Lund.', "Kari Lund"),
])
def test_a_hyphenated_descriptor_keeps_the_name(clause, speaker):
    assert quoted_speaker(clause, clause.find("probably")) == speaker


from tracker.extract.reported import _reported  # noqa: E402


@pytest.mark.parametrize("context, expected", [
    ("5.10 Given the scale of the season and the claims still outstanding, it is very ", False),  # the noun
    ("With a claim of $2 million pending, it is ", False),
    ("Given these claims and the backlog, it is ", False),
    ("The union claims that ", True),  # the verb: a report
    ("The ministry's claims that ", True),  # the noun with its "that" clause: a report
    ("The minister claimed ", True),
])
def test_the_noun_claims_reports_nothing(context, expected):
    assert _reported(context) is expected


from tracker.extract.attribution import speaker_before  # noqa: E402
from tracker.extract.named_speakers import view_owner  # noqa: E402


@pytest.mark.parametrize("before, speaker", [
    ("Rents are likely to keep rising, according to the council's housing officer, Maria Ortiz. ", "Maria Ortiz"),
    ("Yields will stay high, said the fund's chief strategist, Tom Reyes. ", "Tom Reyes"),
    ("Exports rose 4% in May, according to the agency, which publishes monthly. ", None),  # no name at the end
])
def test_a_source_named_last_is_the_next_pronoun(before, speaker):
    assert speaker_before(before) == speaker


@pytest.mark.parametrize("clause, owner", [
    ("Environment Canada's climate scenarios indicate that dry days are projected to rise by 20% by 2040.", "Environment Canada"),
    ("The Met Office's seasonal models suggest that a mild winter is likely.", "the Met Office"),
    ("The Energy Agency's latest projections show that demand is likely to peak by 2030.", "the Energy Agency"),
    ("Recent climate scenarios indicate that dry days are likely to rise.", None),  # no owner named
    ("The Met Office's seasonal models were revised, and a mild winter is likely.", None),  # no "indicate that"
    ("Eurostat's baseline projection indicates that it will start to decline before 2030.", None),  # a plain "will": as before
])
def test_a_possessive_owner_of_projections_holds_the_view(clause, owner):
    assert view_owner(clause, next(clause.find(w) for w in ("likely", "projected", "will") if w in clause)) == owner
