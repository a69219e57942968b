"""Stated numbers that are not the writer's forecast: one given in the past ("last year we put X at 30%"),
someone else's ("Polymarket traders gave them an 81% chance"), or a base rate ("the long-term probability of a
landfall in a given year is roughly 40%").

numeric.py reads a number in a clause as the writer's probability; these tests say when it must not, because the
number is a record, another forecaster's, or how often a thing happens on average (which no single year decides).
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: A number given in the past ("Last year we put the chance of X at 30%"): a record, not a forecast.
_PAST = re.compile(r"""\b(?: last | previous | a\s+year\s+ago | earlier | previously | in\s+our\s+(?: last | previous | earlier ) )\b
    .{0,60}? \b(?: put | gave | estimated | assessed | rated | set | saw | was | were | had )\b""", _FLAGS)

#: A reason given after the number ("at 45%, because the last two prints were firmer"): its past is the evidence's,
#: not the number's, so the look-back test above reads only the words before it.
_REASON = re.compile(r",?\s+(?:because|since|given\s+that|as\s+a\s+result\s+of|after)\s", re.IGNORECASE)


def past_number(text: str) -> bool:
    """Whether ``text`` gives its number as one said before ("last week we put it at 30%"), a reason after it aside."""
    return _PAST.search(_REASON.split(text, 1)[0] if "%" in text and _REASON.search(text) else text) is not None


#: Others' numbers, reported as said: "Polymarket traders gave them an 81% chance", "Some modelling groups have
#: suggested a 10% chance" (a market's odds in the present tense, "bettors give X 70%", are kept as a forecast).
_OTHERS = re.compile(r"""\b(?: traders | markets? | bettors | punters | groups | investors | pollsters
    | modell?ers | commentators | observers | consensus | bookmakers | bookies )\s+ (?: have\s+ | has\s+ | had\s+ )?
    (?: gave | given | assigned | suggested | priced\s+in | saw )\b
    # an agency's own forecast: "NOAA's Climate Prediction Center gives a 70 percent chance that ..."
    | (?-i: Center | Centre | Service | Agency | Office | Institute | Bureau | Administration ) (?: \s*,[^,]{1,60}, )?
        \s+ (?: (?: currently | now | still | also ) \s+ )? (?: gives | puts | assigns | sees | estimates ) \s+ (?: a | an | the ) \s
    # a named model's numbers: "the data models at Opta give them 31%", "the model from FiveThirtyEight gives"
    | \b (?: models? | simulations? | projections? ) \s+ (?: at | from | of ) \s+ (?-i:[A-Z])[\w’'.-]+ \s+ (?: give | gives | put | puts ) \b""",
                     _FLAGS)
_OURS = re.compile(r"\b(?:our|we|my|I)\b", re.IGNORECASE)
#: A base rate, not a forecast: "the long-term probability of a landfall in a given year is roughly 40%".
_BASE_RATE = re.compile(r"\b(?:long[- ](?:term|run)|historical|climatological|base|background|average\s+annual)\s+"
                        r"(?:probability|chance|odds|likelihood|rate|frequency)\b|\bin\s+(?:a|any)\s+given\s+"
                        r"(?:year|season|month|decade)\b", re.IGNORECASE)


def not_a_forecast(text: str) -> bool:
    """Whether the number ``text`` states is a past one, someone else's, or a base rate (see above)."""
    if past_number(text) or ((others := _OTHERS.search(text)) and not _OURS.search(text[max(0, others.start() - 30):others.end()])):
        return True  # a number given in the past, or someone else's ("Polymarket traders gave them 81%")
    if ("given" in text or "ong" in text or "rate" in text or "histor" in text) and _BASE_RATE.search(text):
        return True  # how often it happens on average, which no single year decides
    return False
