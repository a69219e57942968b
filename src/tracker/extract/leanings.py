"""The writer's lean said in words, not a number: "I'd call it a toss-up whether X", "there's almost no chance X".

Split from first_person.py (numbers said in the first person); these forms say the same lean with a scale term.
"""

from __future__ import annotations

import re

from tracker.extract.first_person import _FLAGS, _SELF
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future, is_noun_phrase


#: The writer's lean said in words: "I'd call it a toss-up whether X", "there's almost no chance X", "our house
#: view is that X", "X is more likely than not in 2027". Each is read as the scale term it paraphrases.
_LEANINGS = [
    ("about even", re.compile(r"""\b(?: it['’]s | it\s+is | call\s+it | i['’]d\s+call\s+it | i\s+would\s+call\s+it )\s+
        (?: a | an )\s+ (?: toss-?up | coin[\s-]?(?: flip | toss ) | fifty-fifty | 50-50 )\s+ (?: whether | if )\s+
        (?P<claim> .+ )""", _FLAGS)),
    ("highly unlikely", re.compile(r"""\bthere(?: \s+is | ['’]s )\s+ (?: almost | virtually | practically | next\s+to )\s+
        no\s+ (?: chance | prospect | possibility )\s+ (?: that\s+ )? (?P<claim> .+ )""", _FLAGS)),
    # "I'd put a snap dissolution of the Assembly in 2027 at roughly even odds": a thing put at evens, an event
    ("about even", re.compile(rf"""\b{_SELF} \s+ (?: would \s+ )? (?: put | place | rate ) \s+
        (?P<event> (?! (?: it | this | that | the \s+ (?: odds | chances? | probability ) ) \b ) .{{5,160}}? ) \s+ at \s+
        (?: (?: roughly | about | around | close \s+ to | near ) \s+ )? (?: even \s+ odds | evens | fifty-fifty | 50-50
        | a \s+ coin[\s-]?(?: flip | toss ) ) \W* $""", _FLAGS)),
    ("likely", re.compile(r"""\b(?: our | my )\s+ (?: house | central | base | baseline | main )\s+ (?: view | call | case )\s+
        is\s+ that ,?\s+ (?P<claim> .+ )""", _FLAGS)),
    # "my call is the 10y ends Q1 below 2.5%", "I'm fairly confident Beijing announces ...": the writer's own lean
    ("likely", re.compile(r"""(?: ^ \W* | [,;:—–] \s* ) (?: (?: our | my ) \s+ (?: call | bet ) \s+ is | (?: i['’]m | i \s+ am | we['’]re | we \s+ are ) \s+
        (?: (?: fairly | quite | pretty | reasonably ) \s+ )? confident ) \s+ (?: that \s+ )? (?P<claim> [a-z0-9](?: [^.] | \.(?=\d) )+ )""",
                          _FLAGS)),
    ("highly likely", re.compile(r"""(?: ^ \W* | [,;:—–] \s* ) (?: i['’]m | i \s+ am | we['’]re | we \s+ are ) \s+ (?: very | highly | extremely ) \s+
        confident \s+ (?: that \s+ )? (?P<claim> [a-z0-9].+ )""", _FLAGS)),
    # "I don't think the BoE moves before May": a denied belief in a present-tense claim, read as "likely" here and
    # denied by the negative lead-in after (hedges.py), which scores the complement ("I don't think X will" too)
    ("not likely", re.compile(r"""(?: ^ \W* | [,;:—–] \s* ) (?: i | we ) \s+ (?: don['’]t | do \s+ not ) \s+ (?: think | believe )
        \s+ (?: that \s+ )? (?! .* \b (?-i: will | would | won['’]t | could | may | might | can ) \b )
        (?! .* \b (?: impossible | likely | unlikely | possible | certain | probable ) \b ) (?P<claim> [a-z0-9](?: [^.] | \.(?=\d) )+ )""",
                            _FLAGS)),
    # "Chances are (that) X", "Odds are X": the idiom of "probably"
    ("likely", re.compile(r"""^ \W* (?: the \s+ )? (?: chances | odds ) \s+ are \s+ (?: that \s+ )? (?! \d | against | even | low
        | slim | long | high | good ) (?P<claim> [a-z](?: [^.] | \.(?=\d) )+ )""", _FLAGS)),
    # "nah, no way the Bundestag passes X" (grammar.py reads "there is no way X")
    ("highly unlikely", re.compile(r"""(?: ^ \W* (?: \w+ , \s* )? | [;:—–] \s* ) no \s+ way \s+ (?! to \b | of \b | out \b ) (?: that \s+ )?
        (?P<claim> [a-z0-9].+ )""", _FLAGS)),
    ("likely", re.compile(r"""^ (?: (?: we | i )\s+ (?: think | believe | judge ) \s+ (?: that\s+ )? )? (?P<subject> (?: an? | the )\s+ [^,;]{3,120}? )\s+ (?: is | are )\s+ (?: still\s+ | now\s+ )?
        more\s+ likely\s+ than\s+ not \b (?P<rest> [^,;]* ) $""", _FLAGS)),
]


#: Words each form of ``_LEANINGS`` cannot do without (None: no gate), so most clauses skip its pattern.
_GATES = [("toss", "coin", "fifty", "50-50"), ("no chance", "no prospect", "no possibility"), None,
          (" view", " call", " case"), ("call", "bet", "confident"), ("confident",),
          ("not think", "n't think", "not believe", "n't believe"), ("chances are", "odds are"), ("no way",), ("than not",)]


_ANY_GATE = re.compile("|".join(re.escape(word) for gate in _GATES if gate for word in gate))


def leaning(text: str) -> Judgement | None:
    """The writer's lean on a claim said in words, not a number ("a toss-up whether X"), or None."""
    body = text.strip().rstrip(".")
    evens = any(word in body for word in ("even", "fifty", "50-50", "coin"))  # most clauses: the "evens" form spared
    lowered = body.lower()
    if not evens and not _ANY_GATE.search(lowered):
        return None  # most clauses: none of the words any form needs
    for (phrase, form), gate in zip(_LEANINGS, _GATES):
        if ("event" in form.groupindex and not evens) or (gate and not any(word in lowered for word in gate)) \
                or (match := form.search(body)) is None:
            continue
        if "event" in form.groupindex:  # "I'd put X at roughly even odds": X as written, a clause or an event
            event = match.group("event")
            return Judgement(text, as_future(event, not is_noun_phrase(event)), phrase,
                             " ".join(body[match.end("event"):].split()), False)
        written = " ".join(body[match.start():match.start("claim" if "claim" in form.groupindex else "rest")].split())
        if "subject" in form.groupindex:  # "a mass compromise is more likely than not in 2027": an event
            statement = f"there will be {match.group('subject')}{match.group('rest')}"
        else:
            statement = as_future(match.group("claim").strip(), True)
        if phrase.startswith("not "):  # "I don't think X": X at the complement of the phrase, said in the review
            return Judgement(text, statement, phrase[4:], written, False, complement=True,
                             notes=(f'negative lead-in "{written}": scored at the complement',))
        return Judgement(text, statement, phrase, written or phrase, False)
    return None
