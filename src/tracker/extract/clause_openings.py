"""What opens a clause before its verb: lead-ins, adverbials, subordinators, and its subject noun phrase.

The question builder reads these to find a claim's own subject; ``antecedent`` reads them in the text
before a claim to find what a pronoun subject stands for ("The coalition lost two votes. It will ...").
"""

from __future__ import annotations

import re

from tracker.extract.attribution import without_attribution

#: A lead-in before "that": "we assess that", "it is highly likely that", "the Service estimates that".
LEAD_IN = re.compile(
    r"^.{0,80}?\b(?:assess(?:es|ed)?|judges?|judged|estimates?|estimated|believes?|believed|expects?|expected|"
    r"think|thinks|considers?|assumes?|assumed|anticipates?|anticipated|predicts?|likely|unlikely|probable|possible|clear|certain|"
    r"conceivable|plausible|evident|chance|possibility|guarantee|view|assessment|means|indicates?|suggests?|shows?|"
    # "We agree with the IMF that X": the authors' voice siding with another's view
    r"agrees?\s+with\s+[^,]{1,50}?"
    # "We forecast that X": the verb is also a noun ("the forecasts that ..."), so only after a pronoun
    r"|\b(?:we|i|they|he|she)\s+(?:now\s+)?(?:forecast|project)(?:ed)?)"
    # the confidence an assessment states between its verb and "that": "we assess with moderate confidence that"
    r"(?:,?\s+with\s+(?:(?:very|fairly|relatively)\s+)?(?:high|moderate|medium|low)\s+confidence)?"
    r",?\s+that,?\s+", re.IGNORECASE)
#: "In our view, ...", "According to our assessment, ...": the authors' voice before the claim.
VOICE = re.compile(r"^(?:in\s+our\s+(?:view|assessment|judgement|judgment|opinion|baseline|base\s+case|central\s+scenario)|according\s+to\s+[^,]{1,60}|"
                   r"we\s+(?:assess|judge|estimate|believe|expect|think)"
                   r"(?:,?\s+with\s+(?:(?:very|fairly|relatively)\s+)?(?:high|moderate|medium|low)\s+confidence)?"
                   r"(?:,?\s+that)?)\s*,?\s*", re.IGNORECASE)
#: Words that open a subordinate or coordinated clause: the subject follows them.
SUBORDINATOR = re.compile(r"^(?:and|but|or|so|yet|while|whilst|whereas|since|because|as(?!\s+well\s+as)|although|"
                          r"though|even\s+if|even\s+though|once|where|when|then|and\s+that|but\s+even\s+if)\s+",
                          re.IGNORECASE)
#: A segment that is a comment, not a subject: "for example", "in particular".
PARENTHETICAL = re.compile(r"^(?:for\s+example|for\s+instance|in\s+particular|however|therefore|thus|in\s+turn|too|"
                           r"moreover|in\s+other\s+words|of\s+course|in\s+fact|also|e\.g\.|i\.e\.|notably|"
                           r"in\s+addition|furthermore|nevertheless|nonetheless|consequently|hence|meanwhile|instead|likewise|similarly|"
                           r"by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand|for\s+its\s+part|for\s+their\s+part)$", re.IGNORECASE)
#: A segment opening like this is an adverbial ("In the coming years", "Unfortunately", "Based on the report").
ADVERBIAL = re.compile(r"^(?:in\s+addition\s+to|to|in|during|by|with|without|under|as(?!\s+well\s+as)|after|since|"
                       r"given|for|over|within|despite|at(?!\s+(?:least|most)\b)|before|"
                       r"due\s+to|according\s+to|following|throughout|even|based|considering|unlike|like|beyond|"
                       r"until|from|on|amid|amidst|if|unless|when|once|although|though|because|while|whilst|"
                       # an inverted condition: "Should talks fail, ...", "Were the ban to be lifted, ..."
                       r"should(?=\s+\w+\s+\w)|were(?=\s+\w+.*\bto\b)|"
                       r"[a-z]+ly|[a-z]+ing|[a-z]+ed)\b", re.IGNORECASE)
PRONOUNS = {"it", "they", "this", "these", "that", "those", "he", "she"}


def segments(text: str) -> list[str]:
    """``text`` cut at its commas and spaced dashes outside brackets."""
    # Commas and dashes outside brackets separate the adverbials, lead-ins and subject before the verb.
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += char in "([" and 1 or (-1 if char in ")]" else 0)
        # not the comma of a number ("5,000 troops")
        if depth == 0 and (char == "," and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit())
                           or (char in "–—" and text[i - 1:i] == " ")):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


#: The subject of a clause: a noun phrase of up to ten words before its first finite verb.
CLAUSE_SUBJECT = re.compile(
    # "Pyongyang almost certainly will": "almost" goes with the adverb, not with the subject
    r"^(?P<np>(?:[\w’'-]+\s+){0,9}?[\w’'-]+)\s+(?:(?:(?:almost|very|highly|most|quite)\s+)?"
    r"(?:also|still|now|already|not|increasingly|[a-z]+ly)\s+)*"
    r"(?P<verb>is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|do|did|remains?|"
    r"continues?|seeks?|wants?|plans?|tries|try|[a-z]+ed|"
    # the common irregular pasts: "The coalition lost two votes. It will ..."
    r"lost|won|made|took|gave|saw|held|fell|rose|grew|began|became|left|kept|built|sent|spent|paid|met|brought|"
    r"bought|sold|found|ran|came|went|got|led|hit|set|cut|put|struck|drew|broke|chose|fought|sought|won)\b",
    re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an|this|these|that|those|its|their|our|his|her|such|some|any|many|most)\s",
                         re.IGNORECASE)


def clause_of(text: str) -> str:
    """The first clause of the last sentence of ``text``, lead-ins, adverbials and subordinators removed."""
    text = re.sub(r"\s*\([^()]*\)", "", text)
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘])", text.strip())
    last = sentences[-1].strip() if sentences and sentences[-1].strip() else ""
    last = VOICE.sub("", last)
    lead = LEAD_IN.match(last)
    if lead:
        last = last[lead.end():]
    parts = [s for s in segments(last) if s and not PARENTHETICAL.match(s)]
    while parts and ADVERBIAL.match(parts[0]) and not SUBORDINATOR.match(parts[0]):
        parts.pop(0)
    if not parts:
        return ""
    clause = parts[0]
    while SUBORDINATOR.match(clause):
        clause = SUBORDINATOR.sub("", clause, count=1)
    return clause


#: A label before a colon that opens a list item: a noun phrase of a few words, no verb-like "-s"/"-ed" end.
LABEL = re.compile(r"^(?:[-*•]\s+)?\**(?P<label>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)\**:\s*\**\s*(?:(?:I|we)\b[^:]*)?$")


def antecedent(text: str, kind: str = "singular") -> str | None:
    """The subject noun phrase of the last sentence of ``text``, when it plainly fits a ``kind`` pronoun
    ("singular", "plural", "person" or "any")."""
    # "Starship refuelling demo: I'd guess it happens in 2027": a list item's label names what "it" is
    if kind in ("singular", "any") and (label := LABEL.match(text.strip())):
        return label.group("label")[0].lower() + label.group("label")[1:] if _DETERMINER.match(label.group("label")) \
            else label.group("label")
    # "She said the total area burned will A, though it ...": "it" is the area, not "She said the area"
    clause = without_attribution(clause_of(text))
    match = CLAUSE_SUBJECT.match(clause)
    if match is None:
        return None
    np = match.group("np")
    if np.lower() in PRONOUNS or np.lower() in ("we", "you", "i", "there") or "," in np:
        return None
    if not (_DETERMINER.match(np) or np[:1].isupper() or _BARE_NOUNS.fullmatch(np)
            and match.group("verb").lower() in _MODAL_OR_COPULA):
        return None  # a bare noun phrase only before a modal or copula: "mean winter temperature will be ..."
    head = re.split(r"\s+(?:of|in|on|for|with|from|to|at|by|between|against)\s+", np, maxsplit=1)[0].split()[-1]
    plural = bool(re.search(r"\b(?:and)\b", np)) or (head.lower().endswith("s") and not head.lower().endswith(
        ("ss", "us", "is", "’s", "'s")))
    verb = match.group("verb").lower()
    if verb in ("is", "was", "has", "does") or (verb.endswith("s") and verb not in ("was", "has", "does")):
        plural = False if verb != "is" or not re.search(r"\band\b", np) else plural
    elif verb in ("are", "were", "have", "do"):
        plural = True
    if kind == "plural" and not plural or kind == "singular" and plural:
        return None
    if kind in ("singular", "plural") and _rival(clause[match.end():], match.group("verb"), plural):
        return None  # "The alliance is weighing a new plan. It will ...": the alliance or the plan, a guess
    if kind == "person" and not (re.fullmatch(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*", np) or re.search(
            r"\b(?:president|leader|minister|chancellor|king|queen|general|premier|dictator|chairman)\b", np, re.I)):
        return None  # "he" for "Ukraine’s capitulation" would be a guess
    return np[0].lower() + np[1:] if _DETERMINER.match(np) else np


_BARE_NOUNS = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}")
_MODAL_OR_COPULA = {"is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must", "should",
                    "remains", "remain"}
_AUXILIARY = {"be", "been", "being", "have", "has", "had", "not", "also", "still", "now", "already", "further"}
#: What opens an object that could be a pronoun's antecedent. A possessive ("will lose its majority") points
#: back to the subject, so its phrase is no rival.
_OBJECT_DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those|another|two|three|four|several|many|some|new)$",
                                re.IGNORECASE)
_TIME_HEAD = re.compile(r"^(?:year|month|week|day|quarter|season|decade|century|time|period|winter|summer|spring|"
                        r"autumn|morning|evening|weekend)s?$", re.IGNORECASE)
#: Verbs that compare with a measure ("will exceed the 10-year average"): their object is a level, no rival.
_MEASURING = re.compile(r"^(?:exceed|surpass|approach|reach|top|match|equal|outpace|double|triple|halve|near)(?:s|ed|ing)?$",
                        re.IGNORECASE)
_NOT_LEXICAL = re.compile(r"^(?:in|on|at|to|by|for|from|with|of|into|over|under|than|as|about|after|before|within|"
                          r"and|or|but|no|the|a|an)$", re.IGNORECASE)


def _rival(rest: str, verb: str, plural: bool) -> bool:
    """Whether the clause's object, after ``verb``, is a noun phrase of the subject's number: a pronoun in the
    next sentence could stand for either. A copula's complement ("Russia is a threat") is the subject itself."""
    words = [w.strip(",.;:") for w in rest.split()]
    i = 0
    while i < len(words) and (words[i].lower() in _AUXILIARY or words[i].lower().endswith("ly")):
        i += 1
    lexical = verb.lower() not in _MODAL_OR_COPULA - {"remains", "remain"} or \
        (i < len(words) and re.fullmatch(r"[a-z]+(?:ing|ed|en)", words[i]) is not None)
    if verb.lower() in _MODAL_OR_COPULA and i < len(words) and not _NOT_LEXICAL.match(words[i]) \
            and not _OBJECT_DETERMINER.match(words[i]) and not words[i].lower() in ("its", "their", "his", "her"):
        verb, i = words[i], i + 1  # the lexical verb after the modal or auxiliary: "will present", "is weighing"
    elif verb.lower() in _MODAL_OR_COPULA and not lexical:
        return False
    if _MEASURING.match(verb):
        return False
    if i >= len(words) or not _OBJECT_DETERMINER.match(words[i]):
        return False
    determiner, phrase = words[i].lower(), []
    for word in words[i + 1:i + 5]:
        if _NOT_LEXICAL.match(word) or word.lower() in _MODAL_OR_COPULA or word.lower() in _AUXILIARY:
            break
        phrase.append(word)
    if not phrase:
        return False
    head = phrase[-1].lower()
    if _TIME_HEAD.match(head):
        return False  # "burned this year": a time, not a thing
    object_plural = determiner in ("these", "those", "two", "three", "four", "several", "many") or (
        head.endswith("s") and not head.endswith(("ss", "us", "is", "’s", "'s")))
    return object_plural == plural


#: A verb or predicate before "that": "the committee is concerned that", "evidence indicated that", "X told
#: the committee that". Past forms and the common reporting verbs; a plural noun ending in -s is not one.
_HEAD_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|\w{3,}ed|told|said|says|thinks|knows|knew|saw|sees|"
                        r"shows|suggests|indicates|notes|warns|believes|expects|fears|argues|concludes|finds|found|"
                        r"means|agrees|understands|understood|holds|held)\b", re.IGNORECASE)
_COMPLEMENT = re.compile(r"\bthat\s+(?P<rest>(?:(?!\bthat\b)[^,;])+)$", re.IGNORECASE)


def complement_of(head: str) -> str | None:
    """The complement clause's opening when ``head`` (the words before the modal) ends in "VERB ... that NP":
    "Evidence from X indicated that deliberate interference" -> "deliberate interference". A relative "that"
    ("the systems that Russia deployed") has a verb after it, so it is left alone."""
    if "that " not in head:
        return None
    match = _COMPLEMENT.search(head)
    if match is None or not match.group("rest").strip() or _HEAD_VERB.search(match.group("rest")):
        return None
    before = head[:match.start()]
    if not _HEAD_VERB.search(before) or len(match.group("rest").split()) > 14:
        return None
    return match.group("rest").strip()


_THERE = re.compile(r"^there\s+will\s+(?:not\s+)?be\s+", re.IGNORECASE)
#: A list item's number: "4. A direct attack ...", "(2) Flooding ...".
#: "4. ", "(2) ", and a section's number "1.3 " or "2.4.1 " before its paragraph.
_LIST_NUMBER = re.compile(r"^(?:\(?\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2}){1,3}\.?)\s+(?=\S)")


def strip_opening(claim: str) -> str:
    """``claim`` without what opens the sentence rather than the claim: a list item's number and the authors'
    voice ("we judge that"), also inside an existential wrapper ("there will be We judge that a strike")."""
    claim = " ".join(claim.split()).strip(" ,;:.")
    there = _THERE.match(claim)
    head, body = (claim[:there.end()], claim[there.end():]) if there else ("", claim)
    body = VOICE.sub("", _LIST_NUMBER.sub("", body.lstrip("•·▪●◦‣*- "))).strip()  # a bullet kept by the layout
    # "..., and that exports will grow": the complementiser of a second clause under the same verb
    return head + re.sub(r"^that\s+(?!(?:is|are|was|were|will|would|won['’]t|has|have|had|may|might|could|can|"
                         r"should|must|does|did|remains?|seems?)\b)(?=\S+\s+\S)", "", body)  # "That trend ...": a demonstrative
