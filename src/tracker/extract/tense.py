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
    | during | after | until | through | below | above | beyond | further | sharply | significantly | power
    | control | office | \d[\d.,%]* | [a-z]+ly )$""", re.IGNORECASE | re.VERBOSE)
_NOT_VERB = re.compile(r"^(?:.*ss|.*us|.*is|this|its|as|has|was|does|news|series|species|politics|economics|"
                       r"physics|whereas|perhaps|always|sometimes|towards|afterwards|besides|unless)$", re.IGNORECASE)
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "of", "in", "on", "at", "for", "with", "and",
                "or", "to", "from", "by", "this", "these", "those", "that", "some", "any", "many", "several"}
#: Determiners of one thing, after which a word in -s is no plural head: "a", "this", "each".
_SINGULAR = {"a", "an", "this", "that", "each", "every", "one"}
#: Words counting a plural noun phrase: "two further cuts", "several attacks".
_QUANTITIES = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "few",
               "both", "multiple", "numerous"}
_PREPOSITIONS = {"of", "in", "on", "at", "for", "with", "from", "to", "by", "against", "between", "among"}
_BE_HAVE = {"is": "be", "are": "be", "has": "have", "have": "have"}
_PRONOUN_CLAUSE = re.compile(r"^(?P<subject>they|we|you|I|he|she|it)\s+(?P<adverb>[a-z]+ly\s+)?(?P<verb>[a-z]+)\b(?P<rest>.*)$",
                             re.IGNORECASE | re.DOTALL)
#: Bare verbs of a quantity's movement or a contest's outcome: after a word in -s they are the verb, and the word
#: in -s is the plural head ("futures fall", "yields rise", "Democrats win").
_BARE_VERBS = {"fall", "rise", "drop", "climb", "stay", "remain", "reach", "exceed", "end", "close", "trade", "return",
               "recover", "decline", "increase", "grow", "slow", "peak", "surge", "slide", "rebound", "settle", "top",
               "win", "lose", "persist", "continue", "last", "hold", "ease", "weaken", "strengthen", "improve",
               "worsen",
               # outcomes and moves: "suppliers exit the market", "protests lead to", "controls get rolled back"
               "exit", "lead", "get", "come", "fail", "collapse", "join", "leave", "enter", "default", "emerge",
               "succeed", "happen", "occur", "spread", "resume", "stop", "start", "begin", "break", "face", "gain"}
#: A one-word name opening a clause ("Washington", "Germany"), not an adjective of a people ("Chinese", "European",
#: "British", "French", "Israeli"): a capital, then letters with none of those endings.
_NAME_SUBJECT = re.compile(r"(?-i:[A-Z])[a-z]+(?<!ese)(?<!ian)(?<!ean)(?<!ish)(?<!ch)(?<!an)(?<!ic)(?<!i)")
#: Adjectives that open an object: "imposes new tariffs", "announces further cuts".
_OBJECT_ADJECTIVES = {"new", "fresh", "further", "higher", "lower", "additional", "tougher", "wider", "broad", "sweeping",
                      "more", "fewer", "its", "their"}
#: Endings of adjectives: "northern provinces", "regional powers", "military exercises".
_ADJECTIVAL = re.compile(r"(?:ern|al|ic|ive|ous|an|ese|ish|ed|ing|ary|ful|less|ble|ile|ior|ant|ent)$")


def as_future(claim: str, clause: bool) -> str:
    """``claim`` as a future statement; ``clause`` says it followed "that" (else it is a noun phrase)."""
    claim = claim.strip(" ,")
    if _MODAL.search(claim):
        return claim
    if clause and (possible := re.search(r"\b(?-i:could|might|may)\s+(?=[a-z])", claim)):
        # "(a one-in-three chance) that we could lower the ratings": the chance is the number's, the claim a future
        return f"{claim[:possible.start()]}will {claim[possible.end():]}"
    if not clause:
        return f"there will be {claim}"
    if pronoun := _PRONOUN_CLAUSE.match(claim):
        # "(a 30% chance) that they drop below six": after a personal pronoun the next word is the verb
        subject, verb = pronoun.group("subject"), pronoun.group("verb")
        third = subject.lower() in ("he", "she", "it")
        base = _BE_HAVE.get(verb.lower()) or (_base(verb) if third and verb.endswith("s") else None if third else verb)
        if base and verb.lower() not in ("were", "was", "had", "did", "do", "does", "am"):
            return f"{subject} will {pronoun.group('adverb') or ''}{base}{pronoun.group('rest')}"
    words = claim.split(" ")
    # "A ransomware attack disables ...": after a singular determiner the first word in -s is the verb (a
    # plural noun cannot head "a ..."); "two further Fed cuts": after a number the words in -s of that noun
    # phrase are its plural head, not a verb.
    # "a", "one", "each": one thing, unless a range follows ("one or two suppliers", "one in five")
    singular = head_singular = words[0].lower() in _SINGULAR and (len(words) < 2 or words[1].lower() not in
                                                                   ("or", "and", "to", "in", "of"))
    counted_phrase = words[0].lower() in _QUANTITIES or words[0][:1].isdigit()
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
        # a number counts the noun after it ("48 hours"), not a name with a digit ("the 10y ends"), nor "in 2026 falls"
        counted = bool(re.fullmatch(r"\d[\d.,]*%?", previous)) and not re.fullmatch(r"(?:19|20)\d\d", previous)
        if (previous.lower() in _QUANTITIES or previous[:1].isdigit()) and (index == 1 or words[index - 2][-1:] in ",;"):
            counted_phrase = True  # a list item of its own: "growth of 2%, two further cuts"
        counted_phrase = counted_phrase and previous.lower() not in _DETERMINERS
        # "a key supplier of turbine blades goes": past a preposition the noun may be plural again
        singular = singular and previous.lower() not in _PREPOSITIONS
        if _candidate(word) and after in _BARE_VERBS and not singular and previous.lower() in ("the", "these", "those",
                                                                                              "their", "its", "our"):
            return " ".join([*words[:index + 1], "will", *words[index + 1:]])  # "the controls get rolled back"
        if index == 1 and _candidate(word) and _NAME_SUBJECT.fullmatch(previous) and (
                _AFTER_VERB.match(after) or _candidate(after) or after.lower() in _OBJECT_ADJECTIVES):
            # "Washington reimposes tariffs", "Germany imposes new duties": after a one-word name the word in -s is its
            # verb ("Chinese goods", "European leaders": an adjective of a people heads no clause)
            return " ".join([words[0], "will", _base(lowered), *words[2:]])
        if not _candidate(word) or previous.lower() in _DETERMINERS or counted or counted_phrase \
                or previous.lower() in _QUANTITIES or index > 1 and after not in _BARE_VERBS and (
                    words[index - 2].lower() in _QUANTITIES or re.fullmatch(r"\d[\d.,]*", words[index - 2])) \
                or words[index][-1:] in ",;":
            continue  # "48 hours", "the rates", "oil revenues, leads": a counted or determined noun or the end of
            # a parenthetical before a comma, not the verb
        if after in _BARE_VERBS and not singular:
            # "New York futures fall back below", "oil prices rise": a plural head before a bare verb of movement
            return " ".join([*words[:index + 1], "will", *words[index + 1:]])
        # "US enters recession", "OPEC cuts output": after an acronym opening the claim, a word in -s before a bare
        # noun is its verb (a plural after an acronym, "EU sanctions on X", is followed by a preposition or a verb)
        acronym = index == 1 and re.fullmatch(r"[A-Z]{2,5}", previous) and re.fullmatch(r"[a-z]{3,}", after) \
            and after not in _BARE_VERBS
        # "the 10y ends Q1 below 2.5%": a period or a figure after the word in -s is its object or its time
        timed = re.fullmatch(r"(?:Q[1-4]|H[12]|20\d\d|[$€£]?\d[\d.,]*(?:[%kmbn]*|/\S+))", after.rstrip(","))
        if acronym or timed or previous[:1].isupper() and index > 1 or not after or _AFTER_VERB.match(after) or singular and index > 1 \
                or head_singular and index > 2 and previous.endswith("s"):  # "a supplier of parts goes"
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


def is_noun_phrase(claim: str) -> bool:
    """Whether ``claim`` reads as a noun phrase ("recession in the second half of 2026", "two further Fed
    cuts"): no verb is found, and no word in -s is followed, within its phrase, by a word that could open a
    predicate or be a verb itself ("the index ends 2026 at", "oil prices rise")."""
    if not as_future(claim, True).startswith("it will turn out"):
        return False
    words = claim.split()
    if words and (words[0].lower() in _QUANTITIES or words[0][:1].isdigit()):
        # "three further rate cuts in 2026": the counted phrase's head is a noun, whatever follows it
        head = next((i for i, word in enumerate(words) if _candidate(word)), len(words))
        words = words[head + 1:]
    # "between the two sides by": a counted word in -s is a noun
    return not any(_candidate(word) and previous.lower() not in _QUANTITIES and (
                       following.isalpha() and following.islower() and following not in _DETERMINERS
                       or _AFTER_VERB.match(following.strip(",;:")))
                   for previous, word, following in zip(["", *words], words, words[1:]))


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


def past_as_future(claim: str) -> str:
    """ "we issued more than five" (the past of a hypothesis after "if") as "we will issue more than five"."""
    words = claim.split()
    for index, word in enumerate(words[1:5], start=1):
        if re.fullmatch(r"[a-z]{3,}ed", word):
            stem = word[:-2]
            if word.endswith("ied"):
                base = word[:-3] + "y"
            elif len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                base = stem[:-1]  # "stopped"
            elif re.search(r"[^aeiou][aeiou][cgsuvz]$|[cgsuvz]$", stem) and not stem.endswith(("ss", "sh")):
                base = stem + "e"  # "issued", "raised", "closed"
            else:
                base = stem
            return " ".join([*words[:index], "will", base, *words[index + 1:]])
    return as_future(claim, True)
