"""Horizons from the twenty-fifth blind round of issue 13, on sentences written for the purpose: a time word that
qualifies a financial noun ("its short-term policy rate") is no horizon; a report "due <day>"; "into early 2027";
either of two months ends at the later; crop and marketing years ("the 2026/27 season") and counts of seasons; the
claim's own time beats an aside's after it (", with ... next week") and a year that names what a budget is for;
"through the year-end"; a projection period in reported speech is another body's; a publication's name with its
year ("Annual Report 2026") heads a document without dating its judgements."""

from datetime import date

import pytest

from tracker.extract.horizon_crop_years import CROP_YEAR, counts_in_crop_years, season_end_month
from tracker.extract.horizon_fiscal import fiscal_country
from tracker.extract.horizon_period import period_default
from tracker.extract.horizon_scope import without_consequence, without_named_year
from tracker.extract.horizons import HorizonContext, find_horizon, heading_horizon

PUBLISHED = date(2026, 11, 27)
TERMS = {"short term": (0, 6, "test"), "near term": (0, 24, "test"), "long term": (60, 120, "test")}
CONTEXT = HorizonContext(PUBLISHED, TERMS, {})


def horizon(clause: str, context: HorizonContext = CONTEXT):
    return find_horizon(clause, "", context)


def due(clause: str, context: HorizonContext = CONTEXT):
    found = horizon(clause, context)
    return found.due if found else None


# --- a time word that says what sort of instrument, not when -------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("the bank is expected to raise its short-term policy rate to 1% at its Dec. 17-18 meeting", date(2026, 12, 18)),
    ("the bank will probably lift its short-term policy rate at its January 21-22 meeting", date(2027, 1, 22)),
    ("long-term government bond yields will likely rise in March", date(2027, 3, 31)),
    ("issuance of medium-term notes is set to climb next year", date(2027, 12, 31)),
    ("short-term commercial paper rates will probably ease by June 2027", date(2027, 6, 30)),
])
def test_a_time_word_before_an_instrument_is_no_horizon(clause, expected):
    assert due(clause) == expected


@pytest.mark.parametrize("clause", [
    "the central bank will probably cut its short-term interest rate target",
    "long-term government bond yields will rise",
    "issuers will likely favour medium-term notes",
])
def test_an_instrument_alone_states_no_time(clause):
    assert horizon(clause) is None


@pytest.mark.parametrize("clause, words", [
    ("a long-term deal on rates is likely", "long term"),       # a deal: a time, the noun after "on" is not its kind
    ("a long-term growth plan will probably pass", "long term"),
    ("inflation will ease in the near term", "near term"),
    ("a near-term agreement is unlikely", "near term"),
    ("in the short term, the bank will raise rates", "short term"),
])
def test_a_time_word_that_is_a_time_stays(clause, words):
    assert horizon(clause).text == words


# --- "due <day>": a report or event named with the day it comes ---------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("The quarterly business survey, due Dec. 15, is expected to show sentiment unchanged", date(2026, 12, 15)),
    ("GDP data due Jan. 20 should show a contraction", date(2027, 1, 20)),
    ("the payrolls report, due out on Friday Dec. 4, will probably show gains", date(2026, 12, 4)),
    ("inflation figures due for release on 8 January are expected to show a rise", date(2027, 1, 8)),
    ("the ruling, due 15 December 2026, will likely go against the firm", date(2026, 12, 15)),
    ("the trade figures due on February 3 will probably show a surplus", date(2027, 2, 3)),
])
def test_due_and_a_day(clause, expected):
    assert due(clause) == expected


@pytest.mark.parametrize("clause", [
    "the bonds due 2030 will probably be repaid",        # a maturity year is read elsewhere, not as a day
    "the report is due soon",
])
def test_due_without_a_day_is_not_a_day(clause):
    found = horizon(clause)
    assert found is None or found.text not in ("2030",)


# --- "into early 2027": a time the claim runs into -------------------------------------------------------------------

@pytest.mark.parametrize("clause, words, expected", [
    ("the electronics upcycle will carry into early 2027", "into early 2027", date(2027, 12, 31)),
    ("the slump is likely to drag on into 2028", "into 2028", date(2028, 12, 31)),
    ("the recovery will probably extend into late 2027", "into late 2027", date(2027, 12, 31)),
    ("the strike could spill over into 2027", "into 2027", date(2027, 12, 31)),
])
def test_into_a_year(clause, words, expected):
    found = horizon(clause)
    assert (found.text, found.due) == (words, expected)


def test_into_a_past_year_dates_a_fact():
    assert horizon("sales grew strongly into 2025") is None


# --- either of two months ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("a rate hike in January or March is likely", date(2027, 3, 31)),
    ("a cut in December or January is likely", date(2027, 1, 31)),
    ("we expect a hike in May or in June", date(2027, 6, 30)),
    ("a deal in January or March 2028 is likely", date(2028, 3, 31)),
    ("a vote in April and June is planned", date(2027, 6, 30)),
    ("the bank will probably move by early February or March", date(2027, 3, 31)),
])
def test_either_of_two_months_ends_at_the_later(clause, expected):
    assert due(clause) == expected


@pytest.mark.parametrize("clause, words, expected", [
    ("rates will rise in March and prices will fall", "in March", date(2027, 3, 31)),
    ("a hike in January is likely", "in January", date(2027, 1, 31)),
    ("the vote will come in May or later", "in May", date(2027, 5, 31)),
    ("a hike in March or April's meeting is unlikely", "in March or April", date(2027, 4, 30)),
    ("a hike in March or Brussels will fail", "in March", date(2027, 3, 31)),
])
def test_one_month_stays_one_month(clause, words, expected):
    found = horizon(clause)
    assert (found.text, found.due) == (words, expected)


# --- crop and marketing years ----------------------------------------------------------------------------------------

CROP = HorizonContext(date(2026, 8, 6), TERMS, {}, fiscal=CROP_YEAR)
PLAIN = HorizonContext(date(2026, 8, 6), TERMS, {})


@pytest.mark.parametrize("clause, expected", [
    ("the 2026/27 season will probably end with a surplus of 142,000t", date(2027, 9, 30)),
    ("the board expects to purchase 650,000t of beans in 2026/27", date(2027, 9, 30)),
    ("India's 2026-27 sugar output is likely to reach 30mn t", date(2027, 9, 30)),
    ("exports in the 2026-27 season will probably stay below 1mn t", date(2027, 9, 30)),
    ("the 2026/27 coffee crop is expected to be smaller", date(2027, 9, 30)),
    ("German wheat exports are poised to drop below 6 million tonnes in 2026/27", date(2027, 6, 30)),
    ("US corn stocks will likely rise in 2026/27", date(2027, 8, 31)),
    ("the 2026/27 cotton harvest is expected to be large", date(2027, 7, 31)),
    ("the 2026/27 season (October-September) will end in deficit", date(2027, 9, 30)),
    ("the 2026/27 wheat crop (June-May) will probably be large", date(2027, 5, 31)),
])
def test_a_season_word_makes_a_split_year_a_crop_year(clause, expected):
    assert due(clause, PLAIN) == expected


@pytest.mark.parametrize("clause, expected", [
    ("the global market will swing to a deficit of 2mn t in 2026-27", date(2027, 9, 30)),
    ("analysts see the 2026-27 output at 30mn t", date(2027, 9, 30)),
])
def test_a_crop_document_counts_every_split_year_as_a_season(clause, expected):
    assert due(clause, CROP) == expected
    assert due(clause, PLAIN) != expected  # without the document's convention: a fiscal year, flagged


@pytest.mark.parametrize("clause, expected", [
    ("the 2026/27 budget will probably be in deficit", date(2027, 6, 30)),   # no country known: flagged as before
    ("the UK deficit will fall in 2026-27", date(2027, 3, 31)),
])
def test_a_budget_year_stays_a_fiscal_year(clause, expected):
    assert due(clause, PLAIN) == expected


def test_a_crop_document_keeps_its_fiscal_years():
    assert due("the fiscal 2027 budget for the cocoa board will be in deficit", CROP) == date(2027, 12, 31)


@pytest.mark.parametrize("text, crop", [
    ("The 2026/27 cocoa season starts in October. Grindings in 2026/27 will fall. The 2025/26 crop was small.", True),
    ("Sugar output in 2026-27 will rise. Cane area for 2026-27 is up. Exports for the 2025-26 season were low.", True),
    ("The 2026-27 budget will be tight. Borrowing in 2027-28 rises. The 2025-26 deficit was 4%.", False),
    ("The 2026/27 season will be good.", False),  # one split year: no convention
])
def test_crop_documents(text, crop):
    assert counts_in_crop_years(text) is crop
    assert (fiscal_country(text) == CROP_YEAR) is crop


@pytest.mark.parametrize("text, month", [
    ("the 2026/27 season", 9), ("wheat in 2026/27", 6), ("soybean crush in 2026/27", 8), ("cotton in 2026/27", 7),
    ("the season (April-March)", 3), ("seasons run October to September", 9),
])
def test_season_end_months(text, month):
    assert season_end_month(text) == month


@pytest.mark.parametrize("clause, context, words, expected", [
    ("the country will probably overtake its rival as the number two grower within two seasons",
     HorizonContext(date(2026, 10, 21), TERMS, {}, fiscal=CROP_YEAR), "within two seasons", date(2028, 9, 30)),
    ("the country will probably overtake its rival within two seasons", CROP, "within two seasons", date(2027, 9, 30)),
    ("output will probably climb next season", CROP, "next season", date(2027, 9, 30)),
    ("output will probably climb next season", HorizonContext(date(2026, 10, 21), TERMS, {}, fiscal=CROP_YEAR),
     "next season", date(2028, 9, 30)),
    ("the club is likely to win the league within three seasons", PLAIN, "within three seasons", date(2029, 8, 31)),
    ("diversion to ethanol will probably climb to 4.5mn t next season, from about 3.6mn t in 2025-26", CROP,
     "next season", date(2027, 9, 30)),
])
def test_counts_of_seasons(clause, context, words, expected):
    found = horizon(clause, context)
    assert (found.text, found.due) == (words, expected)


@pytest.mark.parametrize("clause", ["this season will be dry", "the team played well last season"])
def test_a_season_with_no_count_is_no_count(clause):
    found = horizon(clause, PLAIN)
    assert found is None or "season" not in (found.text or "") or "count" not in (found.flagged or "")


# --- the claim's own time beats an aside's or a noun's ----------------------------------------------------------

@pytest.mark.parametrize("clause, words", [
    ("the city is on course to reclaim the top spot in listings this year, with a large offering due to open next week",
     "this year"),
    ("completions are set to reach about 38,000 in 2026, still short of the 50,000 a year the plan targets from 2026 "
     "to 2030", "in 2026"),
    ("exports will rise 3% in 2027, while imports fall in 2028", "in 2027"),
    ("the deficit will narrow in 2027, well below the 3% the rules allow by 2030", "in 2027"),
    ("prices will probably peak in March, compared with a peak in June 2027 last cycle", "in March"),
])
def test_the_claims_time_beats_an_asides(clause, words):
    assert horizon(clause).text == words


@pytest.mark.parametrize("clause, words", [
    ("Growth will slow, with GDP expanding 1.2% in 2027", "in 2027"),   # the claim has no time: the aside's dates it
    ("the market will stay tight, with prices rising through June 2027", "through June 2027"),
])
def test_an_asides_time_counts_when_the_claim_has_none(clause, words):
    assert horizon(clause).text == words


@pytest.mark.parametrize("clause, words", [
    ("The government is set to approve an extra budget for fiscal 2026 next week", "next week"),
    ("the bank will raise its forecast for 2027 growth in March", "in March"),
    ("Parliament will pass the spending plan for 2027-28 by the end of March", "by the end of March"),
    ("the ministry is expected to unveil its targets for 2030 later this month", "later this month"),
    ("the firm will meet its target for 2030 by the end of next year", "next year"),
])
def test_a_year_naming_a_nouns_purpose_is_not_when(clause, words):
    assert horizon(clause).text == words


@pytest.mark.parametrize("clause, expected", [
    ("the cabinet will approve the budget for fiscal 2027", date(2027, 12, 31)),   # no other time: the year dates it
    ("the firm will meet its target for 2028", date(2028, 12, 31)),
])
def test_a_named_year_alone_still_dates(clause, expected):
    assert due(clause) == expected


@pytest.mark.parametrize("clause, masked", [
    ("approve a budget for fiscal 2026 next week", True),
    ("approve the plan for 2027-28 in March", True),
    ("growth will reach 2% in 2027", False),
    ("prices will rise for 2027 and 2028", False),
])
def test_without_named_year(clause, masked):
    assert (without_named_year(clause) is not None) is masked


@pytest.mark.parametrize("clause, kept", [
    ("X will rise this year, with Y falling next week", "X will rise this year"),
    ("X will rise, still short of the target", "X will rise"),
    ("X will rise this year", "X will rise this year"),
])
def test_trailing_asides_are_cut(clause, kept):
    assert without_consequence(clause)[0] == kept


# --- the year's end ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, words", [
    ("the yen will likely stay weak through the year-end", "through the year-end"),
    ("the index will close at 5,000 at end-year", "at end-year"),
    ("rates will hold into year-end", "into year-end"),
    ("the rally will probably last to year end", "to year end"),
    ("prices will rise by year-end", "by year-end"),
])
def test_the_years_end(clause, words):
    found = horizon(clause)
    assert (found.text, found.due) == (words, date(2026, 12, 31))


# --- a projection period in another body's words ----------------------------------------------------------------

@pytest.mark.parametrize("text, own", [
    ("The central bank projected inflation of 2.1 percent. It said inflation is likely to reach 2 percent in the second "
     "half of the three-year projection period. Growth will slow.", False),
    ("The ministry said it would keep spending flat over the two-year forecast horizon. Growth will slow.", False),
    ("According to the agency, the five-year outlook period shows risks. Growth will slow.", False),
    ("Over the three-year projection period, we expect growth to slow.", True),
    ("This report looks at the two-year outlook period. Growth will slow.", True),
    ("Each risk's score is the estimated chance of it occurring in the two-year assessment period.", True),
])
def test_a_reported_projection_period_is_not_the_documents(text, own):
    assert (period_default(text, PUBLISHED) is not None) is own


# --- a publication's name with its year is not a horizon ------------------------------------------------------------

@pytest.mark.parametrize("heading, expected", [
    ("Public Report 2026", None),
    ("Annual Review 2026", None),
    ("Statistical Yearbook 2027", None),
    ("18 Fiscal Assessment Report | June 2026", None),
    ("Economic Outlook for 2026", date(2026, 12, 31)),
    ("Outlook 2027", date(2027, 12, 31)),
    ("Exercise Zapad 2027", date(2027, 12, 31)),
    ("Annual Review 2026: Outlook for 2027", date(2027, 12, 31)),
])
def test_a_publications_year_heads_without_dating(heading, expected):
    found = heading_horizon(heading, HorizonContext(date(2026, 7, 8), TERMS, {}))
    assert (found.due if found else None) == expected


# --- two values in two fiscal years; a year as what is thought of; a second act of speech ---------------------------

@pytest.mark.parametrize("clause, words, expected", [
    ("GDP will grow 0.7 percent in fiscal 2026 and 0.9 percent in fiscal 2027, on average", "in fiscal 2027",
     date(2027, 12, 31)),
    ("profits will rise in FY2026 and in FY2027", "in FY2027", date(2027, 12, 31)),
    ("Japanese exports will grow 1% in fiscal 2026 and 2% in fiscal 2027", "in fiscal 2027", date(2028, 3, 31)),
])
def test_two_fiscal_years_are_decided_by_the_later(clause, words, expected):
    found = horizon(clause)
    assert (found.text, found.due) == (words, expected)


@pytest.mark.parametrize("clause, words", [
    ("spending in fiscal 2027 and fiscal 2026 will fall", "in fiscal 2027"),   # the later first: it stays
    ("the deficit in fiscal 2027 will fall, and debt too", "in fiscal 2027"),
])
def test_one_fiscal_year_stays(clause, words):
    assert horizon(clause).text == words


@pytest.mark.parametrize("clause, expected", [
    ("We think 2027 will be bigger still, because many firms are not ready to price before Christmas", date(2027, 12, 31)),
    ("Analysts expect 2028 will bring a rebound", date(2028, 12, 31)),
    ("traders reckon 2027 is likely to be tighter, as stocks run down before Easter", date(2027, 12, 31)),
    ("the chair says 2029 will be the peak", date(2029, 12, 31)),
])
def test_a_year_as_what_is_thought_of(clause, expected):
    assert due(clause) == expected


@pytest.mark.parametrize("clause, words", [
    ("The study group forecast a global surplus of about 200,000 tonnes this year and said the surplus would narrow in 2027",
     "this year"),
    ("the agency expects a deficit in March and warned that supply would tighten in 2028", "in March"),
    ("the bank cut rates and said it would cut again in March", "in March"),   # the first act has no time: the second's
    ("the ministry kept its forecast and warned that growth would slow in 2027", "in 2027"),
])
def test_a_second_act_of_speech_has_its_own_time(clause, words):
    assert horizon(clause).text == words
