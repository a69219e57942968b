"""Odds said as a split after the claim: "I don't think X - call it a 70/30 against", "X, say 60/40 in favour".

The two numbers share out 100 between the claim and its negation; the side word says which share is the
claim's ("against": the smaller, "in favour"/"for": the larger). With no side word the writer's own lean
decides: a negative belief ("I don't think X") puts the claim on the smaller share, a plain one on the larger.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_SPLIT = re.compile(r"""
    ^ (?: .*? \b (?: so | and | but | because ) ,? \s+ )?          # a clause before the belief: "..., so I don't think"
    (?: (?P<believer> i | we ) \s+
        (?: (?P<negated> do \s+ not | don['’]t ) \s+ )?
        (?P<verb> think | believe | expect | reckon ) (?: \s+ that )? \s+ )?
    (?P<claim> [^;:]{10,300}? ) \s*
    (?: [-–—,;:(] ) \s*
    (?P<intro> (?: call \s+ it | say | i['’]d \s+ (?: say | call \s+ it | put \s+ it \s+ at ) | that['’]s | roughly | about ) \s+ )?
    (?: a | an )? \s*
    (?P<a> \d{1,2} ) \s* [/:] \s* (?P<b> \d{1,2} ) \s*
    (?P<side> against | for | in \s+ favou?r | on )? \s* (?: in \s+ my \s+ view | either \s+ way )? \s* \)? \s* $
""", _FLAGS)


_TAIL = re.compile(r"\d\s*[/:]\s*\d{1,2}\b[^/:\d]{0,40}$")


def odds_split(text: str) -> tuple[float, str, str, bool] | None:
    """``(probability of the claim, words as written, claim, negated belief)`` for odds said as "70/30
    against" after the claim, else None. The last flag says the claim came under "I don't think"."""
    if not _TAIL.search(text):
        return None  # most clauses: no split at the end, the long pattern is spared
    match = _SPLIT.match(text.strip().rstrip("."))
    if match is None or match.group("side") == "on":
        return None
    a, b = int(match.group("a")), int(match.group("b"))
    if a + b != 100 or a == b and not match.group("side"):
        return None  # "3/4 of the fleet", "24/7", a ratio; 50/50 alone is no lean (see leaning)
    side = (match.group("side") or "").lower()
    if side == "against" or (not side and match.group("negated")):
        probability = min(a, b) / 100
    elif side or match.group("believer"):
        probability = max(a, b) / 100
    else:
        return None  # "X - 60/40": whose share is whose, nothing says
    # the words from "call it" / "say" on: a judgement's words, not a report ("say" is no reporting verb here)
    written = " ".join(text[match.start("intro" if match.group("intro") else "a"):match.end("side") if match.group("side") else match.end("b")].split())
    if match.group("negated"):
        written = f"{' '.join(match.group('negated').split())} {match.group('verb')} ... {written}"
    return probability, written, match.group("claim").strip(" ,"), bool(match.group("negated"))


#: A number said after a dash, with no claim of its own ("X almost certainly survives through 2027 — call it
#: 92%"): the words before the dash are its claim.
_BEFORE_DASH = re.compile(r"""^ \W* (?: \*\*[^*]{1,40}\*\* \s* )? (?P<claim> [^—–;:]{15,300}? ) \s+ [—–-] \s+
    (?: call \s+ it | say | let['’]s \s+ say | i['’]d \s+ say | maybe | perhaps ) \b""", _FLAGS)
#: Estimative adverbs in that claim: the number says how likely, the adverb would say it twice.
_ADVERB = re.compile(r"\b(?:(?:almost|very|quite|most)\s+)?(?:certainly|probably|likely)\s+", re.IGNORECASE)


def claim_before_dash(text: str) -> str | None:
    """The claim a dashed-off number scores ("X survives — call it 92%" -> "X survives"), else None. A phrase the
    number refines goes with the adverbs: "a truce is a real possibility — call it one in three" -> "there will be
    a truce"."""
    if (match := _BEFORE_DASH.match(text)) is None:
        return None
    claim = _ADVERB.sub("", match.group("claim")).strip(" ,")
    claim = re.sub(r"^(?:although|though|but|and|while|whereas|yet)\s+", "", claim, flags=re.IGNORECASE)
    if predicate := _PHRASE_PREDICATE.search(claim):
        return f"there will be {claim[:predicate.start()].strip()}"
    return claim


#: "is a real possibility", "looks unlikely": the phrase a number after it refines, no part of the claim.
_PHRASE_PREDICATE = re.compile(r"\s+(?:is|are|looks?|seems?|remains?)\s+(?:(?:a|an)\s+)?(?:(?:real|realistic|distinct|serious|"
                               r"strong|good)\s+)?(?:possibility|chance|prospect|risk|likely|unlikely|possible|probable)\b.*$",
                               re.IGNORECASE)


_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twenty": 20}
#: A number set off by commas inside a judgement: "I'd be surprised, maybe 1 in 10, if X", ", say 15%,".
_ASIDE = re.compile(r"""^ \s* (?: maybe | perhaps | say | about | roughly | around )? \s*
    (?: (?P<num> \d{1,2} | one | two | three | four | five ) [\s-]+ in [\s-]+ (?P<den> \d{1,3} | two | three | four | five
        | six | eight | ten | twenty ) (?: \s+ chance )? | (?P<p> \d{1,2}(?:\.\d+)? ) \s? (?: % | per\s?cent ) ) \s* $""", _FLAGS)


def aside_number(aside: str | None) -> tuple[float, str] | None:
    """``(probability, as written)`` of a number said as an aside ("maybe 1 in 10"), else None."""
    if not aside or (match := _ASIDE.match(aside)) is None:
        return None
    if match.group("p"):
        probability = float(match.group("p")) / 100
    else:
        num, den = (int(word) if word.isdigit() else _COUNTS.get(word.lower(), 0)
                    for word in (match.group("num"), match.group("den")))
        probability = num / den if den and 0 < num < den else 0
    return (probability, " ".join(aside.split())) if 0 < probability < 1 else None
