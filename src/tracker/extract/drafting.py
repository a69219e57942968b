"""From a judgement to a draft forecast: a resolvable question, draft criteria, probability and rationale.

The question restates the claim with its due date ("Will China continue to support Russia by 9 March
2025?"); the criteria say what a stranger would check. Both are drafts: a reviewer sharpens them before
``tracker apply``. Nothing here guesses facts the sentence does not state.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.clauses import strip_adverbials
from tracker.extract.horizons import TERMS
from tracker.extract.lexicon import Reading
from tracker.extract.records import Draft, Horizon, Judgement, Sentence

_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:nevertheless|nonetheless|however|therefore|thus|hence|moreover|furthermore|finally|simultaneously|"
    r"meanwhile|consequently|also|then|still|in addition|as a result|in turn|at the same time|in the future|"
    r"just as previously|after that|under such circumstances)\b,?\s*)+", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:will|would|won['’]t|could|may|might|can|shall)\b(\s+not\b|\s+never\b)?", re.IGNORECASE)
_ADVERBS = re.compile(r"^(?:(?:highly|very|most)\s+)?(?:likely|probably|inevitably|certainly|almost certainly|"
                      r"also|still|only|further|then)\s+", re.IGNORECASE)
_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "or", "will", "would", "be", "is", "are", "its", "their",
         "that", "this", "with", "for", "by", "as", "at", "it", "there", "not", "from", "such", "these", "those",
         "continue", "become", "increasingly", "even", "more", "any", "have", "has"}


def make_draft(sentence: Sentence, judgement: Judgement, reading: Reading, horizon: Horizon,
               published: date, used_ids: set[str]) -> Draft:
    """A draft forecast for one judgement of one sentence; ``used_ids`` keeps ids unique in the file."""
    entry = reading.entry
    claim = _tidy(judgement.statement)
    # The due date states the horizon; the time words themselves would say it twice.
    timeless = TERMS.sub("", claim)
    if horizon.text and not horizon.flagged:
        timeless = timeless.replace(horizon.text, "")
    question = f"{_question(_tidy(timeless))} by {_day(horizon.due)}?"
    review = [r for r in (horizon.flagged, *judgement.notes) if r]
    if reading.scale == "plain-reader" and judgement.phrase not in ("will", "inevitably"):
        review.append("no legend for this phrase: read as plain readers do")
    low, high = entry.band
    band = f"{low:.0%}-{high:.0%}" if low != high else f"{low:.0%}"
    rationale = (f'"{judgement.written}" read as "{entry.phrase}" on scale {reading.scale} (band {band}), scored at '
                 f"{entry.probability:.1%}; horizon {horizon.reasoning}, due {horizon.due.isoformat()}. "
                 f"Extracted draft: {'confidence low (' + '; '.join(review) + ')' if review else 'confidence high'}.")
    criteria = (f"Yes if, between {_day(published)} and {_day(horizon.due)}, public reporting shows that the "
                f'claim came true: "{_plain_claim(claim)}". No if it did not. '
                "(Draft criteria: name the evidence that decides it.)")
    return Draft(id=_unique_id(claim, used_ids), text=question, criteria=criteria, due=horizon.due,
                 phrase=entry.phrase, scale=reading.scale, band=entry.band, probability=entry.probability,
                 horizon=horizon, quote=sentence.text, location=sentence.location, statement=claim, clause=judgement.clause,
                 rationale=rationale, review=tuple(review))


def _tidy(claim: str) -> str:
    claim = " ".join(claim.split()).strip(" ,;:.")
    return _LEADING_ADVERBIAL.sub("", claim).strip(" ,")


def _question(claim: str) -> str:
    """ "X will (not) do Y" -> "Will X (not) do Y"; other claims -> "Will it turn out that ..." """
    modal = _MODAL.search(claim)
    if modal is None:
        return f"Will it turn out that {_lower_first(claim)}"
    subject = claim[:modal.start()].strip(" ,")
    rest = _ADVERBS.sub("", claim[modal.end():].strip())
    # Drop a leading time or circumstance phrase from the subject; the due date carries the horizon.
    subject = strip_adverbials(subject)
    subject = re.sub(r"^(?:in|during|by|over|within)\s+(?:the\s+)?[\w\s-]*?\bterm\s+", "", subject, flags=re.I)
    negation = " not" if modal.group(1) else ""
    if not subject:
        return f"Will it turn out that {_lower_first(claim)}"
    if subject.lower() == "there":
        return f"Will there{negation} {rest}".rstrip()
    return f"Will {_lower_first(subject)}{negation} {rest}".rstrip()


def _plain_claim(claim: str) -> str:
    return re.sub(r"\b(?:will|would)\s+(?:(?:highly|very)\s+)?(?:likely|probably)\s+", "will ", claim, flags=re.I)


def _lower_first(text: str) -> str:
    # Keep proper nouns and acronyms ("China", "NATO"): lower only a plain leading article or pronoun.
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An", "These", "This", "Those", "It", "Its", "There", "Such", "Any", "Some", "Most"):
        return first.lower() + text[len(first):]
    return text


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def _unique_id(claim: str, used: set[str]) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", claim.lower()) if w not in _STOP]
    base = "-".join(words[:7])[:56].strip("-") or "forecast"
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    used.add(candidate)
    return candidate
