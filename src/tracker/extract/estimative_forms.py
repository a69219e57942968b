"""Estimative forms news and long-range assessments use that the main grammar does not: "X is not expected in
2026" (the event denied, no infinitive), ", with X likely to stay above 6%" (an absolute construction with its
own phrase), "X is more likely than not to rise", "the ministry sees growth easing to 1.1%" (a named body's
expectation, kept as theirs), any of these with a dash-enclosed aside ("We expect X—a note on X—to grow"), and the
authors' "does not exclude that X could" (the hedge "it cannot be ruled out that X could").
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.event_claims import base_form
from tracker.extract.expectation import central_projection
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: "A conflict over Taiwan is not expected in 2026": the event denied; "is not expected to" is grammar.py's.
_NOT_EXPECTED = re.compile(r"""^ \W* (?P<subject> (?! (?: it | this | that | which | what | he | she | they ) \b ) [^,;:]{3,160}? )
    \s+ (?: is | are ) (?: \s* , \s* (?: however | though | moreover | by \s+ contrast | in \s+ contrast | for \s+ now | in \s+ our \s+ view ) \s* , )?
    \s+ (?: (?: currently | yet | also ) \s+ )? not \s+ (?: (?: currently | yet ) \s+ )? expected
    (?P<rest> (?: \s+ (?: in | during | before | by | within | until | this | next | over | for | at ) \b [^;]* )? ) $""", _FLAGS)
#: ", with unemployment likely to stay above 6%": a noun phrase, "likely to" and its verb, no finite verb.
_ABSOLUTE = re.compile(r""",\s+ (?: with | and | while ) \s+ (?P<subject> (?! (?: it | this | that | which | who ) \b ) [\w’'&/.%-]+ (?: \s+ [\w’'&/.%-]+ ){0,5}? )
    \s+ (?P<adverb> (?: still | also | very | highly | quite ) \s+ )? (?P<form> likely | unlikely ) \s+ to \s+ (?P<rest> [a-z][^;]* ) $""", _FLAGS)
#: "Brazilians vote on 4 October, with a likely run-off on 25 October": an event named with its estimative adjective and
#: its time, in an absolute clause ("a likely X" alone, with no time, is too often a description to read).
_WITH_LIKELY = re.compile(r""",\s+ with \s+ (?: an? \s+ )? (?P<adverb> (?: very | highly ) \s+ )? (?P<form> likely | probable | possible | unlikely )
    \s+ (?P<event> (?: [\w’'-]+ \s+ ){0,3}? [\w’'-]+ ) (?P<time> \s+ (?: on | in | by | before | within | during | next | this | later ) \b [^,;]* ) $""",
                          _FLAGS)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did)\b", re.IGNORECASE)
#: "X is more likely than not to rise by at least one": the likelier outcome, said of a subject.
#: "... , because a weak El Niño looks more probable than not by mid-2027": the lean may sit in a reason clause after
#: a comma (the subordinator opens its subject), be said with "probable" and "looks / seems / appears", and judge an
#: event with only its time after it ("there will be a weak El Niño by mid-2027").
_THAN_NOT = re.compile(r"""^ \W* (?: [^;]*? , \s* (?: because | since | as | given \s+ that | and | but | while | whereas ) \s+ )?
    (?: (?: we | i ) \s+ (?: assess | judge | think | believe | estimate | reckon ) \s+ (?: that \s+ )? )?
    (?P<subject> (?! (?: it | this | that | which | what | there ) \b ) [^,;:]{3,160}? )
    \s+ (?: is | are | remains? | looks? | seems? | appears? ) \s+ (?: (?: still | also | now | slightly | somewhat ) \s+ )?
    more \s+ (?P<form> likely | probable ) \s+ than \s+ not
    (?: \s+ to \s+ (?P<rest> [a-z][^;]* ) | (?P<time> \s+ (?: by | in | before | within | during | over | until | through | this | next ) \b [^;]* ) ) $""", _FLAGS)
#: "For 2028, the ministry sees growth easing to 1.1%": a named body's view of a measure's path ("we see" is grammar.py's).
_BODY_SEES = re.compile(r"""^ (?: [^,]{0,60} , \s+ )? (?P<who> the \s+ (?-i:[a-z])[\w-]+ (?: \s+ (?-i:[a-z])[\w-]+ )?
        | (?-i:[A-Z])[\w’'-]+ (?: \s+ (?-i:[A-Z])[\w’'-]+ ){0,3} ) \s+ (?: now \s+ | still \s+ | also \s+ )? sees \s+
    (?P<subject> (?! (?: it | this | that | there | risks? | no | little | signs? ) \b ) [^,;]{2,60}? ) \s+ (?P<verb> [a-z]{2,} ) ing \b
    (?P<rest> [^;]* ) $""", _FLAGS)
_MEASURE = re.compile(r"\d\s?(?:%|per\s?cent|percent)|\b(?:to|at|above|below)\s+[\d$€£]", re.IGNORECASE)
#: "—small coalitions organized around a single issue—": an aside between dashes, which the grammar reads past.
_DASH_ASIDE = re.compile(r"\s*[—–]\s*[^—–;]{3,160}?\s*[—–]\s*|\s+-{1,2}\s+[^;-]{3,160}?\s+-{1,2}\s+")


def estimative_form(clause, again) -> Judgement | None:
    """The judgement of one of the forms above in ``clause``, else None; ``again`` reads a clause anew with the
    main grammar (for one read without its dash-enclosed aside)."""
    text = clause.text
    body = text.strip().rstrip(".")
    lowered = body.lower()
    if "expected" in lowered and " not " in lowered and (match := _NOT_EXPECTED.match(body)):
        # scored at the complement of the expectation, the question asked as "Will X?" (as "is not expected to" is)
        return Judgement(text, f"there will be {_lower_article(match.group('subject'))}{match.group('rest')}", "will",
                         "not expected", False, notes=('negative lead-in "not expected": scored at the complement',),
                         complement=True, reads_as=central_projection("expected"))
    if "likely to" in lowered and (", with " in lowered or ", and " in lowered or ", while " in lowered) \
            and (match := _ABSOLUTE.search(body)) and not _FINITE.search(match.group("subject")):
        adverb = (match.group("adverb") or "").strip().lower()
        phrase = f"highly {match.group('form').lower()}" if adverb in ("very", "highly") else match.group("form").lower()
        return Judgement(text, f"{match.group('subject')} will {match.group('rest').strip()}", phrase,
                         f"{adverb + ' ' if adverb else ''}{match.group('form')} to".strip(), False)
    if ", with " in lowered and (match := _WITH_LIKELY.search(body)):
        adverb, form = (match.group("adverb") or "").strip().lower(), match.group("form").lower()
        return Judgement(text, f"there will be a {match.group('event')}{match.group('time')}", f"highly {form}" if adverb and "likely" in form else form,
                         " ".join(match.group(0)[1:match.start("event") - match.start()].split()), False)
    if "than not" in lowered and (match := _THAN_NOT.match(body)):
        written = f"more {match.group('form').lower()} than not"
        if match.group("rest") is None:  # "a weak El Niño looks more probable than not by mid-2027": the event
            if _FINITE.search(match.group("subject")):
                return None
            return Judgement(text, f"there will be {_lower_article(match.group('subject'))}{match.group('time')}", "likely",
                             written, False)
        return Judgement(text, f"{match.group('subject')} will {match.group('rest').strip()}", "likely", written, False)
    if " sees " in lowered and (match := _BODY_SEES.match(body)) and _MEASURE.search(match.group("rest")):

        who = match.group("who")
        return Judgement(text, f"{match.group('subject')} will {base_form(match.group('verb'))}{match.group('rest')}",
                         "will", f"sees ... {match.group('verb')}ing", False, speaker=who,
                         notes=(f'"{who} sees": {who}\'s expectation, not the publisher\'s',),
                         reads_as=central_projection("expected"))
    if ("—" in body or "–" in body or " - " in body or " -- " in body) and (stripped := _DASH_ASIDE.sub(" ", text, count=1)) != text:
        found = again(replace(clause, text=stripped))
        return replace(found, clause=text) if found is not None else None
    return None


def _lower_article(subject: str) -> str:
    """"A military conflict" as "a military conflict" after "there will be"; a name keeps its capital."""
    first = subject.split()[0]
    return subject[0].lower() + subject[1:] if first.lower() in ("a", "an", "the", "any", "no") else subject


#: The authors' "does not exclude that X could ...": the hedge "it cannot be ruled out that X could ...".
#: Services write of their own view in the third person ("The Service does not exclude that ...", "We do not rule
#: out that ..."). Read literally the subject becomes the question's ("Will the Service does not exclude ..."), and
#: the hedge is lost; rewritten as the impersonal phrase the lexicon knows, the claim is X and the reading the
#: plain readers' "cannot be ruled out". Another actor's ("Moscow does not exclude that ...") stays a report.
_NOT_EXCLUDED = re.compile(r"""^(?P<lead>\W*(?:[^,]{0,60},\s+)?)(?P<subject>we|i|the\s+(?:service|agency|office|bureau|directorate|
    institute|committee|board|council|authors|police|centre|center)|(?:the\s+)?(?-i:[A-Z]{2,6}))\s+(?:also\s+|still\s+)?
    (?:does|do)\s+not\s+(?:exclude|rule\s+out)\s+(?:the\s+possibility\s+)?that\s+""", re.IGNORECASE | re.VERBOSE)


#: The same hedge on a named event, "(but) it does not exclude provocations around the vote", "we cannot rule out a
#: second wave": the object is the event ("provocations around the vote cannot be ruled out"). "it" is the body of the
#: clause before ("The Service considers X unlikely, but it does not exclude Y"); a pronoun or a bare determiner after the
#: verb ("does not exclude them / this / any") names no event, and "does not exclude foreign firms from" is a rule.
_NOT_EXCLUDED_EVENT = re.compile(r"""^(?P<lead>\W*(?:(?:but|and|yet|while|though|however),?\s+)?(?:[^,]{0,60},\s+)?)
    (?P<subject>we|i|it|the\s+(?:service|agency|office|bureau|directorate|institute|committee|board|council|authors|police|
    centre|center|report|assessment)|(?:the\s+)?(?-i:[A-Z]{2,6}))\s+(?:also\s+|still\s+|therefore\s+)?
    (?:(?:does|do)\s+not|cannot|can\s*not|can['’]t)\s+(?:completely\s+|entirely\s+|fully\s+)?(?:exclude|rule\s+out)\s+
    (?P<event>(?!(?:that|it|this|these|those|them|him|her|us|any|anything|everything|nothing|the\s+possibility|
    (?:any|all|some)\s+(?:of|such))\b)[\w’'-][^;:]{4,200}?)\s*[.!]?\s*$""", re.IGNORECASE | re.VERBOSE)
#: "does not exclude X from / as / on grounds": a rule of who is in or out, not a hedge on an event.
_RULE_AFTER = re.compile(r"\b(?:from|as\s+a|on\s+(?:the\s+)?grounds?)\b", re.IGNORECASE)


def not_excluded(text: str, authors: frozenset[str] = frozenset()) -> str:
    """``text`` with the authors' "X does not exclude that" put as "it cannot be ruled out that"."""
    if "exclude" not in text and "rule out" not in text:
        return text
    if (match := _NOT_EXCLUDED.match(text)) is None:
        return _event_not_excluded(text, authors)
    subject = re.sub(r"^the\s+", "", match.group("subject"), flags=re.IGNORECASE)
    if subject.isupper() and len(subject) > 1 and authors and subject not in authors:
        return text  # another body's acronym: its view, reported
    return f"{match.group('lead')}It cannot be ruled out that {text[match.end():]}"


def _event_not_excluded(text: str, authors: frozenset[str]) -> str:
    """``text`` with the authors' "X does not exclude EVENT" put as "EVENT cannot be ruled out", else as it is."""
    if (match := _NOT_EXCLUDED_EVENT.match(text)) is None or _RULE_AFTER.search(event := match.group("event")):
        return text
    subject = re.sub(r"^the\s+", "", match.group("subject"), flags=re.IGNORECASE)
    if subject.isupper() and len(subject) > 1 and authors and subject not in authors:
        return text  # another body's acronym: its view, reported
    return f"{match.group('lead')}{event[0].upper()}{event[1:]} cannot be ruled out."
