"""Judgements whose phrase follows its object or its evidence: "We judge this scenario unlikely during the next two
years", "the Riksbank considers it unlikely over the next twelve months", 'one official called a new loan "highly
unlikely"', "X remains unlikely according to the ministry", "Our count suggests a majority will back the text".

The verb of judging ("judge", "consider", "deem", "find", "call") takes the event as its object and the phrase as
its complement: the event is the claim, the one who judges is the forecaster (the authors for "we", the publisher's
own name, else a named speaker). "It" points back at a hedged event of the clause before ("X cannot be ruled out, but
the bank considers it unlikely"): the later, firmer judgement is the one drafted. Evidence that "suggests" a future
hedges it: read as "likely", not as a plain "will".
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: Who judges, the verb, the object; the phrase follows ``before`` (an adverb of degree may end it).
_JUDGED = re.compile(r"""^ \W* (?: [^,]{0,60} , \s+ | [^—–;:]{0,160} \s [—–] \s+
      | (?: in | by | last | this | since | earlier ) \s+ [^,\s]{1,12} (?: \s+ [^,\s]{1,12} )? \s+ (?= (?: we | i ) \s ) )?  # "In 2021 we"
    (?: (?: and | but | while | yet ) \s+ )?
    (?P<holder> we | i | (?: the \s+ )? (?! (?: a | an | the | this | that | these | those | it )\b ) (?-i:[A-Z]) [\w’'.&-]* (?: \s+ (?: of \s+ )? (?-i:[A-Z]) [\w’'.&-]* ){0,4}
      | (?: the | our | one | a | an | another | two | three | several ) \s+ (?: [\w’'-]+ \s+ ){0,2}?
        (?: officials? | analysts? | diplomats? | economists? | strategists? | forecasters? | experts? | board | committee
          | council | service | bank | agency | government | ministry | team | panel | authors? | assessment
          | [a-z]{3,}(?: or | er | ist | ian | ant | ent )s? ) )  # "one negotiator", "a senior planner", "the consultant'
    \s+ (?: (?: also | now | still | therefore | thus | continues? \s+ to | would ) \s+ )*
    (?P<verb> judges? | judged | considers? | considered | deems? | deemed | finds? | found | calls? | called )
    \s+ (?P<object> (?! that \b | to \b | as \b ) [^;:]{1,200}? ) \s+ (?: (?: very | highly | quite | rather | most | extremely ) \s+ )? $""",
                     _FLAGS)
#: What may follow the phrase: the end, punctuation or a time.
_AFTER = re.compile(r"""^ \s* (?: $ | [,.;:!)–—] | \s (?: in | during | before | by | for | at | over | within | until | through
    | throughout | this | next | according \s+ to ) \b
    # "considers X possible but not probable": the pair is read at its weaker term (hedges)
    | \s (?: but | though | yet ) \s+ (?: not \s+ )? (?: likely | unlikely | possible | probable | improbable ) \b )""", _FLAGS)
#: A hedged event the pronoun points back at: "A renewed fall in prices cannot be ruled out, but".
_HEDGED_BEFORE = re.compile(r"""^ \W* (?P<event> [^,;]{3,160}? ) \s+ (?: cannot | can['’]t | could \s+ not ) \s+ be \s+
    (?: \w+ly \s+ )? (?: ruled \s+ out | excluded ) \s* ,? \s* (?: but | yet | although | though )? \s* $""", _FLAGS)
_POINTERS = {"it", "this", "that"}
_PAIR_END = re.compile(r"\b(?:but|though|yet|not|likely|unlikely|possible|probable|improbable)$", re.IGNORECASE)
_PAST = {"judged", "considered", "deemed", "found"}
#: "according to the ministry" closing the clause: who holds the view.
_ACCORDING = re.compile(r"\s+according\s+to\s+(?P<holder>[^,;()]{2,80}?)\s*[.,;]?\s*$", re.IGNORECASE)


def judged_object(before: str, after: str, earlier: str) -> tuple[str, str | None] | None:
    """``(claim, holder)`` of "HOLDER judges OBJECT PHRASE", else None; the holder is None for "we" / "I", the claim
    empty for the authors' own past judgement (no forecast now)."""
    if not ("judge" in before or "consider" in before or "deem" in before or "find" in before or "found" in before
            or "call" in before) or not _AFTER.match(after) or (match := _JUDGED.match(before)) is None:
        return None
    holder, verb, event = match.group("holder"), match.group("verb").lower(), match.group("object").strip(" ,\"'“”‘’")
    if _PAIR_END.search(event):
        return None  # "X possible but not | probable": the second term of a pair, read with the first
    own = holder.lower() in ("we", "i")
    if own and verb in _PAST:
        return "", None  # "in 2020 we judged X unlikely": a forecast made then, on the record already: no draft
    if event.lower() in _POINTERS:
        hedged = _HEDGED_BEFORE.match(earlier or "")
        if hedged is None:
            return None  # "the bank considers it unlikely": what "it" is, nothing in the sentence says
        event = hedged.group("event")
    rest = _ACCORDING.sub("", after).rstrip(" .,\"'”’")
    return f"there will be {event}{rest}", None if own else holder


def according_holder(after: str) -> str | None:
    """The holder a closing "according to X" names, else None."""
    if "according" not in after or (match := _ACCORDING.search(after)) is None:
        return None
    return match.group("holder")


#: "Our count of public statements suggests a majority will back the text": evidence pointing to a future.
_SUGGESTS = re.compile(r"""^ \W* (?P<lead> (?: [^,]{0,60} , \s+ )? (?: our | the | this | these | recent | latest | early | current
    | a | an | its | their | most | many | several | all | some | both ) \s+ [^,;"“]{0,80}? \b suggests? \s+ (?: that \s+ )? )
    (?P<claim> (?! it \b | this \b ) [^;]{3,}? \b (?: will | won['’]t ) \b [^;]* ) $""", _FLAGS)


def suggested_future(text: str) -> Judgement | None:
    """"Our count suggests X will happen": X read as "likely" (the evidence hedges the future), else None."""
    if "suggest" not in text or (match := _SUGGESTS.match(text.strip().rstrip("."))) is None:
        return None
    written = " ".join(match.group("lead").split())
    return Judgement(text, match.group("claim").strip(), "likely", written, False,
                     notes=(f'"{written}": evidence that hedges the future, read as "likely"',))
