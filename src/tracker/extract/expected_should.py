""""Should" as an expectation: "core inflation should fall below 2.5% by mid-2025" reads as "probably".

"Should" also advises ("the government should invest", "Romania should accelerate the transposition"): an
expectation has a subject that is no actor being advised, a verb of measured change and a number or a time.
"""

from __future__ import annotations

import re

from tracker.extract.clauses import strip_adverbials
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE

#: "X should fall / rise / return ...": the verbs of a measured change, which "should" expects rather than advises.
_SHOULD = re.compile(r"""
    ^(?P<subject> (?!(?:we|you|they|governments?|allies|states|countries|policymakers|the\s+(?:government|eu|committee|
        council|authorities|union|west))\b) [^,;]{2,80}?
        # "Household consumption, which fell by a fifth, should recover": a relative clause set off by commas
        (?: , \s+ (?: which | who ) \s [^,;]{2,80} , )? )\s+ should \s+ (?P<neg> not \s+ )? (?: \w+ly\s+ )?
    (?P<verb> (?<= not\s ) be | fall | rise | decline | increase | decrease | ease | slow | recover | return | remain | stay | reach | peak
      | stabili[sz]e | grow | contract | expand | moderate | drop | exceed | settle | accelerate | rebound | narrow
      | widen | pick\s+up | edge\s+(?:up|down) | bottom\s+out | outperform | underperform | lag | beat
      # a count or a total reached: "a defence that should concede fewer than 30 goals"
      | concede | score | average | total | come\s+in | level\s+off | plateau | recover )\b
    (?P<rest> .* )$""", _FLAGS)
#: A noun with a relative "should" inside a longer clause: "a defence that should concede fewer than 30 goals".
_RELATIVE_SHOULD = re.compile(r"\b(?:an?|the|their|its|our)\s+[\w-]+\s+(?:that|which)\s+should\b", re.IGNORECASE)
#: A number or a time that makes the change measurable.
MEASURED = re.compile(r"\d|\b(?:next|this|coming)\s+(?:year|quarter|month|winter|summer|spring|autumn)|\b(?:mid|end)\b"
                      # "over the next two years", "in the coming months": a span ahead
                      r"|\b(?:next|coming)\s+(?:\w+\s+)?(?:years|quarters|months|weeks)\b"
                      r"|\b(?:first|second)\s+half\b|\b(?:first|second|third|fourth)\s+quarter\b",
                      re.IGNORECASE)
#: "Employment growth should slow as labour market tightness persists": an intransitive change with its cause, which
#: only an expectation gives (advice names no cause of a movement).
_CAUSED = re.compile(r"^(?:\s+\w+ly)?\s+(?:as|because|given|amid|on\s+the\s+back\s+of|thanks\s+to)\s+\w", re.IGNORECASE)
_MOVEMENTS = frozenset("fall rise decline increase decrease ease slow recover moderate drop rebound narrow widen "
                       "stabilise stabilize accelerate contract expand grow".split())
#: A change verb with an object is an action someone should take: "Romania should accelerate the transposition".
_ADVISED_OBJECT = re.compile(r"(?!(?:be|remain|stay|reach|exceed|beat|outperform|underperform)\b)\w+\s+"
                             r"(?:the|a|an|its|their|our|his|her|this|these)\s", re.IGNORECASE)


def should_expectation(text: str, body: str) -> Judgement | None:
    """"X should fall below 2.5% by mid-2025" as "X will probably fall ...", or None for advice."""
    match = _SHOULD.match(strip_adverbials(body))
    if match is None and (relative := _RELATIVE_SHOULD.search(body)):
        match = _SHOULD.match(body[relative.start():])  # "..., and X give them a defence that should concede 30"
    if match is None or not (MEASURED.search(match.group("rest")) or (
            match.group("verb").lower() in _MOVEMENTS and _CAUSED.match(match.group("rest")))) \
            or _ADVISED_OBJECT.match(f"{match.group('verb')}{match.group('rest')}"):
        return None  # "Governments should build stockpiles": advice, or no measure to decide it by
    rest, negated = match.group("rest"), bool(match.group("neg"))
    subject = re.sub(r",\s+(?:which|who)\s[^,;]{2,80},$", "", match.group("subject"))  # the relative is no part of the claim
    if relative := re.search(r"\b(?:an?|the|their|its|our)\s+(?P<noun>[\w-]+)\s+(?:that|which)$", subject):
        subject = f"the {relative.group('noun')}"  # "give them a defence that should concede": the defence will
    return Judgement(text, f"{subject} will{' not' if negated else ''} {match.group('verb')}{rest}",
                     "probable", f"should{' not' if negated else ''} {match.group('verb')}", negated,
                     notes=('"should" of a measured change read as "probably": check it is not advice',))
