"""Estimative constructions beyond the scale's own words: predicative and nominal forms.

The scales list words ("likely", "will"); analysts also judge with whole constructions whose reading on
a scale is fixed by their form, not their words:

- predicative futures: "X is projected / set / on track / poised to VERB", "X is expected to VERB" read as
  an unqualified "will" (the analyst commits to the outcome);
- expectation of an event: "attacks are to be expected", "an increase must be expected", "further attacks
  are expected" read as "will" of "there will be <event>";
- nominal possibility: "there is a realistic possibility that X", "X remains a real possibility" read as
  "realistic possibility"; "a roughly even chance that X" as "about even";
- nominal likelihood: "the likelihood of X remains low" (unlikely), "... very low" (highly unlikely),
  "... high" (likely); "X is the most likely scenario" (likely).

Each form is one line of a verbose pattern; ``read_construction`` returns the judgement with the scale
phrase the form stands for, the words as written, and the claim restated as a future.
"""

from __future__ import annotations

import re

from tracker.extract.clauses import Clause, strip_adverbials
from tracker.extract.tense import as_future
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE

#: "X is projected to grow": a copula, optional adverbs and negation, a form of commitment, "to" + verb.
_PREDICATIVE = re.compile(r"""
    \b(?P<copula> is | are | remains? )\s+
    (?P<adverbs> (?: also | still | now | not | thus | therefore | currently | firmly | well | clearly )\s+ )*
    (?P<form>
        projected
      | set
      | on\ (?:track | course)
      | on\ a\ (?:trajectory | path | course)
      | poised
      | bound
      | forecast
      | expected
    )
    \s+ to \s+ (?P<rest> (?!be\s+held\b | take\s+place\b) [a-z] .* )
""", _FLAGS)

#: "Attacks are to be expected", "an increase must be expected", "further attacks are expected, as are ...".
_EXPECTED_EVENT = re.compile(r"""
    ^(?P<subject> .+? )\s+
    (?: is | are )?\s*
    (?P<adverbs> (?: also | still | therefore | thus | not )\s+ )*
    (?: to\s+be | must\s+be | can\s+be | should\s+be | is | are )\s+
    (?: (?: also | further | still )\s+ )?
    expected
    (?= \s* (?: $ | [,.;:!)–—]
              | \s+ (?: in | during | over | within | before | by | from | as | at | for | throughout )\b ) )
""", _FLAGS)

#: "there is a realistic possibility that X will ...", "it is a roughly even chance that ...".
_POSSIBILITY_THAT = re.compile(r"""
    \b(?: there | it )\s+ (?: is | remains )\s+ (?: still\s+ | also\s+ )?
    (?: a | an )\s+
    (?P<degree>
        realistic | real | distinct | serious                     # a real but minority-to-even chance
      | (?: roughly | about | approximately | broadly )?\s* even  # a coin toss
      | good | strong                                             # more likely than not
    )
    \s+ (?: possibility | chance | prospect )
    \s+ (?: that | of ) ,?\s+ (?P<claim> .+ )
""", _FLAGS)

#: "Similar actions remain a real possibility in the future."
_REMAINS_POSSIBILITY = re.compile(r"""
    ^(?P<subject> .+? )\s+
    (?: remains? | is | are )\s+ (?: still\s+ | also\s+ )?
    (?: a | an )\s+ (?P<degree> realistic | real | distinct | serious )\s+ possibility
    (?P<after> .* )$
""", _FLAGS)

#: "the likelihood of X remains low": the level the noun is given decides the phrase.
_LIKELIHOOD = re.compile(r"""
    \b(?: the | its | their )\s+
    (?: likelihood | probability | chances? | risk | prospects? | possibility )\s+
    (?P<link> of | that )\s+ (?P<claim> .+? )\s+
    (?: remains? | is | are | seems? | appears? | stays? )\s+
    (?P<intensity> (?: very | extremely | relatively | fairly | quite | still | also )\s+ )*
    (?P<level>
        low | slim | small | minimal | limited                   # unlikely
      | remote | negligible                                      # highly unlikely
      | high | considerable | significant | substantial          # likely
    )\b (?P<after> .* )$
""", _FLAGS)

#: "X is the most likely scenario (for the future of Y)".
_MOST_LIKELY = re.compile(r"""
    ^(?P<subject> .+? )\s+ (?: is | remains | seems )\s+ the\s+ (?: most\s+ likely | likeliest | most\s+ probable )\s+
    (?: scenario | outcome | development | course )\b (?P<after> .* )$
""", _FLAGS)

_LEVEL = {"low": "unlikely", "slim": "unlikely", "small": "unlikely", "minimal": "unlikely", "limited": "unlikely",
          "remote": "highly unlikely", "negligible": "highly unlikely",
          "high": "likely", "considerable": "likely", "significant": "likely", "substantial": "likely"}
_DEGREE = {"realistic": "realistic possibility", "real": "realistic possibility",
           "distinct": "realistic possibility", "serious": "realistic possibility",
           "good": "likely", "strong": "likely"}


def read_construction(clause: Clause) -> Judgement | None:
    """The judgement a predicative or nominal estimative construction in ``clause`` states, or None."""
    text = clause.text
    body = text.strip().rstrip(".")
    if match := _PREDICATIVE.search(body):
        subject = ((clause.subject or "") + " " + body[:match.start()]).strip()
        negated = "not" in (match.group("adverbs") or "").lower().split()
        written = " ".join(match.group(0)[:match.start("rest") - match.start()].split())
        if subject:
            return Judgement(text, f"{subject} will{' not' if negated else ''} {match.group('rest').strip()}",
                             "will", written, negated)
    if match := _POSSIBILITY_THAT.search(body):
        degree = " ".join(match.group("degree").lower().split())
        phrase = "about even" if degree.endswith("even") else _DEGREE[degree]
        clause = bool(re.search(r"\bthat\W*$", body[:match.start("claim")], re.IGNORECASE))
        return Judgement(text, _future(match.group("claim"), clause), phrase, " ".join(match.group(0)[
            :match.start("claim") - match.start()].split()), False)
    if match := _LIKELIHOOD.search(body):
        level = match.group("level").lower()
        phrase = _LEVEL[level]
        intensity = (match.group("intensity") or "").lower().split()
        if "very" in intensity or "extremely" in intensity:
            phrase = {"unlikely": "highly unlikely", "likely": "highly likely"}.get(phrase, phrase)
        claim = match.group("claim") + match.group("after")
        written = f"likelihood ... {' '.join((match.group('intensity') or '').split() + [level])}"
        return Judgement(text, _future(claim, match.group("link").lower() == "that"), phrase, written, False)
    plain = strip_adverbials(body)
    if match := _REMAINS_POSSIBILITY.match(plain):
        phrase = _DEGREE[match.group("degree").lower()]
        return Judgement(text, f"there will be {match.group('subject')}{match.group('after')}", phrase,
                         f"{match.group('degree')} possibility", False)
    if match := _MOST_LIKELY.match(plain):
        return Judgement(text, f"there will be {match.group('subject')}", "likely", "the most likely scenario", False)
    if match := _EXPECTED_EVENT.match(plain):
        subject = match.group("subject")
        if subject.split()[-1].lower() in ("it", "this", "that", "which", "what", "he", "she"):
            return None  # "this is to be expected": a comment on something stated, not an event
        negated = "not" in (match.group("adverbs") or "").lower().split()
        written = " ".join(plain[match.end("subject"):match.end()].split())
        rest = plain[match.end():]
        return Judgement(text, f"there will{' not' if negated else ''} be {subject}{rest}", "will", written, negated)
    return None


def _future(claim: str, clause: bool = False) -> str:
    """A "that" clause in the future tense, a noun phrase ("of a Russian attack") as "there will be a Russian
    attack"."""
    return as_future(claim, clause)
