"""Due dates as typed: the last one accepted, and slash dates refused with the reason that fits."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.dates import MAX_DUE, due_instant, parse_due, zone

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
