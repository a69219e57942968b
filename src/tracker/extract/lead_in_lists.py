"""Lists under a lead-in that holds the verb: "For 2026 and 2027 the agency expects in particular:" over bullets of
noun phrases ("• a persistently high threat from ...;", "• an increase in ...;").

Reports put their expectations as a list: the lead-in names who expects, the verb and often the time ("Over the
next two years we anticipate:"), and each item is a noun phrase with no verb of its own. Each item is one
judgement: the lead-in's verb over the item ("there will be an increase in ..."), dated by the lead-in's time. The
prose reader sees the items as fragments and the lead-in as a sentence with no object, so neither is drafted there.

Lists come as bullets ("•", "-", "*", "–") or numbers ("1.", "(a)"), their lines wrapped and indented, with blank
lines between lines as PDF-to-text writes them.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future, is_noun_phrase

#: A lead-in ending in an expectation verb and a colon: "... the agency expects in particular:".
_LEAD_IN = re.compile(r"(?P<subject>\b(?:we|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}|"
                      r"the\s+(?:agency|service|office|commission|committee|government|ministry|bank|authors?|board)))\s+"
                      r"(?P<verb>expects?|anticipates?|foresees?|predicts?|forecasts?|projects?|envisages?)"
                      r"(?:\s+(?:in\s+particular|above\s+all|among\s+other\s+things|notably|especially|the\s+following))?\s*:\s*$")
#: An item's mark: a bullet or a number.
_ITEM = re.compile(r"^\s*(?:[•●▪◦*–-]|\(?[a-z0-9]{1,2}[.)])\s+(?P<text>\S.*)$")
#: Words that make an item a sentence of its own (read by the prose reader) or not a judgement.
_VERB = re.compile(r"\b(?:will|would|is|are|was|were|could|may|might|should|must|has|have|had)\b", re.IGNORECASE)
_SPAN = re.compile(r"\b(?:over|in|during|for|within)\s+the\s+(?:next|coming)\s+(?:\w+\s+){0,2}(?:years?|months?|decade|"
                   r"quarters?|weeks?)\b", re.IGNORECASE)
#: An item opening as a noun phrase: an article, a quantity word or a participle before its noun ("continued
#: attempts", "rising prices", "a persistently high threat").
_NOUN_OPENING = re.compile(r"^(?:an?|more|further|fewer|less|greater|higher|lower|new|renewed|sustained|no|(?:\w+ly\s+)?"
                           r"\w{3,}(?:ed|ing))\s", re.IGNORECASE)


def lead_in_items(text: str) -> list[tuple[str, Judgement, str]]:
    """``(item as written, judgement, text dating it)`` for each list item under an expecting lead-in."""
    if ":" not in text or not re.search(r"(?:expects?|anticipates?|foresees?|predicts?|forecasts?|projects?|envisages?)"
                                        r"(?:\s+\w+){0,3}\s*:", text):
        return []
    found = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if not line.rstrip().endswith(":") or _ITEM.match(line):
            continue
        lead = _lead_in(lines, index)
        if (match := _LEAD_IN.search(lead)) is None:
            continue
        subject = match.group("subject")
        years = re.findall(r"\b20\d\d\b", lead)
        span = _SPAN.search(lead)
        # "For 2026 and 2027 ...": the items are due at the end of the last year the lead-in names
        time = f"by the end of {max(years)}" if years else span.group(0) if span else None
        for item in _items(lines, index + 1):
            body = re.sub(r"[;,.]?\s*(?:and|or)?\s*$", "", item).strip()
            if len(body.split()) < 3 or _VERB.search(body.split(",")[0]) or not (
                    is_noun_phrase(body) or _NOUN_OPENING.match(body)):
                continue
            statement = as_future(body[:1].lower() + body[1:] if not body[1:2].isupper() else body, False)
            speaker = None if subject.lower() == "we" else subject
            judgement = Judgement(item, statement, "likely", match.group("verb"), False,
                                  (f'list item under the lead-in "{" ".join(lead.split()[-12:])}": '
                                   'the lead-in\'s expectation over the item, read as "likely"; check it',),
                                  speaker=speaker)
            found.append((item, judgement, f"{statement} {time}" if time else statement))
    return found


def _lead_in(lines: list[str], index: int) -> str:
    """The lead-in sentence ending at ``lines[index]``, joined over wrapped and blank lines."""
    parts: list[str] = []
    for back in range(index, max(index - 8, -1), -1):
        line = lines[back].strip()
        if not line:
            continue
        if _ITEM.match(lines[back]) and back != index:
            break
        parts.insert(0, line)
        if re.search(r"[.!?]\s", " " + line + " ") and back != index:
            break
    joined = " ".join(parts)
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", joined)[-1]


def _items(lines: list[str], start: int) -> list[str]:
    """The list items after a lead-in, each joined over its wrapped lines."""
    items: list[str] = []
    for line in lines[start:start + 60]:
        if not line.strip():
            continue
        if item := _ITEM.match(line):
            items.append(item.group("text").strip())
        elif items and line[:1].isspace() and not items[-1].endswith("."):
            items[-1] += " " + line.strip()  # an indented continuation line
        else:
            break
        if items and items[-1].endswith("."):
            break  # the last item ends the list with its full stop
    return items
