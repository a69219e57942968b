"""Shapes of English around an estimative word that the main reading (``judgements._estimative``) would miss or
misread: "X is liable to remain" (the word needs its infinitive: "liable for the losses" is law, not likelihood),
"X, however, is unlikely" (an adverb set off between the subject and its copula, which may also have split the
clause there: the clause is read whole again), and "we see X as unlikely" / "we regard X as likely" (the authors' judgement of a named event).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.clauses import Clause
from tracker.extract.judged_objects import according_holder, judged_object  # noqa: F401 (judgements')

_FLAGS = re.IGNORECASE | re.DOTALL

#: "liable to VERB", not "liable to a fine / to prosecution / to pay tax": a legal exposure or duty is no estimate.
_LIABLE_TO = re.compile(r"^\s+to\s+(?!(?:a|an|the|any|such|prosecution|penalt\w*|fines?|tax\w*|pay|damages|claims?|"
                        r"be\s+(?:fined|prosecuted|sued|charged|taxed|jailed|imprisoned|punished|held\s+liable))\b)[a-z]", _FLAGS)
#: An adverb set off by commas between a subject and its copula: "A snap election, however, is unlikely".
_SET_OFF = re.compile(r",\s*(?:however|though|too|moreover|meanwhile|nevertheless|nonetheless|in\s+turn|for\s+now|for\s+"
                      r"its\s+part|by\s+contrast|in\s+our\s+view)\s*,\s*(?=(?:is|are|remains?|seems?|looks?|appears?)\s+\S*\s*$)", _FLAGS)
#: What a ", however," split left behind in the clause before: "...; a snap election, however,", "We think X is, however,".
_HEAD_BEFORE = re.compile(r"(?:^|(?<=[;:]\s)|(?<=\.\s))\W*(?P<head>[^,;:]{3,160}?),\s*(?:however|though|too|moreover|"
                          r"nevertheless|nonetheless|by\s+contrast)\s*,?\s*$", _FLAGS)
#: A predicate going on after the aside: "is unlikely", "still unlikely", "are, ... likely to".
#: "X is, however, not expected": the copula before the aside, its "not" after it, is one predicate too.
_PREDICATE_GOES_ON = re.compile(r"^\s*(?:is|are|remains?|seems?|looks?|appears?|still|also|now|even|likely|unlikely|highly|very|"
                                r"probably|almost|not)\s", _FLAGS)
#: "We (also) see X as", "we regard X as", "our team views X as": the authors' judgement of X, the phrase after "as".
_SEEN_AS = re.compile(r"""^\W*(?:[^,]{0,60},\s+)?(?:we|i|our\s+(?:[\w’'-]+\s+){0,2}?(?:forecasters|analysts|team|economists))\s+
    (?:(?:also|now|still|continue\s+to|would)\s+)*(?:see|regard|view|rate)\s+
    (?P<claim>(?!(?:it|this|that|them|these|those)\b).{3,200}?)\s+as\s+(?:(?:very|highly|quite|rather|now|still)\s+)?$""",
                      _FLAGS | re.VERBOSE)
#: What may follow the phrase of "see X as unlikely": the end, a bracket, a comma, a time.
_SEEN_AFTER = re.compile(r"^\s*(?:$|[,.;:(!)–—]|\s(?:in|before|by|this|next|for|at|over|within|until)\b)", _FLAGS)
#: A named event with its participle and time: "a ceasefire agreed by 31 March 2027", "elections being called before June".
_PARTICIPLE_EVENT = re.compile(r"""^(?P<event>(?:an?|the|any|further|early|new|\w+)\s.{2,160}?)\s+(?:being\s+)?(?P<adverb>\w+ly\s+)?
    (?P<participle>(?!(?:need|feed|speed|bleed|seed|breed|hundred|shed|bed|red|greed|creed)\b)[a-z]{3,}ed|held|won|made|signed|
        struck|built|taken|given|brought|sold|begun|done|shut|laid|lost|met|found|chosen|drawn|sworn)\s+
    (?P<rest>(?:by|before|in|within|until|on|during|this|next|no\s+later\s+than)\b.*)$""", _FLAGS | re.VERBOSE)


def liable_use(written: str, after: str) -> bool:
    """Whether ``written`` is read as a judgement here: "liable" only before "to" and a verb."""
    return written.lower() != "liable" or bool(_LIABLE_TO.match(after))


def without_set_off(before: str) -> str:
    """``before`` (the words before the phrase) without an adverb set off between subject and copula."""
    return _SET_OFF.sub(" ", before) if "," in before else before


#: "It is possible, though | not our expectation, that X": a concessive aside split off "it is PHRASE", its that-clause
#: after it; the clause is read whole again, so that the phrase judges X.
#: ("possible, although not probable, that X": the denied "probable" is the weaker judgement, read as it was split)
_CONCESSIVE_REST = re.compile(r"^\s*not\s+(?!(?:(?:very|highly|that|so|especially)\s+)?(?:likely|probable)\b)[^,;:]{2,40}?,\s*that\b", _FLAGS)
_IT_IS_BEFORE = re.compile(r"(?:^|(?<=[;:]\s)|(?<=\.\s))\W*(?P<head>it\s+(?:is|seems|looks|appears|remains)\s+[^,;:]{2,40}?),\s*"
                           r"(?P<aside>though|although|albeit|if)\s*$", _FLAGS)


def rejoined(clause: Clause) -> Clause:
    """``clause`` with the subject (and copula) a ", however," split off put back before it: "A snap poll, however, |
    is unlikely" reads "A snap poll is unlikely"; any other clause as it is."""
    text, before = clause.text, clause.before
    if text[:4].lower() == "not " and (match := _IT_IS_BEFORE.search(before)) and _CONCESSIVE_REST.match(text):
        return replace(clause, text=f"{match.group('head')}, {match.group('aside')} {text}", subject=None, coordinated=False)
    if "," not in before[-14:] or not _PREDICATE_GOES_ON.match(text) or (match := _HEAD_BEFORE.search(before)) is None:
        return clause
    return replace(clause, text=f"{match.group('head').strip()} {text.lstrip()}", subject=None, coordinated=False)


def seen_as_claim(before: str, after: str) -> str | None:
    """The claim of "we see X as PHRASE" (X a named event), as a future, else None."""
    if " as" not in before[-12:] or not _SEEN_AFTER.match(after) or (match := _SEEN_AS.match(before)) is None:
        return None
    return participle_claim(match.group("claim")) or f"there will be {match.group('claim').strip()}"


def participle_claim(event: str) -> str | None:
    """"a ceasefire agreed by 31 March 2027" -> "a ceasefire will be agreed by 31 March 2027", else None."""
    match = _PARTICIPLE_EVENT.match(event.strip(" ,."))
    if match is None or re.search(r"\b(?:is|are|was|were|will|would|has|have|had)\b", match.group("event"), re.IGNORECASE):
        return None
    return f"{match.group('event')} will be {match.group('adverb') or ''}{match.group('participle')} {match.group('rest')}"


#: "would" as the past of "will": a report in the past ("we wrote that Iran would probably expand", "the Committee had
#: said that inflation would probably fall"), a forecast made then, not now; or a hypothesis ("would probably close the
#: port if the talks failed", "Without X, Y would likely force ...", "reforms, which would inevitably cause ..."), which
#: judges what follows a condition, not what will happen.
_WOULD_END = re.compile(r"\bwould\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_PAST_REPORT = re.compile(r"\b(?:wrote|said|stated|predicted|forecast|expected|projected|thought|believed|judged|assessed|"
                          r"concluded|argued|warned|noted|estimated|reported|told|suggested|claimed|feared|hoped|had)\b", re.IGNORECASE)


_HYPOTHESIS = re.compile(r"\b(?:if|unless|were|without|otherwise|should|in\s+the\s+event|had\s+\w+ed)\b|\bwhich\s+would\b", re.IGNORECASE)


def past_would(before: str, earlier: str, text: str = "") -> bool:
    """Whether the "would" ending ``before`` reports a past forecast (a verb of saying in the past before it) or
    judges a hypothesis (a condition in the sentence: "Should the ECB pause, X would almost certainly pause too")."""
    return "would" in before and bool(_WOULD_END.search(before)) and bool(
        _PAST_REPORT.search(f"{earlier} {before}") or _HYPOTHESIS.search(f"{earlier} {text}"))


#: Verbs of a state, not an event: "is likely to reflect / coincide with" judges how things are now.
STATIVE = re.compile(r"(?:coincide|correspond|reflect|represent|mirror|resemble|match|equal|understate|overstate|"
                     r"underestimate|overestimate|exaggerate|differ)\b", _FLAGS)
#: An intention or plan after an adverbial phrase: "(very likely) intends to", "(probably) plans to".
INTENT_AFTER = re.compile(r"^\s+((?:intends?|plans?|aims?|seeks?|wants?|(?:is|are)\s+(?:preparing|planning))\s+to\s+\w.*)$",
                          _FLAGS)
