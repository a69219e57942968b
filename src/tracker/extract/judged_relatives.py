"""A judgement the authors make inside a relative clause: "..., which we judge the army will not have before 2028".

The main clause only names the thing ("Retaking the city would need air power, which we judge ..."); the judgement
is the relative clause's, and its claim is the relative clause with the thing put back where the pronoun stands:

- object relative: "air power, which we judge the army will not have before 2028" -> "the army will have air power
  before 2028", denied;
- subject relative: "a ceasefire, which we think will collapse by March" -> "a ceasefire will collapse by March";
  "the governor, who we expect will run in 2027" -> "the governor will run in 2027".

A denied claim ("will not", "won't", "we doubt") is asked as the event and scored at the complement, as other
negative lead-ins are. The thing is the noun phrase after the main clause's last verb ("would need air power"); with
no such phrase (the relative is about the whole clause: "prices will rise, which we expect will hurt growth") the
rule reads nothing.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_RELATIVE = re.compile(r"""^ (?P<head> .*? \S ) \s* , \s* (?P<pronoun> which | that | who | whom ) \s+ (?P<who> we | i ) \s+
    (?: (?: also | still | now | therefore ) \s+ )? (?P<verb> judge | assess | think | believe | expect | estimate | reckon | doubt ) \s+
    (?: that \s+ )? (?: (?P<subject> (?! will \b ) [^,;:]{1,60}? ) \s+ )?
    (?P<modal> will | won['’]t | ['’]ll ) \s+ (?P<neg> not \s+ | never \s+ )? (?P<rest> [a-z][^;:]* ) $""", _FLAGS)
#: The main clause's last verb, after which its object (the thing the relative is about) begins.
_LAST_VERB = re.compile(r"""\b(?: (?: would | will | could | may | might | must | should | can | cannot | to | does | do | did ) \s+ (?: not \s+ )?
        (?: also \s+ | still \s+ )? [a-z]+ | is | are | was | were | has | have | had | needs | requires | lacks | seeks | wants | holds
        | controls | includes | involves | demands ) \s+ (?P<object> (?: (?! (?: will | would | is | are | was | were | has | have ) \b ) [^,;:] ){3,200} ) $""",
                        _FLAGS)
#: With no verb before it, the object of the last preposition: "talks depend on a ceasefire, which ...".
_LAST_PREPOSITION = re.compile(r"""\b(?: on | upon | for | with | against | into | from | about ) \s+
    (?P<object> (?: (?! (?: will | would | is | are | was | were | has | have | on | upon | for | with | against | into | from | about ) \b ) [^,;:] ){3,120} ) $""",
                               _FLAGS)
#: With neither, the first noun phrase after the subject that a determiner opens: "exporters face new tariffs, which ...".
_FIRST_OBJECT = re.compile(r"""^ \W* \S+ (?: \s+ \S+ )*? \s+ (?P<object> (?: a | an | the | new | its | their | our | his | her | this | these
    | those | some | further | more | higher | lower ) \s+ [^,;:]{2,120} ) $""", _FLAGS)
#: "the governor, who ...": a person named just before the comma.
_NAMED = re.compile(r"(?P<object>(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]+\s+){0,3}(?:(?-i:[A-Z])[\w’'.-]+|[a-z]+))$", re.IGNORECASE)


def judged_relative(text: str) -> Judgement | None:
    """The judgement the authors make in a relative clause of ``text``, or None."""
    body = text.strip().rstrip(".")
    if (match := _RELATIVE.match(body)) is None:
        return None
    head, subject, rest = match.group("head"), match.group("subject"), match.group("rest").strip()
    thing = _LAST_VERB.search(head) or (_LAST_PREPOSITION.search(head) if match.group("subject") is None else None) \
        or _FIRST_OBJECT.match(head)
    if thing is None and match.group("pronoun").lower() in ("who", "whom"):
        thing = _NAMED.search(head)
    if thing is None:
        return None
    thing = thing.group("object").strip()
    if subject is not None:  # the object relative: the thing is what the verb takes
        if match.group("pronoun").lower() in ("who", "whom") or len(subject.split()) > 8:
            return None
        verb, _, tail = rest.partition(" ")
        claim = f"{subject} will {verb} {thing}{' ' + tail if tail else ''}"
    else:
        claim = f"{thing} will {rest}"
    denied = bool(match.group("neg")) or match.group("modal").lower().startswith("won")
    denied ^= match.group("verb").lower() == "doubt"  # "which we doubt X will have": denied; "doubt X won't": affirmed
    written = " ".join(body[match.start("pronoun"):match.start("rest")].split())
    notes = (f'a judgement in a relative clause ("{written}")',)
    if denied:
        notes += (f'negative: "{written}" denies the claim, scored at the complement',)
    return Judgement(text, claim, "will", written, False, notes=notes, complement=denied)
