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
from dataclasses import replace

from tracker.extract.expectation import central_projection
from tracker.extract.expectation_holders import (_ATTRIBUTED, _FEW, _FORECASTERS, _INSTITUTION, _MOST, _OWN, _PARTICIPLE,
                                                 _PERSON, _POLLED, _POOLED, _PUBLICATION, _named, _speaker, _tidy_speaker)
from tracker.extract.expectation_measures import (_AHEAD_YEAR, _AT_LEVEL, _BARE_MEASURE, _COMING, _COMPARED, _COUNT_TIME,
                                                  _COUNTED, _DATED_MEASURE, _IN_PAST_YEAR, _IN_PUBLICATION, _NOT_COUNTED,
                                                  _NOUN_FIGURE, _PERIOD_FIRST, _TO_SEE)
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
    (?P<opening> (?: [^,]{3,160} , \s+ ){1,2} (?: (?: and | but | while | yet ) \s+ )?
        # "Anna Berg of the operator told us that the operator expects": the source who relays the holder's view
        # (or without "that" before a pronoun: "National Grid told us it expects", "Four of the brokers said they expected");
        # "A survey of 14 economists found that most expect": a finding's holders
        # (after a clause of fact: "Prices rose 20%, and the association said it expects"; with "that" left out before
        # the holder's article: "Rossi said the government expects")
        | (?: [^,;]{3,160} , \s+ (?: and | but | while | yet ) \s+ )?
          (?P<teller> [^,;]{3,80}? ) \b (?: told \s+ [\w-]+ | said | says )
          # "told a parliamentary hearing on Tuesday that": whom and when told, before the "that"
          (?: (?: \s+ (?! that \b ) [\w’'-]+ ){0,6}? \s+ that \s+ | \s+ (?= (?: it | they | he | she | the ) \s ) )
        | [^,;]{3,80}? \b (?: found | finds | showed | shows ) \s+ that \s+ )?
    # (a pronoun after "said that" / "told us that" is the teller: "The department told us that it expects")
    (?P<holder> (?! (?<= \bthat\s ) (?<! \bsaid \s that \s ) (?<! \bsays \s that \s ) (?<! \bus \s that \s ) (?<! \bme \s that \s )
        (?: it | they | he | she ) \s | (?<! \btold \s us \s ) (?<! \btold \s me \s ) (?<! \bsaid \s ) (?<! \bsays \s )
        (?<! \bsaid \s that \s ) (?<! \bsays \s that \s ) (?<! \bus \s that \s ) (?<! \bme \s that \s ) it \b | (?: this | that | there | these | those | what | which | as | if | when | while | than | who
        | in | on | at | for | by | with | from | after | before | under | during ) \b | (?-i: [a-z]+ ed \b ) )
        (?: [\w’'.&-]+ (?: \s+ (?! (?: do | does | did | don['’]t | doesn['’]t | now | also | still | broadly | generally
        | widely | had | have | has | is | are | was | were | said | says | told | saying | that | who | which | it ) \b )
        (?: [\w’'.&-]+ | \( (?-i: [A-Z] ) [\w&.-]{1,9} \) ) ){0,9}?
        # the polled by a participle phrase: "Market participants surveyed by the office in its consultation"
        | (?: [\w’'.&-]+ \s+ ){0,5}? (?: surveyed | polled | questioned | interviewed | asked ) \s+ (?: by | in | for ) \s+
          [^,;]{3,80}? ) )
    # "The Bank, in its June Bulletin, projects"; "The newsletter, an independent one, moved three races and now expects"
    (?P<aside> \s* , \s+ (?! and \b | but \b ) [^,;]{2,80} , | \s* , (?= \s+ (?: expects? | projects? | forecasts? ) \b ) )?
    (?P<second> \s+ (?-i: [a-z] )+ ed \b [^,;:]{2,120}? \s+ and )?
    \s+ (?P<neg> (?: do | does | did ) \s+ not | don['’]t | doesn['’]t | didn['’]t )? \s*
    (?: (?: now | also | still | broadly | generally | mostly | largely | fully | firmly | confidently | currently ) \s+ )?
    (?P<verb> expects? | expected | projects? | projected | forecasts? | predicts? | estimates? )
    \s+ (?! that \b | it \b | so \b | as \s+ (?! (?: much | many ) \s+ as \b ) | more \b | less \b
        # "The Commission's spring forecast expects": the noun "forecast", the verb after it
        | (?: expect | project | predict | forecast | anticipate | see \b | sees \b
            | suggest | show | indicate | imply | point | are | were | have | had | put | vary | differ | range | made
            | published | released | based ) \w* \b | (?: in | on | of | for | from | is | was | and | at | by | with ) \b )
    (?P<claim> [^;]+ )""", _FLAGS)
#: Object + infinitive: "growth to slow to 1.2% next year"; "to" before a determiner or a number is a preposition.
_OBJECT_TO = re.compile(r"^(?P<object>(?:(?:[\w’'.%&/-]|,(?=\d)|\((?=[\w /-]{2,20}\))|(?<=\w)\))+\s+){0,8}?(?:[\w’'.%&/-]|\((?=[\w /-]{2,20}\))|(?<=\w)\))+)\s+to\s+"
                        r"(?P<rest>(?!the\b|a\b|an\b|its\b|their\b|this\b|that\b|\d|be\s+\w+ed\s+by\b)[a-z][^;]*)$", re.DOTALL)
#: An event named by a short noun phrase ending the clause: "a sell-off", "a breakthrough at the talks".
_EVENT = re.compile(r"^(?P<event>(?:an?|any|much|further|more|another)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                    r"(?P<rest>(?:\s+(?:at|in|on|from|before|by|this|next|until|over)\b[^,;]{0,60})?)\s*[.!]?\s*$", re.IGNORECASE)
#: "... - that's their forecast, not ours": the authors disown it.
_DISOWNED = re.compile(r"\b(?:their|his|her|its)\s+(?:forecast|view|projection|estimate|expectation)s?,?\s+not\s+(?:ours|mine)\b",
                       re.IGNORECASE)
#: "to slow to 1.2% from 1.8% in 2026": the figure it moves from is the past, no part of the claim or its time.
_FROM_FIGURE = re.compile(r"(?<=\d)(?P<kept>[^;]*?)\s+from\s+(?:an?\s+)?(?:estimated\s+)?[$€£]?\d[\d.,]*\s*(?:%|per\s+cent)?"
                          r"(?:\s+(?:in|this|last)\s+[\w-]+)?(?=[\s,.;]|$)", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:they|he|she)$", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
_SPAN = re.compile(r"\b(?:19|20)\d\d\b|\b(?:next|past|coming|within|over|for|in)\s+(?:the\s+)?(?:next\s+|coming\s+)?\d+\s+"
                   r"(?:years?|months?|weeks?|days?|quarters?)\b", re.IGNORECASE)
_TREND = re.compile(r"^(?:\w+ly\s+)?(?:stay|remain|rise|fall|grow|increase|decrease|decline|drop|continue|reach|exceed|slow|ease|"
                    r"reduce|expand|contract|shrink|improve|deteriorate|worsen|persist|stand\s+pat|stay\s+put|sit\s+tight|"
                    r"accelerate|peak|recover|weaken|strengthen|double|halve|cut|raise|hike|lower|end|hold|keep|win|lose|"
                    r"change|collapse|return|"
                    # a trend in intensity: "expects operations to intensify", "attacks to escalate"
                    r"intensify|escalate|spread|deepen|widen|broaden|narrow|tighten|loosen|soften|moderate|stabili[sz]e|"
                    r"surge|jump|climb|rebound|pick\s+up|level\s+off|outpace|overtake|trade)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:(?:in|by|during|before)\s+the\s+(?:[\w-]+\s+){1,2}of\s+20\d\d\b|next\s+(?:year|month|quarter|week)|this\s+(?:year|quarter|month|autumn|winter|spring|summer)|"
                    r"by\s+(?:the\s+end\s+of\s+)?(?:mid-?)?(?:20\d\d|next)|in\s+20\d\d|before\s+|until\s+|over\s+the\s+next|"
                    r"in\s+the\s+coming|(?:during|through|throughout)\s+(?:the\s+)?20\d\d\b|"
                    # "through the first quarter", "until the second half": a part of the year still ahead
                    r"(?:in|by|through|until|during|before)\s+the\s+(?:first|second|third|fourth)\s+(?:quarter|half)\b|(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December)\b)", re.IGNORECASE)
#: "The regulator expects firms to submit plans by June": what a body requires of those its rules bind, no forecast.
_REQUIRED = re.compile(r"^(?:submit|comply|provide|publish|ensure|implement|adopt|notify|respond|apply|maintain|demonstrate|"
                       r"prepare|set\s+out|follow|address|engage|put\s+in\s+place|update|register|disclose|develop|complete|"
                       r"produce|report|review|consider|take|have|be\s+able|use|meet|treat|act|cooperate|share|explain|"
                       r"identify|assess|manage|monitor|test|document|communicate|inform|contact|show)\b", re.IGNORECASE)
_ADDRESSEES = re.compile(r"^(?:all\s+|the\s+|relevant\s+|regulated\s+|its\s+)*(?:[\w-]+\s+)?(?:firms|companies|banks|lenders|"
                         r"insurers|providers|operators|undertakers|licensees|members|applicants|institutions|authorities|"
                         r"councils|schools|employers|suppliers|participants|issuers|trustees|landlords|businesses|entities|"
                         r"boards|managers|staff|departments|agencies|bodies|organisations|organizations)\b", re.IGNORECASE)
#: An opening adverbial of time, set off by a comma, that dates what follows: "In the run-up to the elections due in 2027,",
#: "Ahead of the 2027 summit,", "Over the next five years,", "By 2030," (not "In 2024," alone: a time already past, perhaps).
_OPENING_TIME = re.compile(r"^\W*(?P<when>(?:in\s+the\s+(?:run-up|lead-up|build-up)\s+to|ahead\s+of|in\s+advance\s+of|by|before|"
                           r"over\s+the\s+(?:next|coming)|in\s+the\s+(?:next|coming))\b[^,]{2,120}?(?:\b20\d\d\b|\b(?:years?|months?|"
                           r"quarters?|weeks?|decade)\b)[^,]{0,40}?),\s+$", re.IGNORECASE)
#: A time stated before the holder: "In the longer term, the GISS expects", "Next year, Goldman expects".
_TERM = re.compile(r"\b(?:long|longer|medium|short|near)[- ]term\b|\b(?:coming|next\s+(?:few\s+)?)(?:years|months|decade)\b",
                   re.IGNORECASE)
_RECALLED = re.compile(r"\b(?:had|as|than|was|were|been|be|being|is|are|widely|originally|once)\s+$", re.IGNORECASE)
#: The verbs this reader reads: a cheap test before the pattern.
_VERB_WORD = re.compile(r"\b(?:expect|project|forecast|predict|estimate)(?:s|ed)?\b", re.IGNORECASE)
#: "expect to secure cuts of at least 10%": the holders' own outcome (not "to be": "expect to be hit", a worry).
_OWN_OUTCOME = re.compile(r"^to\s+(?P<rest>(?!be\b|see\b|have\b|hear\b)[a-z]+\b[^;]*)$", re.IGNORECASE)
#: "some producers to sell", "many households to cut back", "more firms to fail": a part of a population, others.
_SOME_OF_OTHERS = re.compile(r"(?:some|many|most|more|fewer|several|a\s+number\s+of|a\s+few)\s+(?:[\w-]+\s+)?[\w-]+s\s+to\s+[a-z]",
                             re.IGNORECASE)


#: The absolute clause "..., with few expecting Tokyo to intervene before the Fed's meeting", "with most economists
#: expecting two cuts": the holders and their expectation, read as "few expect X to" is.
_WITH_EXPECTING = re.compile(r"""(?: ^ \W* | , \s+ | \b and \s+ ) with \s+ (?P<holder> (?: (?: very \s+ )? few | many | most | nobody | no \s+ one
    | hardly \s+ anyone ) (?: \s+ (?: [\w-]+ \s+ )? (?: analysts | economists | strategists | traders | investors | forecasters | observers
    | participants | dealers | brokers ) )? ) \s+ (?: now \s+ | still \s+ )? expecting \s+ (?P<claim> [^;]+ ) $""", re.IGNORECASE | re.VERBOSE)


def reported_expectation(text: str) -> Judgement | None:
    """The expectation ``text`` attributes to someone other than the authors, kept as theirs, or None."""
    if "expecting" in text and (absolute := _WITH_EXPECTING.search(text)):
        verb = "expects" if absolute.group("holder").lower() in ("nobody", "no one", "hardly anyone") else "expect"
        if re.match(r"(?:him|her|them|it|us|me)\b", absolute.group("claim"), re.IGNORECASE):
            return None  # "with few expecting him to return": a person's act the sentence before names
        found = reported_expectation(f"{absolute.group('holder')} {verb} {absolute.group('claim')}")
        return replace(found, clause=text) if found else None
    if not ("expect" in text or "project" in text or "forecast" in text or "predict" in text or "estimate" in text) \
            or not _VERB_WORD.search(text) or (match := _EXPECTS.search(text)) is None or ("not" in text and _DISOWNED.search(text)):
        return None
    holder = " ".join(match.group("holder").split())
    verb = match.group("verb").lower()
    past = verb in ("expected", "projected")
    if _RECALLED.search(text[:match.start("verb")]) or past and match.group("neg"):
        return None  # "as analysts had expected", "than expected", "is expected": not a forecast made here
    if not verb.startswith("expect") and (match.group("neg") or _PUBLICATION.search(holder) or _OWN.match(holder) or _PRONOUN.match(holder)
                                         or holder.lower() in ("it", "i")):
        return None  # "we project X to": the grammar's; "does not forecast": no projection stated
    raw = match.group("claim").strip()
    # ", DBV president Anna Berg told reporters", '," said Dana Berg', ", a spokeswoman said": who said it
    attributed = _ATTRIBUTED.search(raw)
    if attributed:
        raw = raw[:attributed.start()]
    # ", with the largest firms contributing less", ", Whitfield wrote in a note": the reporter's context and source;
    # "before cutting in March": a second step with its own time
    claim = re.sub(r"(?<!\bmuch)(?<!\bmany)\s+as\s+(?!(?:much|many|high|low|early|late|soon)\b).*$|,\s+(?:and|but|while|which|after|as|with|compared|"
                   r"down|up|only|slightly|well|its|their|because|since|given|arguing|saying|noting|warning|adding|pointing|relying|reflecting|driven|helped|fuell?ed|boosted|weighed|citing|amid|raising|bringing|taking|lifting|pushing)\b.*$"
                   # "DESNZ expects X to reach 45 GW by 2030 and considers this achievable": the holder's second predicate
                   r"|\s+and\s+(?:considers|believes|says|thinks|regards|judges|calls|describes|warns|notes|adds|sees|"
                   r"argues|insists|plans|intends|aims|wants|hopes)\b.*$"
                   r"|\s+before\s+[a-z]+ing\b.*$|,\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}\s+(?:said|says|wrote|writes|told)\b.*$",
                   "", raw.rstrip(".”\"'’ ,"), flags=re.IGNORECASE)
    negated = bool(match.group("neg")) or bool(_FEW.match(holder))
    opening = match.group("opening") or ""
    quoted_own = bool(_OWN.match(holder)) and attributed is not None and attributed.group("quote") is not None
    speaker = _speaker(holder, opening)
    if re.match(r"one\s+of\b", holder, re.IGNORECASE) and (named := re.fullmatch(r"\W*(?P<name>(?-i:[A-Z])[^,]{1,60}),\s+", opening)):
        speaker = named.group("name")  # "Harbour & Co, one of the largest advisers, expects": the name the apposition follows
    teller = " ".join((match.group("teller") or "").split())
    relayed = bool(teller) and holder.lower() in ("it", "they", "he", "she")
    if relayed:
        # "National Grid told us it expects", "Four of the brokers polled said they expected": the pronoun is the teller;
        # only a measured claim ("Allied officials told us they expect the brigade to reach full strength by 2026" is
        # their own side's plan, relayed)
        if not _FIGURE.search(_SPAN.sub("", claim)) and not (_SOME_OF_OTHERS.match(claim) and _AHEAD.search(claim)):
            # (unless a timed forecast of how some of a population will act: "the association said it expects some
            # growers to sell early this winter", others' behaviour, no plan of the teller's)
            return None
        speaker = _tidy_speaker(teller)
    who = (attributed.group("before") or attributed.group("after") or "") if attributed else ""
    if who.strip() and (quoted_own or _PRONOUN.match(holder) or re.search(r"\b(?-i:[A-Z])", who)):
        speaker = _tidy_speaker(who)  # the person the sentence names as saying it
    elif match.group("aside") and (name := _PERSON.fullmatch(match.group("aside").strip(" ,"))):
        speaker = name.group(0)  # "The project's director, Anna Berg, expects": the person named in apposition
    elif _PUBLICATION.search(holder) and (owner := re.match(r"(?:the\s+)?(?P<owner>.+?)['’]s?\s", holder, re.IGNORECASE)):
        speaker = _tidy_speaker(owner.group(0)[:-1].rstrip("’'s") if owner.group(0).lower().startswith("the ") else owner.group("owner"))  # "The Bank's May Report projected": the body whose report it is
    if match.group("second") and re.match(r"(?:a|an)\s", holder) and re.match(r"(?:the\s+)?(?-i:[A-Z])[^,]*,\s*$", opening,
                                                                              re.IGNORECASE):
        speaker = _tidy_speaker(opening)  # "The Report, a newsletter, moved three races and now expects": the name first
    if speaker is None:
        return None
    if claim.lower().startswith("to ") and (own := _OWN_OUTCOME.match(claim)):
        # "Two-thirds of the shippers surveyed expect to secure cuts of at least 10% in January", "the operator expects to
        # issue offers for 280 GW by 2026": the holders' own outcome, measured and timed (a plan alone is no forecast)
        rest = own.group("rest")
        if negated or quoted_own or _OWN.match(holder) or not (_FIGURE.search(_SPAN.sub("", rest)) and (
                _AHEAD.search(rest) or _TERM.search(rest) or _SPAN.search(rest))):
            return None
        # "the shippers surveyed by the alliance in September": who they are, not when the claim is due
        subject = re.sub(r"\s+(?:by|in|for)\s+.*$", "", holder) if _PARTICIPLE.search(holder) else teller if relayed else holder
        subject = subject[:1].lower() + subject[1:] if re.match(r"(?:The|A|An)\s", subject) else subject
        statement = f"{subject} will {rest}"
    elif (infinitive := _OBJECT_TO.match(claim)) and not claim.lower().startswith("to "):
        if (holder.lower() in ("we", "i") or _OWN.match(holder) and negated) and not quoted_own:
            return None  # the authors' "we expect X to": the grammar's reading, which declined this one
        rest = _FROM_FIGURE.sub(lambda m: m.group("kept"), infinitive.group("rest"), count=1)
        # "as many as 1,200 stores to close": the question asks whether the number is reached (a question opening "as" reads
        # as a clause of comparison, which the question text drops)
        subject = re.sub(r"^as\s+(?:many|much)\s+as\s+(?P<n>[\d.,]+(?:\s+(?:million|billion|thousand))?)", r"\g<n> or more",
                         infinitive.group("object"), flags=re.IGNORECASE)
        statement = f"{subject} will {rest}"
        measured = bool(_FIGURE.search(_SPAN.sub("", rest)))  # "2029", "over the next 12 months": a time, no measure
        timed = bool(_AHEAD.search(rest) or _TERM.search(rest) or _AHEAD.search(opening) or _TERM.search(opening))
        # a poll's respondents, or the people a pronoun takes up, state a forecast the story is about; a bare "Analysts
        # expect X" is the market's talk the authors cite, and counts only denied (a judgement that X will not happen)
        polled = holder[:1].isdigit() or bool(re.search(r"\b(?:respondents?|polled|surveyed)\b", holder, re.IGNORECASE)) \
            or relayed and bool(re.match(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|most|many|half)\s+(?:of|in)\b|.*\b(?:polled|surveyed)\b",
                                         teller, re.IGNORECASE))  # "Four of the six brokers said they expected"
        professional = polled or bool(_PRONOUN.match(holder)) or bool(_FORECASTERS.search(holder)) or quoted_own
        if not professional and (measured or timed or _INSTITUTION.search(holder) and (
                _named(holder) or _TREND.match(rest))):
            # anyone's forecast, measured or timed ("the mission expects X to remain in surplus over the medium term",
            # "Sealytics expects volumes to grow 1.8%"), or an institution's outlook ("the Riksbank expects households to
            # reduce their saving"); a state's wish alone ("Russia expects the pandemic to weaken Western unity") is an
            # actor's belief, which the authors read, no forecast anyone scores
            professional = True
        if past and not ((polled or _POLLED.search(opening)) and (_AHEAD.search(rest) or relayed and measured)) \
                and not (verb == "projected" and _PUBLICATION.search(holder) and timed) \
                and not (_INSTITUTION.search(holder) and _named(holder) and measured and _AHEAD_YEAR.search(rest)
                         and not _IN_PAST_YEAR.match(opening + (match.group("aside") or ""))):
            # (a forecasting body's measured forecast for a year, told in the past of its publication: "The Fund, in its
            # spring review, expected growth to stay below 1% in 2026"; not a recalled one, "In 2023, the Fund expected")
            return None  # "Brazil expected the EU to respect its commitments": a past demand, no poll, no time ahead
        if not (professional or _OWN.match(holder) or _MOST.match(holder) or _FEW.match(holder)):
            return None  # "Moscow (does not) expect(s) the West to tire", "The Agency expects X to double": an actor's or a body's
        if not (measured or _TREND.match(rest) or _AHEAD.search(rest) or negated or _AHEAD.search(opening)
                or _TERM.search(opening) or _TERM.search(rest) or quoted_own):
            return None  # "analysts expect the firm to respond": nothing measured, no time
        if _REQUIRED.match(rest) and (not measured or _ADDRESSEES.match(infinitive.group("object"))):
            return None  # "The regulator expects firms to submit plans by June": a requirement, not a forecast
    elif not negated and (figure := _NOUN_FIGURE.match(claim)) and not _OWN.match(holder) \
            and (not past or verb == "projected" and _IN_PUBLICATION.search(opening) and not _IN_PAST_YEAR.match(opening)) \
            and (re.match(r"(?:an?|another)\s", claim, re.IGNORECASE) or _BARE_MEASURE.match(figure.group("measure"))
                 and (figure.group("rest") and _AHEAD_YEAR.search(figure.group("rest")) or _DATED_MEASURE.match(figure.group("measure")))
                 and (_named(holder) or _POOLED.search(holder) or _INSTITUTION.search(holder))) \
            and not _COMPARED.search(figure.group("measure")):
        # "The authorities expect a surplus of 0.3 percent of GDP this year", "the association forecasts a crop of 3.5
        # million tonnes", "projects growth of 2.1 percent for 2026": a measure and its level, a point forecast
        measure, level = figure.group("measure"), figure.group("level")
        rest = figure.group("rest") or ""
        statement = (f"there will be {measure} of {level}{rest}" if re.match(r"(?:an?|another)\s", measure, re.IGNORECASE)
                     else f"{measure} will be {level}{rest}")
    elif not negated and not _OWN.match(holder) and not past and (counted := _COUNTED.match(claim)) \
            and _COUNT_TIME.search(counted.group("rest")) and counted.group("noun").split()[-1].lower() not in _NOT_COUNTED:
        # "Marlow & Co, an auditor, expects 65 to 75 more listings in the final four months of the year": a count of events
        statement = f"there will be {counted.group('count')} {counted.group('noun')}{counted.group('rest')}"
    elif not negated and not _OWN.match(holder) and not past and not verb.startswith("estimate") and _named(holder) \
            and (level := _AT_LEVEL.match(claim)):
        # (not "estimates X at": "USDA estimates 2026/27 production at 803.7 Mt" states a season's current estimate)
        # "The IMD expects August-September rainfall at 94pc of the LPA": an object at a level, as "sees X at" is read
        thing = level.group("object")
        if (period := _PERIOD_FIRST.match(thing)):
            thing = f"{period.group('measure')} in {period.group('period')}"  # "August-September rainfall": the months it is for
        statement = f"{thing} will be {level.group('how')} {level.group('level')}"
    elif not negated and not past and (seen := _TO_SEE.match(claim)) \
            and (_AHEAD.search(seen.group("what")) or _TERM.search(seen.group("what")) or _COMING.search(seen.group("what"))) \
            and (_named(holder) or _FORECASTERS.search(holder) or _OWN.match(holder)):
        # (the authors' own "we expect to see" too: a publisher naming itself is turned into "we" before this)
        # "The Service expects to see more cases of X in the coming year": what the holder expects there will be
        statement = f"there will be {seen.group('what')}"
    elif negated and holder.lower() != "we" and (event := _EVENT.match(claim)):
        # "I don't expect a sell-off" (a speaker quoted), "few expect a breakthrough"; the authors' "we do not expect
        # any change" is the grammar's to read
        statement = f"there will be {event.group('event')}{event.group('rest')}"
    else:
        return None
    if (when := _OPENING_TIME.match(opening)) and not _AHEAD.search(statement) and not _SPAN.search(statement):
        # "In the run-up to the elections scheduled for 2027, the Service expects X to intensify": the opening's time is
        # the claim's (the question is due with it)
        when = re.sub(r"\b(?:scheduled|due|set|planned|slated)\s+(?:for|in)\s+(?=20\d\d\b)", "in ", when.group("when"))  # "the vote due in 2027"
        statement = f"{statement.rstrip(' .')} {when[:1].lower()}{when[1:]}"
    lead = " ".join(text[match.start("neg") if match.group("neg") else match.start("verb"):match.start("claim")].split())
    notes = ("reported expectation: the holder's forecast, read as \"is expected to\"",)
    if negated:
        notes += (f'negative lead-in "{holder} {lead}": scored at the complement',)
    return Judgement(text, statement, "will", lead, False, notes=notes, complement=negated,
                     speaker=speaker or None, reads_as=central_projection("expected"))
