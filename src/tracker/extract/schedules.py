"""Plain futures that state a timetable or a procedure, not a judgement of what will happen.

A publication's release date ("The next edition will be published in the autumn", "the next issue will arrive on
7 December"), an event on the calendar a day or so ahead ("Voters will decide 40 measures on Tuesday", "the mayor will
hold a rally tonight"), a procedural step ("A decision will be taken once the audit is in", "staff will prepare a
report for the board") and a requirement imposed on someone ("Meeting the rule will require it to cut spending") are
all worded with "will", but none judges an uncertain outcome: the document reports what is set down.

Outcomes stay forecasts: "The report will show a deficit", "Voters will reject the measure on Tuesday", "the Fed will
raise rates on Wednesday", "Sanctions will force Moscow to cut output".
"""

from __future__ import annotations

import re

from tracker.extract.folding import holds_any

_FLAGS = re.IGNORECASE | re.VERBOSE

#: What a publisher issues: the subject of a release date.
_PUBLICATION = r"""(?: editions? | issues? | reports? | outlooks? | updates? | bulletins? | briefings? | newsletters?
    | reviews? | surveys? | assessments? | forecasts? | projections? | minutes | statistics | data | figures | results
    | papers? | weekly | monthly | quarterly | podcasts? | episodes? | webinars? | notes? | brief | releases?
    | publications? | estimates? | accounts | snapshots? | digests? | letters? | memos? | volumes? | yearbooks?
    | strategy | white\s+paper | green\s+paper | consultation\s+paper | statement
    # a part or a rendering of one: "an English summary will be published later", "the translation will be available"
    | summary | summaries | translations? | versions? | chapters? | annex | annexes | appendix | appendices )"""
#: "The next edition of the annual review will be published in 2028", "the Q4 outlook will be released in the week of
#: 12 October", "the next Weekly will arrive on 7 December", "results will be available from 9pm".
_RELEASE = re.compile(rf"""
    \b{_PUBLICATION} (?: \s+ (?: of | on | for | in ) \s+ (?: the\s+ | this\s+ | our\s+ )? (?: [\w’'-]+\s+ ){{0,3}}? [\w’'-]+ )?
    # an aside between the publication and its date: "The next brief, on lithium, will be published in January"
    (?: \s* , [^,.;]{{1,60}} , )?
    \s+ will \s+ (?: next\s+ | also\s+ | then\s+ | now\s+ | only\s+ | again\s+ )?
    (?: be \s+ (?: \w+ly\s+ )? (?: published | released | issued | out (?! \s+ of\b ) | available | launched | circulated
          | sent (?: \s+ out )? | posted | uploaded | made\s+available | laid\s+before | presented\s+to )
      | arrive | appear | come\s+out | land | go\s+out | hit\s+ (?: inboxes | the\s+shelves ) )\b""", _FLAGS)
_RELEASE_WORDS = ("published", "released", "issued", " out", "available", "launched", "circulated", "sent", "posted",
                  "uploaded", "laid before", "presented to", "arrive", "appear", "land", "hit ")

#: A day or so ahead on the calendar: "tonight", "tomorrow", "on Tuesday", "this evening".
_SOON = r"""(?: tonight | tomorrow (?: \s+ (?: morning | afternoon | evening | night ) )? | (?: later\s+ )? today
    | this \s+ (?: morning | afternoon | evening | weekend ) | on \s+ (?: monday | tuesday | wednesday | thursday
    | friday | saturday | sunday ) (?: \s+ (?: morning | afternoon | evening | night ) )? )"""
_MONTH = r"(?: jan | feb | mar | apr | may | jun | jul | aug | sep | oct | nov | dec )[a-z]*\.?"
#: A clock time or a day of a month: "at 3:30 p.m.", "at 14:00 GMT", "on 18 December", "on Dec. 18". A press
#: conference, a vote or an announcement set for an hour or a day is on the calendar; what it decides is the forecast.
_SET_TIME = rf"""(?: at \s+ (?: about\s+ | around\s+ )? \d{{1,2}} (?: [:.]\d\d )? \s* (?: a\.?m\b\.? | p\.?m\b\.? | h\b | gmt\b | utc\b
      | cet\b | local\s+time\b ) | on \s+ (?: (?: monday | tuesday | wednesday | thursday | friday | saturday | sunday ) ,? \s+ )?
      (?: \d{{1,2}} (?: st | nd | rd | th )? \s+ {_MONTH} | {_MONTH} \s+ \d{{1,2}} \b ) )"""
_SET_TIME_GATE = re.compile(r"\d\s*(?:[ap]\.?m\b|h\b|gmt|utc|cet|local)|\bon\s+(?:\w+,?\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                            r"|nov|dec)", re.IGNORECASE)
#: A scheduled event a day or so ahead, described: "the president will hold his final rally in Ohio tonight",
#: "Voters in 12 states will decide 40 ballot measures on Tuesday", "shareholders will vote on the merger tomorrow".
#: What the event will decide is left open: "will decide to", "will decide in favour of" are outcomes.
_EVENT = re.compile(rf"""
    \bwill \s+ (?: also\s+ | then\s+ | first\s+ )?
    (?: hold \s+ (?: a | an | the | his | her | its | their | our | two | three | several | a\s+final | one\s+last )\s+
          (?: [\w’'-]+\s+ ){{0,2}}? (?: rally | rallies | meeting | summit | talks | vote | ballot | referendum | hearing
          | hearings | conference | ceremony | session | briefing | debate | primary | caucus | parade | event | events
          | press\s+conference | news\s+conference | town\s+hall | election | elections | round | count )
      | vote | go \s+ to \s+ the \s+ polls | cast \s+ (?: their\s+ )? (?: ballots | votes )
      | decide (?! \s+ (?: to | in\s+favou?r | against | for | not ) \b ) )
    \b [^.;:]{{0,100}}? \b (?: {_SOON} \b | {_SET_TIME} )""", _FLAGS)
_EVENT_WORDS = ("tonight", "tomorrow", "today", "this morning", "this afternoon", "this evening", "this weekend",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: A procedural step: "A decision will be taken once the report is in", "no final decision will be made before
#: June", "staff will prepare a report for the Executive Board", "the panel will draft its recommendations".
_PROCEDURE = re.compile(r"""
    \b(?: a | the | no | any | its | their )\s+ (?: final\s+ | formal\s+ | further\s+ )? decisions? \s+
        (?: (?: on | about | regarding ) \s+ [^.;:]{1,60}? \s+ )? will \s+ (?: only\s+ | not\s+ )? be \s+
        (?: taken | made | reached | announced )\b
  | \bwill \s+ (?: also\s+ | then\s+ | now\s+ | first\s+ )? (?: prepare | draft | compile | write\s+up | finali[sz]e )\s+
        (?: a | an | its | their | the | his | her | our )\s+ (?: [\w-]+\s+ ){0,2}?
        (?: report | paper | note | memo | assessment | study | analysis | proposals? | recommendations | brief
          | briefing | submission | response | statement | review | summary | staff\s+report )\b""", _FLAGS)
_PROCEDURE_WORDS = ("decision", "prepare", "draft", "compile", "write up", "finalise", "finalize")

#: A meeting on the calendar, with its date or place: "Members will meet in Madrid on Nov. 24-25 to review balances",
#: "the council will convene next week", "finance ministers will gather in Lima from 12 October". What a meeting will
#: decide is the forecast; "will meet its target", "will meet resistance" are outcomes (an object, not a place or date).
_MEETING = re.compile(r"""
    \bwill \s+ (?: also\s+ | again\s+ | then\s+ | next\s+ | formally\s+ )? (?: meet | convene | reconvene | gather | assemble )
    (?: \s+ again )? \s+ (?: (?: in | at ) \s+ (?: the\s+ )? (?-i: [A-Z][\w’'.-]* (?: \s+ [A-Z][\w’'.-]* ){0,3} ) \s* ,? \s+ )?
    (?: on \s+ (?: \d | (?: monday | tuesday | wednesday | thursday | friday | saturday | sunday | jan | feb | mar | apr
          | may | jun | jul | aug | sep | oct | nov | dec ) )
      | (?: in | from | between | during | later\s+in | early\s+in | at\s+the\s+end\s+of ) \s+ (?: \d | (?: jan | feb | mar
          | apr | may | jun | jul | aug | sep | oct | nov | dec ) | (?: early | mid | late ) [\s-] )
      | (?: next | this | later\s+this ) \s+ (?: week | month | year | monday | tuesday | wednesday | thursday | friday
          | saturday | sunday | spring | summer | autumn | fall | winter )
      | (?: tomorrow | today | tonight ) )""", _FLAGS)
#: The words right after "will" in every meeting form: a test on them spares the pattern on most clauses.
_MEETING_WORDS = ("will meet", "will convene", "will reconvene", "will gather", "will assemble", "will also ",
                  "will again ", "will then ", "will next ", "will formally ")

#: What a publication will contain: "The Commission's outlook, due later this month, will include its first
#: projection", "the next report will contain a chapter on ...". ("The report will include a downgrade", "the
#: figures will show a deficit": an outcome, not a part of the text.)
_CONTENTS = re.compile(rf"""
    \b{_PUBLICATION} (?: \s+ (?: of | on | for ) \s+ (?: the\s+ | this\s+ | our\s+ )? (?: [\w’'-]+\s+ ){{0,3}}? [\w’'-]+ )?
    (?: \s* , [^,.;]{{1,60}} , )? \s+ will \s+ (?: also\s+ | again\s+ | now\s+ | for\s+the\s+first\s+time\s+ )?
    (?: include | contain | feature | carry | cover | incorporate | have | offer | provide | present | devote | dedicate )\s+
    (?: a | an | the | its | their | his | her | our | new | updated | revised | fresh | first | further )\s+
    (?: [\w’'-]+\s+ ){{0,3}}? (?: projections? | forecasts? | estimates? | chapters? | sections? | box | boxes | annex
      | tables? | charts? | scenarios? | analysis | data | figures | update | overview | assessment | survey | focus
      | spotlight | interview | special ) \b""", _FLAGS)
#: The words right after "will" in every contents form: a test on them spares the pattern on most clauses.
_CONTENTS_WORDS = ("will include", "will contain", "will feature", "will carry", "will cover", "will incorporate",
                   "will have", "will offer", "will provide", "will present", "will devote", "will dedicate", "will also ", "will again ", "will now ",
                   "will for the first")

#: A requirement imposed on someone: "Meeting both rules will require it to respond", "the law will require firms
#: to report". What something forces ("will force Moscow to cut output") stays a forecast of a compulsion.
_REQUIRES = re.compile(r"""\bwill \s+ (?: also\s+ | still\s+ | now\s+ )? (?: require | oblige | obligate )\s+
    (?: [\w’'-]+\s+ ){1,4}? to \s+ (?! (?: \w+ly\s+ )? (?: cease | stop | close | shut | abandon | withdraw | default
    | resign | halt | scrap | exit | quit )\b ) \w
    # what a goal or a task takes, named by its means: "Closing the gap will require higher employment and leaner
    # spending", "the summit will require enhanced security", "meeting the target will necessitate new investment"
    | \bwill \s+ (?: also\s+ | still\s+ | now\s+ | therefore\s+ )? (?: require | necessitate ) \s+ (?: both\s+ | either\s+ )?
    (?: a | an | the | more | greater | higher | lower | further | additional | new | enhanced | stronger | significant
      | substantial | considerable | major | sustained | better | increased | extra | some | much | [\w-]+ (?: ed | al | ive ) )
    \s+ (?! (?: \w+\s+ ){0,3}? (?: bail-?outs? | rescues? ) \b ) \w""", _FLAGS)


#: A body putting out a publication, in the active voice: "The central bank will release its financial stability report
#: on 18 December", "the statistics office will publish the November trade data on the 1st", "the ministry will issue
#: its next outlook in March". What the publication will show is the forecast ("will release data showing a deficit":
#: not matched, nor "will release prisoners", "will issue a warning", "will publish a downgrade").
_ISSUES = re.compile(rf"""
    \bwill \s+ (?: also\s+ | then\s+ | next\s+ | formally\s+ )? (?: publish | release | issue | put\s+out | unveil )\s+
    (?: its | their | the | his | her | our | a | an | next | new | updated )\s+ (?: [\w’'-]+\s+ ){{0,4}}? {_PUBLICATION} \b
    (?! \s+ (?: showing | that\s+shows? | that\s+will | which\s+will ) \b )""", _FLAGS)
_ISSUES_WORDS = ("will publish", "will release", "will issue", "will put out", "will unveil", "will also ", "will then ",
                 "will next ", "will formally ")

#: A timetable: a dated step "scheduled" beside another dated start: "Pricing is scheduled for 2 October and trading
#: will begin on 8 October", "Registration is due to open on 3 May and voting will close on 20 May". A step's start or
#: end on a date, in a sentence that sets out a schedule, is what is set down, not what is judged.
_TIMETABLE = re.compile(rf"""
    \b (?: is | are | was | were ) \s+ (?: scheduled | slated | timetabled | set | due | planned ) \s+ (?: for | to | on ) \b
    [^.]{{0,120}}? \bwill \s+ (?: then\s+ | also\s+ )? (?: begin | start | commence | open | close | end | conclude | follow
      | take\s+place | resume ) \s+
    # the step named by a gerund: "the shares will start trading on 2 October", "will begin accepting bids from 3 May"
    (?: (?! on\b | from\b | in\b ) [a-z]+ing \s+ (?: [a-z]+\s+ )?? )? (?: on | from | in ) \s+ (?: \d | {_MONTH} | (?: monday | tuesday | wednesday | thursday
      | friday | saturday | sunday ) )""", _FLAGS)
_TIMETABLE_WORDS = ("scheduled", "slated", "timetabled", " set ", " due ", "planned")

#: A review or a decision timed on a publication: "The ministry will review export policy once the first estimate is
#: out", "the board will reconsider the cap after the census results are published". A step in a procedure, not an
#: outcome ("will cut the cap once the estimate is out" judges what the review decides: not matched).
_REVIEW_ONCE = re.compile(r"""
    \bwill \s+ (?: \w+ly\s+ | then\s+ | also\s+ | formally\s+ )? (?: review | reconsider | reassess | revisit | reexamine
      | re-examine | consider | discuss | assess | evaluate | take\s+stock\s+of )\b [^.;]{0,120}? \b (?: once | after | when
      | as\s+soon\s+as ) \s+ [^.;]{0,80}? \b (?: is | are | has\s+been | have\s+been ) \s+ (?: out | in | published
      | released | available | known | complete | completed | finali[sz]ed ) \b""", _FLAGS)
_REVIEW_WORDS = ("review", "reconsider", "reassess", "revisit", "examine", "consider", "discuss", "assess", "evaluate",
                 "take stock")


#: A point on the calendar (not a deadline: "by", "before" and "within" judge whether a thing happens in time): "on
#: 6 October", "in October 2026", "from 30 December", "next month", "later this week", "in the first quarter".
_CALENDAR = rf"""(?: (?: on | from | as\s+of | starting ) \s+ (?: (?: monday | tuesday | wednesday | thursday | friday | saturday
      | sunday ) \b | \d | {_MONTH} \s* \d )
    | (?: in | from | during | early\s+in | later\s+in ) \s+ (?: (?: early | mid | late ) [\s-]+ )? (?: {_MONTH} (?! [a-z] ) | \d{{4}}
      | q[1-4] \b | the \s+ (?: first | second | third | fourth | final | last ) \s+ (?: quarter | half ) )
    | (?: next | later\s+this | this | early\s+next ) \s+ (?: week | month | quarter | year | spring | summer | autumn | fall
      | winter | monday | tuesday | wednesday | thursday | friday | saturday | sunday ) \b
    | tomorrow | today )"""

#: An announcement set for an hour or a day: "The bank will announce its policy decision around midday on 18 December",
#: "the jury will deliver its verdict on Monday", "the agency will release its findings at 10 a.m.". What is decided is
#: the forecast: "will announce its decision to cut rates", "will announce a rate cut on 18 December" (no decision,
#: verdict or result named) are not matched.
_ANNOUNCEMENT = re.compile(rf"""
    \bwill \s+ (?: also\s+ | then\s+ | formally\s+ )? (?: announce | deliver | hand\s+down | reveal | unveil | give | read\s+out
      | declare | communicate ) \s+ (?: its | their | the | his | her | a | an | our ) \s+ (?: [\w’'-]+\s+ ){{0,2}}?
    (?: decisions? | verdicts? | rulings? | judge?ments? | results? | findings | outcome | choice | selection | nominees?
      | line-?up | squad | statement ) \b (?! \s+ (?: to | that | on\s+whether | not\s+to ) \b ) [^.;:]{{0,60}}?
    \b (?: {_SET_TIME} | {_CALENDAR} )""", _FLAGS)
_ANNOUNCEMENT_WORDS = ("decision", "verdict", "ruling", "judgment", "judgement", "result", "findings", "outcome",
                       "choice", "selection", "nominee", "line-up", "lineup", "squad", "statement")

#: A rule's start date, set down in the rule: "The regulation will apply to large operators from 30 December 2026",
#: "the new code will take effect on 1 July", "The directive (CSRD) will enter into force in January". Whether it will
#: be delayed is the forecast ("the ban is likely to apply from 2027": judged, not matched).
_IN_FORCE = re.compile(rf"""
    \b (?: regulations? | rules? | law | laws | act | directive | ban | requirements? | obligations? | standards? | ordinance
      | decree | legislation | provisions? | regime | code | mandate | reporting\s+duty | regulatory\s+framework ) \b
    (?: \s* \( [^()]{{1,30}} \) )? \s+ will \s+ (?: only\s+ | now\s+ | then\s+ | also\s+ | first\s+ | formally\s+ )?
    (?: apply | take\s+effect | come\s+into\s+ (?: force | effect ) | enter\s+into\s+force | become\s+ (?: applicable | effective
      | binding | mandatory | enforceable ) | kick\s+in | (?: start | begin ) \s+to\s+apply ) \b [^.;:]{{0,60}}? \b {_CALENDAR}
    # a start still conditional is proposed, not set down: "will take effect from 1 April, subject to consultation"
    (?! [^.;]*? \b (?: subject\s+to | unless | if | provided | pending | assuming | once ) \b )""",
                       _FLAGS)
_IN_FORCE_WORDS = (" apply", "take effect", "into force", "into effect", "applicable", "effective", "binding", "mandatory",
                   "enforceable", "kick in")

#: A body's own dated plan for a thing it makes or signs: "The agency will launch a new reporting feature in its app in
#: October", "the ministry and the bank will sign a revised swap arrangement next month", "the operator will open a
#: second terminal in 2027". What is launched in war or trade ("will launch a new offensive", "will sign a peace deal
#: by 2027": a deadline) is not matched.
_PLANNED = re.compile(rf"""
    \bwill \s+ (?: also\s+ | then\s+ | formally\s+ | officially\s+ )?
    (?: (?: launch | roll\s+out | introduce | open | inaugurate | debut | go\s+live\s+with ) \s+ (?: a | an | the | its | their | his
          | her | our ) \s+ (?: [\w’'-]+\s+ ){{0,3}}? (?: feature | features | app | application | service | platform | portal
          | website | site | tool | system | product | pilot | hotline | helpline | office | centre | center | branch | terminal
          | facility | version | edition | card | channel | database | registry | register | dashboard | module | function )
      | sign \s+ (?: a | an | the | its | their ) \s+ (?: [\w’'-]+\s+ ){{0,5}}? (?: agreement | arrangement | memorandum | mou
          | contract | accord | protocol | charter | partnership | lease | loan | deal ) ) \b
    [^.;:]{{0,80}}? \b {_CALENDAR}""", _FLAGS)
_PLANNED_WORDS = ("launch", "roll out", "introduce", "open", "inaugurate", "debut", "go live", "sign ")

#: The sentence judging after all: "Ministers will decide on Friday whether to extend the ban, which is likely".
#: ("may" in lower case only: "in May 2027" is a month.)
_JUDGED = re.compile(r"\b(?:(?i:likely|unlikely|probabl[ey]|expect(?:s|ed)?|chances?|odds|possibl[ey]|perhaps|might|could"
                     r"|doubt\w*|surely|certain(?:ly)?)|may)\b|%")


def scheduled(text: str, before: str = "") -> bool:
    """Whether the plain "will" of ``text`` (``before`` it: the sentence so far) states a release date, a scheduled
    event, a procedure or a requirement."""
    lowered = text.lower()
    if "will" not in lowered:
        return False
    if before and "will" not in before.lower() and holds_any(before.lower(), _TIMETABLE_WORDS) \
            and _TIMETABLE.search(f"{before} {text}"):
        return True  # "Pricing is scheduled for 24 September, | and the shares will start trading on 2 October"
    # an event or a step the sentence goes on to judge is a forecast of it; a release date or a rule stays a schedule
    return bool(holds_any(lowered, _RELEASE_WORDS) and _RELEASE.search(text)
                or holds_any(lowered, _ISSUES_WORDS) and _ISSUES.search(text)
                or holds_any(lowered, _TIMETABLE_WORDS) and _TIMETABLE.search(text)
                or (" once " in lowered or " after " in lowered or " when " in lowered or " as soon as " in lowered)
                and holds_any(lowered, _REVIEW_WORDS) and _REVIEW_ONCE.search(text)
                or holds_any(lowered, _CONTENTS_WORDS) and _CONTENTS.search(text)
                or ("require" in lowered or "oblig" in lowered or "necessitat" in lowered) and _REQUIRES.search(text)
                or (holds_any(lowered, _ANNOUNCEMENT_WORDS) and _ANNOUNCEMENT.search(text)
                    or holds_any(lowered, _IN_FORCE_WORDS) and _IN_FORCE.search(text)
                    or holds_any(lowered, _PLANNED_WORDS) and _PLANNED.search(text)) and not _JUDGED.search(text)
                or ((holds_any(lowered, _EVENT_WORDS) or _SET_TIME_GATE.search(text)) and _EVENT.search(text)
                    or holds_any(lowered, _PROCEDURE_WORDS) and _PROCEDURE.search(text)
                    or holds_any(lowered, _MEETING_WORDS) and _MEETING.search(text))
                and not _JUDGED.search(text))
