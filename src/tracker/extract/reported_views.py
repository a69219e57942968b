"""A named holder's view of a level or a count: "Goldman sees the index at 7,700 at the end of 2027", "Stifel's Ana
Ruiz sees the S&P 500 falling to 6,650 by the end of next year", "..., whose team sees oil at $70 next year", "The
agency forecasts 14 to 20 named storms", "where it predicts two to four tropical cyclones".

Markets and weather copy relays a bank's target or an agency's seasonal count with "sees" or "forecasts". It is the
holder's forecast, not the reporter's: kept with the holder as source forecaster (flagged for review by the caller)
and read as a central projection, as "expects" is. Only a measured claim counts (a figure, or a verb of trend with
a time): "Moscow sees the West tiring" states a hope, and has neither.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.event_claims import base_form
from tracker.extract.expectation import central_projection
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: A holder by name ("Goldman", "Stifel Nicolaus & Co.'s Ana Ruiz", "JPMorgan strategists"), never the authors or a
#: pronoun (whose antecedent this sentence does not give), after an optional opening set off by a comma.
_HOLDER = r"""(?P<opening> [^,]{3,60} , \s+ | (?-i: [A-Z] ) [^,:;]{2,40} : \s+ )?   # "At the other end, ", a run-in "On the UK: "
    (?P<holder> (?! (?: we | i | our | my | it | they | he | she | this | that | there | which | who ) \b )
        (?: the \s+ )? (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?! sees\b | see\b ) [\w’'.&-]+ ){0,8}? )"""
#: "sees X at 7,700 ...", "sees X (probably) falling to 6,650 ...": the object, then a level or a movement.
_SEES = re.compile(rf"""^ \W* {_HOLDER}
    # "The Central Bank, in its June Bulletin, sees": an aside between the holder and the verb
    # or a relative clause: "Acme, whose plant sits nearby, sees"; "The fund, which manages $2bn, sees"
    (?: \s* , \s+ (?: in | at | on | for | with | according | whose | which | who ) \b [^,;]{{2,80}} , )?
    \s+ (?: now \s+ | also \s+ | still \s+ )? (?P<sees> sees | see | (?<= projections \s ) have | (?<= forecasts \s ) have ) \s+
    (?P<object> (?! (?: a | an | no | little | risks? | signs? | it | that | this ) \b ) (?: [\w’'.&$%-]+ \s+ ){{0,6}}? [\w’'.&$%-]+ ) \s+
    (?: (?P<at> at | near | around ) \s+ (?P<level> [$€£]? \d [\d.,]* (?: \s* (?: % | per \s+ cent | percent ) )? ) (?P<after> [^;]* )
      | (?P<adverb> probably \s+ | likely \s+ )? (?P<verb> [a-z]{{2,}} ) ing \b (?P<tail> [^;]* ) ) $""", _FLAGS)
#: A quoted "we see" (the speaker's firm), and the attribution after the closing quotation mark.
_QUOTED_WE_SEE = re.compile(r"^\W*(?:and\s+)?(?:we|i)\s+(?:now\s+|also\s+|still\s+)?see\s+(?=\S)", re.IGNORECASE)
_SAID_AFTER_QUOTE = re.compile(r"""[,.!?]? \s* [”"] \s* ,? \s+ (?: (?: said | says | added | told \s+ \w+ ) \s+
    (?P<name> (?-i: [A-Z] ) [\w’'.-]+ (?: \s+ (?-i: [A-Z] ) [\w’'.-]+ ){0,3} )
    | (?P<before> (?-i: [A-Z] ) [\w’'.-]+ (?: \s+ (?-i: [A-Z] ) [\w’'.-]+ ){0,3} ) \s+ (?: said | says | added ) \b )""", re.VERBOSE)
#: A wire headline's second predicate, its subject shared with the first: "(2nd LD) BOK holds rate at 2.25 pct, sees growth
#: slowing", "Fed keeps rates on hold, sees two cuts" (the subject a name, the first verb in the present tense).
_SECOND_PREDICATE = re.compile(r"""^ \W* (?: \( [^)]{1,20} \) \s* )? (?P<holder> (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?-i: [A-Z] ) [\w’'.&-]* ){0,3} )
    \s+ (?-i: [a-z] ) [a-z]+ s \b [^,;:]{2,80} , \s+ (?: and \s+ )? sees \s+ (?= \S )""", re.VERBOSE)
#: "..., said Ana Ruiz, chief strategist at Nordbank, whose team sees ...": the nearest name before "whose".
_WHOSE = re.compile(r"""(?P<name> (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?: of \s+ | & \s+ )? (?-i: [A-Z] ) [\w’'.&-]* ){0,5} ) ,? \s+
    whose \s+ (?: [\w-]+ \s+ ){0,2}? (?: team | economists | analysts | strategists | forecasters | model | desk ) \s+
    (?: now \s+ | also \s+ )? sees \s+""", re.DOTALL | re.VERBOSE)
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
#: "It forecasts 14 to 20 named storms", "where it predicts two to four tropical cyclones": a count of events.
_COUNT = re.compile(rf"""(?: ^ \W* | \b where \s+ | , \s+ and \s+ | : \s+ )
    (?P<holder> it | (?: the \s+ )? (?: agency | centre | center | service | office | institute | bureau | forecasters? | team )
        | (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?: of \s+ | and \s+ )? (?-i: [A-Z] ) [\w’'.&-]* ){{0,6}} )
    \s+ (?: also \s+ | now \s+ )? (?P<verb> forecasts | predicts | projects | expects ) \s+
    (?P<count> (?: between \s+ | about \s+ | around \s+ | roughly \s+ )? {_NUMBER} (?: \s* (?: to | - | – | and ) \s* {_NUMBER} )? )
    \s+ (?P<noun> (?: [a-z][\w-]* \s+ ){{0,3}}? [a-z][\w-]*s ) \b (?P<rest> [^,;:]* )""", _FLAGS)
#: The body a later "it" takes up, as the subject opening the sentence: "The agency also released ...", "NOAA said".
_SUBJECT = re.compile(r"""^ \W* (?P<subject> (?: the \s+ )? (?: agency | centre | center | service | office | institute | bureau
    | (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?: of \s+ | and \s+ )? (?-i: [A-Z] ) [\w’'.&-]* ){0,6} ) ) \s+ (?: also \s+ | now \s+ )?
    (?: said | says | released | published | issued | expects | forecasts | predicts | put | puts | sees ) \b""", _FLAGS)
#: "(holding) above 220 euros": a level the verb keeps, a measured claim without a time.
_LEVEL = re.compile(r"\s+(?:above|below|over|under|near|around)\s+[$€£]?\d", re.IGNORECASE)
#: "Most analysts see a divided Congress as the most likely outcome": plural holders of a view, the outcome named.
_SEE_AS_OUTCOME = re.compile(r"""^ \W* (?P<holder> (?: (?: most | many | the | (?-i:[A-Z])[\w’'.&-]* ) \s+ (?: [\w’'.&-]+ \s+ ){0,3}? )?
    (?: analysts | economists | strategists | investors | traders | pollsters | forecasters | observers | experts | markets ) )
    \s+ (?: now \s+ | also \s+ | still \s+ )? see \s+ (?P<object> (?: an? | the ) \s+ [^,;]{3,100}? ) \s+ as \s+ the \s+ (?: most \s+ )? likely
    \s+ (?: outcome | result | scenario | winner | case ) \b""", re.IGNORECASE | re.DOTALL | re.VERBOSE)
_TIMED = re.compile(r"\b(?:by|in|at|before|until|through|over|during|next|this)\b[^.;]{0,40}?\b(?:20\d\d|year|quarter|month|"
                    r"season|summer|winter|spring|autumn|end)\b", re.IGNORECASE)
#: The reporter's context after the claim: ", about 8% above current levels", ", on the back of buybacks".
_PUBLICATION_OF = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+){0,3}(?:projections|forecasts|outlook|report|bulletin)$", re.IGNORECASE)
_CONTEXT = re.compile(r",\s+(?:on\s+the\s+back|as|while|with|which|after|because|thanks|driven|helped|citing|implying)\b.*$"
                      # ", a little above the Department", ", well short of the target": a comparison the reporter adds
                      r"|,\s+(?:a\s+(?:little|bit|touch|shade)\s+|slightly\s+|well\s+|just\s+|somewhat\s+|marginally\s+|broadly\s+)?"
                      r"(?:above|below|higher\s+than|lower\s+than|ahead\s+of|short\s+of|in\s+line\s+with|up\s+from|down\s+from)\b.*$"
                      r"|,\s+(?:about|around|roughly|some|or)\s+[$€£]?\d[^,]*(?:above|below|higher|lower|up|down)\b[^,]*", re.IGNORECASE)


#: 'one official called a fresh borrowing deal at this summit "highly unlikely"': a speaker's estimate of an event,
#: the phrase (often quoted) ending the sentence.
_CALLED = re.compile(r"""(?: ^ \W* (?: [^,"“”]{3,60} , \s+ )? | [—–:] \s+ | ; \s+ )
    (?P<speaker> (?: one | a | an | the | two | three | several | another ) \s+ (?: [\w-]+ \s+ ){0,3}? (?: officials? | diplomats?
        | ministers? | analysts? | economists? | sources? | aides? | negotiators? | advisers? | strategists? | insiders? )
      | (?-i: [A-Z] ) [\w’'.-]+ (?: \s+ (?-i: [A-Z] ) [\w’'.-]+ ){1,3} )
    \s+ (?: called | call | calls | described | describes | termed | deemed | judged | rated ) \s+
    (?P<object> (?: a | an | any | another | further | new | fresh ) \s+ [^"“”;]{3,120}? ) \s+ (?: as \s+ )? [“"]?
    (?P<phrase> (?: highly | very | extremely )? \s* (?: unlikely | likely | improbable | probable ) | almost \s+ certain ) [.,!]? [”"]? [.!]? \s* $""",
                     _FLAGS)


def reported_view(text: str) -> Judgement | None:
    """The level or count a named holder is reported as seeing or forecasting in ``text``, kept as theirs, or None."""
    if ("called " in text or "described " in text or "termed " in text or "deemed " in text or "call " in text
            or "calls " in text or "rated " in text or "judged " in text) and (match := _CALLED.search(text)):
        phrase = " ".join(match.group("phrase").lower().split())
        return Judgement(text, f"there will be {match.group('object')}", phrase, phrase, False, speaker=_tidy(match.group("speaker")),
                         notes=(f'reported estimate: "{match.group(0).split()[1]} ... {phrase}", the speaker\'s',))
    if " see " in text and (outcome := _SEE_AS_OUTCOME.match(text.strip().rstrip("."))):
        # "Most analysts see a divided Congress as the most likely outcome": the holders' likeliest outcome
        return Judgement(text, f"there will be {outcome.group('object')}", "likely", "see ... most likely", False,
                         speaker=_tidy(outcome.group("holder")), notes=('reported view: the outcome the holders see as likeliest',))
    if " see " in text and (own := _QUOTED_WE_SEE.match(text)) and (said := _SAID_AFTER_QUOTE.search(text, own.end())):
        # '"..., and we see the terminal rate at 1.5 percent by the end of 2027," said Mari Iwasaki': the quoted
        # speaker's own "we see", theirs
        text_ = f"Holder sees {text[own.end():said.start()]}"
        if (match := _SEES.match(text_)) and (found := _seen(text_, match, said.group("name") or said.group("before"))):
            return replace(found, clause=text)
    if " sees " in text and (headline := _SECOND_PREDICATE.match(text)):
        text_ = f"{headline.group('holder')} sees {text[headline.end():]}"
        if (match := _SEES.match(text_)) and (found := _seen(text_, match, headline.group("holder"))):
            return replace(found, clause=text)  # "BOK holds rate at 2.25 pct, sees growth slowing to 1.7 pct next year"
    if " sees " in text or (" see " in text and (match := _SEES.match(text))) or " projections have " in text \
            or " forecasts have " in text:
        if (match := _SEES.match(text)) and not re.match(r"(?:some|many|several|other|few)\b", match.group("holder"), re.I) \
                and (match.group("sees") == "sees" or _PLURAL.search(match.group("holder"))):
            # "Traders see", "Six of eight brokers polled by the agency see", "All the forecasters in the table see":
            # a plural noun heads the holder
            return _seen(text, match, match.group("holder"))
        if (whose := _WHOSE.search(text)) and (match := _SEES.match("Holder sees " + text[whose.end():])):
            return _seen(text, match, whose.group("name"))  # "..., whose team sees": the name before it holds the view
    if ("forecasts " in text or "predicts " in text or "projects " in text or "expects " in text) \
            and (match := _COUNT.search(text)):
        holder = match.group("holder")
        if holder.lower() in ("we", "our") or match.group("noun").lower() in ("years", "months", "weeks", "days", "times"):
            return None
        rest = _CONTEXT.sub("", match.group("rest")).rstrip(" .")
        statement = f"there will be {match.group('count')} {match.group('noun')}{rest}"
        if holder.lower() == "it":  # "The agency released its outlook: ..., where it predicts": the clause's subject
            subject = _SUBJECT.match(text[:match.start()])
            holder = subject.group("subject") if subject else None
        speaker = _tidy(holder) if holder else None
        return Judgement(text, statement, "will", match.group("verb"), False, speaker=speaker,
                         notes=(f'reported forecast: "{match.group("verb")}" a count, read as "is expected to"',),
                         reads_as=central_projection("expected"))
    return None


_AS_ROLE = re.compile(r"\bas\s+an?\s", re.IGNORECASE)
_PLURAL = re.compile(r"(?-i:[a-z]){2,}(?<!s)s\b(?!['’])")
#: "sees X ending the year above 3,300", "closing the quarter below 90": the period's end is the time, its level the measure.
_CLOSING = re.compile(r"^\s+(?:the|this|next)\s+(?:year|quarter|month|season|week)\s+(?:above|below|over|under|at|near|around)\s+[$€£]?\d",
                      re.IGNORECASE)


def _seen(text: str, match: re.Match, holder: str) -> Judgement | None:
    if match.group("at"):
        after = _CONTEXT.sub("", match.group("after")).rstrip(" .")
        statement = f"{match.group('object')} will be {match.group('at')} {match.group('level')}{after}"
        adverb = ""
    else:
        tail = _CONTEXT.sub("", match.group("tail")).rstrip(" .")
        if not (re.search(r"\d", tail) and (_TIMED.search(tail) or _LEVEL.match(tail) or _CLOSING.match(tail))):
            return None  # "sees the West tiring", "sees prices rising": nothing measured by a time
        if _AS_ROLE.search(tail):
            return None  # "residents see the plant closing in 2027 as a threat": a judgement of worth, no forecast
        adverb = " ".join((match.group("adverb") or "").lower().split())
        statement = f"{match.group('object')} will {base_form(match.group('verb'))}{tail}"
    if (owner := _PUBLICATION_OF.match(" ".join(holder.split()))):
        holder = owner.group("owner")  # "the Bank's own May projections have X falling": the body whose projections they are
    return Judgement(text, statement, adverb or "will", f"sees{' ... ' + adverb if adverb else ''}", False,
                     speaker=_tidy(holder), notes=('reported view: the holder\'s "sees", read as "is expected to"',),
                     reads_as=None if adverb else central_projection("expected"))


def _tidy(holder: str) -> str:
    holder = " ".join(holder.split()).rstrip(",")
    return holder[:1].lower() + holder[1:] if re.match(r"(?:The|A|An)\s", holder) else holder
