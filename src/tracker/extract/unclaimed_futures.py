"""Plain futures that claim nothing will happen: a document's rules for its own predictions, a memo's action
items, an agenda or a timetable, knowledge or a belief denied ("nobody knows where X will be", "can no longer
assume that X will"), and a "will" inside an indirect question ("what is unclear is how fast X will grow").

Each form is read on the words before the clause's first "will" (or on the "will" predicate itself), so a
second judgement after ", and" in the same sentence is not taken with it.
"""

from __future__ import annotations

import re

from tracker.extract.folding import folded

_FLAGS = re.IGNORECASE | re.VERBOSE
_WILL = re.compile(r"\bwill\b", re.IGNORECASE)
#: The words between a lead-in and its "will": no sentence end, no second clause joined by ", and"/", but".
_SAME_CLAUSE = r"(?: (?! ,\s+(?: and | but | while )\b ) [^.;:!?] ){0,140} $"

#: How the document's own predictions are scored: "each prediction ... will be clearly true or false",
#: "all questions will resolve according to ...", "every forecast will be graded against ...".
_HOUSE_RULE = re.compile(r"""
    \b(?: each | every | all | my | our | these | those )\s+ (?: of\s+ (?: the | my | our | these )\s+ )?
        (?: predictions? | forecasts? | questions? | calls? | bets? ) \b [^.;]{0,80}?
    \bwill\s+ (?: \w+ly\s+ )? (?: be\s+ (?: \w+ly\s+ )? )?
        (?: true\s+or\s+false | resol(?: ved? | vable ) | scored | graded | judged | marked | checked )\b""", _FLAGS)

#: A memo's action item: someone will pass news on to colleagues, or once a detail is settled.
_ACTION = re.compile(r"""
    \bwill\s+ (?: also\s+ | then\s+ )? (?: brief | inform | notify | update | email | e-mail )\s+ (?: the\s+ | all\s+ )?
        (?: wider\s+ | whole\s+ | full\s+ | entire\s+ )? (?: [\w-]+\s+ )? (?: team | staff | colleagues | committee | board | group | everyone
        | members )\b
  | \bwill\s+ (?: also\s+ | then\s+ )?
        (?: announce | circulate | share | send | forward | notify | inform | email | e-mail | confirm | communicate
          | update | brief | distribute | report\s+back | follow\s+up | let )\b [^.;]{0,80}?
    (?: \b(?: to | with )\s+ (?: the\s+ | all\s+ )? (?: wider\s+ | whole\s+ | full\s+ | entire\s+ | rest\s+of\s+the\s+ )?
            (?: [\w-]+\s+ )? (?: team | teams | staff | colleagues | committee | board | group | everyone | members )\b
      | \bonce\s+ (?: it | this | that | they | the\s+[\w-]+(?:\s+[\w-]+)? )\s+ (?: is | are | has\s+been | have\s+been )\s+
            (?: confirmed | finalised | finalized | known | available | agreed | approved | signed | settled | fixed
              | decided | ready ) \b )""", _FLAGS)
_ACTION_WORDS = ("announce", "circulate", "share", "send", "forward", "notify", "inform", "mail", "confirm",
                 "communicate", "update", "brief", "distribute", "report back", "follow up", "let ")

#: A timetable cited as the source, or an agenda item: "will present X on 8 July, according to the agenda",
#: "leaders will take stock of ...", "the consultation will run until 30 October".
_SCHEDULE = re.compile(r"""
    \baccording\s+to\s+ (?: the | its | their | a )\s+ (?: [\w’'-]+\s+ ){0,2}?
        (?: agenda | schedule | timetable | programme | program | calendar | invitation | running\s+order )\b
  | \bwill\s+ (?: also\s+ | then\s+ | first\s+ )?
        (?: take\s+stock\s+of | exchange\s+views | hold\s+ (?: talks | discussions | a\s+debate | an\s+exchange
          | a\s+press\s+conference | a\s+minute['’]s\s+silence ) | be\s+briefed | hear\s+from )\b
  | \b(?: consultation | call | window | period | registration | applications | submissions | exhibition | session
          | conference | summit | hearing | festival | survey | offer | sale | pilot | trial | programme | program
          | scheme ) \s+ will\s+ (?: run | remain\s+open | be\s+open | close | open | take\s+place | be\s+held )
        \s+ (?: until | till | through | from | on | in | at | between | for\s+(?: \w+\s+ )?(?: days | weeks | months ) )\b
""", _FLAGS)
_SCHEDULE_WORDS = ("according to", "take stock", "exchange views", "hold ", "briefed", "hear from", " run ",
                   "open", "close", "take place", "be held")

#: Knowledge denied, or a belief one can no longer hold, before the "will": "nobody knows where X will be",
#: "we do not know whether", "it remains to be seen whether", "can no longer assume that X will".
_DENIED = re.compile(r"""
    (?: \b(?: nobody | no\s+one | no-one | none\s+of\s+us | who ) \s+ (?: really\s+ | truly\s+ | yet\s+ )?
            (?: knows | can\s+ (?: say | tell | know | predict | foresee ) )
      | \b(?: we | i | they | you | anyone | one | markets? | investors ) \s+ (?: really\s+ | simply\s+ | just\s+ )?
            (?: do\s+not | don['’]t | does\s+not | doesn['’]t | cannot | can['’]t | can\s+not )\s+ (?: yet\s+ | really\s+ )?
            (?: know | say | tell | predict | foresee )
      | \b(?: unclear | unknown | uncertain | anyone['’]s\s+guess | remains\s+to\s+be\s+seen | an\s+open\s+question )
    ) \s+ (?: [\w’'-]+\s+ ){0,2}? (?: where | whether | how | what | when | if | who | which | why ) \b"""
                     + _SAME_CLAUSE
                     + r"""
  | (?: \b(?: can | could )\s* (?: no\s+longer | not | n['’]t ) | \b(?: should | must )\s* (?: not | n['’]t )
      | \bno\s+longer | \b(?: wrong | a\s+mistake | naive | naïve | unwise | dangerous | premature ) \s+ to )
        \s+ (?: simply\s+ | just\s+ | safely\s+ )?
        (?: assume | presume | take\s+ (?: it\s+ )? for\s+granted | count\s+on | bank\s+on | rely\s+on
          | be\s+ (?: sure | certain | confident ) ) \b""" + _SAME_CLAUSE, _FLAGS)
_DENIED_WORDS = ("know", "say", "tell", "predict", "foresee", "unclear", "unknown", "uncertain", "guess",
                 "to be seen", "open question", "assum", "presum", "granted", "count on", "bank on", "rely on",
                 "sure", "certain", "confident")

#: A "will" inside an indirect question: "what is unclear is how fast X will grow", "the open question is whether Y
#: will follow", "much depends on how Z will". "The risk is that X will" is a claim: no "that"; so is "that is why
#: (when, where, how) X will": a wh-word after a copula asks only after "whether", a wh-clause or a question noun.
_COPULA = r"(?: is | are | was | were | remains | becomes | will \s+ be ) \s+ (?: not\s+ | just\s+ | exactly\s+ | precisely\s+ | simply\s+ | largely\s+ )?"
_ASKED = re.compile(r"""
    (?: \b(?: depends | depend | hinges | turns ) \s+ on\s+ (?: \w+\s+ )? (?: how | whether | what | where | when | who | which | if )
      | \b""" + _COPULA + r"""(?: whether | if )
      | ^\W*what\b [^.;]{0,80}? \b""" + _COPULA + r"""(?: how | what | where | when | who | which )
      | \b(?: question | questions | issue | uncertainty | unknown | puzzle | mystery | debate | challenge | test | worry
          | concern | unknowns ) \s+ """ + _COPULA + r"""(?: how | what | where | when | who | which )
    ) \s+ (?! will\b )""" + _SAME_CLAUSE, _FLAGS)
#: A question someone asks, bets or votes on: "opened a market on whether X will", "a vote over whether", "the
#: debate about whether", "polled as to whether". ("Regardless of whether it rains, X will": the main clause's; so is
#: "Uncertainty over whether X will A, will B": the sentence's own "will" comes after the question.)
_ASKED_ON = re.compile(r"""
    (?<! regardless \s ) (?<! irrespective \s ) \b(?: on | about | over | of | into | as\s+to | asking | asks | asked
        | ask ) \s+ whether \s [^,.;:!?]{1,140} $""", _FLAGS)
_WH = (" how ", " whether ", " what ", " where ", " when ", " who ", " which ", " if ")


#: The verb after "will" (or the word after "will be") in the forms read on the predicate, and words one of which the
#: words before "will" hold in the forms read on them: set and substring tests spare the patterns on most clauses.
_VERBS = frozenset("""announce circulate share send forward notify inform email e-mail confirm communicate update brief
    distribute report follow let take exchange hold hear run remain close open resolve""".split())
_AFTER_BE = frozenset("held open briefed true false resolved scored graded judged marked checked clearly".split())
_HEAD_WORDS = frozenset("""know knows say tell predict foresee unclear unknown uncertain guess seen question longer assume
    presume granted count bank rely sure certain confident how whether what where when who which why according""".split())


def unclaimed(before: str, text: str) -> bool:
    """Whether the plain "will" of ``text`` (``before`` it: the sentence so far) claims nothing will happen."""
    found = _WILL.search(text)
    if found is None:
        return False
    words = folded(text[found.end():found.end() + 40]).split()[:3]
    if words and words[0] in ("also", "then", "first"):
        words = words[1:]
    head = f"{before} {text[:found.start()]}"[-300:] if before else text[:found.start()]  # the words before "will"
    lowered_head = folded(head)  # what re's IGNORECASE matches, letter for letter
    if not (words and (words[0] in _VERBS or words[0] == "be" and len(words) > 1 and words[1] in _AFTER_BE)) \
            and "ccording to" not in text and _HEAD_WORDS.isdisjoint(lowered_head.split()):
        return False
    lowered = folded(text)
    return bool(("true or false" in lowered or "resol" in lowered or "scored" in lowered or "graded" in lowered
                 or "judged" in lowered or "marked" in lowered or "checked" in lowered) and _HOUSE_RULE.search(text)
                or any(word in lowered for word in _ACTION_WORDS) and _ACTION.search(text, found.start())
                or any(word in lowered or word in lowered_head for word in _SCHEDULE_WORDS)
                and (_SCHEDULE.search(text) or _SCHEDULE.search(head))
                or any(word in lowered_head for word in _DENIED_WORDS) and _DENIED.search(head)
                or any(word in lowered_head for word in _WH) and _ASKED.search(head)
                or " whether " in lowered_head and _ASKED_ON.search(head) and _WILL.search(text, found.end()) is None)


def asked(head: str) -> bool:
    """Whether ``head`` (the words before a judgement's phrase) opens an indirect question the phrase is inside: "Among
    the questions will be what form of exchange is possible", "much depends on how likely X is"."""
    return any(word in folded(head) for word in _WH) and bool(_ASKED.search(head))

