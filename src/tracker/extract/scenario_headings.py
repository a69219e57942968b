"""Scenario headings with their probabilities: "### Scenario B — Grinding stalemate (about 55%)".

A scenario study often gives each scenario a heading of its own, its probability in brackets, rather than a
table. Two or more such headings make a set of forecasts (one alone is only a title); the set is dated by the
sentence before the scenarios saying what the probabilities are of. Drafted with the table rows (table_rows.py).
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement


#: A scenario's heading with its probability: "### Scenario B — Grinding stalemate (about 55%)".
_SCENARIO_HEADING = re.compile(r"(?m)^#{2,6}\s+(?P<row>(?P<label>[^\n()]{3,60}?)\s+[—–:-]\s+(?P<name>[^\n()]{2,60}?)\s*"
                               r"\((?P<inside>[^()\n]{2,60})\))\s*$")


def scenario_headings(text: str) -> list[tuple[str, Judgement, str]]:
    """``(heading as written, judgement, text dating it)`` for a set of two or more scenario headings that each
    state a probability; the set is dated by the text between the section's heading and the first scenario."""
    from tracker.extract.numeric import SCENARIO_NOTE, stated_probability

    found = []
    for match in _SCENARIO_HEADING.finditer(text):
        if (number := stated_probability(match.group("inside"))) is None:
            continue
        probability, written, _ = number
        statement = f"the “{match.group('name').strip()}” scenario ({match.group('label').strip()}) will come about"
        found.append((match, Judgement(match.group("row"), statement, "stated", written, False, stated=probability,
                                       notes=(SCENARIO_NOTE,))))
    if len(found) < 2:
        return []  # one heading with a number is a title, not a set of scenarios
    first = found[0][0].start()
    intro = text[text.rfind("\n#", 0, first) + 1:first]
    # the sentence saying what the probabilities are of dates them ("... to describe the region at the end of
    # 2029"), not the workshops' dates before it
    about = [s for s in re.split(r"(?<=[.;])\s+", intro) if re.search(r"probabilit|likel|chance", s, re.IGNORECASE)]
    return [(match.group("row"), judgement, about[-1] if about else intro) for match, judgement in found]
