"""Bracketed resolution dates, legislative terms, US fiscal years named by US budget institutions, "the second
half of calendar year 2027", and message or wire header dates."""

from datetime import date

import pytest

from tracker.extract.horizon_brackets import bracket_horizon
from tracker.extract.horizon_fiscal import fiscal_country, fiscal_horizon
from tracker.extract.horizon_parliament import parliament_horizon
from tracker.extract.horizons import HorizonContext, find_horizon
from tracker.extract.published import publication_date
from tracker.extract.records import Document

PUBLISHED = date(2026, 7, 2)


@pytest.mark.parametrize("text, due, words", [
    ("Brazil win the women's Copa America [final, 2 Aug 2026]: 25%", date(2026, 8, 2), "[final, 2 Aug 2026]"),
    ("The ECB deposit rate at or above 2% [31 Dec 2026]: 60%", date(2026, 12, 31), "[31 Dec 2026]"),
    ("Labour ahead in the final poll [poll closes 14 September 2026]: 55%", date(2026, 9, 14),
     "[poll closes 14 September 2026]"),
    ("2026 is the hottest year on record [March 2027 release]: 30%", date(2027, 3, 31), "[March 2027 release]"),
    ("UK unemployment for October 2026 above 5% [released in December]: 40%", date(2026, 12, 31),
     "[released in December]"),
    ("Eurozone GDP for Q3 2026 positive [published in November]: 80%", date(2026, 11, 30), "[published in November]"),
    ("Gold above $4,000 [end-2026]: 45%", date(2026, 12, 31), "[end-2026]"),
    ("Gold above $4,000 [2027]: 45%", date(2027, 12, 31), "[2027]"),
    ("A ceasefire is agreed [vote 3 Nov, certified 20 Nov 2026]: 10%", date(2026, 11, 20),
     "[vote 3 Nov, certified 20 Nov 2026]"),
    ("Senate flips [2026-11-03]: 33%", date(2026, 11, 3), "[2026-11-03]"),
])
def test_bracketed_resolution_date(text, due, words):
    found = bracket_horizon(text, PUBLISHED)
    assert found is not None and found.due == due and found.text == words


@pytest.mark.parametrize("text", [
    "See [the May 2026 report](https://example.org/r) for why we expect a cut.",  # a Markdown link
    "Inflation will probably fall [3] as energy prices ease.",                    # a footnote
    "Rates will likely fall [sic] by the end of the year.",                       # an editor's note
    "The bank said it [updated 3 March 2026] expects a cut.",                      # a stamp, not a due date
    "Spain win the Nations League [final, 19 Jun 2026]: 20%",                      # before publication: no horizon
    "Turnout above 60% (final, 19 Jul 2026): 40%",                                 # round brackets: other readers
    "Rates will probably fall this year.",
])
def test_not_a_bracketed_resolution_date(text):
    assert bracket_horizon(text, PUBLISHED) is None


def _context(published=PUBLISHED, fiscal=None, events=None):
    return HorizonContext(published, {}, events or {}, None, fiscal)


def test_bracket_wins_and_leaves_question_words():
    horizon = find_horizon("Democrats win a House majority [3 Nov 2026]: 66%", "", _context())
    assert horizon.due == date(2026, 11, 3) and horizon.text == "[3 Nov 2026]"


@pytest.mark.parametrize("text, due", [
    ("It is unlikely the UK target will be met by the end of this Parliament.", date(2029, 8, 16)),
    ("The UK will probably miss its housing goal before the end of the current Parliament.", date(2029, 8, 16)),
    ("Emissions from British homes are likely to keep falling over the rest of this Parliament.", date(2029, 8, 16)),
    ("Westminster will likely pass the bill during the lifetime of this Parliament.", date(2029, 8, 16)),
])
def test_end_of_uk_parliament(text, due):
    found = parliament_horizon(text, date(2026, 6, 15), {}, False, lambda: date(2028, 6, 15))
    assert found is not None and found.due == due and found.flagged


def test_end_of_parliament_in_a_uk_document():
    found = parliament_horizon("The target will probably be met by the end of this Parliament.", date(2026, 6, 15), {},
                               True, lambda: date(2028, 6, 15))
    assert found.due == date(2029, 8, 16)


def test_end_of_parliament_dated_by_document_election():
    found = parliament_horizon("The coalition will likely survive until the end of this Parliament.", date(2026, 6, 15),
                               {"election": date(2027, 9, 26)}, False, lambda: date(2028, 6, 15))
    assert found.due == date(2027, 9, 26)


def test_end_of_unknown_legislature_flagged_default():
    found = parliament_horizon("The reform will probably pass before the end of the current legislature.",
                               date(2026, 6, 15), {}, False, lambda: date(2028, 6, 15))
    assert found.due == date(2028, 6, 15) and "event" in found.flagged


@pytest.mark.parametrize("text", [
    "Parliament will likely approve the budget next year.",
    "The European Parliament is expected to vote on the text.",
    "The committee reported to Parliament in March.",
])
def test_parliament_without_term_is_no_horizon(text):
    assert parliament_horizon(text, date(2026, 6, 15), {}, True, lambda: date(2028, 6, 15)) is None


@pytest.mark.parametrize("text, due", [
    ("The Social Security trust fund is projected to be exhausted in fiscal year 2032.", date(2032, 9, 30)),
    ("The Congressional Budget Office expects the deficit to narrow in fiscal year 2028.", date(2028, 9, 30)),
    ("Medicaid spending will probably exceed 4 percent of GDP in fiscal year 2030.", date(2030, 9, 30)),
    ("Congressional appropriators are expected to cut it in FY2029.", date(2029, 9, 30)),
    ("Federal debt will probably exceed its limit in fiscal year 2030.", date(2030, 12, 31)),  # whose: not said
])
def test_us_fiscal_year_named_by_its_institutions(text, due):
    assert fiscal_horizon(text, date(2026, 9, 9)).due == due


def test_us_document_counts_in_us_fiscal_years():
    text = "The Congressional Budget Office projects. CBO and the Congress. Congressional action. fiscal year 2030."
    assert fiscal_country(text) == "the United States (federal)"


@pytest.mark.parametrize("text, due", [
    ("Borrowing will likely reach the limit in the second half of calendar year 2027.", date(2027, 12, 31)),
    ("Output is expected to recover in the first half of calendar year 2027.", date(2027, 6, 30)),
    ("Output is expected to recover in the first half of calendar 2028.", date(2028, 6, 30)),
    ("Output is expected to recover in the second half of 2027.", date(2027, 12, 31)),
])
def test_half_of_calendar_year(text, due):
    assert find_horizon(text, "", _context(date(2026, 9, 9))).due == due


TODAY = date(2026, 12, 7)


@pytest.mark.parametrize("text, day", [
    ("From: A Writer <a@example.org>\nTo: list@example.org\nDate: Thu, 2 Jul 2026 06:30:00 +0100\nSubject: Numbers\n\n"
     "Of the 20 questions I published on 3 July 2025, twelve resolved.", date(2026, 7, 2)),
    ("From: desk@example.org\nDate: 14 May 2026 09:00:00 -0400\nSubject: Outlook\n\nAs I wrote on 2 February 2026 ...",
     date(2026, 5, 14)),
    ("WIRE SERVICE -- ECONOMY\n2026/11/26 14:52 KST\n\nSEOUL, Nov. 26 (Wire) -- The bank held rates.", date(2026, 11, 26)),
    ("AGENCY NEWS\n2026-10-03 08:15\n\nThe ministry said on 1 October 2026 ...", date(2026, 10, 3)),
])
def test_header_date(text, day):
    value, how, guessed = publication_date(Document(name="x", text=text), TODAY)
    assert value == day and "header" in how and not guessed


@pytest.mark.parametrize("text", [
    "Application form\nDate: 3 March 2026\nName: ____\n",    # a form's field: no other message header
    "Minutes\n2026/11/26 was the day of the vote.\n",          # a date in prose, no time of day
])
def test_not_a_header_date(text):
    _, how, _ = publication_date(Document(name="x", text=text), TODAY)
    assert "header" not in how


@pytest.mark.parametrize("text, due", [
    ("Analysts surveyed earlier this month expect the bank will probably hold rates next year.", date(2027, 12, 31)),
    ("The forecast, made earlier this week, sees prices rising in 2027.", date(2027, 12, 31)),
    ("The bank will likely cut rates later this month.", date(2026, 11, 30)),
    ("Shipments will probably recover this month.", date(2026, 11, 30)),
    ("Exports will likely pick up this quarter.", date(2026, 12, 31)),
    ("Growth will probably slow this year.", date(2026, 12, 31)),
])
def test_earlier_this_period_is_when_said(text, due):
    assert find_horizon(text, "", _context(date(2026, 11, 26))).due == due


@pytest.mark.parametrize("text", [
    "The governor said earlier this month that the bank would probably cut.",
    "Prices rose earlier this week and will likely keep rising.",
    "A survey earlier this quarter found that firms will probably hire.",
    "Output fell earlier this year and is likely to recover.",
])
def test_earlier_this_period_dates_nothing(text):
    assert find_horizon(text, "", _context(date(2026, 11, 26))) is None


@pytest.mark.parametrize("text, due", [
    ("The Fed will probably cut rates at its December 8-9 meeting.", date(2026, 12, 9)),
    ("The board is likely to hold at its January 27–28 meeting.", date(2027, 1, 28)),
    ("Leaders will likely agree a deal on December 14-15.", date(2026, 12, 15)),
    ("The Fed will probably cut rates at its December 8 meeting.", date(2026, 12, 8)),
    ("The ECB is likely to hold rates at its 16-17 December meeting.", date(2026, 12, 17)),
])
def test_month_first_day_range_ends_on_last_day(text, due):
    assert find_horizon(text, "", _context(date(2026, 11, 26))).due == due


def test_month_first_day_then_number_is_no_range():
    # "December 8-10.5%" is no day range; a score "December 8 - 2026" neither
    found = find_horizon("Yields will likely reach 4.5% by December 8-10.5 at most.", "", _context(date(2026, 11, 26)))
    assert found is None or found.due == date(2026, 12, 8)
