"""Odds said by their holder, not as "a N% chance of X": "The market gives 71% that X", "The panel aggregate is 80%
that X", "two of them put the odds of that at no better than fifty-fifty", "the odds favour another rise".

Forecasting teams and news copy state a number after its holder and before the claim. The holder is the forecaster
unless it is the writer's own ("our internal market": the publisher's); a bound ("no better than even") is read as
the number itself, as stated_forms reads "no more than 20%".
"""

from __future__ import annotations

import re

from tracker.extract.chance_put_at import chance_put_at
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: A holder that can state a number: an aggregate, a market, a panel; possessive forms ("the team's aggregate").
_HOLDER = re.compile(r"""^ \W* (?P<holder> (?: the | our | my | its | their | this ) \s+ (?: [\w’'-]+ \s+ ){0,3}?
    (?: market | aggregate | panel | team | crowd | consensus | median | community | model | forecasters? | forecast )
    (?: ['’]s \s+ (?: aggregate | forecast | median | number | estimate ) )? )
    \s+ (?: (?: now | currently | still | also ) \s+ )?
    (?: gives | puts | has | is | stands \s+ at | sits \s+ at | is \s+ at )
    \s+ (?: (?: about | around | roughly | only | just ) \s+ )?
    (?P<p> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per\s?cent\b | percent\b )
    \s+ (?: on \s+ (?: the \s+ )? (?: chance | probability | odds ) \s+ )? that ,? \s+ (?P<claim> [^;]{8,} ) $""", _FLAGS)
#: "put(s) the odds of X at no better than fifty-fifty": a bound on the chance, read as the number itself.
_ODDS_BOUND = re.compile(r"""\b (?: puts? | places? | sets? | rates? ) \s+ (?: the \s+ )? (?: odds | chances? | probability )
    \s+ (?: of | on ) \s+ (?P<claim> [^;]{2,160}? ) \s+ at \s+
    (?P<bound> no \s+ (?: better | more | higher ) \s+ than | not \s+ (?: better | more ) \s+ than | at \s+ (?: best | most )
        # "at better than even", "at slightly worse than evens": a lean off even, not a bound on it
        | (?P<lean> (?: (?P<little> a \s+ little | a \s+ bit | slightly | just | somewhat ) \s+ )? (?P<side> better | worse | less ) \s+ than ) )
    \s+ (?P<even> fifty-fifty | 50-50 | even (?: \s+ odds )? | evens | a \s+ coin \s+ (?: flip | toss ) ) \b""", _FLAGS)
#: "the odds favour another positive year", "the odds are in favour of a cut": the likelier outcome, "likely".
_FAVOUR = re.compile(r"""(?: ^ \W* (?: (?: for | in | on | with | over ) \s+ [^,;]{2,40}? ,? \s+ )? | \b (?: that | but | and | say ) \s+ )
    \W* the \s+ odds \s+
    (?: (?: still | now | clearly | strongly ) \s+ )? (?: favou?rs? | are \s+ in \s+ favou?r \s+ of ) \s+
    # an event named by its determiner: "the odds favour the house / Labour" is a saying or a contest, not an event
    (?P<claim> (?: an? | another | further | more | continued | fresh | renewed ) \s+ [^,;]{3,120}? ) \s* (?: $ | [,;] )""", _FLAGS)
#: The writer's own holders: their number is the publisher's.
_OWN = re.compile(r"^\W*(?:our|my)\b|\bmarket\b", re.IGNORECASE)
#: Who puts the odds, when it is a group named before the verb: "Brokers put the odds ...", "Most traders put ...".
_PLURAL_HOLDER = re.compile(r"^\W*(?P<holder>(?:(?:most|many|the)\s+)?(?-i:[A-Z]?)[a-z]+s)\s+(?:now\s+|still\s+)?$", re.IGNORECASE)
_ANAPHORA = re.compile(r"^(?:even\s+)?(?:that|this|it|those|these)$", re.IGNORECASE)


def holder_number(text: str) -> Judgement | None:
    """"The panel aggregate is 80% that X": the holder's number for X (the holder as the speaker), else None."""
    if "that" not in text or (match := _HOLDER.match(text.strip().rstrip("."))) is None:
        return None
    probability = float(match.group("p")) / 100
    if not 0 < probability < 1:
        return None
    holder = " ".join(match.group("holder").split())
    speaker = None if _OWN.search(holder) else holder
    return Judgement(text, as_future(match.group("claim").strip(" ,"), True), "stated", f"{match.group('p')}%", False,
                     stated=probability, speaker=speaker, notes=(f'the number "{holder}" gives',))


def odds_sayings(text: str) -> Judgement | None:
    """A bound put on the odds ("at no better than fifty-fifty": 50%), "the odds favour X" (likely) or a holder's
    number put on an event ("puts the chance of X at 1 in 8", chance_put_at), else None."""
    if (put := chance_put_at(text)) is not None:
        return put
    if "odds" not in text and "chance" not in text and "probab" not in text and "Odds" not in text:
        return None  # most clauses
    lowered = text.lower()
    body = text.strip().rstrip(".")
    if (" at " in lowered) and (bound := _ODDS_BOUND.search(body)):
        claim = bound.group("claim").strip(" ,")
        written = f"{' '.join(bound.group('bound').split())} {bound.group('even')}"
        # "the odds of even that": the judgement before it in the paragraph is what the number is for (the pipeline)
        statement = "" if _ANAPHORA.match(claim) else as_future(claim, False)
        if bound.group("lean"):
            # a step off even, a smaller one when hedged ("a little better than even"): even_odds.py reads it alike
            step = 0.05 if bound.group("little") else 0.1
            probability = 0.5 + step if bound.group("side").lower() == "better" else 0.5 - step
            holder = _PLURAL_HOLDER.match(body[:bound.start()])
            return Judgement(text, statement, "stated", written, False, stated=probability,
                             speaker=holder.group("holder") if holder else None,
                             notes=(f'"{written}": a lean off even odds, read as a step from 50%',))
        return Judgement(text, statement, "stated", written, False, stated=0.5,
                         notes=(f'"{written}" is a bound, read as the number itself',))
    if "favo" in lowered and (favour := _FAVOUR.search(body)):
        return Judgement(text, as_future(favour.group("claim").strip(), False), "likely",
                         " ".join(body[body.lower().index("the odds", favour.start()):favour.start("claim")].split()), False)
    return None
