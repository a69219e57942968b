"""The hemisphere a document's seasons belong to: an Australian, New Zealand, South African or South American page
means December to February by "summer" and March to May by "autumn".

Seasons are read for the northern hemisphere unless the document is plainly written from the south: it names
southern countries, states, cities, time zones or weather services several times, and more often than it names
northern countries. (A page about a southern place written from the north is rare; a page from the south that
names its own places once or twice is common, so the count asks for three.) The answer travels in the
document's event dates under ``SOUTHERN`` (with a date that dates nothing), so no reader needs a new argument.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

#: The key under which horizon_document.event_dates says the document is written from the southern hemisphere.
SOUTHERN = "\x00southern hemisphere"
MARK = date(1, 1, 1)  # no claim is ever due then: the value only marks the key
_SOUTH = re.compile(r"\b(?:Australian?s?|New\s+Zealand(?:ers?)?|Aotearoa|Queensland(?:ers?)?|New\s+South\s+Wales|Tasmanian?|"
                    r"Northern\s+Territory|Western\s+Australia|South\s+Australia|Victorian\s+Government|Sydney|Melbourne|"
                    r"Brisbane|Perth|Adelaide|Darwin|Canberra|Hobart|Cairns|Townsville|Auckland|Wellington|Christchurch|"
                    r"South\s+Africa(?:ns?)?|Cape\s+Town|Johannesburg|Durban|Pretoria|Argentin(?:a|e|ian)s?|Buenos\s+Aires|"
                    r"Chile(?:ans?)?|Santiago|Uruguay(?:an)?|Montevideo|Paraguay(?:an)?|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|"
                    r"Bureau\s+of\s+Meteorology|MetService|NIWA)\b")
_NORTH = re.compile(r"\b(?:United\s+States|U\.S\.|US|America(?:n|ns)?|Canad(?:a|ian)|Europe(?:an)?|EU|Britain|British|UK|"
                    r"Germany|German|France|French|Japan(?:ese)?|Russia(?:n)?|India(?:n)?|NOAA|Met\s+Office|EST|EDT|PST|CET|GMT)\b")


def southern_hemisphere(sentences: Sequence[str]) -> bool:
    """Whether the document is written from the southern hemisphere (see the module docstring)."""
    text = " ".join(sentences)
    south = len(_SOUTH.findall(text))
    return south >= 3 and south > len(_NORTH.findall(text))


def hemisphere_dates(sentences: Sequence[str]) -> dict[str, date]:
    """``{SOUTHERN: MARK}`` for a document written from the southern hemisphere, else empty."""
    return {SOUTHERN: MARK} if southern_hemisphere(sentences) else {}
