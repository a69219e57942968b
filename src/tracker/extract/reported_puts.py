"""A holder's point forecast in the idiom "puts X at Y": "The Commission's autumn forecast puts the deficit at 2.9% of
GDP next year", "The ministry's projections put total demand at 41 TWh in 2030", "The median of the forecasts we
track puts the 2027 average at $2,100", "the consensus put unemployment at about 4.6 percent by the end of 2026".

Reviews and news relay a forecasting body's (or its publication's) number for a measure with "put(s) the measure at
the level", dated. It is the holder's forecast, kept with the holder as source forecaster and read as a central
projection. Only a level (a figure after "at", not "at risk", "at the door of") with a time still ahead counts:
"the council puts the cost at $3 million" has no time, an estimate of a present quantity; "puts it at 30 percent"
refers to a claim in the sentence before, which this reader cannot restate, and is left.
"""

from __future__ import annotations

import re

from tracker.extract.expectation import central_projection
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: Holder, verb, object, level, the rest: the holder a name or a definite noun phrase (never the authors, a pronoun or
#: a bare determiner), an aside between commas allowed; the object anything but a pronoun.
_PUTS = re.compile(r"""^ \W* (?: (?: but | and | yet | meanwhile | still | however ) ,? \s+ )?
    (?P<holder> (?! (?: we | i | our | my | it | he | she | they | this | that | these | those | there | which | what
        | who | you ) \b ) (?: the \s+ )? (?-i: [A-Z] ) [\w’'.&()-]* (?: \s+ (?! (?: puts? | now | also | still ) \b )
        [\w’'.&()-]+ ){0,10}? )
    (?P<aside> \s* , \s+ [^,;]{2,100} , )? \s+ (?: (?: now | also | still | currently ) \s+ )?
    (?P<verb> puts | put ) \s+
    (?P<object> (?! it \b | them \b | this \b | that \b | these \b | those \b | pressure \b | an? \s+ end \b )
        [\w’'$€£%.-]+ (?: \s+ [\w’'$€£%.-]+ ){0,9}? ) \s+ at \s+
    (?P<level> (?: (?: about | around | roughly | some | just | nearly | almost | close \s+ to | only | over | under
        | between | more \s+ than | less \s+ than ) \s+ )? [$€£]? \d [^;]* ) $""", _FLAGS)
#: A time still ahead: a year, "next year", "by the end of", "this winter", "in the second half of".
_AHEAD = re.compile(r"\b(?:20\d\d|next\s+(?:year|month|quarter|season|decade|\w+\s+years)|this\s+(?:year|quarter|month|season|"
                    r"autumn|winter|spring|summer)|(?:the\s+)?coming\s+(?:\w+\s+)?(?:year|years|months|season|decade)|"
                    r"by\s+the\s+end\s+of|over\s+the\s+next|in\s+the\s+years\s+ahead)\b", re.IGNORECASE)
#: "at 3 pm", "at 10 Downing Street": a time of day or an address, not a level.
_NOT_LEVEL = re.compile(r"^[$€£]?\d[\d.,]*\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)\b|^\d+\s+(?:[A-Z][a-z]+\s+)+(?:Street|Road|Avenue|Lane|Square|Place|Drive)\b")
#: The reporter's comment after the level: ", down from 3.1% in the spring", ", according to ...", "; ...".
_CONTEXT = re.compile(r",\s+(?:down|up|compared|against|according|which|while|as|after|with|from|citing|in\s+line|"
                      r"unchanged|slightly|well|the\s+same)\b.*$", re.IGNORECASE | re.DOTALL)
#: "at 0.4", "at .35" with no unit: a fraction that reads as odds, not a level.
_BARE_FRACTION = re.compile(r"^(?:0?\.\d+)(?:\s+(?:this|next|in|by|for)\b.*)?$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[\^?\w{1,4}\]$")
#: A publication speaks for the body that wrote it: "The Commission's spring forecast" -> "the Commission".
_PUBLICATION = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+){0,3}(?:report|bulletin|outlook|forecasts?|projections?|review|"
                          r"update|survey|estimates?|scenario|assessment)$", re.IGNORECASE)


def reported_puts(text: str) -> Judgement | None:
    """The point forecast a holder states in ``text`` as "puts X at Y" with a time ahead, kept as theirs, or None."""
    if " put" not in text or " at " not in text:
        return None  # most clauses: not the idiom
    body = _FOOTNOTE.sub("", text.strip()).rstrip(".")
    match = _PUTS.search(body)
    if match is None or _NOT_LEVEL.match(match.group("level")):
        return None
    level = _CONTEXT.sub("", match.group("level").strip())
    if not _AHEAD.search(level):
        # "puts the cost at $3 million": no time, a present quantity estimated; "puts the 2027 average at $2,100": the
        # year only as the measure's adjective, which no horizon reader takes as a due date (left, not misdated)
        return None
    if _BARE_FRACTION.match(level):
        return None  # "puts the growth rate at 0.4": a bare fraction reads as odds, which the odds readers weigh
    subject = match.group("object").strip()
    subject = subject[:1].lower() + subject[1:] if re.match(r"(?:The|A|An)\s", subject) else subject
    return Judgement(text, f"{subject} will be {level}", "will", match.group("verb"), False,
                     speaker=_speaker(match.group("holder")), notes=("reported outlook: the holder's point forecast "
                                                                      '("puts X at Y")',),
                     reads_as=central_projection("expected"))


def _speaker(holder: str) -> str:
    holder = " ".join(holder.split())
    if (owner := _PUBLICATION.match(holder)):
        holder = owner.group("owner")  # "The Commission's spring forecast puts": the body whose forecast it is
    return holder[:1].lower() + holder[1:] if re.match(r"(?:The|A|An)\s", holder) else holder
