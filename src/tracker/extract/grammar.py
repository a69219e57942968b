"""Estimative constructions beyond the scale's own words: predicative and nominal forms.

The scales list words ("likely", "will"); analysts also judge with whole constructions whose reading on a scale is
fixed by their form, not their words (each form is one line of a verbose pattern; ``read_construction`` returns the
judgement with the scale phrase the form stands for, the words as written, and the claim restated as a future):

- predicative futures: "X is projected / set / on track / poised / expected to VERB" read as an unqualified "will";
- expectation of an event: "attacks are to be expected", "an increase must be expected", "further attacks are
  expected" read as "will" of "there will be <event>";
- nominal possibility: "there is a realistic possibility that X", "X remains a real possibility" read as "realistic
  possibility"; "a roughly even chance that X" as "about even";
- nominal likelihood: "the likelihood of X remains low" (unlikely), "... very low" (highly unlikely), "... high"
  (likely); "X is the most likely scenario" (likely).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.clauses import Clause, strip_adverbials
from tracker.extract.constructions import committed_reading, more_constructions
from tracker.extract.expectation import central_projection
from tracker.extract.expected_should import MEASURED, should_expectation
from tracker.extract.caused_should import effect_expected
from tracker.extract.doubt_judgements import doubt_judgement
from tracker.extract.course_outcomes import course_outcome
from tracker.extract.first_person import figure_forecast
from tracker.extract.folding import folded
from tracker.extract.claim_tense import conditional_as_future
from tracker.extract.tense import as_future
from tracker.extract.event_claims import base_form
from tracker.extract.odds import aside_number
from tracker.extract.own_expectation import SUBJECT_FORM as _SUBJECT_FORM, own_expectation
from tracker.extract.predicate_chance import predicate_chance
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE

#: "X is projected to grow": a copula, optional adverbs and negation, a form of commitment, "to" + verb.
_PREDICATIVE = re.compile(r"""
    \b(?P<copula> is | are | remains? | looks? | seems? | appears?
        # "X can be expected to keep ...": the passive of expecting with "can", an expectation (not "can be set to")
      | can (?: \s+ (?: also | still | safely | reasonably | therefore ) )? \s+ be (?= \s+ (?: expected | anticipated ) \s+ to \b ) )\s+
    (?P<adverbs> (?: also | still | now | not | thus | therefore | currently | firmly | well | clearly | widely | generally
                   | broadly | increasingly )\s+ )*
    (?P<form>
        projected
      | set
      | on\ (?:track | course)
      | on\ a\ (?:trajectory | path | course)
      | poised
      | bound
      | forecast(?:ed)?
      | expected
      | anticipated
      | (?: estimated | outlook(?:ed)? ) (?= \s+ to \s+ (?: stay | remain | rise | fall | grow | decline | increase | decrease
                                                       | reach | exceed | be \s+ (?! worth | about | around ) ) )
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
    (?: expected
      # "Wage growth of 4% is anticipated for this year", "core inflation is projected at 1.9%": the agentless
      # passive of the other verbs of projecting, after a copula ("Analysts projected in 2024" is an active past)
      # ("is forecast by the ministry to harvest": the agent named, read as "is forecast to" elsewhere)
      | (?: (?<= \bis\s ) | (?<= \bare\s ) | (?<= \bbe\s ) ) (?: projected | forecast (?:ed)? | anticipated )
        (?! \s+ by \s+ (?! \d | the \s+ end | end | mid | early | late ) ) )
    (?= \s* (?: $ | [,.;:!)–—]
              | \s+ (?: in | during | over | within | before | by | from | as | at | for | throughout | across | through
                     | until | among | along | around | near | on )\b ) )
""", _FLAGS)

#: "there is a realistic possibility that X will ...", "it is a roughly even chance that ...".
_POSSIBILITY_THAT = re.compile(r"""
    (?: \b(?: there | it )\s+ (?: is | remains ) (?: \s* , [^,]{2,40} , )?   # "there is, in other words, a ..."
      | \bwe\s+ (?: also\s+ | still\s+ )? (?: see | judge | assess | consider ) (?: \s+ there\s+ (?: is | to\s+be ) )? )
    \s+ (?: still\s+ | also\s+ )?
    (?: a | an )\s+
    (?: (?P<degree>
        realistic | real | distinct | serious | significant | meaningful | growing | increasing | rising | clear  # minority-to-even
      | (?: roughly | about | approximately | broadly )?\s* even  # a coin toss
      | good | strong                                             # more likely than not
    ) \s+ (?: possibility | chance | prospect | risk | probability )
      | possibility | (?P<risk> risk ) )                          # no degree: "possible"; "a risk that X will": possible too
    # "there is a real chance they are dragged into it": "that" left out before a pronoun or a name
    \s+ (?: (?: that | of ) ,?\s+ | (?= (?: they | he | she | we | the \s+ \w+ \s+ (?-i: [a-z]+s ) | (?-i: [A-Z][a-z]+ \s+ [a-z]+ ) ) \b ) ) (?P<claim> .+ )
""", _FLAGS)

#: "It is more likely than not that X", "Our central expectation is that X": the likelier of the outcomes.
_LEANING = re.compile(r"""
    (?: \b it (?: \s+ is | ['’]s ) \s+ (?: (?: still | also | now ) \s+ )? more \s+ likely \s+ than \s+ not
      | \b (?: our | the ) \s+ (?: (?: central | main | base | baseline ) \s+ (?: expectation | case | scenario | estimate )
                                 | (?: most \s+ (?: likely | probable ) | likeliest ) \s+ (?: outcome | scenario | result ) ) \s+ is )
    \s+ (?: that ,? \s+ | (?P<event> (?= (?: an? | the | no | further ) \s ) ) ) (?P<claim> .+ )
""", _FLAGS)
#: The same lean, its holder named: tried only when the clause holds "than not" or "expectation".
_OWN_LEANING = re.compile(r"""
    (?: # "we judge it more likely than not that X will": the phrase, not the "will" of X, is the judgement
        \b (?: we | i ) \s+ (?: (?: still | also | now ) \s+ )? (?: judge | assess | think | consider | believe | deem | reckon | estimate )
            \s+ it \s+ (?: (?: still | also | now ) \s+ )? more \s+ likely \s+ than \s+ not
      # "my expectation is that X will": the speaker's own expectation, not a promise of "we will"
      | \b (?: my | our ) \s+ (?: own \s+ | firm \s+ | strong \s+ )? expectation \s+ (?: remains | is ) )
    \s+ (?: that ,? \s+ | (?P<event> (?= (?: an? | the | no | further ) \s ) ) ) (?P<claim> .+ )
""", _FLAGS)
#: "There is no way X" (the author's flat denial), "I'd guess X" (the author's lean).
_OWN_GUESS = re.compile(r"""(?: (?P<denial> \bthere \s+ is \s+ no \s+ way ) | \b (?: i | we ) (?: ['’]d | \s+ would ) \s+ guess )
    \s+ (?: that \s+ )? (?P<claim> .+ )""", _FLAGS)
#: "I would be (very) surprised if X": X judged unlikely by whoever speaks.
_SURPRISED = re.compile(r"""\b (?: (?: i | we ) (?: ['’]d | \s+ would ) (?P<denied> \s+ not | n['’]t )? \s+ be \s+
    (?P<very> (?: very | really | quite ) \s+ )?
    surprised | it \s+ would \s+ be \s+ (?: (?: very | really | quite ) \s+ )? surprising ) \s* (?: , (?P<aside> [^,]{3,30} ) , \s* )?
    (?: if | to \s+ see \s+ (?! anything \b ) ) (?P<claim> .+ )""", _FLAGS)

#: "Similar actions remain a real possibility in the future", "a plot against X is a realistic prospect in the coming
#: year": a noun of possibility, graded, predicated of an event.
_REMAINS_POSSIBILITY = re.compile(r"""
    ^(?P<subject> .+? )\s+
    (?: remains? | is | are )\s+ (?: still\s+ | also\s+ | now\s+ )?
    (?: a | an )\s+ (?P<degree> realistic | real | distinct | serious | significant | strong | good )\s+ (?: possibility | prospect )
    (?P<after> (?! \s+ (?: for | of | to ) \b ) .* )$
""", _FLAGS)

#: "the likelihood of X remains low": the level the noun is given decides the phrase.
_LIKELIHOOD = re.compile(r"""
    (?: \b(?: the | its | their )\s+ | ^\W* )
    (?: likelihood | probability | chances? | risk | prospects? | possibility )\s+
    (?P<link> of | that | (?<= prospects\s ) for )\s+ (?P<claim> .+? )\s+
    (?: remains? | is | are | seems? | appears? | stays? ) (?: \s* , [^,]{2,50} , )? \s+   # "is, in the Board's view, small"
    (?: (?: evaluated | assessed | judged | considered | seen | rated | estimated ) \s+ (?: (?: as | to\s+be ) \s+ )? )?
    (?P<intensity> (?: very | extremely | relatively | fairly | quite | still | also )\s+ )*
    (?P<level>
        low | slim | small | minimal | limited | dim | poor | bleak   # unlikely
      | remote | negligible                                      # highly unlikely
      | high | considerable | significant | substantial          # likely
    )\b (?P<after> .* )$
""", _FLAGS)

#: "X is the most likely scenario (for the future of Y)".
_MOST_LIKELY = re.compile(r"""
    ^(?P<subject> .+? )\s+ (?: is | remains | seems )\s+ the\s+ (?: most\s+ likely | likeliest | most\s+ probable )\s+
    (?: scenario | outcome | development | course )\b (?P<after> .* )$
""", _FLAGS)

#: Predicative forms whose denial judges the claim improbable ("is not expected / projected to").
_DENIABLE = {"expected", "projected", "forecast", "anticipated"}

#: "We see US 10-year yields ending 2026 at around 4.0%": the authors' view of where a measure is going.
_WE_SEE = re.compile(r"""^(?:[^,]{0,60},\s+)?(?:we|our\s+\w+)\s+(?:now\s+|still\s+|also\s+)?see\s+
    (?P<subject>(?!(?:it|this|that|there|risks?|value|scope|room|signs?|no|little)\b)
        (?:(?!\b(?:possibility|chance|risk|likelihood|probability|prospect)\b)[^,;]){2,80}?)\s+(?P<verb>[a-z]{2,})ing\b
    (?P<rest>.*)$""", _FLAGS)
_FIRST_SUBJECT = re.compile(r"^\W*((?:the\s+)?[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)(?=,|\s+(?:will|would|are|is)\b)")
_LEVEL = {"low": "unlikely", "slim": "unlikely", "small": "unlikely", "minimal": "unlikely", "limited": "unlikely",
          "dim": "unlikely", "poor": "unlikely", "bleak": "unlikely", "remote": "highly unlikely", "negligible": "highly unlikely",
          "high": "likely", "considerable": "likely", "significant": "likely", "substantial": "likely"}
# "a real possibility" is not the term of art "realistic possibility" (PHIA 40-50%, plain readers 60%): readers
# take it as "possible" (every labelled use lies within 20-60%).
_DEGREE = {"realistic": "realistic possibility", "real": "could happen", "meaningful": "could happen", "clear": "could happen",
           "distinct": "realistic possibility", "serious": "realistic possibility", "significant": "realistic possibility", "good": "likely", "strong": "likely"}


#: The subject of a past clause joined by "and" to a projection: "Petroleum production peaked in 2025 and", "House
#: prices fell sharply last year and" (a past verb after a short noun phrase, the clause ending in "and").
_PAST_FIRST = re.compile(r"""^\W*(?P<subject>(?!(?:it|this|that|they|we|i|he|she|there)\b)[\w’'&%-]+(?:\s+[\w’'&%-]+){0,5}?)\s+
    (?:(?:also|only|first|already|sharply|slightly|briefly|strongly)\s+)?
    (?:peaked|fell|rose|grew|slowed|shrank|stalled|dipped|dropped|jumped|climbed|declined|increased|decreased|stabili[sz]ed|
       recovered|contracted|expanded|eased|weakened|strengthened|widened|narrowed|bottomed|topped|hit|reached|doubled|halved)\b
    [^;:]{0,80}?\s+and\s*$""", _FLAGS)


def read_construction(clause: Clause) -> Judgement | None:
    """The judgement a predicative or nominal estimative construction in ``clause`` states, or None."""
    text = clause.text
    body = text.strip().rstrip(".")
    low = folded(body)  # most forms below need a word most clauses lack: a word test on ``low`` spares their patterns
    if any(form in low for form in ("projected", "set", "on track", "on course", "on a ", "poised", "bound", "forecast", "expected", "anticipated", "estimated", "outlook")) and (match := _PREDICATIVE.search(body)):
        subject = ((clause.subject or "") + " " + body[:match.start()]).strip()
        negated = "not" in (match.group("adverbs") or "").lower().split()
        written = " ".join(match.group(0)[:match.start("rest") - match.start()].split())
        central = central_projection(match.group("form")) or committed_reading(match.group("form"))
        if subject and negated and match.group("form").lower() in _DENIABLE:
            # "X is not expected to fall below Y": the claim denied is "X will fall below Y", scored at the
            # complement of "expected" (the reading issue 13 asks for), as "it is not expected that" is.
            return Judgement(text, f"{subject} will {match.group('rest').strip()}", "will", written, False,
                             notes=(f'negative lead-in "{written}": scored at the complement',), complement=True,
                             reads_as=central)
        if subject and not re.search(r"\b(?:which|whom)\s+(?!is\b|are\b)\S+(?:\s+\S+){0,4}$", subject):  # "N, which X is expected to attend"
            return Judgement(text, f"{subject} will{' not' if negated else ''} {match.group('rest').strip()}",
                             "will", written, negated, reads_as=central)
        if not subject and clause.coordinated and match.start() == len(body) - len(body.lstrip()) \
                and (first := _PAST_FIRST.match(clause.before)):
            # "Output peaked in 2025 and | is projected to decline from 2030": the subject is the past clause's
            if negated and match.group("form").lower() in _DENIABLE:
                return Judgement(text, f"{first.group('subject')} will {match.group('rest').strip()}", "will", written, False,
                                 notes=(f'negative lead-in "{written}": scored at the complement',), complement=True,
                                 reads_as=central)
            return Judgement(text, f"{first.group('subject')} will {match.group('rest').strip()}", "will", written, False,
                             reads_as=central)
    if (" for " in low and ("on course" in low or "on track" in low or "poised" in low or "headed" in low or "heading" in low
                            or "on pace" in low or "on target" in low or "bound" in low)) and (outcome := course_outcome(text, body)):
        return outcome
    if ("whether" in low or "scepti" in low or "skepti" in low or "doubtful" in low or "convinced" in low or "dubious" in low) \
            and (doubt := doubt_judgement(text, body)):
        return doubt
    if "should" in body and (expectation := should_expectation(text, body) or effect_expected(strip_adverbials(body))):
        return replace(expectation, clause=text)
    if any(word in low for word in ("expect", "forecast", "project", "predict")) and (expectation := own_expectation(text, body)):
        return expectation
    if (" at " in body or ": " in body or " of " in body or "close" in body) and (figure := figure_forecast(body)):
        return replace(figure, clause=text)
    if " see " in body and (match := _WE_SEE.match(body)) and MEASURED.search(match.group("rest")):
        return Judgement(text, f"{match.group('subject')} will {base_form(match.group('verb'))}{match.group('rest')}",
                         "will", f"see ... {match.group('verb')}ing", False)
    if ("than not" in body or " is " in body) and (match := _LEANING.search(body) or (
            ("than not" in body or "expectation" in body) and _OWN_LEANING.search(body) or None)):
        # "it is more likely than not that X", "our central expectation is that X": the likelier outcome
        # "our base case is a reopening in 2027": a noun phrase, an event
        return Judgement(text, as_future(match.group("claim"), match.group("event") is None), "likely",
                         " ".join(match.group(0)[:match.start("claim") - match.start()].split()), False)
    if ("no way" in body or "guess" in body) and (match := _OWN_GUESS.search(body)):
        # "there is no way X" denies X outright; "I'd guess X" leans to X (a number after it says how far)
        phrase = "highly unlikely" if match.group("denial") else "likely"
        return Judgement(text, as_future(match.group("claim"), True), phrase,
                         " ".join(match.group(0)[:match.start("claim") - match.start()].split()), False)
    if "surpris" in body and (match := _SURPRISED.search(body)):
        # "I would be (very) surprised if X": X judged unlikely; "we would not be surprised to see X": X possible
        phrase = "could happen" if match.group("denied") else "highly unlikely" if match.group("very") else "unlikely"
        written = " ".join(match.group(0)[:match.start("claim") - match.start()].split())
        number = aside_number(match.group("aside"))  # "I'd be surprised, maybe 1 in 10, if X": the number says how far
        claim = match.group("claim")
        # "Insolvencies ... will rise, and we would not be surprised to see them pass 250": the first clause's subject
        if seen := re.match(r"(them|him|her|us|me)\s+([a-z]+)\b(.*)$", claim):
            first = _FIRST_SUBJECT.match(clause.before or "")
            subject = first.group(1) if first and seen.group(1) == "them" else _SUBJECT_FORM[seen.group(1)]
            claim = f"{subject} will {seen.group(2)}{seen.group(3)}"
        return Judgement(text, claim if seen else conditional_as_future(claim), "stated" if number else phrase, written, False,
                         stated=number[0] if number else None)
    if (nominal := any(word in low for word in ("possibility", "chance", "prospect", "risk", "probability"))) and (match := _POSSIBILITY_THAT.search(body)):
        degree = " ".join((match.group("degree") or "").lower().split())
        phrase = "about even" if degree.endswith("even") else _DEGREE.get(degree, "possible")
        clause = not re.search(r"\bof\W*$", body[:match.start("claim")], re.IGNORECASE)
        claim, written = match.group("claim"), " ".join(match.group(0)[:match.start("claim") - match.start()].split())
        if "," in claim and (number := aside_number(claim.rsplit(",", 1)[1])):
            return Judgement(text, as_future(claim.rsplit(",", 1)[0], clause), "stated", number[1], False,
                             stated=number[0])  # "a real chance they are dragged into it, maybe one in three"
        return Judgement(text, as_future(claim, clause), phrase, written, False, notes=(
            '"a risk that X": a possibility named, not a forecast that X will happen',) if match.group("risk") else ())
    if (nominal or "likelihood" in low or "probability" in low) and (match := _LIKELIHOOD.search(body)):
        level = match.group("level").lower()
        phrase = _LEVEL[level]
        intensity = (match.group("intensity") or "").lower().split()
        if "very" in intensity or "extremely" in intensity:
            phrase = {"unlikely": "highly unlikely", "likely": "highly likely"}.get(phrase, phrase)
        claim = match.group("claim") + match.group("after")
        written = f"likelihood ... {' '.join((match.group('intensity') or '').split() + [level])}"
        return Judgement(text, as_future(claim, match.group("link").lower() == "that"), phrase, written, False)
    plain = strip_adverbials(body)
    if ("possibility" in (low := folded(plain)) or "prospect" in low) and (match := _REMAINS_POSSIBILITY.match(plain)):
        phrase = _DEGREE[match.group("degree").lower()]
        return Judgement(text, f"there will be {match.group('subject')}{match.group('after')}", phrase,
                         " ".join(plain[match.end("subject"):match.start("after")].split()[-2:]), False)
    if ("chance" in plain or "remote" in plain) and (chance := predicate_chance(text, plain)):
        return chance
    if ("likel" in low or "probable" in low) and (match := _MOST_LIKELY.match(plain)):
        return Judgement(text, f"there will be {match.group('subject')}", "likely", "the most likely scenario", False)
    # "a run-off is therefore expected": the adverb before the copula, where the pattern reads it
    if ("expected" in low or "projected" in low or "forecast" in low or "anticipated" in low) and (match := _EXPECTED_EVENT.match(
            plain := re.sub(r"\b(is|are)\s+(therefore|thus|also|still)\s+(?=expected\b)", r"\2 \1 ", plain))):
        subject = match.group("subject")
        if subject.split()[-1].lower() in ("it", "this", "that", "which", "what", "he", "she"):
            return None  # "this is to be expected": a comment on something stated, not an event
        negated = "not" in (match.group("adverbs") or "").lower().split()
        written = " ".join(plain[match.end("subject"):match.end()].split())
        rest = plain[match.end():]
        # "a cut is expected in March" is an expectation like "is expected to"; "attacks are to be / must be
        # expected" warns of what is bound to come, a plain "will"
        central = None if re.search(r"\b(?:to|must|should|can)\s+be\b", written) else central_projection("expected")
        return Judgement(text, f"there will{' not' if negated else ''} be {subject}{rest}", "will", written, negated,
                         reads_as=central)
    return more_constructions(clause, read_construction)

