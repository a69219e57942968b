"""A forecasting team's number in shorthand: "whether X holds an election before 2028, the team is at 15, down from 25"
(a bare number, the question in a "whether" clause), "About 3-in-10 that the deal is applied before April" (a verbless
line: the number, then the claim), "We assess X in 2027 as improbable, at 8%" (the word, then the number that says it).

Teams' outlooks and commentaries drop the "%" after "is at" when the scale is known, and drop the verb in bulleted
calls. The number is the writer's (the team's); the claim is the "whether" or "that" clause, or the object judged.
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import event_claim
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "twelve": 12, "twenty": 20}
_WHO = r"(?: we | we['’]re | I['’]m | (?: the | our ) \s+ (?: team | panel | forecasters | desk | group | aggregate | crowd ) )"
#: "(On a separate question,) whether X, the team is at 15(%), down from 25".
_WHETHER_AT = re.compile(rf"""^ \W* (?: (?: on | for ) \s+ (?: a | the | another | one ) \s+ (?: [\w-]+ \s+ )? question ,? \s+ (?: of \s+ )? )?
    whether \s+ (?P<claim> [^;]{{8,220}}? ) , \s+ {_WHO} \s+ (?: (?: is | are | am | sits? | stands? ) \s+ )? (?: now \s+ | still \s+ )? at \s+
    (?: (?: about | around | roughly ) \s+ )? (?P<p> \d{{1,2}} (?: \.\d )? ) (?: \s? % | \s+ per \s? cent | \s+ percent )? \b
    (?: \s* , \s* (?: up | down ) \s+ from \s+ [^;]{{1,40}} )? \W* $""", _FLAGS)
#: "About 3-in-10 that X", "Roughly 60% that X", after a bold or labelled lead-in ("**Q3.** About 3-in-10 that X").
_NUMBER_THAT = re.compile(r"""^ \W* (?: \*\* [^*]{1,80} \*\* \s* | [^:;,]{2,60} : \s+ )? (?P<written> (?: (?: about | around | roughly | maybe | perhaps | call \s+ it ) \s+ )?
    (?: (?P<num> \d | one | two | three | four | five ) [\s-]+ in [\s-]+ (?P<den> \d{1,2} | two | three | four | five | six | seven | eight | nine | ten | twelve | twenty )
      | (?P<p> \d{1,2} (?: \.\d )? ) \s? (?: % | per \s? cent | percent ) ) ) \s+ (?: chance \s+ )? that ,? \s+ (?P<claim> [^;]{8,240} ) $""", _FLAGS)
#: "We assess X in 2027 as improbable, at 8%", "we judge X as unlikely (20%)": the word, then its number.
_ASSESS_AS_AT = re.compile(r"""^ \W* (?: we | i ) \s+ (?: now \s+ | still \s+ )? (?: assess | judge | rate | regard | see | consider ) \s+
    (?P<event> (?: an? | any | another ) \s+ [^;]{5,200}? ) \s+ as \s+ (?: (?: very | highly | quite | fairly ) \s+ )?
    (?P<word> improbable | unlikely | likely | probable | possible | remote | a \s+ (?: remote | long ) \s+ (?: prospect | shot ) )
    \s* (?: , \s* | \( \s* ) (?: at | about | around | roughly | we \s+ say )? \s* (?P<p> \d{1,2} (?: \.\d )? ) \s? (?: % | per \s? cent | percent ) \s* \)? \W* $""", _FLAGS)


def team_number(text: str) -> Judgement | None:
    """The team's number in one of the shorthands above, with its claim, else None."""
    lowered = text.lower()
    body = text.strip().rstrip(".")
    if "whether" in lowered and " at " in lowered and (whether := _WHETHER_AT.match(body)):
        return _judgement(text, as_future(whether.group("claim").strip(" ,"), True), float(whether.group("p")) / 100,
                          whether.group("p"), "a bare number after \"is at\": a percentage, the question in the \"whether\" clause")
    if " that" in lowered and (number := _NUMBER_THAT.match(body)):
        if number.group("p"):
            probability = float(number.group("p")) / 100
        else:
            num, den = (int(word) if word.isdigit() else _COUNT.get(word.lower(), 0) for word in (number.group("num"), number.group("den")))
            probability = num / den if den and 0 < num < den else 0
        return _judgement(text, as_future(number.group("claim").strip(" ,"), True), probability,
                          " ".join(number.group("written").split()))
    if " as " in lowered and (assessed := _ASSESS_AS_AT.match(body)):
        return _judgement(text, event_claim(assessed.group("event")), float(assessed.group("p")) / 100, f"{assessed.group('p')}%",
                          f'"{" ".join(assessed.group("word").split())}" said with its number: the number wins')
    return None


def _judgement(text: str, claim: str, probability: float, written: str, *notes: str) -> Judgement | None:
    if not 0 < probability < 1:
        return None
    return Judgement(text, claim, "stated", written, False, stated=probability, notes=notes)
