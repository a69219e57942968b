"""The lines a forecasting platform prints under a question: its numbers, its forecast history, its resolution.

A platform's question page (a team's page, a tournament's list) sets each question as a heading and under it
a line of labelled numbers and dates without a sentence's grammar: "Team forecast 27% Crowd 33% Closes 3 March
2027 Resolves 4 March 2027". The line answers the question above it, with the page's own number (the team's;
the crowd's beside it is another forecaster's). Two other lines look like forecasts and are not:
- a forecast history ("Team forecast history: was 41% on 1 October; 35% on 23 October"): numbers the page has
  since replaced, past and superseded;
- a resolved question ("Will X? Resolved No on 30 October 2026. Team final forecast: 22%"): the question is
  closed, its number is a record of the past;
- a scored call in a track record ("X (we said 70%): resolved yes.", "Y, 45% - wrong"): the number stated, then
  its verdict.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY = rf"(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
#: "Team forecast 27%", "Crowd: 33%", "Community prediction 31.5%": a short label, then its number.
_LABEL = r"[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}"
_NUMBER = r"\d{1,2}(?:\.\d+)?"
_PAIR = rf"{_LABEL}\s*:?\s+{_NUMBER}\s?%"
#: "Closes 3 March 2027", "Resolves: 4 March 2027", "Opened Nov 2, 2026": the question's own dates.
_WHEN = rf"(?:Clos(?:es|ed|ing)|Opens?|Opened|Resolves?|Resolution(?:\s+date)?|Deadline)\s*:?\s+(?:on\s+)?{_DAY}"
_ITEM = rf"(?:{_PAIR}|{_WHEN})"
_LINE = re.compile(rf"^\W*{_ITEM}(?:\s*[·|•,;]?\s+{_ITEM})+\W*$")
_LABELLED = re.compile(rf"(?P<label>{_LABEL})\s*:?\s+(?P<p>{_NUMBER})\s?%")
#: Who the page is: its own number carries one of these words in its label.
_OWN = re.compile(r"\b(?:team|our|my|group|house)\b", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:forecast|prediction|probability|aggregate|median|estimate|chance)\b", re.IGNORECASE)
#: Labels of others' numbers: the crowd's, a market's, the community's.
OTHERS = re.compile(r"\b(?:crowd|community|market|consensus|public|others?)\b", re.IGNORECASE)

_HISTORY = re.compile(r"^\W*(?:[\w’'-]+\s+){0,3}history\s*:", re.IGNORECASE)
#: "Resolved No", "Resolved: Yes", "RESOLVED YES", "Resolved as No", opening a line or a sentence.
_RESOLVED = re.compile(r"(?:^|[?.]\s+)\W*(?:Resolved|RESOLVED)\s*:?\s*(?:as\s+)?(?:Yes|No|YES|NO)\b")
#: A stated number, then at once its verdict: "(we said 70%): resolved yes.", "(20%): we are scoring this as no.",
#: "60% - right", "(p = 35%) -> it happened". A verdict word alone ("right", "a miss") must end the line, so that
#: "70% - right at the target" is not one.
_SCORED = re.compile(r"""\d\s*(?:%|per\s*cent|percent)\s*\)?\s*(?:[:;,.—–-]|->|→)\s*(?:
      (?: (?: we \s+ (?: are \s+ | were \s+ | have \s+ )? | it \s+ (?: was \s+ | is \s+ )? )?
          (?: resolved | resolves | scored | scoring | marked | marking | graded | grading | judged | called ) \s+
          (?: (?: this | it ) \s+ )? (?: as \s+ )? :? \s* ["“]? (?: yes | no | true | false | right | wrong | correct | incorrect ) \b )
    | (?: (?: we \s+ were \s+ )? (?: right | wrong | correct | incorrect ) | a \s+ hit | a \s+ miss | hit | miss | came \s+ true
          | (?: it \s+ )? (?: happened | did \s+ not \s+ happen | didn[’']t \s+ happen ) ) \s* [.!]? \s* $ )""",
                     re.IGNORECASE | re.VERBOSE)
#: Words one of which a scored call holds (a cheap test before the regex).
_VERDICT_WORDS = ("resolv", "scor", "mark", "grad", "judg", "call", "right", "wrong", "correct", "hit", "miss",
                  "true", "happen")


def platform_line(text: str) -> bool:
    """Whether ``text`` is a platform's line of labelled numbers and dates ("Team forecast 27% Crowd 33% ...")."""
    return "%" in text and len(text) <= 200 and "history" not in text.lower() and bool(_LINE.match(text))


def own_number(text: str) -> tuple[float, str, str | None] | None:
    """The page's own number in a platform line, as (probability, written, holder), else None.

    The page's own number is the one labelled as the team's (or ours); failing that, the first labelled
    as a forecast, whose holder is named when it is the crowd's or a market's ("the crowd").
    """
    pairs = [(m.group("label"), m.group("p")) for m in _LABELLED.finditer(text)]
    chosen = next((pair for pair in pairs if _OWN.search(pair[0])), None)
    if chosen is None:
        chosen = next((pair for pair in pairs if _FORECAST.search(pair[0])), None)
    if chosen is None:
        return None
    others = OTHERS.search(chosen[0])
    holder = f"the {others.group(0).lower()}" if others and not _OWN.search(chosen[0]) else None
    return float(chosen[1]) / 100, f"{chosen[1]}%", holder


def history_line(text: str) -> bool:
    """Whether ``text`` lists a forecast's past values ("Team forecast history: was 41% on 1 October; ...")."""
    return "istory" in text[:60] and bool(_HISTORY.match(text))


def resolved(text: str) -> bool:
    """Whether ``text`` records a question's resolution ("Will X? Resolved No on 30 October 2026. ...")
    or scores a past call ("X (we said 70%): resolved yes.")."""
    if ("esolved" in text or "ESOLVED" in text) and _RESOLVED.search(text):
        return True
    if "%" not in text and "cent" not in text:
        return False
    lower = text.lower()
    return any(word in lower for word in _VERDICT_WORDS) and bool(_SCORED.search(text))
