"""Due dates as typed: the last one accepted, and slash dates refused with the reason that fits."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.dates import MAX_DUE, due_instant, parse_due, parse_since, start_of_day, zone

TODAY = date(2026, 1, 1)


def test_the_last_due_date_is_accepted_and_has_a_due_instant():
    assert parse_due("2999-12-31", TODAY) == MAX_DUE == date(2999, 12, 31)
    assert due_instant(MAX_DUE, zone("Pacific/Kiritimati")).year == 2999


@pytest.mark.parametrize("text", ["3000-01-01", "9999-12-31", "3000", "end of 3000", "Q1 3000", "mid-3000"])
def test_due_dates_after_2999_are_refused(text):
    with pytest.raises(ValueError, match=r"too far ahead: due dates go up to 2999-12-31$"):
        parse_due(text, TODAY)


@pytest.mark.parametrize("text,message", [
    ("31/12/2027", "write '31/12/2027' as 2027-12-31 (YYYY-MM-DD: slash and dot dates are not read)"),
    ("12/31/2027", "write '12/31/2027' as 2027-12-31 (YYYY-MM-DD: slash and dot dates are not read)"),
    ("31.12.2027", "write '31.12.2027' as 2027-12-31 (YYYY-MM-DD: slash and dot dates are not read)"),
    ("2027/12/31", "write '2027/12/31' as 2027-12-31 (YYYY-MM-DD: slash and dot dates are not read)"),
    ("05/05/2027", "write '05/05/2027' as 2027-05-05 (YYYY-MM-DD: slash and dot dates are not read)"),
    ("12/01/2027", "'12/01/2027' could be read day-first or month-first: write it as YYYY-MM-DD"),
    ("31/13/2027", "'31/13/2027' is not a date tracker reads: write it as YYYY-MM-DD"),
    ("1/2/27", "'1/2/27' is not a date tracker reads: write it as YYYY-MM-DD"),
])
def test_slash_dates_are_refused_saying_how_they_read(text, message):
    with pytest.raises(ValueError) as refused:
        parse_due(text, TODAY)
    assert str(refused.value) == message


@pytest.mark.parametrize("text,due", [
    ("2027-02", date(2027, 2, 28)), ("2028-02", date(2028, 2, 29)), ("by 2027-11", date(2027, 11, 30)),
])
def test_a_year_and_month_is_due_on_the_month_s_last_day(text, due):
    assert parse_due(text, TODAY) == due


def test_a_month_that_does_not_exist_is_refused():
    with pytest.raises(ValueError, match=r"^'2027-13' is not a real month$"):
        parse_due("2027-13", TODAY)


@pytest.mark.parametrize("text,first", [
    ("2025", date(2025, 1, 1)), ("2025-03", date(2025, 3, 1)), ("March 2025", date(2025, 3, 1)),
    ("Q3 2025", date(2025, 7, 1)), ("Q1 2025", date(2025, 1, 1)), ("H2 2025", date(2025, 7, 1)),
    ("first half of 2025", date(2025, 1, 1)), ("2025-03-15", date(2025, 3, 15)),
    ("end of 2025", date(2025, 12, 31)), ("3 months ago", date(2025, 10, 1)),
    ("last year", date(2025, 1, 1)), ("this year", date(2026, 1, 1)), ("next year", date(2027, 1, 1)),
    ("last month", date(2025, 12, 1)), ("this month", date(2026, 1, 1)), ("Next Month", date(2026, 2, 1)),
])
def test_since_a_named_period_starts_on_its_first_day(text, first):
    # A due date of "2025" is its last day; "since 2025" must take in the whole year.
    assert parse_since(text, TODAY) == first


def test_the_start_of_a_day_before_the_first_instant_is_refused_in_one_line():
    with pytest.raises(ValueError, match=r"^'0001-01-01' is too early a date$"):
        start_of_day(date(1, 1, 1), zone("Europe/Vilnius"))
    assert start_of_day(date(2026, 7, 1), zone("Europe/Vilnius")).isoformat() == "2026-06-30T21:00:00+00:00"
