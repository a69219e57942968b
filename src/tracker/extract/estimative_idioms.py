"""Estimative idioms no scale lists, read after the other constructions find none.

- the odds as a predicate idiom: "X now looks out of reach" (unlikely), "X is roughly a coin flip / a toss-up"
  (about even). ("X are favoured to win" is left to pointed_numbers, which scores it with a number said after it.)
- "may well" before a verb: "debt interest may well crowd out other spending" (a realistic possibility; a bare
  "may" is too often permission or capability to read);
- the authors' "we think / believe / reckon" before a claim in the present about a time ahead: "we think central-bank
  buying slows in 2027", "we think 2027 is one of those years" (the "will" left out, as forecasters write).

Each form has a word it cannot do without: a substring test spares most clauses its pattern.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE

#: "Full absorption before the deadline now looks out of reach": the event out of reach (not "of" / "for" a place).
_OUT_OF_REACH = re.compile(r"""^ \W* (?P<subject> (?! (?: it | this | that | which | who | what | they | he | she ) \b ) [^,;:]{3,160}? ) \s+ (?: (?: now | still | already | also ) \s+ )?
    (?: is | are | remains? | looks? | seems? | appears? ) \s+ (?: (?: now | still | already | also | probably | likely ) \s+ )?
    (?P<written> (?: (?: well | almost | all \s+ but | probably | likely ) \s+ )? (?: out \s+ of \s+ reach | beyond \s+ reach ) )
    (?P<after> (?! \s+ (?: of | for ) \b ) [^;]* ) $""", _FLAGS)
#: "A censure motion that brings down the government before the first round is roughly a coin flip".
_COIN_FLIP = re.compile(r"""^ \W* (?P<subject> (?! (?: it | this | that | which | who | what ) \b ) [^;:]{3,200}? ) \s+
    (?: is | are | remains? | looks? | seems? ) \s+ (?: (?: now | still | also | like ) \s+ )?
    (?P<written> (?: (?: roughly | about | basically | essentially | close \s+ to | near | more \s+ or \s+ less | pretty \s+ much ) \s+ )?
        (?: an? \s+ )? (?: coin[\s-](?: flip | toss ) | toss[\s-]?up | fifty[\s-]fifty | 50[/-]50 ) )
    (?P<after> [^;]* ) $""", _FLAGS)
#: A subject that is a level or a balance ("the split between the camps is fifty-fifty") or an open question
#: ("whether he wins is a coin flip": the question the odds answer, which no event names) is no event to draft.
_NO_EVENT = re.compile(r"^\W*(?:whether\b|(?:the|an?)\s+(?:[\w’'-]+\s+){0,2}?(?:split|balance|ratio|mix|share|score|draw|tie)\b)",
                       re.IGNORECASE)
#: "X may well crowd out Y": the subject, "may well" and a verb in the base form.
_MAY_WELL = re.compile(r"""(?: ^ \W* | \b (?: suggests? | suggested | means? | implies | indicates? ) \s+ that \s+ )
    (?P<subject> (?! (?: it | this | that | which | who | what | you | we | i ) \b ) [^,;:]{2,120}? ) \s+ may \s+ well \s+
    (?P<verb> (?! be \s+ (?: right | wrong | true | the \s+ case ) \b ) (?! have \s+ \w+ed \b ) [a-z]+ ) (?P<rest> \b [^;]* ) $""", _FLAGS)

#: "Grid constraints could delay up to a third of the reinforcements": "could" with a ceiling on a quantity estimates
#: how far an outcome may go (a bare "could" is too often capability or permission to read).
_COULD_UP_TO = re.compile(r"""^ \W* (?P<subject> (?! (?: it | this | that | these | those | which | who | what | you | we | i | they | he | she ) \b )
        [^,;:]{2,120}? ) \s+ could \s+ (?: well \s+ | also \s+ | still \s+ )? (?P<verb> (?! be \b | have \b ) [a-z]{3,} )
    \s+ (?P<rest> (?: (?! up \b | as \b ) [\w’'-]+ \s+ ){0,3} (?: by \s+ )? (?: up \s+ to | as \s+ (?: much | many ) \s+ as ) \s+ [^;]+ ) $""", _FLAGS)
#: "Total costs could exceed $31 billion", "X could lower the threshold for Y over the coming year": a bare "could"
#: that names a possibility, not a capacity: a verb passing a threshold with a figure after it, or a change with a
#: time ahead. Not "the plant could produce 5 GW" (a capacity: no threshold, no change), nor "could, if X, ...".
_COULD_BARE = re.compile(r"""^ \W* (?P<subject> (?! (?: it | this | that | these | those | which | who | what | you | we | i | they | he | she | there ) \b )
        # a list may hold commas ("propaganda in German, Chechen and Dari"); a clause in it has a finite verb, refused below
        [^;:]{2,160}? ) \s+ could \s+ (?: well \s+ | also \s+ | eventually \s+ | ultimately \s+ )?
    (?P<verb> (?P<threshold> exceed | top | surpass | pass | breach | overtake | double | triple | reach | hit
        | (?: climb | rise | jump | soar | fall | drop | sink | slip | dip ) \s+ (?: above | below | beyond | past | under | over ) )
      | lower | raise | increase | decrease | reduce | cut | lift | worsen | deepen | weaken | strengthen | slow
      | accelerate | fall | rise | drop | climb | decline | shrink | grow | collapse | trigger | spark | push | delay
      | derail | disrupt | destabili[sz]e | undermine | escalate | spread | intensify | erode )
    \b (?P<rest> [^;]* ) $""", _FLAGS)
#: A figure after a threshold verb: "exceed $31 billion", "top 10%", "double to 4 million".
_FIGURE = re.compile(r"^\s+(?:(?:about|around|roughly|some|nearly|almost|well|more\s+than|over|to)\s+)*[$£€]?\d", re.IGNORECASE)
#: "Based on X's analysis of the data, ...": an opening phrase of evidence before the subject, no condition.
_BASED_ON = re.compile(r"^\W*(?:based\s+on|according\s+to|on\s+(?:current|present)\s+\w+|at\s+current\s+\w+)\b[^,]{0,100},\s+",
                       re.IGNORECASE)
#: A condition or a past ability, which make "could" no forecast: "if", "unless", "had", "last year".
_COULD_CONDITION = re.compile(r"\b(?:if|unless|provided|were|had|when|once|in\s+theory|theoretically|said|says|warned|that)\b",
                              re.IGNORECASE)
#: "The Minister told us he was "confident" that the 2030 target would be met": another's confidence, reported.
_SAID_CONFIDENT = re.compile(r"""^ \W* (?P<who> (?: the \s+ )? (?-i:[A-Z])[\w’'.-]* (?: \s+ (?: (?-i:[A-Z])[\w’'.-]* | of | for | and ) ){0,5}
        | the \s+ [a-z]+ (?: \s+ [a-z]+ )? ) \s+
    (?: said | told \s+ (?: us | the \s+ \w+ | reporters | parliament | (?-i:[A-Z])\w+ ) | added | insisted | stated | declared ) \s+ (?: that \s+ )?
    (?: he | she | they | it ) \s+ (?: was | were | remained | felt ) \s+ ["“'‘]? (?P<degree> (?: very | fully | quietly | increasingly | entirely | absolutely ) \s+ )?
    confident ["”'’]? \s+ that \s+ (?P<subject> [^,;]{2,120}? ) \s+ (?P<modal> would | will ) \s+ (?P<rest> (?! not \b | never \b ) [a-z] [^;]* ) $""", _FLAGS)
#: "and that the Government was on track": a second thing said, after the claim.
_AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\b.*$", re.IGNORECASE | re.DOTALL)
#: "We think X slows in 2027": the authors' own view, then a clause in the present.
_WE_THINK = re.compile(r"""^ \W* (?: [^,]{0,40} , \s+ )? (?: we | i ) \s+ (?: still \s+ | also \s+ | now \s+ )?
    (?P<verb> think | believe | reckon | suspect ) \s+ (?: that \s+ )? (?P<claim> [^;]+ ) $""", _FLAGS)
#: A present verb after its subject: "central-bank buying, which drove most of the rally, slows in 2027".
_PRESENT = re.compile(r"""^ (?P<subject> (?! (?: it | this | that | there | they | he | she | we | you | i ) \b ) [^;]{2,120}? ) \s+
    (?P<verb> [a-z]{3,}s ) \b (?P<rest> [^;]* ) $""", _FLAGS)
#: "We think 2027 is one of those years": a time ahead as the subject of a present copula.
_YEAR_IS = re.compile(r"""^ (?P<subject> (?: 20\d\d | next \s+ year | the \s+ coming \s+ (?: year | decade ) ) ) \s+ is \s+ (?P<rest> [^;]+ ) $""",
                      _FLAGS)
#: The time ahead that makes a present claim a forecast: a year, "next", "the coming", "through / by / until".
_AHEAD = re.compile(r"""\b(?: in | during | through | throughout | by | until | before | over | from ) \s+ (?: the \s+ )?
        (?: 20\d\d | next | coming | rest \s+ of | end \s+ of | (?: first | second ) \s+ half | summer | winter | autumn | spring )
    | \b next \s+ (?: year | month | quarter | week | decade | spring | summer | autumn | winter )
    | \b (?: this | the \s+ coming ) \s+ (?: year | decade | winter | summer ) \b""", _FLAGS)
#: Present forms that describe, not forecast: a state or a view ("we think X matters", "we think X reflects Y").
_STATIVE = re.compile(r"^(?:matter|reflect|represent|mean|seem|appear|exist|lie|depend|belong|consist|contain|include|"
                      r"indicate|suggest|show|need|want|know|believe|think|remain|lack|hold|own|deserve|explain|"
                      r"look|sound|feel|make|count)s?$", re.IGNORECASE)
#: A subject cannot end in a preposition, a determiner or a modal: the word after it is then a noun.
_NOT_VERB_BEFORE = re.compile(r"\b(?:of|for|in|on|at|by|to|from|with|the|a|an|its|their|our|his|her|and|or|than|as|whose)$", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|are|was|were|has|have|had)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|may|might|must|should|do|does|did|if|when|that|which)\b",
                     re.IGNORECASE)
_PAST_BEFORE = re.compile(r"\b(?:was|were|had|did|last\s+year|ago)\b", re.IGNORECASE)


def estimative_idiom(clause) -> Judgement | None:
    """The judgement of one of the idioms above in ``clause``, or None."""
    text = clause.text
    body = text.strip().rstrip(".")
    lowered = body.lower()
    if "reach" in lowered and (match := _OUT_OF_REACH.match(body)):
        written = " ".join(match.group("written").split())
        return Judgement(text, f"there will be {_lower(match.group('subject'))}{match.group('after')}", "unlikely", written,
                         False, notes=(f'"{written}": read as "unlikely" of the event',))
    if ("coin" in lowered or "toss" in lowered or "fifty" in lowered or "50/50" in lowered or "50-50" in lowered) \
            and (match := _COIN_FLIP.match(body)) and not _NO_EVENT.match(match.group("subject")):
        written = " ".join(match.group("written").split())
        return Judgement(text, f"there will be {_lower(match.group('subject'))}{match.group('after')}", "about even", written,
                         False, notes=(f'"{written}": read as "about even"',))
    # a time ahead is needed: "X may well close the mines, but I put it at 10%" concedes, it does not judge
    if "may well" in lowered and (match := _MAY_WELL.search(body)) and _AHEAD.search(match.group("rest")):
        return Judgement(text, f"{match.group('subject')} will {match.group('verb')}{match.group('rest')}",
                         "realistic possibility", "may well", False, notes=('"may well": read as a realistic possibility',))
    if " could " in lowered and (" up to " in lowered or " as m" in lowered) and (match := _COULD_UP_TO.match(body)) \
            and not _FINITE.search(match.group("subject")) and _AHEAD.search(match.group("rest")):
        # a time ahead is needed: "the new vessels could carry up to 500 passengers" states a capacity
        return Judgement(text, f"{match.group('subject')} will {match.group('verb')} {match.group('rest')}", "could happen",
                         "could", False, notes=('"could" with a ceiling ("up to", "as much as"): read as "could happen"',))
    if " could " in lowered and (judgement := _bare_could(text, body) or _hostile_could(text, body)):
        return judgement
    if (" may " in lowered or " might " in lowered) and (judgement := _may_ahead(text, body)):
        return judgement
    if "confident" in lowered and (match := _SAID_CONFIDENT.match(body)):
        who = match.group("who")
        return Judgement(text, f"{match.group('subject')} will {_AND_THAT.sub('', match.group('rest')).strip()}", "likely",
                         "confident", False, speaker=who, notes=(f'"{who}" said they were "confident": their view, read as "likely"',))
    if (" think " in lowered or " believe " in lowered or " reckon " in lowered or " suspect " in lowered) \
            and (match := _WE_THINK.match(body)):
        return _present_view(text, match)
    return None


def _bare_could(text: str, body: str) -> Judgement | None:
    """"Total costs could exceed $31 billion" as "total costs could happen to exceed ...": a threshold with its figure,
    or a change with a time ahead; None for a capacity, a condition or a past ability."""
    if (opening := _BASED_ON.match(body)) is not None:
        body = body[opening.end():]
    match = _COULD_BARE.match(body)
    if match is None or _COULD_CONDITION.search(match.group("subject")) or _FINITE.search(match.group("subject")) \
            or _COULD_CONDITION.search(match.group("rest")) or _PAST_BEFORE.search(match.group("subject")):
        return None
    rest = match.group("rest")
    if not ((match.group("threshold") and _FIGURE.match(rest)) or _AHEAD.search(rest)):
        return None  # "costs could rise": no threshold, no time: too often a capacity or an aside to read
    return Judgement(text, f"{match.group('subject')} will {' '.join(match.group('verb').split())}{rest}", "could happen",
                     "could", False, notes=('a bare "could" with a threshold or a time ahead: read as "could happen"',))


#: "Lone actors could carry out attacks in X", "a hostile state could target the grid": a hostile act after a bare
#: "could" is a threat assessment's possibility, with or without a time (the document's horizon then holds). Not a
#: weapon's reach ("the missiles could strike targets 300 km away": a capacity, a distance) nor a pronoun's act.
_HOSTILE_COULD = re.compile(r"""^ \W* (?P<subject> (?! (?: it | this | that | these | those | which | who | what | you | we | i | they | he | she | there ) \b )
        [^;:,]{2,120}? ) \s+ could \s+ (?: well \s+ | also \s+ | still \s+ | again \s+ )?
    (?P<verb> (?: carry \s+ out | conduct | mount | launch | stage | perpetrate | commit | attempt ) \s+ (?: [\w’'-]+ \s+ ){0,3}?
        (?: (?: terrorist | cyber | armed | violent | further | new | more | lone-actor | retaliatory )[\s-]+ )?
        (?: attacks? | strikes? | raids? | bombings? | assaults? | sabotage | cyberattacks? | acts \s+ of \s+ (?: terrorism | violence | sabotage ) )
      | (?: attack | target | sabotage | assassinate | kidnap | infiltrate ) \s+ (?! \w+ \s+ \d ) )
    (?P<rest> [^;]* ) $""", _FLAGS)
_REACH = re.compile(r"\b(?:km|kilometres?|kilometers?|miles|range|distance|capab|able)\b", re.IGNORECASE)


def _hostile_could(text: str, body: str) -> Judgement | None:
    """"Lone actors could carry out attacks in Japan": a hostile act after a bare "could", read as "could happen"."""
    if "could" not in body or (match := _HOSTILE_COULD.match(body)) is None or _FINITE.search(match.group("subject")) \
            or _COULD_CONDITION.search(match.group("subject")) or _COULD_CONDITION.search(match.group("rest")) \
            or _PAST_BEFORE.search(match.group("subject")) or _REACH.search(body):
        return None
    verb = " ".join(match.group("verb").split())
    return Judgement(text, f"{match.group('subject')} will {verb}{'' if verb.endswith(' ') else ' '}{match.group('rest').strip()}".rstrip(),
                     "could happen", "could", False, notes=('a bare "could" of a hostile act: read as "could happen"',))


#: "Some of that demand destruction may persist through 2027", "freight rates might ease from the spring": a bare "may"
#: or "might" with a change or a persistence and a time ahead is a possibility. Not a permission ("applicants may submit
#: until March": no verb of change) nor a pronoun's or a condition's "may".
_MAY_AHEAD = re.compile(r"""^ \W* (?P<subject> (?! (?: it | this | that | these | those | which | who | what | you | we | i | they | he | she | there ) \b )
        [^;:]{2,140}? ) \s+ (?P<modal> may | might ) \s+ (?: well \s+ | also \s+ | still \s+ | even \s+ | eventually \s+ )?
    (?P<verb> persist | continue | remain | stay | linger | last | recover | rebound | return | resume | lengthen | shorten
      | widen | narrow | ease | tighten | emerge | spread | escalate | intensify | worsen | improve | fade | peak | stabili[sz]e
      | fall | rise | drop | climb | decline | shrink | grow | slow | accelerate | increase | decrease | exceed | reach | double
      | collapse | weaken | strengthen | deepen | spike | surge | slip | dip | edge | overshoot | undershoot | rebound )
    \b (?P<rest> [^;]* ) $""", _FLAGS)


_DEMONSTRATIVE = re.compile(r"(?:^|\b(?:of|all|some|much|part|most))\s+(?:that|this|these|those)\s+(?=[a-z])", re.IGNORECASE)
_INTO = re.compile(r"\b(?:into|beyond|past)\s+(?:the\s+)?(?:20\d\d|next|coming|new\s+year)\b", re.IGNORECASE)


def _may_ahead(text: str, body: str) -> Judgement | None:
    """"X may persist through 2027" read as "X could happen to persist through 2027"."""
    if (match := _MAY_AHEAD.match(body)) is None:
        return None
    subject = _DEMONSTRATIVE.sub(" ", match.group("subject"))  # "some of that demand": a determiner, no clause
    if _FINITE.search(subject) or _COULD_CONDITION.search(subject) or _COULD_CONDITION.search(match.group("rest")) \
            or _PAST_BEFORE.search(subject) or not (_AHEAD.search(match.group("rest")) or _INTO.search(match.group("rest"))):
        return None
    modal = match.group("modal").lower()
    return Judgement(text, f"{match.group('subject')} will {match.group('verb')}{match.group('rest')}", "could happen",
                     modal, False, notes=(f'a bare "{modal}" with a change and a time ahead: read as "could happen"',))


def _present_view(text: str, match: re.Match) -> Judgement | None:
    """"X will slow in 2027" from "we think X slows in 2027", when the claim is in the present about a time ahead."""
    claim = match.group("claim").strip()
    written = f"we {match.group('verb').lower()}"
    if year := _YEAR_IS.match(claim):
        rest = _TRAILING.sub("", year.group("rest"))
        if _MODAL.search(rest):
            return None
        return Judgement(text, f"{year.group('subject')} will be {rest}", "likely", written, False,
                         notes=(f'"{written}" before a time ahead in the present: read as "likely"',))
    present = _PRESENT.match(claim)
    if present is None:
        return None
    verb, subject, rest = present.group("verb"), present.group("subject"), _TRAILING.sub("", present.group("rest"))
    if _MODAL.search(subject) or _MODAL.search(rest) or not _AHEAD.search(rest) or _PAST_BEFORE.search(rest):
        return None  # a modal or a phrase of its own is the grammar's; a present with no time ahead describes
    if _STATIVE.match(verb) or verb.lower().endswith(("ss", "us", "is", "ous")) or _NOT_VERB_BEFORE.search(subject) \
            or _COPULA.search(rest):
        return None  # "the outlook for prices in 2027 is weak": "prices" a noun, the verb later
    base = verb[:-2] if verb.lower().endswith(("shes", "ches", "xes", "sses")) else verb[:-1]
    return Judgement(text, f"{subject} will {base}{rest}", "likely", written, False,
                     notes=(f'"{written}" before a claim in the present about a time ahead: read as "likely"',))


#: A clause joined on after the claim: "..., which is why conviction is low", "..., and we would use the drawdown".
_TRAILING = re.compile(r",\s+(?:and|but|so|which|while|though|although|whereas)\b.*$", re.IGNORECASE | re.DOTALL)
_MODAL = re.compile(r"\b(?:will|would|won['’]t|shall|may|might|could|can|should|must|going\s+to|likely|unlikely|probably)\b",
                    re.IGNORECASE)


def _lower(subject: str) -> str:
    """"A blockade" as "a blockade" after "there will be"; a name keeps its capital."""
    first = subject.split()[0]
    return subject[0].lower() + subject[1:] if first.lower() in ("a", "an", "the", "any", "no", "full", "further") else subject
