"""Scenario lines whose probability is in a bold lead-in ending in a full stop: "**Base case — "Name" (55%).** Story".

Outlooks write a set of weighted scenarios as list items with a bold label: the label holds the scenario's name
and its probability in brackets, then a full stop, then the story ("A prolonged outage ... pushes the price
above $13,000/t"). With the bold gone, the full stop makes the label a sentence of its own and the story loses
its number. The full stop is read as the colon of "LABEL (N%): STORY", the form the scenario reader knows: the
same length, so positions in the original file stay as they were.

Only a SET is read so: two or more paragraphs of the document open this way, as scenarios come. A lone
"Growth slowed (2%). Next year ..." is a sentence with a bracket, not a scenario.
"""

from __future__ import annotations

from dataclasses import replace
import re

from tracker.extract.records import Paragraph

#: A short label (no full stop, colon or bracket of its own), then a bracketed probability and nothing else in
#: the bracket but approximations and a chance word, then the full stop and the capital of the story.
_LEAD_IN = re.compile(r"^(?P<label>[^().:;\n]{2,80}?)\s*\((?:(?:about|around|roughly|approximately|p\s*=|~)\s*)?"
                      r"(?:\d{1,2}(?:\.\d)?\s?(?:%|per\s?cent)|\d{1,2}\s*[-\s]in[-\s]\s*\d{1,3})"
                      r"(?:\s+(?:probability|chance|likelihood|weight))?\)(?P<stop>\.)\s+(?=[A-Z“\"])", re.IGNORECASE)


def scenario_lead_ins(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """``paragraphs`` with each of a set of scenario lead-ins' full stops read as a colon (see the module)."""
    found = [(index, match) for index, paragraph in enumerate(paragraphs)
             if ")." in paragraph.text[:120] and (match := _LEAD_IN.match(paragraph.text))
             and len(match.group("label").split()) <= 8]
    if len(found) < 2:
        return paragraphs
    mended = list(paragraphs)
    for index, match in found:
        paragraph = paragraphs[index]
        at = match.start("stop")
        text = f"{paragraph.text[:at]}:{paragraph.text[at + 1:]}"
        spanned = replace(paragraph.spanned, text=text) if paragraph.spanned is not None else None
        mended[index] = Paragraph(paragraph.number, text, paragraph.heading, spanned, paragraph.title)
    return mended
