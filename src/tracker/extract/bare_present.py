"""An estimative adverb before a bare present verb: "Liverpool probably finish second", "prices likely peak in May".

Columnists drop the "will" ("I think both are too generous: Liverpool probably finish second"); the adverb
then sits between a named subject and a verb in the present. A verb of state ("the figures probably overstate
growth", "Russia probably retains the capacity") describes the present and is left alone, and so is a verb in
the past.
"""

from __future__ import annotations

import re

#: The adverbs that judge the clause they sit in.
_ADVERB = re.compile(r"(?:probably|likely|almost\s+certainly|certainly|possibly)$", re.IGNORECASE)
#: A short named subject just before the adverb, at the start of the clause or after a colon or a dash.
_SUBJECT = re.compile(r"(?:^|[:;—–]\s*)\W*(?P<subject>(?:the\s+)?(?-i:[A-Z])[\w’'&.-]*(?:\s+(?-i:[A-Z])[\w’'&.-]*){0,3}"
                      r"|(?:the|both|all)\s+[a-z]+(?:\s+[a-z]+)?)\s*$")
_VERB = re.compile(r"^\s+(?P<verb>[a-z]{3,})\b(?P<rest>\s+\w.*)$", re.DOTALL)
_NOT_VERBS = {"are", "was", "were", "been", "has", "have", "had", "does", "did", "the", "and", "not", "that", "than",
              "won", "lost", "went", "made", "took", "came", "saw", "got", "said", "left", "fell", "rose", "grew",
              "began", "ran", "will", "would", "could", "can", "may", "might", "should", "shall", "must", "also",
              "still", "already", "never", "now", "more", "less", "too", "very", "for", "from", "with", "into"}
_DETERMINERS = {"the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those", "both", "all"}
#: Verbs of state and of showing: about the present.
_STATIVE = re.compile(r"^(?:overstate|understate|reflect|represent|mean|seem|appear|exist|lie|depend|belong|consist|contain|"
                      r"include|indicate|suggest|show|need|want|know|believe|retain|hold|remain|lack|control|possess|"
                      r"maintain|view|consider|see|prefer|intend|plan|aim|own|keep|feel|think|expect|hope|fear)s?$")


#: A longer noun phrase as the subject ("The state-sponsored programs of A, B and C almost certainly pose ... over the
#: next two years"): taken only when a time ahead follows the verb, and when it holds no verb of its own.
_LONG_SUBJECT = re.compile(r"^\W*(?P<subject>(?:(?:the|a|an)\s+|(?-i:[A-Z]))[^:;()]{3,140}?)\s*$", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did|"
                     r"that|which|who|whom|whose|we|i|you|they|he|she|it|if|when|as|because|since|while|although)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:over|in|during|through|throughout|by|until|within)\s+the\s+(?:next|coming)\s+(?:\w+\s+)?"
                    r"(?:years?|months?|decades?|quarters?|weeks?)\b|\b(?:through|by|until|in)\s+20\d\d\b|"
                    r"\bnext\s+(?:year|decade)\b", re.IGNORECASE)


def bare_present_claim(written: str, before: str, after: str) -> str | None:
    """"Liverpool will finish second" from "Liverpool | probably | finish second", or None."""
    if not _ADVERB.search(written) or (verb := _VERB.match(after)) is None:
        return None
    if (subject := _SUBJECT.search(before)) is None:
        if not (("next" in after or "coming" in after or "20" in after) and _AHEAD.search(after)
                and (subject := _LONG_SUBJECT.match(before)) and not _FINITE.search(subject.group("subject"))):
            return None
    if subject.group("subject").split()[-1].lower() in _DETERMINERS:
        return None  # "the likely winner of the vote": an adjective in a noun phrase
    word = verb.group("verb")
    if word in _NOT_VERBS or word.endswith(("ed", "ing", "ly")) or _STATIVE.match(word):
        return None
    base = word[:-2] if word.endswith(("shes", "ches", "sses", "xes")) else word[:-1] if word.endswith("s") \
        and not word.endswith("ss") else word
    return f"{subject.group('subject')} will {base}{verb.group('rest').rstrip('.')}"
