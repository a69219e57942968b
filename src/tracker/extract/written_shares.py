"""A stated share as written: a percentage ("35%", "30 per cent"), an "N in M" ("one in three", "a 1-in-4") or a
decimal ("0.15"), read as ``(probability, number as written)``; and the judgement a stated form makes of it.

stated_forms.py's many forms all end in one of these numbers; the patterns below are the pieces they are built
from, so each form reads the number the same way (a share outside (0, 1) is no probability).
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

#: A percentage, its number in the group "p".
PERCENT = r"(?P<p> \d{1,3} (?: \.\d+ )? ) \s? (?: % | per\s?cent\b | percent\b )"
APPROX = r"(?: (?: about | around | roughly | approximately | maybe | perhaps | only | just | some ) \s+ )?"
#: A share said as "N in M": "one in three", "1 in 4", "a one-in-five".
_RATIO = r"""(?: (?: a | an ) \s+ )? (?P<num> \d | one | two | three | four ) (?: \s+ chances? )? [\s-]+ in [\s-]+
    (?P<den> \d{1,2} | two | three | four | five | six | seven | eight | nine | ten | twenty ) (?! [\d,%] | \.\d ) (?: \s+ chance )?"""
NUMBER = rf"{APPROX} (?: {PERCENT} | {_RATIO} )"
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twenty": 20, "a": 1}


def share(match: re.Match[str]) -> tuple[float, str] | None:
    """``(probability, number as written)`` of a percentage, an "N in M" or a decimal; None outside (0, 1)."""
    if match.re.groupindex.get("dec") and match.group("dec"):
        probability, written = float(match.group("dec")), match.group("dec")  # "is 0.15": a probability as a decimal
    elif match.group("p"):
        probability = float(match.group("p")) / 100
        written = f"{match.group('p')}%"
    else:
        num, den = (int(word) if word.isdigit() else _COUNT.get(word.lower(), 0) for word in (match.group("num"), match.group("den")))
        probability = num / den if den and 0 < num < den else 0
        written = f"{match.group('num')} in {match.group('den')}"
    return (probability, written) if 0 < probability < 1 else None


def stated_judgement(text: str, claim: str, share: tuple[float, str], *notes: str, speaker: str | None = None) -> Judgement:
    """The writer's judgement of ``claim`` at the stated ``share``: the number itself is the probability, no scale."""
    return Judgement(text, claim, "stated", share[1], False, stated=share[0], notes=notes, speaker=speaker)
