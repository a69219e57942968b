"""A number set off after an estimative word, which says what the authors mean: "above normal is likely (45%)",
"prices will probably (70%) rise", "X is unlikely (8%, unchanged)", "X is more likely than not, at around 55%".

The word gives only its band; the number wins. The word still checks it: a number on the other side of even
from the word ("likely (30%)") is kept but flagged, since one of the two is a slip.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_PERCENT = r"(?: \d{1,3} (?:\.\d+)? ) \s? (?: % | per\s?cent\b | percent\b )"
_APPROX = r"(?: (?: about | around | roughly | approximately | some | only | just | call \s+ it | maybe | perhaps )\s+ | [~≈]\s* )?"
#: In brackets, a short remark after a comma allowed: "(45%)", "(we say 45%)", "(8%, unchanged)", "(20%, down from 30%)".
_BRACKETED = re.compile(rf"""\s* \( \s* (?: (?: we | i ) \s+ (?: say | reckon | put\s+it\s+at ) \s+ )? {_APPROX}
    (?P<p> {_PERCENT} ) \s* (?: , \s* [^()]{{1,40}} )? \)""", _FLAGS)
#: After a comma, ending the clause: "X is more likely than not, at around 55%".
_AFTER_COMMA = re.compile(rf""",\s* (?: at \s+ )? {_APPROX} (?P<p> {_PERCENT} ) \s* [.!]? \s* $""", _FLAGS)
#: Set off by dashes: an aside ("a real chance - we would put it at roughly one in three - that X") or a closing bound
#: ("little chance of X this winter -- under 5%"). The number is the authors' own; a bound is read as the number itself.
_DASH = r"(?: \s+ (?: -- | - | [—–] ) \s+ | \s* [—–] \s* | \s* -- \s* )"
_RATIO = r"(?P<num> one | two | three | four | 1 | 2 | 3 | 4 ) [\s-]+ in [\s-]+ (?P<den> three | four | five | six | ten | 3 | 4 | 5 | 6 | 10 )"
_SET_NUMBER = rf"""(?: (?: we | i ) (?: ['’]d | \s+ would )? \s+ (?: put \s+ it \s+ at | say | reckon | make \s+ it | call \s+ it ) \s+ | call \s+ it \s+ )?
    (?: (?P<bound> under | below | less \s+ than | no \s+ more \s+ than | at \s+ most ) \s+ )? {_APPROX} (?: (?P<p> {_PERCENT} ) | {_RATIO} (?: \s+ chance )? )"""
_DASHED_ASIDE = re.compile(rf"{_DASH} {_SET_NUMBER} {_DASH}", _FLAGS)
_DASHED_END = re.compile(rf"{_DASH} {_SET_NUMBER} \s* [.!]? \s* $", _FLAGS)
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
_ESTIMATIVE_END = re.compile(r"\b(?:likely|unlikely|probable|improbable|possible|possibly|probably|certain|certainly|chance|"
                             r"possibility|than\s+not)(?:\s+(?:to\s+(?:us|me)|in\s+our\s+view|for\s+now))?$",  # "very unlikely to us (7%)"
                             re.IGNORECASE)
#: A verdict word alone after a label's colon: "X: very unlikely" (then ", 4%").
_LABEL_WORD = re.compile(r":\s*(?:(?:very|highly|quite|fairly|most)\s+)?[a-z]+\s*$", re.IGNORECASE)
#: "We expect X (about 75%)": a number in brackets closing a clause of the writer's own belief is the belief's.
_OWN_BELIEF = re.compile(r"^\W*(?:we|I)\s+(?:(?:now|still|also|continue\s+to)\s+)?(?:expect|think|believe|judge|assess|"
                         r"anticipate|forecast)\b", re.IGNORECASE)


def bracketed_number(text: str) -> tuple[str, float, str, str] | None:
    """``(text without the number, probability, number as written, how it is set off)`` when a number set off in
    brackets or after a comma follows an estimative word ("above normal is likely (45%)"), else None."""
    if ("-" in text or "—" in text or "–" in text) and (dashed := _dashed(text)) is not None:
        return dashed  # "a real chance - we would put it at one in three - that X", "little chance of X -- under 5%"
    tail = text.rstrip(" .!")
    after_comma = "," in text and (tail.endswith("%") or tail.endswith("cent"))  # the number closes the clause
    if "(" not in text and not after_comma:
        return None  # most clauses
    for match in [*(_BRACKETED.finditer(text) if "(" in text else ()), *(_AFTER_COMMA.finditer(text) if after_comma else ())]:
        if ":" in text and _LABEL_WORD.search(text[:match.start()]):
            continue  # "X begins before 2028: very unlikely, 4%": a list line's verdict, the label its claim (trailing_numbers)
        if _ESTIMATIVE_END.search(text[:match.start()]) or (match.re is _BRACKETED and
                                                             not text[match.end():].strip(" .;!") and _OWN_BELIEF.match(text)):
            probability = float(re.match(r"\d+(?:\.\d+)?", match.group("p")).group(0)) / 100
            if 0 < probability < 1:
                return (text[:match.start()] + text[match.end():], probability, " ".join(match.group("p").split()),
                        "in brackets" if match.re is _BRACKETED else "after a comma")
    return None


def _dashed(text: str) -> tuple[str, float, str, str] | None:
    """``bracketed_number``'s answer for a number set off by dashes after a chance word ("chance", "unlikely")."""
    for match in (*_DASHED_ASIDE.finditer(text), *_DASHED_END.finditer(text)):
        if not _ESTIMATIVE_END.search(text[:match.start()]) and not _CHANCE_BEFORE.search(text[:match.start()]):
            continue
        if ":" in text[:match.start()] or _ANAPHORIC.match(text[:match.start()]):
            continue  # "X below 1.5% for December: I think this is more likely than not - 60%": a list line's (trailing_numbers)
        if match.group("p"):
            probability = float(re.match(r"\d+(?:\.\d+)?", match.group("p")).group(0)) / 100
        else:
            num, den = (int(w) if w.isdigit() else _COUNT[w.lower()] for w in (match.group("num"), match.group("den")))
            probability = num / den if num < den else 0
        if 0 < probability < 1:
            written = " ".join(match.group(0).strip(" -—–").split()).rstrip(".!")
            rest = text[match.end():]
            if _OTHER_CLAUSE.match(rest):
                rest = ""  # "unlikely to us - we put it at one in five - whereas the curve implies 12%": another's clause
            return text[:match.start()] + " " + rest, probability, written, "set off by dashes"
    return None


#: "I think this is more likely than not - 60%": the claim is said before (a list line's label), not in this clause.
_ANAPHORIC = re.compile(r"^\W*(?:(?:I|we)\s+(?:think|believe|reckon|would\s+say|['’]d\s+say)\s+)?(?:this|it|that)\s+(?:is|looks|seems|remains)\b[^,;]*$",
                        re.IGNORECASE)
#: A clause of its own after the aside: the number set off before it is not its judgement.
_OTHER_CLAUSE = re.compile(r"\s*(?:whereas|while|but|although|though|and|yet)\b", re.IGNORECASE)
#: "we see little chance of X this winter": a chance word earlier in the clause, the dash closing it after its claim.
_CHANCE_BEFORE = re.compile(r"\b(?:chance|likely|unlikely|probability|odds|risk)\s+(?:of|that)\s+\S", re.IGNORECASE)


def with_bracketed(judgement: Judgement | None, probability: float, written: str, set_off: str = "in brackets",
                   word: float | None = None) -> Judgement | None:
    """``judgement`` scored at the number its phrase carries; a denied claim (scored at a complement) or one with a
    number of its own is left as it is. ``word`` is the phrase's own probability, which checks the number."""
    if judgement is None or judgement.stated is not None or judgement.complement:
        return judgement
    notes = [f'the number {set_off} ({written}) wins over "{judgement.written}"']
    if word is not None and (word - 0.5) * (probability - 0.5) < 0:
        notes.append(f'the words ("{judgement.written}") and the number ({written}) disagree: check which is meant')
    return replace(judgement, phrase="stated", stated=probability, written=f"{judgement.written} ({written})",
                   notes=(*judgement.notes, *notes))
