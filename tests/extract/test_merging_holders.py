"""Merging keeps two named holders' judgements of one claim apart: each is a forecast of its own holder."""

from datetime import date

import pytest

from tracker.extract import extract_document


def _drafts(text: str):
    return extract_document(text, published=date(2026, 12, 1)).drafts


@pytest.mark.parametrize("first, second", [
    ("The Treasury", "The central bank"),
    ("Analysts at Harbour Bank", "The IMF"),
    ("The statistics office", "The finance ministry"),
    ("The OECD", "Analysts at Northway Capital"),
])
def test_two_holders_two_drafts(first, second):
    text = (f"{first} expects the economy to enter a recession in 2027.\n\n"
            f"{second} expects the economy to enter a recession in 2027.\n")
    drafts = _drafts(text)
    assert len(drafts) == 2
    assert {d.speaker.lower() for d in drafts} == {first.lower(), second.lower()}


@pytest.mark.parametrize("holder", ["The Treasury", "The central bank", "Analysts at Harbour Bank"])
def test_one_holder_restated_merges(holder):
    text = (f"{holder} expects the economy to enter a recession in 2027.\n\n"
            f"Later in the report, {holder.lower() if holder.startswith('The') else holder} expects the economy to enter "
            f"a recession in 2027.\n")
    drafts = _drafts(text)
    assert len(drafts) == 1
