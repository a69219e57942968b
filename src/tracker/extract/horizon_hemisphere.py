"""The hemisphere a document's seasons belong to: an Australian, New Zealand, South African or South American page
means December to February by "summer" and March to May by "autumn".

Seasons are read for the northern hemisphere unless the document is plainly written from the south: it names
southern countries, states, cities, time zones or weather services several times, and more often than it names
northern countries. (A page about a southern place written from the north is rare; a page from the south that
names its own places once or twice is common, so the count asks for three.) The answer travels in the
document's event dates under ``SOUTHERN`` (with a date that dates nothing), so no reader needs a new argument.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

#: The key under which horizon_document.event_dates says the document is written from the southern hemisphere.
SOUTHERN = "\x00southern hemisphere"
MARK = date(1, 1, 1)  # no claim is ever due then: the value only marks the key
#: Names counted as substrings (str.count runs at C speed over a long document, where a pattern of forty
#: alternatives costs a twentieth of the whole extraction); each is long or framed enough not to occur inside
#: other words ("US" is counted with its spaces).
_SOUTH = ("Australia", "New Zealand", "Aotearoa", "Queensland", "New South Wales", "Tasmania", "Northern Territory",
          "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Darwin", "Canberra", "Hobart", "Cairns", "Townsville",
          "Auckland", "Wellington", "Christchurch", "South Africa", "Cape Town", "Johannesburg", "Durban", "Pretoria",
          "Argentin", "Buenos Aires", "Chile", "Santiago", "Uruguay", "Montevideo", "Paraguay", "AEST", "AEDT", "ACST",
          "ACDT", "AWST", "NZST", "NZDT", "Bureau of Meteorology", "MetService", "NIWA")
_NORTH = ("United States", " US ", " US.", " US,", "U.S.", "America", "Canad", "Europe", " EU ", " EU'", " EU’", "Britain",
          "British", " UK ", " UK'", " UK’", " UK,", " UK.", "Germany", "German ", "France", "French", "Japan", "Russia",
          "India", "NOAA", "Met Office", " EST", " EDT", " PST", " CET", " GMT")
#: A document naming no season has no season to place.
_SEASON_WORDS = ("summer", "winter", "autumn", "spring", "fall")


def southern_hemisphere(sentences: Sequence[str]) -> bool:
    """Whether the document is written from the southern hemisphere (see the module docstring)."""
    text = " ".join(sentences)
    lowered = text.lower()
    if not any(word in lowered for word in _SEASON_WORDS):
        return False
    south = sum(text.count(name) for name in _SOUTH)
    return south >= 3 and south > sum(text.count(name) for name in _NORTH)


def hemisphere_dates(sentences: Sequence[str]) -> dict[str, date]:
    """``{SOUTHERN: MARK}`` for a document written from the southern hemisphere, else empty."""
    return {SOUTHERN: MARK} if southern_hemisphere(sentences) else {}
