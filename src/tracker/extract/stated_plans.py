"""Plain futures that state a body's own plan, a rule and what follows from it, or a scenario, not a judgement.

- A body's standing watch or service: "The ministry will continue to monitor the situation", "and will continue to
  brief MPs" (the subject said before "and"). What a body keeps doing to the world ("the Fed will continue to raise
  rates") is an outcome: its verb is no verb of watching, informing or supporting.
- A body's own action hedged as a plan: "The Government will implement the package without delay", "will take
  further steps if necessary". A plan says how it will act ("without delay", "as needed"), not whether.
- A requirement imposed: "operators will be required to register by July" (a rule, like "will have to").
- A rule's consequence: "Members must renew by 1 May to keep access; lapsed accounts will be closed."
- A timetable of opening or trading hours: "Opening hours will change on 3 March to 08:00-18:00."
- A counterfactual: "without the cut, debt would start rising from 2029" (a scenario the writer says will not occur).
- A commitment and the plan after it: "The Government remains committed to the rule and will not raise taxes".
- An intention notified: "Both states have notified the Commission that they will use the clause this year".
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.VERBOSE

#: A body that can state its own plans: "the Government", "the ministry", "we", "CSIS".
_BODY = r"""(?: (?: the | our | this ) \s+ (?: [\w’'-]+\s+ ){0,2}? (?: government | ministry | department | agency | authority
    | council | commission | service | office | bureau | administration | regulator | team | unit | board | institute
    | centre | center | cabinet | secretariat | directorate | inspectorate | exchange | desk | company | firm | bank )
    | we | (?-i: [A-Z]{2,6} ) | (?-i: [A-Z][\w’'-]+ (?: \s+ [A-Z][\w’'-]+ ){0,4} ) (?= \s+ (?: will | shall ) \s ) )"""
#: Watching, informing and supporting: a body's standing work ("will continue to monitor / brief / support").
_STANDING = re.compile(rf"""
    (?: ^ | [,;:] ) \W* {_BODY} \s+ (?: will | shall ) \s+ (?: [^.;]{{0,160}}? \band\s+ (?: will\s+ | shall\s+ )? )?
    (?: also\s+ | therefore\s+ )? (?: continue | keep\s+on ) \s+ (?: to\s+ )? (?: \w+ly\s+ )?
    (?: monitor | monitoring | watch | watching | track | tracking | follow | following | observe | observing | review
      | reviewing | assess | assessing | brief | briefing | inform | informing | advise | advising | consult | consulting
      | support | supporting | update | updating | report | reporting | keep\s+ (?: \w+\s+ ){1,3}? (?: informed | updated
      | under\s+review ) ) \b""", _FLAGS)
#: How a body will act, said of its own action: "without delay", "if necessary", "as needed", "where appropriate".
_MANNER = re.compile(r"""\b(?: without\s+delay | if\s+ (?: necessary | needed | required | appropriate ) | where\s+
    (?: necessary | needed | appropriate ) | as\s+ (?: necessary | needed | appropriate | required ) | in\s+a\s+timely\s+manner
    | promptly | swiftly | expeditiously | flexibly )\b""", _FLAGS)
#: A public body or the authors, not a state or a bank ("China will use force if necessary" is a judgement).
_PUBLIC_BODY = r"""(?: (?: the | our | this ) \s+ (?: [\w’'-]+\s+ ){0,2}? (?: government | ministry | department | agency
    | authority | council | commission | service | office | bureau | administration | regulator | cabinet | secretariat
    | directorate | inspectorate | team ) | we )"""
_MANNER_WORDS = ("delay", "necessary", "needed", "required", "appropriate", "timely", "promptly", "swiftly", "expedit",
                 "flexibly")
_ACTION = re.compile(rf"""(?: ^ | [,;:] ) \W* {_PUBLIC_BODY} \s+ (?: will | shall ) \s+ (?! (?: likely | probably | almost | very ) \b )""",
                     _FLAGS)
#: A requirement imposed on someone: "will be required / obliged / mandated to".
_REQUIRED = re.compile(r"\bwill\s+(?:also\s+|now\s+|then\s+|first\s+)?be\s+(?:legally\s+)?(?:required|obliged|obligated|"
                       r"mandated)\s+to\b", re.IGNORECASE)
#: A rule with a deadline or a purpose before a ";": "Members must renew by 1 May to keep access; lapsed accounts
#: will be closed" (the passive "will be VERBed" that follows is what the rule does).
_RULE = re.compile(r"""\bmust\s+ (?! (?: be\s+ )? expected\b | have\s+been\b ) [^;.]*?
    \b(?: by | before | no\s+later\s+than | in\s+order\s+to | to\s+ (?: keep | remain | stay | continue | avoid | retain ) )\b
    [^;.]* [;:,] [^;.]* \bwill\s+ (?: then\s+ | automatically\s+ )? be\s+ (?: \w+ (?: ed | en ) | set | put | shut | cut | kept | held | paid )\b""", _FLAGS)
#: Opening or trading hours, a timetable: "Trading hours will change on 1 May to 08:00-22:00".
_HOURS = re.compile(r"""\b(?: hours | opening\s+times | timetables? | schedules? ) \b [^.;]{0,60}? \bwill\s+
    (?: change | move | switch | shift | revert | be\s+ (?: extended | shortened | changed | reduced | cut | moved ) ) \b""",
                    _FLAGS)
#: A counterfactual: "without the freeze, X would", "but for the subsidy, Y would", "absent intervention, Z would".
_COUNTERFACTUAL = re.compile(r"""\b(?: without | absent | but\s+for | were\s+it\s+not\s+for | if\s+not\s+for | in\s+the\s+absence\s+of )
    \s+ [^.;]{1,80}? \bwould\b""", _FLAGS)
#: An intention notified: "have notified the Commission that they will", "has informed its partners that it will".
_NOTIFIED = re.compile(r"""\b(?: has | have | had ) \s+ (?: both\s+ | all\s+ | formally\s+ | already\s+ | each\s+ ){0,2}
    (?: notified | informed | told | advised | written\s+to ) \s+ [^.;]{1,60}? \bthat \s+ (?: they | it | we | he | she ) \s+
    (?: will | would | shall ) \b""", _FLAGS)


#: A commitment stated and the plan that follows it: "The Government remains committed to the fiscal rule and will not
#: raise the tax level", "we are determined to cut waiting lists and will publish a plan". The "will" coordinated after
#: the commitment is the pledge restated, not a judgement ("The Fed remains committed to its target and inflation will
#: fall": another subject after "and", not matched; a state or a bank is no public body here).
_COMMITTED = re.compile(rf"""(?: ^ | [,;:] ) \W* {_PUBLIC_BODY} \s+ (?: remains? | is | are | stays? | has\s+been | have\s+been )
    \s+ (?: \w+ly\s+ )? (?: committed | determined | resolved | pledged ) \s+ to \b [^.;]{{1,160}}? \band \s+
    (?: (?: it | they | we )\s+ )? (?: will | shall ) \b""", _FLAGS)


def _reaches(pattern: re.Pattern[str], before: str, joined: str) -> bool:
    """Whether ``pattern`` matches ``joined`` ending inside the clause itself (past ``before``): "without X, Y would
    fall; with it, Z is set to stay" drafts its second clause."""
    return any(found.end() > len(before) for found in pattern.finditer(joined))


def stated_plan(before: str, text: str) -> bool:
    """Whether the plain future of ``text`` (``before`` it: the sentence so far) states a plan, a rule or a scenario."""
    joined = before + text
    lowered = joined.lower()
    if ("continue" in lowered or "keep on" in lowered) and _reaches(_STANDING, before, joined):
        return True
    if any(word in text for word in _MANNER_WORDS) and _MANNER.search(text) and _ACTION.search(joined):
        return True
    if ("required" in text or "obliged" in text or "obligated" in text or "mandated" in text) and _REQUIRED.search(text):
        return True
    if "must" in lowered and _reaches(_RULE, before, joined):
        return True
    if ("hours" in lowered or "times" in lowered or "timetable" in lowered or "schedule" in lowered) and _reaches(_HOURS, before, joined):
        return True
    if "would" in lowered and ("without" in lowered or "absent" in lowered or "but for" in lowered or "not for" in lowered
                               or "absence" in lowered) and _reaches(_COUNTERFACTUAL, before, joined):
        return True
    if ("committed" in lowered or "determined" in lowered or "resolved" in lowered or "pledged" in lowered) \
            and _reaches(_COMMITTED, before, joined):
        return True
    return ("notified" in lowered or "informed" in lowered or "told" in lowered or "advised" in lowered
            or "written to" in lowered) and _reaches(_NOTIFIED, before, joined)
