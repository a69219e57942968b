"""Probabilities the text states as numbers: "a 12% chance of ...", "we put the chance at 12%", "1 in 5".

A stated number needs no scale: the draft takes it as its probability (band the number itself) and the
rationale says the number was stated. A percentage is read as a probability only when its wording makes it
one (chance, probability, likelihood, odds, "N in M"), or when it stands after a colon or in brackets
behind a claim with a deadline ("Russia-NATO war: 21% by 2025"); "inflation will reach 21% by 2025" is a
quantity, not a probability.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_PERCENT = r"(?: \d{1,3} (?:\.\d+)? ) \s? (?: % | per\s?cent\b | percent\b )"
_CHANCE = r"(?: chances? | probability | likelihood | odds | risk )"
_APPROX = r"(?: (?: about | around | roughly | approximately | some | only | just )\s+ )?"
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twenty": 20, "hundred": 100, "a": 1}

_FORMS = [
    # "a 12% chance of a recession by the end of 2023", "a 30 per cent probability that X will ..."
    re.compile(rf"""\b (?: a | an )?\s* {_APPROX} (?P<p> {_PERCENT} ) \s+ {_CHANCE} \s+ (?P<conn> of | that ) ,?\s+
                   (?P<claim> .+ )""", _FLAGS),
    # "we put the chance of a recession at 12%", "the probability that X will ... is about 40%"
    re.compile(rf"""\b {_CHANCE} (?: \s+ (?P<conn> of | that ) \s+ (?P<claim> .+? ) )? \s+
                   (?: at | to\s+be | is | as | stands\s+at | remains | of )\s+ {_APPROX} (?P<p> {_PERCENT} )
                   (?P<after> .* )""", _FLAGS),
    # "a 1 in 5 chance that ...", "a one-in-ten chance of ..."
    re.compile(rf"""\b (?: a | an )?\s* (?P<num> \d+ | [a-z]+ ) [\s-]+ in [\s-]+ (?P<den> \d+ | [a-z]+ ) \s+ {_CHANCE}
                   \s+ (?P<conn> of | that ) ,?\s+ (?P<claim> .+ )""", _FLAGS),
    # "Russia-NATO war: 21% by 2025", "A ceasefire (35% by the end of 2024)"
    re.compile(rf"""^ (?P<claim> [^:(]{{3,200}}? ) \s* [:(–—] \s* (?P<p> {_PERCENT} ) \s+
                   (?P<by> (?: by | before | in ) \s+ (?: the\s+end\s+of\s+ )? \d{{4}} ) \)? """, _FLAGS),
    # the deadline inside the claim, the number last: "A ceasefire agreed by the end of 2026: 15%"
    re.compile(rf"""^ (?P<claim> [^:(]{{3,200}}? \b (?: by | before | in | until ) \s+ (?: the\s+end\s+of\s+ )?
                   (?: (?: mid-? | early | late | [A-Z][a-z]+ )\s* )? \d{{4}} ) \s* [:(–—] \s* {_APPROX} (?P<p> {_PERCENT} )
                   \s* \)? $ """, _FLAGS),
]
#: A number given in the past ("Last year we put the chance of X at 30%"): a record, not a forecast.
_PAST = re.compile(r"""\b(?: last | previous | a\s+year\s+ago | earlier | previously | in\s+our\s+(?: last | previous | earlier ) )\b
    .{0,60}? \b(?: put | gave | estimated | assessed | rated | set | saw | was | were | had )\b""", _FLAGS)


def stated_probability(text: str) -> tuple[float, str, str] | None:
    """``(probability, words as written, claim)`` for a probability the clause states as a number."""
    found = _stated(text)
    return found[:3] if found else None


def _stated(text: str) -> tuple[float, str, str, bool] | None:
    """``stated_probability`` and whether the claim is a "that" clause (else a noun phrase)."""
    if _PAST.search(text):
        return None
    for form in _FORMS:
        match = form.search(text.strip().rstrip("."))
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("num"):
            num, den = _number(groups["num"]), _number(groups["den"])
            if not num or not den or num >= den:
                continue
            probability = num / den
            written = f"{groups['num']} in {groups['den']} chance"
        else:
            probability = float(re.match(r"\d+(?:\.\d+)?", groups["p"]).group(0)) / 100
            written = " ".join(match.group("p").split())
        if not 0 < probability < 1:
            continue
        claim = (groups.get("claim") or "").strip(" ,")
        if groups.get("by"):
            claim = f"{claim} {groups['by']}"
        elif groups.get("after"):
            claim = f"{claim}{groups['after']}".strip(" ,")
        return probability, written, claim, (groups.get("conn") or "").lower() == "that"
    return None


def numeric_judgement(text: str) -> Judgement | None:
    """The judgement of a clause stating a numeric probability, the claim restated as a future."""
    found = _stated(text)
    if found is None:
        return None
    probability, written, claim, clause = found
    if not claim:
        # "... ; we put the chance at 12%": the number scores the judgement before it (see the pipeline).
        return Judgement(text, "", "stated", written, False, stated=probability)
    return Judgement(text, as_future(claim, clause), "stated", written, False, stated=probability)


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _WORDS.get(word.lower())
