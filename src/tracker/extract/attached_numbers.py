"""A number attached to a case in a relative clause, and a chance put at a decimal: "Our base case, to which we
attach a 55% probability, has the front-month averaging EUR 32-38/MWh over the winter", "The central scenario, on
which we put a 60% weight, sees rates peaking in May", "we put the odds of a spike above $100 this winter at 0.2".

Scenario notes name the case, set its weight off in a relative clause between subject and verb, then say what the
case "has" or "sees" happen: the small clause after the verb ("X doing Y") is the claim, the weight its probability.
Desks that score in decimals put "the odds/chance of X at 0.2" as others put it "at 20%": the decimal is the chance.
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import base_form, event_claim
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_CASE = re.compile(r"""^ \W* (?: our | the | my | their ) \s+ (?: [\w-]+ \s+ ){0,2}? (?: case | scenario | view | forecast | outlook ) \s* , \s*
    (?: to | on | for ) \s+ which \s+ (?: we | i | they | the \s+ \w+ ) \s+ (?: now \s+ )? (?: attach | attaches | assign | assigns | give | gives | put | puts )
    \s+ (?: an? \s+ )? (?: (?: about | around | roughly ) \s+ )? (?P<p> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per \s? cent | percent )
    \s+ (?: probability | chance | weight | likelihood | weighting ) \s* , \s+ (?: has | sees | envisages | assumes | involves | expects )
    \s+ (?P<subject> (?! (?: a | an | the ) \s+ (?: probability | chance ) ) [^,;]{2,80}? ) \s+ (?P<verb> (?-i: [a-z] ) [a-z]{2,} ) ing \b (?P<rest> [^;]* ) $""", _FLAGS)
#: "we put the odds of X at 0.2", "they place the probability that X at .15".
_DECIMAL_AT = re.compile(r"""\b (?: put | puts | putting | place | places | set | sets | peg | pegs ) \s+ (?: the | our | my | its | their ) \s+
    (?: [\w-]+ \s+ )? (?: chances? | probability | likelihood | odds ) \s+ (?P<conn> of | that ) \s+ (?P<claim> [^;]{3,200}? )
    \s+ at \s+ (?: (?: about | around | roughly | only | just ) \s+ )? (?P<dec> 0? \.\d{1,3} ) \W* $""", _FLAGS)


def attached_number(text: str) -> Judgement | None:
    """The case's weight with what the case has happen, or a chance put at a decimal, in ``text``; else None."""
    if " which " in text and (case := _CASE.match(" ".join(text.split()).rstrip("."))) is not None:
        probability = float(case.group("p")) / 100
        if 0 < probability < 1:
            claim = f"{case.group('subject')} will {base_form(case.group('verb'))}{case.group('rest')}".strip(" ,.")
            return Judgement(text, claim, "stated", f"{case.group('p')}%", False, stated=probability,
                             notes=("a case's weight, set off before what the case has happen",))
    if " at " in text and (" 0." in text or " ." in text) and (put := _DECIMAL_AT.search(text.strip())) is not None:
        probability = float(put.group("dec"))
        if 0 < probability < 1:
            claim = put.group("claim").strip(" ,")
            statement = as_future(claim, True) if put.group("conn").lower() == "that" else event_claim(claim)
            return Judgement(text, statement, "stated", put.group("dec"), False, stated=probability)
    return None
