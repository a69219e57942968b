"""Round 23: plain futures and definitions that judge nothing (a text's plan, a watch list, a meeting on the calendar,
a publication's contents, an agreed schedule, a "will" inside an asked question, a scale level's definition), and the
near misses that stay forecasts."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import extract_document


def _drafted(text: str) -> bool:
    return bool(extract_document(text + "\n", published=date(2026, 12, 1)).drafts)


@pytest.mark.parametrize("text", [
    # the text's own plan, its parts in the plural, or a later issue named by its day
    "The following sections will outline the situation in each region and close with an outlook for 2027.",
    "The next chapters will describe the fiscal position of each state.",
    "The remaining sections will set out our views on rates and currencies.",
    "Next Tuesday's issue will be a special on the budget.",
    "The next three sections will examine each scenario in turn.",
    "Next week's newsletter will be a double issue.",
    # the authors' watch list
    "A few signposts we will be watching: a second month of falling payrolls and rising claims.",
    "Indicators we'll be monitoring closely include freight rates and port calls.",
    "I will be looking for signs of a slowdown in hiring.",
    "We will be keeping an eye on the bond market over the coming weeks.",
    # a meeting on the calendar
    "The council's members will meet in Vienna on Dec. 3-4 to review quotas.",
    "Finance ministers will gather in Lima from 12 October for the annual meetings.",
    "The committee will convene next week to discuss the draft.",
    "Leaders will meet again on Friday in Brussels.",
    # what a publication will contain
    "The agency's winter outlook, due next month, will include its first forecast for the 2027 harvest.",
    "The next report will contain a chapter on housing supply.",
    "The quarterly bulletin will feature new estimates of potential output.",
    # a schedule already agreed
    "The minimum wage will rise to 1,250 euros in January 2027, as agreed with the unions.",
    "Pension payments will increase by 3% next April, as legislated last year.",
    "The toll will go up to $9 in July, as approved by the board.",
    "Fuel duty will rise by 2p in March, as set out in the budget.",
    # a "will" inside a question someone asks, bets or votes on
    "Polymarket opened a market this week on whether the two sides will sign a deal before July 2027.",
    "Members held a debate about whether the bank will cut rates in March.",
    "The survey asked whether households will spend more next year.",
    "There is a vote over whether the league will expand to 20 teams by 2028.",
    # a site's notice to its reader
    "Your preferences will be stored for 12 months.",
    "Your personal data will be processed in line with our privacy policy.",
    "Your email address will not be shared with third parties.",
    # a level of a scale defined
    "Level 4 means that an attack is considered probable even without concrete indications.",
    "Threat level 3 indicates that an attack is likely.",
    "Category 2 (elevated) means that disruption is likely within days.",
    "On this scale, tier III denotes that a breach is highly likely.",
])
def test_not_drafted(text: str) -> None:
    assert not _drafted(text)


@pytest.mark.parametrize("text", [
    # outcomes stay forecasts
    "The two sides will sign a trade deal by 2027.",
    "Ministers will meet their deficit target in 2027.",
    "The new rules will meet stiff resistance from farmers by 2027.",
    "The budget will include a tax rise on fuel in 2027.",
    "Ministers will meet resistance from farmers over the reform in 2027.",
    "The minimum wage will rise to 1,250 euros in January 2027.",
    "Growth will slow to 1% in 2027, as most economists expect.",
    "Regardless of whether the Fed cuts, inflation will fall below 2% by 2027.",
    "Whether or not the deal passes, prices will rise by 2027.",
    "Level 4 is likely to be declared before the summit in 2027.",
    "The sanctions will be watched closely, and prices will rise by 2027.",
    "The committee will decide on Tuesday to raise rates, which is likely.",
    "The sections of the coast will flood more often by 2030.",
    "Your savings will be worth less by 2030 as inflation rises.",
])
def test_still_drafted(text: str) -> None:
    assert _drafted(text)


@pytest.mark.parametrize("text", [
    # the sentence's own "will" after a question in its subject, or a schedule's own outcome
    "Uncertainty over whether the alliance will hold, especially in the east, will embolden rivals by 2030.",
    "Doubts about whether the plant will open will weigh on the share price through 2027.",
])
def test_main_clause_after_a_question_stays(text: str) -> None:
    assert _drafted(text)
