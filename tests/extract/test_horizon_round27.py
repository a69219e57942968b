"""Round 27's horizon forms: a season with its year after any preposition ("the events of summer 2027"), a fiscal
split year after "until at least", a fiscal year whose end is written out ("the fiscal year ending March 2027"), a
span counted back from its last year ("the ten years to 2031"), "well into the 2030s", the next legislature, and a
runoff dated by "a second round on ..."."""

from datetime import date

import pytest

from tracker.extract.horizon_calendar import calendar_horizon
from tracker.extract.horizon_document import event_dates, event_key
from tracker.extract.horizon_far import far_horizon
from tracker.extract.horizon_fiscal import fiscal_horizon
from tracker.extract.horizon_parliament import parliament_horizon
from tracker.extract.horizon_ranges import range_horizon
from tracker.extract.horizons import HorizonContext, find_horizon

PUBLISHED = date(2026, 6, 15)
CONTEXT = HorizonContext(PUBLISHED, {}, {})


@pytest.mark.parametrize("text, due, words", [
    ("With a view to the major events of summer 2027, the office assesses that the risk will rise.", date(2027, 8, 31),
     "of summer 2027"),
    ("The risk will probably rise during the games of summer 2027.", date(2027, 8, 31), "of summer 2027"),
    ("With an eye to autumn of 2028, we expect turnout to fall.", date(2028, 11, 30), "to autumn of 2028"),
    ("Stocks for winter 2027 are likely to be tight.", date(2028, 2, 29), "for winter 2027"),
    ("Preparations for spring 2027 will likely run late.", date(2027, 5, 31), "for spring 2027"),
])
def test_a_season_with_its_year_after_any_preposition(text, due, words):
    found = calendar_horizon(text, PUBLISHED)
    assert (found.due, found.text) == (due, words)


@pytest.mark.parametrize("text", [
    "The risk of summer storms will probably rise.",      # a season without a year names no time
    "The queen of summer festivals will likely return.",
    "A summer 2025 drought hit output.",                   # no preposition before the season
])
def test_a_season_without_year_or_preposition_is_no_horizon(text):
    assert calendar_horizon(text, PUBLISHED) is None


@pytest.mark.parametrize("text, due", [
    ("The UK caseload is projected to keep increasing until at least 2029-30.", date(2030, 3, 31)),
    ("Canadian outlays will probably stay high until at least 2028/29.", date(2029, 3, 31)),
    ("Australian receipts are likely to grow till at least 2027-28.", date(2028, 6, 30)),
])
def test_until_at_least_a_fiscal_split_year(text, due):
    assert fiscal_horizon(text, PUBLISHED).due == due
    assert find_horizon(text, "", CONTEXT).due == due


@pytest.mark.parametrize("text, due", [
    ("Spending will keep increasing until at least 2029.", date(2029, 12, 31)),
    ("Rates will stay high through at least 2028.", date(2028, 12, 31)),
])
def test_until_at_least_a_calendar_year_is_unchanged(text, due):
    assert range_horizon(text, PUBLISHED).due == due


@pytest.mark.parametrize("text, due", [
    ("Demand is likely to exceed supply in the fiscal year ending March 2027.", date(2027, 3, 31)),
    ("Revenue will probably rise in the financial year to 31 March 2028.", date(2028, 3, 31)),
    ("The deficit should narrow in the fiscal year ending June 30, 2027.", date(2027, 6, 30)),
    ("Profits are likely to fall in FY ending September 2027.", date(2027, 9, 30)),
    ("Revenue will probably rise in the year ending March 2027.", date(2027, 3, 31)),
    ("Sales will likely grow over the year to June 2028.", date(2028, 6, 30)),
    ("Output is expected to fall in the budget year that ends 30 September 2027.", date(2027, 9, 30)),
])
def test_a_fiscal_year_whose_end_is_written_out(text, due):
    assert fiscal_horizon(text, PUBLISHED).due == due
    assert find_horizon(text, "", CONTEXT).due == due


@pytest.mark.parametrize("text, due", [
    ("Revenue will probably rise during the year.", date(2026, 12, 31)),   # still the year of publication
    ("Costs will likely rise by the end of March 2027.", date(2027, 3, 31)),
])
def test_other_years_and_months_are_unchanged(text, due):
    assert find_horizon(text, "", CONTEXT).due == due


@pytest.mark.parametrize("text, due", [
    ("Spending will probably rise over the ten years to 2031.", date(2031, 12, 31)),
    ("Output is likely to grow 2% a year in the five years to 2030.", date(2030, 12, 31)),
    ("Costs will likely rise over the decade to 2035.", date(2035, 12, 31)),
    ("Emissions should fall during the next 4 years to 2030.", date(2030, 12, 31)),
    ("Exports will probably double across the period to 2032.", date(2032, 12, 31)),
])
def test_a_span_counted_back_from_its_last_year(text, due):
    assert range_horizon(text, PUBLISHED).due == due


def test_a_span_to_a_past_year_is_a_look_back():
    assert range_horizon("Output grew 2% a year in the five years to 2025.", PUBLISHED) is None


@pytest.mark.parametrize("text, words, due", [
    ("Demand will keep the cluster busy well into the 2030s.", "well into the 2030s", date(2039, 12, 31)),
    ("Emissions will keep falling far into the 2040s.", "far into the 2040s", date(2049, 12, 31)),
    ("The boom should last deep into the 2030s.", "deep into the 2030s", date(2039, 12, 31)),
    ("Prices will stay high into the 2030s.", "into the 2030s", date(2039, 12, 31)),
])
def test_an_adverb_before_into_a_decade_goes_with_the_words(text, words, due):
    found = far_horizon(text, PUBLISHED)
    assert (found.text, found.due) == (words, due)


FALLBACK = date(2028, 6, 15)


@pytest.mark.parametrize("text, words, due", [
    ("Centrist parties will probably remain the kingmakers in the next legislature.", "in the next legislature", FALLBACK),
    ("Reform is unlikely to pass during the coming parliamentary term.", "during the coming parliamentary term", FALLBACK),
    ("The coalition will likely hold a majority in the next legislature (2027-2031).",
     "in the next legislature (2027-2031)", date(2031, 12, 31)),
    ("The bill will probably return in the new Parliament.", "in the new Parliament", FALLBACK),
])
def test_the_next_legislature(text, words, due):
    found = parliament_horizon(text, PUBLISHED, {}, False, lambda: FALLBACK)
    assert (found.text, found.due) == (words, due)


@pytest.mark.parametrize("text", [
    "The party will likely win seats in the legislature.",
    "The legislature is likely to approve the budget.",
])
def test_a_legislature_not_named_as_a_term_is_no_horizon(text):
    assert parliament_horizon(text, PUBLISHED, {}, False, lambda: FALLBACK) is None


@pytest.mark.parametrize("noun", ["runoff", "run-off", "runoffs", "second round", "Second  Round"])
def test_a_runoff_by_any_name(noun):
    assert event_key(noun) == "runoff"


@pytest.mark.parametrize("sentences, clause", [
    (["The race is widely expected to go to a second round on 25 October 2026."],
     "The currency is likely to remain volatile until the runoff."),
    (["A run-off, if needed, would be held on 25 October 2026."], "Spreads will probably widen before the run-off."),
    (["The runoff is scheduled for 25 October 2026."], "Turnout is likely to fall at the second round."),
])
def test_a_runoff_is_dated_by_the_document(sentences, clause):
    dates = event_dates(sentences, PUBLISHED)
    assert dates["runoff"] == date(2026, 10, 25)
    found = find_horizon(clause, "", HorizonContext(PUBLISHED, {}, dates))
    assert found.due == date(2026, 10, 25)


def test_a_runoff_date_does_not_date_the_election():
    dates = event_dates(["The election is on 4 October 2026.", "A runoff would follow on 25 October 2026."],
                        PUBLISHED)
    assert (dates["election"], dates["runoff"]) == (date(2026, 10, 4), date(2026, 10, 25))
