"""A prediction market's or a futures curve's price read as its probability: "Kalshi's contract on a cut by December
traded at 71%", "the equivalent contract on PredictIt traded at 22 cents on Monday", "Polymarket's equivalent contract
is at 11%", "whereas the futures curve implies something closer to 12%", "options pricing implies about 30%".

Newsletters and news copy set a market's number beside their own. A binary contract pays one unit if the event
happens, so its price in cents is its probability; a curve's "implied" number is the market's chance. The number is
the market's, not the writer's: the draft names the market as its speaker (a reviewer checks it). The claim is the
event after "contract on/for" when the sentence names one; an "equivalent" or bare contract names none, and the
number scores the claim just stated (the pipeline's second forecaster).
"""

from __future__ import annotations

import re

from tracker.extract.contract_quotes import contract_quote
from tracker.extract.event_claims import event_claim
from tracker.extract.market_shorthand import market_shorthand
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future
from tracker.extract.venue_numbers import venue_number

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: A price: a percentage, or cents of a contract paying a unit ("22 cents", "22¢", "$0.22").
_PRICE = r"""(?: (?P<p> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per \s? cent \b | percent \b )
    | (?P<cents> \d{1,2} ) \s? (?: cents? \b | ¢ ) | \$ \s? (?P<dollars> 0? \.\d{1,2} ) \b )"""
_APPROX = r"(?: (?: about | around | roughly | nearly | almost | some | just | only | something \s+ (?: closer \s+ to | like | near ) | closer \s+ to ) \s+ )?"
#: The market's name: a capitalised word or two (a venue), or its kind ("the betting market", "prediction markets").
_VENUE = r"(?-i: [A-Z] [\w.-]+ (?: \s+ [A-Z] [\w.-]+ )? )"
#: "Kalshi's (equivalent) contract (on X)", "the (equivalent) contract on Kalshi", "the PredictIt market on X".
_CONTRACT = re.compile(rf"""(?: ^ | [:;,] \s+ | \b (?: and | but | while | whereas ) \s+ ) \W*
    (?: (?P<owner> {_VENUE} ) ['’]s \s+ (?: (?: equivalent | comparable | matching | own | main | similar ) \s+ )? (?: contract | market )
      | (?: the | a ) \s+ (?: (?: equivalent | comparable | matching | similar ) \s+ )? contract \s+ on \s+ (?P<venue> {_VENUE} )
      | (?: the | a ) \s+ (?P<named> {_VENUE} ) \s+ (?: contract | market ) )
    (?: \s+ (?: on | for ) \s+ (?P<event> (?: an? | the | another | any | no ) \s+ [^,;]{{3,120}}? ) )?
    # "the Polymarket contract with the same wording": the question just asked, by its terms
    (?: \s+ with \s+ (?: the \s+ )? (?: same | identical | similar | matching ) \s+ (?: wording | terms | resolution \s+ criteria ) )?
    \s+ (?: (?: was | is | has \s+ been ) \s+ )? (?: traded | trades | trading | changed \s+ hands | closed | settled | stood | stands | sits | sat
        | is | was | priced | last \s+ traded ) \s+ (?: (?: as \s+ high \s+ as | as \s+ low \s+ as ) \s+ )? (?: at | around | near ) \s+ {_APPROX} {_PRICE}
    (?P<after> [^,;]* )""", _FLAGS)
#: "the futures curve implies something closer to 12%", "options pricing implied about 30%": a clause of its own (one
#: inside a longer clause is left to the judgement that clause states).
_IMPLIED = re.compile(rf"""^ \W* (?: (?: and | but | while | whereas ) \s+ )? (?P<market> (?: the \s+ )? (?: [\w-]+ \s+ ){{0,2}} (?: futures | options | swaps? | OIS ) (?: \s+ (?: curve | market | pricing | prices ) )? )
    \s+ (?: implies | implied | imply | prices? | priced | suggests? | suggested ) \s+ (?: a \s+ (?: probability | chance ) \s+ (?: of \s+ )? )? {_APPROX} {_PRICE}
    # "futures imply roughly 45% for an October move": the event the number is for
    (?: \s+ (?: for | on | of ) \s+ (?P<event> (?: an? | the | another | any | no ) \s+ [^,;]{{3,120}}? ) )?
    # ", so traders here are more doubtful": the writer's remark after it, a clause of its own
    (?: \s* , \s* (?: so | and | but | while | whereas | which | though | although ) \b [^;]* )? \W* $""", _FLAGS)
#: "PredictIt traders are at 27 cents", "Betfair punters have it at 30%": the venue's traders, the claim the one before.
_TRADERS_AT = re.compile(rf"""^ \W* (?: (?: and | but | while | whereas ) \s+ )? (?P<venue> {_VENUE} ) \s+ (?: traders | punters | bettors | users )
    \s+ (?: (?: are | were | sit | sat ) \s+ (?: at | on ) | (?: have | had | put | price ) \s+ (?: it | this | that ) \s+ at ) \s+ {_APPROX} {_PRICE} \W* $""", _FLAGS)
#: "The CME FedWatch tool shows about a 70% probability of a cut in December": a named tool's number and its event.
_TOOL_SHOWS = re.compile(rf"""^ \W* (?P<tool> (?: the \s+ )? {_VENUE} (?: \s+ [\w-]+ )? \s+ (?: tool | tracker | gauge | monitor | model ) )
    \s+ (?: now \s+ )? (?: shows | showed | implies | implied | puts | gives | gave | signals | signalled | prices ) \s+ {_APPROX} (?: an? \s+ )? {_APPROX} {_PRICE}
    \s+ (?: probability | chance | likelihood | odds ) \s+ (?: of | that ) \s+ (?P<event> [^;]{{3,160}}? ) \W* $""", _FLAGS)
_DIGIT = re.compile(r"\d")
#: Cents written "c" ("last traded at 18c"): a newsletter's shorthand, read by contract_quotes.py.
_CENTS_C = re.compile(r"\b\d{1,2}c\b")
#: Opens the note of every market's number: a market never refines the writer's phrase, it is a forecaster of its own
#: (second_numbers.py drafts it beside the writer's claim, whether the writer gave a number or words).
MARKET_NOTE = "a market price"


def market_price(text: str) -> Judgement | None:
    """The market's price in ``text`` as its probability, the market as speaker; the event it names, else no claim."""
    if (venue := venue_number(text)) is not None:
        return venue  # "The forecasting community puts it at 52%", "the exchanges have it at 45%": another's number
    if ("traders" in text or "punters" in text or "bettors" in text) and (traders := _TRADERS_AT.match(text.strip())) \
            and (share := _share(traders)):
        venue = traders.group("venue")  # "PredictIt traders are at 27 cents": the venue's number, the claim the one before
        return Judgement(text, "", "stated", share[1], False, stated=share[0], speaker=venue,
                         notes=(f"{MARKET_NOTE}: {venue}'s traders' price read as its probability",))
    if (" tool " in text or "tracker" in text or "gauge" in text or "monitor" in text or " model " in text) \
            and (tool := _TOOL_SHOWS.match(text.strip())) and (share := _share(tool)):
        name = re.sub(r"^The\b", "the", " ".join(tool.group("tool").split()))  # "the CME FedWatch tool shows about a 70% probability of X"
        event = tool.group("event")
        claim = event_claim(event) if tool.group(0).lower().count(" of ") else as_future(event, True)
        return Judgement(text, claim, "stated", share[1], False, stated=share[0], speaker=name,
                         notes=(f"{MARKET_NOTE}: the number {name} shows",))
    if (" at 0." in text or " at ." in text or "¢" in text or "$" in text or "cent" in text or _CENTS_C.search(text)) \
            and (shorthand := market_shorthand(text)) is not None:
        return shorthand  # "YES last traded at 18c", "Traders have it at 0.41", "Snow in Paris on 1 January: 7c."
    if "ontract" not in text and "arket" not in text and "futures" not in text and "options" not in text \
            and "OIS" not in text and "swap" not in text and "cent" not in text and "¢" not in text and not _CENTS_C.search(text) \
            or not _DIGIT.search(text):
        return None  # most clauses name no market: spared the patterns
    lowered = text.lower()
    if "contract" in lowered or "market" in lowered:
        if (match := _CONTRACT.search(text.strip().rstrip("."))) and (share := _share(match)):
            venue = match.group("owner") or match.group("venue") or match.group("named")
            event = match.group("event")
            claim = event_claim(event) if event else ""
            return Judgement(text, claim, "stated", share[1], False, stated=share[0], speaker=venue,
                             notes=(f'{MARKET_NOTE}: {venue}\'s, its contract\'s price read as its probability',))
    if ("impl" in lowered or "pric" in lowered or "sugg" in lowered) and (
            "futures" in lowered or "options" in lowered or "swap" in lowered or "ois" in lowered):
        if (implied := _IMPLIED.search(text.strip())) and (share := _share(implied)):
            market = " ".join(implied.group("market").split())
            speaker = market if market.lower().startswith("the ") else f"the {market}"
            event = implied.group("event")
            return Judgement(text, event_claim(event) if event else "", "stated", share[1], False, stated=share[0], speaker=speaker.lower(),
                             notes=(f'{MARKET_NOTE}: the number {speaker.lower()} implies',))
    # "Our contract *Will X?* closed at 38 cents", "the exchange agrees, at 83 cents": a contract's cents are a chance
    return contract_quote(text) if "cent" in text or "¢" in text or "$" in text or _CENTS_C.search(text) else None


def _share(match: re.Match[str]) -> tuple[float, str] | None:
    if match.group("p"):
        probability, written = float(match.group("p")) / 100, f"{match.group('p')}%"
    elif match.group("cents"):
        probability, written = int(match.group("cents")) / 100, f"{match.group('cents')} cents"
    else:
        probability, written = float(match.group("dollars")), f"${match.group('dollars')}"
    return (probability, written) if 0 < probability < 1 else None
