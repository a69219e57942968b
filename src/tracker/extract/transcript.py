"""Speakers of a transcript: whose judgement each answer is.

Hearings, press conferences and interviews print each turn as "Nadia Fernsby: The short answer is yes. ...".
The judgements of a turn are its speaker's, not the publisher's: the speaker is their source forecaster. A
paragraph that opens with no name goes on with the turn before it (an answer of several paragraphs) until
a heading starts a new section.

A name followed by a colon opens a turn only when the document opens two or more paragraphs with it: a
single "Key Judgements: ..." or "Base Case: ..." is a label, a speaker answers more than once.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract.records import Sentence

#: "Nadia Fernsby:", "Q3 Tom Aske:", "**Minister Jane Roe:**", "JANE ROE (Minister of Energy):", "Chair:"; one
#: to four capitalised words, an honorific allowed before them.
_TURN = re.compile(r"""^ [\s>*_-]* (?: Q\d{1,3} \s+ )? \** (?P<name>
    (?: (?: Mr | Ms | Mrs | Dr | Prof | Sir | Dame | Minister | Senator | Commissioner ) \.? \s+ )?
    [A-Z][\w’'.-]+ (?: \s+ [A-Z][\w’'.-]+ ){0,3} ) \** \s* (?: \( [^)\n]{1,80} \) )? \s* \** : \** \s+ (?=\S)""",
                   re.VERBOSE)


def turn_speakers(sentences: list[Sentence]) -> dict[int, str]:
    """The speaker of each paragraph of a transcript, by ``id`` of the paragraph; empty for other documents."""
    paragraphs = list({id(s.paragraph): s.paragraph for s in sentences}.values())
    opened = {id(p): match.group("name") for p in paragraphs if (match := _TURN.match(p.text))}
    counts = Counter(opened.values())
    speakers: dict[int, str] = {}
    current: str | None = None
    heading: str | None = None
    for paragraph in paragraphs:
        if paragraph.heading != heading:
            current, heading = None, paragraph.heading
        name = opened.get(id(paragraph))
        if name is not None:
            # "Chair:" or "Q:" ends the answer before it, but one word is a role or a label, not a named speaker.
            current = name if counts[name] >= 2 and " " in name else None
        if current is not None:
            speakers[id(paragraph)] = current
    return speakers
