"""Horizons from the twenty-third blind round of issue 13, on sentences written for the purpose: seasons read in
the hemisphere the document is written from; a season's own run of dates; "this financial year" by the country's
convention; a comparison's baseline ("the long-term average") that is no time; a month range after "for"; a period
named by its year ("before the 2027 rainy season ends in October"); a date folded into a noun phrase ("the
end-2026 deadline"); the end of the decade "through"; words pointing back at an earlier time ("by then", "before
the deadline"); a printed time legend in bold; a half-year a claim starts from; "past June 2027"."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_calendar import calendar_horizon
from tracker.extract.horizon_fiscal import fiscal_country, fiscal_horizon
from tracker.extract.horizon_hemisphere import SOUTHERN, MARK, southern_hemisphere
from tracker.extract.horizon_seasons import SEASON_END, season_dates
from tracker.extract.horizon_term_spans import defined_spans
from tracker.extract.horizon_year_periods import year_period_horizon
from tracker.extract.horizons import HorizonContext, find_horizon

PUBLISHED = date(2026, 10, 13)
CONTEXT = HorizonContext(PUBLISHED, {"long term": (60, 120, "test"), "near term": (0, 24, "test")}, {})
SOUTH = HorizonContext(PUBLISHED, CONTEXT.terms, {SOUTHERN: MARK})


def due(clause: str, context: HorizonContext = CONTEXT):
    horizon = find_horizon(clause, "", context)
    return horizon.due if horizon else None


# --- seasons in the southern hemisphere --------------------------------------------------------------------------

@pytest.mark.parametrize("clause, north, south", [
    ("the Pacific will probably remain neutral through summer", date(2027, 8, 31), date(2027, 2, 28)),
    ("heatwaves are likely to be more frequent this summer", date(2027, 8, 31), date(2027, 2, 28)),
    ("sea temperatures will likely stay high through to the end of autumn", date(2026, 11, 30), date(2027, 5, 31)),
    ("rainfall is expected to be below average over the winter", date(2027, 2, 28), date(2027, 8, 31)),
    ("the dams will probably spill before the spring", date(2027, 2, 28), date(2027, 8, 31)),
    ("growers expect a late harvest in autumn 2027", date(2027, 11, 30), date(2027, 5, 31)),
    # the season's character is the claim: the next such season
    ("there is a 30 per cent chance of a cooler-than-normal summer", date(2027, 8, 31), date(2027, 2, 28)),
    ("forecasters give even odds of a wetter winter", date(2027, 2, 28), date(2027, 8, 31)),
    ("the outlook favours an above-average spring", date(2027, 5, 31), date(2026, 11, 30)),
])
def test_seasons_by_hemisphere(clause, north, south):
    assert due(clause) == north
    assert due(clause, SOUTH) == south


def test_a_southern_summer_under_way_ends_in_february_of_the_same_year():
    horizon = calendar_horizon("it will stay hot this summer", date(2027, 1, 10), southern=True)
    assert horizon.due == date(2027, 2, 28) and "southern" in horizon.flagged


@pytest.mark.parametrize("clause", [
    "the summer recess will probably be cut short",  # an event named by its season
    "a hot summer for the south",  # no claim word before the season: no horizon from the character form
    "ministers will likely meet before the Winter Olympics",
])
def test_season_near_misses(clause):
    horizon = find_horizon(clause, "", SOUTH)
    assert horizon is None or "season read" not in (horizon.flagged or "")


@pytest.mark.parametrize("text, south", [
    ("Posted 5:00am AEST. Queensland braces for a wet summer. The Bureau of Meteorology says Darwin will be hit.", True),
    ("Posted 5:00am AEST. Queensland braces for floods. The Bureau of Meteorology says Darwin will be hit.", False),  # no season
    ("Auckland and Wellington face a dry summer, NIWA says. New Zealand farmers are worried.", True),
    ("Farmers in Cape Town and across South Africa expect a dry winter; Johannesburg too.", True),
    ("Buenos Aires: Argentina's growers expect a record winter crop; Argentine exports will rise.", True),
    ("The US and Europe expect a hot summer; Australia too.", False),
    ("Washington will probably act before the summer. The EU and the UK agree. Sydney was mentioned once.", False),
    ("Charles Darwin wrote about finches.", False),
])
def test_southern_hemisphere_documents(text, south):
    assert southern_hemisphere([text]) is south


# --- a season's own dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, end", [
    ("The season officially runs from November 1 to April 30.", date(2027, 4, 30)),
    ("The wet season usually lasts from December to March.", date(2027, 3, 31)),
    ("The fire season runs from 1 October until 31 March.", date(2027, 3, 31)),
    ("The season ends on 30 November.", date(2026, 11, 30)),
])
def test_season_run_of_dates_ends_with_the_second(sentence, end):
    assert season_dates([sentence], PUBLISHED)[SEASON_END] == end


def test_this_season_is_dated_by_the_season_definition_not_the_long_term_average():
    events = season_dates(["The season officially runs from November 1 to April 30."], PUBLISHED)
    context = HorizonContext(PUBLISHED, CONTEXT.terms, events)
    assert due("the country is likely to see 11 cyclones this season, in line with the long-term average", context) \
        == date(2027, 4, 30)


# --- a comparison's baseline is no time ---------------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "rainfall is likely to be close to the long-term average",
    "prices will probably stay below their long-term trend",
    "temperatures are expected to exceed the long-term mean",
    "the index will likely revert to its long-term median",
])
def test_long_term_baseline_is_no_horizon(clause):
    assert find_horizon(clause, "", CONTEXT) is None


@pytest.mark.parametrize("clause", [
    "the economy will probably recover in the long term",
    "a long-term deal is unlikely",
])
def test_long_term_still_a_horizon(clause):
    assert due(clause) == date(2036, 10, 13)


# --- this financial year ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, country, expected", [
    ("claims are expected to top $2 billion this financial year", "Australia", date(2027, 6, 30)),
    ("the deficit will likely narrow in the current fiscal year", "Australia", date(2027, 6, 30)),
    ("revenue is expected to rise next financial year", "Australia", date(2028, 6, 30)),
    ("borrowing will probably overshoot this financial year", "the United Kingdom", date(2027, 3, 31)),
    ("outlays are likely to rise this fiscal year", "the United States (federal)", date(2027, 9, 30)),
])
def test_this_financial_year(clause, country, expected):
    assert fiscal_horizon(clause, PUBLISHED, country).due == expected


def test_this_financial_year_without_a_convention_is_not_guessed():
    assert fiscal_horizon("claims will top $2 billion this financial year", PUBLISHED, None) is None


def test_financial_year_counts_for_the_document_country():
    assert fiscal_country("Australian insurers say this financial year is bad. Australia and Australian households pay.") == "Australia"


# --- a month range after "for" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("an 80 per cent chance of above-median rainfall for November to January", date(2027, 1, 31)),
    ("a 60% chance of below-normal rain for December-February", date(2027, 2, 28)),
    ("the outlook for March to May favours warmth", date(2027, 5, 31)),
])
def test_month_range_after_for(clause, expected):
    assert due(clause) == expected


# --- a period named by its year ------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("neither side is likely to attack before the 2027 rainy season ends in October", date(2027, 10, 31)),
    ("famine will almost certainly persist through the 2027 lean season, which runs from June to September",
     date(2027, 9, 30)),
    ("prices will likely stay high during the 2028 dry season, which lasts from May to August", date(2028, 8, 31)),
    ("the bloc will probably not readmit it before the Philippines' 2026 chairmanship ends", date(2026, 12, 31)),
    ("the bill is unlikely to pass before the 2027 session closes", date(2027, 12, 31)),
    ("it is doubtful that the grants will be disbursed before the end-2026 payment deadline", date(2026, 12, 31)),
    ("the plant will probably miss the mid-2027 completion target", date(2027, 6, 30)),
])
def test_period_named_by_its_year(clause, expected):
    assert due(clause) == expected


@pytest.mark.parametrize("clause", [
    "the 2027 season will probably be busy",  # no month and no end: left to the other readers
    "the end-2026 figures were revised",  # no deadline noun
    "before the session ends in October",  # no year
])
def test_period_named_by_its_year_near_misses(clause):
    assert year_period_horizon(clause, PUBLISHED) is None


# --- the end of the decade, past a month -----------------------------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("demand will probably keep growing through the end of the decade", date(2029, 12, 31)),
    ("output is likely to rise through to the end of the decade", date(2029, 12, 31)),
    ("the transition will probably slip past June 2027", date(2027, 6, 30)),
    ("a 60 percent probability that the launch slips beyond March 2028", date(2028, 3, 31)),
])
def test_decade_and_past_a_month(clause, expected):
    assert due(clause) == expected


def test_from_a_half_year_is_a_start():
    horizon = find_horizon("activity will almost certainly intensify from the second half of 2027", "", CONTEXT)
    assert horizon.due == date(2027, 12, 31) and "start" in horizon.flagged


# --- words pointing back at an earlier time ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The city aims to move its ministries to the new capital by 2028. We judge it unlikely that the move will be "
     "complete by then.", date(2028, 12, 31)),
    ("The port expects to open in March 2028. We assess it is unlikely to be finished by that time.", date(2028, 3, 31)),
    ("A 15% levy is due to take effect on January 1, 2027. Traders expect importers to stockpile metal before the "
     "deadline.", date(2026, 12, 31)),
    ("The new rules apply from 1 July 2027. Banks are likely to cut lending before that date.", date(2027, 6, 30)),
])
def test_pointing_back(text, expected):
    drafts = extract_document(text + "\n", published=date(2026, 10, 8)).drafts
    assert drafts and drafts[-1].due == expected
    assert "by then" not in drafts[-1].text and "by that time" not in drafts[-1].text


def test_a_sentence_of_its_own_does_not_take_an_earlier_aim():
    drafts = extract_document("The city aims to move its ministries by 2028. We judge it unlikely that the economy "
                              "will grow.\n", published=date(2026, 10, 8)).drafts
    assert drafts and drafts[-1].due != date(2028, 12, 31)


# --- a printed time legend --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, near, medium", [
    ("Time frames: **near term** means up to 12 months; **medium term** one to three years; **long term** more "
     "than three years.", 12, 36),
    ("Timeframes: near term: up to 6 months; medium term: 6-24 months; long term: beyond two years.", 6, 24),
    ("Time frames: _short term_ means within a year; _medium term_ means one to five years.", None, 60),
])
def test_time_legend_in_bold_or_plain(text, near, medium):
    spans = defined_spans(text)
    assert spans.get("medium term", (0, None))[1] == medium
    if near is not None:
        assert spans["near term"][1] == near


def test_single_term_in_prose_defines_nothing():
    assert defined_spans("A **near term** fix lasting two years is what the minister wants.") == {}


@pytest.mark.parametrize("clause, expected", [
    ("the central bank projects growth of 2.1 percent for 2026", date(2026, 12, 31)),
    ("a deficit of 3% of GDP for 2027", date(2027, 12, 31)),
    ("output of 1.5 million tonnes for 2028", date(2028, 12, 31)),
    ("a surplus of 2 billion for 2029", date(2029, 12, 31)),
])
def test_a_figure_set_for_a_year_is_due_at_its_end(clause, expected):
    assert due(clause) == expected


@pytest.mark.parametrize("clause", [
    "the fund has set aside money for 2030 projects",   # "for" after a word that is no figure: no time of the claim
    "the plans for 2030 will be published",
])
def test_for_a_year_after_other_words_is_no_horizon(clause):
    assert due(clause) is None
