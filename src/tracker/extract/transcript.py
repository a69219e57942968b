"""Speakers of a transcript: whose judgement each answer is.

Hearings, press conferences and interviews print each turn as "Nadia Fernsby: The short answer is yes. ...".
The judgements of a turn are its speaker's, not the publisher's: the speaker is their source forecaster. A
paragraph that opens with no name goes on with the turn before it (an answer of several paragraphs) until
a heading starts a new section.

A name followed by a colon opens a turn only when the document opens two or more paragraphs with it: a
single "Key Judgements: ..." or "Base Case: ..." is a label, a speaker answers more than once. After a time
stamp ("[01:47] REYES:") one word is a surname, named in full when the document's opening gives the name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from tracker.extract.records import Sentence

#: "Nadia Fernsby:", "Q3 Tom Aske:", "**Minister Jane Roe:**", "JANE ROE (Minister of Energy):", "Chair:"; one
#: to four capitalised words, an honorific allowed before them.
_TURN = re.compile(r"""^ [\s>*_↳-]* (?P<stamp> \[ \d{1,2} : \d\d (?: : \d\d )? \] \s* )? (?: Q\d{1,3} \s+ )? \** (?P<name>
    (?: (?: Mr | Ms | Mrs | Dr | Prof | Sir | Dame | Minister | Senator | Commissioner ) \.? \s+ )?
    [A-Z][\w’'.-]+ (?: \s+ [A-Z][\w’'.-]+ ){0,3}
    | (?<= \] \s ) [a-z][\w-]* (?: \. [\w-]+ )+ | (?<= \] \s ) [a-z][\w-]*\d* (?= : )  # a chat handle after a time stamp: "tom.haverford"
    ) \** \s* (?: \( [^)\n]{1,80} \) )? \s* \** : \** \s+ (?=\S)""",
                   re.VERBOSE)


def turn_speakers(sentences: list[Sentence]) -> dict[int, str]:
    """The speaker of each paragraph of a transcript, by ``id`` of the paragraph; empty for other documents."""
    paragraphs = list({id(s.paragraph): s.paragraph for s in sentences}.values())
    matches = {id(p): match for p in paragraphs if (match := _TURN.match(p.text))}
    opened = {key: match.group("name") for key, match in matches.items()}
    counts = Counter(opened.values())
    # "[01:47] REYES:": a time stamp makes the layout a transcript, where one word is the speaker's surname
    stamped = {match.group("name") for match in matches.values() if match.group("stamp")}
    head = " ".join(p.text for p in paragraphs[:3])
    speakers: dict[int, str] = {}
    current: str | None = None
    heading: str | None = None
    introduced: dict[str, str | None] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph.heading != heading:
            current, heading = None, paragraph.heading
        name = opened.get(id(paragraph))
        if name is not None:
            # "Chair:" or "Q:" ends the answer before it, but one word is a role or a label, not a named speaker.
            current = _full_name(name, head) if counts[name] >= 2 and (" " in name or name in stamped) else None
            if current is None and counts[name] >= 2 and name.isupper() and name.isalpha():
                # "MAYA: I'm at 60% ..." after an intro naming "Maya Okafor and Tom Brennan": a first name or
                # surname in capitals that the paragraphs just before the exchange give in full
                if name not in introduced:  # the introduction stands before the speaker's first turn
                    introduced[name] = _introduced(name, " ".join(p.text for p in paragraphs[max(0, index - 6):index]) + " " + head)
                current = introduced[name]
        if current is not None:
            speakers[id(paragraph)] = current
    return speakers


def _full_name(name: str, head: str) -> str:
    """A surname in capitals as the full name the document's opening gives ("Guest: Daniel Reyes"), else as a name."""
    if " " in name or not name.isupper():
        return name
    surname = name.title()
    found = re.search(rf"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?)\s+{re.escape(surname)}\b", head)
    return f"{found.group(1)} {surname}" if found else surname


_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December", "The", "And", "Of"})


def _introduced(name: str, before: str) -> str | None:
    """The full name an introduction gives for a speaker tag in capitals ("MAYA" -> "Maya Okafor", "REYES" ->
    "Daniel Reyes"), or None: a capitalised word that is never introduced as a person's name is a label."""
    word = name.title()
    if word in _CALENDAR or word not in before:
        return None
    found = re.search(rf"\b{word}\s+((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", before)
    if found and found.group(1) not in _CALENDAR:
        return f"{word} {found.group(1)}"
    found = re.search(rf"\b([A-Z][a-z]+)\s+{word}\b", before)
    if found and found.group(1) not in _CALENDAR:
        return f"{found.group(1)} {word}"
    return None


def answer_quote(opening: Sentence, sentence: Sentence) -> Sentence:
    """The answer from its first sentence (``opening``) to the one stating its number (``sentence``), as one quote:
    "Could happen if the dry season is bad, but I wouldn't bet on it. Let's say 30%." answers the question asked."""
    text = sentence.paragraph.text
    start = text.find(opening.text)
    end = text.find(sentence.text, max(start, 0))
    if start < 0 or end < start:
        return sentence
    return replace(sentence, text=text[start:end + len(sentence.text)], start=opening.start,
                   end=sentence.end if opening.start is not None else None)
