"""A judgement made inside a relative clause whose object is the noun before it: "This has left a security vacuum,
which Wagner almost certainly will fail to fill" asks "Will Wagner fail to fill the security vacuum?".

The clause before the comma states a fact; the judgement is the relative clause's, and its verb's object is the noun
"which" stands for. Asked as the sentence runs, the question takes the fact as its subject ("Will this has left a
security vacuum fail to fill ...?"). Only an object relative is rewritten: "which" followed by a subject of its own
and ending its verb phrase with no object ("which the army will use in 2027"); "which will raise fees" (a subject
relative) is the main grammar's.
"""

from __future__ import annotations

import re

#: "<fact> <noun phrase>, which <subject> [<earlier part> and] [<adverb>] will <verb phrase> [<time>]".
_OBJECT_RELATIVE = re.compile(
    r"^(?P<fact>.*?\S)\s+(?P<det>a|an|the|this|that|its|their|his|her|our)\s+(?P<noun>(?:[\w-]+\s+){0,3}?[\w-]+),\s+"
    r"which\s+(?P<subject>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}|(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:(?P<earlier>[^,;]*?)\s+and\s+)?(?:[a-z]+ly\s+)?(?P<modal>will|would)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>(?:[a-z]+\s+to\s+)?[a-z]+)"
    r"(?P<time>\s+(?:in|by|before|within|over|until|through|during|after|from|soon|next|this|later)\b[^,;]*)?\s*\.?$",
    re.IGNORECASE)
#: Words that give the verb phrase an object or a complement of its own, so "which" is no object of it.
_OBJECT_WORDS = re.compile(r"\b(?:the|a|an|its|their|it|them|this|these|those|his|her|our|be|been|have|has|not|no|more|"
                           r"less|to\s+be)\b", re.IGNORECASE)
#: The first word after "which" that makes it the subject: "which will", "which is likely to".
_SUBJECT_RELATIVE = re.compile(r"^(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|must|does|do|did)\b",
                               re.IGNORECASE)


#: "..., the more impact its propaganda will have", cut from the condition before it ("The more successful the group
#: is"): the comparative's noun is the object of the verb at the end ("its propaganda will have more impact"). With
#: its condition still there, the sentence is asked whole ("Will it turn out that the more ..., the less ...").
_CORRELATIVE = re.compile(r"^\W*the\s+(?P<degree>more|less|fewer|greater)\s+(?P<noun>[a-z-]+)\s+"
                          r"(?P<subject>(?!will\b|would\b)[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+(?P<modal>will|would)\s+"
                          r"(?P<verb>have|get|gain|see|find|cause|attract|need|face|do)\s*\.?$", re.IGNORECASE)


def displaced_object(claim: str) -> str:
    """``claim`` in subject-verb-object order when a comparative put its object first, else unchanged."""
    if "the more " not in claim.lower() and "the less " not in claim.lower() and "the fewer " not in claim.lower() \
            and "the greater " not in claim.lower():
        return claim
    if (match := _CORRELATIVE.match(claim)) is None:
        return claim
    return (f"{match.group('subject')} {match.group('modal')} {match.group('verb')} {match.group('degree').lower()} "
            f"{match.group('noun')}")


def object_relative(claim: str) -> str:
    """``claim`` as the relative clause's subject, verb and object when its judgement is an object relative's, else
    ``claim`` unchanged."""
    if ", which " not in claim or (match := _OBJECT_RELATIVE.match(claim)) is None:
        return claim
    subject, verb = match.group("subject"), match.group("verb")
    if _SUBJECT_RELATIVE.match(subject) or _OBJECT_WORDS.search(verb) or verb.split()[-1].lower() in _PARTICLES:
        return claim
    det = "the" if match.group("det").lower() in ("a", "an") else match.group("det")
    return f"{subject} {match.group('modal')} {verb} {det} {match.group('noun')}{match.group('time') or ''}"


#: A verb phrase ending in one of these has its own complement cut off: no gap for "which" to fill.
_PARTICLES = frozenset({"in", "on", "at", "to", "for", "with", "from", "by", "of", "up", "out", "off", "down", "away",
                        "and", "or"})
