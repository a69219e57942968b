"""Scored calls of a track record (structure/platform_lines.resolved): a stated number, then its verdict, is a
record of the past, not a forecast. Lines written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.structure.platform_lines import resolved


@pytest.mark.parametrize("line", [
    "Oil averages above $90 a barrel in 2026 (we said 70%): resolved yes.",
    "A snap election in Japan (45%): resolved no.",
    "A ceasefire holds through the winter (20%): we are scoring this as no.",
    "Copper hits a record high, 60% - right.",
    "The central bank cuts twice (p = 35%) -> it happened.",
    "No recession in Germany (80 per cent): wrong.",
    "Tariffs raised on steel (we had it at 55%): resolved as “yes”.",
    "Rates unchanged all year (65%) — a miss.",
    "A trade deal signed by June (30%): it did not happen.",
    "Inflation below 3% by December (75%): we were right!",
    "The merger goes ahead (50%): scored yes.",
    "Will the strike end by May? Resolved No on 2 June 2026.",  # the platform's form, as before
])
def test_a_number_then_its_verdict_is_a_record(line):
    assert resolved(line)


@pytest.mark.parametrize("line", [
    "Oil will average above $90 a barrel in 2027 (we say 70%).",
    "We put the chance of a snap election at 45%: it is likely to be called in spring.",
    "Inflation should settle at 2% - right at the target - by the end of 2027.",
    "The bank will hit its 2% target next year.",
    "A ceasefire is unlikely (20%); we will mark the question closed in June.",
    "Growth of 1.5%, which we think is correct, looks likely next year.",
    "We are 60% confident that the resolved budget will pass.",
    "Turnout will be 70%: higher than in 2022.",
])
def test_a_forecast_with_a_number_is_no_record(line):
    assert not resolved(line)


def test_a_track_record_list_drafts_nothing_and_the_forecast_above_it_stays():
    text = ("## Calls for 2027\n\nWe see a 65% chance of a recession in Italy in 2027.\n\n## How last year's calls fared\n\n"
            "- **Gold above $3,000 by December 2026** (we said 70%): resolved yes.\n"
            "- **A Fed cut in March 2026** (40%): resolved no.\n"
            "- **Brent below $60 in 2026** (25%): we are scoring this as no.\n")
    drafts = extract_document(text, published=date(2026, 12, 1)).drafts
    assert [d.probability for d in drafts] == [0.65], [d.text for d in drafts]
