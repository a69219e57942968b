"""The estimative words extraction looks for, read from the scales (scales are data, not code).

A document is read with one scale (its own legend when it has one). A phrase that scale does not define
is read with the plain-reader scale, and the draft names that scale, so every probability can be traced to
a published source or to tracker's documented reading of unqualified futures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from tracker.scales import STATED_SCALE, Phrase, Scale  # noqa: F401 (STATED_SCALE: for extract's modules)

FALLBACK_SCALE = "plain-reader"
#: Words of the scales that are not judgements when they stand alone in prose: bare modals ("may", "could")
#: describe possibility or capability far more often than they estimate, and "certain"/"remote" are
#: ordinary adjectives. The unqualified future ("will", "is expected to") is found by its own rules.
_NOT_JUDGEMENT_WORDS = {"may", "could", "might", "certain", "remote", "will", "is expected to",
                        "will continue to", "inevitable", "certainly", "impossible"}
_MODALS = {"may", "could", "might", "will"}
#: The scale of a legend the document prints as a table (``legend_table``).
TABLE_SCALE = "document-legend"
#: Negations and hedges that name another entry of the scale.
#: A phrase that scales name in another form.
_SAME_AS = {"remote": "remote chance", "even chance": "about even"}
#: Estimative words no scale lists, read as the plain-reader word they mean ("X is odds-on to win": "likely";
#: "in all likelihood" is "very probably" in the dictionaries, not a plain "probably").
_PLAIN_FORMS = {"odds-on": "likely", "in all likelihood": "highly likely", "in all probability": "highly likely",
                "conceivable": "could happen", "hardly conceivable": "highly unlikely",
                "scarcely conceivable": "highly unlikely", "all but certain": "almost certain",
                "all but certainly": "almost certainly", "a long shot": "unlikely",
                # the active hedge reads as the passive: "the service does not rule out that X will"
                "not rule out": "cannot be ruled out", "cannot rule out": "cannot be ruled out",
                "can't rule out": "cannot be ruled out",
                # "X is liable to remain": an inclination, the plain reader's "likely" (judgements.py asks for "to VERB")
                "liable": "likely",
                # ICD 203 names "highly probable" / "highly improbable" as "very likely" / "very unlikely"
                "highly probable": "very likely", "highly improbable": "very unlikely",
                # "will very probably remain": the degree adverb is the judgement, not the "will" it follows
                "very probably": "very likely", "highly probably": "very likely", "very probable": "very likely",
                # IPCC's "about as likely as not" (33-66%) where the document's scale has it; elsewhere the even chance
                "as likely as not": "about even", "roughly as likely as not": "about even",
                "about as likely as not": "about even", "just as likely as not": "about even"}
_SAME_AS.update(_PLAIN_FORMS)
_ADVERB_BEFORE_RULED = re.compile(r"\bbe\s+\w+ly\s+(?=ruled|excluded)")
#: "more likely than not", "more probable than not": the lean just past even. Rules that find the lean give it the
#: phrase "likely" (the question they ask is the likelier outcome's); a scale that does not define the words reads
#: them as its plain "better than even" (55-60%), not as "likely" (67-80%), which says more than the words do.
_LEAN = re.compile(r"\bmore\s+(?:likely|probable)\s+than\s+not\b", re.IGNORECASE)
_LEAN_READING = "better than even"
_NEGATED = {"not likely": "unlikely", "not probable": "unlikely", "not very likely": "unlikely",
            "not highly likely": "unlikely"}


@dataclass(frozen=True)
class Reading:
    """How a phrase of a document was read: the scale's entry and the scale it is from."""

    entry: Phrase
    scale: str


class Lexicon:
    """The phrases of ``scale`` (and of the fallback scale) and a pattern that finds them in text."""

    def __init__(self, scale: Scale, fallback: Scale | None, authors: frozenset[str] = frozenset()):
        self.scale = scale
        self.fallback = fallback if fallback and fallback.name != scale.name else None
        #: The names the document's authors go by ("Supo"): "Supo does not expect" is their own expectation.
        self.authors = authors
        #: The document's likelihood levels ("medium": 40-70%), read only in rating lines (``rating_levels.py``).
        self.levels: dict[str, tuple[float, float]] = {}

    def read(self, written: str) -> Reading | None:
        """The scale entry for a phrase as written ("Highly likely", "not likely"), or None."""
        words = " ".join(written.lower().split())
        if "ruled" in words or "excluded" in words:  # "cannot be entirely ruled out": the adverb goes
            words = _ADVERB_BEFORE_RULED.sub("be ", words)
        words = _NEGATED.get(words, words)
        for scale in (self.scale, self.fallback):
            if scale and (entry := scale.lookup(words)):
                return Reading(entry, scale.name)
        # "a remote prospect": the legend's "remote" when it has one, else the plain reader's "remote chance"
        return self.read(_SAME_AS[words]) if words in _SAME_AS else None

    def reading_of(self, judgement) -> Reading | None:
        """The scale entry a ``Judgement`` is scored with: a stated number as itself, a denied claim at the
        complement."""
        if judgement.stated is not None:
            entry = Phrase(judgement.written, (judgement.stated, judgement.stated), judgement.stated)
            return Reading(entry, STATED_SCALE)
        reading = self.read(judgement.phrase)
        if reading is not None and not judgement.reads_as and "than not" in judgement.written.lower() \
                and reading.entry.phrase == "likely" and (lean := _LEAN.search(judgement.written)) \
                and not self.scale.lookup(" ".join(lean.group(0).lower().split())):
            reading = self._plain(_LEAN_READING) or reading
        if reading is not None and judgement.reads_as:
            reading = self._plain(judgement.reads_as) or reading
        if reading is None or not judgement.complement:
            return reading
        low, high = reading.entry.band
        entry = Phrase(f"not {reading.entry.phrase}", (round(1 - high, 4), round(1 - low, 4)),
                       round(1 - reading.entry.probability, 4))
        return Reading(entry, reading.scale)

    def _plain(self, phrase: str) -> Reading | None:
        """``phrase`` as plain readers take it: tracker's own readings (a central projection as "likely") are
        not the authors' words, so a legend's "likely" does not define them."""
        plain = self.scale if self.fallback is None else self.fallback
        entry = plain.lookup(phrase)
        return Reading(entry, plain.name) if entry else None

    @cached_property
    def judgement_pattern(self) -> re.Pattern[str]:
        """Estimative phrases (longest first), with the negated and hedged forms the lexicon knows."""
        return re.compile(rf"(?<![\w-])(?:{by_first_letter(*self.judgement_forms())})(?![\w-])", re.IGNORECASE)

    def judgement_forms(self) -> tuple[list[str], list[str]]:
        """The estimative phrases (lower case, longest first) and each as a pattern (``judgement_pattern``'s)."""
        forms = {"not likely", "cannot be ruled out", "can't be ruled out", "cannot be excluded",
                 "not be ruled out", "could not be ruled out"}
        for scale in (self.scale, self.fallback):
            for entry in scale.phrases if scale else ():
                for form in (entry.phrase, *entry.synonyms):
                    # a word the document's own legend defines ("remote") is one of its judgements there
                    if form.lower() not in _NOT_JUDGEMENT_WORDS or (scale is self.scale and scale.name == TABLE_SCALE
                                                                    and form.lower() not in _MODALS):
                        forms.add(form.lower())
        forms = {f for f in forms | set(_PLAIN_FORMS) if self.read(f)}
        ordered = sorted(forms, key=len, reverse=True)
        # "cannot be completely ruled out": an adverb inside the hedge does not change it
        written = [re.sub(r"be\\s\+(ruled|excluded)", r"be\\s+(?:\\w+ly\\s+)?\1", re.escape(f).replace(r"\ ", r"\s+"))
                   for f in ordered]
        return ordered, written


def by_first_letter(forms: list[str], written: list[str]) -> str:
    """The alternation of ``written`` (each form as a pattern, in the order to try them), the forms that start with
    the same ASCII letter gathered under it: "l(?:ikely|ess likely)|u(?:nlikely)".

    The pattern is tried at every position of every clause, and a flat alternation tries each of its fifty forms
    there; gathered, it tries one letter per group. The matches are the same: under ``re.IGNORECASE`` a character
    matches at most one ASCII letter, so at any position only one group can match, and inside it the forms keep
    their order (``re`` takes the first form that lets the rest of the pattern match). A form that starts with
    anything but an ASCII letter (a printed legend's own word) could share a first character with another group,
    so then the alternation stays flat.
    """
    if not all("a" <= form[:1] <= "z" for form in forms):
        return "|".join(written)
    groups: dict[str, list[str]] = {}
    for form, pattern in zip(forms, written):  # re.escape leaves letters alone: the pattern starts with the letter
        groups.setdefault(form[0], []).append(pattern[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
