"""A chance in reported speech: "the bureau said there was a 65 per cent chance of at least one cyclone crossing the
coast between November and April", "officials said there was a one-in-three chance that the dam would fail".

News relays an agency's number in the past tense of reported speech ("there was a N% chance" for "there is"). The
number is the speaker's, stated for an event still ahead: read as the present-tense number would be. The speaker is
the subject of "said" when the sentence names one (the pipeline flags it for review).
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import base_form
from tracker.extract.holder_chances import holder_chance
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_SAID_CHANCE = re.compile(r"""\b said \s+ (?: (?: on | in | at | last | this ) \s+ [\w’'-]+ \s+ )? (?: that \s+ )?
    there \s+ (?: was | were ) \s+ (?: (?: about | around | roughly ) \s+ )? (?: an? \s+ )? (?: (?: about | around | roughly | some ) \s+ )?
    (?P<p> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per \s? cent \b | percent \b ) \s+ (?: chance | probability | likelihood | risk )
    \s+ (?: (?P<of> of ) | that ) \s+ (?P<claim> [^;]{4,} ) $""", _FLAGS)
#: "of at least one severe cyclone crossing the coast between ...": a noun phrase, then the event as "-ing".
_OF_ING = re.compile(r"^(?P<subject>(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)\s+(?P<verb>[a-z]{3,})ing\b(?P<rest>.*)$", re.DOTALL)
#: The speaker: the name or noun phrase just before "said" ("the bureau", "Met Office forecasters").
_SPEAKER = re.compile(r"(?:^|,\s+)(?P<speaker>(?:the\s+|The\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,4}?)\s+said\b")


def said_chance(text: str) -> Judgement | None:
    """The number a speaker is reported to have given as "there was a N% chance of/that X", or None."""
    match = _SAID_CHANCE.search(text.strip().rstrip("."))
    if match is None:
        # "Rhee said there is little chance of X": the chance in words, the speaker's (read before the authors'
        # "there is little chance", which would lose the speaker)
        return holder_chance(text) if " there " in text else None
    probability = float(match.group("p")) / 100
    if not 0 < probability < 1:
        return None
    claim = match.group("claim").strip()
    if match.group("of"):
        ing = _OF_ING.match(claim)
        statement = f"{ing.group('subject')} will {base_form(ing.group('verb'))}{ing.group('rest')}" if ing else as_future(claim, False)
    else:
        statement = re.sub(r"\bwould\b", "will", claim, count=1)  # "that the dam would fail": the backshifted "will"
    speaker = _SPEAKER.search(text[:match.start() + 5])
    who = " ".join(speaker.group("speaker").split()) if speaker else None
    if who and re.match(r"(?:we|i|it|they|he|she)$", who, re.IGNORECASE):
        who = None
    return Judgement(text, statement, "stated", f"{match.group('p')}%", False, stated=probability,
                     speaker=who[:1].lower() + who[1:] if who and who.startswith("The ") else who,
                     notes=(f'reported speech: "there was a {match.group("p")}% chance" read as the number stated',))
