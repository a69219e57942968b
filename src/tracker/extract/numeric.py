"""Probabilities the text states as numbers: "a 12% chance of ...", "we put the chance at 12%", "1 in 5".

A stated number needs no scale: the draft takes it as its probability (band the number itself) and the rationale
says the number was stated. A percentage is read as a probability only when its wording makes it one (chance,
probability, likelihood, odds, "N in M"), or when it stands after a colon or in brackets behind a claim with a
deadline ("Russia-NATO war: 21% by 2025"); "inflation will reach 21% by 2025" is a quantity, not a probability.
"""

from __future__ import annotations

import re

from tracker.extract.folding import folded
from tracker.extract.first_person import first_person_number, question_claim
from tracker.extract.crowd_numbers import without_change_note
from tracker.extract.scenario_labels import labelled_outcome
from tracker.extract.odds import claim_before_dash, odds_split
from tracker.extract.pointed_numbers import listed_claim
from tracker.extract.not_forecasts import not_a_forecast, past_number
from tracker.extract.records import Judgement
from tracker.extract.stated_forms import stated_form
from tracker.extract.number_words import with_digits
from tracker.extract.set_off_numbers import bracketed_number, with_bracketed  # noqa: F401 (judgements' import)
from tracker.extract.event_claims import base_form
from tracker.extract.tense import as_future, is_noun_phrase

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_PERCENT = r"(?: \d{1,3} (?:\.\d+)? ) \s? (?: % | per\s?cent\b | percent\b )"
_CHANCE = r"(?: chances? | probability | likelihood | odds | risk | possibility )"
_APPROX = r"(?: (?: about | around | roughly | approximately | some | only | just | call \s+ it | maybe | perhaps )\s+ | [~≈]\s* )?"
_DASHED_NUMBER = re.compile(rf"""\b(?P<chance> {_CHANCE} ) \s* [—–] \s* (?P<p> {_APPROX} \d{{1,3}}(?:\.\d+)?\s*% ) \s* [—–] \s*
    (?P<rest> (?: of | that ) \s+ [^—–]+? ) \s* \.? \s* $""", re.IGNORECASE | re.VERBOSE)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twenty": 20, "hundred": 100, "a": 1}

_FORMS = [
    # "a 12% chance of a recession by the end of 2023", "a 30 per cent probability that X will ..."
    # "that" left out: "about a 60% chance the Fed cuts rates twice in 2027" (a determiner opens the clause)
    re.compile(rf"""\b (?: a | an )?\s* {_APPROX} (?P<p> {_PERCENT} ) \s+ {_CHANCE} \s+
                   (?: (?P<conn> of | that | (?<= chance\s ) to (?= \s+ (?: a | an | the )\s ) ) ,?\s+ | (?P<bare> (?= (?: (?: the | a | an | this | its | their ) \s+ | (?-i:[A-Z])[\w’'.-]+ \s+ )
                       (?: [\w’'.-]+ \s+ ){{0,3}} (?: (?-i:[a-z]{{3,}}s) | will | won['’]t ) \s ) ) )
                   (?P<claim> .+ )""", _FLAGS),
    # "we put the chance of a recession at 12%", "the probability that X will ... is about 40%"
    re.compile(rf"""\b {_CHANCE} (?: \s+ (?P<conn> of | that ) \s+ (?P<claim> .+? ) )? \s+
                   (?: at | to\s+be | is | as | stands\s+at | remains | of ) (?: \s*,\s* [^,]{{1,40}} , )? \s+ {_APPROX}
                   # "we put the chance of any hike at under 10%": a bound, read as the number itself
                   (?: (?: under | below | less \s+ than | no \s+ more \s+ than | not \s+ more \s+ than | at \s+ most ) \s+ (?= \d ) )?
                   # "we put the odds of a strike at roughly one in five"
                   # "the chance that the rate is at 1.0% or higher ...": a threshold inside the claim, not its chance
                   (?: (?P<p> {_PERCENT} ) (?! \s+ or \s+ (?: higher | more | lower | less | above | below | greater | fewer | over | under ) \b )
                     | (?: an? \s+ )? (?P<num> \d | one | two | three | four | five ) [\s-]+ in [\s-]+
                       (?P<den> \d{{1,3}} | two | three | four | five | six | seven | eight | nine | ten | twenty ) (?! [\d.,%] ) )
                   (?P<after> .* )""", _FLAGS),
    # "a 1 in 5 chance that ...", "a one-in-ten chance of ..."
    # "that" left out: "a one-in-three chance prices revisit $8,000", "a one-in-four chance the Fed cuts in March"
    re.compile(rf"""\b (?: a | an )?\s* (?P<num> \d+ | [a-z]+ ) [\s-]+ in [\s-]+ (?P<den> \d+ | [a-z]+ ) \s+ {_CHANCE}
                   \s+ (?: (?P<conn> of | that ) ,?\s+ | (?P<bare> (?= (?: (?: the | a | an | this | its | their ) \s+ (?: [\w’'.-]+ \s+ ){{0,3}} (?: (?-i:[a-z]{{3,}}s) | will | won['’]t )
                         \s | (?-i:[a-z]{{3,}}s) \s+ (?-i:[a-z]{{3,}}) \s+ (?: [$€£\d] | (?: the | a | an | to | above | below | over | under | in | by | before ) \s ) ) ) ) )
                   (?P<claim> .+ )""", _FLAGS),
    # "Russia-NATO war: 21% by 2025", "A ceasefire (35% by the end of 2024)"
    re.compile(rf"""^ (?P<claim> [^:(]{{3,200}}? ) \s* [:(–—] \s* (?P<p> {_PERCENT} ) \s+
                   (?P<by> (?: by | before | in ) \s+ (?: the\s+end\s+of\s+ )? \d{{4}} ) \)? """, _FLAGS),
    # the deadline inside the claim, the number last: "A ceasefire agreed by the end of 2026: 15%"
    re.compile(rf"""^ (?P<claim> [^:(]{{3,200}}? \b (?: by | before | in | until ) \s+ (?: the\s+end\s+of\s+ )?
                   (?: (?: mid-? | early | late | [A-Z][a-z]+ )\s* )? \d{{4}} ) \s* [:(–—] \s* {_APPROX} (?P<p> {_PERCENT} )
                   \s* \)? $ """, _FLAGS),
]
#: The number after a colon ending a claim: "The Brent price will end 2026 above USD 80: 25%", "Sea ice in
#: September 2026 falls below the record low: 8%". The claim must say "will" or name a year, and run to six
#: words or more: "Inflation: 3%" is a quantity.
_COLON_END = re.compile(rf"""^ (?P<claim> (?=[^:]*\b(?: will | 20\d\d )\b) (?: [^\s:(]+ \s+ ){{5,40}} [^\s:(]+ )
                           \s* [:–—] \s* (?: (?: we | i ) \s+ (?: are | am | stand | put\s+it ) \s+ at \s+ )? {_APPROX}
                           (?P<p> {_PERCENT} ) \s* $""", _FLAGS)
#: A list item ending in its number: "Fidesz loses its majority, 58%", "Chance the NBER dates a recession
#: starting in 2026: 22% (down from 30%)", after a label ("Brazil, October 2026: Lula re-elected, 45%"). The
#: claim must have a verb (see ``_stated``): "Inflation: 3%" is a quantity.
_LIST_END = re.compile(rf"""^ (?: [^:]{{3,120}} : \s+ )? (?: (?: the \s+ )? (?: chance | probability | likelihood | odds )
    \s+ (?: that \s+ | of \s+ )? )? (?P<claim> [^:,;]{{3,160}}? | [^:;]{{3,300}}? (?= \s* : ) ) \s* [,:] \s* {_APPROX} (?P<p> {_PERCENT} ) \s*
    (?: \( [^()]* \) )? $""", _FLAGS)
_OWN_CLAUSE = re.compile(r",\s+(?:and|but|while|although|though)\s+(?:[\w’'-]+\s+){1,6}?(?:is|are|was|were|has|have)\b.*$",
                         re.IGNORECASE | re.DOTALL)
#: "X is very likely (about 85%) to exceed Y": the number in brackets wins over the words.
_PHRASE_NUMBER_TO = re.compile(rf"""^ (?P<subject> .+? ) \s+ (?: is | are ) \s+ (?: (?: very | highly | quite ) \s+ )?
    (?: likely | unlikely | probable | certain ) \s* \(\s* {_APPROX} (?P<p> {_PERCENT} ) \s*\)\s* to \s+
    (?P<rest> .+ )""", _FLAGS)
#: "We lowered our forecast for a government collapse in 2026 from 12% to 7%": the new number is ours; a bare
#: "fell from 12% to 7%" is a quantity and is not read.
_REVISED = re.compile(rf"""\b (?: our | my ) \s+ (?: forecast | estimate | probability | odds | chances? ) \s+ (?: for | of ) \s+
    (?P<claim> [^,;]{{3,120}}? ) \s+ from \s+ {_PERCENT} \s+ to \s+ {_APPROX} (?P<p> {_PERCENT} )""", _FLAGS)
#: A scenario line with its odds in brackets before a colon: "Managed decline (roughly 1 in 3 chance): the
#: party loses its majority before 2029", "Collapse (remote, less than 5 percent): ...". A bound ("less than
#: 5 percent") is read as the number itself.
_SCENARIO = re.compile(rf"""^ (?P<label> [^:()]{{2,80}}? ) \s* \( [^()]*? (?: (?P<p> {_PERCENT} )
    | (?P<num> \d+ | [a-z]+ ) [\s-]+ in [\s-]+ (?P<den> \d+ | [a-z]+ ) ) [^()]* \) \s* : \s* (?P<claim> .{{10,}} )""", _FLAGS)
#: A forecast table's row read as "Will X: 62%" (see cleanup): the question and its probability.
_QUESTION_ROW = re.compile(rf"^Will\s+(?P<question>[^:]{{5,200}}):\s+(?P<p>{_PERCENT})", _FLAGS)
#: "we put 85% on the sub-3.5% outcome": a number for the judgement just stated, no claim of its own.
_ON_OUTCOME = re.compile(rf"""\b(?: put | place | give | assign | attach )\s+ {_APPROX} (?P<p> {_PERCENT} ) \s+ (?: on | to )\s+
    (?: the | that | this )\s+ [^,;]{{0,40}}? \b(?: outcome | scenario | result | case | view )\b""", _FLAGS)
#: "likely (58%) that X", "a small chance (we say 10%) that X", "a decent chance, maybe 40%, that X": the number
#: set off in brackets or commas wins over the words.
_PHRASE_NUMBER = re.compile(rf"""\b(?: likely | unlikely | probable | chance | possibility | than\s+not | certain )\s*
    (?: \( | , ) \s* (?: (?: we | i ) \s+ (?: say | reckon | think | put\s+it\s+at ) \s+ )? {_APPROX} (?P<p> {_PERCENT} )
    \s* (?: \) | , ) \s* ,?\s* that ,?\s+ (?P<claim> .+ )""", _FLAGS)
#: "we attach a probability of about one in four to X", "we attach a 20% probability to X".
_ATTACH = re.compile(rf"""\b(?: attach | assign | give | put )\s+ (?: a | an )\s+ (?: (?: probability | chance | likelihood )\s+
    of\s+ )? {_APPROX} (?: (?P<p> {_PERCENT} ) | (?P<num> \d+ | [a-z]+ ) [\s-]+ in [\s-]+ (?P<den> \d+ | [a-z]+ ) )
    (?: \s+ (?: probability | chance | likelihood ) )? \s+ to\s+ (?P<claim> .+ )""", _FLAGS)
#: "gives Democrats a 74% chance of winning the House": who is given the chance, and the gerund's event.
_GIVES = re.compile(rf"""\b(?: gives? | gave | assigns? )\s+ (?P<who> (?!(?:it|this|that)\b)[^,;]{{2,60}}? )\s+ (?: a | an )\s+
    {_APPROX} (?P<p> {_PERCENT} ) \s+ {_CHANCE} \s+ of\s+ (?P<verb> [a-z]{{2,}} )ing\b (?P<rest> .* )""", _FLAGS)
#: The second holder of "gives A a 71% chance of X and B a 62% chance of Y", in a clause of its own: "B a 62% chance of Y".
_GIVEN_TOO = re.compile(rf"""^ \W* (?: and \s+ | or \s+ )? (?P<who> (?-i:[A-Z]) [^,;]{{1,60}}? ) \s+ (?: a | an ) \s+ {_APPROX} {_PERCENT} \s+ {_CHANCE} \s+ of \s+
    (?P<verb> [a-z]{{2,}} ) ing \b (?P<rest> .* )""", _FLAGS)
_SECOND_GIVEN = re.compile(rf"""\s+ (?: and | but | while ) \s+ [^,;]{{2,60}}? \s+ (?: a | an ) \s+ {_APPROX} {_PERCENT} \s+ {_CHANCE} \s+ of \s+ .* $""", _FLAGS)
#: "Labour has about a one-in-six chance of finishing first", "the bill has a 40% chance of passing".
_HAS_CHANCE = re.compile(rf"""^\W*(?P<who> (?!(?:it|this|that|there)\b)[^,;]{{2,60}}? )\s+ (?: has | have | stands? )\s+
    (?: only\s+ | about\s+ | roughly\s+ | just\s+ )? (?: a | an )\s+ {_APPROX}
    (?: (?P<p> {_PERCENT} ) | (?P<num> \d+ | [a-z]+ ) [\s-]+ in [\s-]+ (?P<den> \d+ | [a-z]+ ) ) \s+ {_CHANCE} \s+ of\s+
    (?P<verb> [a-z]{{2,}} )ing\b (?P<rest> .* )""", _FLAGS)

#: The note a scenario line's judgement carries: its horizon is the scenario set's.
SCENARIO_NOTE = "one of a set of scenarios: the probability is its share of the set"
_DIGIT = re.compile(r"\d")
#: A claim that only points back: "their chances", "the odds of that", "it", "this outcome", "we think the chance of that is small".
_ANAPHORIC_CLAIM = re.compile(r"(?:(?:we|i)\s+(?:think|reckon|judge)\s+)?(?:(?:the|their|its|his|her|our|my|these|those)\s+)?"
                              r"(?:chances?|odds|probability|likelihood)(?:\s+(?:of|for)\s+(?:that|this|it|them|him|her)(?:\s+(?:is|are)\s+\w+)?)?"
                              r"|that|this|it|(?:this|that)\s+(?:outcome|scenario|result|happening)", re.IGNORECASE)
_IN = re.compile(r"[\s-]in[\s-]")
_JOINED_CLAUSE = re.compile(r"\s*(?:,\s*(?:and|but|while|whereas|although|though)\s|;).*$", re.IGNORECASE | re.DOTALL)
_LOWER_BOUND = re.compile(r"(?:(?:greater|more|higher)\s+than|at\s+least)\s+$", re.IGNORECASE)
#: "1 in 4", "one in five": a ratio's denominator is a small number (not "in 2026").
_RATIO = re.compile(r"[\s-]in[\s-]+(?:\d{1,3}(?![\d,.]\d)|" + "|".join(_WORDS) + r")\b", re.IGNORECASE)
_CHANCE_WORD = re.compile(r"chance|probab|odds|likelihood|risk|possib|call\s+it", re.IGNORECASE)
_CHANCE_PIECES = ("chance", "probab", "odds", "likelihood", "risk", "possib", "call")  # one is in every match


#: Words a bare running number ("we're at 45", "we shade that to 70") cannot do without: the rest skip its forms.
_BARE_GATE = ("we're", "we’re", "we are", "i'm", "i’m", "i am", "shade", "nudge", "bump", "mark")


def _chance_word(text: str) -> bool:
    lowered = folded(text)  # most clauses with a number (a year) name no chance: the word test spares the pattern
    return any(piece in lowered for piece in _CHANCE_PIECES) and _CHANCE_WORD.search(text) is not None


def stated_probability(text: str) -> tuple[float, str, str] | None:
    """``(probability, words as written, claim)`` for a probability the clause states as a number."""
    found = _stated(text)
    return found[:3] if found else None


def _stated(text: str) -> tuple[float, str, str, bool] | None:
    """``stated_probability`` and whether the claim is a "that" clause (else a noun phrase)."""
    if not _DIGIT.search(text) and not (_IN.search(text) and _chance_word(text)):
        return None  # no number, no "N in M chance": most clauses, spared the patterns
    if (odds := odds_split(text)) is not None:
        return odds[0], odds[1], odds[2], True  # "I don't think X - call it a 70/30 against": the writer's own odds
    if "%" not in text and "cent" not in text.lower() and not _chance_word(text) and not _RATIO.search(text):
        if (" at " in text or " to " in text) and any(word in text.lower() for word in _BARE_GATE) \
                and (bare := first_person_number(text)) is not None and bare[1].isdigit():
            return bare  # "We're at 45, up from 35 in June": a forecaster's running number, its "%" left off
        return None  # every form states a percentage or "N in M"; a year or a count alone is no probability
    # "a small probability — around 10% — of X": the number set off by dashes is the chance's, read as "of X at 10%"
    text = _DASHED_NUMBER.sub(lambda m: f"{m.group('chance')} {m.group('rest')} at {m.group('p')}", text)
    if not_a_forecast(text):
        return None  # a number given in the past, someone else's, or a base rate
    if (own := first_person_number(text)) is not None:
        if not own[2] and (claim := claim_before_dash(text)):
            return own[0], own[1], claim, True  # "X survives through 2027 — call it 92%": the claim is before the dash
        return own
    if given := _GIVES.search(text.strip().rstrip(".")):
        # "our model gives Democrats a 74% chance of winning X": the one given the chance is the subject
        # "... and Republicans a 62% chance of holding the Senate": a second holder's chance, no part of the first claim
        rest = _SECOND_GIVEN.sub("", given.group("rest"))
        claim = f"{given.group('who')} will {base_form(given.group('verb'))}{rest}"
        return float(re.match(r"\d+(?:\.\d+)?", given.group("p")).group(0)) / 100, given.group("p"), claim, True
    if has := _HAS_CHANCE.search(text.strip().rstrip(".")):
        # "Labour has about a one-in-six chance of finishing first": the one who has the chance is the subject
        if has.group("num"):
            num, den = _number(has.group("num")), _number(has.group("den"))
            probability, written = (num / den if num and den and num < den else 0), f"{has.group('num')} in {has.group('den')} chance"
        else:
            probability, written = float(re.match(r"\d+(?:\.\d+)?", has.group("p")).group(0)) / 100, has.group("p")
        if 0 < probability < 1:
            return probability, written, f"{has.group('who')} will {base_form(has.group('verb'))}{has.group('rest')}", True
    for form in (_QUESTION_ROW, _SCENARIO, _PHRASE_NUMBER, _PHRASE_NUMBER_TO, _REVISED, _ATTACH, *_FORMS,
                 _COLON_END, _LIST_END, _ON_OUTCOME):
        match = form.search(text.strip().rstrip("."))
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("num"):
            num, den = _number(groups["num"]), _number(groups["den"])
            if not num or not den or num >= den:
                continue
            probability = num / den
            written = f"{groups['num']} in {groups['den']} chance"
        else:
            probability = float(re.match(r"\d+(?:\.\d+)?", groups["p"]).group(0)) / 100
            written = " ".join(match.group("p").split())
            if form is _FORMS[0] and (over := _LOWER_BOUND.search(match.string, max(0, match.start("p") - 24), match.start("p"))):
                # "a greater than 50 per cent chance": a lower bound, scored at the middle of the range it leaves open
                probability, written = (1 + probability) / 2, f"{' '.join(over.group(0).split())} {written}"
        if not 0 < probability < 1:
            continue
        claim = (groups.get("claim") or "").strip(" ,")
        if form is _PHRASE_NUMBER_TO:
            return probability, written, f"{groups['subject']} will {groups['rest']}", True
        if form is _COLON_END:
            # a clause ("X falls below Y: 8%"), unless no verb is found: "A formal merger, signed by both boards, before
            # 2027: 28%" is a noun phrase, "Starmer still PM on 31 Dec 2026: 75%" a headline's clause
            listed = listed_claim(claim) if (verbless := as_future(claim, True).startswith("it will turn out")) else None
            return probability, written, listed or claim, not verbless or listed is not None
        if form is _LIST_END:
            if participle := re.fullmatch(r"(.+?)\s+((?:re-)?[a-z]{4,}ed)", claim):
                return probability, written, f"{participle.group(1)} will be {participle.group(2)}", True
            if as_future(claim, True).startswith("it will turn out") and (claim := listed_claim(claim)) is None:
                continue  # "Republicans keep control of the Senate: 65%": headline grammar, said as a future
            return probability, written, claim, True
        if form is _PHRASE_NUMBER:
            return probability, written, claim, True  # "unlikely (7%) that X raises Y": a clause after "that"
        if groups.get("question"):
            return probability, written, question_claim(groups["question"]), True
        if form is _SCENARIO:
            if (outcome := labelled_outcome(groups["label"], claim)) is not None:
                return probability, written, *outcome  # "Lula wins a fourth term (50%): policy continuity, ..."
            # the scenario's story: a clause in the present, or a list of events ("two further Fed cuts")
            return probability, written, claim, not is_noun_phrase(claim)
        if groups.get("conn", "") and groups["conn"].lower() == "of" and (being := re.match(r"^(.+?)\s+being\s+(.+)$", claim)):
            # "the probability of the deal being applied": the gerund's subject and verb, a clause
            return probability, written, f"{being.group(1)} will be {being.group(2)}", True
        if form is _ATTACH:
            # "a probability of one in four to inflation exceeding 3.5%": the gerund is the event.
            claim = re.sub(r"^(.*?)\s+(\w+)ing\b", lambda m: f"{m.group(1)} will {base_form(m.group(2))}", claim, count=1)
        if groups.get("bare") is not None and (plural := re.match(r"(?-i:([a-z]{3,}s)\s+([a-z]{3,}))\s", claim)) \
                and not plural.group(2).endswith("s"):
            claim = f"{plural.group(1)} will {claim[len(plural.group(1)) + 1:]}"  # "prices revisit $8,000": "prices will revisit"
        if groups.get("by"):
            claim = f"{claim} {groups['by']}"
        elif groups.get("after"):
            # "(last week: 48%)" dates the old number; "at 25%, and said X will ...": a clause of its own follows
            claim = f"{claim}{without_change_note(_JOINED_CLAUSE.sub('', groups['after']))}".strip(" ,")
        if groups.get("bare") is not None or (groups.get("conn") or "").lower() == "that":
            # "... cuts rates twice, and most of that mass is in ...": a clause of the writer's own after the claim
            claim = _OWN_CLAUSE.sub("", claim)
        # "A new country is admitted ... by 2027: 20%": a line with its own verb is a clause, not a noun phrase
        verb = form in _FORMS[3:] and not as_future(claim, True).startswith("it will turn out")
        return probability, written, claim, verb or (groups.get("conn") or "").lower() == "that" or groups.get("bare") is not None
    return None


def numeric_judgement(text: str, before: str = "") -> Judgement | None:
    """The judgement of a clause stating a numeric probability, the claim restated as a future; ``before`` is
    the sentence before the clause ("gives the SNP an 83% chance of A, | and a 9% chance of B": B is the SNP's)."""
    text = with_digits(text)  # "a fifty per cent chance": the number forms read digits
    if (form := stated_form(text, before)) is not None and not past_number(text):
        return form  # "we're holding at 35% for X", "our forecasters put 35% on X", ...
    found = _stated(text)
    if found is None:
        return None
    probability, written, claim, clause = found
    if claim and not clause and before and (given := _GIVES.search(before)) and (too := _GIVEN_TOO.match(text.strip().rstrip("."))):
        # "gives Democrats a 71% chance of winning X | and Republicans a 62% chance of holding Y": the verb left out
        return Judgement(text, f"{too.group('who')} will {base_form(too.group('verb'))}{too.group('rest')}", "stated", written, False,
                         stated=probability)
    if claim and not clause and before and (given := _GIVES.search(before)) and not _GIVES.search(text):
        return Judgement(text, f"{as_future(claim, False)} for {given.group('who')}", "stated", written, False,
                         stated=probability)
    if _SCENARIO.search(text.strip().rstrip(".")) and not _QUESTION_ROW.search(text):
        # one of a set of scenarios: its time frame is the whole line's, or the set's (see the pipeline)
        return Judgement(text, as_future(claim, clause), "stated", written, False, stated=probability,
                         notes=(SCENARIO_NOTE,))
    if not claim or _ANAPHORIC_CLAIM.fullmatch(claim.strip()):
        # "... ; we put the chance at 12%", "I'd put their chances at 40 per cent": the number scores the judgement
        # before it (see the pipeline); "their chances" names no claim of its own.
        return Judgement(text, "", "stated", written, False, stated=probability)
    return Judgement(text, as_future(claim, clause), "stated", written, False, stated=probability)


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _WORDS.get(word.lower())
