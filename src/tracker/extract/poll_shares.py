"""A poll's share as its forecast: "All but four of 62 economists expected the bank to hold rates", "A strong
majority, 47 of 62, forecast a cut in February".

A news story about a poll of forecasters states no probability, but the share of respondents who expect an
outcome is the number a reader would log for it (47 of 62 is 76%). The forecast is the respondents', not the
publisher's, and the draft says it is a share read as a probability. Only forecasters' polls count: the share
must be of economists, analysts, respondents and the like, or stand beside "a majority" with a verb of
forecasting ("12 of 27 member states said they will ..." states plans, not a forecast).
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}
_WORD = r"\d{1,4} | one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve"
#: Cheap test before the long pattern: "47 of 62", "all but four of 62" (a literal start keeps the scan fast).
GATE = re.compile(r" of (?:the )?\d")
_SHARE = re.compile(rf"""^ \W* (?P<majority> (?: a | an ) \s+ (?: (?: strong | clear | slim | narrow | large | big | small ) \s+ )?
        (?: majority | minority | plurality ) \s* , \s* )?
    (?: all \s+ but \s+ (?P<but> {_WORD} ) | (?P<n> \d{{1,4}} ) ) \s+ of \s+ (?: the \s+ )? (?P<m> \d{{1,4}} )
    (?P<who> [^,;]{{0,90}}? ) \s* ,? \s+
    (?P<verb> expected | expect | forecast | forecasts | predicted | predict | saw | see ) \s+ (?P<claim> .{{5,300}} ) $""", _FLAGS)
#: Who was polled: forecasters, not voters or member states.
_FORECASTERS = re.compile(r"\b(?:economists|analysts|respondents|strategists|forecasters|experts|participants|"
                          r"fund\s+managers|traders|those\s+(?:polled|surveyed|asked))\b", re.IGNORECASE)
#: "expected the bank to hold rates at 3.5%": the object and its infinitive, a clause.
_TO = re.compile(r"^(?P<subject>(?!(?:a|an)\s)[^,;]{2,100}?)\s+to\s+(?P<rest>[a-z][^;]*)$", re.DOTALL)
#: ", which would take the rate to 3.25%": a comment on the outcome, no part of it.
_RELATIVE = re.compile(r",\s+(?:which|that)\s+would\b.*$", re.IGNORECASE | re.DOTALL)


def poll_share(text: str) -> Judgement | None:
    """The judgement of a poll's share of forecasters expecting an outcome, else None."""
    match = _SHARE.match(text.strip().rstrip("."))
    if match is None or not (match.group("majority") or _FORECASTERS.search(match.group("who"))):
        return None
    total = int(match.group("m"))
    if match.group("but"):
        word = match.group("but").lower()
        agreeing = total - (int(word) if word.isdigit() else _COUNT[word])
    else:
        agreeing = int(match.group("n"))
    if not 0 < agreeing < total:
        return None  # "all 40 expected": a unanimous poll states no share
    claim = _RELATIVE.sub("", match.group("claim")).strip(" ,")
    if infinitive := _TO.match(claim):
        statement = f"{infinitive.group('subject')} will {infinitive.group('rest')}"
    else:
        statement = as_future(claim, False)
    share = f"{agreeing} of {total}"
    written = " ".join(text[match.start("but") - 8 if match.group("but") else match.start("n"):match.end("m")].split())
    return Judgement(text, statement, "stated", written, False, stated=round(agreeing / total, 4),
                     speaker=f"the poll's respondents ({share})",
                     notes=(f"a poll's share ({share} expect it), read as its probability: check",))
