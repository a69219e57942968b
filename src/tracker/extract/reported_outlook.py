"""Another body's outlook in verbs beyond "expects X to": "The Treasury projects that the balance will fall below $2
billion in 2029", "The agency doubts that the target can be met", "The service anticipates a wave of closures in 2027",
"The group now sees a surplus of 30,000 tonnes this year", "The council has forecast above-normal rainfall for the
coming winter", "Europol does not anticipate a return of X".

Reviews, intelligence reports and news relay what a named body forecasts with many verbs (anticipate, project,
forecast, see, doubt) and many complements (a "that" clause, a noun phrase). It is the holder's forecast, kept with
the holder as source forecaster (the pipeline flags it) and read as a central projection, or at its complement under a
negation; "doubts that" reads as "unlikely". A "that" clause counts only when measured (a figure that is not a year:
"will fall only slightly by 2030" states a direction no one can score as stated); a noun phrase only with a time still
ahead ("anticipates more attempts", no time, is an actor's concern) or a figure.
"""

from __future__ import annotations

import re

from tracker.extract.folding import holds_any
from tracker.extract.expectation import central_projection
from tracker.extract.outlook_idioms import outlook_idiom
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: The holder: a name or a definite noun phrase opening the sentence, never the authors or a bare pronoun; an aside
#: set off by commas (", which brings together producers and consumers,") may follow it.
_HOLDER = r"""^ \W* (?: \d{1,3} (?: \.\d{1,3} )* [.*)\]]* \s+ )? (?: (?: but | and | yet | meanwhile | still ) ,? \s+ )?
    # an adverb of connection set off by a comma: "Separately, Ofgem estimates that", "Elsewhere, the Agency projects"
    (?: (?-i: [A-Z] ) [a-z]+ (?: ly | where | while | over ) , \s+ )?
    (?P<holder> (?! (?: we | i | our | my | it | he | she | they | this | that | these | those | there | what | which | some
        | many | most | few ) \b ) (?: the \s+ )? (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?! (?: does | do | did | has | have | now
        | also | still | anticipate[sd]? | projects? | projected | forecasts? | predicts? | predicted | doubts? | sees? | expect(?:s|ed)? ) \b )
        [\w’'.&()-]+ ){0,8}? )
    (?P<aside> \s* , \s+ [^,;]{2,120} , )? \s+"""
#: "projects that X will ...", "does not anticipate that X will ...", "doubts that X can be met".
_THAT = re.compile(rf"""{_HOLDER} (?P<neg> (?: does | do ) \s+ not \s+ )? (?: (?: now | also | still ) \s+ )?
    (?P<verb> projects | forecasts | predicts | anticipates | expects | doubts | doubt | project | forecast | predict | anticipate | estimates | estimate
        | thinks | reckons
        # the past of reporting, with "will" in the clause: the forecast is still ahead ("The bank projected that exports
        # will expand 9 percent next year"); "projected that X would" is a past view, left
        | projected | predicted | anticipated | estimated )
    # "that" may be left out after a verb of estimating ("The Office estimates the package will lift GDP"; not after
    # "forecasts"/"projects", which are as often nouns: "The Bank's forecasts show prices will")
    \s+ (?: (?P<that> that \s+ ) | (?= (?: the | a | an | [a-z]+s? ) \s ) (?! (?: show | suggest | indicate | imply | point | are | is | were | was | have | has ) \b ) )
    (?P<subject> (?: (?! will\b | can\b | could\b | would\b | that\b ) [\w’'$€£%.,-]+ \s+ ){{1,16}}? )
    (?P<modal> will | can | could ) \s+ (?P<rest> (?! have\b ) [a-z] [^;]+ ) $""", _FLAGS)
#: "NESO's central estimate is that X will", "The Fund's view is that Y will": the holder's forecast named as a noun, read
#: as "estimates that" is (the same groups, for _that_clause).
_ESTIMATE_IS = re.compile(r"""^ \W* (?: (?: but | and | yet | meanwhile | still ) ,? \s+ )? (?: (?-i: [A-Z] ) [a-z]+ (?: ly | where ) , \s+ )?
    (?P<holder> (?! (?: our | my | its | their | his | her ) \b ) (?: the \s+ )? (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?-i: [A-Z] ) [\w’'.&-]* ){0,4}
        | the \s+ (?-i: [a-z] ) [\w-]* (?: \s+ (?-i: [a-z] ) [\w-]* ){0,2} ) ['’] s? \s+   # "the grid operator's"
    (?: (?: central | latest | own | current | best | main | base | updated | revised ) \s+ ){0,2}
    (?P<verb> estimate | forecast | projection | expectation | assessment ) \s+ is \s+ (?P<that> that \s+ ) (?P<neg> (?!) )?
    (?P<subject> (?: (?! will\b | can\b | could\b | would\b | that\b ) [\w’'$€£%.,-]+ \s+ ){1,16}? )
    (?P<modal> will ) \s+ (?P<rest> (?! have\b ) [a-z] [^;]+ ) $""", _FLAGS)
#: "will double by 2028", "will halve": a multiple is a measure, scored as stated.
_MULTIPLE = re.compile(r"^(?:more\s+than\s+|nearly\s+|almost\s+|roughly\s+)?(?:double|triple|treble|quadruple|halve)\b", re.IGNORECASE)
#: "anticipates a wave of retirements in 2027", "now sees a surplus of 30,000 tonnes this year", "has forecast
#: above-normal fire potential for the coming summer": a noun phrase (not a clause: "sees that", "sees it").
_NOUN = re.compile(rf"""{_HOLDER} (?P<neg> (?: does | do ) \s+ not \s+ )? (?: (?: now | also | still | currently ) \s+ )?
    (?P<verb> anticipates | anticipate | sees | see | has \s+ forecast | have \s+ forecast | forecasts | projects | predicts )
    \s+ (?P<claim> (?! that\b | it\b | this\b | no\b | little\b | risks?\b | signs?\b | them\b | him\b | her\b | us\b | as \s+ (?: of | at ) \b
        | the \s+ (?: need | point | value | importance | case ) \b ) [a-z$€£\d] [^;]{{4,}} ) $""", _FLAGS)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:/\d\d)?\b")
_MEASURE = re.compile(r"\d")
#: A time still ahead in the claim: a year, "next year", "this winter", "the coming summer", "by the end of".
_AHEAD = re.compile(r"\b(?:20\d\d|next\s+(?:year|month|quarter|season|decade|\w+\s+years)|this\s+(?:year|quarter|month|season|"
                    r"autumn|winter|spring|summer)|(?:the\s+)?coming\s+(?:\w+\s+)?(?:year|years|months|season|summer|winter|"
                    r"autumn|spring|decade)|by\s+the\s+end\s+of|over\s+the\s+next|in\s+the\s+(?:next|years\s+ahead))\b",
                    re.IGNORECASE)
#: The reporter's comment after the claim: ", down from the 209,000 tonnes it forecast in April", "; only four ...".
#: (", and financial markets price in one more cut": a second clause with its own subject and time, no part of the claim)
_CONTEXT = re.compile(r",\s+(?:down|up|compared|against|according|which|while|as|after|with|from|citing|in\s+line)\b.*$"
                      r"|,\s+and\s+(?!\d)(?=(?:the\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:price|prices|priced|expect|expects|see|sees|"
                      r"are|is|was|were|have|has|will|would|remain|remains|put|puts)\b).*$",
                      re.IGNORECASE | re.DOTALL)
#: A noun phrase with a measure: "sees a surplus of just 30,000 tonnes this year" -> "a surplus of just 30,000 tonnes".
_SEEN_LEVEL = re.compile(r"^(?P<object>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?P<how>averaging|at|near|around|stable\s+at)\s+"
                         r"(?P<level>(?:about\s+|around\s+|roughly\s+|some\s+)?[$€£]?\d[^;]*)$", re.IGNORECASE)
#: "sees a Democratic House as ...", "sees the fall as a sign": a judgement of what something is, not an outlook.
_SEES_AS = re.compile(r"\bas\b", re.IGNORECASE)
#: "world production of 3.4 million tonnes", "a surplus of just 30,000 tonnes": a measure, then its level.
_OF_FIGURE = re.compile(r"^(?P<measure>(?:(?:an?|another)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+of\s+(?:(?:about|around|roughly|"
                        r"some|just|only|nearly|almost|over|under|up\s+to|at\s+least|more\s+than)\s+)?[$€£]?\d", re.IGNORECASE)
_PUBLICATION = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+){0,3}(?:report|bulletin|outlook|forecasts?|projections?|review|"
                          r"update|survey|estimates?)$", re.IGNORECASE)
_PREPOSITION = re.compile(r"(?:on|in|for|at|since|about|with|from|by|of|to|into|over|under|through)\b", re.IGNORECASE)
#: A count opening the claim: "21 million people in Phase 3", "about 40,000 jobs": what will number so many.
_COUNTED = re.compile(r"^(?:(?:about|around|roughly|some|nearly|almost|over|up\s+to|at\s+least|more\s+than)\s+)?\d[\d.,]*"
                      r"(?:\s+(?:million|billion|thousand))?\s+[a-z]", re.IGNORECASE)
#: "a slightly smaller crop", "a larger surplus": compared with a figure elsewhere (as reported_expectation reads it).
#: (nouns ending in "-er" are no comparatives: "core consumer inflation", "producer prices", "power demand")
_COMPARED = re.compile(r"\b(?:(?!(?:consumer|producer|power|water|order|winter|summer|quarter|number|other|border|member|"
                       r"paper|timber|copper|silver|container|lender|retailer|manufacturer|customer|owner|user|buyer|seller|"
                       r"partner|shipper|exporter|importer|refiner|fertili[sz]er|passenger|computer|labour|labor)\b)\w+er|more|less|"
                       r"slightly|somewhat|much)\b", re.IGNORECASE)
#: The verbs _NOUN reads, as words: a cheap test before it.
_NOUN_VERB = re.compile(r"\b(?:anticipates?|sees?|(?:has|have)\s+forecast|forecasts|projects|predicts)\s")
_VERBS = ("anticipat", "project", "forecast", "predict", "doubt", " see", "expects", "estimate", "thinks", "reckons", "expectation",
          "assessment")


#: "X is forecast by its oil office to harvest around 340,000 tonnes": the passive with its agent, the holder named
#: after the verb; "Y is seen stable at about 250,000 tonnes", "Z is seen rising to 4%": the news idiom for "is
#: expected", a measured claim with no holder named. Not "is expected to" alone (the grammar reads that).
_PASSIVE = re.compile(r"""^ \W* (?: (?: but | and | while | whereas ) \s+ )?
    (?P<subject> (?! (?: it | this | that | there | which | who | what | he | she | they | we | i | you ) \b ) (?: [\w’'.&-]+ \s+ ){0,6}? [\w’'.&-]+ )
    (?P<aside> \s* , \s+ [^,;]{2,80} , )? \s+ (?P<be> is | are ) \s+ (?: now \s+ | also \s+ | still \s+ )?
    (?: (?P<verb> forecast | projected | predicted ) \s+ by \s+ (?P<holder> (?: its | their | the | (?-i: [A-Z] ) )
            [^,;]{2,80}? ) \s+ to \s+ (?P<rest> (?! be \s+ \w+ed \b ) [a-z] [^;]+ )
        | seen \s+ (?P<how> (?: stable | steady | unchanged | flat ) \s+ at | at | around | near
            | (?: rising | falling | growing | climbing | dropping | easing | slowing ) (?: \s+ (?: to | by ) )? ) \s+
          # a quantity, not an address or a time of day ("at 10 Downing Street", "at 3 am")
          (?P<level> (?: about \s+ | around \s+ | roughly \s+ | some \s+ | just \s+ )? [$€£]? \d [\d.,]* (?! \s* (?: am | pm | (?-i: [A-Z] ) ) \b ) [^;]* ) ) $""", _FLAGS)
_FOOTNOTE = re.compile(r"\[\^?\w{1,4}\]$")
#: A body that forecasts: initials ("the IMF", "CBO") or an institution's noun ("the central bank", "the Office").
_BODY = re.compile(r"\b(?-i:[A-Z]{2,6})\b|\b(?:bank|agency|commission|office|fund|institute|service|board|authority|council|"
                   r"ministry|department|bureau|centre|center|committee|unit|operator|regulator|treasury)\b", re.IGNORECASE)
#: "will keep growing", "will continue to rise": a direction carried on, which no one can score as stated.
_ONGOING = re.compile(r"(?:keep|continue|remain|stay|carry\s+on)\b", re.IGNORECASE)
#: A date the claim is to happen by: "before the end of 2026", "by mid-2027", "in 2028", "next year".
_DATED = re.compile(r"\b(?:by|before|in|during|until|through)\s+(?:the\s+(?:end|middle|start|first\s+half|second\s+half)\s+of\s+|"
                    r"mid-?|early\s+|late\s+)?(?:20\d\d|next\s+year)\b|\bnext\s+year\b", re.IGNORECASE)
#: A subject that carries the claim's date: "the election cycle of 2028 will be accompanied by ...".
_SUBJECT_DATED = re.compile(r"\b(?:of|in|for)\s+(?:fiscal\s+)?20\d\d\b", re.IGNORECASE)
#: Verbs that may drop "that" as "estimates" does: "Economists at the bank forecast the economy will grow 2%" (the bare
#: form after a plural holder or the past is a verb, where "forecasts"/"projects" are as often nouns).
_BARE_THAT_LESS = frozenset({"forecast", "project", "projected", "predicted", "anticipate", "anticipated", "anticipates"})
#: "The Bank's forecast the ...": a possessive holder makes the word a noun.
_POSSESSIVE = re.compile(r"['’]s?\s|['’]s?$")
_MOVES = {"rising": "rise", "falling": "fall", "growing": "grow", "climbing": "climb", "dropping": "drop",
          "easing": "ease", "slowing": "slow"}


def _passive(text: str, match: re.Match[str]) -> Judgement | None:
    subject = match.group("subject")
    subject = subject[:1].lower() + subject[1:] if re.match(r"(?:The|A|An)\s", subject) else subject
    if match.group("verb"):
        rest = _CONTEXT.sub("", match.group("rest").strip())
        if not _MEASURE.search(_YEARS.sub("", rest)):
            return None  # "is forecast by the board to recover before 2028": nothing measured, a direction
        return Judgement(text, f"{subject} will {rest}", "will", f"{match.group('be')} {match.group('verb')}", False,
                         speaker=_speaker(match.group("holder")), notes=("reported outlook: the holder's forecast",),
                         reads_as=central_projection("expected"))
    how = " ".join(match.group("how").lower().split())
    level = _CONTEXT.sub("", match.group("level").strip())
    move = how.split()[0]
    verb = f"{_MOVES[move]}{how[len(move):]}" if move in _MOVES else f"be {how}"
    return Judgement(text, f"{subject} will {verb} {level}", "will", f"{match.group('be')} seen", False,
                     notes=('"is seen": the news idiom for "is expected", read as a central projection',),
                     reads_as=central_projection("expected"))


def _speaker(holder: str) -> str:
    holder = " ".join(holder.split())
    if (owner := _PUBLICATION.match(holder)):
        holder = owner.group("owner")  # "The agency's latest projection sees": the body whose publication it is
    return holder[:1].lower() + holder[1:] if re.match(r"(?:The|A|An)\s", holder) else holder


def reported_outlook(text: str) -> Judgement | None:
    """The outlook a named holder states in ``text`` with a verb other than "expects X to", kept as theirs, or None."""
    if not holds_any(text, _VERBS):
        # "The agency's outlook calls for X", "The Bank's projection has X dipping": idioms with no verb of outlook
        return outlook_idiom(text) if ("call" in text or "ing " in text or ", who " in text) else None
    body = _FOOTNOTE.sub("", text.strip()).rstrip(".")
    if (" that " in body or " will " in body) and (match := _THAT.search(body)):
        return _that_clause(text, match)
    if " is that " in body and (match := _ESTIMATE_IS.search(body)):
        return _that_clause(text, match)
    if _NOUN_VERB.search(body) and (match := _NOUN.search(body)):
        return _noun_phrase(text, match)
    if ("ed by " in body or "forecast by " in body or " seen " in body) and (match := _PASSIVE.search(body)):
        return _passive(text, match)
    return outlook_idiom(text)


def _that_clause(text: str, match: re.Match[str]) -> Judgement | None:
    verb, negated = match.group("verb").lower(), bool(match.group("neg"))
    if not match.group("that") and not (verb.startswith(("estimat", "think", "reckon", "predict")) or verb in _BARE_THAT_LESS
                                        and not _PREPOSITION.match(match.group("holder")) and not _POSSESSIVE.search(match.group("holder"))):
        return None  # "The Bank's forecasts show prices will": a noun, no verb of estimating without its "that"
    rest = _CONTEXT.sub("", match.group("rest").strip())
    subject = match.group("subject").strip()
    doubt = verb.startswith("doubt")
    modal = match.group("modal").lower()
    if negated or modal != "will" and not doubt:
        return None  # "does not doubt that": the holder's certainty; "projects that X could": a possibility
    if not doubt and not _MEASURE.search(_YEARS.sub("", rest)) and not _MULTIPLE.match(rest) and not (
            verb.startswith(("anticipat", "expect", "estimat")) and _BODY.search(match.group("holder"))
            and (_DATED.search(rest) or _SUBJECT_DATED.search(subject)) and not _ONGOING.match(rest)):
        # (a forecasting body's dated outlook, "The agency anticipates that the bank will cut twice more before the end
        # of 2026", is a forecast though nothing is measured)
        return None  # "projects that China's share will fall only slightly by 2030": a direction, nothing measured
    statement = f"{subject} will {rest}"
    notes = ("reported outlook: the holder's forecast",)
    if doubt:
        return Judgement(text, statement, "unlikely", match.group("verb"), False, speaker=_speaker(match.group("holder")),
                         notes=(*notes, '"doubts that" read as "unlikely"'))
    return Judgement(text, statement, "will", match.group("verb"), False, speaker=_speaker(match.group("holder")),
                     notes=notes, reads_as=central_projection("expected"))


def _noun_phrase(text: str, match: re.Match[str]) -> Judgement | None:
    verb, negated = " ".join(match.group("verb").lower().split()), bool(match.group("neg"))
    claim = _CONTEXT.sub("", match.group("claim").strip())
    measured = bool(_MEASURE.search(_YEARS.sub("", claim)))
    figure = _OF_FIGURE.match(claim)
    if figure:
        claim = claim.split(", ")[0]  # "growth of 2.1 percent for 2026, slightly above staff's": the reporter's comparison
        if _COMPARED.search(figure.group("measure")):
            return None  # "a slightly smaller crop of 18.9 million tons": a change against a figure the context gives
    if _PREPOSITION.match(claim):
        return None  # "has forecast on these questions since 2023": forecasting as an activity, no forecast stated
    counted = bool(_COUNTED.match(claim)) and bool(_AHEAD.search(claim))  # "sees 21 million people in need through 2027"
    if verb in ("forecasts", "projects", "predicts", "sees", "see") and not (figure or _SEEN_LEVEL.match(claim) or counted) \
            or verb in ("sees", "see") and not _SEEN_LEVEL.match(claim) and not ((figure or counted) and _AHEAD.search(claim)):
        # "projects Brent to average" (an infinitive: reported_expectation's), "see or hear something": a noun phrase
        # with a measure and its level, or an object at a level, is the outlook these verbs state
        return None
    if not (_AHEAD.search(claim) or measured or negated):
        return None  # "anticipates more attempts to recruit": no time, no measure, a concern (denied, it is a judgement)
    if verb.startswith("see"):
        if negated or _SEES_AS.search(claim) or not measured:
            return None  # "sees the vote as a test": a view of what it is; "sees growth": nothing measured
        level = _SEEN_LEVEL.match(claim)
        statement = (f"{level.group('object')} will be {'stable at ' if level.group('how').lower() == 'stable at' else ''}"
                     f"{'an average of ' if level.group('how').lower() == 'averaging' else ''}{level.group('level')}"
                     if level else f"there will be {claim}")
    elif figure and not re.match(r"(?:an?|another)\s", claim, re.IGNORECASE):
        # "world production of 3.4 million tonnes in 2026/27": the measure will be its level
        level = re.sub(r"\bfor\s+(?=(?:19|20)\d\d\b)", "in ", claim[figure.end('measure'):].strip()[3:])
        statement = f"{figure.group('measure')} will be {level}"  # "2.1 percent for 2026": the year the level is for
    else:
        statement = f"there will be {claim}"
    notes = ("reported outlook: the holder's forecast",)
    if negated:
        notes += (f'negative lead-in "does not {verb}": scored at the complement',)
    return Judgement(text, statement, "will", verb, False, speaker=_speaker(match.group("holder")), notes=notes,
                     complement=negated, reads_as=central_projection("expected"))
