"""Another forecaster's number in the shapes newsletters use beside their own: "The forecasting community puts it at
52%", "the betting exchanges have it at 45%", "FedWatch has a December cut at 71%", "the crowd is at 6% on a broader
question", "The weather service, for what it's worth, gives El Niño conditions by next summer about a 40% chance".

A team's post sets each question's number beside the numbers of markets, crowds and agencies. The number is theirs,
not the writer's: the draft names them as its speaker (flagged for review) and, when the claim is "it" or a question
named only as "a broader question", leaves the claim to the sentence before (the pipeline's second forecaster, as for
a market's price). "X has Y at N%" is also how a level is stated ("Germany has unemployment at 6%"), so it is read as
a probability only from a forecasting crowd or market by its kind (exchanges, bookmakers, community, traders, ...),
or when Y is "it" (the question just asked), or an event with a time still ahead ("a December cut", "X still in
office on 31 March 2027").
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import base_form, event_claim
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_P = r"(?: (?: about | around | roughly | nearly | almost | just | only ) \s+ )? (?P<p> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per \s? cent \b | percent \b )"
#: A holder opening its clause: a name ("FedWatch", "The Metaculus community", "NOAA's Climate Prediction Center") or a
#: crowd by its kind ("the betting exchanges"); not the writer ("we", "our model": the writer's own number).
_HOLDER = r"""(?: ^ | [;:] \s+ | , \s+ (?: and | but | while | whereas ) \s+ | \b (?: and | but | while | whereas ) \s+ ) \W*
    (?P<holder> (?! (?: we | i | our | my | it | this | that | they | he | she | there ) \b )
        (?: the \s+ )? (?: (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ [\w’'.&-]+ ){0,4}? | (?: [a-z-]+ \s+ ){0,2} (?: exchanges | markets
            | bookmakers | bookies | punters | traders | crowd | community | forecasters | superforecasters ) \b ) )
    (?P<aside> \s* , \s+ [^,;]{2,60} , )? \s+"""
#: "puts it at 52%", "has a December cut at 71%", "have X still in office on 31 March at 74%".
_AT = re.compile(rf"""{_HOLDER} (?: (?: now | currently | still | also ) \s+ )? (?: puts | put | has | have )
    \s+ (?P<claim> it | (?! (?: been | be | being | its | their | his | her ) \b ) [^,;]{{3,120}}? ) \s+ at \s+ {_P} (?P<after> [^;]* ) $""", _FLAGS)
#: "is at 6% on a slightly broader question", "sits at 30% on the same question": a number for a question named only so.
_ON_QUESTION = re.compile(rf"""{_HOLDER} (?: (?: now | currently | still ) \s+ )? (?: is | sits | stands | was ) \s+ at \s+ {_P}
    \s+ on \s+ (?: an? | the ) \s+ (?: [\w-]+ \s+ ){{0,3}}? (?: question | market | contract ) \b""", _FLAGS)
#: "gives El Niño conditions by next summer about a 40% chance": another's number given to an event (one number: "gives A
#: a 71% chance of X and B a 62% chance of Y" is the stated forms', which cut the second off).
_GIVES = re.compile(rf"""{_HOLDER} (?: (?: now | currently | still | also ) \s+ )? gives \s+
    (?P<claim> (?! (?: it | this | that | us | them ) \b ) [^,;]{{3,120}}? ) \s+ (?: (?: about | around | roughly | only | just ) \s+ )?
    (?: an? \s+ )? {_P} \s+ (?: chance | probability
    | likelihood ) (?: \s+ of \s+ (?P<of> [^,;]{{3,120}} ) )? \s* $""", _FLAGS)
#: A crowd or market by its kind: its "has X at N%" is a probability.
_CROWD = re.compile(r"\b(?:exchanges?|markets?|bookmakers|bookies|punters|traders|crowd|community|forecasters|"
                    r"superforecasters|platforms?|aggregators?|futures)\b", re.IGNORECASE)
#: A claim dated by its year: "X still in office on 31 March 2027".
_DATED = re.compile(r"\b20\d\d\b")
#: Writer-side holders: "our model", "the team" (the writer's desk, read by holder_odds).
_OWN = re.compile(r"^(?:our|my|the\s+team|the\s+desk|the\s+panel)\b", re.IGNORECASE)
#: The note every such number carries: a forecaster of its own beside the writer (market_prices.MARKET_NOTE's start).
NOTE = "a market price"


def venue_number(text: str) -> Judgement | None:
    """Another forecaster's number in ``text`` (the holder as speaker), or None."""
    if "%" not in text and "per cent" not in text and "percent" not in text or not (" at " in text or " gives " in text):
        return None  # most clauses
    body = text.strip().rstrip(".")
    match = _AT.search(body) if " at " in body else None
    if match and not _OWN.match(match.group("holder")):
        holder, claim = _holder(match), match.group("claim").strip()
        claim = "it" if claim.lower() in ("this", "that", "it") else claim  # "puts this at 81%": the question just asked
        if claim.lower() != "it" and not (_CROWD.search(holder) or _DATED.search(claim)):
            # "Germany has unemployment at 6%": a level, not a chance; "X has a December cut at 71%" is left alone too
            # (labelled sets disagree on whether a market's number there is a forecast of the text's, and the writer's
            # own number often follows it in the same sentence: "..., and I'd put it nearer 55%")
            return None
        if claim.lower() != "it" and re.match(r"(?:the\s+)?(?:odds|chances?|probability)\b", claim, re.IGNORECASE):
            return None  # "put the odds of X at": odds_sayings and the stated forms read those
        statement = "" if claim.lower() == "it" else _claim(claim)
        return _judgement(text, statement, match, holder)
    if " on " in body and (match := _ON_QUESTION.search(body)) and not _OWN.match(match.group("holder")):
        return _judgement(text, "", match, _holder(match))
    if " gives " in body and body.count("%") + body.count(" per") == 1 and (match := _GIVES.search(body)) and not _OWN.match(match.group("holder")):
        claim = match.group("claim").strip()
        of = match.group("of") or ""
        if (ing := re.match(r"(?P<verb>[a-z]{2,})ing\b(?P<rest>.*)$", of)):
            # "gives Democrats a 71% chance of winning the House": the holder of the chance does what the gerund says
            statement = f"{claim} will {base_form(ing.group('verb'))}{ing.group('rest')}"
        else:
            statement = as_future(f"{claim} {of}", False) if of else _claim(claim)
        return _judgement(text, statement, match, _holder(match))
    return None


def _claim(claim: str) -> str:
    """"a December cut" -> "there will be a December cut"; "X still prime minister on 31 March" -> "X will be still ..."."""
    if re.match(r"(?:an?|another|no|any)\s", claim, re.IGNORECASE):
        return event_claim(claim)
    if (small := re.match(r"(?P<who>[^,;]{1,60}?)\s+still\s+(?P<what>[^,;]+)$", claim)):
        return f"{small.group('who')} will still be {small.group('what')}"  # a verbless small clause: "X still in office"
    return as_future(claim, False)


def _holder(match: re.Match[str]) -> str:
    holder = " ".join(match.group("holder").split())
    return holder[:1].lower() + holder[1:] if re.match(r"The\s", holder) else holder


def _judgement(text: str, statement: str, match: re.Match[str], holder: str) -> Judgement | None:
    probability = float(match.group("p")) / 100
    if not 0 < probability < 1:
        return None
    return Judgement(text, statement, "stated", f"{match.group('p')}%", False, stated=probability, speaker=holder,
                     notes=(f"{NOTE}: {holder}'s number, not the writer's",))
