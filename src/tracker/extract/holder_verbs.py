"""A holder's second verb of judging, and a doubt of the writer's, restated so that each judgement reads alone.

A forecaster often states two judgements with one subject and two verbs of reporting or judging: "The insurer expects
claims to top $2 billion, and says premiums are likely to keep rising"; "The council forecasts output of 3 million
tonnes, which would be a record, and sees consumption rising 4 percent"; "We expect two cuts in 2027 and think a
third is less likely than not". Read whole, the second judgement is glued onto the first's question; cut bare, it has
no holder. The second verb is restated with the first clause's holder ("The insurer says premiums are likely ...").

"..., but we doubt the number falls below 8 million by mid-2027" is a judgement that the claim will probably not come
true, often put in the present tense: it is restated as "it is doubtful that the number will fall below ...", which
hedges.py reads as "unlikely" of the claim.
"""

from __future__ import annotations

import re

from tracker.extract.shared_frames import bare_present, present_claim

#: The verbs a holder reports or judges with, as the first clause's verb ("The insurer expects", "AEMET said").
_JUDGING = (r"(?:expects?|expected|forecasts?|projects?|predicts?|predicted|anticipates?|sees|see|saw|says|say|said|"
            r"estimates?|estimated|thinks?|believes?|judges?|assess(?:es)?|assessed|considers?|considered)")
#: The first clause opens with its holder (up to eight words, maybe a bracketed name, no clause mark) and that verb.
# "Ardenne Group, which raised prices twice in 2025, said ...": a relative between the holder and its verb is no part of it
_HOLDER = re.compile(r"^\W*(?P<holder>(?:(?!(?:and|but|which|that|who|it|will|would|is|are|was|were)\b)[\w’'.()&-]+\s+){0,7}?"
                     r"(?!(?:and|but|which|that|who|it|will|would|is|are|was|were)\b)[\w’'.()&-]+)"
                     r"(?:,\s+(?:which|who)\s+[^,;]{3,80},)?\s+" + _JUDGING + r"\s+(?=\S)", re.IGNORECASE)
#: ", and says X", "and think X", ", and sees X rising": the same holder's second verb of judging (its own judgement).
#: Not "and put the plan into effect": the second verb must be one of judging, whose object is a claim.
_SECOND_VERB = re.compile(r"(?:,\s+(?:and|but)\s+|\s+and\s+)(?:also\s+|then\s+)?(?P<verb>says|said|sees|saw|thinks|think|"
                          r"believes?|judges?|assess(?:es)?|assessed|expects?|expected|predicts?|predicted|forecasts?|"
                          r"estimates?|estimated|considers?|puts|put\s+the\s+(?:probability|chances?|odds|likelihood|risk))\s+(?=\S)",
                          re.IGNORECASE)
#: "we doubt (that) X ...": the writer's (or a named holder's) doubt, which judges the claim improbable.
#: "we are sceptical that X holds past February", "I remain doubtful whether X ...": the same doubt, as a predicate.
_DOUBT = re.compile(r"^\W*(?:but\s+|and\s+|yet\s+)?(?P<holder>we|i|(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:also\s+|still\s+)?"
                    r"(?:doubts?\s+|(?:am|are|is|remains?)\s+(?:(?:still|also|deeply|very|rather|somewhat|a\s+little|highly)\s+)?"
                    r"(?:sceptical|skeptical|doubtful)\s+(?=that\b|whether\b))(?:that\s+|whether\s+)?(?P<claim>(?!(?:it|this|that|so|very|much|whether)\b).{6,})$",
                    re.IGNORECASE | re.DOTALL)


def split_holder_verbs(piece: str) -> list[str]:
    """``piece`` cut before a second verb of judging of the holder that opens it, the second part restated with that
    holder; ``[piece]`` when there is none."""
    lowered = piece.lower()
    if "and" not in lowered and "but" not in lowered:  # a wrapped line may put a newline before the conjunction
        return [piece]
    if not any(verb in lowered for verb in ("say", "said", "see", "saw", "think", "believ", "judge", "assess",
                                           "expect", "predict", "forecast", "estimat", "put", "consider")):
        return [piece]
    holder = _HOLDER.match(piece)
    if holder is None:
        return [piece]
    second = _SECOND_VERB.search(piece, holder.end())
    if second is None:
        return [piece]
    name = re.sub(r"\s*\([^()]*\)", "", holder.group("holder")).strip()  # "(IOC)": a gloss, no part of the name
    return [piece[:second.start()], f"{name} {piece[second.start('verb'):]}"]


def restate_doubt(piece: str) -> str:
    """``piece`` restated as "it is doubtful that X will ..." when it is a doubt ("we doubt X falls below N"); else
    ``piece``."""
    lowered = piece.lower()
    if "doubt" not in lowered and "eptical" not in lowered:
        return piece
    found = _DOUBT.match(piece.strip())
    if found is None:
        return piece
    # only a claim in the present tense: "we doubt X will A, and give B a 9% chance" is read as it stands (its
    # coordinated number is cut later), "the number falls below 8 million" becomes "the number will fall below ..."
    claim = present_claim(found.group("claim"))
    return piece if claim is None else f"it is doubtful that {claim}"  # "we doubt the wisdom of it": no claim


__all__ = ["bare_present", "restate_doubt", "split_holder_verbs"]
