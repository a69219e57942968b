"""Splitting a sentence into the clauses that can each carry their own judgement.

"X will intensify; however, in the long term Y will become unbalanced" states two forecasts with two horizons, and
"Russia will be hit with sanctions and will inevitably drift closer to China" two forecasts with one subject. A clause
that starts with its modal ("will inevitably drift ...") borrows the subject of the clause before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.attribution import without_attribution
from tracker.extract.clause_borrowing import after_previous, shared_time, writers_number
from tracker.extract.clause_comments import cut_trailing_comment, settled_hedge
from tracker.extract.clause_sequences import restate_bare_verb, split_infinitives, split_objects, split_partitive, split_relative_judgement
from tracker.extract.folding import folded
from tracker.extract.holder_verbs import restate_doubt, split_holder_verbs
from tracker.extract.joined_clauses import split_and
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
    # "pressure will grow before the vote in March, when turnout will very likely peak": a "when" clause with its own
    # modal and estimative word is a judgement of its own (a plain "when" clause takes the present, not "will")
    r"|,\s+when\s+(?=(?:[\w’'-]+\s+){1,8}?(?:(?:will|would)\s+(?:(?:very|highly|most|almost|quite)\s+)?"
    r"(?:likely|probably|certainly|surely)|(?:is|are)\s+(?:(?:very|highly|also|still)\s+)?(?:likely|unlikely|expected|"
    r"projected|forecast|set)\s+to)\b)"
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
    # "we differ on carbon, where we see a better-than-even chance of X": the writer's judgement in a "where" clause
    r"|,\s+where\s+(?=(?:we|i)\s+(?:also\s+|still\s+|now\s+)?(?:see|judge|assess|expect|think|believe|consider|reckon|put|give)\b)"
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
_PHRASE_SUBJECT = re.compile(r"^(.{3,160}?)\s+" + _PREDICATE, re.IGNORECASE)
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
    if len(pieces) > 1 and pieces[-2]:  # "X next year, although Y could rise": the contrast shares the first's time
        pieces[-1] = shared_time(pieces[-2], joiner, pieces[-1])
        # "We doubt X, and would put the odds of Y at 35%": the writer's number, its subject put back
        pieces[-1] = writers_number(pieces[-2], pieces[-1])
    pieces = [part for piece in pieces for part in split_with_clause(piece)]
    # "The insurer expects A, and says B is likely": the holder's second verb of judging, restated with the holder;
    # "..., but we doubt X falls below N": a doubt, restated as "it is doubtful that X will fall below N"
    pieces = [restate_doubt(part) for piece in pieces for part in split_holder_verbs(piece)]
    pieces = [part for piece in pieces for part in split_and(piece)]
    alone: list[str] = []  # a judged relative after a past report: the report's times ("the third in ten years") are not its
    if "of wh" in sentence or "among wh" in sentence or (" that " in sentence or " which " in sentence) and (
            "ed to" in sentence or "ly to" in sentence or "set to" in sentence or "forecast to" in sentence):
        pieces = [part for piece in pieces for part in split_partitive(piece) for part in _relative(part, alone)]
    pieces = [part for piece in pieces for part in split_infinitives(piece) for part in split_objects(part)]
    pieces = [part for piece in pieces for part in split_period_targets(piece)]
    if "after" in sentence:  # "... to peak around 2032 and to decline thereafter": after 2032, not by it
        pieces = [after_previous(pieces[at - 1], piece) if at else piece for at, piece in enumerate(pieces)]
    if ", which " in sentence or ", when " in sentence:  # "..., which should draw hedgers back": a comment on the judgement
        pieces = [cut_trailing_comment(piece) for piece in pieces]
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
        if not borrowed and ((found := _names_modal(text) and _SUBJECT.match(text)) or (found := _AUXILIARY_SUBJECT.match(text))
                             # "analysts said exports are set to A by October and remain B": past a long lead-in, the
                             # words before the clause's own phrase ("are set to") are the later verb's subject
                             or (found := " to " in text and _PHRASE_SUBJECT.match(text))):
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
    if pieces and "but" in joiner and (settled := settled_hedge(pieces[-1], piece)) is not None:
        pieces[-1] = ""  # "X cannot be ruled out, but we judge such an X unlikely in 2026": one judgement, the stated one
        return settled
    if pieces and "but" in joiner:  # ", but rise again in December": a bare verb under the expectation before it
        return restate_bare_verb(pieces[-1], piece)
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
