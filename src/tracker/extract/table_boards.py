"""Fixed-width boards: plain-text tables of questions with several forecasters' numbers side by side.

Newsletters and emails print their numbers as columns padded with spaces, not Markdown:

    Question (resolves)                 Market A  Market B   Us
    Party X wins the House (Nov 2026)      66%       64%     61%

The header's last cells name whose numbers they are; the writers' own column ("Us", "Ours", "Our p", "Desk",
"Me") is the publisher's forecast of the row's question, so each row is drafted at that column's percentage. The
other columns are markets or crowds quoted beside it: context, not the publisher's judgement, and not drafted.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future, is_noun_phrase

#: Cells are separated by two or more spaces.
_GAP = re.compile(r"\s{2,}")
#: The writers' own column.
_OWN = re.compile(r"^(?:us|ours?|we|me|mine|desk|(?:our|my)\s+(?:p|number|call|forecast|view|odds))$", re.IGNORECASE)
#: The claim column's header: "Question", "Question (resolves)", "Market", "Event".
_CLAIM = re.compile(r"^(?:questions?|events?|contracts?|markets?|propositions?)\b", re.IGNORECASE)
_PERCENT = re.compile(r"^(?P<p>\d{1,3}(?:\.\d+)?)\s*%$")


def board_rows(text: str) -> list[tuple[str, Judgement, str]]:
    """``(row as written, judgement, text dating it)`` for each row of a fixed-width board in ``text``."""
    if "%" not in text or "   " not in text:
        return []
    found = []
    header: list[str] | None = None
    for line in text.splitlines():
        cells = _GAP.split(line.strip()) if line.strip() else []
        if header is None:
            if len(cells) >= 3 and _CLAIM.match(cells[0]) and _OWN.match(cells[-1]) and "|" not in line:
                header = cells
            continue
        if len(cells) != len(header) or not _PERCENT.match(cells[-1]):
            header = None  # the board ends at its first line that is not a row of it
            continue
        claim, own = cells[0], _PERCENT.match(cells[-1])
        probability = float(own.group("p")) / 100
        if not 0 < probability < 1 or len(claim.split()) < 3 or claim.endswith("?"):
            continue
        body = re.sub(r"\s*\(([^()]*)\)\s*$", "", claim)  # "(Nov 2026)": when the question resolves
        statement = claim_future(body)
        resolves = re.search(r"\(([^()]*\d[^()]*)\)\s*$", claim)
        dated = f"{statement} by {resolves.group(1)}" if resolves else statement
        row = line.strip()
        found.append((row, Judgement(row, statement, "stated", cells[-1], False,
                                     (f'board row under "{"  ".join(header)}": the writers\' own column "{header[-1]}"; '
                                      "check it",), probability), dated))
    return found


#: A plural subject and its verb: "Democrats win the House", "Republicans hold the Senate".
_PLURAL_CLAUSE = re.compile(r"^(?P<subject>[A-Z][\w'’-]*s)\s+(?P<verb>[a-z]{2,}(?<!s))\b(?P<rest>.*)$")


def claim_future(claim: str) -> str:
    """A claim cell as a future statement: a clause gets "will" ("Fed cuts at ..." -> "Fed will cut at ..."),
    also after a plural subject ("Democrats win ..."); a noun phrase is something there will be."""
    statement = as_future(claim, True)
    if not statement.startswith("it will turn out"):
        return statement
    if plural := _PLURAL_CLAUSE.match(claim):
        return f"{plural.group('subject')} will {plural.group('verb')}{plural.group('rest')}"
    return as_future(claim, False) if is_noun_phrase(claim) else statement
