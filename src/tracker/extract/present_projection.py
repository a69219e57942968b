"""A projection stated in the present tense: "Unemployment rises to 4.0% next year", "Debt rises to 47.5% of GDP by 2027".

Projection chapters of finance ministries, planning bureaus and budget offices write their central projection in
the simple present: a subject, a verb of movement or level ("rises", "slows", "picks up", "averages"), a figure and
a time after publication. The authors mean what "is projected to" says, so the clause is read as that. Nothing
else in the present is: without a figure and a time ahead ("the labour market remains tight"), with a time
before publication ("rises to 4.0% in 2025" in a 2026 report: a record), under a condition or a scenario
("In the downside scenario, growth falls to 0.2%", "if tariffs rise, growth slows to 0.5%"), the clause is left
alone.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date

_FLAGS = re.IGNORECASE | re.VERBOSE

#: The publication date of the document being read, set by the pipeline: a year before it is a record, not a projection.
PUBLISHED: ContextVar[date | None] = ContextVar("present_projection_published", default=None)

#: Verbs of movement and of level, in the third person singular (the plural's base form is read below).
_MOVES_LIST = ("rise", "fall", "grow", "slow", "pick up", "slow down", "ease", "edge up", "edge down", "edge higher",
               "edge lower", "decline", "drop", "climb", "increase", "decrease", "reach", "average", "peak", "bottom out",
               "recover", "rebound", "accelerate", "decelerate", "moderate", "contract", "expand", "widen", "narrow",
               "stabilise", "stabilize", "settle", "return", "remain", "stay", "hover", "dip", "top", "exceed", "total",
               "amount to", "come in", "level off", "level out", "shrink", "double", "halve", "improve", "deteriorate",
               "strengthen", "weaken", "jump", "surge", "sink", "slip", "tick up", "tick down", "creep up", "creep down",
               "firm", "soften", "converge", "revert", "come down", "go up", "plateau", "slide", "tumble", "soar",
               "fall back", "inch up", "inch down", "pick back up")
_MOVES = "|".join(sorted((form.replace(" ", r"\s+") for form in _MOVES_LIST), key=len, reverse=True))



def _third_person(form: str) -> str:
    """'pick\\s+up' -> 'picks\\s+up', 'reach' -> 'reaches', 'stabili[sz]e' -> 'stabili[sz]es'."""
    first, sep, tail = form.partition("\\s+")
    first = first + ("es" if first.endswith(("ch", "sh", "ss", "x")) else "s")
    return first + sep + tail


_THIRD = "|".join(sorted((_third_person(form.replace(" ", r"\s+")) for form in _MOVES_LIST), key=len, reverse=True))
_CLAUSE = re.compile(rf"""
    ^ \W*
    (?P<lead> (?: in | on | under | according \s+ to ) \s+ (?: our | the | its | their | [\w’'.-]+ ['’]s? ) \s+
        (?: (?: central | baseline | latest | new | current | updated | main | [\w-]+ ['’]s ) \s+ )*
        (?: projections? | forecasts? | baseline | outlook | estimates? ) \s* , \s* )?
    (?P<subject> (?: (?: the | a | an ) \s+ )? (?! (?: it | this | that | there | we | i | they | he | she | which | who
                                                 | these | those | if | when | as | but | and ) \b )
        [\w’'&/.()-]+ (?: \s+ [\w’'&/.()–-]+ ){{0,9}}? )
    \s+ (?P<adverb> (?: (?: slightly | further | gradually | modestly | only \s+ slightly | steadily | sharply | again
                        | somewhat | marginally | broadly | then ) \s+ )* )
    (?P<verb> {_THIRD} ) \b
    (?P<rest> .+ ) $""", _FLAGS)
#: The same with the verb in the base form, for a plural subject: "Exports grow by 3% in 2027".
_PLURAL = re.compile(r"^(?P<head>.*?\b[\w’'-]*[^s\W’']s)\s+(?P<adverb>(?:(?:slightly|further|gradually|modestly|steadily|"
                     r"again|then)\s+)*)(?P<verb>" + _MOVES + r")\b(?P<rest>.+)$", re.IGNORECASE)
#: A figure that is no year: "4.0%", "2.0 percent", "HK$250 billion", "0.6 pct", "318 MtCO2e".
_FIGURE = re.compile(r"(?:[$€£¥]\s*)?(?<![\d.])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\s*(?:%|percent|per\s*cent|pct|"
                     r"percentage\s+points?|points?|billion|million|trillion|bn|[a-z]{0,4}\d*[a-z]*\b)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
#: A time ahead; the years it names are checked against the publication date.
_AHEAD = re.compile(r"\b(?:next\s+(?:year|decade|two\s+years|few\s+years)|(?:in|over)\s+the\s+(?:coming|next)\s+"
                    r"(?:\w+\s+)?(?:years?|quarters?|months?|decade)|this\s+year|"
                    r"(?:in|by|through|until|throughout|during)\s+(?:the\s+(?:end|course|first\s+half|second\s+half|"
                    r"(?:first|second|third|fourth|last)\s+quarter)\s+of\s+)?(?P<year>20\d\d)\b|"
                    r"(?:over|in|during|for)\s+(?:the\s+)?(?P<from>20\d\d)\s*[–-]\s*(?:20)?\d\d\s+(?:period|window)|"
                    r"(?:over|by|at)\s+the\s+end\s+of\s+(?:the\s+)?(?:next\s+year|projection\s+(?:period|horizon)|"
                    r"forecast\s+(?:period|horizon)|decade))\b", re.IGNORECASE)
#: A condition or a scenario: what follows in it is no central projection.
_CONDITIONAL = re.compile(r"\b(?:if|unless|scenario|variant|assuming|assumes?|were|would|should|in\s+case|"
                          r"alternative|hypothetical|illustrative|upside|downside|risk\s+case|otherwise)\b", re.IGNORECASE)
#: A finite verb, a modal or a pronoun in the would-be subject: a clause, not a noun phrase.
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|"
                     r"did|to|that|which|who|we|i|you|they|he|she|it|if|when|while|as|because|since|said|says|rose|fell|"
                     r"grew|slowed|reached|averaged|[a-z]+ed)\b", re.IGNORECASE)
#: Leader dots or a verdict in capitals: a row of a scorecard or a table of contents, not a sentence of prose.
_SCORED = re.compile(r"\.{4,}|…{2,}|\b(?-i:RIGHT|WRONG|HIT|MISS(?:ED)?|CORRECT|PENDING|OPEN)\W*$", re.IGNORECASE)
#: ", CBO estimates", ", the Bank projects": the authors' own attribution after the clause.
_TRAILING_SAY = re.compile(r",\s*(?:the\s+)?[\w’'&.-]+(?:\s+[\w’'&.-]+){0,3}\s+(?:estimates|projects|expects|forecasts|"
                           r"predicts|anticipates|reckons|believes)\b", re.IGNORECASE)


def projected(text: str) -> str | None:
    """``text`` read as the projection it states ("Unemployment rises to 4.0% next year" -> "Unemployment is projected
    to rise to 4.0% next year"), or None when it states no present-tense projection."""
    if (" next " not in text and "20" not in text and " this year" not in text and " coming " not in text) \
            or _DIGIT.search(text) is None:
        return None  # a figure and a time ahead: every projection has both; most clauses have neither
    if (ahead := _AHEAD.search(text)) is None or _CONDITIONAL.search(text) or not _FIGURE.search(text):
        return None
    if _SCORED.search(text):
        return None  # "Brent averages below $70 in 2026 ...... RIGHT": a call scored in a table, not a projection
    if (published := PUBLISHED.get()) is not None and any(
            (year := ahead.group(name)) and int(year) < published.year for name in ("year", "from")):
        return None  # "rises to 4.0% in 2025" in a 2026 document: a record
    match = _CLAUSE.match(text.rstrip())
    plural = False
    if match is None:
        if (match := _PLURAL.match(text.rstrip())) is None:
            return None
        plural = True
        subject, verb, lead = match.group("head").strip(), match.group("verb"), ""
    else:
        subject, verb, lead = match.group("subject"), match.group("verb"), match.group("lead") or ""
    if _FINITE.search(subject) or len(subject) > 100 or not (_FIGURE.search(match.group("rest"))
                                                              and _AHEAD.search(match.group("rest"))):
        return None
    if plural and (re.match(r"\W*(?:in|on|under|according)\b", subject, re.IGNORECASE) or "," in subject):
        return None
    words = verb.split()
    head = words[0]
    if not plural:
        head = head[:-2] if head.lower().endswith(("ches", "shes", "sses", "xes")) else head[:-1]
    base = " ".join([head, *words[1:]])
    rest = _TRAILING_SAY.sub("", match.group("rest"), count=1)
    subject = subject[:1].upper() + subject[1:] if lead else subject
    copula = "are" if plural else "is"
    return f"{subject} {copula} projected to {match.group('adverb') if not plural else match.group('adverb')}{base}{rest}"
