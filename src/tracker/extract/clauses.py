"""Splitting a sentence into the clauses that can each carry their own judgement.

"X will intensify; however, in the long term Y will become unbalanced" states two forecasts with two horizons, and
"Russia will be hit with sanctions and will inevitably drift closer to China" two forecasts with one subject. A clause
that starts with its modal ("will inevitably drift ...") borrows the subject of the clause before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.attribution import without_attribution
from tracker.extract.clause_sequences import split_infinitives, split_objects, split_partitive, split_relative_judgement
from tracker.extract.folding import folded
from tracker.extract.holder_verbs import restate_doubt, split_holder_verbs
from tracker.extract.period_targets import split_period_targets
from tracker.extract.shared_frames import restate_present, split_with_clause

#: Where one judgement ends and another may begin. A coordinated "and"/"but" only splits when a new
#: modal or estimative word follows, so "cooperation on security, defence and energy will" stays whole.
_MODAL_AHEAD = r"(?=(?:\s*\w+){0,2}\s+(?:will|would|won['’]t|highly likely|likely|unlikely|probably)\b)"
#: A subject of up to eight words, then (maybe an adverb and) a modal or estimative word.
_SUBJECT_WORDS = r"(?:[\w’'-]+\s+){1,8}?(?:(?:also|still|then|only|inevitably|likely|probably)\s+)?"
# "– but drills are almost certain before the summer": a predicate of certainty is a phrase of its own too
_CLAUSE_AHEAD = (r"(?=" + _SUBJECT_WORDS + r"(?:will|won['’]t|(?:is|are)\s+(?:\w+\s+)?(?:likely|unlikely|certain|probable|improbable)|"
                 # "...: cedants should plan on ...": advice after the judgement is a clause of its own
                 r"probably|almost\s+certainly|should|must)\b)")
#: A predicate that carries its own estimative phrase: "is unlikely to", "is not expected to", "are set to".
_PREDICATE = (r"(?:is|are)\s+(?:(?:not|yet|also|still|now|very|highly|therefore)\s+)*"
              r"(?:likely|unlikely|expected|projected|forecast|set|on\s+track)\s+to\b")
_BOUNDARY = re.compile(r"(?=[\s,;:])(?:"  # all forms start so: tried once, not per form (test_word_guards)
    r";\s*(?:however|but|and|while|whereas|yet|meanwhile)?,?\s*"
    # not "less likely, but possible": a concession between two estimative words is one judgement
    # "X, however, will continue": "however" between a subject and its modal is a parenthetical, not a boundary
    r"|,\s*(?:however(?!,?\s+(?:also\s+|still\s+)?(?:will|would|won['’]t)\b)|but|whereas|while|yet),?\s+(?!that\b)"
    r"(?!not\s+(?:before|until|till)\b)"  # ", but not before 2028": the claim's own lower bound
    r"(?!(?:still\s+)?(?:not\s+)?(?:possible|probable|likely|"
    r"unlikely|plausible|conceivable|improbable)\b)"
    # "a 40% chance to A, a 35% chance to B and a 25% chance to C": each outcome's chance is its own judgement
    r"|(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?=(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}an?\s+\d{1,2}(?:\.\d)?\s?%\s+(?:chance|probability|likelihood)\s+(?:to|of|for|that)\b)"
    # "X will A and may B": a coordinated bare "may / might / could" is a possibility of its own, no part of A
    r"|,?\s+(?:but|and|yet)\s+(?=(?:also\s+|then\s+)?(?:will|would|won['’]t|(?-i:may|might|could))\b"
    # "X will A and almost certainly will B": the estimative word before the second modal is that clause's own
    r"|(?:(?:almost|very|highly|most|quite|all\s+but)\s+)?(?:certainly|probably|likely)\s+(?:will|would|won['’]t)\b)"
    r"|,\s+(?:but|so|and\s+so|therefore)\s+" + _MODAL_AHEAD +
    # ", and it will continue": a new clause whose subject is a pronoun
    r"|,\s+(?:and|but)\s+(?=(?:it|they|this|these|he|she)\s+(?:also\s+|still\s+)?(?:will|would|won['’]t)\b)"
    # "X will not guarantee stability – internal tensions will intensify": a dash or colon before a new
    # clause with its own subject and modal
    r"|\s+[–—]\s+(?:but\s+|and\s+)?" + _CLAUSE_AHEAD + r"|:\s+" + _CLAUSE_AHEAD +
    # "tensions will persist, with the balance being likely to shift": an absolute clause with its own phrase
    r"|,\s+with\s+(?=[^,;]{1,80}?\bbeing\s+(?:\w+\s+)?(?:likely|unlikely|expected)\b)"
    # "X will remain weak and is unlikely to recover": a second predicate with its own phrase, same subject
    r"|,?\s+(?:and|but)\s+(?=" + _PREDICATE + r")"
    # "X is likely, and a little better than 50/50 that Y": a second judgement whose "it is" is left out, its odds first
    r"|,\s+and\s+(?=(?:(?:a\s+little|a\s+bit|slightly|just|somewhat|far|much)\s+)?(?:better|worse|less|more)\s+than\s+"
    r"(?:50/50|fifty-fifty|even|evens|a\s+coin\s+(?:flip|toss))\s+that\b|(?:(?:about|around|roughly|perhaps|maybe)\s+)?"
    r"(?:50/50|fifty-fifty|evens|even\s+money|odds-on|\d{1,2}[- ]in[- ]\d{1,3})\s+that\b)"
        # "X is unlikely to A, although it will continue to B": a concession with its own subject and modal
    r"|,\s+(?:although|though|even\s+though|whereas)\s+"
    # "X is forecast to grow, and we see a real possibility of Y": the authors' second judgement; ", and there is a
    # strong possibility that Y": a clause of its own, whatever the first one reports
    # "..., and I expect X to", "..., and we would not be surprised to see X": the writer's own, in either person
    r"|,\s+and\s+(?=(?:we|i)\s+(?:also\s+|still\s+)?(?:see|judge|assess|expect|think|believe|consider|reckon)\b|there\s+(?:is|are|remains)\s"
    r"|(?:we|i)(?:\s+would|['’]d)(?:\s+not|n['’]t)?\s+be\s+(?:\w+\s+)?surprised\b)"
    # "said it was likely that X would A, and that Y would probably B": a second reported clause
    r"|,\s+and\s+(?=that\s+(?:[\w’'-]+\s+){1,10}?(?:will|would)\b)"
    # '"We will win," he told supporters, predicting that X would ...': the prediction is a clause of its own
    r"|,\s+(?=(?:predicting|forecasting)\s+that\b)"
    # "X will take delivery of A and plans to sell B": a second verb of intention, its own clause
    r"|\s+and\s+(?=(?:plans|intends|aims|hopes|expects|is\s+planning)\s+to\b)"
    # "the chance that X is 80%, and that it is at least 50bp lower, 35%": a second "that" clause with its number
    r"|,\s+and\s+(?=that\s+[^,;]{3,160},\s*(?:about\s+|around\s+|roughly\s+)?\d{1,2}(?:\.\d+)?\s?(?:%|per\s?cent|percent)\W*$)"
    # "We put a deal at 30%, and a collapse at 70%": an elided second "put", its own claim and number
    r"|,\s+and\s+(?=(?:a|an|the|another)\s[^,;]{2,80}?\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent|percent)"
    r"\s*[.;]?\s*$))",
    re.IGNORECASE,
)
#: The subject of a clause without a modal, before its auxiliary: "The regime does not want A [and will B]".
_AUXILIARY_SUBJECT = re.compile(r"^((?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)(?:,\s+[^,]{2,30},)?\s+(?:does|do|did|is|are|was|were|has|have|had|"
                                r"can|cannot|must|should|wants?|plans?|hopes?|intends?|seeks?|aims?)\b", re.IGNORECASE)
#: A finite verb: a modal, a form of "be", "have" or "do", or a verb of reporting or judging.
_FINITE = (r"(?:will|would|won['’]t|shall|should|must|can(?:not)?|could|may|might|is|are|was|were|isn['’]t|aren['’]t|"
           r"has|have|had|does|do|did|doesn['’]t|don['’]t|didn['’]t|said|says|concluded|concludes|found|finds|noted|notes|"
           r"warned|warns|reported|stated|argued|argues|estimated|estimates|showed|shows|suggested|suggests|indicated|"
           r"indicates|expects?|projects?|judges?|assess(?:es)?|think|believe|see|anticipate)\b")
#: ", and" between two clauses that each have their own subject and modal ("X will likely deepen, and
#: relations with the West will likely continue"); a list ("security, defence, and energy will") has
#: no modal before it, so it is not cut.
#: The subject may hold a parenthetical ("the activities, as well as the threats, will") and the second
#: clause may carry its own phrase ("X will increase, and Y is likely to move ...").
_AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:[\w’'-]+,?\s+){1,12}?(?:(?:also|still|then|only|inevitably|likely|probably)\s+)?"
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
#: "Although X is unlikely, Y will increase": the concessive clause is a judgement of its own.
_LEADING_SUBORDINATE = re.compile(r"^((?:although|though|even though|while|whilst|whereas)\s[^,]{3,120}),\s+(.*)$",
                                  re.IGNORECASE | re.DOTALL)
_BARE_MODAL = re.compile(r"^(?:also\s+|then\s+|still\s+)?(?:will|would|won['’]t|(?:highly |very |most |quite )?likely|probably|"
                         r"(?:almost|all but) certainly|inevitably)\b|^" + _PREDICATE, re.IGNORECASE)
_SUBJECT = re.compile(r"^(.*?)\s+(?:(?:highly |very |most )?(?:likely|probably|almost certainly)\s+)?"
                      r"(?:will|would|won['’]t)\b", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Clause:
    """A clause of a sentence: its text, the text before it in the sentence, and a borrowed subject."""

    text: str
    before: str
    subject: str | None = None
    coordinated: bool = False  # starts with its modal: "... and will inevitably drift"


_ADVERB_MODAL_AHEAD = re.compile(r"(?:\w+\s+)?(?:certainly|probably|likely)\s+(?:will|would)\b", re.IGNORECASE)


def split_clauses(sentence: str) -> list[Clause]:
    """The clauses of ``sentence`` in order; subject-less coordinated clauses borrow the previous subject."""
    pieces: list[str] = []
    start = 0
    if (cross := _cross_reference(sentence)) is not None:  # "As noted above, X is likely to ...": the claim alone
        pieces.append(sentence[:cross])
        start = cross
    joiner = ""  # the boundary before the piece: ", while" puts a present tense under the clause before's frame
    for match in _BOUNDARY.finditer(sentence, start) if _may_split(sentence) else ():
        if ", which " in sentence[start:match.start()] and _ADVERB_MODAL_AHEAD.match(sentence, match.end()):
            # "a vacuum, which Wagner has not filled and almost certainly will fail to fill": both verbs are the
            # relative clause's, about the noun before it; asked whole (question_relatives.py), not cut in two
            continue
        pieces.append(_restated(pieces, joiner, sentence[start:match.start()]))
        joiner = match.group(0)
        start = match.end()
    pieces.append(_restated(pieces, joiner, sentence[start:]))
    pieces = [part for piece in pieces for part in split_with_clause(piece)]
    # "The insurer expects A, and says B is likely": the holder's second verb of judging, restated with the holder;
    # "..., but we doubt X falls below N": a doubt, restated as "it is doubtful that X will fall below N"
    pieces = [restate_doubt(part) for piece in pieces for part in split_holder_verbs(piece)]
    pieces = [part for piece in pieces for part in _split_and(piece)]
    alone: list[str] = []  # a judged relative after a past report: the report's times ("the third in ten years") are not its
    if "of wh" in sentence or "among wh" in sentence or (" that " in sentence or " which " in sentence) and (
            "ed to" in sentence or "ly to" in sentence or "set to" in sentence or "forecast to" in sentence):
        pieces = [part for piece in pieces for part in split_partitive(piece) for part in _relative(part, alone)]
    pieces = [part for piece in pieces for part in split_infinitives(piece) for part in split_objects(part)]
    pieces = [part for piece in pieces for part in split_period_targets(piece)]
    expanded: list[str] = []
    for piece in pieces:
        if match := _LEADING_SUBORDINATE.match(piece.strip()):
            expanded.extend([match.group(1), match.group(2)])
        else:
            expanded.append(piece)
    clauses: list[Clause] = []
    consumed = 0
    subject: str | None = None  # the words before the last modal: a later coordinated clause's subject
    for piece in expanded:
        text = piece.strip(" ,;:–—-")
        if not text:
            continue
        position = sentence.find(text, consumed)
        before = sentence[:position] if position >= 0 else "" if piece in alone else sentence[:consumed]
        consumed = max(consumed, position + len(text)) if position >= 0 else consumed
        coordinated = bool(_BARE_MODAL.match(text))
        # "She said the total area ... will A and could B": the area is B's subject, not "She said the area"
        # (read only when a coordinated clause borrows it: most never do)
        borrowed = _core_subject(without_attribution(subject)) if coordinated and subject is not None else None
        clauses.append(Clause(text=text, before=before, subject=borrowed, coordinated=coordinated))
        if not borrowed and ((found := _names_modal(text) and _SUBJECT.match(text)) or (found := _AUXILIARY_SUBJECT.match(text))):
            subject = found.group(1)
    return clauses


#: "As noted in the key judgements, ...", "As we set out above, ...": a pointer to where the claim was stated before.
_CROSS_REFERENCE = re.compile(r"[\"“]?(?:as|like)\s+(?:(?:we|i)\s+(?:have\s+|had\s+)?)?(?:noted|said|set\s+out|discussed|described|"
                              r"mentioned|explained|outlined|highlighted|stated|argued|shown|indicated|observed|concluded|"
                              r"judged|assessed|flagged|warned)\b[^,;]{0,80},\s+", re.IGNORECASE)


def _cross_reference(sentence: str) -> int | None:
    """Where the claim starts after a leading cross-reference ("As noted above, "), so that a restated judgement reads
    (and merges) as the one it restates; None when the sentence opens with none."""
    head = sentence[:4].lower()
    if not (head.startswith("as ") or head.startswith("like") or head[1:].startswith("as ")):
        return None
    found = _CROSS_REFERENCE.match(sentence)
    return found.end() if found else None


def _restated(pieces: list[str], joiner: str, piece: str) -> str:
    """``piece`` restated under the expectation of the piece before it when ``joiner`` is ", while" (most are not)."""
    return restate_present(pieces[-1], joiner, piece) if pieces and ("whi" in joiner or "whe" in joiner) else piece


def _relative(piece: str, alone: list[str]) -> list[str]:
    """``piece`` cut before a judged relative after a past report, which is noted in ``alone``."""
    parts = split_relative_judgement(piece)
    alone.extend(parts[1:])
    return parts


def _names_modal(text: str) -> bool:
    """Whether ``text`` may hold the modal ``_SUBJECT`` ends in ("will", "would", "won't"): a clause naming none is
    spared a scan of the whole clause."""
    lowered = folded(text)
    return "ll" in lowered or "won" in lowered or "would" in lowered


def _may_split(sentence: str) -> bool:
    """Whether ``sentence`` holds a mark or a conjunction that every form of ``_BOUNDARY`` needs (a test far cheaper
    than the pattern, which is tried at every space)."""
    if any(mark in sentence for mark in ";,:%–—"):
        return True
    lowered = folded(sentence)
    return "and" in lowered or "but" in lowered or "yet" in lowered


def own_phrase(text: str) -> bool:
    """Whether a coordinated clause carries its own phrase ("... but is not expected to B"): the phrase of the
    clause before does not govern it."""
    return bool(re.match(_PREDICATE, text.strip(), re.IGNORECASE))


def _split_and(piece: str) -> list[str]:
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
            return [*parts, *_split_and(piece[start:])]
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


def _core_subject(words: str) -> str:
    """The subject itself: what follows a complementiser "that" and any leading adverbial phrase."""
    words = re.split(r"\bthat,?\s+", words)[-1]
    return strip_adverbials(words).strip(" ,")


#: Phrases that open a clause before its subject: "In the near term, ...", "With X deteriorating, ...".
_ADVERBIAL = re.compile(r"^\s*(?:(?:in|during|by|with|under|as|after|since|given|for|over|within|despite|although|"
                        r"though|because|while|when|if|unless|at|before|due to|according to|following|throughout|"
                        r"nevertheless|nonetheless|however|therefore|thus|finally|moreover|furthermore|meanwhile|"
                        r"simultaneously|consequently|in addition|at the same time|just as previously|[a-z]+ing)\b[^,]*,\s*)+",
                        re.IGNORECASE)


def strip_adverbials(words: str) -> str:
    """``words`` without the adverbial phrases (each ending in a comma) that open it."""
    return _ADVERBIAL.sub("", words)
