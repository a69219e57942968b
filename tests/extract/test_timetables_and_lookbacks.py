"""Plain futures that set down a timetable, not a judgement: a body putting out a publication ("The central bank will
release its stability report on 4 May"), a timetable ("Books close on 3 May and trading will begin on 9 May"), a
review timed on a publication ("will review the cap once the census is out"), an automatic adjustment ("under the
indexation formula"), the authors limiting their own coverage ("It will not list every incident"), and a past forecast
scored in a look-back ("...; resolved NO"). Outcomes worded near them are still drafted. Texts written for these
tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.schedules import scheduled
from tracker.extract.scope import scores_past

PUBLISHED = date(2026, 3, 2)


def _drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


NOT_FORECASTS = [
    # a body putting out a publication, active voice
    "The central bank will release its financial stability report on 4 May.",
    "The statistics office will publish the March labour force data on 16 April.",
    "The treasury will issue its next fiscal outlook in June 2027.",
    "Eurostat will also release the flash estimate for the euro area on Friday.",
    "The agency will put out an updated assessment in the autumn.",
    "The ministry will unveil its new energy strategy next month.",
    # a publication with a series or an aside before "will"
    "The next note in this series, on cobalt, will be published in March 2027.",
    "The second brief, covering shipping, will be released on 10 May.",
    "The next report in the series will appear in the spring.",
    # a timetable
    "Pricing is scheduled for 3 June and trading will begin on 9 June.",
    "Registration is due to open on 4 May and voting will close on 20 May.",
    "The auction is set for 12 March and settlement will take place on 14 March.",
    "Books are slated to close in early April and dealings will then start on April 20.",
    # a review timed on a publication
    "The farm ministry will review export quotas in the second half of May, once the first crop estimate is out.",
    "The board will reconsider the cap after the census results are published.",
    "Officials will discuss the support package when the final figures are in.",
    "The regulator will formally reassess the tariff as soon as the audit is complete.",
    # an automatic adjustment
    "Pensions will be raised by 3.1% on 1 July 2027 under the statutory indexation.",
    "The state pension will rise by 4% next April under the triple-lock formula.",
    "Benefits will be uprated in line with the indexation mechanism in January.",
    # the authors limiting their own coverage
    "It will not list every incident.",
    "This review will not name all the groups involved.",
    "We will not describe each case in detail.",
    "The report will not attempt to catalogue every attack.",
]


@pytest.mark.parametrize("text", NOT_FORECASTS)
def test_timetables_and_own_scope_are_not_drafted(text):
    assert _drafts(text) == []


FORECASTS = [
    "The central bank will raise its policy rate on 4 May.",
    "The statistics office will release data showing a contraction in the first quarter.",
    "The government will release prisoners held since 2022 in the coming year.",
    "The ministry will issue a warning to exporters next year.",
    "The IPO is expected to price at the top of the range and trading will surge on debut.",
    "Pricing is likely to slip, and trading will begin later than planned.",
    "The farm ministry will cut export quotas once the first crop estimate is out.",
    "Lenders will cut the rate on the loan once the audit is complete.",
    "Pensions will rise by 3% in 2027.",
    "Under pressure from markets, the government will raise taxes in 2027.",
    "Police will not stop every attack.",
    "The army will not hold all its positions through the winter.",
    "The question will be settled by the courts in 2027.",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_outcomes_near_them_are_drafted(text):
    assert _drafts(text), text


@pytest.mark.parametrize("text", [
    "The BOK will release its financial stability report on Dec. 18.",
    "The next digest, on rare earths, will be issued in May.",
    "Bidding is scheduled for 2 October and the offer will close on 6 October.",
])
def test_scheduled_reads_the_forms(text):
    assert scheduled(text)


@pytest.mark.parametrize("text", [
    "The Fed will raise rates on Wednesday.",
    "The report will show that inflation has peaked.",
    "Trading will begin to recover in 2027.",
])
def test_scheduled_leaves_outcomes(text):
    assert not scheduled(text)


LOOKBACKS = [
    "In our 2025 note we put the odds of a rate cut during 2026 at 30%, so that question resolved YES.",
    "Last year we gave 60% to a ceasefire by June; that forecast resolved NO.",
    "Our call on a recession in 2025 (40%) resolved negatively.",
    "We put gold above $3,000 at end-2025 at 55%. It ended the year at $2,650; resolved NO.",
    "On 3 March 2025 we gave 70% to a budget deal by April. The deal came on 28 March; resolved YES.",
]


@pytest.mark.parametrize("text", LOOKBACKS)
def test_scored_past_forecasts_are_not_drafted(text):
    assert _drafts(text) == []


@pytest.mark.parametrize("text", [
    "We put the odds of a rate cut in 2027 at 40%.",
    "We put gold above $3,000 at end-2027 at 55%. The question will be resolved by the exchange.",
    "The dispute will be resolved in our favour by 2028, we think.",
])
def test_forecasts_near_resolution_words_are_drafted(text):
    assert _drafts(text)


def test_a_verdict_takes_back_only_the_sentence_before():
    text = ("We give 65% to a cut in oil output by June 2027.\n\nWe put copper above $9,000 at end-2025 at 45%. "
            "It ended the year near $8,400; resolved NO.")
    drafts = _drafts(text)
    assert len(drafts) == 1 and drafts[0].probability == pytest.approx(0.65)


@pytest.mark.parametrize("text", ["so that question resolved YES", "; resolved NO.", "that call resolved negatively"])
def test_scores_past_reads_verdicts(text):
    assert scores_past(text)


@pytest.mark.parametrize("text", ["The question will be resolved in 2027.", "Resolved: that the house should vote.",
                                  "The issue was resolved no later than May."])
def test_scores_past_leaves_other_uses(text):
    assert not scores_past(text)
