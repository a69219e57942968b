"""Who holds a relayed expectation: the holder's kind (a forecasting profession, an institution, a poll's
respondents, the few or the most), the name a sentence gives as saying it, and the speaker the claim is kept with.

reported_expectation.py reads "X expects Y to VERB"; whether X is someone whose forecast can be scored, and under
what name it is kept, is a question of its own about the words before the verb (and a trailing "..., Anna Berg said"),
so the patterns and functions that answer it live here.
"""

from __future__ import annotations

import re

#: People whose trade is forecasting: what they expect is a forecast the story relays, kept with them. A body or a
#: person named ("Goldman expects X to grow 9% next year", "The Agency expects X to double in 2027") likewise: the
#: issue's rule keeps another's stated forecast with its holder as source forecaster, flagged for review.
_FORECASTERS = re.compile(r"\b(?:analysts?|economists?|experts?|forecasters?|strategists?|investors|traders|markets?|"
                          r"respondents?|pollsters|observers|bankers)\b", re.IGNORECASE)
#: "few expect", "nobody expects": the holders' view is that the event will not happen.
_FEW = re.compile(r"^(?:few|very\s+few|nobody|no\s+one|hardly\s+anyone|not\s+many)\b", re.IGNORECASE)
#: "most economists expect": the prevailing view, relayed as the consensus.
_MOST = re.compile(r"^(?:most|the\s+majority\s+of|nearly\s+all|almost\s+all)(?:\s|$)", re.IGNORECASE)
_OWN = re.compile(r"^(?:we|i|our\s+[\w-]+|my\s+[\w-]+)$", re.IGNORECASE)
#: A forecasting institution by its name: "the Riksbank", "the Fund", "the Agency", "the OECD" (initials).
_INSTITUTION = re.compile(r"(?i:bank|agency|commission|office|fund|institute|service|board|authority|council|ministry|"
                          r"department|bureau|centre|center)\b|\b[A-Z]{2,6}\b"
                          # an initialism with a small letter in it: "BfV", "DfE"
                          r"|\b[A-Z][a-z]?[A-Z][A-Z]?\b")
#: "In a poll of 32 economists", "a survey of 40 fund managers": the polled, who the bare number counts.
_POLLED = re.compile(r"\b(?:poll|survey)\s+of\s+(?:\d+|[a-z]+)\s+(?P<who>(?:[a-z-]+\s+)?[a-z-]+?s)\b", re.IGNORECASE)
CONSENSUS = "the consensus"
#: Who said it, after the clause: ", DBV president Anna Berg told reporters", '," said Dana Berg, a scientist',
#: ", Raman said", ", said bank economist Lars Winter", ", a spokeswoman said".
_ATTRIBUTED = re.compile(r"""(?: (?P<quote> [,.!?]? \s* [”"’] ) \s* ,? | \s* , ) \s+ (?:
    # (not "wrote in a note": the bank's analyst writing the bank's forecast, which stays the bank's)
    (?P<before> (?: [\w’'.&-]+ \s+ ){1,6}? ) (?: said | says | told | added ) \b
    | (?: said | says | told | added ) \s+ (?P<after> [\w’'.&-]+ (?: \s+ [\w’'.&-]+ ){0,5}? ) (?= \s* [,.] | \s*$ ) ) [^;]* $""",
                         re.IGNORECASE | re.VERBOSE)
_PARTICIPLE = re.compile(r"\b(?:surveyed|polled|questioned|interviewed|asked)\s+(?:by|in|for)\b", re.IGNORECASE)
#: A person's name in apposition: "Anna Berg", "Marcus J. Lyle".
_PERSON = re.compile(r"(?-i:[A-Z])[a-z’'-]+(?:\s+(?-i:[A-Z])\.)?(?:\s+(?-i:[A-Z])[a-z’'-]+){1,2}")
#: A body's publication speaking for it: "The Bank's May Report projected", "The Office's November forecast".
_PUBLICATION = re.compile(r"\b(?:report|bulletin|outlook|forecasts?|projections?|review|statement|update|survey)$", re.IGNORECASE)
#: A statistic of many forecasts: "The average of forecasts in the bank's survey", "the median projection of the
#: panel", "The consensus of economists polled": a forecast the story relays, as a named body's is.
_POOLED = re.compile(r"^(?:the\s+)?(?:average|median|mean|consensus|mid-?point)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:forecasts?|projections?|estimates?|economists|forecasters|analysts|respondents|panel(?:lists)?)\b",
                     re.IGNORECASE)


def _tidy_speaker(who: str) -> str:
    who = " ".join(who.split()).strip(" ,")
    return who[:1].lower() + who[1:] if re.match(r"(?:The|A|An)\s", who) else who


def _named(holder: str) -> bool:
    """Whether ``holder`` names a body or a person ("Goldman", "the Riksbank", "Norway's fisheries regulator"), not a
    common noun capitalised only at the sentence's start ("Households", "Companies": a survey's finding)."""
    words = re.sub(r"^(?:the|a|an)\s+", "", holder, flags=re.IGNORECASE).split()
    if not words or not words[0][:1].isupper():
        return False
    plural = words[0].endswith("s") and words[0][1:].islower() and not words[0].endswith(("'s", "’s"))
    return not plural or any(word[:1].isupper() for word in words[1:])


def _speaker(holder: str, opening: str) -> str | None:
    """Whose forecast it is: the holder named, the polled a bare number counts, the consensus for "few"; "" for the
    authors' own ("our forecasters expect"), None for no holder that can forecast."""
    if _FEW.match(holder) or _MOST.match(holder):
        return CONSENSUS
    if _OWN.match(holder):
        return ""
    if holder[:1].isdigit():
        polled = _POLLED.search(opening)
        return f"{holder} of the {polled.group('who')} polled" if polled else f"{holder} respondents"
    holder = re.sub(r"\s+\((?-i:[A-Z])[\w&.-]{1,9}\)", "", holder)  # "De Nederlandsche Bank (DNB)": the name, not its initials
    if re.match(r"(?:the|a|an)\s", holder, re.IGNORECASE):
        holder = holder[:1].lower() + holder[1:]
    if (part := re.match(r"(?:many|several)\s+(?P<who>(?:[\w-]+\s+){0,2}(?:analysts|economists|strategists|forecasters|"
                         r"traders|investors|bankers|participants|brokers|dealers))$", holder, re.IGNORECASE)):
        # "Many market participants expect": a broad part of the market, whose forecast the story relays ("Some analysts
        # expect X; we do not share this view": "some" is as often a foil the authors answer, and stays dropped)
        return part.group("who")
    if re.match(r"(?:some|many|several|other|certain|most)\b", holder, re.IGNORECASE):
        return None  # unnamed others: dropped, as "some experts have predicted" is
    return holder
