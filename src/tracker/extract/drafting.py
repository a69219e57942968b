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
_MODAL = re.compile(r"\b(?:will|would|won['’]t|could|may|might|can|shall)\b(\s+not\b(?!\s+only\b)|\s+never\b)?",
                    re.IGNORECASE)
_ADVERBS = re.compile(r"^(?:(?:highly|very|most)\s+)?(?:likely|probably|inevitably|certainly|almost certainly|"
                      r"also|still|only|further|then)\s+", re.IGNORECASE)
_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "or", "will", "would", "be", "is", "are", "its", "their",
         "that", "this", "with", "for", "by", "as", "at", "it", "there", "not", "from", "such", "these", "those",
         "continue", "become", "increasingly", "even", "more", "any", "have", "has"}


def make_draft(sentence: Sentence, judgement: Judgement, reading: Reading, horizon: Horizon,
               published: date, used_ids: set[str], lowercase: frozenset[str] = frozenset()) -> Draft:
    """A draft forecast for one judgement of one sentence; ``used_ids`` keeps ids unique in the file.

    ``lowercase`` holds the words the document writes in lower case: a capitalised first word of the
    subject that is among them was capitalised only because it began the sentence ("Negotiations").
    """
    entry = reading.entry
    claim = _tidy(judgement.statement)
    # The due date states the horizon; the time words themselves would say it twice.
    timeless = TERMS.sub("", claim)
    if horizon.text and not horizon.flagged:
        timeless = timeless.replace(horizon.text, "")
    question = f"{_question(_tidy(timeless), lowercase)} by {_day(horizon.due)}?"
    review = [r for r in (horizon.flagged, *judgement.notes) if r]
    if pronoun := _pronoun_subject(question):
        review.append(f'subject is the pronoun "{pronoun}": name what it stands for')
    if reading.scale == "plain-reader" and judgement.phrase not in ("will", "inevitably"):
        review.append("no legend for this phrase: read as plain readers do")
    low, high = entry.band
    band = f"{low:.0%}-{high:.0%}" if low != high else f"{low:.0%}"
    reading_said = (f'probability stated in the text ("{judgement.written}"), scored at {entry.probability:.1%}'
                    if judgement.stated is not None else
                    f'"{judgement.written}" read as "{entry.phrase}" on scale {reading.scale} (band {band}), scored at '
                    f"{entry.probability:.1%}" + (" (the complement of the phrase's probability: the lead-in denies "
                                                  "the claim)" if judgement.complement else ""))
    rationale = (f"{reading_said}; horizon {horizon.reasoning}, due {horizon.due.isoformat()}. "
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


_PRONOUNS = {"it", "they", "this", "these", "that", "those", "he", "she", "them", "its", "their"}


def _pronoun_subject(question: str) -> str | None:
    """The pronoun a question is about ("Will it lose it ...?"), which a reader cannot resolve alone."""
    words = question.split()
    if len(words) > 1 and words[1].lower() in _PRONOUNS and not question.startswith("Will it turn out that"):
        return words[1].lower()
    if question.startswith("Will it turn out that ") and len(words) > 5 and words[5].lower() in _PRONOUNS:
        return words[5].lower()
    return None


def _question(claim: str, lowercase: frozenset[str] = frozenset()) -> str:
    """ "X will (not) do Y" -> "Will X (not) do Y"; other claims -> "Will it turn out that ..." """
    modal = _MODAL.search(claim)
    if modal is None:
        return f"Will it turn out that {_lower_first(claim, lowercase)}"
    subject = claim[:modal.start()].strip(" ,")
    rest = _ADVERBS.sub("", re.sub(r"^not\s+only\s+", "", claim[modal.end():].strip(), flags=re.I))
    # Drop a leading time or circumstance phrase from the subject; the due date carries the horizon.
    subject = strip_adverbials(subject)
    subject = re.sub(r"^(?:in|during|by|over|within)\s+(?:the\s+)?[\w\s-]*?\bterm\s+", "", subject, flags=re.I)
    negation = " not" if modal.group(1) else ""
    if not subject:
        return f"Will it turn out that {_lower_first(claim, lowercase)}"
    if subject.lower() == "there":
        return f"Will there{negation} {rest}".rstrip()
    return f"Will {_lower_first(subject, lowercase)}{negation} {rest}".rstrip()


def _plain_claim(claim: str) -> str:
    return re.sub(r"\b(?:will|would)\s+(?:(?:highly|very)\s+)?(?:likely|probably)\s+", "will ", claim, flags=re.I)


def _lower_first(text: str, lowercase: frozenset[str] = frozenset()) -> str:
    # Keep proper nouns and acronyms ("China", "NATO"): lower a plain leading article or pronoun, and a
    # capitalised word the document also writes in lower case ("Negotiations", "Protests").
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An", "These", "This", "Those", "It", "Its", "There", "Such", "Any", "Some", "Most"):
        return first.lower() + text[len(first):]
    word = re.match(r"[A-Za-z][a-z'’-]*", first)
    if word and word.group(0)[:1].isupper() and word.group(0)[1:].islower() and word.group(0).lower() in lowercase:
        return first[:1].lower() + text[1:]
    return text


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


_HEDGES = {"likely", "highly", "probably", "almost", "certainly", "possibly", "very", "also", "only", "still"}


def content_words(claim: str, horizon: str | None = None) -> frozenset[str]:
    """The words of a claim that carry its meaning, without its time words and hedges (to compare claims)."""
    claim = TERMS.sub("", claim)
    if horizon:
        claim = claim.replace(horizon, "")
    # The first six letters stand for the word: "aggression" and "aggressiveness" are one claim.
    return frozenset(w[:6] for w in re.findall(r"[a-z0-9]+", claim.lower()) if w not in _STOP and w not in _HEDGES)


def unique_id(claim: str, used: set[str]) -> str:
    """An id made of the claim's first content words, unique among ``used`` (which it joins)."""
    return _unique_id(claim, used)


def _unique_id(claim: str, used: set[str]) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", claim.lower()) if w not in _STOP]
    base = "-".join(words[:7])[:56].strip("-") or "forecast"
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    used.add(candidate)
    return candidate
