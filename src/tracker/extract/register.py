"""Risk registers: table rows that rate an event on the document's own likelihood legend.

Company reports and risk assessments list risks in a table ("Risk | Description | Likelihood | Impact") and
print the legend of the likelihood column in prose: "Rare (<5%), Unlikely (5–25%), Possible (25–50%),
Likely (50–80%), Almost certain (>80%)". Such a row is a forecast: the description is the claim, the rating
read on that legend its probability (the middle of the rating's range, stated in the rationale).
"""

from __future__ import annotations

import re

from tracker.extract.folding import bracket_matches
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

#: A term and its range in brackets: "Possible (25–50%)", "Rare (<5%)", "Almost certain (>80%)".
_TERM_RANGE = re.compile(r"(?P<term>[A-Za-z][a-z]+(?:[ -][a-z]+){0,3})\s*\(\s*(?:(?P<bound>[<>≤≥])\s*(?P<one>\d{1,3})"
                         r"|(?P<low>\d{1,3})\s*(?:[–—-]|to)\s*(?P<high>\d{1,3}))\s*%\s*\)")
_TERM_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-")


def _term_start(text: str, bracket: int) -> int:
    """The first position a ``_TERM_RANGE`` ending its term at ``bracket`` can start at: its term is ASCII letters,
    spaces and hyphens, then spaces up to the bracket."""
    start = bracket
    while start > 0 and (text[start - 1] in _TERM_LETTERS or text[start - 1].isspace()):
        start -= 1
    return start


#: A cell that states something: a sentence of five words or more.
_SENTENCE_CELL = re.compile(r"^[A-Z][^|]{20,}$")


def inline_legend(text: str) -> dict[str, tuple[float, float]]:
    """The likelihood terms a legend printed in prose defines, lower-cased, with their ranges; empty unless
    three or more terms stand together (one bracketed range is a figure, not a legend)."""
    if "%)" not in text and "% )" not in text:
        return {}
    found: dict[str, tuple[float, float]] = {}
    last_end = -1
    for match in bracket_matches(_TERM_RANGE, text, _term_start):
        if found and match.start() - last_end > 40:
            if len(found) >= 3:
                break
            found = {}
        if match.group("bound"):
            value = int(match.group("one")) / 100
            band = (0.0, value) if match.group("bound") in "<≤" else (value, 1.0)
        else:
            band = (int(match.group("low")) / 100, int(match.group("high")) / 100)
        found[match.group("term").lower()] = band
        last_end = match.end()
    return found if len(found) >= 3 else {}


def register_row(row: str, legend: dict[str, tuple[float, float]]) -> tuple[str, str, tuple[float, float]] | None:
    """``(claim, rating, band)`` of a table row ("Cyber | A ransomware attack disables ... | Possible | High")
    whose cells hold one rating of ``legend`` and one sentence, else None."""
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    if len(cells) < 3:
        return None
    ratings = [cell for cell in cells if cell.lower() in legend]
    claims = [cell for cell in cells if _SENTENCE_CELL.match(cell) and len(cell.split()) >= 5]
    if len(ratings) != 1 or len(claims) != 1:
        return None
    return claims[0].rstrip("."), ratings[0], legend[ratings[0].lower()]


def register_judgement(text: str, claim: str, rating: str, band: tuple[float, float]) -> Judgement:
    """The judgement of a register row: the claim at the middle of its rating's range on the legend."""
    low, high = band
    middle = round((low + high) / 2, 4)
    written = f'"{rating}" ({low:.0%}–{high:.0%} on the document\'s legend)'
    return Judgement(text, as_future(claim, True), "stated", written, False, stated=middle,
                     notes=(f"risk register row rated {written}: the middle of the range",))
