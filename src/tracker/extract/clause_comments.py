"""What a clause says about the judgement before it rather than as a judgement of its own: a trailing "which" comment
and a hedge that the next clause settles.

- "X would probably be cut before Christmas, which should draw some hedgers back", "they expected A, which would
  trigger a clawback", "a one-in-three chance of B, which looks rich to us": a relative "which" right before its own
  modal (or a verb of seeming "to us") comments on the whole judgement before it. Kept in, it becomes part of the
  claim ("Will A, which should draw hedgers back?") and of what the claim is matched with. It is cut when the clause
  before it judges (a modal or an estimative word); "Prices rose 5%, which will push inflation up" keeps it, the only
  forecast in the sentence.
- "A strike cannot be ruled out, but the agency considers such a strike unlikely in 2026": a hedge on an event that the
  next clause ("but ...") judges with a stated phrase and time. They are one judgement: the hedge is dropped and "such
  a strike" in the judgement is named by the hedge's subject.
"""

from __future__ import annotations

import re

#: ", which should draw ...", ", which would trigger ...", ", which looks rich to us": a relative whose subject is the
#: "which" itself, with its own modal, or a verb of seeming judged by the writer ("to us", "to me").
_TRAILING_COMMENT = re.compile(r",\s+which\s+(?:(?:in\s+turn|also|then|itself)\s+)?(?:(?:would|should|could|may|might)\s+"
                               r"(?:(?:also|probably|likely|well|further|only|then)\s+)?(?!be\s+(?:the|a|an)\b)[a-z]+\b"
                               r"|(?:looks|seems|appears|sounds|strikes\s+us\s+as|feels)\s+[^,;]{1,40}?\bto\s+(?:us|me)\b"
                               # ", which keeps switching economics where they are", ", which leaves the deficit at 3%": a
                               # present-tense consequence the writer draws, a comment on the judgement like a modal one
                               r"|(?:keeps|leaves|means|puts|makes|implies|helps|gives|brings|pushes|holds|limits|caps|adds)\s)"
                               r"[^;]*$", re.IGNORECASE)
#: The clause before the comment judges: a modal or an estimative word or a number's chance.
_JUDGES = re.compile(r"\b(?:will|would|won['’]t|should|likely|unlikely|probably|probable|expects?|expected|forecast|projected|"
                     r"chance|odds|probability|likelihood|risk)\b", re.IGNORECASE)


#: "will hit a record in October, when the new terminal is scheduled to load its first cargo": a "when" clause right
#: after the claim's time says what else happens then (a schedule, a fact); no judgement of its own (one with its own
#: estimative is cut off as a clause of its own before this is read), so no part of the claim.
_TRAILING_WHEN = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"(?:19|20)\d\d|spring|summer|autumn|fall|winter|quarter|half|week|month|year)"
                            r",\s+when\s+(?![^;]*\b(?:likely|unlikely|probably|expected|forecast|projected|chance)\b)[^;]*$",
                            re.IGNORECASE)


def cut_trailing_comment(piece: str) -> str:
    """``piece`` without a trailing ", which <modal> ..." comment on the judgement before it, or a trailing ", when"
    clause after its time; ``piece`` when it holds none or when the part before it judges nothing (then the comment
    may be the sentence's only forecast)."""
    if ", when " in piece and (when := _TRAILING_WHEN.search(piece)) and _JUDGES.search(piece, 0, when.start()):
        piece = piece[:piece.index(",", when.start())]
    if ", which " not in piece:
        return piece
    found = _TRAILING_COMMENT.search(piece)
    if found is None or not _JUDGES.search(piece, 0, found.start()):
        return piece
    return piece[:found.start()]


#: "X cannot be ruled out", "X can't be excluded", "X remains possible": a hedge on an event, its subject first.
_HEDGE = re.compile(r"^\W*(?P<subject>(?:[\w’'.()/-]+\s+){1,14}?)(?:cannot|can\s*not|can['’]t)\s+be\s+(?:entirely\s+|completely\s+|fully\s+)?"
                    r"(?:ruled\s+out|excluded|discounted)\W*$", re.IGNORECASE)
#: "such an attack", "such a strike", "this scenario", "such attacks": the next clause's pointer back to the hedged event.
_POINTER = re.compile(r"\b(?:such\s+(?:an?\s+)?[\w-]+|this\s+(?:scenario|outcome|event))\b", re.IGNORECASE)
#: The next clause states its own judgement of it: an estimative word.
_STATED = re.compile(r"\b(?:likely|unlikely|improbable|probable|remote|low|high|possible)\b", re.IGNORECASE)


def settled_hedge(hedge: str, judgement: str) -> str | None:
    """``judgement`` with its pointer ("such an attack") named by the subject of ``hedge`` when ``hedge`` is a hedge
    ("X cannot be ruled out") that ``judgement`` settles with a stated estimative word; None otherwise."""
    if "rul" not in hedge and "exclud" not in hedge and "discount" not in hedge:
        return None
    found = _HEDGE.match(hedge)
    pointer = found and _POINTER.search(judgement)
    if not pointer or not _STATED.search(judgement, pointer.end()):
        return None
    subject = found.group("subject").strip()
    if subject.split()[0] in ("A", "An", "The", "Such", "This", "Any"):  # a determiner, no name: lower case mid-sentence
        subject = subject[0].lower() + subject[1:]
    return f"{judgement[:pointer.start()]}{subject}{judgement[pointer.end():]}"
