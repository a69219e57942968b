"""Which capitalised words of a document are ordinary words, so a question can write them in lower case.

A question moves the subject behind "Will", so "Targets are likely to include ..." must become "Will targets
include ...", while "Russia will ..." stays "Will Russia ...". A word is ordinary when the document writes it
in lower case somewhere, or when it is capitalised only where a sentence, line or cell starts and has the
ending of a common noun or participle ("Targets", "Negotiations", "Turnout", "Sustained"): a name is
capitalised wherever it stands, and a name said once ("Russia", "Athens") keeps its capital.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract.articles import ARTICLED

#: Words in lower case, not right after a sentence end ("... ended. the" is a typo, not evidence).
#: Not inside a path, address or file name ("txt_files/lithuania_2023.txt", "www.vsd.lt"): those are no prose.
#: (The look-behinds come after the first letter, which they also check: a pattern that starts with a letter lets
#: the engine skip to the letters of a long document instead of trying both look-behinds at every character.)
_LOWER = re.compile(r"[a-z](?<![.!?]\s[a-z])(?<![\w'’/@.-][a-z])[a-z'’-]+(?![\w/@]|\.\w)")
#: A capitalised word where sentences start: the start of a line (after markup), or after a full stop.
_AT_START = re.compile(r"(?:^|[.!?:]\s+|\n[\s>*#_|\-\d.)]*)([A-Z][a-z'’-]+)\b")
#: A capitalised word inside a sentence: after a lower-case word, a comma or a preposition.
_INSIDE = re.compile(r"([A-Z](?<=[a-z,;)]\s[A-Z])[a-z'’-]+)\b")  # the look-behind after the capital, as in _LOWER
#: Endings of common nouns and participles that names rarely have.
#: Not "-ing" or "-ed" alone: Beijing, Reading, Mohammed, Alfred are names; "Sustained", "Expanded" are not.
COMMON_ENDING = re.compile(r"(?:[^s]ts|ers|ions?|ings|ments?|ness|ity|ities|ance|ence|ism|ures?|ates|out|"
                            r"[a-z]{3}(?:ain|and|ect|ct|ert|ist|uc|at|ss)ed)$")


#: A word written this often or less is rare in its document (a half of a word the layout broke is).
RARE_COUNT = 2


class Lowercase(frozenset):
    """The document's ordinary words (lower-cased); ``named`` holds the words it capitalises inside a sentence,
    ``before_names`` the words it writes in lower case before a capitalised one ("net core Crown debt")."""

    named: frozenset[str] = frozenset()
    before_names: frozenset[str] = frozenset()
    #: How often the document writes each lower-case word (a broken word's halves are rare, see broken_words),
    #: and the words it writes twice at most.
    counts: dict[str, int] = {}
    rare: frozenset[str] = frozenset()
    #: Acronyms the document writes after "the" ("the US"), and nouns it writes after "a"/"an" ("a recession"):
    #: the articles a headline's claim left out (``articles.py``).
    the_acronyms: frozenset[str] = frozenset()
    countable: frozenset[str] = frozenset()


_BEFORE_NAME = re.compile(r"(?<![.!?]\s)(?<![\w'’/@.-])([a-z]+)\s+(?=[A-Z][a-z])")


def lowercase_words(text: str) -> Lowercase:
    """The words (lower-cased) the document writes in lower case or capitalises only at a sentence start."""
    written = _LOWER.findall(text)
    lower = set(written)
    # "Denmark's": "denmark"; a heading in title case ("Illegal Migration and Organised Crime") capitalises
    # ordinary words, so its lines are no evidence of a name
    prose = _TITLE_LINE.sub("", text) if _TITLE_WORDS.search(text) else text
    named = {_POSSESSIVE.sub("", word.lower()) for word in _INSIDE.findall(prose)}
    starts = {word.lower() for word in _AT_START.findall(text) if COMMON_ENDING.search(word)}
    found = Lowercase(lower | (starts - named))
    found.named = frozenset(named)
    found.before_names = frozenset(_BEFORE_NAME.findall(text))
    found.counts = Counter(written)
    found.rare = frozenset(word for word, count in found.counts.items() if count <= RARE_COUNT)
    articled = ARTICLED.findall(text)
    found.the_acronyms = frozenset(acronym for acronym, _ in articled if acronym)
    found.countable = frozenset(noun for _, noun in articled if noun)
    return found


#: A line of two to ten words, each capitalised or a short function word, with at least two capitalised
#: words in a row: a heading in title case (a contents line's leader dots and page number after it). (Its guard: two capitalised words in a row on one line.)
_TITLE_LINE = re.compile(r"^[ \t#*>\d.)]*(?:(?:[A-Z][\w’'-]*|and|or|of|the|in|on|for|to|a|an|with|&)[ \t]+){1,9}[A-Z][\w’'-]*(?:[ \t]*[.·…]{3,}[ \t]*\d*)?[ \t]*$",
                         re.MULTILINE)
_TITLE_WORDS = re.compile(r"[A-Z][a-z]+[ \t]+[A-Z][a-z]+")

# Compiled once: lower_first reads the first word of every question.
_FIRST_WORD = re.compile(r"[A-Za-z][a-z'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")


def lower_first(text: str, lowercase: frozenset[str] = frozenset()) -> str:
    """``text`` with its first word in lower case when that word is an ordinary word, not a name."""
    # Keep proper nouns and acronyms ("China", "NATO"): lower a plain leading article or pronoun, and a
    # capitalised word the document also writes in lower case ("Negotiations", "Protests").
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An", "These", "This", "Those", "It", "Its", "There", "Such", "Any", "Some", "Most", "We", "Our",
                 "They", "He", "She", "That", "Many", "More", "Fewer", "Few", "Several", "Further", "Other", "Both", "All", "Each", "Their", "Our",
                 "Whoever", "Whatever", "If", "When", "While", "Whilst", "Although", "As", "Since", "Because",
                 "Unless", "In", "With"):
        return first.lower() + text[len(first):]
    word = _FIRST_WORD.match(first)
    following = text.split(" ", 2)[1] if " " in text else ""
    named = getattr(lowercase, "named", None)
    if len(first) >= 5 and first.isalpha() and first.isupper() and following[:1].islower() and first.lower() in lowercase:
        # "CONTAINER spot rates": a wire story's or a newsletter's first word set in capitals, which the document
        # writes in lower case elsewhere; an acronym ("NATO", "OPEC") is not a word it writes so
        return first.lower() + text[len(first):]
    if not word or not word.group(0)[:1].isupper() or not word.group(0)[1:].islower():
        return text  # "NATO"
    head = _POSSESSIVE.sub("", word.group(0).lower())
    if following[:1].isupper() and head not in getattr(lowercase, "before_names", ()):
        return text  # "President Erdogan": a title before a name ("core Crown", written so, is no title)
    third = text.split(" ", 3)[2] if following in ("and", "&", "of") and text.count(" ") >= 2 else ""
    if third[:1].isupper() and (following != "of" or head in _INSTITUTIONS):
        return text  # "Law and Justice", "Bank of Finland": a name of several words, whatever its first word
    if word.group(0).lower() in lowercase:
        return first[:1].lower() + text[1:]
    # "Household consumption", "Right-wing extremism": a word the document capitalises only where a sentence
    # starts, heading a noun phrase, is an ordinary word; a name ("Moscow-aligned") is capitalised inside
    # sentences too, and adjectives of nations ("Danish", "Chinese") always are.
    if named is not None and first == word.group(0) and not following and COMMON_ENDING.search(head) \
            and head not in named and head == word.group(0).lower():
        return first[:1].lower() + text[1:]  # "Unemployment" alone: a common noun's ending, never inside a sentence
    if named is not None and first == word.group(0) and re.fullmatch(r"[a-z][\w-]*", following) \
            and following not in ("and", "or") \
            and not {head, re.split(r"[-’']", head)[0]} & named and not _NATIONAL.search(head.split("-")[0]) \
            and not (head.endswith("ans") and head[:-2] in named) \
            and not (head != word.group(0).lower() and head not in _DAYS and not COMMON_ENDING.search(head)):
        # (a possessive, "Denmark's central bank", is a name's unless the word is a common noun's or a day's)
        return first[:1].lower() + text[1:]
    return text


#: Nouns that head an institution's name before "of" and a name: "Bank of Finland", "Ministry of Finance".
_INSTITUTIONS = {"bank", "ministry", "department", "office", "court", "council", "house", "board", "commission",
                 "committee", "agency", "republic", "federation", "kingdom", "union", "university", "institute",
                 "chamber", "league", "government", "parliament", "assembly", "secretary", "minister", "governor",
                 "president", "mayor", "chancellor", "bureau", "service", "authority", "organisation", "organization"}
_DAYS = {"today", "tomorrow", "yesterday", "tonight"}
#: Endings of adjectives made from names of nations: Russian, Chinese, Danish, Swiss, Iraqi ("Baltic", "Arctic"
#: are names the document writes inside sentences too; "Domestic" is not).
_NATIONAL = re.compile(r"(?:an|ese|ish|i|ss|ch)$")
