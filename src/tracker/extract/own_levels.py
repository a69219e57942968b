"""The writers' own number said as where they stand, its claim the one just stated: "We're a touch higher at 68%",
"We're at 55, up from 47 in July", "our desk has it at about 3-in-10", "I'm at 15, down from 25 in January", "I'd go
lower - 12, maybe 13".

Desks and podcasts that set their number beside a market's or a colleague's give it as a position ("we're at",
"our desk has it at"), often relative to the number before ("a touch higher", "lower"), with a bare number whose
scale the page has set, and a change note after it. The number states no claim: the pipeline scores the claim just
stated (a second forecaster beside a market's or another's number), or the question asked before it.
"""

from __future__ import annotations

import re

from tracker.extract.folding import holds_any
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_WHO = r"""(?: we['’]re | we \s+ are | i['’]m | i \s+ am
    | (?: we | i ) \s+ (?: have | had | put | see | peg ) \s+ (?: it | this | that | them | him | her ) \s+
    | (?: our | my ) \s+ (?: [\w-]+ \s+ )? (?: desk | team | panel | forecasters? | model | group | number | house \s+ view | view ) \s+
      (?: (?: has | had | puts | put | sees ) \s+ (?: it | this | that | them ) \s+ | is \s+ | sits \s+ | stands \s+ ) )"""
_SHIFT = r"""(?: (?: a \s+ )? (?: touch | bit | little | notch | shade | tad | point | few \s+ points | fraction | smidge ) \s+ )?"""
_APPROX = r"(?: (?: about | around | roughly | nearly | something \s+ like | maybe | perhaps | call \s+ it | say ) \s+ )?"
#: The number: "68%", "55" (after "at"), "3-in-10", "0.4".
_NUMBER = r"""(?: (?P<num> \d | one | two | three | four | five | six | seven | eight | nine ) [\s-]+ in [\s-]+ (?P<den> 10 | ten | 20 | twenty | 4 | four | 5 | five | 3 | three )
    | (?P<p> \d{1,2} (?: \.\d )? ) (?: \s? (?: % | per \s? cent \b | percent \b | pc \b ) )? | (?P<dec> 0? \.\d{1,2} ) )"""
#: What may follow: the old number ("up from 47 in July"), a reason ("mainly because ..."), another clause ("and ...").
_TAIL = r"""(?: \s* , \s* (?: (?: up | down ) \s+ from \s+ [^,;]{1,40} | (?: and | but | mainly | largely | partly | because | as | since | given ) \b [^;]* ) )*"""
#: "We're (a touch) (higher|lower) at 68%", "our desk has it at about 3-in-10": a position, "at" before the number.
_AT = re.compile(rf"""^ \W* (?: (?: and | but | so | while ) \s+ )? {_WHO} \s* (?: still \s+ | now \s+ )? {_SHIFT} (?P<side> higher | lower | above | below )?
    \s* (?: at | on ) \s+ {_APPROX} {_NUMBER} (?!\d) {_TAIL} \s* [.!]? \s* $""", _FLAGS)
#: "I'd go lower - 12, maybe 13", "I'd be higher: 70": relative to the number before, the first number given.
_RELATIVE = re.compile(rf"""^ \W* (?: i | we ) (?: ['’]d | \s+ would ) \s+ (?: go | be | come \s+ in | say | put \s+ it ) \s+ {_SHIFT} (?P<side> higher | lower )
    \s* (?: [-–—:,] | \s - \s )? \s* (?: at \s+ )? {_APPROX} {_NUMBER} (?!\d) (?: \s* , \s* (?: maybe | perhaps | or ) \s+ \d{{1,2}} (?: % )? )? \s* [.!]? \s* $""", _FLAGS)
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20}
NOTE = "the writers' own number, said as where they stand: it scores the claim stated before it"


_PERSON_MARKS = ("we", "i'", "i’", "i am", "our ", "my ")


def own_level(text: str) -> Judgement | None:
    """The writers' number in ``text`` said as their position, claimless (the pipeline's claim before it)."""
    lowered = text.lower()
    if not holds_any(lowered, _PERSON_MARKS) or not any(map(str.isdigit, text)) \
            and "-in-" not in lowered and " in ten" not in lowered:
        return None  # a first-person position with a number: most clauses have neither
    if " at " not in lowered and " on " not in lowered and "lower" not in lowered and "higher" not in lowered:
        return None
    body = " ".join(text.split())
    match = _AT.match(body) or _RELATIVE.match(body)
    if match is None:
        return None
    if match.group("num"):
        num, den = (int(w) if w.isdigit() else _COUNT.get(w.lower(), 0) for w in (match.group("num"), match.group("den")))
        probability, written = (num / den if den and 0 < num < den else 0), f"{match.group('num')}-in-{match.group('den')}"
    elif match.group("dec"):
        probability, written = float(match.group("dec")), match.group("dec")
    else:
        value = float(match.group("p"))
        if "%" not in match.group(0) and "cent" not in match.group(0) and value < 1:
            return None
        probability, written = value / 100, f"{match.group('p')}%"
    if not 0 < probability < 1:
        return None
    return Judgement(text, "", "stated", written, False, stated=probability, notes=(NOTE,))
