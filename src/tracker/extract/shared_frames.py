"""A second judgement that leans on the first clause's frame, restated so that it reads alone.

English often states two forecasts in one sentence and gives the second no frame of its own:

- an absolute clause with its own estimative word: "rain will persist until July, with temperatures likely to climb
  above 35 degrees over the weekend" -> "temperatures are likely to climb above 35 degrees over the weekend";
- an absolute clause whose verb is in -ing, under the first clause's expectation or modal: "We forecast growth of 1.6%
  next year, with the unemployment rate peaking around 4.8% in the summer" -> "We forecast the unemployment rate to
  peak around 4.8% in the summer"; "Inflation will ease to 2% in 2027, with wages rising by 3%" -> "wages will rise
  by 3%";
- a contrast in the present tense under an expectation: "X expects volumes to grow by 1.8% in 2027, while the fleet
  expands by 5.4%" -> "X expects the fleet to expand by 5.4%" (a present tense under a future frame is the frame's).

Each restated clause keeps its own time and negation, and the first clause loses the second's time. An appositive
comparison between them (", a shade under the 1.9% consensus,") is someone else's figure, not a claim: it is dropped.
A verb in -ing or -s is only read as the clause's verb when a movement or a figure follows it ("rising to", "expands by
5.4%"): "with the building of new plants" and "while the talks continue" are not restated.
"""

from __future__ import annotations

import re

from tracker.extract.period_targets import bare_verb

#: "with temperatures likely to climb": a noun phrase (no relative, no "being", which clauses.py reads) and its own
#: estimative word before an infinitive.
_WITH_JUDGED = re.compile(r",\s+with\s+(?P<np>(?:the|a|an|its|their|our|his|her|some|most|many|further|more|[\w’'-]+)\s+"
                          r"(?:(?!(?:that|which|who|being|to|will|would)\b)[\w’'.%-]+\s+){0,6}?)"
                          r"(?P<phrase>(?:(?:also|still|now|very|highly|most|all\s+but)\s+)?(?:likely|unlikely|expected|set|"
                          r"forecast|projected|poised|due|certain)\s+to\s+)(?=[a-z])", re.IGNORECASE)
#: A movement or a figure after a verb: what makes "peaking around 4.8%", "expands by 5.4%" and "averaging between $90
#: and $110" (a range) a claim.
_MEASURED = r"(?=(?:to|by|at|around|about|above|below|from|toward|towards|near|past|beyond|under|over|between)\s+\S|[$£€]?\d)"
#: "with the unemployment rate peaking around 4.8%": a noun phrase of up to six words, then a verb in -ing.
_WITH_ING = re.compile(r",\s+with\s+(?P<np>(?:the|a|an|its|their|our|[A-Za-z][\w’'-]*)\s+(?:(?!(?:that|which|who|being)\b)"
                       r"[\w’'.-]+\s+){0,5}?)(?P<verb>[a-z]{3,}ing)\s+" + _MEASURED, re.IGNORECASE)
#: "the fleet expands by 5.4%": a noun phrase and a verb in the present tense (third person, in -s), then a movement.
_PRESENT = re.compile(r"^(?P<np>(?:the|a|an|its|their|our|[A-Za-z][\w’'-]*)\s+(?:(?!(?:that|which|who|will|would|is|are|"
                      r"was|were|has|have|had)\b)[\w’'.-]+\s+){0,5}?)(?P<verb>(?-i:[a-z]{3,}))\s+" + _MEASURED, re.IGNORECASE)
#: Words before a movement that are no verb in the present tense: the past ("rose by"), auxiliaries, adverbs.
_NOT_PRESENT = frozenset("is was has does are were have had did rose fell grew went came sank shrank hit held kept stood "
                         "saw ran also still only just even well".split())
#: The first clause's expectation with its object and infinitive: "Sealytics expects global container volumes to".
_EXPECTS_OBJECT = re.compile(r"^(?P<frame>(?:[\w’'.,-]+\s+){0,8}?(?:expects?|forecasts?|projects?|predicts?|anticipates?|"
                             r"sees?)\s+)(?:[\w’'.%-]+\s+){1,8}?to\s+[a-z]", re.IGNORECASE)
#: The first clause's expectation with a noun object: "We forecast real GDP growth of 1.6%" (no infinitive needed).
_EXPECTS_ANY = re.compile(r"^(?P<frame>(?:[\w’'.,-]+\s+){0,8}?(?:expects?|forecasts?|projects?|predicts?|anticipates?|"
                          r"sees?)\s+)(?=\S)", re.IGNORECASE)
_WILL = re.compile(r"\b(?P<will>will|won['’]t|will\s+not)\s+(?:(?:also|still|probably|likely|then)\s+)?[a-z]", re.IGNORECASE)
#: ", a shade under the 1.9% consensus": a comparison with another figure set off by commas, not a claim.
_COMPARISON = re.compile(r",\s+(?:(?:a\s+shade|a\s+touch|a\s+little|a\s+bit|slightly|just|well|somewhat|marginally|"
                         r"comfortably|far)\s+)?(?:under|below|above|over|short\s+of|ahead\s+of|shy\s+of|in\s+line\s+with|"
                         r"close\s+to|up\s+from|down\s+from)\s+(?:the\s+|our\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
                         r"[$£€]?\d[\d.,]*\s?(?:%|per\s?cent|percent)?(?:\s+[\w-]+){0,3}?(?=,|\s*$)", re.IGNORECASE)


def split_with_clause(piece: str) -> list[str]:
    """``piece`` cut before an absolute ", with ..." clause that states a judgement of its own, the clause restated
    to read alone; ``[piece]`` when it holds none."""
    if ", with " not in piece:
        return [piece]
    if judged := _WITH_JUDGED.search(piece):
        np = judged.group("np").strip()
        return [piece[:judged.start()], f"{np} {_be(np)} {judged.group('phrase')}{piece[judged.end():]}"]
    found = _WITH_ING.search(piece)
    if found is None:
        return [piece]
    first = piece[:found.start()]
    claim = f"{found.group('np')}{{verb}} {piece[found.end():]}"
    verb = bare_verb(found.group("verb"))
    if frame := _EXPECTS_ANY.match(first):  # "We forecast A, with B rising": "We forecast B to rise"
        second = frame.group("frame") + claim.format(verb=f"to {verb}")
    elif will := _WILL.search(first):  # "X will A, with B rising": "B will rise"
        second = claim.format(verb=f"{will.group('will')} {verb}")
    else:
        return [piece]
    return [_COMPARISON.sub("", first), second]


def restate_present(previous: str, joiner: str, piece: str) -> str:
    """``piece`` restated under ``previous``'s expectation when it is a contrast in the present tense ("X expects A
    to grow, while B expands by 5.4%" -> "X expects B to expand by 5.4%"); ``piece`` otherwise."""
    if not (joiner.strip(" ,").lower() in ("while", "whereas", "whilst")) or not piece[:1].isalpha():
        return piece
    found = _PRESENT.match(piece)
    frame = found and _EXPECTS_OBJECT.match(previous.strip())
    if not frame or (verb := found.group("verb")) in _NOT_PRESENT or verb.endswith(("ed", "ing", "ly")):
        return piece
    # "the fleet expands": the third person in -s; "costs climb": a plural subject and the bare verb
    if not verb.endswith("s") or verb.endswith("ss"):
        if not found.group("np").rstrip().endswith("s"):
            return piece
    else:
        verb = _bare_present(verb)
    return f"{frame.group('frame')}{found.group('np')}to {verb} {piece[found.end():]}"


def present_claim(claim: str) -> str | None:
    """A claim in the present tense with a movement after its verb, put in the future ("the number falls below 8
    million" -> "the number will fall below 8 million"); None when it holds no such verb."""
    found = _PRESENT.match(claim)
    if not found or (verb := found.group("verb")) in _NOT_PRESENT or verb.endswith(("ed", "ing", "ly")):
        return None
    if not verb.endswith("s") or verb.endswith("ss"):
        if not found.group("np").rstrip().endswith("s"):
            return None
    else:
        verb = _bare_present(verb)
    return f"{found.group('np')}will {verb} {claim[found.end():]}"


def bare_present(verb: str) -> str:
    """The bare form of a verb in the present tense (``_bare_present``)."""
    return _bare_present(verb)


def _bare_present(verb: str) -> str:
    """The bare form of a verb in the present tense: "expands" -> "expand", "carries" -> "carry", "pushes" -> "push"."""
    lowered = verb.lower()
    if lowered.endswith("ies"):
        return verb[:-3] + "y"
    if lowered.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def _be(noun_phrase: str) -> str:
    """"is" or "are" for a noun phrase, read from its last word ("temperatures are", "the risk is")."""
    last = noun_phrase.split()[-1].lower()
    return "are" if last.endswith("s") and not last.endswith(("ss", "us", "is")) else "is"
