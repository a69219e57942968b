"""From a judgement to a draft forecast: a resolvable question, draft criteria, probability and rationale.

The question restates the claim with its due date ("Will China continue to support Russia by 9 March
2025?"); the criteria say what a stranger would check. Both are drafts: a reviewer sharpens them before
``tracker apply``. Nothing here guesses facts the sentence does not state.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tracker.extract.attribution import pronoun, speaker_before, without_attribution
from tracker.extract.broken_words import rejoin_broken
from tracker.extract.claim_text import clean_claim
from tracker.extract.categories import category_claim
from tracker.extract.clause_openings import antecedent
from tracker.extract.horizons import TERMS
from tracker.extract.horizon_terms import may_name_term
from tracker.extract.lexicon import Reading
from tracker.extract.question_criteria import criteria as draft_criteria
from tracker.extract.questions import build_question
from tracker.extract.records import Draft, Horizon, Judgement, Sentence

#: A horizon that is a dated meeting or vote: the question asks about that meeting, not any time before its date.
#: (a statistic's dated release, "in the December 2027 release", likewise: the figure it prints is the question's)
_DATED_MEETING = re.compile(r"(?=[hmprsv])\b(?:meeting|summit|vote|session|hearing|referendum|release|print|reading)$", re.IGNORECASE)
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:nevertheless|nonetheless|however|therefore|thus|hence|moreover|furthermore|finally|simultaneously|"
    r"meanwhile|consequently|also|then|still|in addition(?!\s+to\b)|as a result|in turn|at the same time|in the future|"
    r"just as previously|after that|under such circumstances)\b,?\s*)+", re.IGNORECASE)
_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "or", "will", "would", "be", "is", "are", "its", "their",
         "that", "this", "with", "for", "by", "as", "at", "it", "there", "not", "from", "such", "these", "those",
         "continue", "become", "increasingly", "even", "more", "any", "have", "has"}


#: The document's period named in a claim: its end is the due date, so the words go.
_PERIOD_WORDS = re.compile(r"\b(?:during|throughout|over|within|in|across|(?:until|to|by|at|before)\s+the\s+end\s+of)\s+the\s+"
                           r"(?:assessment|outlook|forecast|reporting|projection|planning)\s+(?:period|horizon)\b", re.IGNORECASE)


#: An aside between two spaced dashes right before the verb: "X - a, b, c - will ...".
_DASH_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—.;]{3,80}?\s+[-–—]\s+(?=(?:will|would|is|are|may|might|could|should|can)\b)")


# Compiled once: each is used for every draft, and a pattern given as a string pays a cache look-up per call.
_FIRST_PERSON_START = re.compile(r"(?:we|our|i)\b", re.IGNORECASE)
_FOOTNOTE_END = re.compile(r"(?:(?<=[a-z\d])\.\^\d{1,3}|(?<=[a-z]{2})\.\d{1,2})\s*$")
_LABEL = re.compile(r"^\W*([A-Z][^:.;]{2,60}):\s")
_WORD = re.compile(r"[a-z0-9]+")
_THROUGH = re.compile(r"(?:until|till|through(?:out)?)\b", re.IGNORECASE)


def make_draft(sentence: Sentence, judgement: Judgement, reading: Reading, horizon: Horizon,
               published: date, used_ids: set[str], lowercase: frozenset[str] = frozenset(),
               span: tuple[int, int] | None = None, later: dict[int, tuple] | None = None) -> Draft:
    """A draft forecast for one judgement of one sentence; ``used_ids`` keeps ids unique in the file; ``span`` is
    where the quote stands in the original file (``Draft.span``).

    ``lowercase`` holds the words the document writes in lower case: a capitalised first word of the
    subject that is among them was capitalised only because it began the sentence ("Negotiations").

    With ``later``, the draft comes back without its question, criteria and rationale (what merging duplicates
    does not read), and what they are made from is kept in ``later``; ``finish_draft`` makes them for the drafts
    merging keeps. A report restating one judgement in its summary, key points and body asks it once.
    """
    claim = _tidy(without_attribution(judgement.statement) if judgement.speaker else judgement.statement)
    claim = rejoin_broken(claim, lowercase)  # "political situa tion": a word the PDF broke at a line end
    # "Hybrid attacks - sabotage, cyber attacks, disinformation - will increase": the aside is no subject
    claim = _DASH_ASIDE.sub(" ", claim)
    speaker = judgement.speaker
    if speaker and pronoun(speaker):
        # "She noted that ...": the speaker is the person the text before names ("The foreign minister said ...").
        named = next((found for text in _context(sentence, judgement)
                      if (found := speaker_before(text) or antecedent(text.rstrip().rstrip("“\""), "person"))), None)
        speaker = named or speaker
    # The due date states the horizon; the time words themselves would say it twice. An event or a lower
    # bound ("during the summit", "no earlier than 2030") is the question's own time: kept, with no date after.
    kept = bool(horizon.text and (horizon.flagged and ("event" in horizon.flagged or "lower bound" in horizon.flagged)
                                  or _DATED_MEETING.search(horizon.text)))  # "at its December 2026 meeting" likewise
    drop = (horizon.text,) if horizon.text and not kept else ()
    if horizon.flagged and ("period" in horizon.flagged or "scope note" in horizon.flagged) and (period := _PERIOD_WORDS.search(claim)):
        drop += (period.group(0),)  # "during the assessment period": the due date is that period's end
    # "above normal is likely (45%)": the category of a quantity named before, not an event
    context = _context(sentence, judgement)
    claim, category = category_claim(claim, context, sentence.paragraph.heading)
    parts = (sentence, judgement, reading, horizon, lowercase, span, claim, speaker, kept, drop, context, category,
             _unique_id(claim, used_ids))
    if later is None:
        return _completed(parts)
    skeleton = Draft(id=parts[-1], text="", criteria="", due=horizon.due, phrase=reading.entry.phrase, scale=reading.scale,
                     band=reading.entry.band, probability=reading.entry.probability, horizon=horizon, quote=sentence.text,
                     location=sentence.location, statement=claim, clause=judgement.clause, rationale="",
                     review=tuple(r for r in (horizon.flagged, *judgement.notes, category) if r), speaker=speaker, span=span)
    later[id(skeleton)] = (skeleton, parts)  # the draft held, so its id() is never another object's
    return skeleton


def finish_draft(draft: Draft, later: dict[int, tuple]) -> Draft:
    """``draft`` with its question, criteria and rationale, when ``make_draft`` left them for ``later``."""
    held = later.get(id(draft))
    return _completed(held[1]) if held is not None and held[0] is draft else draft


def _completed(parts: tuple) -> Draft:
    sentence, judgement, reading, horizon, lowercase, span, claim, speaker, kept, drop, context, category, draft_id = parts
    entry = reading.entry
    built = build_question(claim, context=context, lowercase=lowercase, drop=drop)
    # a quantity's bare name only ("growth"): "most advanced militaries" are nobody's in particular
    if (run_in := _RUN_IN_HEAD.match(sentence.paragraph.text)) and re.fullmatch(r"[a-z][a-z -]*", built.subject) \
            and len(built.subject.split()) <= 3 and not _QUANTIFIER.match(built.subject) \
            and built.subject not in ("it", "they", "there", "this", "these") and run_in.group(1) not in claim \
            and not any({word.lower(), word.lower().rstrip("s")} & lowercase for word in run_in.group(1).split()) \
            and not re.fullmatch(r"[A-Z][a-z]+(?:s|ing)", run_in.group(1)):
        # a name, not a topic ("Inflation.", "Wages.", "Scrapping."): none of its words in lower case in the
        # document, no plural, no gerund
        # "**Nigeria.** Growth is forecast to reach 3.9 percent": the run-in head says whose growth it is
        built = replace(built, text=built.text.replace(f"Will {built.subject} ", f"Will {built.subject} in {run_in.group(1)} ", 1))
    question = f"{built.text}?" if kept and horizon.text.lower() in built.text.lower() else \
        f"{built.text} {_until(horizon.text)} {_day(horizon.due)}?"
    review = [r for r in (horizon.flagged, *judgement.notes, category, *built.notes) if r]
    if speaker and _FIRST_PERSON_START.match(claim):
        review = [note for note in review if not note.startswith("the question speaks as")]  # said below, with whose
        review.append(f'the quotation speaks as "{claim.split()[0].lower()}": name who that is ({speaker}\'s side?)')
    if speaker != judgement.speaker:
        review.append(f'speaker "{judgement.speaker.lower()}" read as "{speaker}" from the text before it: check it')
    if reading.scale == "plain-reader" and judgement.phrase not in ("will", "inevitably"):
        review.append("no legend for this phrase: read as plain readers do")
    low, high = entry.band
    band = f"{low:.0%}-{high:.0%}" if low != high else f"{low:.0%}"
    reading_said = (f'probability stated in the text ("{judgement.written}"), scored at {entry.probability:.1%}'
                    if judgement.stated is not None else
                    f'"{judgement.written}"{" (an expectation: a central projection, not a commitment)" if judgement.reads_as else ""} '
                    f'read as "{entry.phrase}" on scale {reading.scale} (band {band}), scored at '
                    f"{entry.probability:.1%}" + (" (the complement of the phrase's probability: the lead-in denies "
                                                  "the claim)" if judgement.complement else ""))
    if speaker:
        reading_said = f"the judgement of {speaker}, quoted in the document: {reading_said}"
    rationale = (f"{reading_said}; horizon {horizon.reasoning}, due {horizon.due.isoformat()}. "
                 f"Extracted draft: {'confidence low (' + '; '.join(review) + ')' if review else 'confidence high'}.")
    criteria = draft_criteria(built, _day(horizon.due))
    return Draft(id=draft_id, text=question, criteria=criteria, due=horizon.due,
                 phrase=entry.phrase, scale=reading.scale, band=entry.band, probability=entry.probability,
                 horizon=horizon, quote=sentence.text, location=sentence.location, statement=claim, clause=judgement.clause,
                 rationale=rationale, review=tuple(review), speaker=speaker, span=span)


def _tidy(claim: str) -> str:
    # a footnote mark the PDF glued to the full stop ("by the end of 2027.^2", "on track.11") is no part of the claim
    claim = _FOOTNOTE_END.sub("", claim.strip()) if "." in claim else claim
    claim = clean_claim(" ".join(claim.split())).strip(" ,;:.")
    return _LEADING_ADVERBIAL.sub("", claim).strip(" ,")


#: A paragraph opening with a name set as a run-in head: "**Nigeria.** Growth is ...", "South Africa. Growth ...".
_QUANTIFIER = re.compile(r"(?:most|many|some|all|few|several|both|each|every|these|those|its|their|our|his|her)\b")
_RUN_IN_HEAD = re.compile(r"^\W*(?!(?:Dr|Mr|Mrs|Ms|Prof|St|No|Fig|Gen|Col|Sen|Rep|Gov|Jr|Sr)\.)([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,3})\.\W*\s+[A-Z]")


def _context(sentence: Sentence, judgement: Judgement) -> tuple[str, ...]:
    """The texts before the clause, nearest first: its own sentence's opening, then the previous sentence."""
    texts = []
    if label := _LABEL.match(judgement.clause):
        texts.append(label.group(0).strip())  # "Starship demo: I'd guess it happens": the label names "it"
    at = sentence.text.find(judgement.clause[:40])
    if at > 0:
        texts.append(sentence.text[:at])
    paragraph = sentence.paragraph.text
    start = paragraph.find(sentence.text[:40])
    if sentence.index > 0 and start > 0:
        texts.append(paragraph[:start])
    return tuple(texts)


def _day(value: date) -> str:
    return f"{value.day} {_MONTH_NAMES[value.month - 1]} {value.year}"  # English whatever the locale


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


_HEDGES = {"likely", "highly", "probably", "almost", "certainly", "possibly", "very", "also", "only", "still"}


def content_words(claim: str, horizon: str | None = None) -> frozenset[str]:
    """The words of a claim that carry its meaning, without its time words and hedges (to compare claims)."""
    claim = TERMS.sub("", claim) if may_name_term(claim) else claim
    if horizon:
        claim = claim.replace(horizon, "")
    # The first six letters stand for the word: "aggression" and "aggressiveness" are one claim.
    return frozenset(w[:6] for w in _WORD.findall(claim.lower()) if w not in _STOP and w not in _HEDGES)


def unique_id(claim: str, used: set[str]) -> str:
    """An id made of the claim's first content words, unique among ``used`` (which it joins)."""
    return _unique_id(claim, used)


class IdSet(set):
    """Ids in use, remembering each base's next free number: a report repeating one claim many times would
    otherwise make every new id count up from "-2"."""

    def __init__(self) -> None:
        super().__init__()
        self.next_number: dict[str, int] = {}


def _unique_id(claim: str, used: set[str]) -> str:
    words = [w for w in _WORD.findall(claim.lower()) if w not in _STOP]
    base = "-".join(words[:7])[:56].strip("-") or "forecast"
    candidate, number = base, 2
    if base in used and isinstance(used, IdSet):
        number = used.next_number.get(base, 2)
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    if isinstance(used, IdSet):
        used.next_number[base] = number
    used.add(candidate)
    return candidate


def _until(horizon: str | None) -> str:
    """ "until at least 2027", "through 2026": a state that lasts the whole time ("through D"), not an event "by D"."""
    return "through" if horizon and _THROUGH.match(horizon) else "by"
