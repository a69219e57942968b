"""Round 26: plain futures that state a plan, a rule or a scenario (a body's standing watch, its own action hedged as a
plan, a requirement imposed, a rule's consequence, a change of hours, a counterfactual "without X, Y would", an
intention notified, a management response), and the near misses that stay forecasts."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.scope import responds
from tracker.extract.stated_plans import stated_plan


def _drafted(text: str) -> list[str]:
    return [draft.text for draft in extract_document(text + "\n", published=date(2026, 12, 1)).drafts]


@pytest.mark.parametrize("text", [
    # a body's standing watch, informing or support, its subject said once before "and"
    "The Government will continue to monitor price developments closely.",
    "The regulator will continue to track developments in the market.",
    "We will continue to keep investors informed of any changes.",
    "The ministry shall continue to review the guidance each quarter.",
    "The bureau will publish its next report in 2028 and will continue to brief ministers on risks.",
    "BKX will continue to advise member states on cyber threats.",
    # a body's own action, stated with how it will act
    "The Government will implement the measures approved in March without delay.",
    "The ministry will act swiftly and will take further measures as needed.",
    "The department will compile a supplementary budget if necessary.",
    "The Cabinet Office will respond to the findings in a timely manner.",
    # a requirement imposed by a rule
    "Amendments passed in 2025 mean that lorry operators will be required to fit the devices by 1 March 2028.",
    "From 2027 firms with more than 50 staff will be required to publish pay gaps.",
    "Under the new code, landlords will be obliged to register by April 2028.",
    # a rule's consequence
    "Customers must verify their accounts by 30 June to keep trading; unverified accounts will be set to read-only.",
    "Members must renew before 1 May; lapsed memberships will be cancelled.",
    "Applicants must file by 15 March in order to qualify, and late forms will be rejected.",
    # a change of hours or timetable
    "Opening hours at the branch will change on 1 March to 09:00-17:00.",
    "Trading hours on the futures desk will be extended from 1 February.",
    "The library's opening times will change on 4 January.",
    # a counterfactual
    "The council said that without the subsidy the deficit would start rising from 2028.",
    "Absent new funding, the programme would close by 2029.",
    "But for the tariff cut, exports would have fallen by 4% next year.",
    "In the absence of reform, the fund would run dry by 2031, the actuaries said.",
    # an intention notified
    "France and Spain have notified the Commission that they will use the escape clause this year.",
    "Several members have informed the secretariat that they will miss the 2027 deadline.",
    "Canada has told its allies that it will deploy a second battalion next year.",
])
def test_stated_plans_are_not_drafted(text):
    assert _drafted(text) == []


@pytest.mark.parametrize("text", [
    # what a body keeps doing to the world, or an outcome
    "The Fed will continue to raise rates through 2027.",
    "Inflation will continue to rise next year.",
    # a state's or a bank's conditional action is a judgement
    "China will use force if necessary to take Taiwan by 2030.",
    "The central bank will cut rates again if needed in 2027.",
    # a compulsion, not a rule
    "Russia will be forced to cut oil output by mid-2027.",
    # "must" with no deadline and no passive consequence
    "Europe must act now, but the EU will not agree on a package before June 2027.",
    # a condition with "will", not a counterfactual "would"
    "Without a deal, the UK will probably leave by 2027.",
    # a telling judged, not notified
    "Moscow will likely tell its partners that it will not renew the deal in 2027.",
    "Unemployment will change little in 2027.",
    "Rates will be cut by March 2027.",
])
def test_near_misses_stay_forecasts(text):
    assert _drafted(text)


def test_second_clause_after_a_counterfactual_is_kept():
    # "without X, Y would ...; with it, Z is set to ...": the counterfactual is the first clause's alone
    drafts = _drafted("The board said that without the levy the ratio would start falling from 2029; with it, "
                      "spending is set to stay above 15% of GDP until at least 2032.")
    assert any("15%" in draft for draft in drafts)
    assert not any("ratio" in draft for draft in drafts)


@pytest.mark.parametrize("before, text, expected", [
    ("The agency will publish its report in 2027 and ", "will continue to brief MPs on threats.", True),
    ("", "The agency will continue to brief MPs on threats.", True),
    ("", "Prices will continue to climb in 2027.", False),
    ("", "Without the freeze, the ratio would fall from 2029.", True),
    ("Without the freeze, the ratio would fall from 2029; ", "with it, spending is set to stay high.", False),
    ("", "Staff will be required to file by May.", True),
    ("", "Staff will be forced to leave by May.", False),
])
def test_stated_plan(before, text, expected):
    assert stated_plan(before, text) is expected


@pytest.mark.parametrize("text, expected", [
    ("The department’s response.", True),
    ("Management response.", True),
    ("The agency's response:", True),
    ("Agreed. The department will complete the review by 2027.", True),
    ("Agreed in principle.", True),
    ("Government response: Agreed.", True),
    ("The department's response. Agreed.", True),
    ("Both parties agreed that the talks would resume.", False),
    ("The response of markets was muted.", False),
    ("We expect a strong response from voters in 2027.", False),
])
def test_responds(text, expected):
    assert responds(text) is expected


def test_management_response_under_a_recommendation_is_not_drafted():
    text = ("Recommendation. The agency should complete a national risk assessment.\n\n"
            "The department’s response. Agreed. The agency will complete the national risk assessment by December 2027, "
            "working with provinces.\n")
    assert _drafted(text) == []
