"""Whether a claim is about the future: the first auxiliary decides, else a bare present of an action does.

Split from judgements.py, which asks this of every "that" clause after an estimative phrase.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.DOTALL


#: In a "that" clause, the first of these decides whether the claim is about the future. (The look-ahead admits the
#: forms' first letters: tried once at each character, not per form; tests/extract/test_word_guards.py.)
TENSE = re.compile(r"(?=[acdghimnrsuw])(?:\b(?P<future>will|would|won['’]t|shall|could|may|might|can|going to|is to|are to)\b"
                    r"|\b(?P<past>was|were|had|did|has|have|used to)\b"
                    r"|\b(?P<present>is|are|am|does|do|remains?|currently|now)\b)", _FLAGS)
#: Present-tense claims that are still about what comes next.
FUTURE_CUES = re.compile(r"\b(?:temporary|short-lived|in the future|future|in the coming|next year|"
                          r"(?:this|next|coming)\s+(?:winter|summer|spring|autumn)|next\s+(?:month|quarter|season)|"
                          r"(?:short|near|medium|long)[- ]term|inevitabl[ey])\b", _FLAGS)

#: A relative clause inside the claim ("alongside X, which have begun to ..., Y will") has its own tense.
_RELATIVE = re.compile(r",\s*(?:\[\d+\]\s*)?(?:which|who|whose|where)\b[^,]*,", _FLAGS)  # a footnote mark may follow the comma
#: A short aside set off by commas right before the claim's modal ("the threat level, currently set at medium, will be
#: lowered", "output, now at a record, could fall"): it describes the subject; the modal after it is the claim's verb.
_ASIDE_BEFORE_MODAL = re.compile(r",[^,;:]{2,60},(?=\s*(?:will|would|won['’]t|shall|could|may|might)\b)", _FLAGS)


def is_future_claim(claim: str) -> bool:
    """Whether the claim under an estimative phrase speaks of what is still to come."""
    claim = claim.split(": ", 1)[0]  # "...on time: historically, only two-thirds were": the reason is no claim
    if claim.count(",") > 1:
        claim = _ASIDE_BEFORE_MODAL.sub("", claim, count=1)
    first = TENSE.search(_RELATIVE.sub(",", claim))
    if first is not None and first.lastgroup == "future":
        return True
    if first is not None and first.lastgroup == "past":
        return False
    # "unlikely that the sector delivers the programme on time": a bare present of an action, no auxiliary,
    # under an estimative phrase speaks of what is to come
    return bool(FUTURE_CUES.search(claim)) or (
        first is None and (action := _ACTION_PRESENT.match(claim)) is not None
        and action.group("verb") not in _STATIVE_PRESENT)


#: A clause in the simple present with a lexical verb: "the Gulf of Riga freezes over", "the bank cuts rates";
#: verbs of state and of showing describe the present ("the survey reflects the mood").
_ACTION_PRESENT = re.compile(r"^\W*(?:[\w’'&.-]+\s+){1,8}?(?P<verb>[a-z]{2,}[^s\W]s)\b")
_STATIVE_PRESENT = {"means", "seems", "appears", "exists", "lies", "depends", "belongs", "consists", "contains",
                    "includes", "reflects", "represents", "shows", "suggests", "indicates", "needs", "wants", "knows"}


#: "if the obligations were delayed again": a subjunctive "were"/"was" before a participle, the future passive.
_SUBJUNCTIVE_PASSIVE = re.compile(r"\b(?:were|was)\s+(?=\w+ed\b)")


def conditional_as_future(claim: str) -> str:
    """The claim of an "if" clause as a future: "X were delayed" -> "X will be delayed"; other pasts as ``past_as_future``
    reads them ("if X won" -> "X will win")."""
    from tracker.extract.tense import past_as_future

    if ("were " in claim or "was " in claim) and _SUBJUNCTIVE_PASSIVE.search(claim):
        return _SUBJUNCTIVE_PASSIVE.sub("will be ", claim.strip(), count=1)
    return past_as_future(claim)
