"""Round 26's horizon forms: a fiscal split year is never a crop year, "in calendar 2027", an event's run-up, the
heating and injection seasons, a season's round ("the 2027 spring talks"), "the March ceremony", and a sentence's own
time (in another of its clauses) before one carried from an earlier sentence."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_events import event_time_horizon
from tracker.extract.horizon_fiscal import fiscal_horizon
from tracker.extract.horizons import HorizonContext, find_horizon

PUBLISHED = date(2026, 11, 5)
CONTEXT = HorizonContext(PUBLISHED, {}, {})


@pytest.mark.parametrize("text, due", [
    ("Given the scale of the 2025 season, Canadian payments will exceed $1 billion in the 2026–27 fiscal year.", date(2027, 3, 31)),
    ("Despite a poor harvest, Canadian spending will probably rise in the 2027-28 fiscal year.", date(2028, 3, 31)),
    ("After a long fire season, the Indian deficit will narrow in fiscal 2026/27.", date(2027, 3, 31)),
    ("The UK's wheat subsidy bill will grow in the 2026/27 financial year.", date(2027, 3, 31)),
    ("Australian crop insurance outlays are likely to rise in the 2026-27 budget year.", date(2027, 6, 30)),
])
def test_a_fiscal_word_beside_a_split_year_is_never_a_crop_year(text, due):
    assert fiscal_horizon(text, PUBLISHED).due == due


@pytest.mark.parametrize("text, due", [
    ("Canada's sugar output will probably rise in the 2026/27 season.", date(2027, 9, 30)),
    ("The wheat crop will likely reach 35 million tonnes in 2026-27.", date(2027, 6, 30)),
    ("Cocoa grindings are expected to fall in 2026/27.", date(2027, 9, 30)),
])
def test_a_season_split_year_stays_a_crop_year(text, due):
    assert fiscal_horizon(text, PUBLISHED).due == due


@pytest.mark.parametrize("text, due", [
    ("Visitor numbers are expected to pass 45 million in calendar 2027.", date(2027, 12, 31)),
    ("Sales are likely to exceed 10 million units in the calendar year 2028.", date(2028, 12, 31)),
    ("Exports will probably peak during calendar 2029.", date(2029, 12, 31)),
    ("Arrivals should reach a record by calendar year 2030.", date(2030, 12, 31)),
])
def test_calendar_year(text, due):
    assert find_horizon(text, "", CONTEXT).due == due


def test_a_past_calendar_year_dates_a_fact():
    assert find_horizon("Numbers, which reached 41 million in calendar 2025, keep growing.", "", CONTEXT) is None


@pytest.mark.parametrize("text, due, words", [
    ("China will step up pressure in the run-up to the 2028 presidential election.", date(2028, 12, 31),
     "in the run-up to the 2028 presidential election"),
    ("Attacks are expected to increase ahead of the April 2027 unified local elections.", date(2027, 4, 30),
     "ahead of the April 2027 unified local elections"),
    ("Turnout will probably fall in the lead-up to the 2030 referendum.", date(2030, 12, 31),
     "in the lead-up to the 2030 referendum"),
    ("Tensions are likely to rise in the build-up to the June 2027 summit.", date(2027, 6, 30),
     "in the build-up to the June 2027 summit"),
    ("Spending will rise in the months before the 2028 general election.", date(2028, 12, 31),
     "in the months before the 2028 general election"),
])
def test_an_events_run_up(text, due, words):
    found = find_horizon(text, "", CONTEXT)
    assert (found.due, found.text) == (due, words)


def test_an_events_run_up_takes_the_documents_date():
    context = HorizonContext(PUBLISHED, {}, {"election": date(2028, 1, 13)})
    assert find_horizon("Pressure will grow in the run-up to the 2028 election.", "", context).due == date(2028, 1, 13)


@pytest.mark.parametrize("text", [
    "Pressure grew in the run-up to the 2024 election.",  # a past event's run-up dates a fact
    "Pressure will grow ahead of the elections.",  # no year: read elsewhere
    "The party is ahead of its 2027 targets.",
])
def test_no_run_up(text):
    assert event_time_horizon(text, PUBLISHED, {}) is None


@pytest.mark.parametrize("text, due", [
    ("Storage is on course to reach 88% by the start of the heating season.", date(2027, 10, 1)),
    ("Stocks will likely fall below 40% before the end of the heating season.", date(2027, 3, 31)),
    ("Sites should be 90% full by the end of the injection season.", date(2027, 9, 30)),
    ("Refilling is likely to begin before the start of the injection season.", date(2027, 3, 31)),
    ("Withdrawals will probably slow by the close of the withdrawal season.", date(2027, 3, 31)),
])
def test_heating_and_injection_seasons(text, due):
    assert find_horizon(text, "", CONTEXT).due == due


@pytest.mark.parametrize("text, due", [
    ("Wage growth is likely to exceed 3 per cent in the 2027 spring wage negotiations.", date(2027, 5, 31)),
    ("The bill will probably pass at the 2027 autumn session.", date(2027, 11, 30)),
    ("Troops are likely to attack in the 2027 summer offensive.", date(2027, 8, 31)),
    ("A deal is likely in the 2027 winter round of talks.", date(2028, 2, 29)),
])
def test_a_seasons_round(text, due):
    assert find_horizon(text, "", CONTEXT).due == due


@pytest.mark.parametrize("text", [
    "Unions won 5% in the 2025 spring wage talks.",  # past
    "The 2027 spring will be warm.",  # a season, no round: read elsewhere
    "Heating demand will be high this season.",
])
def test_no_seasons_round(text):
    assert event_time_horizon(text, PUBLISHED, {}) is None


@pytest.mark.parametrize("text, due", [
    ("The film is more likely than not to lose at the March ceremony.", date(2027, 3, 31)),
    ("A deal is likely at the February talks.", date(2027, 2, 28)),
    ("The party will probably split at the June congress.", date(2027, 6, 30)),
    ("Delegates are expected to agree at the December conference.", date(2026, 12, 31)),
])
def test_a_months_occasion(text, due):
    assert find_horizon(text, "", CONTEXT).due == due


def _dues(text):
    return [(d.text, d.due) for d in extract_document(text, published=PUBLISHED).drafts]


def test_the_sentences_own_time_beats_a_carried_one():
    drafts = _dues("Analysts expect a launch before the end of 2026, possibly near Japan. A seventh test cannot be ruled "
                   "out, but one is considered unlikely before the end of fiscal 2026 in Japan.\n")
    assert drafts[1][1] == date(2027, 3, 31)


def test_a_carried_time_still_frames_a_sentence_with_none():
    drafts = _dues("The election will be held in 2028. The ruling party will probably lose its majority.\n")
    assert drafts[-1][1] == date(2028, 12, 31)


def test_a_past_fact_later_in_the_sentence_does_not_date_the_claim():
    drafts = _dues("In 2027, the main challenge will be the election. It is possible that new parties will be added to "
                   "the ballot; several parties were set up in 2025, three of which won seats in the autumn elections.\n")
    assert drafts[-1][1] == date(2027, 12, 31)


@pytest.mark.parametrize("text, due", [
    ("There is a 60pc probability of a milder-than-normal November and December.", date(2026, 12, 31)),
    ("I'd put a 65 per cent chance that December to February ends up colder than normal.", date(2027, 2, 28)),
    ("Odds are 40% that January to March turns out drier than average.", date(2027, 3, 31)),
    ("A colder-than-normal January is likely.", date(2027, 1, 31)),
    ("A wetter-than-average December through February looks probable.", date(2027, 2, 28)),
    ("We see a 30% chance that November-December will be warmer than normal.", date(2026, 12, 31)),
])
def test_a_run_of_months_as_the_claims_subject(text, due):
    assert find_horizon(text, "", CONTEXT).due == due


@pytest.mark.parametrize("text", [
    "December to February is usually the coldest stretch.",  # no comparison with normal: not the claim's months
    "A warmer-than-normal December 2025 hurt sales.",  # a year named: read elsewhere (past)
])
def test_no_run_of_months(text):
    found = find_horizon(text, "", CONTEXT)
    assert found is None or "normal" not in (found.text or "")


@pytest.mark.parametrize("text, due", [
    # the month is dated in a past year in its own sentence: a fact's month, not carried on
    ("Inflation will stay near 2% through 2027. \"Growth will be slow, as the grants run out in August,\" she said of "
     "the fund, whose deadline is Aug 31, 2026. Most economists said the target would probably be missed.\n",
     date(2027, 12, 31)),
    ("Demand will ease through 2028. Orders will likely slip, as the subsidy ends in March, on 31 March 2026 in "
     "fact. Most analysts said the plan would probably fail.\n", date(2028, 12, 31)),
])
def test_a_month_dated_in_the_past_is_not_carried(text, due):
    assert _dues(text)[-1][1] == due


def test_a_month_ahead_is_still_carried():
    drafts = _dues("The vote will be held in March. The ruling party will probably lose its majority.\n")
    assert drafts[-1][1] == date(2027, 3, 31)
