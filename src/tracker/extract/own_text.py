"""Sentences in which the text describes itself, with a "will" inside what it describes: not a forecast.

A chapter's opening ("In this chapter we set out what we saw and what we judge the threat will look like"), a legend's
preamble ("We use the terms below to express the likelihood that an event will occur"), a list introduced by a count
("Witnesses identified three constraints that will shape delivery:") and a later issue's plan ("Our April briefing will
set out which elections are most exposed") each announce text; the judgements are where the text goes on to state
them.

Judgements stay: "In this report we judge that X will fall" (a judgement, not a topic), "The next jobs report will show
unemployment rising" (a forecast about data), "We see three factors that will push prices up" (a view, not a list).
"""

from __future__ import annotations

import re

from tracker.extract.folding import holds_any

_FLAGS = re.IGNORECASE | re.VERBOSE

#: The parts of a text, as it names them.
_PART = r"""(?: chapters? | sections? | reports? | papers? | notes? | parts? | articles? | briefings? | reviews?
    | documents? | pages? | annex | annexes | boxe?s? | editions? | issues? | assessments? | publications? | studies
    | study | analysis | overview | outlooks? | updates? | bulletins? | newsletters? | posts? | columns? | episodes?
    | weekly | monthly | quarterly | letters? | memos? )"""
#: One part of a text, named in the singular ("supply issues will ..." names no part of a text).
_ONE_PART = r"""(?: chapter | section | report | paper | note | article | briefing | review | document | annex | edition
    | issue | assessment | publication | study | analysis | overview | outlook | update | bulletin | newsletter | post
    | column | episode | weekly | monthly | quarterly | letter | memo )"""
#: The verbs with which authors name a topic (not a finding: "show", "find", "judge", "argue" state one).
_TOPIC_VERB = r"""(?: set \s+ out | sets \s+ out | describe | examine | discuss | look \s+ (?: at | back \s+ at ) | consider
    | explain | outline | review | summari[sz]e | explore | present | analy[sz]e | trace | detail | address
    | take \s+ stock \s+ of | reflect \s+ on | turn \s+ to | report \s+ on | cover )"""
#: "In this chapter we set out what ... and what we judge X will look like", "Throughout this report, we describe how
#: ...": the authors name a topic; a "will" inside a wh-clause after it belongs to the topic.
_PREAMBLE = re.compile(rf"""
    ^ \W* (?: in | throughout | across | over )\s+ (?: this | the\s+present | the\s+following | the\s+next | these
        | the\s+rest\s+of\s+this | the\s+remainder\s+of\s+this ) \s+ (?: [\w-]+\s+ )? {_PART} \s* ,? \s+
    (?: we | i | the\s+authors? ) \s+ (?: also\s+ | briefly\s+ | first\s+ | then\s+ )? {_TOPIC_VERB} \b
    [^:;]*? \b (?: what | how | whether | which | where | when | who ) \b [^:;]*? \bwill\b""", _FLAGS)

#: A legend's preamble: "We use the terms below to express the likelihood that an event will occur", "The following
#: words convey the probability that a development will happen". ("Analysts put the likelihood that X will ... at 30%"
#: has no word for the legend: a judgement.)
_LEGEND = re.compile(r"""
    \b(?: terms | words | phrases | expressions | language | vocabulary | scale | yardstick | table | wording | labels )\b
    [^.;:]{0,60}? \b(?: express | expresses | describe | describes | convey | conveys | communicate | communicates
        | denote | denotes | indicate | indicates | characteri[sz]e | characteri[sz]es | signal | signals | grade )
    \s+ (?: the\s+ | our\s+ | their\s+ )? (?: [\w-]+\s+ )? (?: likelihood | probability | chances? | odds | confidence
        | certainty )\b""", _FLAGS)

#: A list introduced by a count: "Witnesses identified three constraints that will shape delivery:", "The review
#: lists several factors which will weigh on output". ("We see three factors that will push prices up": a view.)
_LIST = re.compile(r"""
    \b(?: identif(?: y | ies | ied ) | highlight (?: s | ed )? | list (?: s | ed )? | point (?: s | ed )? \s+ to
        | cite (?: s | d )? | name (?: s | d )? | flag (?: s | ged )? | set (?: s )? \s+ out | outline (?: s | d )?
        | describe (?: s | d )? | note (?: s | d )? | raise (?: s | d )? | single (?: s | d )? \s+ out )\s+
    (?: the\s+following | (?: two | three | four | five | six | seven | eight | nine | ten | \d+ | several | a\s+few
        | a\s+number\s+of | a\s+handful\s+of | a\s+series\s+of | a\s+range\s+of | various | numerous | the\s+main
        | the\s+key | the\s+principal | the\s+(?: two | three | four | five ) ) \s+ (?: [\w-]+\s+ ){0,2}? )
    [\w-]+s ,? \s+ (?: that | which ) \s+ (?: [\w’'-]+\s+ ){0,2}? will \b""", _FLAGS)

#: A later issue's plan: "Our April briefing will set out which elections ...", "the Q3 update will examine ...",
#: "a forthcoming paper will look at ...". ("The next jobs report will show ..." states a finding: a forecast.)
_LATER_ISSUE = re.compile(rf"""
    \b(?: this | the | our | next | a\s+(?: later | future | forthcoming | separate | subsequent | follow-up )
        | an\s+upcoming | forthcoming | future | later | subsequent )\s+ (?: [\w’'-]+\s+ ){{0,2}}? {_ONE_PART}
    # its date or topic set off: "Our next briefing, on 6 October, will cover ...", "the Q3 update (due in July) will"
    (?: \s* , [^,.;:]{{1,50}} , | \s* \( [^()]{{1,50}} \) )?
    \s+ will \s+ (?: also\s+ | then\s+ | further\s+ )? (?: {_TOPIC_VERB} | focus | return | assess | include | feature
        | revisit | update\s+(?: readers | you ) | provide | offer | give | go\s+into | dig\s+into | unpack ) \b""", _FLAGS)

_WORDS = ("chapter", "section", "report", "paper", "note", "part", "article", "briefing", "review", "document", "page",
          "annex", "box", "edition", "issue", "assessment", "publication", "stud", "analysis", "overview", "outlook",
          "update", "bulletin", "newsletter", "post", "column", "episode", "weekly", "monthly", "quarterly", "letter",
          "memo")


#: The document's scope, an embedded question: "This report examines whether the department is managing the scheme in
#: a way that is likely to deliver value", "The study assesses how far the plan will cut emissions", "this chapter
#: asks whether growth will hold up". The question is the topic; the answer comes later ("This report finds that X is
#: likely", "the study concludes that X will": findings, not matched).
_SCOPE = re.compile(rf"""
    ^ \W* (?: this | the\s+present | the | our ) \s+ (?: [\w-]+\s+ )? {_ONE_PART} \s+ (?: also\s+ | therefore\s+ | then\s+ )?
    (?: examines | assesses | considers | investigates | explores | evaluates | asks | looks\s+at | reviews | tests | analy[sz]es
      | sets\s+out | discusses | addresses ) \s+ (?: [\w-]+\s+ ){{0,3}}? (?: whether | how | if | what | the\s+extent\s+to\s+which
      | the\s+degree\s+to\s+which ) \b""", _FLAGS)
_SCOPE_VERBS = ("examines", "assesses", "considers", "investigates", "explores", "evaluates", "asks", "looks at",
                "reviews", "tests", "analyses", "analyzes", "sets out", "discusses", "addresses")


#: The authors' practice of writing forecasts down: "Once a year we stop hedging and write down what we think will
#: happen", "each January I set down which calls I expect to hold": a preamble, the calls come after it.
_PRACTICE = re.compile(r"""\b(?: we | i )\s+ (?: [\w’'-]+\s+ ){0,4}? (?: write | set | put | jot | note ) \s+ down \s+
    (?: what | which | how | whether ) \b [^.;:]*? \bwill\b""", _FLAGS)

#: A piece of each verb ``_LIST`` reads, and the words ``_LATER_ISSUE`` needs one of: tests that spare the patterns.
_LIST_VERBS = ("identif", "highlight", "list", "point", "cite", "name", "flag", "set", "outline", "describ", "note",
               "raise", "single")
_PART_WORDS = frozenset("""chapter section report paper note article briefing review document annex edition issue assessment
    publication study analysis overview outlook update bulletin newsletter post column episode weekly monthly quarterly
    letter memo""".split())


#: A level of a scale defined: "Level 4 means that an attack is considered probable", "Category 2 ('elevated')
#: indicates that ...", "On this scale, tier III denotes ...". The level's words are the legend's, not a judgement.
#: ("Level 4 is likely to be declared", "a move to level 4 means schools will close": no definition.)
_LEVEL_DEFINED = re.compile(r"""
    (?: ^ | [,:;] ) \W* (?: (?: threat | alert | risk | warning | danger | security | readiness | response )\s+ )?
    (?: level | category | grade | stage | tier | class | phase | step | rating | code ) \s+
    (?: \d{1,2} | [IVX]{1,4} | [A-E] | one | two | three | four | five | red | amber | orange | yellow | green | black )
    (?: \s* \( [^)]{1,30} \) | \s* [–—-] \s* [\w ]{1,25}? (?= \s+ (?: means | indicates | denotes | signifies ) ) )? \s+
    (?: means | indicates | denotes | signifies | is\s+defined\s+as | corresponds\s+to | applies\s+when | is\s+declared\s+when
      | is\s+set\s+when ) \b""", _FLAGS)
_LEVEL_NOUNS = ("level", "category", "grade", "stage", "tier", "class", "phase", "step", "rating", "code")
_LEVEL_VERBS = ("means", "indicates", "denotes", "signifies", "defined", "corresponds", "applies when", "declared when",
                "set when")


def defines_level(text: str) -> bool:
    """Whether ``text`` defines a level of a scale: "Level 4 means that an attack is considered probable"."""
    lowered = text.lower()
    return any(verb in lowered for verb in _LEVEL_VERBS) and any(noun in lowered for noun in _LEVEL_NOUNS) \
        and _LEVEL_DEFINED.search(text) is not None


def describes_itself(text: str) -> bool:
    """Whether ``text`` is the text describing itself, its "will" inside what it describes."""
    lowered = text.lower()
    if holds_any(lowered, _SCOPE_VERBS) and holds_any(lowered, _WORDS) and _SCOPE.search(text):
        return True  # "This report examines whether X is likely to": the scope's question, any estimative word in it
    if "will" not in lowered:
        return False
    parts = holds_any(lowered, _WORDS)
    return bool(parts and lowered.lstrip(" \t*#_-").startswith(("in ", "throughout ", "across ", "over "))
                and _PREAMBLE.search(text)
                or ("likelihood" in lowered or "probabilit" in lowered or "chance" in lowered or "odds" in lowered
                    or "confidence" in lowered or "certainty" in lowered) and _LEGEND.search(text)
                or " down " in lowered and _PRACTICE.search(text)
                or (" that " in lowered or " which " in lowered) and any(verb in lowered for verb in _LIST_VERBS)
                and _LIST.search(text)
                or parts and " will " in lowered and not _PART_WORDS.isdisjoint(lowered.replace(",", " ").replace("(", " ").split()) and _LATER_ISSUE.search(text))
