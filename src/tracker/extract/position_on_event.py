"""The writers' position with the event it is on: "Our desk is at 74 on a Democratic House, up from 66 in
September", "On a shutdown before the deadline we're at 15, down from 25", "I'm at 30% on a March cut".

Desks that keep a running number on several events say where they stand ("we're at N", "our desk is at N") and
name the event with "on", after the number or at the head of the sentence. The event is the claim; the number,
bare where the page's scale is percent, its probability. A change note ("up from 66 in September") dates the old
number, not the claim.
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import event_claim
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_WHO = r"""(?: we['’]re | we \s+ are | i['’]m | i \s+ am | (?: our | my ) \s+ (?: [\w-]+ \s+ )? (?: desk | team | panel | model | number | house \s+ view | forecast ) \s+ (?: is | sits | stands ) )"""
_NUMBER = r"(?P<p> \d{1,2} (?: \.\d )? ) (?P<pct> \s? (?: % | per \s? cent \b | percent \b ) )?"
_CHANGE = r"(?: \s* , \s* (?: (?: up | down ) \s+ from | (?: unchanged | steady ) \b ) [^;]* )?"
_EVENT = r"(?P<event> (?! (?: it | this | that | the \s+ (?: chance | odds | question ) ) \b ) [^,;]{4,140}? )"
#: "Our desk is at 74 on a Democratic House, up from 66": the number, then the event.
_AT_ON = re.compile(rf"""^ \W* (?: (?: and | but | so ) \s+ )? {_WHO} \s+ (?: now \s+ | still \s+ )? at \s+ (?: about \s+ | around \s+ | roughly \s+ )? {_NUMBER}
    \s+ on \s+ {_EVENT} {_CHANGE} \s* [.!]? \s* $""", _FLAGS)
#: "On a shutdown before the deadline, we're at 15, down from 25": the event first.
_ON_AT = re.compile(rf"""^ \W* on \s+ {_EVENT} \s* ,? \s+ {_WHO} \s+ (?: now \s+ | still \s+ )? at \s+ (?: about \s+ | around \s+ | roughly \s+ )? {_NUMBER}
    {_CHANGE} \s* [.!]? \s* $""", _FLAGS)


def position_on_event(text: str) -> Judgement | None:
    """The writers' number on the event ``text`` names with "on", as a stated judgement; else None."""
    lowered = text.lower()
    if " at " not in lowered or "on " not in lowered or not any(map(str.isdigit, text)):
        return None  # most clauses: no "at" and "on" with a digit
    body = " ".join(text.split())
    match = _AT_ON.match(body) or _ON_AT.match(body)
    if match is None:
        return None
    probability = float(match.group("p")) / 100
    if not 0 < probability < 1 or not match.group("pct") and float(match.group("p")) < 2:
        return None
    statement = event_claim(match.group("event"))
    if statement.startswith("it will turn out"):
        return None
    written = match.group("p") + ("%" if match.group("pct") else "")
    return Judgement(text, statement, "stated", written, False, stated=probability,
                     notes=("the writers' position on the event named with \"on\"",))
