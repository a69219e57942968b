"""Headlines and bullet points without a verb: "Recession likely by Q3 2027", "Rate cut expected in March".

Newsletters, slide decks and tables state judgements in headline grammar, which drops the copula (and the
article, see ``articles.py``). Such a line is read as the sentence it shortens, "Recession is likely by Q3
2027", and then by the estimative grammar like any other. Only a noun phrase without a finite verb of its own
qualifies, followed by an estimative adjective or a participle of expecting and then a time, an infinitive or
nothing: "Analysts expected a cut" (a verb in the past) or "the likely winner" (an adjective before its noun)
are no headlines.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.VERBOSE

_HEADLINE = re.compile(r"""
    ^ (?P<lead> \W* )
    (?P<subject> (?! (?: it | this | that | there | we | i | they | he | she | which | who ) \b )
        [\w’'&/.%$€£-]+ (?: \s+ [\w’'&/.%$€£-]+ ){0,7}? )
    \s+
    (?P<predicate>
        (?: (?: very | highly | most | increasingly | now | still | also | not | more | less | seen \s+ as ) \s+ )*
        (?: likely | unlikely | probable | improbable | possible | almost \s+ certain | expected | projected | forecast
          | anticipated ) )
    (?P<rest> \s+ (?: to \s+ [a-z]+ | in | by | before | within | during | this | next | over | from | after | at
                    | through | until | for | later | soon | around ) \b .* | \s* [,;–—-] .* | \s* )
    $""", _FLAGS)
#: Words the predicate cannot do without.
_WORDS = ("likely", "probable", "possible", "certain", "expected", "projected", "forecast", "anticipated")
#: A finite verb or a modal in the would-be subject: a clause, not a noun phrase.
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|"
                     r"did|says?|said|sees?|expects?|remains?|looks?|appears?|seems?)\b", re.IGNORECASE)
#: A verb and its object in the would-be subject ("The court considered the appeal unlikely to", "X makes it possible
#: to"): a clause with its object's complement, not a noun phrase.
_VERB_OBJECT = re.compile(r"\b[a-z]\w+(?:ed|[^s’']s)\s+(?:the|a|an|its|their|his|her|it|them|this|that|these|those)\b")
#: Participles of expecting, which could also be the past of a verb: read only in a line with no full stop.
_PARTICIPLES = re.compile(r"(?:expected|projected|forecast|anticipated)$", re.IGNORECASE)


def with_copula(text: str) -> str | None:
    """``text`` with the copula a headline dropped ("Recession likely by 2027" -> "Recession is likely by 2027"),
    or None when it is no verbless headline."""
    lowered = text.lower()
    if not any(word in lowered for word in _WORDS):
        return None  # most clauses: spared the pattern
    # ", with a US filing most likely in 2029": an absolute clause after the main one is a headline of its own
    absolute = re.match(r"^\W*with\s+(?=(?:a|an|the|[A-Z]))", text, re.IGNORECASE) or \
        re.search(r",\s+with\s+(?=(?:a|an|the)\s)", text, re.IGNORECASE)
    if absolute:
        text = text[absolute.end():]
        text = text[:1].upper() + text[1:]
    match = _HEADLINE.match(text.rstrip())
    if match is None or _FINITE.search(match.group("subject")) or not match.group("subject")[:1].isupper() \
            or _VERB_OBJECT.search(match.group("subject")) \
            or re.search(r"\b(?:as|\w+ly|very|most|more|less|even|than|it|them|this|that|so|too)$", match.group("subject"), re.IGNORECASE):
        # a headline starts with a capital; "(as) much as possible" is a comparison, "Highly likely" a legend's term;
        # "X makes it possible to attack": an object before its complement, inside a clause
        return None
    predicate = match.group("predicate")
    if _PARTICIPLES.search(predicate) and re.search(r"[.!]\W*$", text):
        return None  # "Russia expected to win in days." is the active past, said of the past
    subject = match.group("subject")
    head = subject.split()[-1]
    plural = re.search(r"[^su]s$", head) and not re.fullmatch(r"[A-Z]{2,5}s?", head) and not head[:1].isdigit()
    return f"{match.group('lead')}{subject} {'are' if plural else 'is'} {predicate}{match.group('rest')}"
