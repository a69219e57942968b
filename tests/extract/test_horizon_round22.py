"""Horizons from the twenty-second blind round of issue 13, on sentences written for the purpose: everyday time
words (tonight, the weekend, ending the year, the new year, the Lunar New Year, the decade being out, mid-month,
a month the claim is about, a window of days, a year looked ahead to); UK fiscal years told by the country's
institutions and money; the basis a projection is made on; a level "this week" a change starts from; a count
back ("for second time in three years"); a target set for a year; the forecast period a document never bounds."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_fiscal import fiscal_country, fiscal_horizon
from tracker.extract.horizon_period import period_reference, projection_end
from tracker.extract.horizon_spoken import spoken_horizon
from tracker.extract.horizons import HorizonContext, find_horizon

PUBLISHED = date(2026, 7, 8)  # a Wednesday
CONTEXT = HorizonContext(PUBLISHED, {}, {})


def found(clause: str, before: str = "", context: HorizonContext = CONTEXT):
    return find_horizon(clause, before, context)


def due(clause: str, published: date = PUBLISHED):
    horizon = found(clause, context=HorizonContext(published, {}, {}))
    return horizon.due if horizon else None


# --- everyday time words --------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    # tonight, this evening: the day of publication
    ("the senator will probably concede tonight", date(2026, 7, 8)),
    ("the council is likely to approve the plan this evening", date(2026, 7, 8)),
    ("markets are expected to fall overnight", date(2026, 7, 9)),
    # the weekend: the Sunday that ends it
    ("temperatures are likely to top 35 degrees over the weekend", date(2026, 7, 12)),
    ("the strike will probably spread this weekend", date(2026, 7, 12)),
    ("a deal is expected at the weekend", date(2026, 7, 12)),
    ("talks will likely resume next weekend", date(2026, 7, 19)),
    # ending the year: this year's end
    ("many farms will end the year in the red", date(2026, 12, 31)),
    ("the index is likely to finish the year above 5,000", date(2026, 12, 31)),
    ("the company expects to close the year with a small profit", date(2026, 12, 31)),
    # the new year: the turn of it; "in the new year" vaguer
    ("a truce that holds into the new year remains unlikely", date(2027, 1, 31)),
    ("the bill will probably pass before the new year", date(2027, 1, 31)),
    ("rates are likely to be cut in the new year", date(2027, 3, 31)),
    # the Lunar New Year: the next one after publication
    ("prices are likely to drop before the Lunar New Year", date(2027, 2, 5)),
    ("factories will probably stay shut until the Chinese New Year", date(2027, 2, 6)),
    ("demand should pick up ahead of the Spring Festival", date(2027, 2, 6)),
    # the decade being out: its last year
    ("stockpiles are unlikely to recover before the decade is out", date(2029, 12, 31)),
    ("the gap will probably close by the time the decade ends", date(2029, 12, 31)),
    ("a deal is unlikely before the decade's end", date(2029, 12, 31)),
    # mid-month: the 15th (before it: the 14th)
    ("the harvest is expected to be complete by mid-July", date(2026, 7, 15)),
    ("the ruling will probably come in mid-September", date(2026, 9, 15)),
    ("the plant will likely reopen before mid-March", date(2027, 3, 14)),
    ("the law is likely to take effect by mid-May 2028", date(2028, 5, 15)),
    # the month the claim is about
    ("the agency puts the chance of a warmer-than-normal August at 70 per cent", date(2026, 8, 31)),
    ("forecasters see a wetter than average November as likely", date(2026, 11, 30)),
    ("an above-normal September is the most likely outcome", date(2026, 9, 30)),
    ("the odds of a drier-than-usual June are about one in three", date(2027, 6, 30)),
    # a window of days: its last day
    ("Brent is likely to settle above $85 on any day between 1 July and 30 September 2026", date(2026, 9, 30)),
    ("a storm will probably make landfall between July 1 and November 30, 2026", date(2026, 11, 30)),
    ("the index should trade above 7,000 from 1 August to 31 October 2026", date(2026, 10, 31)),
    # a year looked ahead to
    ("Looking ahead to 2027, the pressures are not expected to ease", date(2027, 12, 31)),
    ("Looking forward to 2028, growth is likely to slow", date(2028, 12, 31)),
    ("Heading into 2027, most analysts expect rates to stay high", date(2027, 12, 31)),
])
def test_everyday_time_words_are_dated(clause, expected):
    horizon = found(clause)
    assert horizon is not None and horizon.due == expected, horizon


@pytest.mark.parametrize("clause", [
    "the night shift will probably be cut",             # "night" is no time here
    "weekend trading is likely to stay thin",           # the weekend as a kind of trading
    "the year ahead will be difficult",                 # not "end the year"
    "the year-end figures will be published later",
    "the new-year sales were weak",
    "the decade-long decline is likely to continue",
    "a mid-sized firm will probably buy it",
    "August was warmer than normal, the agency said",    # a past month, told as a fact
    "the warmer-than-normal August of last year hit yields",
    "the ministry expects to move ahead with the plan",  # "ahead" with no year
    "between 40 and 60 per cent of firms will probably cut jobs",
])
def test_near_misses_take_no_everyday_horizon(clause):
    assert spoken_horizon(clause, PUBLISHED) is None


def test_a_past_window_is_no_horizon():
    assert spoken_horizon("sales rose between 1 January and 31 March 2026", PUBLISHED) is None


def test_the_question_keeps_a_month_the_claim_is_about():
    text = "The weather service puts the chance of a warmer-than-normal August at 70 per cent.\n"
    drafts = extract_document(text, published=PUBLISHED).drafts
    assert drafts and "warmer-than-normal August" in drafts[0].text and drafts[0].due == date(2026, 8, 31)


def test_the_question_keeps_the_verb_of_ending_the_year():
    drafts = extract_document("Many farms will end the year in the red.\n", published=PUBLISHED).drafts
    assert drafts and drafts[0].due == date(2026, 12, 31) and " end the year in the red by " in drafts[0].text


# --- a clause's own time beats a borrowed one -------------------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    # the basis of a projection, put first, dates its data
    ("On the basis of market expectations at the end of May, debt interest is projected to reach 4 per cent by 2030",
     date(2030, 12, 31)),
    ("Based on prices as of mid-June, revenue is likely to fall in 2027", date(2027, 12, 31)),
    ("Assuming rates stay where they were in March, the deficit will probably narrow in 2028", date(2028, 12, 31)),
    ("3.5 On the basis of policy at the end of May, borrowing is expected to fall by 2029", date(2029, 12, 31)),
    # the level a change starts from, said with "this week", "last month"
    ("rates are likely to fall below $1,500 before the Lunar New Year, from $2,140 this week", date(2027, 2, 5)),
    ("inflation will probably ease to 2% next year from 3.1% last month", date(2027, 12, 31)),
    ("unemployment is expected to rise to 5% by 2028, up from 4.2% a year earlier", date(2028, 12, 31)),
    # a target or range set for a year
    ("battery storage will very likely exceed the range for 2030", date(2030, 12, 31)),
    ("the country is unlikely to meet its target for 2028", date(2028, 12, 31)),
    ("emissions will probably overshoot the ceiling for 2029", date(2029, 12, 31)),
])
def test_the_claims_own_time_is_read(clause, expected):
    horizon = found(clause)
    assert horizon is not None and horizon.due == expected, horizon


def test_a_level_this_week_still_dates_a_claim_about_this_week():
    assert due("rates will probably rise 5% this week") == date(2026, 7, 12)


@pytest.mark.parametrize("clause", [
    "farmers face losses for second time in three years",
    "the river flooded for a second time in five years",
    "prices fell for the third time in two years",
])
def test_a_count_back_is_no_horizon(clause):
    assert found(clause) is None


def test_a_plain_duration_is_still_read():
    assert due("the repairs will take three years") == date(2029, 7, 8)


def test_plans_for_a_year_still_take_no_horizon_from_for():
    assert found("the company has big plans for 2030") is None


# --- UK fiscal years: told by the country's institutions and money --------------------------------------------

UK_TEXT = ("Debt interest spending is projected to rise. The OBR expects gilt yields to stay high; the Bank of England "
           "has cut Bank Rate; the Debt Management Office plans £280 billion of gilts in 2026-27.")


def test_uk_institutions_and_pounds_name_the_uk():
    assert fiscal_country(UK_TEXT) == "the United Kingdom"


@pytest.mark.parametrize("clause, expected", [
    ("debt interest is projected to reach 4.1 per cent of GDP by 2030-31", date(2031, 3, 31)),
    ("net debt is expected to peak in 2027-28", date(2028, 3, 31)),
    ("there is a 1 in 4 chance that yields exceed 5 per cent in 2028-29", date(2029, 3, 31)),
    ("we expect issuance to skew short in 2026-27", date(2027, 3, 31)),
])
def test_uk_fiscal_years_end_on_31_march(clause, expected):
    horizon = found(clause, context=HorizonContext(PUBLISHED, {}, {}, fiscal=fiscal_country(UK_TEXT)))
    assert horizon is not None and horizon.due == expected, horizon


@pytest.mark.parametrize("text", [
    "Revenue rose 5% in 2025. The firm expects growth in 2026-27. Prices, costs and wages all rose.",
    "The Australian budget for 2026-27 was delivered. Australia expects a surplus. Australian exports grew. £5 fee.",
])
def test_few_uk_signs_do_not_make_a_uk_document(text):
    assert fiscal_country(text) != "the United Kingdom"


def test_a_split_year_alone_counts_a_document_in_fiscal_years():
    text = "Gilts sold off. The OBR and the Bank of England disagree. Borrowing will fall in 2027-28."
    assert fiscal_country(text) == "the United Kingdom"
    assert fiscal_horizon("borrowing will fall in 2027-28", PUBLISHED, fiscal_country(text)).due == date(2028, 3, 31)


# --- the forecast period a document never bounds ----------------------------------------------------------------

def test_an_unbounded_forecast_period_reaches_the_latest_year_projected():
    text = ("Debt interest is projected to reach 4 per cent of GDP by 2030-31. The OBR, gilts and the Bank of England. "
            "Debt interest will remain above 3 per cent throughout the forecast period.")
    end = projection_end(text, PUBLISHED)
    assert end == date(2031, 3, 31)
    horizon = period_reference("debt interest will remain above 3 per cent throughout the forecast period", end)
    assert horizon is not None and horizon.text == "throughout the forecast period"


@pytest.mark.parametrize("text", [
    "Growth will be 2% by 2030.",                                    # no reference to the period: nothing to bound
    "Over the forecast period growth averaged 2%, against 2019.",   # no year ahead to reach
])
def test_no_period_end_without_a_reference_and_a_year_ahead(text):
    assert projection_end(text, PUBLISHED) is None


def test_a_stated_period_end_still_wins():
    text = "The projection period runs until 2028. Growth will stay weak over the projection period, even by 2035."
    assert projection_end(text, PUBLISHED) == date(2028, 12, 31)


# --- the vote a news page is about, dated from the page's day ---------------------------------------------------

from tracker.extract.horizon_document import event_dates, heading_horizon  # noqa: E402

MONDAY = date(2026, 11, 2)


@pytest.mark.parametrize("sentence, expected", [
    ("Americans go to the polls tomorrow to elect a new Congress.", date(2026, 11, 3)),
    ("Germans vote on Sunday in a snap election.", date(2026, 11, 8)),
    ("Voters head to the polls on Thursday.", date(2026, 11, 5)),
    ("Residents cast their ballots on Saturday.", date(2026, 11, 7)),
])
def test_a_vote_said_from_the_page_s_day(sentence, expected):
    assert event_dates([sentence], MONDAY).get("election") == expected


@pytest.mark.parametrize("sentences", [
    ["The election official warned on Monday that counting would be slow."],   # the page's day: said, not voted
    ["Lawmakers voted on Monday to delay the bill."],                          # a past vote
    ["US midterm elections 2026 live, Mon 2 November 2026"],                   # the page's own date
])
def test_the_page_s_own_day_is_no_election_day(sentences):
    assert event_dates(sentences, MONDAY).get("election") is None


def test_the_page_s_date_beside_the_vote_s_name_leaves_the_us_election_day():
    found = event_dates(["US midterm elections 2026 live: Mon 2 November 2026",
                         "Election Day is near; the House and the Senate are at stake in the midterms."], MONDAY)
    assert found.get("election") == date(2026, 11, 3)


def test_outcome_claims_on_an_election_eve_page_are_due_on_polling_day():
    text = ("# US midterm elections 2026 live: Democrats favoured as polls tighten\n\n"
            "Americans go to the polls tomorrow to elect the House and a third of the Senate.\n\n"
            "Republicans are likely to keep their majority in the Senate.\n")
    drafts = extract_document(text, published=MONDAY).drafts
    assert drafts and drafts[-1].due == date(2026, 11, 3)


# --- a table caption's month dates its figures, not a horizon --------------------------------------------------

@pytest.mark.parametrize("heading", [
    "Table 1: Connection queue by technology, June 2026 (GW)",
    "Figure 3: Prices, Sept. 2026",
    "Chart: outstanding loans at 30 June 2026",
])
def test_a_past_month_in_a_heading_is_no_horizon(heading):
    assert heading_horizon(heading, HorizonContext(date(2026, 10, 14), {}, {})) is None


@pytest.mark.parametrize("heading, expected", [
    ("Outlook to December 2026", date(2026, 12, 31)),
    ("Data as of 30 September 2026; forecasts for 2027", date(2027, 12, 31)),
    ("The Zapad 2027 exercise", date(2027, 12, 31)),
])
def test_a_year_ahead_in_a_heading_still_dates_its_section(heading, expected):
    assert heading_horizon(heading, HorizonContext(date(2026, 10, 14), {}, {})).due == expected


def test_a_weekday_in_news_that_is_no_voting_day_leaves_the_election_date():
    found = event_dates(["Latvians vote on Oct. 3 in a parliamentary election.",
                         "A survey published on Tuesday, up from seven at the last election in 2022."], date(2026, 9, 24))
    assert found.get("election") == date(2026, 10, 3) and "another vote" not in found


def test_a_voting_day_beside_the_vote_s_name_dates_it():
    found = event_dates(["Voters go to the polls on Sunday in a snap election."], MONDAY)
    assert found.get("election") == date(2026, 11, 8)
