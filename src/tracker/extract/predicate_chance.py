"""A chance as the predicate of a clause: "RSV is an even chance to peak first", "an agreement before 2030 is
a remote prospect". The claim is the subject's (with the infinitive's verb, else "there will be" the subject),
read at "even chance" or "remote" (the legend's term, else the plain reader's "remote chance").
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE

#: "RSV is an even chance to peak first", "An agreement before 2030 is a remote prospect": a chance as the predicate.
#: A bare "is remote" is left to a legend that defines "remote" ("the village is remote" is a place).
_PREDICATE_CHANCE = re.compile(r"""
    ^(?P<subject> .+? )\s+ (?: is | are | remains? | looks | seems )\s+ (?: (?: also | still | now | only )\s+ )?
    (?: an?\s+ )?
    (?P<phrase> (?: (?: roughly | about )\s+ )? even \s+ chance | remote \s+ (?: prospect | possibility | chance ) )
    (?: \s+ to\s+ (?P<verb> (?!be\s+\w+ed\s+by\b) [a-z] .* ) | (?P<after> (?: \s+ (?: as\s+ well | too ) )? ) )$""", _FLAGS)


def predicate_chance(text: str, plain: str) -> Judgement | None:
    """The judgement of ``plain`` (``text`` without its adverbials) when a chance is its predicate, else None."""
    if (match := _PREDICATE_CHANCE.match(plain)) is None:
        return None
    phrase = "remote" if "remote" in match.group("phrase").lower() else "even chance"
    statement = (f"{match.group('subject')} will {match.group('verb')}" if match.group("verb") else
                 f"there will be {match.group('subject')}")
    return Judgement(text, statement, phrase, " ".join(match.group("phrase").split()), False)
