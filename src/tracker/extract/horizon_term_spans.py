"""Time words a document defines as spans of time: '"in the short term" means within the next year; "in the
medium term" means one to five years; and "in the long term" means more than five years.'

Services that print such a note mean their words by it, and each service means them differently (the
Lithuanian scale's short term is six months, a Danish one's a year). A defined span wins over any shipped
scale's months. Only a set counts: two terms or more defined close together, so that a sentence in the
prose ("a short-term fix lasting two years") defines nothing. "More than five years" has no end; it is read
as up to twice its start (ten years), and the rationale names the words.
"""

from __future__ import annotations

import re

_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30}
_N = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty)"
_UNIT = r"(?P<unit{}>years?|months?)"
#: "short term" and the words that define it, up to the span: '"in the short term" means within the next year'.
# a term may be set in bold or italics ("**near term** means up to 12 months"): the marks are no part of the words
# the look-ahead admits each form's first character (a mark, a quote, "in" or the term): a scan skips most positions
_DEFINED = re.compile(rf"""(?=[*_"“‘'ilmns])[*_]{{0,2}} ["“‘']? (?:in \s+ the \s+)? (?P<term> short | near | medium | mid | long ) [- ]term ["”’']? [*_]{{0,2}} \s*
    (?: \( | : | - | – | — | , | = )? \s*
    (?: (?: refers | relates | applies ) \s+ to | means | denotes | covers | is | indicates | stands \s+ for | signifies
      | (?: refer | relate | apply ) \s+ to | mean | denote | cover | to (?= \s+ (?: the | \d | within | up | less | under | from | between ) \b ) )? \s*
    (?: the \s+ (?: period | time | time \s+ frame ) \s+ (?: of \s+ )? )?
    (?: (?P<within> within | up \s+ to | less \s+ than | under | the \s+ next | the \s+ coming | not \s+ more \s+ than )
          (?: \s+ the \s+ (?: next | coming ) )? \s+ (?P<one> {_N} ) (?! \s* (?: to | - | – ) \s* {_N} \b ) \s* {_UNIT.format(1)}?
      | (?: (?: from | between | the \s+ (?: next | coming ) ) \s+ )? (?P<low> {_N} ) \s* (?: to | - | – | and ) \s* (?P<high> {_N} ) \s+ {_UNIT.format(2)}
      | (?P<beyond> more \s+ than | over | beyond | longer \s+ than | after ) \s+ (?P<from> {_N} ) \s+ {_UNIT.format(3)}
      | (?P<within_year> within \s+ (?: the \s+ )? (?: next | coming ) \s+ (?P<period> year | twelve \s+ months ) ) )""",
                      re.IGNORECASE | re.VERBOSE)
#: How far apart the definitions of one set may stand.
_NEAR = 300


def defined_spans(text: str) -> dict[str, tuple[int, int, str]]:
    """``{"short term": (0, 12, "the document's own")}`` for each time word a definition set in ``text``
    gives a span of time; empty unless two terms or more are defined within a few lines of each other."""
    lowered = text.lower()
    if "term" not in lowered or ("mean" not in lowered and "refer" not in lowered and "denote" not in lowered
                                 and ":" not in lowered):
        return {}
    found: dict[str, tuple[int, int, str]] = {}
    last_end = None
    for match in _DEFINED.finditer(text):
        if last_end is not None and match.start() - last_end > _NEAR:
            if len(found) >= 2:
                break
            found = {}
        span = _months(match)
        if span is not None:
            term = match.group("term").lower().replace("mid", "medium") + " term"
            found.setdefault(term, (*span, "the document's own"))
            last_end = match.end()
    return found if len(found) >= 2 and len({s[1] for s in found.values()}) >= 2 else {}


def _months(match: re.Match) -> tuple[int, int] | None:
    named = match.group("unit1") or match.group("unit2") or match.group("unit3") or "year"
    unit = 1 if named.lower().startswith("month") else 12
    if match.group("within_year"):
        return 0, 12
    if match.group("within"):
        count = _count(match.group("one"))
        return (0, count * unit) if count else None
    if match.group("low"):
        low, high = _count(match.group("low")), _count(match.group("high"))
        return (low * unit, high * unit) if low is not None and high and high > low else None
    if match.group("beyond"):
        start = _count(match.group("from"))
        return (start * unit, 2 * start * unit) if start else None
    return None


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBER.get(word.lower())
