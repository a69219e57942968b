""""Should" of a thing's effect: "Cheaper gas should pull power prices down", "The tools should lower the barrier in 2027".

``expected_should`` reads "X should fall / rise / reach ..." (a measure moving by itself) as an expectation and
takes "X should <verb> the <object>" for advice ("Romania should accelerate the transposition"). An effect is the
other transitive use: a thing that no one can advise (prices, tools, tariffs, a rebound) "should lower / lift /
push down / weigh on" something. Advice needs an actor to take it, so the subject decides: a person, a body, a
group of people (organisations, investors, ministers, DESNZ, the Commission) is advised; anything else is expected
to have the effect. The effect must still be measurable: a number or a time, or a direction ("down", "higher").
"""

from __future__ import annotations

import re

from tracker.extract.expected_should import MEASURED
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: Verbs of causing a change in something else; "weigh on", "push up", "pull down" take their particle after the object.
_EFFECT = re.compile(r"""
    ^ (?P<subject> [^,;:]{2,80}? ) \s+ should \s+ (?P<neg> not \s+ )?
    (?P<adverbs> (?: (?: \w+ly | further | also | still | then | now | soon | eventually | gradually ) \s+ )* )
    (?P<verb> lower | raise | lift | boost | reduce | cut | push | pull | drag | drive | support | curb | dampen | weigh
      | increase | decrease | ease | squeeze | erode | depress | bolster | underpin | limit | cap | offset | keep
      | help | spur | fuel | slow | speed | trim | shave | add | widen | narrow | tighten | loosen | dent | hit | hurt
      | improve | worsen | halve | double | accelerate | shorten | lengthen ) \s
    (?P<rest> .+ ) $""", _FLAGS)
#: Heads of the subject that name those who act, and so are advised: "organisations", "investors", "you".
_ACTORS = frozenset("""we you they i he she it this that everyone anyone someone people staff government governments
    ministry department authority authorities agency agencies organisation organisations organization organizations
    company companies firm firms business businesses household households school schools council councils bank banks
    country countries state states party parties board boards team teams club clubs landlords police parliament
    congress commission committee union industry sector public patients citizens""".split())
#: Agent nouns by their ending: "investors", "ministers", "regulators", "analysts", "residents".
_AGENT_ENDING = re.compile(r"(?:ers?|ors?|ists?|ants?|ents?|ees?|ians?)$", re.IGNORECASE)
#: A measure of the effect: a number or a time ahead (``MEASURED``), or the direction of the change.
_DIRECTION = re.compile(r"\b(?:down|up|lower|higher)\b", re.IGNORECASE)


def effect_expected(body: str) -> Judgement | None:
    """"Low gas prices should pull power down" as "Low gas prices will pull power down" (probably), or None when
    the subject is an actor (advice) or the effect has no measure."""
    if (match := _EFFECT.match(body)) is None:
        return None
    subject = match.group("subject").strip()
    words = subject.split()
    head = re.sub(r"[’']s?$", "", words[-1]).lower()
    if head in _ACTORS or _AGENT_ENDING.search(head) or (len(words) > 1 and words[-1][:1].isupper()) \
            or words[-1].isupper() or words[0].lower() in _ACTORS \
            or (len(words) == 1 and not re.search(r"[^su]s$", words[0])):  # "Romania should": a name, an actor
        return None  # "Organisations should apply", "DESNZ should publish", "the Commission should raise": advice
    if not (_DIRECTION.search(match.group("rest")) or MEASURED.search(match.group("rest"))) or re.match(r"(?:to|that|if|whether)\b", match.group("rest")):
        return None  # no measure to decide it by
    negated = bool(match.group("neg"))
    verb = match.group("verb")
    return Judgement(body, f"{subject} will{' not' if negated else ''} {match.group('adverbs')}{verb} {match.group('rest')}",
                     "probable", f"should{' not' if negated else ''} {verb}", negated,
                     notes=('"should" of a thing\'s effect read as "probably": check it is not advice',))
