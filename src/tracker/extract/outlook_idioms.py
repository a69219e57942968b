"""Others' outlooks reported in idioms with no verb of forecasting: "The Bank's May projection has inflation dipping
under 3% in the fourth quarter", "The weather service's seasonal outlook calls for below-normal rain from December
through February", "... the economists polled by the survey, who see inflation at 2.3% by late 2027".

Each states a named body's (or a poll's) forecast, which the text relays: kept with the holder as source forecaster
(the pipeline flags it) and read as a central projection, as "X projects Y" is (reported_outlook.py).

- "has / shows / puts X -ing": only a publication as the subject ("projection", "forecast", "outlook", "baseline"),
  the verb one of level or trend and a measure in what follows ("The board has members rising" is no forecast).
- "calls for": only a publication as the subject ("The union calls for higher wages" is a demand) and a time ahead.
- ", who see X at N": the antecedent holds the measured, dated outlook the relative clause states.
- "kept / left / held / maintained its forecast for this year at N": a forecast reported as unchanged is the holder's
  current forecast, as "lowered its forecast to N" is (forecast_revisions.py); the measure comes from the noun before
  "forecast" ("its 2027 growth forecast") or, left unnamed ("its forecast for this year"), stays "the forecast figure".
"""

from __future__ import annotations

import re

from tracker.extract.expectation import central_projection
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.VERBOSE | re.DOTALL
#: A publication that speaks for its body: "The Bank's May projection", "the agency's seasonal outlook".
_PUBLICATION = r"""(?: forecasts? | projections? | outlook | baseline | (?: central | base ) \s+ case | scenario | dot \s+ plot
    | consensus | model | estimates? | path )"""
#: Its owner before it: "The Bank's", "Environment Canada's", "the IMF's latest".
_OWNED = rf"""(?P<holder> (?: the \s+ )? (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ [\w’'.&-]+ ){{0,6}}? ['’] s? \s+ (?: [\w-]+ \s+ ){{0,3}}? {_PUBLICATION} )
    (?P<aside> \s* , \s+ [^,;]{{2,80}} , )? \s+"""
#: Verbs of level and trend in the -ing form, with their base: "dipping" -> "dip".
_TREND_ING = {"rising": "rise", "falling": "fall", "dipping": "dip", "slipping": "slip", "dropping": "drop", "easing": "ease",
              "declining": "decline", "climbing": "climb", "growing": "grow", "peaking": "peak", "staying": "stay",
              "remaining": "remain", "reaching": "reach", "hitting": "hit", "topping": "top", "edging": "edge",
              "returning": "return", "slowing": "slow", "accelerating": "accelerate", "averaging": "average",
              "settling": "settle", "hovering": "hover", "holding": "hold", "exceeding": "exceed", "moderating": "moderate",
              "increasing": "increase", "decreasing": "decrease", "widening": "widen", "narrowing": "narrow",
              "shrinking": "shrink", "expanding": "expand", "contracting": "contract", "recovering": "recover",
              "rebounding": "rebound", "bottoming": "bottom", "approaching": "approach", "stabilising": "stabilise",
              "stabilizing": "stabilize", "sinking": "sink", "surging": "surge", "jumping": "jump", "doubling": "double"}
#: "The Bank's May projection has headline CPI dipping under 3% in the fourth quarter".
_HAS_DOING = re.compile(rf"""^ \W* (?: (?: but | and | yet | still ) ,? \s+ )? {_OWNED} (?: (?: now | still | also ) \s+ )?
    (?: has | have | had | shows | show | puts | put | sees | see ) \s+
    (?P<subject> (?! it \b | them \b ) (?: [\w’'.%-]+ \s+ ){{1,6}}? ) (?P<verb> [a-z]+ ing ) \s+ (?P<rest> [^;]+ ) $""", _FLAGS)
#: "Environment Canada's seasonal outlook, issued on Nov. 1, calls for below-normal temperatures ... through February".
_CALLS_FOR = re.compile(rf"""^ \W* (?: (?: but | and | yet | still ) ,? \s+ )? {_OWNED} (?: (?: now | still | also ) \s+ )?
    (?: calls | call | called ) \s+ for \s+ (?P<claim> (?! the \s+ (?: government | ministry | state ) \b ) [a-z\d$€£] [^;]{{4,}} ) $""", _FLAGS)
#: "..., the economists polled by the survey, who see inflation at 2.3% by late 2027": the antecedent, then the outlook.
_WHO_SEE = re.compile(r"""(?: ^ \W* | \b (?: than | to | with | from | like | and | above | below | under | over | against | versus ) \s+ (?: (?: that | those ) \s+ of \s+ )? )
    (?P<holder> (?! (?: we | us | our | it | they | them ) \b ) (?: [\w’'.&-]+ \s+ ){0,9}? [\w’'.&-]+ ) , \s+ who \s+
    (?: (?: now | still | also | currently ) \s+ )? (?: see | sees | expect | expects | forecast | forecasts | project | projects ) \s+
    (?P<object> (?! the \s+ need \b ) (?: [\w’'/-]+ \s+ ){0,5}? [\w’'/-]+ ) \s+ (?P<how> at | around | near ) \s+
    (?P<level> (?: (?: about | around | roughly | some | just ) \s+ )? [$€£]? \d [\d.,]* \s* (?: % | per \s* cent | percent | pc \b )? [^;,]* ) """,
                      _FLAGS)
#: "It kept its forecast for this year at 1.6 percent", "The bank left its 2027 inflation projection unchanged at 2%".
_KEPT_AT = re.compile(r"""^ \W* (?: (?: but | and | yet | still | meanwhile ) ,? \s+ )?
    (?P<holder> (?! (?: we | i | our | my ) \b ) (?: the \s+ )? (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?! (?: has | have | had | also ) \b ) [\w’'.&()-]+ ){0,6}? )
    (?: \s* , \s+ [^,;]{2,80} , )? \s+ (?: (?: has | have | had | also ) \s+ ){0,2}
    (?P<verb> kept | keeps | left | leaves | held | holds | maintained | maintains | reaffirmed | reaffirms | stuck \s+ to | sticks \s+ to )
    \s+ (?: its | their | his | her ) \s+ (?P<measure> (?: [\w’'-]+ \s+ ){0,4}? )
    (?: forecast | projection | estimate ) (?: \s+ for \s+ (?P<for> [^,;]{2,40}? ) )?
    (?: \s+ (?: unchanged | steady | stable | intact ) )? \s+ at \s+
    (?P<level> (?: (?: about | around | roughly | some ) \s+ )? [$€£]? -? \d [\d.,]* \s* (?: % | per \s* cent | percent | pc \b )? [^,;]*? )
    (?: \s* , .* )? $""", _FLAGS)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MEASURE = re.compile(r"\d")
#: A time still ahead: a year, "next year", "this winter", a month or a season, "the fourth quarter", "by the end of".
_AHEAD = re.compile(r"\b(?:20\d\d|next\s+\w+|this\s+(?:year|quarter|month|season|autumn|winter|spring|summer)|"
                    r"(?:the\s+)?coming\s+\w+|(?:first|second|third|fourth)\s+(?:quarter|half)|by\s+the\s+end\s+of|"
                    r"January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"winter|spring|summer|autumn)\b", re.IGNORECASE)
#: The reporter's comment after the claim: ", and I lean with them", ", with the strongest signal in the south".
_AFTER = re.compile(r",\s+(?:and|but|with|while|which|though|although|a\s+projection|an?\s+\w+\s+that|after|down|up|as)\b.*$",
                    re.IGNORECASE | re.DOTALL)


def _speaker(holder: str) -> str:
    holder = " ".join(holder.split())
    owner = re.match(r"(?P<owner>.+?)['’]s?\s", holder)
    name = owner.group("owner") if owner and re.search(rf"{_PUBLICATION}$", holder, re.VERBOSE | re.IGNORECASE) else holder
    return name[:1].lower() + name[1:] if re.match(r"(?:The|A|An)\s", name) else name


def _judgement(text: str, statement: str, written: str, holder: str) -> Judgement:
    return Judgement(text, statement, "will", written, False, speaker=_speaker(holder),
                     notes=("reported outlook: the holder's forecast",), reads_as=central_projection("expected"))


def outlook_idiom(text: str) -> Judgement | None:
    """The outlook ``text`` relays in one of the idioms above, kept as the holder's, or None."""
    body = text.strip().rstrip(".")
    if ("ing " in body and (" has " in body or " have " in body or " shows " in body or " puts " in body or " sees " in body)
            and (match := _HAS_DOING.match(body)) and (verb := _TREND_ING.get(match.group("verb").lower()))):
        rest = _AFTER.sub("", match.group("rest").strip())
        if _MEASURE.search(_YEAR.sub("", rest)) and _AHEAD.search(rest):
            return _judgement(text, f"{match.group('subject').strip()} will {verb} {rest}", match.group("verb"),
                              match.group("holder"))
    if " for " in body and "call" in body and (match := _CALLS_FOR.match(body)):
        claim = _AFTER.sub("", match.group("claim").strip())
        if _AHEAD.search(claim):
            return _judgement(text, f"there will be {claim}", "calls for", match.group("holder"))
    if " at " in body and " its " in body or " their " in body and " at " in body:
        if (match := _KEPT_AT.match(body)) and (kept := _kept(text, match)):
            return kept
    if ", who " in body and (match := _WHO_SEE.search(body)):
        level = _AFTER.sub("", match.group("level").strip())
        if _MEASURE.search(_YEAR.sub("", level)) and _AHEAD.search(level):
            holder = re.sub(r"^(?:The|A|An)\s", lambda m: m.group(0).lower(), match.group("holder"))
            how = "" if match.group("how").lower() == "at" else f"{match.group('how').lower()} "
            return _judgement(text, f"{match.group('object')} will be {how}{level}", "who see", holder)
    return None


def _kept(text: str, match: re.Match[str]) -> Judgement | None:
    measure = " ".join(match.group("measure").split())
    when = match.group("for")
    if (year := _YEAR.search(measure)) is not None:
        measure = " ".join(f"{measure[:year.start()]}{measure[year.end():]}".split())
        when = when or year.group(0)
    level = " ".join(match.group("level").split())
    if not when and not _AHEAD.search(level):
        return None  # "kept its estimate at 40 million": a quantity re-estimated, no time to score it by
    timed = "" if not when else f" in {when}" if _YEAR.fullmatch(when) else f" {when}"
    holder = match.group("holder")
    statement = f"{measure or 'the forecast figure'} will be {level}{timed}"
    return Judgement(text, statement, "will", "forecast", False,
                     speaker=None if re.fullmatch(r"(?:it|they|he|she)", holder, re.IGNORECASE) else _speaker(holder),
                     notes=(f'a forecast kept ("{" ".join(match.group("verb").split())} its forecast at"): the holder\'s '
                            "current forecast",), reads_as=central_projection("expected"))
