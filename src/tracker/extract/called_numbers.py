"""A call stated bare, its number after it: "Germany's coalition survives 2027. 80%.", "UK CPI is below 2.5% in the
December 2027 print. Call it 3-in-10.", "Bitcoin trades above $150,000 in 2027. I'm at 15, down from 25", and in one
sentence, "X in the May 2027 elections - I'm at 60".

Forecasters' lists of calls state each call as a plain present-tense fact with its date, then score it in a short
sentence of its own (a bare number, "I'm at N", "call it N") or after a dash. The call is the claim the number scores;
it has no estimative word, so no reader drafts it on its own. Only the paragraph's opening sentence, dated and read as
a present-tense claim, is taken: a past fact ("X grew 2% in 2025") or a claim with no date is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.records import Judgement, Sentence
from tracker.extract.tense import as_future

#: The number alone, or the writer's "I'm at N", "call it N", "we say N", maybe with a short remark after a comma.
_SCORE = re.compile(r"""^ \W* (?: so \s* [:,]? \s* )? (?: (?: i['’]m | i \s+ am | we['’]re | we \s+ are ) \s+ (?: now \s+ )? at | call \s+ it
    | (?: i | we ) \s+ (?: say | put \s+ it \s+ at ) | say )? \s* (?: about \s+ | roughly \s+ | around \s+ )?
    (?: \d{1,2} (?: \.\d+ )? \s? (?: % | per \s? cent | percent )? | 0?\.\d{1,3} | (?: \d | one | two | three | four ) [\s-]+ in [\s-]+ (?: \d{1,2} | three | four | five | six | ten ) )
    \s* (?: , [^.;]{0,80} )? [.!]? \s* $""", re.IGNORECASE | re.VERBOSE)
#: A date that decides the call: a year, or a month.
_DATED = re.compile(r"\b(?:20\d\d|(?:the|this|next|whole)\s+year|January|February|March|April|May|June|July|August|September|October|November|December)\b")
#: Whose number it is not, or a call already scored in words.
_NOT_BARE = re.compile(r"\b(?:will|would|likely|unlikely|probably|chance|odds|expect|think|believe|said|says|I|we|my|our|market|"
                       r"traders|polls?|priced?|was|were|had|did)\b|[?%]\s*$", re.IGNORECASE)
#: A subject of a few words, then a verb in the third person: "Labour finishes", "The Senate confirms".
_THIRD_PERSON = re.compile(r"^(?P<subject>\W*[A-Z][\w'’.$&-]*(?:\s+[\w'’.$&-]+){0,5}?)\s+(?P<verb>(?-i:[a-z]{2,}s))\b(?P<rest>.*)$", re.DOTALL)
_NOT_VERB = {"is", "has", "was", "does", "its", "this", "thus", "plus", "less", "us", "yes", "as", "towards", "across", "perhaps",
             "always", "sometimes", "afterwards", "news", "series", "species", "politics", "economics", "gas"}
#: "X in May 2027 - I'm at 60": the score after a dash closing the call's sentence.
_DASH = re.compile(r"\s+(?:-|--|—|–)\s+(?=\S)")


def bare_call(claim: str) -> str | None:
    """``claim`` said as a future when it is a bare, dated present-tense call, else None."""
    claim = claim.strip().rstrip(".")
    if not 12 <= len(claim) <= 220 or not _DATED.search(claim) or _NOT_BARE.search(claim) or not re.match(r"\W*[A-Z0-9]", claim):
        return None
    statement = as_future(claim, True)
    if statement.startswith("it will turn out") and (verb := _THIRD_PERSON.match(claim)) and verb.group("verb").lower() not in _NOT_VERB:
        # "Labour finishes behind Reform in May 2027": a verb in -es the tense reader leaves open, said in the future
        word = verb.group("verb")
        stem = word[:-3] + "y" if word.endswith("ies") else word[:-2] if re.search(r"(?:sh|ch|x|ss|zz|o)es$", word) else word[:-1]
        statement = f"{verb.group('subject')} will {stem}{verb.group('rest')}"
    return None if statement.startswith(("it will turn out", "there will be")) else statement


def called_number(judgement: Judgement, sentence: Sentence, previous: Sentence | None) -> tuple[Judgement, Sentence] | None:
    """``(judgement with the call as its claim, the quote)`` when the claimless number scores a bare call stated just
    before it (the paragraph's opening sentence) or before a dash in its own sentence; else None."""
    if judgement.speaker is not None:
        return None
    text = sentence.text
    if ("-" in text or "—" in text or "–" in text) and (cut := list(_DASH.finditer(text))):
        last = cut[-1]
        if _SCORE.match(text[last.end():]) and (statement := bare_call(text[:last.start()])):
            return _called(judgement, statement), sentence
    if previous is None or previous.paragraph is not sentence.paragraph or previous.index != 0 or sentence.index != 1:
        return None
    if not _SCORE.match(text) or (statement := bare_call(previous.text)) is None:
        return None
    return _called(judgement, statement), replace(previous, text=f"{previous.text} {text}", end=sentence.end)


def _called(judgement: Judgement, statement: str) -> Judgement:
    return replace(judgement, statement=statement,
                   notes=(*judgement.notes, "a bare call stated before its number: check the call is what it scores"))
