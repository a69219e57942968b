"""The main clause of a claim: the text before its subject, the subject, the verb phrase in its base form, and
whether it is negated ("Prices will not rise" -> "", "Prices", "rise", True).

A claim usually carries its main verb after a modal ("will", "could", "may"), but not every modal is the main
clause's: one inside a quotation, a relative clause ("vessels that can collect data will be seen"), an embedded
question or an opening condition belongs to a clause around it, so the modal that governs the claim is the first
one none of these takes. A claim without a modal may state a future in the present ("X is likely to Y") or be a
scenario written in the present ("the rate stays below 3%"). questions.build_question asks "Will" of the result.
"""

from __future__ import annotations

import re

from tracker.extract.clause_openings import ADVERBIAL as _ADVERBIAL
from tracker.extract.clause_openings import LEAD_IN as _LEAD_IN
from tracker.extract.clause_openings import SUBORDINATOR as _SUBORDINATOR
from tracker.extract.clause_openings import segments as _segments
from tracker.extract.question_verbs import EMBEDDED_WH as _EMBEDDED_WH, present_clause
from tracker.extract.question_subject import FINITE as _FINITE, last_segment as _last_segment
from tracker.extract.question_subject import subject_of as _subject


#: "May" with a capital is the month ("From February to May 2027"), not the modal.
#: (the look-ahead names the first character of every form: the engine skips other characters at once)
_MODAL = re.compile(r"(?=[wscm])\b(?:will|would|won['’]t|shall|could|(?-i:may)|might|can|should|must)\b"
                    r"(?P<neg>\s+not\b(?!\s+only\b)|\s+never\b)?", re.IGNORECASE)
#: Estimative words between the modal and the verb: "will (very) likely / almost certainly / also remain".
_ADVERBS = re.compile(r"^(?:(?:(?:highly|very|most|quite)\s+)?(?:likely|probably|inevitably|certainly|"
                      r"almost\s+certainly|in\s+all\s+(?:probability|likelihood)|"
                      r"possibly|also|still|then|therefore|thus|further|in\s+turn|will|would)\s+)+", re.IGNORECASE)
#: Present-tense predicates that state a future ("X is likely to Y", "X is expected to Y"): "Will X Y".
_PREDICATIVE = re.compile(
    r"\s+(?:is|are)\s+(?P<neg>not\s+)?(?:(?:highly|very|quite|most|more|less)\s+)?"
    r"(?:likely|unlikely|probable|certain|expected|projected|set|poised|bound|forecast|going|due)\s+to\s+",
    re.IGNORECASE)
#: A finite verb with no modal, for claims written in the present ("the decrease is temporary").
_BASE = {"is": "be", "are": "be", "has": "have", "have": "have", "does": "", "do": ""}
_OPENING_CLAUSE = re.compile(r"^(?:while|whilst|although|though|as|since|because|if|unless|whereas|even\s+if|when)\s",
                             re.IGNORECASE)
_CORRELATIVE = re.compile(r"^the\s+(?:more|less|fewer|greater|higher|lower|longer|better|worse|stronger|weaker)\s",
                          re.IGNORECASE)
_INVERSION = re.compile(r"^(?:among|with|hand\s+in\s+hand|alongside|behind|at\s+stake|next|below|above)\b", re.I)
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s[^,]*(?:,|$)", re.IGNORECASE)
_WH = re.compile(r"\b(?:what|whether|how|why|which|who|where|when)\b", re.IGNORECASE)
_INTERRUPTION = re.compile(r"^,[^,]{1,60},\s*")
_SECOND_MODAL = re.compile(r"(?=[abo])\b(and|but|or)\s+(?:will|would)\s+(?:(?:also|then|still|likely|probably|inevitably|certainly)\s+)?")
#: A relative pronoun right before a modal: the modal is the relative clause's, not the main clause's.
_RELATIVE_OPEN = re.compile(r"(?:^|\s)(?:that|which|who)\s*$")


def main_clause(claim: str) -> tuple[str, str, str, bool] | None:
    """``(text before the subject, subject, base-form predicate, negated)`` of the claim's main clause."""
    if _CORRELATIVE.match(claim):
        return None  # "the more X, the less Y will": no one subject to ask about
    modals = list(_MODAL.finditer(claim))
    # "the question of what X will be like ... will still build tensions": skip a modal inside an
    # embedded question when a later one carries the main clause.
    for index, modal in enumerate(modals):
        head = claim[:modal.start()]
        if head.count("“") > head.count("”") or head.count('"') % 2:
            continue  # a modal inside a quotation is someone's words, not the claim's verb
        if not head.strip() and index + 1 < len(modals):
            continue  # "Should talks fail, prices will rise": an inverted condition, the main clause follows
        if index + 1 < len(modals) and _RELATIVE_OPEN.search(head):
            continue  # "vessels that can collect data will be seen", ", which must be held by May, X will": a relative's
        if index + 1 == len(modals) and (" that" in head or " wh" in head or " how" in head) and (
                _EMBEDDED_WH.search(head) or head.rstrip().endswith(" that") and _FINITE.search(head)):
            # "the polls overstate how strong her lead will be", "each entry is a claim that will be true": the only
            # modal is an embedded question's or a relative's; the main verb is in the present, before it
            break

        # ", which took place in 2024, will": a relative clause after a comma, no embedded question
        if index + 1 < len(modals) and _WH.search(_RELATIVE.sub(",", _LEAD_IN.sub("", head))) and not _SUBORDINATOR.match(
                _last_segment(head)):
            continue
        if index + 1 < len(modals) and _OPENING_CLAUSE.match(head) and len(_segments(head)) == 1 \
                and "," in claim[modal.end():modals[-1].start()]:
            continue  # "While X believes that time will help, reality will dawn": the main clause follows
        before, subject = _subject(head)
        # "will, in the future, want": the interrupting phrase goes (the due date says when).
        predicate = _ADVERBS.sub("", _INTERRUPTION.sub("", claim[modal.end():].strip()))
        negated = bool(modal.group("neg")) or modal.group(0).lower().startswith("won")
        if predicate.lower().startswith("not only"):
            predicate = predicate[len("not only"):].strip()
        # "gain new impetus but will end in disappointment": one "Will" governs both verbs.
        predicate = _SECOND_MODAL.sub(r"\1 ", predicate)
        inverted = _INVERSION.match(subject) and re.match(r"(?:be|come|follow|emerge|arise)\b", predicate)
        if inverted:
            # "Among the questions will be X", "Hand in hand with this will come X": X is the subject.
            verb, _, noun = predicate.partition(" ")
            place = _segments(head)[0] if _segments(head)[0] else subject
            among = re.match(r"among\s+(.+)$", place, re.IGNORECASE)
            if among and verb == "be":
                # "Among the questions will be what form X takes": "Will the questions include what form ...",
                # since an embedded question cannot stand as the subject of "Will ... be".
                return "", among.group(1), f"include {noun}", negated
            return "", noun, f"{verb} {place[0].lower() + place[1:]}", negated
        return before, subject, predicate, negated
    for pattern, base in ((_PREDICATIVE, None), (_FINITE, _BASE)):
        match = pattern.search(claim)
        # "If negotiations do not proceed, ...": a verb in a condition is not the claim's.
        if match and match.start() > 0 and not (base and (_ADVERBIAL.match(claim) or _SUBORDINATOR.match(claim))):
            before, subject = _subject(claim[:match.start()])
            if not subject or len(subject.split()) > 14:
                continue
            verb = base[match.group("verb").lower()] if base else ""
            predicate = f"{verb} {claim[match.end():]}".strip()
            return before, subject, predicate, bool(match.group("neg"))
    if (present := present_clause(claim)) and not _WH.search(claim[:len(present[0])]):
        return "", present[0], present[1], False  # "the rate stays below 3%": a scenario written in the present
    return None
