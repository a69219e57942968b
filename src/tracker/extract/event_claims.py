"""A verb given with "-ing" or an event named as a noun phrase, restated as a future claim.

"one taking effect before 2028" -> "one will take effect before 2028", "the bill being passed" -> "the bill will be
passed", "a cut in March" -> "there will be a cut in March". The number modules (numeric, stated_forms,
pointed_numbers, risk_scores) and the grammar share these, so they live below all of them.
"""

from __future__ import annotations

import re

from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: "-ing" nouns that are no gerund: "a cut at the December meeting".
_ING_NOUNS = {"meeting", "spending", "funding", "building", "housing", "morning", "evening", "spring", "during", "ceiling",
              "ruling", "hearing", "training", "offering", "earnings", "landing", "thing", "something", "anything",
              "nothing", "king", "wedding", "setting", "bombing", "shooting", "fighting", "pricing", "polling", "lending"}
_GERUND = re.compile(r"""^ (?P<subject> (?: one | it | they | (?-i:[A-Z])[\w’'.-]+ (?: \s+ (?-i:[A-Z])[\w’'.-]+ ){0,2}
    | (?: the | a | an | its | their ) (?: \s+ (?! (?: at | in | on | by | before | after | of | for | to | from | with ) \b ) [\w’'-]+ ){1,4} ) )
    \s+ (?P<verb> [a-z]{2,} ) ing \b (?P<rest> .* ) $""", _FLAGS)


def base_form(word: str) -> str:
    """The base form before "-ing": "exceed(ing)" -> "exceed", "ris(ing)" -> "rise", "cutt(ing)" -> "cut"."""
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "ls":
        return word[:-1]
    return word + "e" if re.search(r"(?:[^aeiou][aeiou][sczvgd]|[^aeiou]at|[aeiou]{2}s|rg)$", word) else word  # "trad", "eas", "merg"


def event_claim(event: str) -> str:
    """An event a number is put on, as a claim: "one taking effect before 2028" -> "one will take effect before
    2028", "the bill being passed" -> "the bill will be passed", "a cut in March" -> "there will be a cut in March"."""
    event = event.strip(" ,.")
    gerund = _GERUND.match(event)
    if gerund and f"{gerund.group('verb')}ing".lower() not in _ING_NOUNS:
        verb = gerund.group("verb")
        return f"{gerund.group('subject')} will {'be' if verb == 'be' else base_form(verb)}{gerund.group('rest')}"
    return as_future(event, False)
