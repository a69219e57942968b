"""Risk registers that score likelihood on a numbered scale: "X is scored at 3", "assessed as having a
likelihood of 4", "a likelihood score of 2 (0.2 to 1%)", with a table mapping each score to a range.

National and corporate risk registers print the scale once ("| 3 | 1% to 5% |") and then give each risk a
score in prose. A score means nothing without its range, so a score is read only where the sentence states
the range itself ("meaning a 1 to 5% chance", "(5 to 25%)") or the document's table defines it. The
probability is the middle of the range (as for the register rows in register.py and the levels in
rating_levels.py): the arithmetic mid-point, which keeps "more than 25%" at 62.5% and "less than 0.2%" at 0.1%,
where a geometric mean has no lower end to work from.
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import event_claim
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.VERBOSE
_PCT = r"\d{1,3}(?:\.\d+)?"
#: A scale row: "| 3 | 1% to 5% |", "| 5 | More than 25% |", "| 1 | Less than 0.2% |".
_SCALE_ROW = re.compile(rf"""^\s*\|\s*(?P<score>[1-9])\s*\|\s*(?: (?P<low>{_PCT})\s*%?\s*(?:to|–|—|-)\s*(?P<high>{_PCT})\s*%
    | (?P<over> more\s+than | over | above | greater\s+than | > ) \s* (?P<one>{_PCT})\s*%
    | (?P<under> less\s+than | under | below | fewer\s+than | < ) \s* (?P<two>{_PCT})\s*% )\s*\|""", _FLAGS | re.MULTILINE)
#: The table's header says its numbers are likelihood scores: "| Likelihood score | Probability over two years |".
_SCALE_HEADER = re.compile(r"^\s*\|[^\n]*\b(?:likelihood|probability|chance)\b[^\n]*\|\s*$", re.IGNORECASE | re.MULTILINE)
#: "X is scored at 4", "X is rated 3", "X is assessed as having a likelihood of 3", "with a likelihood score of 2".
_SCORED = re.compile(r"""^ \W* (?P<subject> .{2,160}? ) ,? \s+ (?: (?: is | are | has\s+been | have\s+been ) \s+
      (?: (?: scored | rated | graded ) \s+ (?: at \s+ | as \s+ )? (?: a \s+ )? | assessed \s+ as \s+ (?: having \s+ a \s+ likelihood
      (?: \s+ score )? \s+ of | a ) \s+ )
    | (?: remains? \s+ \w+ \s* , \s+ )? with \s+ a \s+ likelihood \s+ (?: score \s+ )? of \s+ )
    (?P<score> [1-9] ) (?! \d | [.,]\d | \s* (?: % | per\s?cent | out\s+of\s+(?!5\b|five\b) ) ) (?P<tail> .* ) $""", _FLAGS | re.DOTALL)
#: The range a sentence gives its score: "meaning a 1 to 5% chance", "(5 to 25%)", "(0.2 to 1%)".
_RANGE = re.compile(rf"(?P<low>{_PCT})\s*%?\s*(?:to|–|—|-)\s*(?P<high>{_PCT})\s*%")
#: A subject that only points back or names the measure: the score rates the judgement before it.
_POINTER = re.compile(r"^(?:the\s+|its\s+|this\s+)?(?:likelihood|risk|chance|probability|score|it|this|that)$", re.IGNORECASE)
#: The clause a pointing score follows: "An outbreak in the period is very likely".
_JUDGED = re.compile(r"^(?P<event>.{3,160}?)\s+(?:is|are|remains?|seems?|looks?)\s+(?:\w+\s+)?(?:likely|unlikely|possible|"
                     r"probable|expected|plausible)$", re.IGNORECASE)
_OTHER_SCALE = re.compile(r"\b(?:impact|severity|consequences?|harm|damage|confidence|readiness|preparedness)\b", re.IGNORECASE)
_LIKELIHOOD_OF = re.compile(r"^(?:the\s+)?(?:likelihood|probability|chance|risk)\s+of\s+", re.IGNORECASE)


def score_legend(text: str) -> dict[str, tuple[float, float]]:
    """The ranges of a numbered likelihood scale printed as a table, keyed by score ("3": (0.01, 0.05)); empty
    unless three or more rows stand under a header naming likelihood or probability."""
    if "|" not in text or (header := _SCALE_HEADER.search(text)) is None:
        return {}
    found: dict[str, tuple[float, float]] = {}
    for match in _SCALE_ROW.finditer(text, header.end()):
        if match.group("low"):
            band = (float(match.group("low")) / 100, float(match.group("high")) / 100)
        elif match.group("over"):
            band = (float(match.group("one")) / 100, 1.0)
        else:
            band = (0.0, float(match.group("two")) / 100)
        found.setdefault(match.group("score"), band)
    return found if len(found) >= 3 else {}


def scored_judgement(text: str, levels: dict[str, tuple[float, float]]) -> Judgement | None:
    """The judgement of a sentence giving a risk its likelihood score, at the middle of the score's range (the
    sentence's own range first, else the document's scale), else None."""
    if ("score" not in text and "rated" not in text and "likelihood of" not in text) or (match := _SCORED.match(text.strip())) is None:
        return None
    if _OTHER_SCALE.search(match.group("subject")):
        return None  # "Its impact is scored at 4": a register's other column, no likelihood
    score, tail = match.group("score"), match.group("tail")
    if (stated := _RANGE.search(tail[:40])) is not None:
        band = (float(stated.group("low")) / 100, float(stated.group("high")) / 100)
    elif score in levels:
        band = levels[score]
    else:
        return None  # a score on a scale the document does not define
    if not 0 <= band[0] < band[1] <= 1:
        return None
    middle = round((band[0] + band[1]) / 2, 4)
    written = f"scored {score} ({band[0]:.1%}–{band[1]:.1%})".replace(".0%", "%")
    # "Given recent years, a drought ...", "X is likely, and the risk ...": the risk is the last comma's
    head, _, subject = " ".join(match.group("subject").split()).strip(" ,").rpartition(", ")
    subject = _LIKELIHOOD_OF.sub("", re.sub(r"^(?:and|but|while|whereas)\s+", "", subject, flags=re.IGNORECASE))
    if _POINTER.match(subject) and (judged := _JUDGED.match(head)):
        subject = judged.group("event")  # "An outbreak is very likely, and the risk is scored at 5": the score is the outbreak's
    if _POINTER.match(subject):
        claim = ""  # "The likelihood is scored at 3": the score rates the judgement or question before it
    else:

        claim = event_claim(subject[0].lower() + subject[1:] if subject[:2].istitle() else subject)
        if claim.startswith("it will turn out"):
            claim = f"{subject} will occur"
    return Judgement(text, claim, "stated", written, False, stated=middle,
                     notes=(f"likelihood score {score}, read on the range {band[0]:.1%}–{band[1]:.1%}: the middle of the range",))
