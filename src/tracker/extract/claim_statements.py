"""A claim as a table row, a call list or a dotted-leader line states it ("EU sanctions on Russia lifted before
2028", "Brent above $90 in 2027", "Democrats win control of the House"), put in the future as a statement the
question builder reads. Its own module because the table, call-line and fixed-width readers all use it, and the
table reader imports them: kept in table_rows it made an import circle.
"""

from __future__ import annotations

import re

from tracker.extract.tense import as_future, is_noun_phrase


#: A claim opening with a capitalised name (a party, a country, a side) and a bare verb of contests and decisions.
_NAMED_ACTOR = re.compile(r"^(?P<who>(?:The\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s+"
                          r"(?P<verb>win|keep|hold|lose|retain|regain|gain|take|flip|pass|reach|remain|stay|cut|raise|hike|"
                          r"sign|leave|join|approve|agree|default|beat|lead|control|form|secure|elect|adopt|lift|impose)"
                          r"(?P<rest>\s+\S.*)$")


def claim_statement(text: str) -> str:
    """A claim as a table or a call list states it ("EU sanctions on Russia lifted before 2028", "Brent above $90
    in 2027") put in the future."""
    if (acts := _NAMED_ACTOR.match(text)) and not re.search(r"\b(?:will|would|is|are|was|were)\b", text):
        # "Democrats win control of the House ...", "Tories hold the seat": a name and a plural's bare verb, the
        # contract's event (not a noun phrase "there will be Democrats win ...")
        return f"{acts.group('who')} will {acts.group('verb')}{acts.group('rest')}"
    statement = as_future(text, True)
    # "EU sanctions on Russia lifted before 2028": a participle before its time is a passive whatever the words in
    # -s before it look like
    passive = re.match(r"^(.+?)\s+((?:re-)?[a-z]{3,}ed)\b(\s+(?:before|by|in|within|during|until|on|at)\b.*)$", text)
    if passive and not re.search(r"\b(?:will|is|are|was|were|has|have)\b", passive.group(1)):
        statement = f"{passive.group(1)} will be {passive.group(2)}{passive.group(3)}"
    elif statement.startswith("it will turn out") and (done := re.match(r"^(.+?)\s+((?:re-)?[a-z]{3,}ed)\b(.*)$", text)):
        statement = f"{done.group(1)} will be {done.group(2)}{done.group(3)}"  # "UK general election called before ..."
    elif statement.startswith("it will turn out") and is_noun_phrase(text):
        statement = as_future(text, False)  # "Ceasefire ... in effect on 31 Dec 2027": an event
    return statement
