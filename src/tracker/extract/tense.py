"""A claim put in the future tense: "(the chance) that the ceasefire collapses" -> "the ceasefire will collapse".

Nominal estimative forms ("a 1 in 4 chance that X", "a realistic possibility that X") take either a noun
phrase ("of a recession") or a clause ("that the Fed raises rates"). A noun phrase becomes "there will be
...". A clause keeps its subject, and its present-tense verb becomes "will" + the base form. Without a
tagger the verb is found by shape: a lowercase word in -s that follows a capitalised name ("the Federal
Reserve raises") or is followed by a word that opens a predicate ("collapses before", "is", "has"). A
clause whose verb is not found that way is kept whole behind "it will turn out that", still a question.
"""

from __future__ import annotations

import re

_MODAL = re.compile(r"\b(?:will|would|won['’]t|shall)\b", re.IGNORECASE)
#: Words that open what comes after a verb: objects' determiners, prepositions, adverbs, a number.
_AFTER_VERB = re.compile(r"""^(?: the | a | an | its | their | his | her | our | this | these | those | any | some
    | no | more | fewer | less | again | before | by | in | on | at | into | from | over | under | to | with | within
    | during | after | until | below | above | beyond | further | further | sharply | significantly | power
    | control | office | \d[\d.,%]* | [a-z]+ly )$""", re.IGNORECASE | re.VERBOSE)
_NOT_VERB = re.compile(r"^(?:.*ss|.*us|.*is|this|its|as|has|was|does|news|series|species|politics|economics|"
                       r"physics|whereas|perhaps|always|sometimes|towards|afterwards|besides|unless)$", re.IGNORECASE)
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "of", "in", "on", "at", "for", "with", "and",
                "or", "to", "from", "by", "this", "these", "those", "that", "some", "any", "many", "several"}
_BE_HAVE = {"is": "be", "are": "be", "has": "have", "have": "have"}
#: Endings of adjectives: "northern provinces", "regional powers", "military exercises".
_ADJECTIVAL = re.compile(r"(?:ern|al|ic|ive|ous|an|ese|ish|ed|ing|ary|ful|less|ble|ile|ior|ant|ent)$")


def as_future(claim: str, clause: bool) -> str:
    """``claim`` as a future statement; ``clause`` says it followed "that" (else it is a noun phrase)."""
    claim = claim.strip(" ,")
    if _MODAL.search(claim):
        return claim
    if not clause:
        return f"there will be {claim}"
    words = claim.split(" ")
    for index in range(1, min(len(words), 16)):
        word = words[index].strip(",;:")
        lowered = word.lower()
        previous = words[index - 1]
        if lowered in _BE_HAVE and previous.lower() not in _DETERMINERS:
            return " ".join([*words[:index], "will", _BE_HAVE[lowered], *words[index + 1:]])
        after = words[index + 1].strip(",;:") if index + 1 < len(words) else ""
        if index > 1 and words[index - 2] == "and" and previous[:1].isupper() and word.isalpha() and word.islower() \
                and not lowered.endswith("s") and _AFTER_VERB.match(after):
            return " ".join([*words[:index], "will", *words[index:]])  # "Russia and Norway renew their ..."
        counted = previous[:1].isdigit() and not re.fullmatch(r"(?:19|20)\d\d", previous)  # not "in 2026 falls"
        if not _candidate(word) or previous.lower() in _DETERMINERS or counted or words[index].endswith(","):
            continue  # "48 hours", "the rates", "oil revenues, leads": a counted or determined noun or the end of
            # a parenthetical before a comma, not the verb
        if previous[:1].isupper() and index > 1 or not after or _AFTER_VERB.match(after):
            verb = True  # "the Federal Reserve raises", "the ceasefire collapses before"
        elif _candidate(after) and (index + 2 >= len(words) or _AFTER_VERB.match(words[index + 2].strip(",;:"))):
            # "the central bank cuts rates before" or "the northern provinces collapses before": an adjective
            # before the first word in -s makes it the noun, and the second one the verb.
            verb = not _ADJECTIVAL.search(previous.lower())
        else:
            continue  # "oil prices rise": no telling a plural noun from a verb by shape
        if verb:
            return " ".join([*words[:index], "will", _base(lowered), *words[index + 1:]])
    return f"it will turn out that {claim}"


def _candidate(word: str) -> bool:
    """A lowercase word in -s that may be a present-tense verb."""
    lowered = word.lower()
    return word.islower() and lowered.endswith("s") and len(lowered) >= 4 and not _NOT_VERB.match(lowered)


def _base(verb: str) -> str:
    """The base form of a present-tense verb in -s: "raises" -> "raise", "carries" -> "carry"."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|zz|o)es$", verb):
        return verb[:-2]
    return verb[:-1]
