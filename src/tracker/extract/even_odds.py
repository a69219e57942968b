"""Even odds said in words, with a lean or as a predicate: "a little better than 50/50 that X", "slightly worse than
even that X", "X is roughly a coin flip", "a strike before May is about fifty-fifty".

Forecasting teams and columnists say "even" when they mean a probability near one half; the lean ("better than",
"worse than") moves it a step to one side. The number is the writer's: 50% for even, 55% / 45% for a lean. An event
said as the subject of "is a coin flip" must name a time or be an event ("a censure motion that brings down the
government before the vote"), as "X is at 15%" must (stated_forms.py).
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import event_claim
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_EVEN = r"(?: 50 \s* / \s* 50 | 50 \s* - \s* 50 | fifty [\s-]+ fifty | even (?: \s+ odds | \s+ money )? | evens | a \s+ coin \s+ (?: flip | toss ) )"
#: "(a little) better than 50/50 that X": the lean and the claim after "that".
_LEAN_THAT = re.compile(rf"""(?: ^ | \b (?: and | but | while | whereas ) \s+ | [,;:] \s+ ) \W* (?: it \s+ is \s+ | it['’]s \s+ | we \s+ (?: think | say | put \s+ it \s+ at ) \s+ )?
    (?P<written> (?: (?P<little> a \s+ little | a \s+ bit | slightly | just | somewhat | only \s+ just ) \s+ )? (?P<lean> better | worse | more | less ) \s+ than \s+ {_EVEN} )
    \s+ (?: odds \s+ )? that ,? \s+ (?P<claim> [^;]{{8,240}} ) $""", _FLAGS)
#: "X is roughly a coin flip", "X looks like a coin toss", "X is about fifty-fifty"; also after a clause of the writer's
#: own (", and a censure motion before the vote is a coin flip"), which the even odds then speak for.
_EVEN_PREDICATE = re.compile(rf"""(?: ^ \W* | , \s+ ) (?: (?: and | but ) \s+ )? (?P<subject> (?-i: A | An | a | an | Another | another ) \s+ [^;:]{{8,200}}? ) \s+
    (?: is | looks | seems | remains | looks \s+ like | is \s+ now ) \s+ (?: (?: roughly | about | around | basically | essentially | more \s+ or \s+ less
    | pretty \s+ much | close \s+ to | near ) \s+ )? (?P<written> {_EVEN} ) \W* $""", _FLAGS)
#: A hedged lean ("a little better than even") is a step of 5 points off even; a plain one ("better than even") of 10.
#: "The chance that X we'd call roughly even", "the odds of X I would call a coin flip": the claim put first.
_CALLED_EVEN = re.compile(rf"""^ \W* (?: the \s+ )? (?: chance | probability | odds | likelihood ) \s+ (?P<conn> that | of ) \s+ (?P<claim> [^;]{{8,240}}? ) ,? \s+
    (?: we | i ) (?: ['’]d | \s+ would ) \s+ (?: now \s+ | still \s+ )? call \s+ (?: it \s+ )? (?P<written> (?: (?: roughly | about | around | close \s+ to | near ) \s+ )? {_EVEN} )
    (?: \W* $ | , \s+ (?: and | but | which ) \s+ .* $ )""", _FLAGS)
#: "Roughly even; call it a coin flip.", "A toss-up.", "Call it evens.": even odds said alone, with no claim of their
#: own: the answer to a question just asked, or the writer's number on the claim before (see the pipeline).
_EVEN_ALONE = re.compile(rf"""^ \W* (?: (?: (?: roughly | about | basically | pretty \s+ much | more \s+ or \s+ less ) \s+ )? (?: even | {_EVEN} | a \s+ toss-?up )
    (?: \s* [;,:—–] \s* )? )? (?: (?: (?: i['’]d | we['’]d | i \s+ would | we \s+ would ) \s+ )? call \s+ it \s+ (?: (?: roughly | about ) \s+ )?
    (?: {_EVEN} | a \s+ toss-?up ) )? \W* $""", _FLAGS)
#: "we see a better-than-even chance of EUAs breaking above EUR 80", "a less than even chance that X": a lean said as a
#: chance, its claim after "of" (an event) or "that" (a clause), anywhere in the clause.
_LEAN_CHANCE = re.compile(r"""\b (?P<written> (?: (?P<little> a \s+ little | a \s+ bit | slightly | just | somewhat ) [\s-]+ )? (?P<lean> better | worse | more | less )
    [\s-]+ than [\s-]+ (?: even | 50 \s* / \s* 50 | fifty-fifty ) ) \s+ (?: chance | odds | probability | likelihood ) \s+ (?P<conn> of | that ) ,? \s+ (?P<claim> [^;]{8,240} ) $""", _FLAGS)
_LEAN = {"better": 0.55, "more": 0.55, "worse": 0.45, "less": 0.45}
#: Subjects that are levels, not events: "a rise in rents is even" speaks of a balance, not a chance.
_LEVEL = re.compile(r"^\W*an?\s+(?:[\w’'-]+\s+){0,2}?(?:split|balance|ratio|mix|share|score|draw|tie)\b", re.IGNORECASE)


def even_odds(text: str) -> Judgement | None:
    """The writer's even odds on a claim ("better than 50/50 that X", "X is a coin flip"), else None."""
    lowered = text.lower()
    if "50" not in lowered and "fifty" not in lowered and "coin" not in lowered and "even" not in lowered and "toss" not in lowered:
        return None  # most clauses: spared the patterns
    body = text.strip().rstrip(".")
    if len(body) < 48 and body.strip(" *_") and (alone := _EVEN_ALONE.match(body)):
        written = " ".join(alone.group(0).strip(" .;*_").split())
        return Judgement(text, "", "stated", written, False, stated=0.5, notes=(f'"{written}": even odds, read as 50%',))
    if " than " in lowered and " that" in lowered and (lean := _LEAN_THAT.search(body)):
        written = " ".join(lean.group("written").split())
        return Judgement(text, as_future(lean.group("claim").strip(" ,"), True), "stated", written, False,
                         stated=_LEAN[lean.group("lean").lower()] if lean.group("little") else round(2 * _LEAN[lean.group("lean").lower()] - 0.5, 2), notes=(f'"{written}": even odds with a lean, read as a step from 50%',))
    if "than" in lowered and (chance := _LEAN_CHANCE.search(body)):
        written = " ".join(chance.group("written").split())
        lean = _LEAN[chance.group("lean").lower()]
        claim = chance.group("claim").strip(" ,")
        return Judgement(text, as_future(claim, True) if chance.group("conn").lower() == "that" else event_claim(claim), "stated",
                         f"{written} chance", False, stated=lean if chance.group("little") else round(2 * lean - 0.5, 2),
                         notes=(f'"{written}": even odds with a lean, read as a step from 50%',))
    if " call " in lowered and (called := _CALLED_EVEN.match(body)):
        written = " ".join(called.group("written").split())
        claim = called.group("claim").strip(" ,")
        return Judgement(text, as_future(claim, True) if called.group("conn").lower() == "that" else event_claim(claim), "stated",
                         written, False, stated=0.5, notes=(f'"{written}": even odds, read as 50%',))
    if ("coin" in lowered or "fifty" in lowered or "50" in lowered) and (even := _EVEN_PREDICATE.search(body)) \
            and not _LEVEL.match(even.group("subject")):
        written = " ".join(even.group("written").split())
        return Judgement(text, event_claim(even.group("subject")), "stated", written, False, stated=0.5,
                         notes=(f'"{written}": even odds, read as 50%',))
    return None
