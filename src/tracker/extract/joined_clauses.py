"""Cutting a piece of a sentence at an "and" that joins two whole clauses, each a judgement of its own.

"X will likely deepen, and relations with the West will likely continue" and "Inflation will fall by the summer and
the bank will cut rates in 2027" state two forecasts; "security, defence, and energy will" and "It is likely that
Russia and China will ..." state one. The "and" is cut only when both sides have a subject and a modal (or a phrase)
of their own, so a list or a coordinated subject stays whole. Read by ``clauses.split_clauses`` after the boundaries.
"""

from __future__ import annotations

import re

#: A finite verb: a modal, a form of "be", "have" or "do", or a verb of reporting or judging.
_FINITE = (r"(?:will|would|won['’]t|shall|should|must|can(?:not)?|could|may|might|is|are|was|were|isn['’]t|aren['’]t|"
           r"has|have|had|does|do|did|doesn['’]t|don['’]t|didn['’]t|said|says|concluded|concludes|found|finds|noted|notes|"
           r"warned|warns|reported|stated|argued|argues|estimated|estimates|showed|shows|suggested|suggests|indicated|"
           r"indicates|expects?|projects?|judges?|assess(?:es)?|think|believe|see|anticipate)\b")
#: ", and" between two clauses that each have their own subject and modal ("X will likely deepen, and
#: relations with the West will likely continue"); a list ("security, defence, and energy will") has
#: no modal before it, so it is not cut.
#: The subject may hold a parenthetical ("the activities, as well as the threats, will"; "its staff, now around 1,600,
#: is expected to": a figure with its thousands comma or decimal point is one word) and the second
#: clause may carry its own phrase ("X will increase, and Y is likely to move ...").
_AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:[\w’'$£€-]+(?:[.,]\d+)*%?,?\s+){1,12}?(?:(?:also|still|then|only|inevitably|likely|probably)\s+)?"
                         r"(?:will|would|won['’]t|should|(?:is|are)\s+(?:\w+\s+)?(?:likely|unlikely|expected|projected|forecast|set|"
                         r"on\s+track)\s+to|(?:is|are)\s+(?:also\s+)?(?:remote|improbable|probable)(?=\s+(?:as\s+well|too)\b|\s*[,.;]|\s*$))\b"
                         # "..., and a 10% chance that it will be below normal": a second stated number, its own claim
                         r"|(?:(?:only|just|about|roughly|perhaps|maybe)\s+)?(?:an?\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent|percent)"
                         r"\s+(?:chance|probability|likelihood)\s+(?:that|of)\b"
                         # ", and a censure motion that topples the cabinet is roughly a coin flip": a claim whose chance ends
                         # its clause (or comes before its time), whatever relative its subject holds
                         r"|(?!(?:so|also|not|to|then|thus|therefore|yet|even|only)\b)[^,;]{3,160}?\s(?:is|are)\s+(?:(?:roughly|about|"
                         r"around|almost|nearly|essentially|now|still|also|at\s+best|no\s+more\s+than)\s+)?(?:a\s+(?:coin[\s-]?(?:flip|toss)|"
                         r"toss-?up|long\s+shot|remote\s+prospect|(?:realistic|real|distinct)\s+possibility)|50/50|fifty-fifty|evens|"
                         r"even\s+money|more\s+likely\s+than\s+not|(?:highly\s+|very\s+)?(?:likely|unlikely|probable|improbable)|"
                         r"almost\s+certain)(?=\s*[.;]?\s*[\"”]?\s*$|\s+(?:by|before|in|within|over|during|this|next|until)\s)"
                         # ", and the risk of Z is therefore not expected to", ", and we do not expect Y to", ", and the
                         # office's report concluded that": a subject and a finite verb of its own make a clause of its own,
                         # so its negation, its time and its voice stay out of the first (no relative "that"/"which" in
                         # the subject: ", and the firms that have ..." is a noun phrase)
                         r"|(?!(?:so|also|not|to|then|thus|therefore|yet|even|only)\b|" + _FINITE + r")"
                         r"(?:(?!(?:that|which|who|whom|whose|where)\b)[\w’'.-]+\s+){1,12}?" + _FINITE + ")",
                         re.IGNORECASE)
#: "... of NATO, EU" before ", and": an item of a list, one to three words with no verb after a comma.
_LIST_BEFORE = re.compile(r"\b[\w’'.-]+,\s*(?![^,]*\b(?:will|would|won['’]t|is|are|was|were|has|have|had|can|could|may|"
                          r"might|should|must)\b)[\w’'.-]+(?:\s+[\w’'.-]+){0,2}$", re.IGNORECASE)
_OWN_PHRASE_AHEAD = re.compile(r"(?:[\w’'-]+\s+){1,8}?(?:is|are)\s+(?:\w+\s+){0,2}?(?:likely|unlikely|expected|projected|"
                               r"forecast|set|liable|on\s+track)\s+to\b", re.IGNORECASE)
#: "that X will A and that Y will B": a second "that" clause under the same verb (without a comma; with one, a boundary).
_AND_THAT = re.compile(r"\s+and\s+(?=that\s+(?:[\w’'-]+\s+){1,10}?(?:will|would)\b)")
#: After a bare "and": a subject of its own (up to eight words, no comma, no relative) and its modal or phrase.
_BARE_AND_AHEAD = re.compile(r"(?!(?:so|also|not|to|then|thus|therefore|yet|even|only|that|its?|their|almost|most|very|"
                             r"highly|probably|likely|certainly|possibly|perhaps|maybe)\b)"
                             r"(?:(?!(?:that|which|who|whom|whose|where|will|would)\b)[\w’'.-]+\s+){1,8}?"
                             r"(?:(?:also|still|then|only|probably|likely)\s+)?(?:will|would|won['’]t|(?:is|are)\s+"
                             r"(?:\w+\s+){0,2}?(?:likely|unlikely|expected|projected|forecast|set|liable)\s+to)\s", re.IGNORECASE)
#: A whole clause before it: its modal and verb with no subordinate clause opened after them.
_WHOLE_CLAUSE = re.compile(r"(?:\b(?:will|would|won['’]t)\s+(?:not\s+)?(?:\w+ly\s+)?|\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:likely|"
                           r"unlikely|expected|projected|forecast|set)\s+to\s+)[a-z]+\b(?:(?!\b(?:that|whether|if|which|who|"
                           r"whom|when|where|how|because|than|and)\b)[^,;])*$", re.IGNORECASE)
#: A first clause that judges: a modal, an estimative word, or the authors' "we expect X to".
_HAS_MODAL = re.compile(r"\b(?:will|would|won['’]t|likely|unlikely|probably|expected|projected|forecast|on\s+track|"
                        r"expects?|(?:is|are)\s+(?:remote|improbable|probable)|\d+\s?(?:%|per\s?cent|percent)\s+(?:chance|probability))\b",
                        re.IGNORECASE)
#: A subordinate clause open before a bare "and" holds both halves ("in the hope that it will spread and the source will go unnoticed").
_OPEN_SUBORDINATE = re.compile(r"\b(?:in\s+the\s+hope|hoping|so\s+that|in\s+order\s+that|if|unless|whether|because|"
                               r"provided\s+that|as\s+long\s+as|once|until|lest)\b", re.IGNORECASE)


def split_and(piece: str) -> list[str]:
    """``piece`` cut at each ", and" that joins two clauses both carrying a modal, and at each "and that" that joins
    two judged "that" clauses under one verb ("judges that X will A and that Y will B")."""
    parts, start = [], 0
    if " and that " in piece:
        for match in _AND_THAT.finditer(piece):
            # only when the "that" clause before judges too: "believes that time is on its side and that support
            # will erode" is one belief reported, whose first half states no forecast of the writer's
            opened = piece.rfind("that ", start, match.start())
            if opened >= 0 and _HAS_MODAL.search(piece, opened + 5, match.start()):
                parts.append(piece[start:match.start()])
                start = match.end()
        if parts:
            return [*parts, *split_and(piece[start:])]
    for match in _AND_CLAUSE.finditer(piece):
        # "X remains effective, and Y is unlikely to emerge": a second clause with its own phrase needs none before it
        if _LIST_BEFORE.search(piece, start, match.start()):
            continue  # "the threat to systems of NATO, EU, and other states will grow": the last item of a list
        if _HAS_MODAL.search(piece[start:match.start()]) or _OWN_PHRASE_AHEAD.match(piece, match.end()):
            parts.append(piece[start:match.start()])
            start = match.end()
    parts.append(piece[start:])
    return parts if " and " not in piece else [part for whole in parts for part in _split_bare_and(whole)]


def _split_bare_and(piece: str) -> list[str]:
    """``piece`` cut at each "and" without a comma between two whole clauses, each with a subject and a modal:
    "Inflation will fall by the summer and the bank will cut rates in 2027". Not "It is likely that Russia and China
    will ...", nor "X will decide whether A and B will merge": the clause before must be whole (a modal and its verb,
    no subordinate clause open after them)."""
    parts, start, at = [], 0, piece.find(" and ")
    while at >= 0:
        ahead = piece[at + 5:at + 100]  # a modal within reach, or the patterns need not run
        if ("will" in ahead or "would" in ahead or "won" in ahead or "ly to" in ahead or "ed to" in ahead or "set to" in ahead
                or "forecast to" in ahead or "liable to" in ahead) \
                and _BARE_AND_AHEAD.match(piece, at + 5) and _WHOLE_CLAUSE.search(piece, start, at) \
                and not _OPEN_SUBORDINATE.search(piece, start, at):
            parts.append(piece[start:at])
            start = at + 5
        at = piece.find(" and ", at + 5)
    return [*parts, piece[start:]]
