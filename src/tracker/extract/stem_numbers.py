"""A question stated as a stem and the team's number after it: "Q-12, on whether X: we are at 0.12, well under the
crowd's 0.20", "On whether X: we have this at 3-in-10", "Q-47 (copper above $11,000/t at end-2026): ... but we doubt
it; call it 20%".

Forecasting teams' round-ups list their questions by label and state each one once, as a "whether" clause or a
bracketed event before a colon, then give their number in the shorthand they use everywhere: "we are at N", "we
have this at N", "call it N", a bare number (the page's scale), a ratio ("3-in-10") or a decimal ("0.12"). The
number refers back to the stem: the stem is the claim, the team the forecaster. A number for something else
("we are at 2 per cent growth") or a stem with no number after it is no draft.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: The stem: a short label ("Q-2026-44,", "Item 3") then "on/for whether X:", or a bracketed event then ":".
_STEM = re.compile(r"""^ \W* (?: [^,:;()]{1,30} ,? \s+ )?
    (?: (?: (?: on | for | as \s+ to ) \s+ )? whether \s+ (?P<whether> [^:;]{8,220}? )
      | \( (?P<event> [^()]{6,160} ) \) ) \s* : \s+ (?P<rest> .+ ) $
    # "On the turnout contract (*Will X?*, last at 44 cents) our number is 0.4": the contract named by its question
    | ^ \W* (?: [^,:;()]{1,40} \s+ )? \( \s* [*_“"‘']* Will \s+ (?P<will> [^?()]{5,220} ) \? [^()]{0,60} \) \s* [:,]? \s+ (?P<after> .+ ) $""", _FLAGS)
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_APPROX = r"(?: (?: about | around | roughly | maybe | perhaps | only | just | a \s+ (?: touch | bit ) \s+ (?: over | under ) ) \s+ )?"
#: The number: "3-in-10", "0.12", "15%", or a bare "15" (the page's scale); nothing that names a unit after it.
_NUMBER = r"""(?: (?P<num> \d | one | two | three | four | five ) [\s-]+ in [\s-]+ (?P<den> \d{1,2} | three | four | five | six | ten )
    | (?P<dec> 0? \.\d{1,3} ) | (?P<p> \d{1,2} (?: \.\d )? ) (?P<pct> \s? (?: % | per \s? cent \b | percent \b ) )? )
    (?! [\d.,]* \d | [\w$€£] )
    # the number ends its clause or a change note, a reason or a comparison follows: "2 per cent growth" is a level
    (?= \s* (?: [,;)(—–] | \.? \s* $ | (?: and | but | because | as | since | up | down | unchanged | well | which | maybe | perhaps ) \b ) )"""
#: The team's number in its shorthand, in the text after the stem's colon.
_OWN = re.compile(rf"""(?: (?: ^ | [;,:.—–-] \s* | \b (?: and | but | so ) \s+ ) (?: we['’]re | we \s+ are | i['’]m | i \s+ am ) \s+ (?: now \s+ | still \s+ )? at
    | \b (?: we | i ) \s+ (?: have | put | see | rate | give ) \s+ (?: this | it | that ) (?: \s+ at )?
    | (?: ^ | [;,:.—–-] \s* | \b (?: and | but | so ) \s+ ) call \s+ it
    | \b (?: our | my ) \s+ (?: own \s+ )? (?: number | forecast | estimate | probability | call ) \s+ (?: is | sits | stands ) (?: \s+ (?: now | still ) )? (?: \s+ at )? )
    \s+ {_APPROX} {_NUMBER}""", _FLAGS)
NOTE = "the claim is the question stem before the colon, the number after it the team's"


def stem_number(text: str, before: str = "") -> Judgement | None:
    """The team's number on the question a stem before a colon states, with that question as the claim, else None;
    ``before`` is the sentence before the clause (the stem, when the number is in a later clause: "...; call it 20%")."""
    whole = f"{before}{text}" if before and ":" in before else text
    if not ((":" in whole and ("whether" in whole or "(" in whole)) or ("(" in whole and "Will " in whole)):
        return None  # every stem has a colon and a "whether" or a bracket, or a bracketed question: most clauses, spared
    stem = _STEM.match(" ".join(whole.split()).rstrip("."))
    # the number must be the clause's own: each clause of the sentence drafts its number once
    own = " ".join(text.split()).rstrip(".") if whole is not text else (stem.group("rest") or stem.group("after")) if stem else ""
    if stem is None or (number := _OWN.search(own)) is None or (share := _share(number)) is None:
        return None
    if stem.group("whether"):
        claim = as_future(stem.group("whether").strip(" ,"), True)
    elif stem.group("will"):
        from tracker.extract.first_person import asked_claim  # the number readers' importer: imported when needed
        claim = asked_claim(stem.group("will").strip(" ,*_"))
    else:
        from tracker.extract.pointed_numbers import listed_claim  # "copper above $11,000/t at end-2026": "will be"
        from tracker.extract.event_claims import event_claim
        event = stem.group("event").strip(" ,")
        claim = listed_claim(event) or event_claim(event)
    if claim.startswith("it will turn out"):
        return None
    return Judgement(text, claim, "stated", share[1], False, stated=share[0], notes=(NOTE,))


def _share(match: re.Match[str]) -> tuple[float, str] | None:
    if match.group("num"):
        num, den = (int(w) if w.isdigit() else _COUNT.get(w.lower(), 0) for w in (match.group("num"), match.group("den")))
        probability, written = (num / den if den and 0 < num < den else 0), f"{match.group('num')}-in-{match.group('den')}"
    elif match.group("dec"):
        probability, written = float(match.group("dec")), match.group("dec")
    else:
        probability, written = float(match.group("p")) / 100, f"{match.group('p')}%"
    return (probability, written) if 0 < probability < 1 else None
