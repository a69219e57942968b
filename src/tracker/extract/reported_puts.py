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
from tracker.extract.forecast_revisions import forecast_revision
from tracker.extract.holder_chances import holder_chance
from tracker.extract.records import Judgement
from tracker.extract.said_forms import said_form

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: Holder, verb, object, level, the rest: the holder a name or a definite noun phrase (never the authors, a pronoun or
#: a bare determiner), an aside between commas allowed; the object anything but a pronoun.
_PUTS = re.compile(r"""^ \W* (?: (?: but | and | yet | meanwhile | still | however ) ,? \s+ )?
    # a fronted adverbial: "Overall,", "In the June projections,", "According to the minutes,"
    (?: (?: overall | elsewhere | separately | in \s+ [^,;]{2,80} | according \s+ to \s+ [^,;]{2,60} | at \s+ [^,;]{2,50} ) , \s+ )?
    (?P<holder> (?! (?: we | i | our | my | it | he | she | they | this | that | these | those | there | which | what
        | who | you ) \b ) (?: the \s+ )?
        # "the median projection of Committee participants": a lower-case head with its named owner
        (?: (?-i: [a-z] ) [\w-]* \s+ (?: (?-i: [a-z] ) [\w-]* \s+ ){0,2} (?: of | from | among ) \s+ (?: the \s+ )? )?
        (?-i: [A-Z] ) [\w’'.&()-]* (?: \s+ (?! (?: puts? | now | also | still | is | are | was | were ) \b )
        [\w’'.&()-]+ ){0,10}? )
    # a coordinated predicate between holder and verb: "X is more cautious and puts", "Y is higher and puts"
    (?P<predicate> \s+ (?: is | are | was | were ) \s+ (?: [\w-]+ \s+ ){0,3}? and )?
    (?P<aside> \s* , \s+ [^,;]{2,100} , )? \s+ (?: (?: now | also | still | currently ) \s+ )?
    (?P<verb> puts | put ) \s+
    (?P<object> (?! it \b | them \b | this \b | that \b | these \b | those \b | pressure \b | an? \s+ end \b )
        [\w’'$€£%.-]+ (?: \s+ [\w’'$€£%.-]+ ){0,9}? ) \s+ at \s+
    (?P<level> (?: (?: about | around | roughly | some | just | nearly | almost | close \s+ to | only | over | under
        | between | more \s+ than | less \s+ than ) \s+ )? [$€£]? \d [^;]* ) $""", _FLAGS)
#: A time still ahead: a year, "next year", "by the end of", "this winter", "in the second half of".
_AHEAD = re.compile(r"\b(?:20\d\d|next\s+(?:year|month|quarter|season|decade|\w+\s+years)|this\s+(?:year|quarter|month|season|"
                    r"autumn|winter|spring|summer)|(?:the\s+)?coming\s+(?:\w+\s+)?(?:year|years|months|season|decade)|"
                    r"(?:by|at|until|before)\s+the\s+end\s+of|end-20\d\d|over\s+the\s+next|in\s+the\s+years\s+ahead)\b", re.IGNORECASE)
#: "at 3 pm", "at 10 Downing Street": a time of day or an address, not a level.
_NOT_LEVEL = re.compile(r"^[$€£]?\d[\d.,]*\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)\b|^\d+\s+(?:[A-Z][a-z]+\s+)+(?:Street|Road|Avenue|Lane|Square|Place|Drive)\b")
#: The reporter's comment after the level: ", down from 3.1% in the spring", ", according to ...", "; ...".
_CONTEXT = re.compile(r",\s+(?:down|up|compared|against|according|which|while|as|after|with|from|citing|in\s+line|"
                      r"unchanged|slightly|well|the\s+same|largely|mainly|partly|chiefly|mostly|in\s+part|because|"
                      r"reflecting|assuming|given|owing|due|on\s+the\s+back)\b.*$", re.IGNORECASE | re.DOTALL)
#: "at 0.4", "at .35" with no unit: a fraction that reads as odds, not a level.
_BARE_FRACTION = re.compile(r"^(?:0?\.\d+)(?:\s+(?:this|next|in|by|for)\b.*)?$", re.IGNORECASE)
#: "the 2027 LME average", "its 2026 growth": a year standing as the measure's adjective (not "the 2026-27 average").
_YEAR_OF_MEASURE = re.compile(r"(?<![-–/])\b(?P<year>20\d\d)\b(?![-–/]\d)\s+(?=\w)")
#: A rate of change or a ratio that forecasters put a number on: growth, inflation, unemployment, the deficit.
_RATE_MEASURE = re.compile(r"^(?:(?:the|its|their)\s+)?(?!.*\b(?:last|previous|past|latest)\b)(?:[\w’'-]+\s+){0,3}?(?:growth|inflation|unemployment|jobless\s+rate|"
                           r"deficit|surplus|expansion|contraction)(?:\s+rate)?$", re.IGNORECASE)
_PERCENT = re.compile(r"^[^,;]{0,30}?\d(?:[\d.]*)\s?(?:%|per\s?cent\b|percent\b)")
_FOOTNOTE = re.compile(r"\[\^?\w{1,4}\]$")
#: A publication speaks for the body that wrote it: "The Commission's spring forecast" -> "the Commission".
_PUBLICATION = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+){0,4}(?:report|bulletin|outlook|forecasts?|projections?|review|"
                          r"update|survey|estimates?|scenario|assessment)$", re.IGNORECASE)


def reported_puts(text: str) -> Judgement | None:
    """The point forecast a holder states in ``text`` as "puts X at Y" with a time ahead, kept as theirs, or None."""
    if " put" not in text or " at " not in text:
        # most clauses: not the idiom; the same family of others' numbers, a revised forecast or a reported "would"
        return forecast_revision(text) or said_form(text) or holder_chance(text)
    body = _FOOTNOTE.sub("", text.strip()).rstrip(".")
    match = _PUTS.search(body)
    if match is None or _NOT_LEVEL.match(match.group("level")):
        return None
    level = _CONTEXT.sub("", match.group("level").strip())
    subject = match.group("object").strip()
    if not _AHEAD.search(level):
        if (year := _YEAR_OF_MEASURE.search(subject)) is not None:
            # "puts the 2027 average at $2,100": the year is the measure's adjective; said after the level it is the
            # claim's date ("the average will be $2,100 in 2027"), which the pipeline reads from the claim
            subject = " ".join(f"{subject[:year.start()]}{subject[year.end():]}".split())
            level = f"{level} in {year.group('year')}"
        elif not (_RATE_MEASURE.match(subject) and _PERCENT.search(level)):
            # "puts the cost at $3 million": no time, a present quantity estimated. A rate of change ("puts growth
            # at 1.6 per cent") is a forecast among forecasts: its year is the paragraph's, carried by the pipeline
            return None
    if _BARE_FRACTION.match(level):
        return None  # "puts the growth rate at 0.4": a bare fraction reads as odds, which the odds readers weigh
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
