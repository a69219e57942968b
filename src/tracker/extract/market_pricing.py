"""A market's price of an event as a probability: "Traders price a rate cut in March at 70%", "futures markets are
pricing a hike by June at about 40 per cent", "Bettors on the exchange priced a second round at 85%".

Markets news gives the odds a market implies with "price(s) EVENT at N%": the holder is the market or its traders,
the event a noun phrase (often "-ing": "the central bank holding rates"), the number the probability. A price in money
("price the bond at 98", "priced the shares at $12") has no per cent sign and is left; so is "priced in".
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_PRICE = re.compile(r"""^ \W* (?: (?: in | on | at | across | for | over | elsewhere | meanwhile | by \s+ contrast ) \b [^,;]{0,40} , \s+ )?
    (?P<holder> (?! (?: we | i | it | they | he | she | this | that | there | which | you ) \b )
        [^,;]{2,90}? )
    \s+ (?: (?: now | also | still ) \s+ )? (?: price | prices | priced | (?: are | were | is | was ) \s+ pricing )
    \s+ (?! in \b ) (?P<event> (?: an? | the | another | further | any | no ) \s+ [^;]{3,140}? )
    \s+ at \s+ (?: (?: about | around | roughly | some | nearly | almost | close \s+ to | just \s+ over | just \s+ under ) \s+ )?
    (?P<pct> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per \s? cent \b | percent \b )
    (?P<rest> [^;]* ) $""", _FLAGS)
#: Who prices a probability: a market, traders, bettors, futures, swaps.
_MARKET = re.compile(r"\b(?:markets?|traders?|investors|bettors|punters|futures|swaps|options|exchanges?|"
                     r"prediction\s+markets?|money\s+markets?)\b", re.IGNORECASE)
#: "-ing" after the event's subject: "the ECB holding its rate at its December meeting" -> "the ECB will hold ...".
_ING = re.compile(r"^(?P<subject>(?:the|an?)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(?P<verb>[a-z]{3,})ing\b(?P<rest>.*)$",
                  re.DOTALL)


def market_price(text: str) -> Judgement | None:
    """The probability a market is said to price an event at ("traders price X at N%"), kept as the market's, or None."""
    if " pric" not in text or " at " not in text or not ("%" in text or "cent" in text):
        return None  # most clauses: no price put on an event
    match = _PRICE.match(text.strip().rstrip("."))
    if match is None or not _MARKET.search(match.group("holder")) or re.match(r"\s+(?:of|above|below|over|under)\b", match.group("rest")):
        return None  # "investors priced the bond at 98% of par": a price, not odds
    probability = float(match.group("pct")) / 100
    if not 0 < probability < 1:
        return None
    event = match.group("event").strip()
    if (ing := _ING.match(event)) and ing.group("verb").lower() not in ("morn", "even", "ceil", "build", "fund"):
        from tracker.extract.event_claims import base_form
        statement = f"{ing.group('subject')} will {base_form(ing.group('verb'))}{ing.group('rest')}"
    else:
        statement = as_future(event, False)
    holder = " ".join(match.group("holder").split())
    speaker = holder[:1].lower() + holder[1:] if re.match(r"(?:The|A|An)\s", holder) else holder
    written = f"{match.group('pct')}%"
    return Judgement(text, statement, "stated", written, False, stated=probability, speaker=speaker,
                     notes=(f'a market\'s price: "{written}" read as the probability it implies',))
