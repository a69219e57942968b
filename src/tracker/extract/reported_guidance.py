"""Guidance reported in news: "X said it expects A to B", "..., saying it now expects A", "analysts at X said in a
note that they expect A to B", "X said it sees A probably reaching B", "X said Y, which ..., would A next year".

A wire story reports a company's or an analyst's outlook in the third person. It is their forecast, not the
reporter's: the judgement is kept with the speaker as its source forecaster (flagged for review). The
expectation is read as the authors' own "we (do not) expect ..." would be, so its claim is built the same way;
"sees A VERBing" keeps an estimative adverb ("probably") as the phrase. Only with a named speaker and a
forecast verb: "said it will cut 2,800 jobs" is a plan (the pledge rule), "said it expects" an outlook. What
sources "told us" is the authors' briefing, not a forecast on record.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.clauses import Clause
from tracker.extract.expectation import central_projection
from tracker.extract.grammar import read_construction
from tracker.extract.event_claims import base_form
from tracker.extract.records import Judgement
from tracker.extract.said_chances import said_chance

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: Who speaks: a name or a noun phrase opening the sentence ("ASML", "Jefferies analyst Jane Doe", "Analysts at
#: Nordea", "The finance chief"), never the authors ("we", "our economists": their own voice, read elsewhere).
_SPEAKER = r"""(?P<speaker> (?! (?: we | i | our | my | it | he | she | they | there | this | that ) \b )
    (?: the \s+ | a \s+ | an \s+ )? (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?! said\b | says\b ) [\w’'.&-]+ ){0,6}? )"""
#: How the report is introduced: "said (in a note) (on Friday) (that)", or ", saying" after the speaker's act.
_SAID = r"""(?: said | says | told \s+ (?! us\b | me\b ) [\w-]+ (?: \s+ on \s+ a \s+ call )? ) (?: \s+ (?: in | on | at | last | this ) \s+ (?: [\w’'-]+ \s+ ){0,4}? (?= that\b | on\b | it\b | he\b | she\b | they\b | the\b ) )?
    (?: \s* on \s+ (?: [\w’'-]+ \s+ )?? (?= that\b ) )? (?: \s* that )?"""
_EXPECTS = re.compile(rf"""
    # "In its May Report, the Bank's committee said it expects": where it was said may come first
    # a paragraph number may stand first: "3.6 In its May Report, ..."
    (?: ^ \W* (?: \d{{1,2}} (?: \. \d{{1,2}} )* \.? \s+ )? (?: (?: in | at | on | during ) \s+ (?: its | their | his | her | a | an | the ) \s+ [^,]{{2,80}} , \s+ )?
        {_SPEAKER} (?: , [^,]{{2,80}} , )? \s+ {_SAID} | , \s+ saying (?: \s+ that )? ) \s+
    (?P<holder> it | he | she | they | the \s+ (?: group | company | bank | firm | carmaker | chipmaker | lender ) )
    \s+ (?: (?P<neg> do \s+ not | does \s+ not | doesn['’]t | don['’]t ) \s+ )? (?: now \s+ | still \s+ | also \s+ )?
    (?P<verb> expects? | sees? ) \s+ (?! that \b | it \b | no \b | little \b | risks? \b | signs? \b ) (?P<claim> [^;]+ )
""", _FLAGS)
#: "sees A (probably) reaching B": the speaker's view of where a measure is going.
_SEES = re.compile(r"""^(?P<subject>(?:[\w’'.%$&-]+\s+){0,6}?[\w’'.%$&-]+)\s+
    (?P<adverb>probably\s+|likely\s+|almost\s+certainly\s+)?(?P<verb>[a-z]{2,})ing\b(?P<rest>.*)$""", _FLAGS)
#: "X said Y, which ..., would A next year": a relative clause set off by commas is no part of the claim.
_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,]{3,200},\s+(?=would\b)", re.IGNORECASE)
_SAID_NAMED_WOULD = re.compile(rf"""^ \W* {_SPEAKER} \s+ said \s+
    (?P<claim> (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?-i: [A-Z] ) [\w’'.&-]* ){{0,3}} ) \s+ would \s+
    (?P<rest> (?! have\b | like\b | want\b | need\b | prefer\b | rather\b ) [a-z] [^;]+ )""", _FLAGS)
#: "... and that B": a second report; ", which it put at ...", ", easing concern ...": the reporter's comment.
_NEXT_REPORT = re.compile(r",?\s+and\s+that\s+|,\s+(?:which|who)\s+|,\s+[a-z]{3,}ing\s+(?!to\b)", re.IGNORECASE)
_FIGURE = re.compile(r"^(?P<measure>(?!the\b|a\b|an\b)[a-z][\w’' -]{2,60}?)\s+of\s+(?P<level>(?:about\s+|around\s+|roughly\s+)?"
                     r"[$€£]?\d[\d.,]*\s?%?(?:\s+(?:to|and)\s+[$€£]?\d[\d.,]*\s?%?)?)(?P<rest>\s+(?:this|next|in|by|for)\b.*)$",
                     re.IGNORECASE)
#: "... said that margins in 2027 were likely to remain under pressure": "were likely to" is the backshifted "are
#: likely to" of reported speech, the speaker's judgement read as "likely".
_BACKSHIFT = re.compile(r"""(?: ^ \W* that \s+ | \b said \s+ (?: (?: on | in | at | last | this ) \s+ [\w’'-]+ \s+ (?= that\b ) )? (?: that \s+ )? )
    (?P<claim> (?! it\b | he\b | she\b | they\b | we\b | i\b ) (?: (?! was\b | were\b | that\b ) [\w’'$%.,-]+ \s+ ){1,12}? ) (?: was | were ) \s+
    (?P<adverb> (?: very \s+ | highly \s+ | most \s+ )? (?: likely | unlikely ) ) \s+ to \s+ (?P<rest> (?! have\b ) [a-z] [^;]+ )""", _FLAGS)
_TIMED = re.compile(r"\b(?:next|this|in|by|before|until|through)\s+(?:year|quarter|month|20\d\d)\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided)\b", re.IGNORECASE)
#: "the October-December quarter was very likely to be warmer": the subject is itself a period still ahead.
_PERIOD = re.compile(r"\b(?:quarter|season|winter|summer|autumn|spring|month|year)\b", re.IGNORECASE)


def _tidy(speaker: str) -> str:
    return " ".join(speaker.split()).rstrip(",")


def reported_guidance(text: str) -> Judgement | None:
    """The outlook a company or analyst is reported as giving in ``text``, kept as theirs, or None."""
    if ("expect" in text or " sees " in text or " see " in text) and (match := _EXPECTS.search(text)):
        speaker = match.group("speaker") or _saying_speaker(text[:match.start()])
        # "does not expect A before 2028 and that B ...": a second report joined on is its own judgement
        claim = _NEXT_REPORT.split(match.group("claim"), maxsplit=1)[0].strip().rstrip(".")
        if match.group("verb").lower().startswith("see"):
            seen = _SEES.match(claim)
            if seen is None or match.group("neg"):
                return None
            adverb = " ".join((seen.group("adverb") or "").lower().split())
            statement = f"{seen.group('subject')} will {base_form(seen.group('verb'))}{seen.group('rest')}"
            judgement = Judgement(text, statement, adverb or "will", f"sees ... {adverb or seen.group('verb') + 'ing'}",
                                  False, reads_as=None if adverb else central_projection("expected"))
        else:
            negation = " not" if match.group("neg") else ""
            found = read_construction(Clause(f"We do{negation} expect {claim}." if negation else f"We expect {claim}.", ""))
            if found is None and (figure := _FIGURE.match(claim)):
                # "expects operating margin of 3% to 5% this year": a measure and its level, not an event
                found = Judgement(claim, f"{figure.group('measure')} will be {figure.group('level')}{figure.group('rest')}",
                                  "will", "expects", False, reads_as=central_projection("expected"))
            if found is None:
                return None
            # the note names the stand-in "We do not expect"; the pipeline notes the sentence's own lead-in
            judgement = replace(found, clause=text, notes=tuple(n for n in found.notes if '"We ' not in n))
        if speaker is None:
            return None
        notes = (*judgement.notes, "reported guidance: the speaker's outlook, read as \"expects\"")
        return replace(judgement, speaker=_tidy(speaker), notes=notes)
    if " chance" in text and " said " in text and (chance := said_chance(text)):
        return chance
    if "likely to" in text and (match := _BACKSHIFT.search(text)) and (_TIMED.search(match.group("rest"))
                                                                       or _TIMED.search(match.group("claim"))
                                                                       or _PERIOD.search(match.group("claim"))):
        adverb = " ".join(match.group("adverb").lower().split())
        statement = f"{match.group('claim').strip()} will {match.group('rest').strip().rstrip('.')}"
        speaker = _SAID_BY.match(text)
        return Judgement(text, statement, adverb, f"were {adverb} to", False, speaker=_tidy(speaker.group('speaker')) if speaker else None,
                         notes=(f'reported judgement: "were {adverb} to" read as "{adverb}"',))
    if "likely to" in text and (match := _SIGNALLED.search(text)) and (actor := _GUIDING.match(text)) \
            and _TIMED_AHEAD.search(match.group("rest")):
        # "The bank held rates but signalled that it was likely to cut in December": the actor's guidance on its own
        # next step, the backshifted "we are likely to cut"; its subject is the actor the sentence opens with
        adverb = " ".join(match.group("adverb").lower().split())
        actor = actor.group("actor")
        rest = re.sub(r",\s+(?:as|while|after|which|with|when|since|because)\b.*$", "", match.group("rest").strip())
        statement = f"{actor} will {rest.rstrip('.')}"  # ", as new forecasts showed ...": the reporter's context
        return Judgement(text, statement, adverb, f"{match.group('verb')} that it was {adverb} to", False,
                         speaker=re.sub(r"^The\s", "the ", _tidy(actor)), notes=(f'reported guidance: "was {adverb} to" read as "{adverb}"',))
    if "would" in text and (match := _GROUP_SAID_WOULD.search(text)) and not _CONDITIONAL.search(match.group("rest")):
        # "..., but analysts said it would be shunned by the other parties": "it" is not the (plural) speakers, so the
        # clause forecasts what happens to something else, not the speakers' own plan
        statement = f"it will {match.group('rest').strip().rstrip('.')}"
        return Judgement(text, statement, "will", "would (reported)", False, speaker=_tidy(match.group("speaker")),
                         notes=("reported speech: \"said it would\" read as \"will\"",))
    if "would" in text and " said " in text:
        plain = _ASIDE.sub(" ", text)
        if (match := _SAID_NAMED_WOULD.search(plain)) and _TIMED.search(match.group("rest")) \
                and not _CONDITIONAL.search(match.group("rest")):
            statement = f"{match.group('claim')} will {match.group('rest').strip().rstrip('.')}"
            return Judgement(text, statement, "will", "would (reported)", False, speaker=_tidy(match.group("speaker")),
                             notes=("reported speech: \"said X would\" read as \"will\"",))
    return None


#: "..., but signalled that it was likely to cut rates in December": the actor's guidance about its own next step.
_SIGNALLED = re.compile(r"""\b(?P<verb> signall?ed | indicated | suggested | said | hinted ) \s+ (?: on \s+ \w+ \s+ )? that \s+
    (?: it | they ) \s+ (?: was | were ) \s+ (?P<adverb> (?: very \s+ | highly \s+ | most \s+ )? likely ) \s+ to \s+
    (?P<rest> (?! have\b | be\b ) [a-z] [^;]+ )""", _FLAGS)
_GROUP_SAID_WOULD = re.compile(r"""^ \W* (?: (?: but | and | yet ) \s+ )? (?P<speaker> (?: [\w-]+ \s+ )? (?: analysts | economists
    | experts | observers | pollsters | diplomats | strategists | officials ) (?: \s+ (?: at | in | from ) \s+ [^,]{2,40}? )? )
    \s+ (?: said | say | says | believe | believed | thought | predicted | expected ) \s+ (?: that \s+ )? it \s+ would \s+
    (?P<rest> (?! have\b | like\b | want\b | need\b | prefer\b | rather\b ) [a-z] [^;]+ )""", _FLAGS)
#: The body giving guidance, named first: "The Bank of England", "The European Central Bank", "Norges Bank".
_GUIDING = re.compile(r"^\W*(?P<actor>(?:the\s+)?(?-i:[A-Z])[\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z])[\w’'.&-]*){0,5})"
                      r"\s+(?!said\b)[a-z]", re.IGNORECASE)
#: A time still ahead: guidance about an unstated time ("likely to act") is too vague to score.
_TIMED_AHEAD = re.compile(r"\b(?:in|by|at|before|until|from|next|this|later|early|mid-?)\b[^.;]{0,40}?\b(?:20\d\d|January|"
                          r"February|March|April|May|June|July|August|September|October|November|December|year|quarter|"
                          r"month|meeting|spring|summer|autumn|winter)\b", re.IGNORECASE)
_SAID_BY = re.compile(rf"^\W*{_SPEAKER}\s+said\b", _FLAGS)
_ACTOR = re.compile(r"^\W*(?P<speaker>(?:the\s+)?(?-i:[A-Z])[\w’'.&-]*(?:\s+(?-i:[A-Z])[\w’'.&-]*){0,3})", re.IGNORECASE)


def _saying_speaker(before: str) -> str | None:
    """The actor of "X raised its target, saying it expects ...": the capitalised name opening the sentence."""
    found = _ACTOR.match(before)
    return found.group("speaker") if found else None
