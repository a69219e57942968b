"""Articles a headline leaves out, put back in the question: "US enters recession" -> "Will the US enter ...",
"Ceasefire between X and Y" -> "Will there be a ceasefire between X and Y".

Headlines, table cells and bullet points drop articles; a question is a sentence and needs them. Which noun
takes which article is read from the document itself where it can be: an acronym the document writes after
"the" ("the US", "the ECB") takes "the", and a noun it writes after "a"/"an" ("a recession") is countable and
takes "a" when it heads a bare noun phrase. Nouns of events that are countable in any text (a ceasefire, a
default, a rate cut) take "a" too, so that a table of one-line claims, which may never write the article,
reads the same. A plural, a mass noun ("inflation", "growth") or a name takes none.
"""

from __future__ import annotations

import re

#: "the US", "an outbreak", "a recession": the article and the word after it (``casing.lowercase_words``).
#: (the look-ahead names the first character of every form: the engine skips other characters at once)
#: ("the AI Act", "the EU-wide plan": an acronym inside a name or a compound has the name's article, not its own)
ARTICLED = re.compile(r"(?=[TtAa])\b(?:[Tt]he\s+(?P<acronym>[A-Z]{2,5})\b(?!\s+[A-Z][a-z]|-)|(?:a|an|A|An)\s+(?P<noun>[a-z][a-z-]{2,}))")
#: Nouns of events that are countable whatever the document writes.
_EVENT_COUNT = {"recession", "ceasefire", "truce", "deal", "agreement", "default", "coup", "war", "invasion",
                "referendum", "election", "crisis", "downturn", "slowdown", "rebound", "surge", "shortage", "outbreak",
                "pandemic", "epidemic", "lockdown", "strike", "attack", "merger", "takeover", "devaluation", "hike",
                "cut", "increase", "decrease", "rise", "fall", "drop", "decline", "peak", "spike", "crash", "bailout",
                "shutdown", "breakthrough", "settlement", "offensive", "blockade", "famine", "drought", "heatwave",
                "downgrade", "upgrade", "reshuffle", "resignation", "snap"}
#: Words that open a noun phrase already: determiners, numbers, quantities.
_DETERMINED = re.compile(r"^(?:the|a|an|no|any|some|its|their|his|her|our|this|that|these|those|each|every|another|"
                         r"further|more|fewer|less|several|many|few|two|three|four|five|much|such|other|[\d$€£])",
                         re.IGNORECASE)
#: Where a noun phrase's head ends: a preposition, a relative, a time word, punctuation.
_PHRASE_END = re.compile(r"^(?:between|in|on|at|by|of|for|with|from|to|before|after|during|within|over|under|"
                         r"against|across|through|until|that|which|who|and|or|as|than|starting|beginning|"
                         r"this|next|around|near)$", re.IGNORECASE)


def is_event_noun(word: str) -> bool:
    """Whether ``word`` is a noun of a countable event ("Ceasefire" opening a table cell is no name)."""
    return word.lower() in _EVENT_COUNT


def definite_subject(subject: str, lowercase: frozenset[str]) -> str:
    """ "US" -> "the US" when the document writes "the US"; any other subject as it is."""
    words = subject.split(" ")
    if not re.fullmatch(r"[A-Z]{2,5}", words[0]):
        return subject
    if len(words) == 1 and words[0] in getattr(lowercase, "the_acronyms", ()):
        return f"the {subject}"
    # "UK general election": an acronym as a modifier of a singular countable noun, which needs an article
    head = next((w for w in words[1:] if not re.fullmatch(r"[a-z-]+", w)), None) is None and words[-1]
    if len(words) > 1 and head and _countable(head, lowercase):
        return f"the {subject}"
    return subject


def _countable(noun: str, lowercase: frozenset[str]) -> bool:
    return noun.lower() in _EVENT_COUNT or noun.lower() in getattr(lowercase, "countable", ())


def indefinite_event(predicate: str, lowercase: frozenset[str]) -> str:
    """ "be ceasefire between X and Y" -> "be a ceasefire between X and Y": a bare singular countable head."""
    if not predicate.startswith("be "):
        return predicate
    words = predicate[3:].split(" ")
    if not words or not words[0] or _DETERMINED.match(words[0]) or not re.fullmatch(r"[A-Za-z-]+", words[0]):
        return predicate  # a determiner already, or a number
    end = next((i for i, word in enumerate(words) if _PHRASE_END.match(word.strip(",;:()")) or word[-1:] in ",;:("),
               len(words))
    phrase = words[:end + 1] if end < len(words) and words[end][-1:] in ",;:" else words[:end]
    head = phrase[-1].strip(",;:()").lower() if phrase else ""
    if not head or len(phrase) > 4 or not _countable(head, lowercase):
        return predicate
    if words[0][:1].isupper() and words[0].lower() not in lowercase:
        # "Rate cut", "Euro area recession" opening a headline: an ordinary word unless the document capitalises it
        # inside its sentences (a name: "Fed rate cut")
        if len(phrase) < 2 or not all(re.fullmatch(r"[a-z-]+", w) for w in phrase[1:]):
            return predicate
        if words[0].lower() not in getattr(lowercase, "named", ()):
            words[0] = words[0].lower()
    first = words[0].lower()
    article = "an" if re.match(r"[aeio]|u(?!ni|s[eu]|r[aeiou]|k|ti)", first) and not first.startswith(("eu", "one")) else "a"
    return f"be {article} {' '.join(words)}"
