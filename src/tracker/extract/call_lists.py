"""Call lists: numbered headline calls each tagged with a conviction level the document defines in prose.

Investment outlooks and "predictions for next year" notes print their calls as short headings with a level set
right-aligned after them ("1. No US recession in 2027            Conviction: HIGH"), sometimes with the heading
wrapped onto a second line and the tag at the end of it, or in brackets after it ("### Gold sets a record
(Conviction: Low)"). A sentence elsewhere says what the levels mean in numbers: "HIGH means we would put 70% or
more on the call, MEDIUM 55-70%, LOW a little better than a coin toss (50-55%)". Each call is then a forecast
at the middle of its level's band. The calls are headline grammar: present tense ("Gold sets a new high") or
verbless ("ECB on hold at 2%", "No recession in 2027"), and are put in the future here.

A call whose level the legend does not define has no number and is left to the prose reader; so is a list
without a legend, and a list whose lines end in a verdict ("RIGHT", "resolved yes"): a track record.
"""

from __future__ import annotations

import re

from tracker.extract.folding import folded
from tracker.extract.records import Judgement

#: The name of the tag: how sure the authors are of the call.
_TAG_WORDS = ("conviction", "confidence", "likelihood", "probability", "certainty")
_TAG_NAMES = rf"(?:{'|'.join(_TAG_WORDS)})(?:\s+level)?"
#: A level as a legend names it: "HIGH", "Medium", "very high".
_LEVEL = r"(?:very\s+high|very\s+low|high|medium|moderate|low)"
#: A call's tag at the end of its (last) line, set off by a run of spaces, a dash or a bar, or in brackets.
_TAG = re.compile(rf"(?:\s{{2,}}|\s+[—–|]\s+|\s*\(\s*|^\s*)(?P<tag>{_TAG_NAMES})\s*[:=]\s*\**(?P<level>{_LEVEL})\**\s*\)?\s*$",
                  re.IGNORECASE)
#: A call's number or bullet, and a Markdown heading's hashes.
_MARKER = re.compile(r"^\s*(?:#{1,6}\s+)?(?:\**\s*)?(?:\d{1,2}[.)]|[-*•])?\s*\**")
#: A level and its meaning in a legend sentence: "HIGH means ...", "MEDIUM 55-70%", "LOW ... (50-55%)"; a level
#: starts a part when it opens the sentence or follows a comma, a semicolon or "and".
_LEGEND_PART = re.compile(r"(?:^|[,;:.]\s+|\s+and\s+|\band\s+|\s)(?P<level>(?-i:VERY\s+HIGH|VERY\s+LOW|HIGH|MEDIUM|MODERATE|LOW)|"
                          r"(?:very\s+high|very\s+low|high|medium|moderate|low)(?=\s+(?:means|is|=|:|conviction|confidence)\b|\s*[=:(]|\s+\d))\b",
                          re.IGNORECASE)


def conviction_legend(text: str) -> dict[str, tuple[float, float]]:
    """The levels a prose legend defines in numbers ("HIGH means we would put 70% or more on the call, MEDIUM
    55-70%, LOW ... (50-55%)"), each with its band; empty unless two or more are defined in one sentence."""
    from tracker.extract.rating_levels import _band

    if "%" not in text:
        return {}
    flat = " ".join(text.split())
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", flat):
        if "%" not in sentence or not re.search(r"\b(?:high|medium|moderate|low)\b", sentence, re.IGNORECASE):
            continue
        parts = list(_LEGEND_PART.finditer(sentence))
        found: dict[str, tuple[float, float]] = {}
        for index, part in enumerate(parts):
            end = parts[index + 1].start("level") if index + 1 < len(parts) else len(sentence)
            meaning = sentence[part.end("level"):end]
            if (band := _band(meaning)) is not None and band[0] < band[1]:
                found.setdefault(" ".join(part.group("level").lower().split()), band)
        if len(found) >= 2:
            return found
    return {}


def tagged_calls(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, call, level)`` for each call line (or wrapped pair of lines) ending in a level tag: where
    it stands in ``text``, the call's words without its number and tag, and the level as written."""
    # every tag name is a plain word: a substring test of the folded text spares the case-insensitive scan
    lowered = folded(text)
    if not any(name in lowered for name in _TAG_WORDS) or not re.search(_TAG_NAMES, text, re.IGNORECASE):
        return []  # most documents: no tag, no line-by-line reading
    lines = text.splitlines(keepends=True)
    found = []
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line)
    for number, line in enumerate(lines):
        # a tag needs its ":" or "=": most lines have neither, and skip the pattern
        if len(line) > 200 or (":" not in line and "=" not in line) or (tag := _TAG.search(line.rstrip("\n"))) is None:
            continue
        first = number
        if not line[:tag.start()].strip():
            first -= 1  # the tag on a line of its own, under the call
        # a call wrapped onto a second line: the line above it, unless blank or a call of its own
        while first > 0 and number - first < 2 and lines[first - 1].strip() and not _TAG.search(lines[first - 1].rstrip("\n")) \
                and re.match(r"^\s*(?:#{1,6}\s+)?(?:\d{1,2}[.)]\s|[-*•]\s)", lines[first]) is None \
                and len(lines[first - 1].strip()) < 100:
            first -= 1
        if first < 0:
            continue
        block = "".join(lines[first:number]) + line[:tag.start()]
        call = " ".join(_MARKER.sub("", block, count=1).split()).strip(" *_—–-:")
        if len(call.split()) < 2 or len(call) > 200 or call.endswith(("?", ":")):
            continue
        found.append((starts[first] + len(lines[first]) - len(lines[first].lstrip()), starts[number] + len(line.rstrip()),
                      call, tag.group("level")))
    return found


#: A verbless call's predicate: "ECB on hold at 2%", "Gold above $4,000 at year-end".
_PREDICATE = re.compile(r"^(?P<subject>(?:[\w’'&/.$€£-]+\s+){0,5}?[\w’'&/.$€£-]+)\s+(?P<rest>(?:on|at|above|below|under|over|"
                        r"back|still|in\s+(?:recession|power|office|charge|place)|out\s+of)\b.*)$")


def call_statement(call: str) -> str:
    """The call put in the future: "Gold sets a new high" -> "Gold will set a new high", "No recession in 2027"
    -> "there will be no recession in 2027", "ECB on hold at 2%" -> "ECB will be on hold at 2%"."""
    from tracker.extract.tense import _base, as_future, is_noun_phrase

    if re.match(r"^no\s", call, re.IGNORECASE):
        return f"there will be no {call[3:]}"
    if not is_noun_phrase(call) and not (statement := as_future(call, True)).startswith("it will turn out"):
        return statement
    words = call.split(" ")
    for index in range(1, min(len(words), 8)):  # "The S&P 500 ends 2027 higher": the first word in -s after the name
        word = words[index]
        if re.fullmatch(r"[a-z]{3,}(?:es|s)", word) and not re.fullmatch(r".*(?:ss|us|is)", word):
            if words[index - 1][:1].isupper() or words[index - 1][:1].isdigit():
                return " ".join([*words[:index], "will", _base(word), *words[index + 1:]])
            break
    if (verbless := _PREDICATE.match(call)) and not re.search(r"\b(?:is|are|was|were|will)\b", verbless.group("subject")):
        return f"{verbless.group('subject')} will be {verbless.group('rest')}"
    return as_future(call, not is_noun_phrase(call))


def call_judgements(text: str) -> list[tuple[int, int, str, Judgement]]:
    """``(start, end, quote, judgement)`` for each tagged call whose level the document's legend defines."""
    calls = tagged_calls(text)
    if not calls or not (legend := conviction_legend(text)):
        return []
    found = []
    for start, end, call, level in calls:
        band = legend.get(" ".join(level.lower().split()))
        if band is None:
            continue
        low, high = band
        quote = " ".join(text[start:end].split())
        written = f"{' '.join(level.split())} (the document's level, {low:.0%}-{high:.0%})"
        found.append((start, end, quote, Judgement(quote, call_statement(call), "stated", written, False,
                                                   stated=round((low + high) / 2, 4),
                                                   notes=(f'call list: rated "{level.lower()}" on the document\'s own '
                                                          f"levels ({low:.0%}-{high:.0%}), scored at the middle",))))
    return found


#: The year a list of calls is for, as its introduction names it: "our ten calls for 2027", "Predictions for 2027".
_LIST_YEAR = re.compile(r"\b(?:calls|predictions|forecasts|outlook|views|picks|bets)\s+for\s+(20\d\d)\b", re.IGNORECASE)
#: A call's words for the whole of the list's year: "ECB on hold at 2% all year".
_ALL_YEAR = re.compile(r"\b(?:all|through(?:out)?\s+the|the\s+whole|for\s+the)\s+year\b", re.IGNORECASE)


def call_dated(statement: str, before: str) -> str:
    """The text a call's horizon is read from: a call held "all year" runs to the end of the year the list is for
    ("Ten calls for 2027"), named before it; any other call is dated by its own words."""
    if not _ALL_YEAR.search(statement) or not (years := _LIST_YEAR.findall(before)):
        return statement
    return f"{statement} by the end of {years[-1]}"
