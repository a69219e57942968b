"""Other people's expectations: "The central bank expects inflation to ease to 2.1% next year", "Analysts do not
expect the vote to change the budget", "19 of them expected the Fed to cut twice by mid-2027", "few expect a deal".

News and reviews relay the forecasts of banks, analysts and polled economists as "X expects Y to VERB". Such a
forecast is the holder's, kept with the holder as source forecaster (flagged) and read as the authors' own "we
expect" would be: a central projection, or its complement under "do not expect" / "few expect". An actor's wish or
belief ("Moscow expects the West to tire of the war") is no forecast anyone can be scored on, so a named holder
counts only with a figure in the claim (a measured forecast) or when it is a forecasting profession or institution;
the past tense ("expected") only for polled respondents with a time still ahead (not "had expected", a view recalled).
"""

from __future__ import annotations

import re

from tracker.extract.expectation import central_projection
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: Who expects, then the verb: "The Bank of Latvia expects", "Analysts do not expect", "24 expected", "few expect".
#: An opening adverbial set off by a comma ("In a poll of 30 economists taken last week, ") may stand before it.
_EXPECTS = re.compile(r"""
    # a run-in lead: "Don't hold your breath: Nobody expects ..." (not a key in capitals, "OVERWEIGHT: the analyst
    # expects ...", which defines a rating)
    ^ \W* (?: (?= [^:]* (?-i: [a-z] ) [^:]* : ) [^:,.;]{2,50} : \s+ )?
    (?: (?: but | and | yet | so | still ) ,? \s+ )?
    # "At the same time, the cold phase has faded, and forecasters expect": a clause before, joined on
    (?P<opening> (?: [^,]{3,160} , \s+ ){1,2} (?: (?: and | but | while | yet ) \s+ )? )?
    (?P<holder> (?! (?: it | this | that | there | these | those | what | which | as | if | when | while | than | who )
        \b ) [\w’'.&-]+ (?: \s+ (?! (?: do | does | did | don['’]t | doesn['’]t | now | also | still | broadly | generally
        | widely | had | have | has | is | are | was | were | said | says | told | saying | that | who | which | it ) \b )
        [\w’'.&-]+ ){0,6}? )
    \s+ (?P<neg> (?: do | does | did ) \s+ not | don['’]t | doesn['’]t | didn['’]t )? \s*
    (?: (?: now | also | still | broadly | generally | mostly | largely ) \s+ )?
    (?P<verb> expects? | expected ) \s+ (?! that \b | to \b | it \b | so \b | as \b | more \b | less \b )
    (?P<claim> [^;]+ )""", _FLAGS)
#: Object + infinitive: "growth to slow to 1.2% next year"; "to" before a determiner or a number is a preposition.
_OBJECT_TO = re.compile(r"^(?P<object>(?:[\w’'.%&-]+\s+){0,8}?[\w’'.%&-]+)\s+to\s+"
                        r"(?P<rest>(?!the\b|a\b|an\b|its\b|their\b|this\b|that\b|\d|be\s+\w+ed\s+by\b)[a-z][^;]*)$", re.DOTALL)
#: An event named by a short noun phrase ending the clause: "a sell-off", "a breakthrough at the talks".
_EVENT = re.compile(r"^(?P<event>(?:an?|any|much|further|more|another)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                    r"(?P<rest>(?:\s+(?:at|in|on|from|before|by|this|next|until|over)\b[^,;]{0,60})?)\s*[.!]?\s*$", re.IGNORECASE)
#: People whose trade is forecasting: what they expect is a forecast the story relays, kept with them. A body or a
#: person named ("Goldman expects X to grow 9% next year", "The Agency expects X to double in 2027") likewise: the
#: issue's rule keeps another's stated forecast with its holder as source forecaster, flagged for review.
_FORECASTERS = re.compile(r"\b(?:analysts?|economists?|experts?|forecasters?|strategists?|investors|traders|markets?|"
                          r"respondents?|pollsters|observers|bankers)\b", re.IGNORECASE)
#: "... - that's their forecast, not ours": the authors disown it.
_DISOWNED = re.compile(r"\b(?:their|his|her|its)\s+(?:forecast|view|projection|estimate|expectation)s?,?\s+not\s+(?:ours|mine)\b",
                       re.IGNORECASE)
#: "few expect", "nobody expects": the holders' view is that the event will not happen.
_FEW = re.compile(r"^(?:few|very\s+few|nobody|no\s+one|hardly\s+anyone|not\s+many)\b", re.IGNORECASE)
#: "most economists expect": the prevailing view, relayed as the consensus.
_MOST = re.compile(r"^(?:most|the\s+majority\s+of|nearly\s+all|almost\s+all)\s", re.IGNORECASE)
#: "to slow to 1.2% from 1.8% in 2026": the figure it moves from is the past, no part of the claim or its time.
_FROM_FIGURE = re.compile(r"(?<=\d)(?P<kept>[^;]*?)\s+from\s+(?:an?\s+)?(?:estimated\s+)?[$€£]?\d[\d.,]*\s*(?:%|per\s+cent)?"
                          r"(?:\s+(?:in|this|last)\s+[\w-]+)?(?=[\s,.;]|$)", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:they|he|she)$", re.IGNORECASE)
_OWN = re.compile(r"^(?:we|i|our\s+[\w-]+|my\s+[\w-]+)$", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
#: A forecasting institution by its name: "the Riksbank", "the Fund", "the Agency", "the OECD" (initials).
_INSTITUTION = re.compile(r"(?i:bank|agency|commission|office|fund|institute|service|board|authority|council|ministry|"
                          r"department|bureau|centre|center)\b|\b[A-Z]{2,6}\b")
_SPAN = re.compile(r"\b(?:19|20)\d\d\b|\b(?:next|past|coming|within|over|for|in)\s+(?:the\s+)?(?:next\s+|coming\s+)?\d+\s+"
                   r"(?:years?|months?|weeks?|days?|quarters?)\b", re.IGNORECASE)
_TREND = re.compile(r"^(?:\w+ly\s+)?(?:stay|remain|rise|fall|grow|increase|decrease|decline|drop|continue|reach|exceed|slow|ease|"
                    r"reduce|expand|contract|shrink|improve|deteriorate|worsen|persist|"
                    r"accelerate|peak|recover|weaken|strengthen|double|halve|cut|raise|hike|lower|end|hold|keep|win|lose|"
                    r"change|collapse|return)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:next\s+(?:year|month|quarter|week)|this\s+(?:year|quarter|month|autumn|winter|spring|summer)|"
                    r"by\s+(?:the\s+end\s+of\s+)?(?:mid-?)?(?:20\d\d|next)|in\s+20\d\d|before\s+|until\s+|over\s+the\s+next|"
                    r"in\s+the\s+coming|(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December)\b)", re.IGNORECASE)
#: "In a poll of 32 economists", "a survey of 40 fund managers": the polled, who the bare number counts.
_POLLED = re.compile(r"\b(?:poll|survey)\s+of\s+(?:\d+|[a-z]+)\s+(?P<who>(?:[a-z-]+\s+)?[a-z-]+?s)\b", re.IGNORECASE)
#: "The regulator expects firms to submit plans by June": what a body requires of those its rules bind, no forecast.
_REQUIRED = re.compile(r"^(?:submit|comply|provide|publish|ensure|implement|adopt|notify|respond|apply|maintain|demonstrate|"
                       r"prepare|set\s+out|follow|address|engage|put\s+in\s+place|update|register|disclose|develop|complete|"
                       r"produce|report|review|consider|take|have|be\s+able|use|meet|treat|act|cooperate|share|explain|"
                       r"identify|assess|manage|monitor|test|document|communicate|inform|contact|show)\b", re.IGNORECASE)
_ADDRESSEES = re.compile(r"^(?:all\s+|the\s+|relevant\s+|regulated\s+|its\s+)*(?:[\w-]+\s+)?(?:firms|companies|banks|lenders|"
                         r"insurers|providers|operators|undertakers|licensees|members|applicants|institutions|authorities|"
                         r"councils|schools|employers|suppliers|participants|issuers|trustees|landlords|businesses|entities|"
                         r"boards|managers|staff|departments|agencies|bodies|organisations|organizations)\b", re.IGNORECASE)
#: A time stated before the holder: "In the longer term, the GISS expects", "Next year, Goldman expects".
_TERM = re.compile(r"\b(?:long|longer|medium|short|near)[- ]term\b|\b(?:coming|next\s+(?:few\s+)?)(?:years|months|decade)\b",
                   re.IGNORECASE)
_RECALLED = re.compile(r"\b(?:had|as|than|was|were|been|be|being|is|are|widely|originally|once)\s+$", re.IGNORECASE)
CONSENSUS = "the consensus"


def reported_expectation(text: str) -> Judgement | None:
    """The expectation ``text`` attributes to someone other than the authors, kept as theirs, or None."""
    if "expect" not in text or (match := _EXPECTS.search(text)) is None or ("not" in text and _DISOWNED.search(text)):
        return None
    holder = " ".join(match.group("holder").split())
    past = match.group("verb").lower() == "expected"
    if _RECALLED.search(text[:match.start("verb")]) or past and match.group("neg"):
        return None  # "as analysts had expected", "than expected", "is expected": not a forecast made here
    # ", with the largest firms contributing less", ", Whitfield wrote in a note": the reporter's context and source;
    # "before cutting in March": a second step with its own time
    claim = re.sub(r"\s+as\s+(?!(?:much|many|high|low|early|late|soon)\b).*$|,\s+(?:and|but|while|which|after|as|with)\b.*$"
                   r"|\s+before\s+[a-z]+ing\b.*$|,\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}\s+(?:said|says|wrote|writes|told)\b.*$",
                   "", match.group("claim").strip().rstrip("."), flags=re.IGNORECASE)
    negated = bool(match.group("neg")) or bool(_FEW.match(holder))
    opening = match.group("opening") or ""
    speaker = _speaker(holder, opening)
    if speaker is None:
        return None
    if infinitive := _OBJECT_TO.match(claim):
        if holder.lower() in ("we", "i") or _OWN.match(holder) and negated:
            return None  # the authors' "we expect X to": the grammar's reading, which declined this one
        rest = _FROM_FIGURE.sub(lambda m: m.group("kept"), infinitive.group("rest"), count=1)
        statement = f"{infinitive.group('object')} will {rest}"
        measured = bool(_FIGURE.search(_SPAN.sub("", rest)))  # "2029", "over the next 12 months": a time, no measure
        # a poll's respondents, or the people a pronoun takes up, state a forecast the story is about; a bare "Analysts
        # expect X" is the market's talk the authors cite, and counts only denied (a judgement that X will not happen)
        polled = holder[:1].isdigit() or bool(re.search(r"\b(?:respondents?|polled|surveyed)\b", holder, re.IGNORECASE))
        professional = polled or bool(_PRONOUN.match(holder)) or bool(_FORECASTERS.search(holder))
        if not professional and _named(holder) and (measured or _AHEAD.search(rest) or _AHEAD.search(opening)
                                                    or _TERM.search(opening) or _INSTITUTION.search(holder)):
            # a body's or a person's forecast, measured or timed, or an institution's outlook ("the Riksbank expects
            # households to reduce their saving"); a state's trend alone ("Russia expects the pandemic to weaken
            # Western unity") is an actor's belief, which the authors read, no forecast anyone scores
            professional = True
        if past and not ((polled or _POLLED.search(opening))
                         and _AHEAD.search(rest)):
            return None  # "Brazil expected the EU to respect its commitments": a past demand, no poll, no time ahead
        if not (professional or _OWN.match(holder) or _MOST.match(holder) or _FEW.match(holder)):
            return None  # "Moscow (does not) expect(s) the West to tire", "The Agency expects X to double": an actor's or a body's
        if not (measured or _TREND.match(rest) or _AHEAD.search(rest) or negated or _AHEAD.search(opening)
                or _TERM.search(opening)):
            return None  # "analysts expect the firm to respond": nothing measured, no time
        if _REQUIRED.match(rest) and (not measured or _ADDRESSEES.match(infinitive.group("object"))):
            return None  # "The regulator expects firms to submit plans by June": a requirement, not a forecast
    elif negated and holder.lower() != "we" and (event := _EVENT.match(claim)):
        # "I don't expect a sell-off" (a speaker quoted), "few expect a breakthrough"; the authors' "we do not expect
        # any change" is the grammar's to read
        statement = f"there will be {event.group('event')}{event.group('rest')}"
    else:
        return None
    lead = " ".join(text[match.start("neg") if match.group("neg") else match.start("verb"):match.start("claim")].split())
    notes = ("reported expectation: the holder's forecast, read as \"is expected to\"",)
    if negated:
        notes += (f'negative lead-in "{holder} {lead}": scored at the complement',)
    return Judgement(text, statement, "will", lead, False, notes=notes, complement=negated,
                     speaker=speaker or None, reads_as=central_projection("expected"))


def _named(holder: str) -> bool:
    """Whether ``holder`` names a body or a person ("Goldman", "the Riksbank", "Norway's fisheries regulator"), not a
    common noun capitalised only at the sentence's start ("Households", "Companies": a survey's finding)."""
    words = re.sub(r"^(?:the|a|an)\s+", "", holder, flags=re.IGNORECASE).split()
    if not words or not words[0][:1].isupper():
        return False
    plural = words[0].endswith("s") and words[0][1:].islower() and not words[0].endswith(("'s", "’s"))
    return not plural or any(word[:1].isupper() for word in words[1:])


def _speaker(holder: str, opening: str) -> str | None:
    """Whose forecast it is: the holder named, the polled a bare number counts, the consensus for "few"; "" for the
    authors' own ("our forecasters expect"), None for no holder that can forecast."""
    if _FEW.match(holder) or _MOST.match(holder):
        return CONSENSUS
    if _OWN.match(holder):
        return ""
    if holder[:1].isdigit():
        polled = _POLLED.search(opening)
        return f"{holder} of the {polled.group('who')} polled" if polled else f"{holder} respondents"
    if re.match(r"(?:the|a|an)\s", holder, re.IGNORECASE):
        holder = holder[:1].lower() + holder[1:]
    if re.match(r"(?:some|many|several|other|certain|most)\b", holder, re.IGNORECASE):
        return None  # unnamed others: dropped, as "some experts have predicted" is
    return holder
