"""A government identity strip atop a page ("A Singapore Government Agency Website", "An official website of the United
States government") names the family of sites, not the publisher: the logo's or the masthead's name is the publisher.
Texts written for these tests."""

import pytest

from tracker.extract.publisher import find_publisher


@pytest.mark.parametrize("strip", [
    "A Ruritanian Government Agency Website",
    "An official website of the Ruritanian government",
    "Official website of the State of Borduria",
    "A Syldavian Government Agency Web Site  How to identify",
    "An Official Government Website of Freedonia",
])
def test_the_strip_is_not_the_publisher(strip):
    text = f"{strip}\n\nNational Threat Assessment Centre\n\nAnnual Threat Report 2026\n\nThe threat remains high.\n"
    found = find_publisher(text)
    assert found is not None and "ebsite" not in found.name and "Government Agency" not in found.name
    assert "Assessment Centre" in found.name


@pytest.mark.parametrize("text", [
    "National Threat Assessment Centre\n\nOur website carries the full tables.\n",
    "Ruritanian Statistics Office\n\nVisit the government website for the data.\n",
])
def test_a_page_without_a_strip_keeps_its_masthead(text):
    assert find_publisher(text).name == text.split("\n")[0]
