"""A binary contract's price in cents, its holder named by the contract itself: "Our contract *Will X?* closed at 38
cents", "'Democrats win the House' trades at 64 cents", "*Will X?* is trading at 12 cents", "our contract on a
landfall before the season ends sits at 22 cents", "the incumbent's contract last traded at 49 cents", "the exchange
agrees, at 83 cents".

Desks that run or watch a prediction market name a contract by its question (in italics or quotes), by "our/the/X's
contract (on X)", or by the exchange, then give its last price in cents with a trading verb. A contract paying a
unit prices its chance in cents, so cents after a trading verb are the market's probability. The market is the
speaker; the claim is the quoted question or the event after "contract on", else the claim just stated (the
pipeline's second forecaster). Cents without a contract, a quoted question or an exchange (a share, a fuel price)
are money, not chances: the subject is required.
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import event_claim
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_APPROX = r"(?: (?: about | around | roughly | nearly | almost | just | only ) \s+ )?"
#: Cents of a unit contract: "38 cents", "38c", "38¢", "$0.38".
_CENTS = r"(?: (?P<cents> \d{1,2} ) \s? (?: cents? \b | c \b | ¢ ) | \$ \s? (?P<dollars> 0? \.\d{1,2} ) \b )"
#: The trading verb before "at": "closed", "trades", "is trading", "last traded", "sits", "agrees,", "last".
_VERB = r"""(?: (?: is | was | has \s+ been | had \s+ been ) \s+ )? (?: last \s+ | now \s+ | still \s+ )?
    (?: trades | traded | trading | closes | closed | closing | settled | settles | sits | sat | stands | stood | is | was
      | changed \s+ hands | changes \s+ hands | priced | last | agrees | agreed | concurs | disagrees | ended | finished | opened )"""
#: The contract as its question: "*Will X?*", "'X'", "“X”" (a claim in quotes), optionally after "our/the contract".
_QUOTED = re.compile(rf"""(?: ^ | [:;,(] \s* | \b (?: and | but | while | whereas | meanwhile ) \s+ ) \W*?
    (?: (?: our | the | its | their | this | that | a ) \s+ (?: [\w-]+ \s+ )? (?: contract | market ) ,? \s+ )?
    (?: \* (?P<italic> [^*]{{6,240}} ) \* | ^ (?P<opened> (?-i:[A-Z]) [^*"“”‘’]{{5,240}} ) [*”"’] | [‘'] (?P<single> [^’']{{6,200}} ) [’'] | [“"] (?P<double> [^”"]{{6,200}} ) [”"] )
    ,? \s+ {_VERB} ,? \s+ at \s+ {_APPROX} {_CENTS}""", _FLAGS)
#: The contract by its holder: "our contract on X", "the incumbent's contract", "the exchange", "the board".
_HELD = re.compile(rf"""(?: ^ | [:;,] \s+ | \b (?: and | but | while | whereas | meanwhile ) \s+ ) \W*
    (?: (?: our | the | its | their | this | that ) (?: \s+ [\w’'-]+ ){{0,2}}? \s+ (?: contract | market ) | [\w’'-]+ ['’] s \s+ (?: [\w-]+ \s+ )? contract
      | (?P<holder> the \s+ (?: exchange | board | market ) ) )
    (?: \s+ (?: on | for ) \s+ (?P<event> [^,;*]{{3,160}}? ) )?
    ,? \s+ {_VERB} ,? \s+ at \s+ {_APPROX} {_CENTS}""", _FLAGS)
#: The price alone, its contract the question just asked: "*Will X?* is trading at 12 cents" split at its "?".
_PRICE_ONLY = re.compile(rf"""^ [\s*_”"’']* (?-i: {_VERB} ) ,? \s+ at \s+ {_APPROX} {_CENTS}""", _FLAGS)
NOTE = "a market price: a contract's price in cents read as its probability"


def contract_quote(text: str) -> Judgement | None:
    """The contract's price in ``text`` as the market's probability, with the claim it names (else none)."""
    lowered = text.lower()
    if "cent" not in lowered and "¢" not in text and "$0." not in text and "$." not in text and not re.search(r"\dc\b", text):
        return None  # every form prices in cents: most clauses, spared the patterns
    if " at " not in lowered:
        return None
    body = " ".join(text.split())
    if match := _QUOTED.search(body):
        share = _share(match)
        if share is None:
            return None
        quoted = (match.group("italic") or match.group("opened") or match.group("single") or match.group("double")).strip()
        return _judgement(text, _quoted_claim(quoted), share, "the market")
    if ("contract" in lowered or "exchange" in lowered or "board" in lowered or "market" in lowered) and (match := _HELD.search(body)):
        share = _share(match)
        if share is None:
            return None
        event = match.group("event")
        return _judgement(text, event_claim(event) if event else "", share, (match.group("holder") or "the market").lower())
    if (match := _PRICE_ONLY.match(body)) and (share := _share(match)):
        return _judgement(text, "", share, "the market")  # the claim: the question asked before it (the pipeline's)
    return None


def _quoted_claim(quoted: str) -> str:
    """"Will X?" -> "X" as a claim; "Democrats win the House" -> "Democrats will win the House"."""
    from tracker.extract.first_person import asked_claim  # below the number readers: imported when needed

    question = quoted.rstrip(" ?.")
    return asked_claim(question[5:] if question.lower().startswith("will ") else question)


def _share(match: re.Match[str]) -> tuple[float, str] | None:
    if match.group("cents"):
        probability, written = int(match.group("cents")) / 100, f"{match.group('cents')} cents"
    else:
        probability, written = float(match.group("dollars")), f"${match.group('dollars')}"
    return (probability, written) if 0 < probability < 1 else None


def _judgement(text: str, claim: str, share: tuple[float, str], speaker: str) -> Judgement:
    return Judgement(text, claim, "stated", share[1], False, stated=share[0], speaker=speaker, notes=(NOTE,))
