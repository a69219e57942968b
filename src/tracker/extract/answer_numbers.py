"""The writer's number given as a bare answer under a question: "Roughly 1-in-8, no change.", "Honestly, about even.",
"Mine is 68%, up from 61% at New Year.", "My number is 0.7, unchanged since the spring.", "Unlikely: call it 12%.",
"Probably yes; I'm at 65%, a little below where I was in April.".

Forecasters who post a list of questions (the question in italics or bold, then a paragraph) answer each with a
number and no verb of judging: a share, a ratio, "even", a possessive ("mine is", "my number is"), often followed
by how it moved since the last update. The claim is the question above (the pipeline's: the judgement is claimless);
a verdict word before a colon ("Unlikely:", "Probably not:") is the answer's gist, not its claim. Each form covers
the whole clause, so a number inside a longer sentence is left to the readers of that sentence.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_APPROX = r"(?: (?: roughly | about | around | approximately | maybe | perhaps | call \s+ it | say | still | now | just \s+ (?: under | over ) ) \s+ ){0,2}"
#: The number: a percentage, a decimal or "N-in-M" / "N in M".
_NUMBER = r"""(?: (?P<p> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per \s? cent \b | percent \b ) | (?P<dec> 0? \.\d{1,3} ) (?! \s? % ) \b
    | (?P<num> \d{1,2} | one | two | three | four | five ) \s? [-\s] in [-\s] \s? (?P<den> \d{1,4} | three | four | five | six | seven | eight | nine | ten | twenty ) \b )"""
#: How the number moved, after it: ", no change", ", unchanged since the spring", ", up from 61% at New Year", ", a
#: little below where I was in April", ", same as last time".
_MOVED = r"""(?: \s* [,;(–—-] \s* (?: no \s+ change | unchanged | steady | flat | same \s+ as | as \s+ before | up | down | from | (?: a \s+ )? (?: little | touch | bit | shade | tad
    | notch | point | few \s+ points | slightly | fractionally ) \b | higher | lower | below | above | revised | previously | was ) [^;]* )?"""
#: A verdict before the number: "Unlikely: call it 12%", "Probably yes; I'm at 65%", "Honestly, ...".
_VERDICT = r"""(?: (?: (?: very | quite | fairly | still | most | highly | probably | likely | unlikely | possibly | doubtful | yes | no | not | honestly
    | frankly | candidly | overall | so | again | well | hmm ) [\s,]* ){1,3} [:;,–—-] \s* )?"""
_ANSWER = re.compile(rf"""^ \W* (?P<verdict> {_VERDICT} )
    (?P<holder> (?: (?: mine | ours | my \s+ (?: number | forecast | estimate | probability | call | view ) | our \s+ (?: number | forecast | estimate | probability | call ) ) \s+ (?: is | stays | remains | was | sits \s+ at ) \s+
      | (?: i ['’] m | i \s+ am | we ['’] re | we \s+ are ) \s+ (?: (?: now | still | currently ) \s+ )? at \s+ )? )
    (?P<approx> {_APPROX} ) [*_]* {_NUMBER} [*_]* (?P<moved> {_MOVED} ) \W* $""", _FLAGS)
#: "Honestly, roughly even.", "About even, no change.": an even chance, said alone.
_EVEN = re.compile(rf"""^ \W* {_VERDICT} (?: roughly | about | around | basically | pretty \s+ much | more \s+ or \s+ less | close \s+ to | near | dead )
    \s+ (?: even | evens | 50[-/]50 | fifty[-\s]fifty | a \s+ coin[-\s]?(?: flip | toss ) ) {_MOVED} \W* $""", _FLAGS)
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20}
#: A clause that could be an answer: short, a digit or "even" in it (the cheap test before the patterns).
_MAX = 160
NOTE = "the writer's number given as an answer: it scores the question asked before it"


def answer_number(text: str) -> Judgement | None:
    """The writer's claimless number in a verbless answer ``text``, else None."""
    if len(text) > _MAX:
        return None
    body = " ".join(text.split())
    if "even" in body or "50" in body or "coin" in body:
        if _EVEN.match(body):
            return Judgement(text, "", "stated", "roughly even", False, stated=0.5, notes=(NOTE,))
    if not any(ch.isdigit() for ch in body) or (match := _ANSWER.match(body)) is None:
        return None
    if match.group("p"):
        probability, written = float(match.group("p")) / 100, f"{match.group('p')}%"
    elif match.group("dec"):
        probability, written = float(match.group("dec")), match.group("dec")
    else:
        num, den = (int(word) if word.isdigit() else _COUNT.get(word.lower(), 0) for word in (match.group("num"), match.group("den")))
        probability, written = (num / den if den and 0 < num < den else 0), f"{match.group('num')}-in-{match.group('den')}"
    if not 0 < probability < 1 or not (match.group("num") or any(match.group(part).strip(" ,;:") for part in ("verdict", "holder", "approx", "moved"))):
        return None  # a bare "12%" clause is a table's or a list's value: an answer says more ("mine is", "roughly", "no change")
    return Judgement(text, "", "stated", written, False, stated=probability, notes=(NOTE,))
