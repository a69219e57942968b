"""Estimative constructions found in the ninth round, read after the main grammar (``grammar.py``) finds none.

- a degree given to a chance noun with no article: "there is a high probability that X", "we see little risk
  that X" (the degree word decides the phrase, as "the likelihood of X remains low" does);
- a reduced passive standing as a clause: "tonne-mile demand expected to rise 2.5%" (a list item or a clause
  after a comma, with no auxiliary);
- "should" of a state or a holding with a measure: "X should remain under pressure through the spring", "the
  Greens should hold most of their eight seats" (the grammar's "should" takes only verbs of measured change);
- a non-restrictive relative clause in the past before "should" ("Inflation, which peaked at 34 percent in late
  2024, should decline ...") is no part of the claim: the clause is read again without it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.clauses import Clause
from tracker.extract.estimative_forms import estimative_form
from tracker.extract.estimative_idioms import estimative_idiom
from tracker.extract.expectation import central_projection
from tracker.extract.judged_relatives import judged_relative
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE

_DEGREE = {"high": "likely", "strong": "likely", "considerable": "realistic possibility", "very high": "highly likely",
           "low": "unlikely", "small": "unlikely", "slight": "unlikely", "limited": "unlikely", "little": "unlikely",
           "very low": "highly unlikely", "very little": "highly unlikely", "no real": "highly unlikely"}
#: "there is a high probability that X", "we see little risk that X", "we see a low chance of X".
_DEGREE_CHANCE = re.compile(r"""
    \b(?: there \s+ (?: is | remains ) | we \s+ (?: now \s+ | also \s+ )? (?: see | assess | judge | consider ) )
    \s+ (?: an? \s+ )? (?P<degree> (?: very \s+ )? (?: high | strong | considerable | low | small | slight | limited | little )
                                | no \s+ real )
    \s+ (?: probability | chance | risk | likelihood | possibility | prospect ) s?
    \s+ (?: (?P<link> that | of ) ,? \s+ | (?= (?: the | a | an | this | its | their ) \s+ | (?-i:[A-Z])[\w’'.-]+ \s+ [a-z] ) )
    (?P<claim> .+ )""", _FLAGS)  # "little chance the port reopens": "that" left out before a clause

_CHANCE_WORDS = ("probabilit", "chance", "risk", "likelihood", "possibilit", "prospect")
_REDUCED_WORDS = ("expected", "forecast", "projected", " set ", "poised")
#: "tonne-mile demand expected to rise 2.5%": a noun phrase, then the participle and "to" with no auxiliary.
_REDUCED = re.compile(r"""(?: ^\W* | ,\s+ (?: (?: with | while | and ) \s+ )? ) (?P<subject> (?!(?:it|this|that|which|who|what|as|is|are|was|were)\b)
        [\w’'&/.-]+ (?: \s+ [\w’'&/.-]+ ){0,6}? )
    \s+ (?P<form> expected | forecast | projected | set | poised ) \s+ to \s+
    (?P<rest> (?!be\s+held\b) [a-z][^;]* )$""", _FLAGS)
#: Words that show the subject of a reduced passive is a clause of its own, not a noun phrase.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did)\b",
                     re.IGNORECASE)

_SHOULD_HOLD = re.compile(r"""
    ^\W*(?P<subject> (?!(?:we|you|they|governments?|allies|states|countries|policymakers|the\s+(?:government|eu|
        committee|council|authorities|union|west))\b) [^,;]{2,80}? )\s+ should \s+ (?P<neg> not \s+ )?
    (?P<verb> hold | retain | keep | win | lose | remain | stay | continue )\b (?P<rest> .* )$""", _FLAGS)
#: What makes a holding or a state measurable: a number, a share, a season or a time ahead.
_MEASURE = re.compile(r"""\d | \b(?: one | two | three | four | five | six | seven | eight | nine | ten | twelve | twenty
        | most | all | half | majority )\b
    | \b(?: through | until | into | over | during | in | for ) \s+ (?: the \s+ )? (?: coming \s+ | next \s+ )?
        (?: spring | summer | autumn | winter | season | quarter | months | year | weeks )\b""", _FLAGS)
#: A change of state or a loss is expected; "should keep / hold" with an object is often advice: these need
#: a number or a share to be read as an expectation.
_NEEDS_NUMBER = {"hold", "retain", "keep", "win", "lose"}
_ADVISED = re.compile(r"^\s+(?:the|a|an|its|their|our|this|these)\s", re.IGNORECASE)
#: A class of actors with no determiner ("Manufacturers", "Small exporters") told what to do: "Manufacturers should hold
#: six months of stock" advises them. "The incumbents should hold 40 seats" names whom it expects of.
_AGENT_CLASS = re.compile(r"^(?:[A-Za-z-]+\s+)?(?!(?:numbers|orders|waters|rivers|borders|powers|matters|quarters|sectors|"
                          r"factors|indicators|others|markers|barriers|centers|meters|layers|ratios)\b)[A-Za-z-]+(?:ers|ors)$")

#: ", which peaked at 34 percent in late 2024,": a non-restrictive relative clause in the past.
_PAST_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:[^,]*?\b(?:was|were|had|has|have)\b|[^,]*?\b[a-z]{3,}ed\b)[^,]*,\s*",
                            re.IGNORECASE)


def more_constructions(clause: Clause, again) -> Judgement | None:
    """The judgement of one of this module's constructions in ``clause``, or None; ``again`` reads a clause
    with the main grammar (for a clause read anew without its relative clause)."""
    text = clause.text
    body = text.strip().rstrip(".")
    lowered = body.lower()
    # substring tests spare most clauses the patterns: each form has a word it cannot do without
    if any(word in lowered for word in _CHANCE_WORDS) and (match := _DEGREE_CHANCE.search(body)):
        degree = " ".join(match.group("degree").lower().split())
        written = " ".join(body[match.start():match.start("claim")].split())
        return Judgement(text, as_future(match.group("claim").strip(), (match.group("link") or "that").lower() == "that"),
                         _DEGREE[degree], written, False, notes=(f'"{written}": read as "{_DEGREE[degree]}"',))
    if any(word in lowered for word in _REDUCED_WORDS) and (match := _REDUCED.search(body)) and not _FINITE.search(match.group("subject")) \
            and not _FINITE.search(match.group("rest")) and (match.group(0).startswith(",") or not text.rstrip().endswith(".")):
        # after a comma or in a line with no full stop (a list item, a headline): "Russia expected to win in
        # days." is the active past, said of the past
        written = f"{match.group('form')} to"
        return Judgement(text, f"{match.group('subject').strip()} will {match.group('rest').strip()}", "will", written,
                         False, notes=(f'"{written}" with no auxiliary: read as "is {written}"',),
                         reads_as=central_projection(match.group("form")) or committed_reading(match.group("form")))
    if "should" in lowered and (match := _SHOULD_HOLD.match(body)):
        verb, rest = match.group("verb").lower(), match.group("rest")
        if _MEASURE.search(rest) and not _AGENT_CLASS.match(match.group("subject")) and not (verb in _NEEDS_NUMBER and (_ADVISED.match(rest) or not re.search(
                r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|most|all|half|majority)\b", rest, re.I))):
            negated = bool(match.group("neg"))
            return Judgement(text, f"{match.group('subject')} will{' not' if negated else ''} {verb}{rest}", "probable",
                             f"should{' not' if negated else ''} {verb}", negated,
                             notes=('"should" of a state or a holding read as "probably": check it is not advice',))
    if "should" in lowered and ("which" in lowered or "who" in lowered) and "," in body:
        stripped = _PAST_RELATIVE.sub(" ", text, count=1)
        if stripped != text and (found := again(replace(clause, text=stripped))) is not None:
            return replace(found, clause=text)
    if ("which" in lowered or "that" in lowered or "who" in lowered) and (" we " in lowered or " i " in lowered) \
            and (found := judged_relative(text)) is not None:
        return found  # "..., which we judge the army will not have before 2028": the relative clause's judgement
    return estimative_form(clause, again) or estimative_idiom(clause)


#: "X is set to / poised to rise": a course already under way, said of what will follow from it. Firmer than a central
#: projection ("likely", 75%), short of the analyst's flat "will" (90%): readers put such sentences at 60-95%, and the
#: plain readers' "very good chance" (80%, 75-85%) is the middle of that. The phrase stays "will" (the plain-future rules).
_COMMITTED = {"set": "very good chance", "poised": "very good chance"}


def committed_reading(form: str) -> str | None:
    """The reading of a form of commitment ("set", "poised" to VERB), else None."""
    return _COMMITTED.get(form.lower())
