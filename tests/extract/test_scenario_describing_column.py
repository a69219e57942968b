"""A scenario table's describing column ("What it looks like", "Narrative", "Key features") is what the row's
percentage is the chance of; the scenario's name is not (table_judged_rows._DESCRIBE_HEADER)."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.table_judged_rows import _CLAIM_HEADER, _DESCRIBE_HEADER


@pytest.mark.parametrize("header", ["What it looks like", "What this means", "Narrative", "Storyline", "Key features",
                                    "Main assumptions", "Characteristics", "Description", "Defining condition"])
def test_describing_headers_name_the_claim(header):
    assert _CLAIM_HEADER.search(header)


@pytest.mark.parametrize("header", ["Probability", "Price range", "Scenario", "Likelihood", "GDP 2027", "Weight"])
def test_other_headers_do_not(header):
    assert not _CLAIM_HEADER.search(header)
    assert not _DESCRIBE_HEADER.search(header)


_TABLE = """# Power market outlook

| Scenario | Probability | Peak price | {header} |
|---|---|---|---|
| Wet and windy | 30% | 40–55 | Reservoirs end the season above 70% full |
| Central | 50% | 60–75 | Hydro output near the ten-year average in 2027 |
| Dry and still | 20% | 90–120 | A drought in April, reservoirs fall below 40% |
"""


@pytest.mark.parametrize("header", ["What it looks like", "Narrative", "Key features"])
def test_rows_ask_their_description(header):
    drafts = extract_document(_TABLE.format(header=header), published=date(2026, 12, 1)).drafts
    texts = [d.text for d in drafts]
    assert any("above 70% full" in t for t in texts)
    assert not any("Wet and windy" in t for t in texts)
    assert sorted(d.probability for d in drafts if "70% full" in d.text or "40%" in d.text) == [0.2, 0.3]


def test_month_in_a_description_does_not_date_the_row():
    drafts = extract_document(_TABLE.format(header="Narrative"), published=date(2026, 12, 1)).drafts
    drought = next(d for d in drafts if "below 40%" in d.text)
    assert drought.due.month != 4  # "in April" describes the scenario, it is not the question's deadline
