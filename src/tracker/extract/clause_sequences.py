"""A second verb under the same modal or predicate, and a relative clause with a claim of its own, read alone.

"X is expected to A and to B", "X will plateau in 2027 and then decline", "We expect the bank to A, and to B": the
second verb is restated with the predicate before the first ("is expected to B", "will decline"), so that each part
is read alone with its own negation and time. With a time of its own in each part, "will A before 2030 and B by
2050" and "will A this month but B in February" are two judgements; "will rise and remain high in 2027" is one.
", of which 6 to 10 will ..." counts part of the set just named ("6 to 10 of the named storms will ..."), and a noun
whose relative clause is judged after a past report ("predicted X, pointing to a Y that is not expected to Z") is
read as "a Y is not expected to Z", without the report.
"""

from __future__ import annotations

import re

from tracker.extract.period_targets import bare_verb
from tracker.extract.scope import signpost

#: "X is expected to A and to B": a second infinitive under the same predicate, its own judgement.
_AND_TO = re.compile(r",?\s+and\s+(?:then\s+)?to\s+(?=(?:\w+ly\s+)?[a-z]+\b)")
#: "X is set to plateau in 2027 and then decline in 2028", "X will rise in 2027 and then fall": a second verb in
#: sequence, its own judgement (and its own time) under the same predicate or modal.
_AND_THEN = re.compile(r",?\s+and\s+then\s+(?=(?:\w+ly\s+)?(?!to\b)[a-z]+\b)")
#: "... but resume cutting them": "but" before a bare verb (not an adverb, a pronoun or a determiner).
_BUT_VERB = re.compile(r",?\s+but\s+(?!(?:not|also|only|then|still|the|a|an|it|they|this|that|there|we|he|she|its|their|"
                       r"at|in|on|by|for|with|from|to|as|if|when|rather|instead)\b)(?=[a-z]+(?<!ly)\s+[a-z])")
#: "will start to decline before 2030 and fall to 441 million by 2050": "and" before a bare verb (not a pronoun, a
#: determiner, an auxiliary or a noun read by its next word: "rates in March and taxes in June" is one verb's objects).
_AND_VERB = re.compile(r",?\s+and\s+(?!(?:not|also|only|then|still|the|a|an|it|they|this|that|there|we|he|she|its|their|"
                       r"at|in|on|by|for|with|from|to|as|if|when|rather|instead|so|thus|therefore|yet|even|more|less|"
                       r"is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|no|all|both|"
                       r"each|other|others|many|some|any|his|her|our|your|my|these|those|one|two|three|later|possibly|"
                       r"perhaps|probably|likely|maybe)\b)(?=[a-z]+(?<!ly)\s+(?:to|by|at|from|above|below|around|about|up|down|back|out|off|over|under)\b"
                       r"|[a-z]+(?<![^s]s)\s+[$£€]?\d)")  # "and reach 2 million", not "and wages 3%": a plural noun
#: "expect prices to ease in October, but rise again in December": under an expectation's infinitive, "and" or "but"
#: before a second bare verb (not one in -s, a plural noun: "and exports in 2028"; an adverb may follow it) with a
#: movement or a time after it.
_JOINED_BARE = re.compile(r",?\s+(?:and|but)\s+(?!(?:not|also|only|then|still|the|a|an|it|they|this|that|there|we|he|she|its|"
                          r"their|at|in|on|by|for|with|from|to|as|if|when|rather|instead|so|thus|therefore|yet|even|more|less|"
                          r"is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|no|all|both|each|"
                          r"other|others|many|some|any|his|her|our|your|my|these|those|one|two|three|later|possibly|perhaps|"
                          r"probably|likely|maybe|early|late|next|last|mid|end|half)\b)(?=[a-z]{3,}(?<!ly)(?<![^s]s)(?<!ed)\s+"
                          r"(?:(?:again|further|back|sharply|slightly|gradually|steadily|only)\s+)?(?:[a-z]{3,}ing\s+)?(?:to|by|at|from|above|below|"
                          r"around|about|up|down|out|off|over|under|in|before|after|through|until|near|close\s+to|[$£€]?\d)\b)")
#: A time of its own in each part: a year, a month, "next", "later", "this month".
_TIME_CUE = re.compile(r"\b(?:20\d\d|January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|next\s+\w+|later\s+this\s+\w+|this\s+(?:month|week|quarter|year)|spring|summer|autumn|"
                       r"winter|(?:first|second|third|fourth|final)\s+(?:quarter|half)|Q[1-4])\b")
#: A time in a second part may also be a fiscal year ("in FY2027") or the rest of a period ("for the rest of the year").
_OWN_TIME = re.compile(_TIME_CUE.pattern + r"|\bFY\s?\d{2,4}\b|\brest\s+of\s+the\s+(?:year|month|quarter|decade|season|winter|summer)\b"
                       r"|\byear-end\b")
#: "is expected to decline in 2026, before recovering in 2027", "sees debt peaking next year before edging lower in
#: 2028": "before" and a verb in -ing, the next step of the sequence, a judgement of its own with its own time.
_BEFORE_ING = re.compile(r",?\s+before\s+(?=(?:(?:\w+ly|then)\s+)?[a-z]{2,}ing\s)")
#: "sees public debt peaking at N": a holder's verb and its object, then the object's verb in -ing.
_SEES_ING = re.compile(r"^(?P<frame>\W*(?:[\w’'.-]+\s+){0,6}?(?:sees?|expects?|projects?|forecasts?|has|have)\s+"
                       r"(?:[\w’'.%-]+\s+){1,6}?)[a-z]{2,}ing\b", re.IGNORECASE)
#: "We expect the bank to A, and to B": the writer's expectation of an object, which the second infinitive shares.
_EXPECTS_TO = re.compile(r"^(?:[\w’'.-]+\s+){0,6}?(?:expects?|projects?|forecasts?|anticipates?)\s+(?:[\w’'.-]+\s+){1,6}?to\b",
                         re.IGNORECASE)
_WILL_VERB = re.compile(r"(?=[w])\b(?:will|won['’]t)\s+(?:(?:also|then|probably|likely|still)\s+)?(?=[a-z])", re.IGNORECASE)
_GOVERNING = re.compile(r"\b(?:is|are)\s+(?:(?:not|also|still|now|therefore)\s+)*(?:likely|unlikely|expected|projected|"
                        r"forecast|set|on\s+track)\s+to\b", re.IGNORECASE)


#: "We expect A to B": the expecter and its verb, before the first object.
_EXPECT_FRAME = re.compile(r"^(?P<frame>\W*(?:[\w’'.-]+\s+){0,6}?(?:expects?|projects?|forecasts?|anticipates?|predicts?)\s+)"
                           r"(?:[\w’'.%-]+\s+){1,6}?to\s+(?=[a-z])", re.IGNORECASE)
#: "..., and public debt to fall below 90%": a second object and its own infinitive under the same expectation (its
#: first word no pronoun, adverb or "to": "and then to", "and we expect" are other forms; a list is one object: "and
#: maize, rapeseed and barley to hold steady").
_AND_OBJECT = re.compile(r",?\s+and\s+(?P<object>(?!(?:to|then|also|not|so|that|which|we|i|it|they|he|she|there|this|these|"
                         r"thus|therefore|even|only|possibly|perhaps|probably|likely)\b)[\w’'.-]+(?:(?:,\s+|\s+(?:and|or)\s+|\s+)(?!(?:to|that|which|who|"
                         r"will|would|is|are|was|were|and|or)\b)[\w’'.%-]+){0,5})\s+to\s+(?=[a-z])", re.IGNORECASE)
#: A figure or a time in a part: without a comma before "and", both parts need one to be two claims ("expects the
#: plan to give families and businesses time to adjust" is one).
_MEASURE = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                      r"next|this|end|before|by|until|through|flat|steady|unchanged)\b")


def split_objects(piece: str) -> list[str]:
    """``piece`` cut before each second object with its own infinitive under one expectation ("Staff projects the
    surplus to narrow to 0.1% in 2026, and public debt to fall below 90% by 2028"), restated with the expecter ("Staff
    projects public debt to fall ..."); ``[piece]`` otherwise."""
    if " and " not in piece or piece.count(" to ") < 2:
        return [piece]
    frame = _EXPECT_FRAME.match(piece)
    found = frame and _AND_OBJECT.search(piece, frame.end())
    if not found:
        return [piece]
    first, rest = piece[:found.start()], piece[found.end():]
    if not found.group(0).startswith(",") and not (_MEASURE.search(first, frame.end()) and _MEASURE.search(rest)):
        return [piece]
    return [first, *split_objects(f"{frame.group('frame')}{found.group('object')} to {rest}")]


def _may_govern(piece: str) -> bool:
    """Whether ``piece`` names a word ``_GOVERNING`` or ``_EXPECTS_TO`` needs (far cheaper than either pattern)."""
    return "expect" in piece or "project" in piece or "forecast" in piece or "anticipat" in piece or "likely" in piece \
        or "set to" in piece or "on track" in piece


def restate_bare_verb(previous: str, piece: str) -> str:
    """``piece`` restated under ``previous``'s expectation when a ", but" cut it off as a bare verb with a time of its
    own ("We expect prices to ease in October" + "rise again in December" -> "We expect prices to rise again in
    December"); ``piece`` otherwise."""
    if " to " not in previous or not piece[:1].islower() or not _may_govern(previous):
        return piece
    governing = _GOVERNING.search(previous) or _EXPECTS_TO.search(previous)
    if governing is None or previous.startswith("be ", governing.end() + 1) \
            or not _JOINED_BARE.match(" but " + piece) or not _TIME_CUE.search(previous, governing.end()) \
            or not _TIME_CUE.search(piece):
        return piece
    predicate = governing.group(0)[:-len("to")] if governing.re is _GOVERNING else previous[:governing.end() - len("to")]
    return f"{predicate.strip()} to {piece}"


def split_infinitives(piece: str) -> list[str]:
    """``piece`` cut before each "and to VERB" under a predicative phrase ("is expected to A and to B"); the
    second piece restates the predicate ("is expected to B") so that it borrows the subject and is read alone.
    "will A later this month but B in February", "will A before 2030 and B by 2050": a second verb with a time of its
    own, after "but" or "and", likewise."""
    if " but " in piece and (modal := _WILL_VERB.search(piece)) and (but := _BUT_VERB.search(piece, modal.end())) \
            and _TIME_CUE.search(piece, modal.end(), but.start()) and _TIME_CUE.search(piece, but.end()):
        return [piece[:but.start()], f"will {piece[but.end():]}"]
    if " and " in piece and (modal := _WILL_VERB.search(piece)) and (joined := _AND_VERB.search(piece, modal.end())) \
            and _TIME_CUE.search(piece, modal.end(), joined.start()) and _TIME_CUE.search(piece, joined.end()):
        return [piece[:joined.start()], *split_infinitives(f"will {piece[joined.end():]}")]
    if (" and " in piece or " but " in piece) and " to " in piece and _may_govern(piece) \
            and (governing := _GOVERNING.search(piece) or _EXPECTS_TO.search(piece)) \
            and not piece.startswith("be ", governing.end() + 1) \
            and (joined := _JOINED_BARE.search(piece, governing.end())) \
            and _TIME_CUE.search(piece, governing.end(), joined.start()) and _OWN_TIME.search(piece, joined.end()):
        # "We expect prices to ease in October, but rise again in December": the second verb under the same
        # expectation, with a time of its own, restated whole ("We expect prices to rise again in December")
        predicate = governing.group(0)[:-len("to")] if governing.re is _GOVERNING else piece[:governing.end() - len("to")]
        return [piece[:joined.start()], *split_infinitives(f"{predicate}to {piece[joined.end():]}")]
    if "before " in piece and (split := _split_before_ing(piece)):
        return split
    if "and then" in piece and (modal := _GOVERNING.search(piece) or _WILL_VERB.search(piece) or _EXPECTS_TO.search(piece)):
        parts = _AND_THEN.split(piece[modal.end():])
        # "This chapter will discuss A, and then turn to B": the second verb is the signpost's too, no forecast
        if len(parts) > 1 and not signpost(piece[:modal.end()] + parts[0]):
            restated = modal.group(0) if modal.group(0).rstrip().endswith("to") else "will "
            return [piece[:modal.end()] + parts[0], *(f"{restated.rstrip()} {part}" for part in parts[1:])]
    governing = None
    if " to " in piece and ("and to" in piece or "and then to" in piece):
        governing = _GOVERNING.search(piece) or _EXPECTS_TO.search(piece)
    if governing is None:
        return [piece]
    parts = _AND_TO.split(piece[governing.end():])
    if len(parts) == 1:
        return [piece]
    # "We expect the bank to A and to B": B restated whole ("We expect the bank to B"), the expecter and all
    predicate = governing.group(0)[:-len("to")] if governing.re is _GOVERNING else piece[:governing.end() - len("to")]
    return [piece[:governing.end()] + parts[0], *(f"{predicate}to {part}" for part in parts[1:])]


def _split_before_ing(piece: str) -> list[str] | None:
    """``piece`` cut before ", before -ing" when each part has a time of its own, the second restated under the first's
    predicate ("is expected to recover in FY2027", "will edge lower in 2028", "The ministry sees debt edging lower in
    2028"); None otherwise ("will rise before easing" has no time of its own in each part: one judgement)."""
    found = _BEFORE_ING.search(piece)
    if found is None or not _OWN_TIME.search(piece, found.end()):
        return None
    step = piece[found.end():]
    if (sees := _SEES_ING.match(piece)) and sees.end() <= found.start() and _OWN_TIME.search(piece, sees.end(), found.start()):
        return [piece[:found.start()], f"{sees.group('frame')}{step}"]  # the holder's object and its next -ing step
    governing = (_GOVERNING.search(piece, 0, found.start()) or _EXPECTS_TO.search(piece[:found.start()])
                 or _WILL_VERB.search(piece, 0, found.start())) if _may_govern(piece) or "will" in piece else None
    if governing is None or not _OWN_TIME.search(piece, governing.end(), found.start()):
        return None
    verb, _, rest = step.partition(" ")
    if verb.endswith("ly") or verb == "then":  # "before gradually recovering": the adverb stays before its verb
        adverb, (verb, _, rest) = f"{verb} ", rest.partition(" ")
    else:
        adverb = ""
    bare = f"{adverb}{bare_verb(verb)} {rest}"
    if governing.re is _WILL_VERB:
        return [piece[:found.start()], f"will {bare}"]
    predicate = governing.group(0)[:-len("to")] if governing.re is _GOVERNING else piece[:governing.end() - len("to")]
    return [piece[:found.start()], f"{predicate.strip()} to {bare}"]


#: ", of which 6 to 10 will ...": a count of the set just named, a claim of its own about part of the set.
_PARTITIVE = re.compile(r",\s+(?:of|among)\s+(?:which|whom|these|them)\s+(?P<count>(?:(?:about|around|roughly|some|up\s+to|at\s+least|"
                        r"perhaps)\s+)?(?:\d[\d,.]*(?:\s*(?:to|-|–)\s*\d[\d,.]*)?%?|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"half|most|many|several|a\s+third|a\s+quarter|a\s+few))\s+(?=[a-z])", re.IGNORECASE)
#: The set named before it: the words after its count or determiner ("14 to 20 named storms", "the new reactors").
_SET = re.compile(r"(?:\b\d[\d,.]*(?:\s*(?:to|-|–)\s*\d[\d,.]*)?|\b(?:the|its|their|these|those|some|many))\s+"
                  r"(?P<set>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)$", re.IGNORECASE)


def split_partitive(piece: str) -> list[str]:
    """``piece`` cut before ", of which N ..." with the set restated ("N of the named storms will ..."), so that the
    count reads as a clause with its own subject; ``[piece]`` when it has none."""
    if "of which" not in piece and "of whom" not in piece and "among " not in piece:
        return [piece]
    found = _PARTITIVE.search(piece)
    if found is None:
        return [piece]
    named = _SET.search(piece, 0, found.start())
    whole = f"the {named.group('set')}" if named else "them"
    return [piece[:found.start()], f"{found.group('count')} of {whole} {piece[found.end():]}"]


#: "Forecasters predicted a busy season, pointing to a Pacific that is not expected to produce El Nino": after a
#: past report, a noun with a relative clause carrying its own estimative predicate is the live judgement; read alone
#: ("a Pacific is not expected to ..."), it keeps the report's past facts ("the fourth in five years") out of it.
_RELATIVE_JUDGED = re.compile(r"(?:,\s+|\s+(?:and|to|of|with|by|citing)\s+)(?P<noun>(?:an?|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:that|which)\s+"
                              r"(?=(?:is|are)\s+(?:(?:not|also|still|now)\s+)*(?:likely|unlikely|expected|projected|forecast|"
                              r"set)\s+to\b)", re.IGNORECASE)
_PAST_REPORT = re.compile(r"\b(?:predicted|forecast|projected|said|warned|reported|announced|noted|issued|released|"
                          r"published|called\s+for|pointing\s+to|citing)\b", re.IGNORECASE)


def split_relative_judgement(piece: str) -> list[str]:
    """``piece`` cut before a noun whose relative clause is judged, after a past report; ``[piece]`` otherwise."""
    if " that " not in piece and " which " not in piece or "ed to" not in piece and "ly to" not in piece \
            and "set to" not in piece and "forecast to" not in piece:
        return [piece]
    found = _RELATIVE_JUDGED.search(piece)
    if found is None or _PAST_REPORT.search(piece, 0, found.start()) is None:
        return [piece]
    return [piece[:found.start()], f"{found.group('noun')} {piece[found.end():]}"]
