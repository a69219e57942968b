"""Plain futures that a constitution, an electoral law or a posted timetable sets down, and futures too vague to judge.

- Opening or closing at a clock time: "Polling stations will open at 7am and close at 6pm", "the exchange will close
  at 1 p.m. on Friday", "Trading will resume at 09:30 local time". Hours on a timetable, not an outcome ("the index
  will close at a record high", "will open at 5,000": no clock time, kept).
- A role taking office on its date: "The new president will be sworn in on 1 January", "the incoming government will
  take office on 20 May", "the newly elected members will take their seats in June". The date is set down; who takes
  office is the judgement ("Smith will be sworn in on 1 January": a named person, kept).
- A runoff rule in a conditional: "If no candidate wins a majority, the two front-runners will meet in a second round
  on 30 October", "should no party clear the threshold, a run-off will be held". What the rule provides, not who wins
  ("If no candidate wins outright, Silva will win the runoff": a named holder, kept).
- One procedural step after another: "settlement will follow certification".
- A future too vague to resolve: "The vote will decide a lot", "the summit will tell us much", "the ruling will change
  everything". No outcome a reader could score.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.VERBOSE

#: A clock time: "at 8am", "at 11:59 p.m.", "at 09:30 local time", "at 14:00 GMT", "at noon", "at midnight".
_CLOCK = r"""at \s+ (?: (?: about | around | exactly ) \s+ )? (?: \d{1,2} (?: [:.]\d\d )? \s* (?: a\.?m\b\.? | p\.?m\b\.? | h\b
    | gmt\b | utc\b | cet\b | et\b | est\b | edt\b | bst\b | local\s+time\b | hours\b | o['’]clock\b ) | \d{1,2}:\d\d\b
    | noon\b | midday\b | midnight\b )"""
#: "X will open / close / reopen / resume / start / end at CLOCK" (a timetable).
_HOURS = re.compile(rf"""\bwill \s+ (?: also\s+ | then\s+ | now\s+ | only\s+ )? (?: open | close | reopen | shut | resume
    | start | begin | end | finish | stop | commence | kick\s+off ) \s+ (?: (?: voting | trading | counting )\s+ )? {_CLOCK}""",
                    _FLAGS)
_HOURS_GATE = re.compile(r"\bat\s+(?:about\s+|around\s+|exactly\s+)?(?:\d|noon|midday|midnight)", re.IGNORECASE)

#: A role, not a person: "the new president", "the incoming government", "the newly elected parliament", "the winner".
_ROLE = r"""(?: the | a ) \s+ (?: new | next | incoming | newly[\s-]elected | elected | winning | future | successful )
    \s+ (?: [\w’'-]+\s+ ){0,2}? (?: president | president-elect | governor | mayor | prime\s+minister | premier | chancellor
    | government | cabinet | parliament | congress | assembly | legislature | senate | council | members | mps | deputies
    | senators | leader | administration | commission | head\s+of\s+state | candidate | winner | monarch | king | queen )
    | the \s+ (?: winner | winners | president-elect | prime\s+minister-designate )"""
#: Taking office on a date: "will be sworn in on", "will take office in January", "will be inaugurated on 20 January".
_OFFICE = re.compile(rf"""(?: ^ | [,;:] ) \W* {_ROLE} \s+ (?: [^.;:,]{{0,40}}? \s+ )?? will \s+ (?: formally\s+ | then\s+
    | officially\s+ )? (?: be \s+ (?: sworn\s+in | inaugurated | installed | invested | crowned ) | take \s+ (?: office
    | (?: the | their | his | her | its ) \s+ (?: seats? | oath | oath\s+of\s+office ) ) | assume \s+ office | enter \s+ office )
    \b [^.;]{{0,40}}? \b (?: on | in | from ) \s+ (?: \d | (?: jan | feb | mar | apr | may | jun | jul | aug | sep | oct | nov
    | dec )[a-z]*\.? \s | (?: monday | tuesday | wednesday | thursday | friday | saturday | sunday ) )""", _FLAGS)
_OFFICE_WORDS = ("sworn in", "inaugurated", "installed", "invested", "crowned", "take office", "take their seat",
                 "take his seat", "take her seat", "take its seat", "take the oath", "assume office", "enter office")

#: "If no candidate wins / does / secures ..." or "should no party clear ...": the condition of a runoff rule.
_NO_WINNER = r"""(?: if | should | where | when | in\s+case ) \s+ no \s+ (?: single\s+ )? (?: candidate | party | contender
    | nominee | list | one | bidder | team | side ) s? \b"""
#: What the rule provides: "the top two will ...", "the two leading candidates will ...", "a second round will be held".
_RUNOFF = re.compile(rf"""\b{_NO_WINNER} [^.;]{{0,120}}? \b (?: the \s+ (?: top | first | leading ) \s+ (?: two | three )
    | the \s+ two \s+ (?: [\w-]+\s+ ){{0,2}}? (?: candidates | contenders | finishers | parties | front-?runners
    | frontrunners | leaders ) | a \s+ (?: second \s+ round | run-?off | second \s+ ballot | second \s+ vote ) ) \b
    [^.;]{{0,40}}? \bwill \s+ (?! (?: likely | probably ) \b )""", _FLAGS)

#: One step of a procedure after another: "settlement will follow certification", "payment will follow approval of the
#: claim", "publication will follow ratification". Both are steps of a procedure ("a recession will follow the
#: tightening": an outcome, not matched).
_STEP = r"""(?: settlement | settlements | payment | payments | payouts? | certification | publication | confirmation
    | ratification | approval | verification | the \s+ (?: official\s+ )? (?: count | results? | tally ) | counting | a \s+ recount
    | (?: the | a ) \s+ formal \s+ \w+ | registration | resolution | disbursement | transfer )"""
_FOLLOWS = re.compile(rf"""(?: ^ | [,;:] | \band ) \s* {_STEP} \s+ will \s+ (?: then\s+ | only\s+ )? (?: follow | come\s+after
    | be\s+made\s+after ) \s+ {_STEP} \s* (?: [.;,]|$ | of\b | by\b | on\b | in\b )""", _FLAGS)

#: Vague amounts: "will decide a lot", "will tell us much", "will change everything", "will matter a great deal".
_VAGUE = re.compile(r"""\bwill \s+ (?: decide | determine | tell | reveal | say | show | change | shape
    | matter | settle ) (?: \s+ us )? \s+ (?: a \s+ lot | a \s+ great \s+ deal | a \s+ good \s+ deal | much | so \s+ much | plenty | everything
    | a \s+ great \s+ many \s+ things | many \s+ things | a \s+ lot \s+ of \s+ things ) \s* (?: [.;,!]|$ | about\b | for\b )""",
                    _FLAGS)
_VAGUE_WORDS = (" a lot", " much", "everything", "great deal", "good deal", "plenty", "many things")


def set_down(before: str, text: str) -> bool:
    """Whether the plain future of ``text`` (``before`` it: the sentence so far) states hours on a timetable, a role's
    date of taking office, a runoff rule, or an outcome too vague to resolve."""
    lowered = text.lower()
    if "will" not in lowered:
        return False
    # cheap substring tests first: most clauses hold none of the words every form needs
    if " at " in lowered and _HOURS_GATE.search(text) and _HOURS.search(text):
        return True
    joined = before + text
    if (" in" in lowered or "office" in lowered or " seat" in lowered or " oath" in lowered or "crowned" in lowered) \
            and any(word in lowered for word in _OFFICE_WORDS) and _OFFICE.search(joined):
        return True
    if (" two" in lowered or "round" in lowered or "run" in lowered or "ballot" in lowered or "vote" in lowered) \
            and " no " in f" {joined.lower()}" and _RUNOFF.search(joined):
        return True
    if " follow" in lowered and _FOLLOWS.search(joined):
        return True
    return any(word in lowered for word in _VAGUE_WORDS) and bool(_VAGUE.search(text))
