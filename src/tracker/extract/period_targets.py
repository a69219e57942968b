"""Two numeric targets for two periods in one clause: two judgements, each with its own period.

"X is projected to grow by 3.0 per cent in 2026 and 3.8 per cent in 2027" forecasts two numbers, each due at the end
of its own year; read whole, the first number would take the second year's date. The second target is restated with
the words before the first ("X is projected to grow by 3.8 per cent in 2027"), so that it reads alone. A verb of its
own ("slow to 0.9 per cent in 2026 before recovering to 1.6 per cent in 2027") replaces the first verb.
"""

from __future__ import annotations

import re

#: A number with its unit: "3.0 per cent", "$9.7 billion", "25 basis points" (its first character a digit or a
#: currency sign, which spares the pattern most positions of a sentence).
_NUMBER = (r"(?:[$£€]\s?\d|\d)\d*(?:\.\d+)?(?:\s?(?:per\s?cent|percent|%|bn|billion|million|trillion|bp|"
           r"basis\s+points|points))"
           # "3% of GDP", "$40 billion (1.2 per cent of GDP)": what the number is a share of, a gloss in brackets
           r"(?:\s+of\s+(?:GDP|GNI|GVA|output|income|revenues?|sales))?(?:\s+\([^()]{1,40}\))?")
#: A period a target is for: a (fiscal) year, a quarter, a half, a month of a year, "mid-2027".
# "fiscal 2026", "FY2027", "financial year 2026-27": a budget year is a period like a calendar year
_PERIOD = (r"(?:(?:the\s+)?(?:mid-|end\s+of\s+|early\s+|late\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?20\d\d(?:[-–/]\d\d)?|the\s+(?:first|second|third|fourth)\s+"
           r"(?:quarter|half)(?:\s+of\s+(?:the\s+year|20\d\d))?|Q[1-4](?:\s+20\d\d)?|H[12]\s+20\d\d|(?:January|February|"
           r"March|April|May|June|July|August|September|October|November|December)(?:\s+20\d\d)?)")
#: When a target is for: "in 2026", "by the fourth quarter", "this year", "next year".
_WHEN = r"\s+(?:(?:in|by|for|over|during)\s+" + _PERIOD + r"|(?:this|next)\s+year|(?:in\s+)?the\s+(?:following|next)\s+year)\b"
#: The first target and the join to a second: "3.0 per cent in 2026 and", "2.1% in 2026, 1.8% in 2027 and ...",
#: "0.9 per cent in 2026 before recovering to".
_FIRST = re.compile(_NUMBER + _WHEN + r"(?=(?P<join>,?\s+and\s+(?:(?:by|to|at)\s+)?|,\s+(?:(?:by|to|at)\s+)?(?=[$£€\d])"
                    r"|\s+before\s+(?P<turn>[a-z]+ing)(?P<particle>\s+(?:up|down|back|out|off))?\s+(?:(?P<prep2>to|by|at)\s+)?))",
                    re.IGNORECASE)
#: The verb (and preposition) before the first number: "grow by just ", "slow to ", "reach ".
_LEAD = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:(?:just|only|about|around|roughly|some)\s+)?(?:(?P<prep>by|to|at)\s+)?"
                   r"(?:(?:just|only|about|around|roughly|some)\s+)?$", re.IGNORECASE)
_SECOND = re.compile(r"(?:(?:just|only|about|around|roughly|some)\s+)?" + _NUMBER + _WHEN, re.IGNORECASE)
#: The end of a word in -ing whose bare form ends in a silent "e": "rising", "easing", "declining", "moderating".
_SILENT_E = re.compile(r"(?:(?<![aeiou])om|[aeiou]s|[aeiou]z|v|[^aeiou]at|lin|dg|uc|ur[sv]|nc|rg|bl|tl|pl|gl|ag)$")  # "averaging", "managing": -age


def split_period_targets(piece: str) -> list[str]:
    """``piece`` as one part per (number, period) target when it states two in a row; else ``[piece]``."""
    # two numbers with units at least: most sentences are spared the patterns
    if not (" and " in piece or " before " in piece) or not ("%" in piece or "cent" in piece or "illion" in piece
                                                            or "bn" in piece or "bp" in piece or "points" in piece):
        return [piece]
    first = _FIRST.search(piece)
    lead = first and _LEAD.search(piece, max(0, first.start() - 60), first.start())
    if not lead:
        return [piece]
    join_end = first.end() + len(first.group("join") or "")
    if first.group("turn"):
        # "before picking up to 2.0%": a phrasal verb keeps its particle ("pick up to"), which is no preposition
        join_end = first.end() + len(re.match(r"\s+before\s+[a-z]+ing(?:\s+(?:up|down|back|out|off))?\s+(?:(?:to|by|at)\s+)?",
                                              piece[first.end():]).group(0))
    second = _SECOND.match(piece, join_end)
    if second is None:
        return [piece]
    if first.group("turn"):  # "slow to A in 2026 before recovering to B in 2027": B's own verb
        head = (f"{piece[:lead.start('verb')]}{bare_verb(first.group('turn'))}{first.group('particle') or ''} "
                f"{first.group('prep2') or ''} ")
    else:  # "by 0.1 per cent in Q4, and by 0.9 per cent in 2027" its own "by"; "and 3.8 per cent" the first's
        own = re.search(r"\b(by|to|at)\s+$", first.group("join"))
        head = f"{piece[:lead.end('verb')]} {own.group(1) if own else lead.group('prep') or ''} "
    # a third target after the second ("1.8% in 2027 and 1.6% in 2028"): the restated rest is split again
    return [piece[:first.end()], *split_period_targets(f"{head.replace('  ', ' ')}{second.group(0)}{piece[second.end():]}")]


def bare_verb(verb: str) -> str:
    """The bare form of a verb in -ing: "recovering" -> "recover", "rising" -> "rise", "dipping" -> "dip"."""
    stem = verb[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem + "e" if _SILENT_E.search(stem) else stem
