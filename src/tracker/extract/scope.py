"""Futures that are not forecasts however they are worded: the authors' signposts (read in ``signposts``), and a
plain "will" that describes a body's powers, a need for a purpose, a rule of behaviour, or an agreed arrangement or
contingency plan rather than judging what will happen.
"""

from __future__ import annotations

import re

from tracker.extract.folding import folded
from tracker.extract.schedules import scheduled
from tracker.extract.set_down import set_down
from tracker.extract.stated_plans import stated_plan
from tracker.extract.signposts import signpost  # noqa: F401 (re-exported: judgements, clause_sequences, tests)
from tracker.extract.unclaimed_futures import unclaimed

_FLAGS = re.IGNORECASE | re.DOTALL

#: A description of what a body may do: "ABPA's mandate includes ...", "the council's powers cover ...".
_POWERS = re.compile(r"\b(?:mandate|powers|competences?|remit|jurisdiction|prerogatives?|responsibilities|duties|"
                     r"functions)\s+(?:\w+\s+)?(?:includes?|cover|covers|comprises?|encompass(?:es)?|extends?)\b"
                     r"|\b(?:is|are|will\s+be)\s+(?:empowered|authori[sz]ed|entitled)\s+to\b", _FLAGS)
#: An arrangement or a contingency plan described, not judged: "Under a 2017 agreement, X will buy ...",
#: "In the event of a war, the brigades will be placed under ...", "according to the new law, X will elect".
_ARRANGEMENT = re.compile(r"""
    \b(?: under | according\s+to | in\s+line\s+with | pursuant\s+to | in\s+accordance\s+with )\s+
        (?: the | a | an | its | their | national | government | official )\s+
        (?:[\w’'-]+\s+){0,3}?
        (?: agreements? | treaty | treaties | contracts? | deals? | accords? | constitution | law | laws | decree
          | arrangements? | amendments? | memorandum | doctrine | legislation | provisions? | rules? | regulations?
          # someone's plan or a body's policy: "according to national plans", "in accordance with the dividend policy"
          | plans? | targets | polic(?: y | ies ) | resolutions? | mandate | guidelines | standing\s+orders
          # an automatic adjustment: "will be raised by 2.1% on 1 January under the regular indexation"
          | indexation | index(?: ing | ation )\s+(?: rule | formula | mechanism ) | formula | mechanism | scheme )\b
  | \bas\s+(?: required | mandated | stipulated | provided\s+for )\s+(?: by | under | in )\b
    # a schedule already settled: "will rise to EUR 970 in January, as agreed with the social partners", "as
    # legislated last year", "as laid down in the budget law" ("as agreed by analysts" is a consensus: not matched)
  | ,\s* (?: as | which\s+was | this\s+was )\s+ (?: (?: already | previously | recently | formally )\s+ )?
        (?: agreed | legislated | decreed | enacted | approved | laid\s+down | set\s+out | written\s+into | signed\s+off )
        (?: \s* [.;]? \s* $ | \s+ (?: with | in | under | last | earlier | this | at | between | on | by\s+(?: the\s+ )?
            (?: parliament | government | cabinet | congress | council | legislature | assembly | board | ministers | parties
              | unions | employers | social\s+partners | (?-i: [A-Z]\w+ ) ) ) \b )
  | ^\W*in\s+(?: the\s+event | case )\s+of\s+(?: a | an | the )?\s*
        (?:[\w’'-]+\s+){0,2}?(?: war | conflict | attack | emergency | crisis | invasion | mobili[sz]ation ),
  | \bsubject\s+(?: only\s+ )?to\s+(?: the\s+ )?(?: consultation | approval | consent | ratification )\b
""", re.IGNORECASE | re.VERBOSE)

#: A piece of every word that can start a match of ``_POWERS`` / ``_ARRANGEMENT``: without one, the pattern cannot match.
_POWERS_WORDS = ("mandate", "powers", "competence", "remit", "jurisdiction", "prerogative", "responsibilities", "duties",
                 "functions", "empowered", "authori", "entitled")
_ARRANGEMENT_WORDS = ("under", "accord", "line", "pursuant", "required", "mandated", "stipulated", "provided", "event",
                      "case", "subject")
#: A schedule already settled says one of these after a comma: ", as agreed with ...", ", which was legislated".
_SETTLED_WORDS = (", as ", "which was ", "this was ")
#: A need for a purpose, not an outcome: "In order to stay strong, the USA will have to innovate", "if it is
#: to survive, X will need to ...". Without a purpose, "X will have to cease" forecasts a compulsion.
_REQUIREMENT = re.compile(r"""
    ^(?=.*\b(?: in\s+order\s+to | so\s+as\s+to | (?: is | are )\s+to\s+(?: be\s+)?\w+ ,
              | if\s+[^,]{1,80}\b(?: is | are )\s+to\b | ^to\s+\w+ [^,]{0,80}, ))
    .*\b(?: will | would )\s+ (?: also\s+ | still\s+ | first\s+ )? (?: have | need )\s+to\b
""", re.IGNORECASE | re.VERBOSE | re.DOTALL)
#: A requirement stated without a purpose: "X will have to connect 20 GW", "allies will need to invest". What
#: X will be forced to give up ("will have to cease / close / withdraw") is a compulsion forecast and kept.
_NEED = re.compile(r"""
    \b(?: will | would )\s+ (?: also\s+ | still\s+ | first\s+ | then\s+ )? (?: have | need )\s+ to\s+
    (?! (?: \w+ly\s+ )? (?: cease | stop | close | shut | end | abandon | leave | withdraw | suspend | halt | give\s+up
        | wind\s+down | retreat | exit | quit | default | resign | step\s+down | flee | scrap )\b )
    | \bmust\s+ (?! (?: be\s+ )? expected\b | have\s+been\b )
""", re.IGNORECASE | re.VERBOSE)
_NEEDS = re.compile(r"have\s+to|need\s+to|must", re.IGNORECASE)
#: A pledge restated ("NATO allies agreed to spend 5% by 2035. The UK will meet that commitment."), or a body's own
#: announced work on a document ("The Commission will present a proposal for ... in 2027"): a plan, not a forecast.
#: "X will meet its target" stays a forecast: only a pledge just named ("that", "this", "our") is restated.
_PLEDGE = re.compile(r"""\bwill\s+ (?: \w+ly\s+ )? (?: meet | honou?r | fulfill? | keep | deliver\s+on | stand\s+by | live\s+up\s+to
        | abide\s+by ) \s+ (?: that | this | these | those | our | such ) \s+ (?: \w+\s+ )? (?: commitments? | pledges?
        | promises? | obligations? | undertakings? )\b""", re.IGNORECASE | re.VERBOSE)
_ANNOUNCED = re.compile(r"""\bwill\s+ (?: present | submit | table | unveil | put\s+forward | bring\s+forward | propose | adopt | launch )\s+
        (?: a | an | its | their | the | new )\s+ (?: [\w-]+\s+ ){0,2}? (?: proposals? | strategy | plan | bill | roadmap | package
        | white\s+paper | green\s+paper | legislation | framework | communication | review | consultation )\b""",
                     re.IGNORECASE | re.VERBOSE)
#: A body's standing commitment: "The Government will continue to help firms and workers adjust", "the agency will
#: continue to work closely with partners", "We will continue to engage with industry". Its own ongoing work, stated as
#: policy; what a body will keep doing to the world ("the Fed will continue to raise rates", "inflation will continue
#: to rise") is an outcome (not matched: the verb is no verb of helping or working with others).
_COMMITMENT = re.compile(r"""
    (?: ^ | [,;:] ) \W* (?: (?: the | our | this ) \s+ (?: [\w-]+\s+ ){0,2}? (?: government | ministry | department | agency
        | authority | council | commission | service | office | bureau | administration | regulator | team | unit | board
        | institute | centre | center ) | we | (?-i: [A-Z]{2,6} ) ) \s+ (?: will | shall ) \s+ (?: also\s+ | therefore\s+ )?
    (?: continue | keep\s+on | remain\s+committed ) \s+ (?: to\s+ )? (?: \w+ly\s+ )?
    (?: help | helping | assist | assisting | work | working | engage | engaging | cooperate | co-operate | collaborate
      | partner | strive | endeavou?r | stand\s+by | do\s+ (?: all | everything | its\s+utmost | what ) ) \b""",
                         re.IGNORECASE | re.VERBOSE)
#: An auditor's or analyst's present conclusion denied: "We cannot yet conclude that the scheme is on track to deliver
#: value for money", "it is too early to say whether the reform will work", "the committee is not able to confirm that".
#: A possibility kept open ("we cannot rule out that X will", "cannot exclude") is a judgement: not matched.
_UNCONCLUDED = re.compile(r"""
    (?: ^ | [,;:] ) \W* (?: (?: we | i | it | they | the\s+[\w-]+ (?: \s+[\w-]+ )? ) \s+ (?: cannot | can['’]t | can\s+not
        | could\s+not | couldn['’]t | (?: are | is | am | were | was ) \s+ (?: not | un ) \s* (?: yet\s+ )? able\s+to ) \s+
      | it \s+ (?: is | was | remains ) \s+ (?: too\s+early | too\s+soon | not\s+ (?: yet\s+ )? possible ) \s+ to \s+ )
    (?: yet\s+ | currently\s+ | at\s+this\s+stage\s+ | now\s+ )?
    (?: conclude | confirm | determine | establish | say | judge | tell | be\s+ (?: sure | certain | confident ) ) \s+
    (?: yet\s+ )? (?: that | whether | if ) \b""", re.IGNORECASE | re.VERBOSE)
#: A habit or a rule, not an event: "Generally speaking, a state which ... will respond ...".
_GENERIC = re.compile(r"^(?:generally(?:\s+speaking)?|in\s+general|as\s+a\s+(?:general\s+)?rule|typically|usually|"
                      r"normally|traditionally)\b", re.IGNORECASE)


def describes(before: str, text: str) -> bool:
    """Whether a plain "will" in ``text`` (``before`` it: the sentence so far) describes rather than judges.

    "its mandate includes ...; it will also rule on ...": a body's powers; "X will have to": a need;
    "generally speaking, X will": a rule of behaviour; "under a 2017 agreement, X will buy": an arrangement.
    """
    joined, lowered = before + text, folded(before + text)  # the word tests spare the two patterns on most clauses
    needs = "have" in lowered or "need" in lowered or "must" in lowered  # every need and requirement says one
    return bool(any(word in lowered for word in _POWERS_WORDS) and _POWERS.search(joined) or needs and _REQUIREMENT.search(text)
                or (needs and _NEEDS.search(text) and _NEED.search(text)) or _GENERIC.match((before or text).lstrip())
                or (any(word in lowered for word in _ARRANGEMENT_WORDS) or any(word in lowered for word in _SETTLED_WORDS))
                and _ARRANGEMENT.search(joined)
                or (("commit" in text or "pledge" in text or "promise" in text or "obligation" in text or "undertaking" in text)
                    and _PLEDGE.search(text))
                or ("present" in text or "submit" in text or "table" in text or "unveil" in text or "forward" in text
                    or "propose" in text or "adopt" in text or "launch" in text) and _ANNOUNCED.search(text)
                or _process(text) or unclaimed(before, text) or scheduled(text, before) or stated_plan(before, text)
                or set_down(before, text)
                or ("continue" in lowered or "keep on" in lowered or "committed" in lowered) and _COMMITMENT.search(joined)
                or ("conclude" in lowered or "confirm" in lowered or "determine" in lowered or "establish" in lowered
                    or "too " in lowered or " say " in lowered or " judge " in lowered or " tell " in lowered
                    or " sure " in lowered or " certain " in lowered or " confident " in lowered)
                and _UNCONCLUDED.search(joined))


#: A past forecast scored in a look-back: "we put the odds of a cut during 2026 at 35%, so that question resolved YES",
#: "our call on Brent resolved NO". A record of a question already settled, not a forecast made now ("the question
#: will be resolved by the committee" is not matched).
_RESOLVED = re.compile(r"\b(?:question|forecast|call|prediction|market|contract|it|which|that)\s+(?:has\s+|had\s+)?"
                       r"(?:already\s+)?resolved\s+(?:(?-i:YES|NO|Yes|No)\b|(?:as\s+)?(?:yes|no|positively|negatively|"
                       r"true|false)\b|in\s+(?:our\s+)?favou?r\b|against\b)"
                       # a bare verdict closing a look-back: "It finished the year near $61; resolved NO."
                       r"|[;:,]\s*(?:and\s+)?(?:so\s+)?resolved\s+(?-i:YES|NO)\b", re.IGNORECASE)


def scores_past(text: str) -> bool:
    """Whether ``text`` scores a past forecast as resolved ("so that question resolved YES", "...; resolved NO"): the
    sentence, and the one before it in its paragraph, record a settled question rather than make a forecast."""
    return "resolved" in text and _RESOLVED.search(text) is not None


#: What figures or a document will be used for ("will serve as the basis for the budget"), not an outcome.
_BASIS = re.compile(r"\bwill\s+(?:\w+\s+)?(?:serve\s+as|form|provide|be\s+used\s+as)\s+(?:the|a|an)\s+(?:\w+\s+)?"
                    r"(?:basis|foundation|starting\s+point|benchmark|reference\s+point)\b", _FLAGS)
#: A body's own routine ("The Department will review this assessment every four years"): a recurring procedure.
_ROUTINE = re.compile(r"\bwill\s+(?:\w+\s+)?(?:review|update|revise|revisit|reassess|renew|publish|report|evaluate|audit|"
                      r"meet|convene)\b[^.;]{0,100}?\b(?:every\s+(?:\w+\s+)?(?:years?|months?|quarters?|weeks?|days?)|"
                      r"annually|once\s+a\s+(?:year|quarter|month)|each\s+(?:year|quarter|month)|periodically)\b", _FLAGS)
#: A clock time something is expected or due at ("Preliminary results are expected from about 8pm"): a schedule.
_CLOCK = re.compile(r"\b(?:expected|due|scheduled|set)\s+(?:from|at|by|after|around|before|until)\s+(?:about\s+|around\s+|"
                    r"approximately\s+|roughly\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am\b|pm\b|a\.m\.|p\.m\.|h\b|GMT|UTC|CET|"
                    r"local\s+time)", _FLAGS)
_CLOCK_GATE = re.compile(r"\d\s*(?:[ap]\.?m\b|h\b|GMT|UTC|CET|local)", re.IGNORECASE)  # a clock time: spares the pattern


def _process(text: str) -> bool:
    """Whether a plain "will" describes a procedure: what something will serve as, a routine, a clock schedule."""
    return bool(("basis" in text or "foundation" in text or "starting point" in text or "benchmark" in text
                 or "reference point" in text) and _BASIS.search(text)
                or ("every " in text or "annually" in text or "once a" in text or "each " in text or "periodically" in text)
                and _ROUTINE.search(text)
                or _CLOCK_GATE.search(text) is not None and _CLOCK.search(text))


#: "X will stay unchanged until June; the Government decided this on 10 November": a decision taken, reported.
_DECIDED = re.compile(r"[;,:]\s*(?:and\s+)?(?:the\s+[\w-]+(?:\s+[\w-]+)?|we|it|they)\s+(?:has\s+|have\s+|had\s+)?"
                      r"(?:decided|agreed|approved|adopted|legislated|ordered|ruled)\s+(?:this|that|so|it)\b"
                      r"|[;,:]\s*(?:this|that)\s+(?:was|has\s+been)\s+(?:decided|agreed|approved|adopted|legislated)\b",
                      re.IGNORECASE)


#: The authors saying that what they state is not a forecast.
_NOT_A_FORECAST = re.compile(r"\b(?:this|that|it|which|these|those|they)\s+(?:is|are)\s+(?:[\w-]+\s+){0,4}?not\s+(?:an?\s+)?"
                             r"(?:forecast|prediction|projection|estimate|assessment)s?\b"
                             r"|[,;]\s+not\s+(?:an?\s+)?(?:forecast|prediction|estimate|assessment)s?\b"
                             # "These are commitments of government policy and are not assessed here": the next
                             # sentence takes back the plain futures before it
                             r"|\b(?:this|that|it|which|these|those|they)\s+(?:is|are)\b[^.;]{0,80}?\bnot\s+(?:being\s+)?"
                             r"(?:assessed|judged|forecast|predicted|evaluated|estimated)\s+(?:here|in\s+this)\b",
                             re.IGNORECASE)
_DISCLAIMS = re.compile(r"forecast|predict|estimate|assess|judged|evaluated", re.IGNORECASE)


def disclaims(text: str) -> bool:
    """Whether ``text`` says that what it states is not a forecast ("a regulatory requirement, not a forecast")."""
    # a disclaimer says "not" and one of these words: a test on the folded text spares both patterns on most sentences
    lowered = folded(text)
    return "not" in lowered and any(word in lowered for word in ("forecast", "predict", "estimate", "assess", "judged", "evaluated")) \
        and _DISCLAIMS.search(text) is not None and _NOT_A_FORECAST.search(text) is not None


def decided(text: str) -> bool:
    """Whether ``text`` says its plain futures were decided: a decision reported, not a forecast."""
    return ("decided" in text or "agreed" in text or "approved" in text or "adopted" in text or "legislated" in text
            or "ordered" in text or "ruled" in text) and bool(_DECIDED.search(text))


#: A section of the publisher's own work plan or its response to recommendations: "Our work in 2026", "Next steps",
#: "Government response". Its plain futures are what the body will do, not what it judges will happen ("The Kremlin's
#: plans" are another's: not matched).
_WORK_HEADING = re.compile(r"^\W*(?:(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+)?(?:our\s+(?:work|plans?|priorities|"
                           r"activities|programme|program|commitments|actions|response)\b|next\s+steps\b|what\s+we\s+will\s+do\b|"
                           r"(?:the\s+)?(?:government|ministry|ministerial|management|official)\s+"
                           r"response\b|work\s+(?:plan|programme|program)\b|action\s+plan\b|implementation\s+plan\b)",
                           re.IGNORECASE)
#: A label answering a recommendation: "Government response: Agreed in principle.", "Response: Accepted."
_RESPONSE = re.compile(r"\bresponse\s*[:.]\s*(?:agreed|accepted|supported|noted|not\s+agreed|rejected|partially|"
                       r"agreed\s+in\s+principle)\b"
                       # the label alone, its verdict the next sentence: "The department's response. Agreed. X will ..."
                       r"|^\W*(?:the\s+)?(?:[\w-]+['’]s\s+|management\s+|government\s+|entity\s+|agency\s+)response\W*$"
                       r"|^\W*(?:agreed|accepted|partially\s+agreed|agreed\s+in\s+principle)\s*[.:]", re.IGNORECASE)


def work_plan(heading: str | None) -> bool:
    """Whether the innermost heading of ``heading`` (a path joined by ": ") names the publisher's own work plan."""
    return heading is not None and bool(_WORK_HEADING.match(heading.rsplit(": ", 1)[-1]))


def responds(text: str) -> bool:
    """Whether ``text`` labels a response to a recommendation: the plain futures after it are commitments."""
    return ("esponse" in text or "greed" in text or "ccepted" in text) and bool(_RESPONSE.search(text))


#: A body named at the head of a plain "will": "The Intelligence Service will expand ...".
_NAMED_WILL = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+(?:also\s+|then\s+|itself\s+)?"
                         r"will\s+(?!(?:likely|probably|almost|very)\b)")
_BODY_NOUNS = frozenset("""Service Agency Office Ministry Department Committee Commission Authority Institute Council
    Directorate Organisation Organization Centre Center Bureau Police Review Government Fund Panel Chamber Inspectorate""".split())


def own_work(text: str, authors: frozenset[str]) -> bool:
    """Whether ``text`` says what the publisher's own body will do: its name, or part of it ending in the same body
    noun ("The Intelligence Service" of the "Norwegian Intelligence Service"). "The Russian Security Service will"
    is another's; "Australia will" (of the "Commonwealth of Australia") names no body."""
    if not authors or " will " not in text or (named := _NAMED_WILL.match(text)) is None:
        return False
    words = named.group("name").split()
    return words[-1] in _BODY_NOUNS and any(set(words) <= set(name.split()) and name.split()[-1] == words[-1]
                                            for name in authors)
