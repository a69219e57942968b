"""A claim with its number after it: "BoJ hikes to 1.25% by June, 60%", "I think they hold in January, like
85%", "Brent probably stays in range through Q1, call it 75%", and a number put on an event: "55% on a March
cut", "I'll log 60% on a March cut".

Chats, newsletters and podcasts state a probability after the claim it scores, set off by a comma or a dash,
sometimes hedged ("like", "maybe", "call it") or bounded ("10% at most"). The claim before it is a clause (its
verb found by shape and put in the future, ``tense.py``); the writer's own lead-in ("I think", "my call is")
and estimative adverbs go, the number says how likely. Another's number ("Markets price about 10% for a Jan
cut", "polls give ...") is a report, not the writer's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future, is_noun_phrase

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_PERCENT = r"(?P<p> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per\s?cent\b | percent\b )"
_TRAILING = re.compile(rf"""^ (?P<claim> .{{8,300}}? ) \s* (?: [,;:—–] | \s-\s ) \s*
    (?P<intro> (?: like | maybe | perhaps | say | i['’]d \s+ say | call \s+ it | about | roughly | around | so )
               \s+ )?
    {_PERCENT} (?P<bound> \s+ (?: at \s+ most | tops | at \s+ the \s+ most | or \s+ less | max ) )?
    (?: \s+ (?: at \s+ least | or \s+ so ) )? \s* [?!.]* \s* $""", _FLAGS)
#: "55% on a March cut", "I'll log team median 60% on a March cut", "log 55% for X": a number put on an event.
_ON_EVENT = re.compile(rf"""^ \W* (?: (?: ok | so | fine | lower \s+ for \s+ me | higher \s+ for \s+ me ) [,.]? \s+ )?
    (?: (?: (?: i | we ) (?: ['’]ll | \s+ will | ['’]d | \s+ would )? \s+ )? (?: log | logging | put | putting | am \s+ at
        | ['’]m \s+ at )
        \s+ (?: (?: the \s+ )? team \s+ (?: median | mean | average ) \s+ | about \s+ | roughly \s+ )? )?
    {_PERCENT} \s+ (?: on | for ) \s+ (?P<event> (?! (?: it | this | that | the \s+ (?: chance | odds ) ) \b ) (?: [^,;.] | \.(?=\d) ){{3,120}}? )
    \s* (?: (?: [,;] | \.(?!\d) ) .* )? $""", _FLAGS)
#: The writer's lead-in before the claim: a belief or a call, no part of it.
_LEAD_IN = re.compile(r"""^ \W* (?: (?: i | we ) \s+ (?: think | believe | reckon | guess | expect | feel ) \s+ (?: that \s+ )?
    | (?: my | our ) \s+ (?: call | view | bet | guess | number ) \s+ is \s+ (?: that \s+ )?
    | (?: i['’]m | i \s+ am | we['’]re | we \s+ are ) \s+ (?: (?: fairly | quite | pretty | reasonably | very ) \s+ )?
      (?: confident | sure ) \s+ (?: that \s+ )? ) """, _FLAGS)
#: Whose number it is not: markets, polls, others.
_OTHERS = re.compile(r"^\W*(?:the\s+)?(?:markets?|investors|traders|futures|polls?|pollsters|consensus|analysts|"
                     r"bettors|bookmakers|economists|forecasters|metaculus|polymarket|kalshi)\b", re.IGNORECASE)
_LABELS_STAMP = re.compile(r"^\W*\[\d{1,2}:\d\d(?::\d\d)?\]\s*")
_LABELS = re.compile(r"^(?:\W*\[\d{1,2}:\d\d(?::\d\d)?\]\s*|\W*(?!I\b)[^:,.;!?\s][^:,;!?]{0,28}:\s+|\W*(?:re|on)\s+[^:,.;]{1,20}:\s+"
                     r"|\W*[A-Z][\w ]{0,20}\s+[—–]\s+)+")
#: "8% on a UK election seems high to me": the number is the subject of a comment, not put on an event.
_VERB = re.compile(r"\b(?:is|are|was|were|seems?|looks?|appears?|sounds?|feels?|has|have)\b", re.IGNORECASE)
#: When a claim is decided: a date, a month, a quarter, a period ahead.
_TIMED = re.compile(r"\b(?:by|before|in|through|until|till|during|within|at|after|ends?|next|this)\s+(?:the\s+)?(?:end\s+of\s+)?"
                    r"(?:20\d\d|Q[1-4]|H[12]|January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|year|quarter|month|week|spring|summer|autumn|fall|winter|Easter|Christmas)\b",
                    re.IGNORECASE)
_ADVERB = re.compile(r"\b(?:(?:almost|very|quite|most)\s+)?(?:certainly|probably|likely)\s+", re.IGNORECASE)
_NEGATIVE = re.compile(r"\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+(?:think|believe|expect|see)\b|\bno\s+way\b",
                       re.IGNORECASE)


#: "Bitcoin above $150k on Dec 31, 2026: market 9%, me 6%", "X: I think this is more likely than not — 60%", "X:
#: I'd say about even odds": a claim as a label, the writer's number after the colon.
_COLON_CLAIM = re.compile(r"""^ \W* (?P<claim> (?-i:[A-Z]) (?! (?: where | what | how | why | when | here | this ) \b ) [^:]{7,200}? ) : \s+
    (?P<rest> .{1,160}? ) \s* [.!]? \s* $""", _FLAGS)
_MINE = re.compile(rf"""\b (?: me | mine | i['’]m \s+ at | i \s+ say | i['’]d \s+ say | my \s+ (?: number | take | call ) (?: \s+ is )? )
    \s* :? \s* (?: about | roughly | around | maybe )? \s* {_PERCENT}""", _FLAGS)
_OWN_REST = re.compile(rf"""^ (?= .* \b (?: i | me | my | this | it ) \b ) .*?
    (?: [—–,:] \s* | \s-\s | \b (?: say | call \s+ it | maybe | like | about | roughly | me | mine ) \s+ ) (?: {_PERCENT}
    | (?P<even> (?: about \s+ | roughly \s+ )? (?: even \s+ odds | evens | fifty-fifty | 50-50 | a \s+ coin[\s-]?(?: flip | toss ) ) ) )
    \s* \W* $""", _FLAGS)
#: "X: very unlikely, 4%", "X: likely (70%)": a word and a number after the label, the number winning.
_WORD_REST = re.compile(rf"""^ \W* (?P<word> (?: (?: very | highly | quite | fairly | most ) \s+ )? (?: likely | unlikely | probable | improbable
    | possible | doubtful | even ) ) \s* [,(—–:]? \s* (?: about \s+ | roughly \s+ | around \s+ )? {_PERCENT} \)? \s* \W* $""", _FLAGS)
#: "X: we think this almost certainly won't happen, and put it at 3%": the writers' words, then their number.
_PUT_REST = re.compile(rf"""^ (?: we | i ) \b [^:;]{{0,80}}? \b (?: put | place | peg ) \s+ (?: it | this | that ) \s+ at \s+
    (?: about \s+ | roughly \s+ | around \s+ )? {_PERCENT} \s* \W* $""", _FLAGS)
#: "X: Kalshi 9%", "X: the market 31%": another holder's number after the label, said as theirs.
_HOLDER_REST = re.compile(rf"""^ \W* (?P<holder> (?: the \s+ (?: market | markets | crowd | consensus | panel ) )
    | (?-i: [A-Z][a-z][\w.&-]+ | [A-Z]{{2,6}} ) (?: \s+ (?-i: [A-Z][a-z][\w.&-]+ | [A-Z]{{2,6}} ) ){{0,2}} ) \s+ (?: (?: is \s+ )? at \s+ )? {_PERCENT} \s* [.!]? \s* $""", _FLAGS)
_NOT_HOLDER = {"we", "i", "me", "us", "our", "my", "it", "this", "that", "very", "highly", "likely", "unlikely", "about",
               "roughly", "around", "maybe", "call", "say"}
#: "X agreed by 30 June 2027: 0.22": a probability as a decimal after a claim with a deadline, a forecasting list's form.
_DECIMAL_REST = re.compile(r"^\W*(?:(?:p|prob|probability)\s*[=:]\s*)?(?P<d>0?\.\d{1,3})\W*$", re.IGNORECASE)  # "p = 0.35"
#: "X [3 Nov 2026]: call it 2 to 1 against", "X: 3-1 on": odds after the label; against: the smaller share.
_ODDS_REST = re.compile(r"""^ \W* (?: (?: call \s+ it | say | about | roughly | around | maybe | i['’]d \s+ say ) \s+ )?
    (?P<a> \d{1,2} ) \s* (?: to | - | / | : ) \s* (?P<b> \d{1,2} ) \s+ (?P<side> against | on | in \s+ favou?r | for )
    (?: \s* [,;] .* )? \W* $""", re.IGNORECASE | re.DOTALL | re.VERBOSE)
#: "X [31 Dec 2026]: roughly even, and I have flipped twice": an even chance after the label, a remark after it.
_EVEN_REST = re.compile(r"""^ \W* (?: (?: about | roughly | around | close \s+ to | near(?:ly)? | basically | call \s+ it ) \s+ )?
    (?: even (?: \s+ (?: odds | money | chances? ) )? | evens | a \s+ coin[\s-]?(?: flip | toss ) | a \s+ toss-?up | fifty-fifty | 50-50 | 50/50 )
    (?: \s* [,;] .* )? \W* $""", re.IGNORECASE | re.DOTALL | re.VERBOSE)
#: A bracketed resolution date ends a list line's claim: "X [31 Dec 2026]", "X [3 Nov 2026]".
_BRACKET_DATE = re.compile(r"\[[^\]]*\b(?:20\d\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[^\]]*\]")
_DATED = re.compile(r"\b(?:20\d\d|January|February|March|April|May|June|July|August|September|October|November|December"
                    r"|Q[1-4]|year|month|week)\b")
#: "X at or below 3.25% at the end of 2027: .4": a claim settled at a year's end, as a deadline does.
_YEAR_END = re.compile(r"\b(?:at|by)\s+the\s+end\s+of\s+(?:20\d\d|the\s+year|next\s+year)\b", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:by|before|until|within|no\s+later\s+than)\s+\S", re.IGNORECASE)
#: "Bitcoin above $150k", "inflation below 1.5%": a noun phrase and where it stands, said with "be".
_STANDS = re.compile(r"^(?P<subject>[^,;]{2,80}?)\s+(?P<where>(?:above|below|at\s+or\s+(?:above|below)|"
                     # "a clash between China and Taiwan" is an event: only a figure makes "between" a level
                     r"(?:over|under|between|at)(?=\s+(?:[\d$€£]|USD|EUR|GBP)))\s+.+)$")


#: A verdict as the label ("Unlikely: call it 12%", "Very likely: 90%"): the answer's gist, no claim of its own (the
#: number answers the question asked before it, read by the answer forms).
_VERDICT = re.compile(r"^\W*(?:(?:very|quite|highly|most|fairly|probably|likely|unlikely|possible|possibly|doubtful|improbable"
                      r"|remote|plausible|almost\s+certain(?:ly)?|certain(?:ly)?|yes|no|not)\W*){1,3}$", re.IGNORECASE)


def colon_claim(text: str) -> Judgement | None:
    """A claim before a colon scored by the writer's number after it ("X: market 9%, me 6%"), else None."""
    if ":" not in text or (match := _COLON_CLAIM.match(_LABELS_STAMP.sub("", text.strip()))) is None:
        return None
    rest, holder, notes = match.group("rest"), None, ("the claim is the label before the colon: check it",)
    if mine := _MINE.search(rest):
        probability, written = float(mine.group("p")) / 100, mine.group(0)
    elif own := _OWN_REST.match(rest):
        probability = 0.5 if own.group("even") else float(own.group("p")) / 100
        written = own.group("even") or f"{own.group('p')}%"
    elif (worded := _WORD_REST.match(rest)) or (worded := _PUT_REST.match(rest)):
        probability, written = float(worded.group("p")) / 100, f"{worded.group('p')}%"
        if "word" in worded.re.groupindex:  # "very unlikely, 4%": the number wins over the word
            low = re.search(r"unlikely|improbable|doubtful", worded.group("word"), re.IGNORECASE) is not None
            if "even" not in worded.group("word").lower() and low != (probability < 0.5):
                return None  # "Growth in 2027: likely, 2%": the word and the number disagree, a level, not a chance
            notes = (*notes, f'the number ({written}) wins over "{worded.group("word")}"')
    elif (held := _HOLDER_REST.match(rest)) and held.group("holder").split()[0].lower() not in _NOT_HOLDER \
            and _DATED.search(match.group("claim")) and not re.match(r"(?:our|my|the)\b", match.group("claim"), re.IGNORECASE):
        # a holder's number on a claim decided at a time; "Our target for 2027: Q3 2.5%" is no claim
        probability, written, holder = float(held.group("p")) / 100, f"{held.group('p')}%", held.group("holder")
        notes = (*notes, f'the number is {holder}\'s, as the document reports it')
    elif (decimal := _DECIMAL_REST.match(rest)) and (_DEADLINE.search(match.group("claim")) or _BRACKET_DATE.search(match.group("claim"))
                                                      or _YEAR_END.search(match.group("claim")) and not is_noun_phrase(match.group("claim"))):
        probability, written = float(decimal.group("d")), decimal.group("d")
    elif (odds := _ODDS_REST.match(rest)) and (_DEADLINE.search(match.group("claim")) or _BRACKET_DATE.search(match.group("claim"))):
        a, b = int(odds.group("a")), int(odds.group("b"))
        against = odds.group("side").lower() == "against"
        probability = (min(a, b) if against else max(a, b)) / (a + b) if a + b else 0
        written = " ".join(odds.group(0).strip(" .").split(",")[0].split())
        notes = (*notes, f'odds "{written}": {"against, the smaller" if against else "on, the larger"} share')
    elif _EVEN_REST.match(rest) and (_DEADLINE.search(match.group("claim")) or _BRACKET_DATE.search(match.group("claim"))):
        probability, written = 0.5, " ".join(rest.split(",")[0].strip(" .").split())
    else:
        return None
    claim = match.group("claim").strip()
    if not 0 < probability < 1 or _OTHERS.match(claim) or re.search(r"\b(?:will|would|I|we|my|our)\b", claim) or _VERDICT.match(claim):
        return None
    if stands := _STANDS.match(claim):
        subject = re.sub(r"\s+(?:is|are)$", "", stands.group("subject"))  # "X is at or below 3.25% ...": "X will be at ..."
        statement = f"{subject} will be {stands.group('where')}"
    else:
        statement = as_future(claim, not is_noun_phrase(claim))
        if statement.startswith(("it will turn out", "there will be")) and (listed := _listed(claim)):
            statement = listed  # "Democrats win a Senate majority [3 Nov 2026]": headline grammar, said as a future
        if statement.startswith("it will turn out"):
            return None
    return Judgement(text, statement, "stated", " ".join(written.split()), False, stated=probability, notes=notes,
                     speaker=holder)


def _listed(claim: str) -> str | None:
    from tracker.extract.pointed_numbers import listed_claim  # a number reader above this one: imported when needed

    return listed_claim(claim)


def trailing_number(text: str, before: str = "") -> Judgement | None:
    """The claim a number after it scores, or a number put on an event, as a stated judgement; else None.
    ``before`` is the sentence's text before the clause (a claim before a colon the clauses were cut at)."""
    if before.rstrip().endswith(":") and (claimed := colon_claim(f"{before.rstrip()} {text.strip()}")):
        return replace(claimed, clause=text)
    if ":" in text and (claimed := colon_claim(text)):
        return claimed
    if "%" not in text and "cent" not in text:
        return None
    # "[09:21] deepak.s: Japan: BoJ hikes ...": a time stamp, a speaker, a topic: labels before the claim
    body = _LABELS.sub("", text.strip())
    if (match := _ON_EVENT.match(body)) and not _OTHERS.match(body) and not _VERB.search(match.group("event")):
        probability = float(match.group("p")) / 100
        if 0 < probability < 1:
            event = match.group("event").strip()
            stands = _STANDS.match(event)  # "55% for BoJ at 1.25% by June": the bank will be at 1.25%
            statement = f"{stands.group('subject')} will be {stands.group('where')}" if stands else f"there will be {event}"
            return Judgement(text, statement, "stated", f"{match.group('p')}%", False, stated=probability,
                             notes=("a number put on an event: check the event is what it scores",))
    match = _TRAILING.match(body)
    if match is None or _NEGATIVE.search(match.group("claim")):
        return None  # "I don't think X, 20%": which side the number is on, nothing says
    claim = _LEAD_IN.sub("", match.group("claim").strip())
    claim = _ADVERB.sub("", claim).strip(" ,")
    probability = float(match.group("p")) / 100
    if not 0 < probability < 1 or _OTHERS.match(claim) or "%" in claim and re.search(r"chance|probab|odds", claim, re.I):
        return None
    if not match.group("intro") and not _TIMED.search(claim):
        return None  # "X is higher, 9.8%": a level stated, not a chance; a claim scored says when it is decided
    statement = as_future(claim, True)
    if statement.startswith("it will turn out") or not re.match(r"^\W*[A-Za-z]", claim):
        return None  # no verb found: a list of figures, not a claim
    written = " ".join(body[match.start("intro") if match.group("intro") else match.start("p"):].split()).rstrip("?.!")
    return Judgement(text, statement, "stated", written, False, stated=probability,
                     notes=("probability stated after the claim: check the claim is what it scores",))
