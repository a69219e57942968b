"""A legend of likelihood levels and the ratings that use it: "**High** (we put it at 70% or more), **Medium**
(40–70%) and **Low** (below 40%)", then after each claim "Likelihood: Medium."

Outlooks and "predictions" pieces rate each claim with a level the document defines once. The levels are
ordinary words ("high", "low") that prose uses in other senses, so they are not added to the lexicon: they are
read only in a rating line ("Likelihood: Medium", "Probability: high", "Confidence level: Low"), which scores
the claim before it in the paragraph at the middle of the level's band, as a stated number would.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.risk_scores import score_legend, scored_judgement

_FLAGS = re.IGNORECASE | re.VERBOSE
_LEVEL_WORDS = r"(?: very \s+ high | very \s+ low | high | medium | moderate | low )"
#: "**High** (we put it at 70% or more)": a level and its range in brackets.
_LEVEL_ITEM = re.compile(rf"""\**\s* (?P<term> {_LEVEL_WORDS} ) \s*\**\s* \( (?P<value> [^()\n]{{2,90}} ) \)""", _FLAGS)
#: The line a level legend stands in: it says what the levels are levels of.
_INTRODUCES = re.compile(r"\b(?:likelihood|probability|chance|confidence)\b", re.IGNORECASE)
_RANGE = re.compile(r"(\d{1,3})\s*(?:%|per\s?cent)?\s*(?:[–-]|to)\s*(\d{1,3})\s*(?:%|per\s?cent)", re.IGNORECASE)
_AT_LEAST = re.compile(r"(\d{1,3})\s*(?:%|per\s?cent)\s+or\s+(?:more|above|higher)|(?:above|over|more\s+than|at\s+least)\s+"
                       r"(\d{1,3})\s*(?:%|per\s?cent)", re.IGNORECASE)
_AT_MOST = re.compile(r"(?:below|under|less\s+than|at\s+most)\s+(\d{1,3})\s*(?:%|per\s?cent)|(\d{1,3})\s*(?:%|per\s?cent)\s+or\s+"
                      r"(?:less|below|lower)", re.IGNORECASE)
#: "Likelihood: Medium.", "Probability: high", "(Likelihood: Low)": a rating line.
_RATING = re.compile(rf"""^ \W* (?: likelihood | probability | chance | confidence (?: \s+ level )? ) \s* [:=–—-] \s*
    \**\s* (?P<term> {_LEVEL_WORDS} ) \s*\** \W* $""", _FLAGS)


def level_legend(text: str) -> dict[str, tuple[float, float]]:
    """The document's likelihood levels ("high", "medium", "low") with their bands, from the first line that
    defines two or more of them in brackets; empty when it defines none."""
    if "(" not in text:
        return score_legend(text)
    for line in text.splitlines():
        if "(" not in line or not _INTRODUCES.search(line):
            continue
        found = {}
        for match in _LEVEL_ITEM.finditer(line):
            value = match.group("value").split(";")[0]
            if band := _band(value):
                found[" ".join(match.group("term").lower().split())] = band
        if len(found) >= 2:
            return found
    return score_legend(text)  # "| 3 | 1% to 5% |": a numbered scale, read in "X is scored at 3"


def _band(value: str) -> tuple[float, float] | None:
    if match := _RANGE.search(value):
        return float(match.group(1)) / 100, float(match.group(2)) / 100
    if match := _AT_LEAST.search(value):
        return float(match.group(1) or match.group(2)) / 100, 1.0
    if match := _AT_MOST.search(value):
        return 0.0, float(match.group(1) or match.group(2)) / 100
    return None


def rating(text: str, levels: dict[str, tuple[float, float]]) -> Judgement | None:
    """A rating line's judgement, claimless (it scores the claim before it), at the middle of its level's band."""
    if not levels or (match := _RATING.match(text.strip())) is None:
        return scored_judgement(text, levels)  # "X is scored at 4 (5 to 25%)": a numbered score, not a level
    term = " ".join(match.group("term").lower().split())
    if term not in levels:
        return None
    low, high = levels[term]
    written = f"{' '.join(text.strip().rstrip('.').split())} (the document's level, {low:.0%}-{high:.0%})"
    return Judgement(text, "", "stated", written, False, stated=round((low + high) / 2, 4),
                     notes=(f'rated "{term}" on the document\'s own levels ({low:.0%}-{high:.0%}): scored at the middle',))
