"""A scope note naming a calendar year sets the horizon of judgements that state none (horizon_ranges.py).
Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_ranges import scope_default

PUBLISHED = date(2026, 3, 2)


@pytest.mark.parametrize("note, due", [
    ("Unless otherwise stated, our assessments concern developments during 2026.", date(2026, 12, 31)),
    ("Unless stated otherwise, the judgements in this report cover the rest of 2027.", date(2027, 12, 31)),
    ("Unless otherwise specified, the estimates apply to 2026.", date(2026, 12, 31)),
    ("Unless otherwise indicated, our forecasts refer to the year 2027.", date(2027, 12, 31)),
])
def test_a_scope_note_naming_a_year_dates_the_judgements(note, due):
    horizon = scope_default(f"ANNUAL REVIEW\n\n{note}\n", PUBLISHED)
    assert horizon is not None and horizon.due == due and horizon.flagged


@pytest.mark.parametrize("note", [
    "Unless stated otherwise, figures are for 2026.",            # the year of the data, no judgements named
    "Unless otherwise stated, our assessments concern developments during 2024.",  # already past
    "Unless otherwise stated, estimates relate to 2027-2028.",   # a span: not one year's end
    "Our assessments concern developments during 2026.",         # no "unless": a statement of content, no default
])
def test_near_misses_set_no_default(note):
    assert scope_default(f"ANNUAL REVIEW\n\n{note}\n", PUBLISHED) is None


def test_undated_judgements_fall_due_at_the_end_of_the_noted_year():
    text = ("THE OUTLOOK\n\nUnless otherwise stated, our assessments concern developments during 2027.\n\n"
            "It is likely that the coastal provinces will hold a joint referendum on water rights.\n\n"
            "The port authority will probably raise harbour fees by 2029.\n")
    drafts = extract_document(text, published=PUBLISHED, scale="plain-reader").drafts
    dues = {d.statement.split()[-1]: d.due for d in drafts}
    assert dues == {"rights": date(2027, 12, 31),  # the undated referendum: the noted year
                    "2029": date(2029, 12, 31)}    # a stated year keeps its own
