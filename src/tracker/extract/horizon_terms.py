"""Time words ("in the near term", "medium to long term"): the scale's months, or the years the document gives
them itself: 'Time frames: "short-term" refers to the period up to 2030,
"medium-term" to 2031 to 2035, "long-term" to 2036 to 2040.'

A foresight study that defines its time words means them: "in the short term" is due at the end of the
last year of its short term, not at the scale's generic months. A definition set names two terms or more with
a year each, close together (a single "in the medium term to 2035" in the prose is a horizon, read as one).
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import add_months
from tracker.extract.folding import folded
from tracker.extract.records import Horizon, HorizonContext

_TERM = r"(?:short|near|medium|mid|long)(?:er)?"

_DEFINED = re.compile(r"""["“‘']? (?P<term> short | near | medium | mid | long ) [- ]term ["”’']? \s*
    (?: \( | : | - | – | — | , )? \s*
    (?: (?: refers | relates | applies ) \s+ to | means | denotes | covers | is | stands \s+ for )? \s*
    (?: the \s+ (?: period | years? | time ) \s+ )?
    (?: (?: up \s+ to | until | till | through | to | by | from | between | before ) \s+ )?
    (?: (?P<start> (?:19|20)\d\d ) \s* (?: to | - | – | and | until | through ) \s* )? (?P<end> (?:19|20)\d\d ) \b""",
                      re.IGNORECASE | re.VERBOSE)
_TERM_WORD = re.compile(r"(?:short|near|medium|mid|long)[- ]term\b(?=[^.\n]{0,60}?(?:19|20)\d\d)")
#: How far apart the definitions of one set may stand.
_NEAR = 400


def defined_terms(text: str, published: date) -> dict[str, date]:
    """``"short term" -> 31 December 2030`` for each time word a definition set in ``text`` gives a year;
    empty unless two terms or more are defined within a few lines of each other."""
    if "term" not in text:
        return {}
    found: dict[str, date] = {}
    last_end = None
    # each "X-term" is tried in place: the definition pattern is not run at every character of the document
    lowered = text.lower()  # a case-sensitive scan is several times faster over a long document
    matches = (match for term in _TERM_WORD.finditer(lowered)
               if (match := _DEFINED.match(lowered, max(0, term.start() - 1))) or (match := _DEFINED.match(lowered, term.start())))
    for match in matches:
        if last_end is not None and match.start() - last_end > _NEAR:
            if len(found) >= 2:
                break
            found = {}
        term = match.group("term").lower().replace("mid", "medium")
        end = int(match.group("end"))
        if end >= published.year and f"{term} term" not in found:
            found[f"{term} term"] = date(end, 12, 31)
        last_end = match.end()
    return found if len(found) >= 2 and len(set(found.values())) >= 2 else {}


def term_horizon(words: str, context: HorizonContext) -> Horizon | None:
    """The horizon of the time words in ``words`` ("medium and long term"): the latest of their ends."""
    named = [re.sub(r"er$", "", w.lower()).replace("mid", "medium") for w in re.findall(_TERM, words, re.IGNORECASE)]
    label = " and ".join(dict.fromkeys(named)) + " term"
    if named and all(f"{w} term" in context.term_dates for w in named):
        # the document's own definition ('"medium-term" to 2031 to 2035') beats the scale's months
        due = max(context.term_dates[f"{w} term"] for w in named)
        return Horizon(label, due, f'"{label}": the end of {due.year}, as the document defines its time words')
    spans = [context.terms.get(f"{w} term") for w in named]
    if not spans or any(s is None for s in spans):
        return None
    far = max(s[1] for s in spans)
    return Horizon(label, add_months(context.published, far),
                   f'"{label}": up to {far} months after publication ({spans[0][2]} time words)')


def may_name_term(text: str) -> bool:
    """Whether ``text`` may name a time frame in the scale's words ("in the near term", "over the long run"):
    each such form ends in "term" or "run", and the word test is far cheaper than the pattern (``horizons.TERMS``)."""
    lowered = folded(text)
    return "term" in lowered or "run" in lowered
