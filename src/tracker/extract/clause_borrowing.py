"""What a second clause of a sentence borrows from the first when it leaves it out: the time, and the writer as subject.

- "X is not expected to return to its peak next year, although Y could rise modestly"; "unemployment will edge up to
  4.7 per cent by the end of 2027, but the labour market should remain tight": a bare "could" or "should" is read as a
  forecast only with a time ahead, and the contrast after "although" / "but" leaves the first clause's time unsaid.
  The second clause takes the first's time ("... could rise modestly next year").
- "We are sceptical that X holds, and would put the odds of Y at 35%": a subject-less clause that states the writer's
  number takes the writer ("We would put the odds ..."), so that its holder is the writer, not the word "would".
- "X expects A to peak around 2032 and to decline thereafter": "thereafter" is after the first clause's year, so the
  second clause is restated "... after 2032" (a lower bound, flagged), never dated by the year itself.
"""

from __future__ import annotations

import re

#: A time ahead a clause is judged by: "next year", "by the end of 2027", "in 2027", "before March", "this winter".
_TIME = re.compile(r"\b(?:(?:by|in|before|until|during|through|over|within)\s+(?:the\s+(?:end|start|middle|close|first\s+half|"
                   r"second\s+half)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?(?:20\d\d|next\s+(?:year|month|quarter)|(?:January|"
                   r"February|March|April|May|June|July|August|September|October|November|December)(?:\s+20\d\d)?)|"
                   r"next\s+(?:year|month|quarter|winter|summer|spring|autumn|week)|this\s+(?:year|winter|summer|spring|autumn)|"
                   r"(?:over|in|within)\s+the\s+(?:next|coming)\s+(?:\w+\s+)?(?:months|years|quarters|weeks))\b")
#: A weak modal the second clause may hang on: read as a forecast only with a time ahead.
_WEAK_MODAL = re.compile(r"\b(?:could|should|may|might)\s+(?:(?:still|also|well|even)\s+)?(?!be\s+(?:argued|said|noted)\b)[a-z]+",
                         re.IGNORECASE)
#: The joins of a contrast whose second clause leaves the time unsaid.
_CONTRAST = ("although", "though", "but", "whereas", "while", "yet")


def shared_time(previous: str, joiner: str, piece: str) -> str:
    """``piece`` with ``previous``'s time appended when ``joiner`` is a contrast, ``piece`` hangs on a weak modal
    and states no time of its own; ``piece`` otherwise."""
    if not any(word in joiner.lower() for word in _CONTRAST) or not ("could" in piece or "should" in piece
                                                                     or "may" in piece or "might" in piece):
        return piece
    if not _WEAK_MODAL.search(piece) or _TIME.search(piece) or (time := _TIME.search(previous)) is None:
        return piece
    body = piece.rstrip()
    end = len(body.rstrip(".;:"))
    return f"{body[:end]} {time.group(0)}{body[end:]}"


#: "would put the odds of X at", "would give Y a 30% chance", "would place it at": a writer's number, its subject left out.
_WRITERS_NUMBER = re.compile(r"^(?:would|will|['’]d)\s+(?:(?:also|still|now)\s+)?(?:put|give|place|set|rate|assign|peg)\s+"
                             r"(?:the\s+(?:odds|chances?|probability|likelihood|risk)\b|it\b|this\b|that\b|an?\s+)", re.IGNORECASE)


#: The clause before opens with the writer: "We are sceptical that ...", "I doubt ...".
_WRITER_FIRST = re.compile(r"^\W*(?P<writer>we|i)\s", re.IGNORECASE)


def writers_number(previous: str, piece: str) -> str:
    """``piece`` with the writer put back as its subject ("We would put the odds ...") when it is a subject-less number
    of the writer's and ``previous`` (the clause before) opens with "we" or "I"; ``piece`` otherwise."""
    if "would" not in piece and "will" not in piece and "d " not in piece:
        return piece
    text = piece.lstrip(" ,;:")
    if not _WRITERS_NUMBER.match(text) or (writer := _WRITER_FIRST.match(previous)) is None:
        return piece
    return f"{writer.group('writer')} {text}"


#: Words that place a clause after the time the clause before stated.
_AFTERWARDS = re.compile(r"\b(?:thereafter|afterwards?|after\s+that(?=\s*(?:[,.;:)]|$)))", re.IGNORECASE)
#: The last year the clause before states: "around 2032", "in 2030", "by the end of 2029".
_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?!\s*(?:%|per\s?cent|-\d))")


def after_previous(previous: str, piece: str) -> str:
    """``piece`` with "thereafter" / "afterwards" / "after that" put as "after YEAR" when ``previous`` (the clause
    before) states a year and ``piece`` none; ``piece`` otherwise."""
    if "after" not in piece or (found := _AFTERWARDS.search(piece)) is None or _YEAR.search(piece):
        return piece
    years = _YEAR.findall(previous)
    if not years:
        return piece
    return f"{piece[:found.start()]}after {years[-1]}{piece[found.end():]}"
