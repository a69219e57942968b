"""A story whose prose is wrapped at a fixed width: a body it quotes in a wrapped paragraph ("The Northfield Policy
Institute estimates that ... | will ... .") is a source, and the site the breadcrumb names publishes the story, as it
does when the paragraph is one line. Documents written for these tests."""

import pytest

from tracker.extract.publisher import find_publisher

STORY = """[{site}](/) > [Business](/business) > Energy

# Grid operators scramble as demand from data centres climbs

*By Ana Ruiz, {site} staff writers*

HALDEN -- Power demand in the region has risen for a third straight year, and operators say
the grid is close to its limits.

{quoted} estimates that the new plants and the lines around them
will add about 4 gigawatts of demand in the region over the next
five years.

Utilities expect prices to rise further in 2027, analysts said.

Copyright 2026 {site}. All rights reserved.
"""


@pytest.mark.parametrize("site, quoted", [
    ("Harbour Business Daily", "The Northfield Policy Institute"),
    ("Coastline Markets Review", "The Western Energy Research Centre"),
    ("Metro Ledger", "The Regional Grid Studies Council"),
])
def test_a_body_quoted_in_wrapped_prose_is_a_source(site, quoted):
    assert find_publisher(STORY.format(site=site, quoted=quoted)).name == site


def test_a_heading_naming_the_body_is_still_its_masthead():
    text = "# Northfield Policy Institute\n\nOutlook for the power sector\n\nDemand will likely rise in 2027.\n"
    assert find_publisher(text).name.startswith("Northfield Policy Institute")
