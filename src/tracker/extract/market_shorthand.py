"""A market's price in the shorthand of exchange newsletters and odds columns, read as the market's probability:
"YES last traded at 18c, down from 31c", "NO is trading at 82 cents", "Traders have it at 0.41", "the market has this
at 0.3", "the favourite is trading at 48c", "the front-runner last changed hands at 30 cents", and a board's list
line "Snow in Paris on New Year's Day: 7c." / "Gold above $3,000 at the close on 31 March 2027: 12c.".

Desks that list contracts name the question once (a "Contract:" line, a heading, a quoted question) and then give
its price by the side that trades ("YES", "NO"), by the crowd that sets it ("traders", "punters") as a decimal, or
set a line's event before a colon and its price after it. A contract paying a unit prices its chance in cents, so
the price is the market's number: the market is the speaker, the claim the question before (the pipeline's) or the
line's event. A NO price is the chance of the question's opposite: its complement scores the question. Cents alone
(a fuel price, a share price) stay money: each form needs the side, a crowd, a contestant or a list line's colon.
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import event_claim
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_APPROX = r"(?: (?: about | around | roughly | nearly | almost | just | only | close \s+ to ) \s+ )?"
_CENTS = r"(?: (?P<cents> \d{1,2} ) \s? (?: cents? \b | c \b | ¢ ) | \$ \s? (?P<dollars> 0? \.\d{1,2} ) \b )"
_TRADES = r"""(?: (?: is | was | has \s+ been ) \s+ )? (?: last \s+ | now \s+ | still \s+ )?
    (?: trades | traded | trading | closed | closes | settled | sits | sat | stands | stood | is | was | changed \s+ hands | changes \s+ hands
      | ended | finished | opened | last )"""
#: "YES last traded at 18c", "NO shares are trading at 82 cents", "the yes side closed at 40c", "Last traded at 18c".
_SIDE = re.compile(rf"""^ \W* (?: (?: (?-i: (?P<side> YES | NO | Yes | No ) ) (?: \s+ (?: shares | contracts? | side ) )?
      | the \s+ (?P<side2> yes | no ) \s+ (?: shares | contracts? | side ) ) \s+ (?: are \s+ )? )?
    (?: {_TRADES} ) \s+ at \s+ {_APPROX} {_CENTS}""", _FLAGS)
#: "Traders have it at 0.41", "the market has this at .3", "punters put it at 0.25": a crowd's decimal on the question.
_CROWD_DECIMAL = re.compile(r"""^ \W* (?: (?: and | but | while | whereas ) \s+ )? (?P<who> (?: the \s+ )? (?: traders | punters | bettors
      | market | exchange | crowd | book ) ) \s+ (?: now \s+ | still \s+ | currently \s+ )? (?: have | has | had | put | puts | price | prices | priced )
    \s+ (?: it | this | that ) \s+ at \s+ (?: (?: about | around | roughly | nearly | just ) \s+ )? (?P<dec> 0? \.\d{1,3} ) \b""", _FLAGS)
#: "the favourite is trading at 48c", "the front-runner last changed hands at 30 cents": a contestant's contract.
_CONTESTANT = re.compile(rf"""(?: ^ | [:;,] \s+ | \b (?: and | but | while | whereas ) \s+ ) \W*
    (?P<who> the \s+ (?: (?: clear | heavy | narrow | current ) \s+ )? (?: favourite | favorite | front-?runner | frontrunner | underdog | outsider | leader ) )
    \s+ {_TRADES} \s+ at \s+ {_APPROX} {_CENTS}""", _FLAGS)
#: "Snow in Paris on New Year's Day (...): 7c.": a list line's event before a colon, its price closing the line.
_LIST_LINE = re.compile(rf"""^ \W* (?P<event> (?-i: [A-Z] ) (?: [^:;] | (?<= \d ) : (?= \d ) ){{2,160}}? ) (?: \s* \( [^()]* \) )? \s* : \s+ {_APPROX} {_CENTS} \W* $""", _FLAGS)
#: "Gold above $3,000 ...": a subject and where it stands; the claim is that it will be there.
_SMALL_CLAUSE = re.compile(r"^(?P<who>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,3})\s+(?P<where>(?:above|below|over|under|at|still|back|out|in\s+office)\b.*)$",
                           re.IGNORECASE)
NOTE = "a market price: a contract's price read as its probability"


def market_shorthand(text: str) -> Judgement | None:
    """The market's price in ``text`` in one of the shorthand forms above (the market as speaker), else None."""
    body = " ".join(text.split())
    if " at ." in body or " at 0." in body:
        if (match := _CROWD_DECIMAL.match(body)) and 0 < (share := float(match.group("dec"))) < 1:
            who = match.group("who").lower()
            speaker = who if who.startswith("the ") or who in ("traders", "punters", "bettors") else f"the {who}"
            return Judgement(text, "", "stated", match.group("dec"), False, stated=share, speaker=speaker, notes=(NOTE,))
    if not re.search(r"\d\s?(?:c\b|cents?\b|¢)|\$\s?0?\.\d", body):
        return None  # every other form prices in cents
    if (match := _SIDE.match(body)) and (share := _share(match)):
        side = (match.group("side") or match.group("side2") or "yes").lower()
        if side == "no":
            share = (round(1 - share[0], 2), f"{share[1]} for NO")  # NO's price is the chance of the opposite
        return Judgement(text, "", "stated", share[1], False, stated=share[0], speaker="the market", notes=(NOTE,))
    if ("favo" in body or "runner" in body or "underdog" in body or "outsider" in body or "leader" in body) \
            and (match := _CONTESTANT.search(body)) and (share := _share(match)):
        who = " ".join(match.group("who").lower().split())
        return Judgement(text, f"{who} will win", "stated", share[1], False, stated=share[0], speaker="the market", notes=(NOTE,))
    if ":" in body and (match := _LIST_LINE.match(body)) and (share := _share(match)):
        return Judgement(text, _event(match.group("event").strip()), "stated", share[1], False, stated=share[0],
                         speaker="the market", notes=(NOTE,))
    return None


def _event(event: str) -> str:
    """"Gold above $3,000 on 31 March" -> "Gold will be above ..."; "Snow in Paris on 1 January" -> "there will be snow ..."."""
    if (small := _SMALL_CLAUSE.match(event)) is not None:
        return f"{small.group('who')} will be {small.group('where')}"
    return event_claim(event)


def _share(match: re.Match[str]) -> tuple[float, str] | None:
    if match.group("cents"):
        probability, written = int(match.group("cents")) / 100, f"{match.group('cents')} cents"
    else:
        probability, written = float(match.group("dollars")), f"${match.group('dollars')}"
    return (probability, written) if 0 < probability < 1 else None
