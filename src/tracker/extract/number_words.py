"""Percentages spelled in words, as digits: "a greater than fifty per cent chance" reads as "... 50 per cent ...".

Speeches and official prose spell out numbers ("a fifty per cent chance", "twenty-five percent") where a
briefing writes digits; the number forms (numeric.py) read digits, so the words are turned into them first. Only
a number directly before "per cent" / "percent" is changed: "one of the two" or "fifty members" stay words.
"""

from __future__ import annotations

import re

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SPELLED = re.compile(r"\b(?:(?P<tens>" + "|".join(_TENS) + r")(?:[\s-](?P<unit>" + "|".join(_UNITS) + r"))?|(?P<small>"
                      + "|".join([*_TEENS, *_UNITS]) + r")|(?P<hundred>(?:a|one)\s+hundred))(?=\s+(?:per\s?cent|percent)\b)",
                      re.IGNORECASE)


#: A share said as a fraction closing the clause after "at": "I'd put approval by 2028 at roughly a third". Only there:
#: "a third of the fleet", "a third term" are no chances.
_FRACTION_END = re.compile(r"(?<=\bat\s)(?P<approx>(?:roughly|about|around|maybe|perhaps|only|just\s+(?:under|over))\s+)?"
                           r"(?P<frac>a\s+third|one[\s-]third|a\s+quarter|one[\s-]quarter|a\s+fifth|one[\s-]fifth|a\s+tenth|"
                           r"two[\s-]thirds|three[\s-]quarters|a\s+half|half)(?=\W*$)", re.IGNORECASE)
_FRACTION_WORDS = ("third", "quarter", "fifth", "tenth", "half", "thirds", "quarters")  # a clause ending in one: rare
_FRACTIONS = {"third": "33", "quarter": "25", "fifth": "20", "tenth": "10", "thirds": "67", "quarters": "75", "half": "50"}
#: A claim with a time put at the fraction ("put approval by 2028 at a third"): a quantity ("put the share at a third") has none.
#: An event put at it is one too: "put a December cut at about a third", "put another hike at a quarter" (an article
#: before the object: "a share"/"the share" of something is a quantity, "a cut"/"a hike" an event the "at" prices).
_PUT_TIMED = re.compile(r"\b(?:put|place|peg)\b(?:.*?\b(?:by|before|in|this|next|until|within)\s+\S.*?"
                        r"|\s+(?:an?|another|any)\s+(?!(?:share|proportion|fraction|percentage|portion|part|quarter|third|half)\b)[\w-]+(?:\s+[\w-]+){0,5}?)\sat\s",
                        re.IGNORECASE)


#: A chance said as a fraction before its noun: "approximately a two-thirds chance that X", "a one-third probability of X",
#: "a three-quarters likelihood". The noun makes it a chance ("two-thirds of voters" is a share of people, not read).
_FRACTION_CHANCE = re.compile(r"\b(?:a|an)\s+(?P<frac>(?:one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?))"
                              r"(?=\s+(?:chance|probability|likelihood)\b)", re.IGNORECASE)
_FRACTION_SHARE = {"third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10}
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4}


def _fraction_percent(match: re.Match[str]) -> str:
    count, part = re.split(r"[\s-]", match.group("frac").lower())
    share = _COUNTS[count] * _FRACTION_SHARE[part.rstrip("s")]
    return f"a {round(share * 100)}%" if 0 < share < 1 else match.group(0)


#: "around 60pc", "94 pc": a percentage in the press's short spelling (not "PC" or "pcs").
_PC = re.compile(r"(\d(?:\.\d+)?)\s?pc\b(?!\.\w)")


def with_digits(text: str) -> str:
    """``text`` with each percentage spelled in words written in digits; most texts are returned unscanned."""
    if "pc" in text and (re.search(r"\dpc\b|\d pc\b", text)):
        text = _PC.sub(r"\1%", text)  # "60pc": trade press and British papers' per cent
    if ("third" in text or "quarter" in text or "fifth" in text or "tenth" in text) and (
            "chance" in text or "probab" in text or "likelihood" in text):
        text = _FRACTION_CHANCE.sub(_fraction_percent, text)  # "a two-thirds chance": "a 67% chance"
    if ("put " in text or "place" in text or "peg " in text) and text.rstrip(" .;!)\"'”’\n").endswith(_FRACTION_WORDS) \
            and " at " in text and _PUT_TIMED.search(text):
        text = _FRACTION_END.sub(lambda m: f"{m.group('approx') or ''}{_FRACTIONS[m.group('frac').lower().split()[-1].split('-')[-1]]}%",
                                 text)
    if "cent" not in text and "CENT" not in text:
        return text  # most clauses: no percentage at all
    lowered = text.lower()
    for unit in (" per cent", " percent", " per-cent"):
        at = lowered.find(unit)
        while at > 0:
            if lowered[at - 1].isalpha():  # "fifty per cent", not "3.2 percent": a word before the unit
                return _SPELLED.sub(_value, text)
            at = lowered.find(unit, at + 1)
    return text


def _value(match: re.Match[str]) -> str:
    if match.group("hundred"):
        return "100"
    if match.group("small"):
        word = match.group("small").lower()
        return str(_TEENS.get(word) or _UNITS[word])
    return str(_TENS[match.group("tens").lower()] + (_UNITS[match.group("unit").lower()] if match.group("unit") else 0))
