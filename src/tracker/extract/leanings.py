"""The writer's lean said in words, not a number: "I'd call it a toss-up whether X", "there's almost no chance X".

Split from first_person.py (numbers said in the first person); these forms say the same lean with a scale term.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.event_claims import base_form
from tracker.extract.first_person import _FLAGS, _SELF
from tracker.extract.folding import holds_any
from tracker.extract.holder_odds import odds_sayings
from tracker.extract.judged_objects import suggested_future
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
    # 'Jane Roe, columnist: "My bet is that X"': a pundit's lean opening a quotation after a colon
    ("likely", re.compile(r"""(?: ^ \W* | [,;:—–] \s* ["“]? ) (?: (?: our | my ) \s+ (?: call | bet ) \s+ is | (?: i['’]m | i \s+ am | we['’]re | we \s+ are ) \s+
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
    # "I would put the chances of him resigning by Christmas at better than even": the odds of an event, in words
    ("better than even", re.compile(rf"""\b{_SELF} \s+ (?: would \s+ )? (?: put | rate ) \s+ (?: the | his | her | their | its | our ) \s+
        (?: chances? | odds | probability | likelihood ) \s+ of \s+ (?P<event> .{{5,160}}? ) \s+ at \s+ (?: better | more ) \s+ than \s+
        (?: even | evens | 50-50 | fifty-fifty ) (?: \s+ (?: odds | chances? ) )? \W* $""", _FLAGS)),
    # 'A strategist: "I think the bloc holds on by two seats"', "I think X will win": a pundit's claim about the outcome,
    # hedged by "I think"; a state ("I think the crowd is about right") or a weaker modal ("I think X could") is no such claim
    ("likely", re.compile(r"""(?: ^ \W* | [,;:—–] \s* ["“]? ) i \s+ (?: think | reckon | suspect ) \s+ (?: that \s+ )?
        (?! .* \b (?-i: would | won['’]t | could | may | might | can | should | must ) \b ) (?! .* \b will \s+ (?: not | never ) \b )
        (?! .* \b (?: impossible | likely | unlikely | possible | possibly | certain | certainly | probable | probably | surely
            | definitely | doubt | chance | odds ) \b )
        (?! (?: [\w’'-]+ \s+ ){0,5}? (?: is | are | was | were | has | have | had | does | do | did | seems | looks | sounds | feels
            | means | matters | shows | suggests | makes | depends | deserves | needs | wants | knows | says | reflects | remains ) \b )
        (?! (?: it | this | that | there | they | he | she | we | you ) ['’] )
        (?P<claim> [a-z0-9](?: [^.] | \.(?=\d) )+ )""", _FLAGS)),
    # "Chances are (that) X", "Odds are X": the idiom of "probably"
    ("likely", re.compile(r"""^ \W* (?: the \s+ )? (?: chances | odds ) \s+ are \s+ (?: that \s+ )? (?! \d | against | even | low
        | slim | long | high | good ) (?P<claim> [a-z](?: [^.] | \.(?=\d) )+ )""", _FLAGS)),
    # "nah, no way the Bundestag passes X" (grammar.py reads "there is no way X")
    ("highly unlikely", re.compile(r"""(?: ^ \W* (?: \w+ , \s* )? | [;:—–] \s* ) no \s+ way \s+ (?! to \b | of \b | out \b ) (?: that \s+ )?
        (?P<claim> [a-z0-9].+ )""", _FLAGS)),
    ("likely", re.compile(r"""^ ["“]? (?: (?: we | i )\s+ (?: think | believe | judge ) \s+ (?: that\s+ )? )? (?P<subject> (?: an? | the )\s+ [^,;]{3,120}? )\s+ (?: is | are | looks | seems )\s+ (?: still\s+ | now\s+ )?
        (?: slightly\s+ | a\s+ little\s+ )? (?: more | less )\s+ (?: likely | probable )\s+ than\s+ not \b (?P<rest> [^,;"”]* )
        # '"X is more likely than not," he said': the quotation's speaker holds it (judgements.py finds who)
        (?: ,? \s* ["”] ,? \s+ [^"“]{2,60}? \b (?: said | says | added | argued | wrote | told \s+ \w+ ) \b [^"“]* )? $""", _FLAGS)),
]


#: Words each form of ``_LEANINGS`` cannot do without (None: no gate), so most clauses skip its pattern.
_GATES = [("toss", "coin", "fifty", "50-50"), ("no chance", "no prospect", "no possibility"), None,
          (" view", " call", " case"), ("call", "bet", "confident"), ("confident",),
          ("not think", "n't think", "not believe", "n't believe"),
          ("than even", "than 50-50", "than fifty"), ("i think", "i reckon", "i suspect"), ("chances are", "odds are"), ("no way",), ("than not",)]


#: An object pronoun or a name before a gerund: "him resigning by Christmas", "Lisa winning the seat".
_OBJECT_GERUND = re.compile(r"^(?P<who>him|her|them|it|(?-i:[A-Z])[\w’'-]+)\s+(?P<verb>[a-z]{2,})ing\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_SUBJECT_CASE = {"him": "he", "her": "she", "them": "they"}
#: The gates of the forms "evens" or the "I think" test let through are left out: a longer test costs every clause.
#: (Substring tests: cheaper than one alternation of the same words.)
_ANY_GATE = tuple(word for gate in _GATES if gate and "than even" not in gate and "i think" not in gate for word in gate)


#: A named plural subject and the base verb after it: "the Sweden Democrats become", "the Greens win".
_NAMED_PLURAL = re.compile(r"^(?P<subject>(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}(?-i:[A-Z])[\w’'-]*s)\s+(?P<rest>(?-i:[a-z]){2,}"
                           r"(?<!ed)(?<!s)\b.*)$", re.DOTALL)
#: 'Jane Roe, columnist at a weekly: "...': the quotation's speaker, named before the colon.
_COLON_SPEAKER = re.compile(r"""^\W*(?P<name>(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){1,3})(?:\s*,[^:"“]{1,80})?:\s*["“]""")


def leaning(text: str) -> Judgement | None:
    """``_leaning``, said by the speaker a quotation after a colon names ('Jane Roe, columnist: "My bet is ..."')."""
    judgement = _leaning(text) or odds_sayings(text) or suggested_future(text)
    if judgement is not None and judgement.speaker is None and (':"' in text or ': "' in text or ": “" in text) \
            and (said := _COLON_SPEAKER.match(text)):
        return replace(judgement, speaker=said.group("name"))
    return judgement


def _leaning(text: str) -> Judgement | None:
    """The writer's lean on a claim said in words, not a number ("a toss-up whether X"), or None."""
    body = text.strip().rstrip(".")
    evens = any(word in body for word in ("even", "fifty", "50-50", "coin"))  # most clauses: the "evens" form spared
    lowered = body.lower()
    if not evens and not holds_any(lowered, _ANY_GATE) and not ("i think" in lowered or "i reckon" in lowered or "i suspect" in lowered):
        return None  # most clauses: none of the words any form needs
    for (phrase, form), gate in zip(_LEANINGS, _GATES):
        if ("event" in form.groupindex and not evens) or (gate and not holds_any(lowered, gate)) \
                or (match := form.search(body)) is None:
            continue
        if "event" in form.groupindex:  # "I'd put X at roughly even odds": X as written, a clause or an event
            event = match.group("event")
            if gerund := _OBJECT_GERUND.match(event):  # "the chances of him resigning": he will resign

                who = _SUBJECT_CASE.get(gerund.group("who").lower(), gerund.group("who"))
                return Judgement(text, f"{who} will {base_form(gerund.group('verb'))}{gerund.group('rest')}", phrase,
                                 " ".join(body[match.end("event"):].split()), False)
            return Judgement(text, as_future(event, not is_noun_phrase(event)), phrase,
                             " ".join(body[match.end("event"):].split()), False)
        written = " ".join(body[match.end("subject") if "subject" in form.groupindex else match.start():  # "is more likely than not"
                                match.start("claim" if "claim" in form.groupindex else "rest")].split())
        if "subject" in form.groupindex:  # "a mass compromise is more likely than not in 2027": an event
            statement = f"there will be {match.group('subject')}{match.group('rest')}"
        else:
            statement = as_future(match.group("claim").strip(), True)
            if statement.startswith("it will turn out") and (plural := _NAMED_PLURAL.match(match.group("claim").strip())):
                # "the Sweden Democrats become the largest party": a named plural subject, then its verb
                statement = f"{plural.group('subject')} will {plural.group('rest')}"
        if statement.startswith("it will turn out") and re.match(r"\W*i\s+(?:think|reckon|suspect)", written, re.IGNORECASE):
            continue  # no verb found to put in the future: "I think the Greens win" (plural or past, unsure)
        if phrase.startswith("not "):  # "I don't think X": X at the complement of the phrase, said in the review
            return Judgement(text, statement, phrase[4:], written, False, complement=True,
                             notes=(f'negative lead-in "{written}": scored at the complement',))
        return Judgement(text, statement, phrase, written or phrase, False)
    return None
