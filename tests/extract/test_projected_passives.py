"""The agentless passive of projecting with the quantity as subject: "Wage growth of 4% is anticipated for this year",
"core inflation is projected at 1.9%" (grammar.py, beside "a cut is expected in March")."""

from datetime import date

import pytest

from tracker.extract import extract_document


def _drafts(text):
    return extract_document(text + "\n", published=date(2026, 12, 1)).drafts


@pytest.mark.parametrize("text, question, due", [
    ("Earnings growth of 3 to 3.5 per cent is anticipated for this year.", "Will there be earnings growth of 3 to 3.5 per cent", date(2026, 12, 31)),
    ("Headline inflation is projected at 2.3 percent next year.", "Will there be headline inflation at 2.3 percent", date(2027, 12, 31)),
    ("Services inflation excluding rents is projected at 3.1 percent.", "Will there be services inflation excluding rents at 3.1 percent", None),
    ("A deficit of 3.1% of GDP is forecast for 2027.", "Will there be a deficit of 3.1% of GDP", None),
    ("Turnout is forecast at 60 per cent in next month's election.", "Will there be turnout at 60 per cent", None),
    ("Unemployment is anticipated at 5% by the end of 2027.", "Will there be unemployment at 5%", date(2027, 12, 31)),
])
def test_quantity_passive_drafts(text, question, due):
    drafts = _drafts(text)
    assert drafts and drafts[0].text.startswith(question)
    assert 0.6 <= drafts[0].probability <= 0.85
    assert due is None or drafts[0].due == due


@pytest.mark.parametrize("text", [
    "Analysts projected in 2024 that growth would slow.",  # the active past
    "The budget deficit was forecast at 3% last year.",  # the past
    "The harvest is forecast by the national office to reach 340,000 tonnes.",  # agent named: not as an event
])
def test_not_read_as_quantity_passive(text):
    assert not any(d.text.startswith("Will there be") for d in _drafts(text))
