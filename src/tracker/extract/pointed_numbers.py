"""A writer's number that points back at its claim: "I have them at 70%", "I'm raising that to 65%", "I'm at
10%", and the claims such numbers point at: "X is possible but not my base case: I put it at 20%", "X strikes
me as a tail, not a base case. I'm at 10%", "I said 40% that X would ...; I'm raising that to 65%".

Newsletter forecasters name the claim once and then give, or revise, their number with a pronoun ("them",
"that") or with none at all. Such a number is claimless here; the pipeline scores the claim the sentence, or
the sentence before, names (``case_event``, ``said_claim``) or else the paragraph's last judgement. A list
item in headline grammar ("Republicans keep control of the Senate: 65%", "German coalition intact on 31 Dec:
65%") has no "will" and often no verb: ``listed_claim`` says it as a future.
"""

from __future__ import annotations

import re

from tracker.extract.event_claims import event_claim
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_P = r"(?P<p> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per\s?cent\b | percent\b )"
_APPROX = r"(?: (?: about | around | roughly | maybe | just | only ) \s+ )?"
_SELF = r"(?: I | we ) (?: ['’] (?: m | re | ll ) | \s+ (?: am | are | will ) )?"
#: Numbers with no claim of their own: "I have them at 70%", "we've got it at 35%", "I'm raising that to 65%",
#: "I'm at 10%." (the whole clause). "I had them at 70%" is an old number, not this one.
_CLAIMLESS = re.compile(r"""
    \b (?: I | we ) (?: ['’]ve (?: \s+ got )? | \s+ have (?: \s+ got )? | ['’]d \s+ have | \s+ would \s+ have )
        \s+ (?: them | it | this | that | him | her ) \s+ (?: at | on ) \s+ _APPROX _P
    | \b _SELF \s+ (?: now \s+ )? (?: rais | lift | bump | nudg | mov | lower | cutt | trimm | dropp | tak ) (?: e | es | ing )?
        \s+ (?: it | that | this | them | (?: my | our ) \s+ (?: number | forecast | estimate | probability ) ) \s+
        (?: (?: up | down | back ) \s+ )? to \s+ _APPROX _P
    | ^ \W* (?: (?: so | and | but ) \s+ )? _SELF \s+ (?: (?: now | still ) \s+ )? at \s+ _APPROX _P \W* $"""
    .replace("_APPROX", _APPROX).replace("_SELF", _SELF).replace("_P", _P.replace("?P<p>", "")), _FLAGS)
#: "I am cutting my forecast that X by the end of the year, from 50% to 30%": the number after "to" is the new one.
_REVISED = re.compile(rf"""\b (?: my | our ) \s+ (?: forecast | number | estimate | probability ) \s+ (?P<conn> that | for | on ) \s+
    (?P<claim> [^;]{{5,200}}? ) ,? \s+ from \s+ \d{{1,2}} (?: \.\d+ )? \s? % \s+ (?: (?: up | down ) \s+ )? to \s+ {_APPROX} {_P}""",
                      _FLAGS)
#: "X is possible but not my base case", "X strikes me as a tail, not a base case", "X is not our base case".
_CASE = re.compile(r"""^ \W* (?P<event> (?-i:[A-Z]) [^;:]{3,160}? ) \s+ (?: is | remains | strikes \s+ (?: me | us ) \s+ as | looks \s+ like )
    \s+ (?: [^,;:]{1,40}? ,? \s+ (?: (?: but | and | yet ) \s+ )? )? (?: not \s+ )? (?: a | an | our | my | the ) \s+
    (?: base | central | main | core ) \s+ (?: case | scenario ) \b""", _FLAGS)
#: "Democrats are favoured to win the House in November": a claim a later "I have them at 70%" scores.
_FAVOURED = re.compile(r"""^ \W* (?P<subject> (?-i:[A-Z]) [^,;:]{1,80}? ) \s+ (?: is | are ) \s+ (?: (?: heavily | strongly | narrowly
    | slightly | clearly ) \s+ )? (?: favou?red | tipped | poised ) \s+ to \s+ (?P<rest> (?-i:[a-z]) [^;:]+? ) \W* $""", _FLAGS)
#: "A spike above $90 before the end of the year would need a major supply shock, and the chance of that is small".
_WOULD_NEED = re.compile(r"""^ \W* (?P<event> (?-i:[A-Z]) [^,;:]{3,160}? ) \s+ would \s+ (?: need | require | take ) \b
    [^;:]*? , \s+ and \s+ (?: (?: we | i ) \s+ (?: think | judge | reckon | believe ) \s+ )? (?: the \s+ )? (?: chances? | odds
    | probability | likelihood ) \s+ of \s+ (?: that | this | it ) \b""", _FLAGS)
#: "In January I said 40% that X would still be intact ...; I'm raising that to 65%": the old number's claim.
_SAID = re.compile(rf"""\b (?: I | we ) \s+ (?: said | had | gave | put | was \s+ at | were \s+ at ) \s+ {_APPROX} \d{{1,2}} (?: \.\d+ )? \s? %
    \s+ (?P<conn> that | on | for ) \s+ (?P<claim> [^;]{{5,200}}? ) \s* [;,.]? \s* $""", _FLAGS)


def pointed_number(text: str) -> Judgement | None:
    """A number in the first person that points back or revises ("I have them at 70%": claimless, scored by
    the pipeline; "my forecast that X, from 50% to 30%": X at 30%), else None."""
    lowered = text.lower()
    if "%" not in text and "cent" not in text or not ("i " in lowered or "i'" in lowered or "i’" in lowered or "we" in lowered):
        return None  # every form is a writer's own number: most clauses, spared the patterns
    if " from " in lowered and (revised := _REVISED.search(text)):
        from tracker.extract.tense import as_future

        claim = revised.group("claim").strip(" ,")
        statement = as_future(claim, True) if revised.group("conn").lower() == "that" else event_claim(claim)
        if statement.startswith("it will turn out"):
            return None
        return Judgement(text, statement, "stated", f"{revised.group('p')}%", False, stated=float(revised.group("p")) / 100,
                         notes=("a revised number of the writer's: the one after \"to\" is the forecast",))
    if (match := _CLAIMLESS.search(text.strip())) is None:
        return None
    number = re.search(r"\d{1,2}(?:\.\d+)?(?=\s?(?:%|per\s?cent|percent))", match.group(0)).group(0)
    return Judgement(text, "", "stated", f"{number}%", False, stated=float(number) / 100)


#: "My probability that X is lower on 31 Dec is 80%, | and that it is at least 50bp lower, 35%": the elided second
#: "that" clause, its own claim; "it" is the first claim's subject.
_ELIDED_THAT = re.compile(r"^ \W* (?: and | but ) \s+ that \s+ (?P<claim> [^,;]{3,160}? ) \s* [,:] \s* (?: (?: about | around | roughly ) \s+ )?"
                          r"(?P<p> \d{1,2} (?: \.\d+ )? ) \s? (?: % | per\s?cent\b | percent\b ) \W* $", _FLAGS)
_FIRST_THAT = re.compile(r"\b (?: my | our ) \s+ (?: probability | number | forecast | estimate | odds ) \s+ that \s+"
                         r"(?P<subject> [^,;]{2,80}? ) \s+ (?: is | are | will | would ) \b (?! \s* (?: about \s+ )? \d )", _FLAGS)


def elided_that(text: str, before: str) -> Judgement | None:
    """The writer's second number in an elided "and that" clause ("..., and that it is at least 50bp lower, 35%"),
    its pronoun read as the subject of the first ("my probability that X is ..."); else None."""
    if "that" not in text or "that" not in before or (match := _ELIDED_THAT.match(text)) is None \
            or (first := _FIRST_THAT.search(before)) is None:
        return None
    from tracker.extract.tense import as_future

    claim = re.sub(r"^(?:it|they)\b", first.group("subject"), match.group("claim").strip(), count=1)
    statement = as_future(claim, True)
    if statement.startswith("it will turn out"):
        statement = listed_claim(claim) or statement  # "the Greens win outright": a plural subject's base verb
    probability = float(match.group("p")) / 100
    if statement.startswith("it will turn out") or not 0 < probability < 1:
        return None
    return Judgement(text, statement, "stated", f"{match.group('p')}%", False, stated=probability,
                     notes=('an elided "and that" clause: its own claim, "it" read as the first claim\'s subject',))


def case_event(before: str) -> str | None:
    """The claim a sentence, or the part of one before a claimless number, names as a case, a favourite or an
    old number: "X is possible but not my base case", "X are favoured to win Y", "I said 40% that X would"."""

    before = before.strip()
    if (" case" in before or " scenario" in before) and (case := _CASE.match(before)):
        event = case.group("event")  # "A formal ceasefire ...": a determiner loses its capital, a name keeps it
        return event_claim(event[0].lower() + event[1:] if event.split()[0].lower() in _DETERMINERS else event)
    if ("favo" in before or "tipped" in before or "poised" in before) and (favoured := _FAVOURED.match(before)):
        return f"{favoured.group('subject')} will {favoured.group('rest')}"
    if "%" in before and (said := _SAID.search(before)):
        from tracker.extract.tense import as_future

        claim = re.sub(r"\bwould\b", "will", said.group("claim").strip(" ,"), count=1)
        statement = as_future(claim, True) if said.group("conn").lower() == "that" else event_claim(claim)
        return None if statement.startswith("it will turn out") else statement
    return None


_DETERMINERS = frozenset({"a", "an", "the", "any", "some", "no"})


def needed_event(text: str) -> str | None:
    """The event a sentence says would need something before it gives the chance "of that" ("A spike above $90 would
    need a supply shock, and we think the chance of that is small"), as a claim; else None."""

    if " would " not in text or (needs := _WOULD_NEED.match(text)) is None:
        return None
    event = needs.group("event")
    return event_claim(event[0].lower() + event[1:] if event.split()[0].lower() in _DETERMINERS else event)
_STATE = frozenset("intact unchanged lower higher larger smaller bigger greater cheaper dearer stronger weaker".split())
_LEVEL = re.compile(r"^(?:above|below|over|under)$|^at\s+(?:least|most)$")
_FUNCTION = frozenset("""the a an of in on at by for to from with and or than as is are was were be been no not its their
    his her our my this that these those still also only more less most least""".split())


def listed_claim(claim: str) -> str | None:
    """A list item's claim in headline grammar as a future: "Republicans keep control of the Senate" -> "Republicans
    will keep ...", "German coalition intact on 31 Dec" -> "... will be intact ...", "Starmer still prime minister
    on 31 Dec" -> "Starmer will still be prime minister ..."; None when no predicate is found."""
    words = claim.split()
    for index in range(1, min(len(words), 8)):
        word, after = words[index].lower().strip(",;"), words[index + 1].lower() if index + 1 < len(words) else ""
        if word == "still" and index + 1 < len(words):
            return " ".join([*words[:index], "will still be", *words[index + 1:]])
        if word in _STATE or (_LEVEL.match(f"{word} {after}" if word == "at" else word)
                              and re.match(r"^(?:[\d$€£]|least|most)", after)):
            return " ".join([*words[:index], "will be", *words[index:]])
        if word in _FUNCTION or not word.isalpha():
            break  # the subject ends before a preposition: no state word stands in it
    # "Republicans keep control", "the Tories win": a plural subject, then a verb in its base form
    plural = re.match(r"^((?:the\s+)?[A-Z][\w’'-]*s)\s+([a-z]{2,})\s+(?:[a-z]|\d)", claim)
    if plural and plural.group(2) not in _FUNCTION and not re.search(r"(?:s|ed|ing|ly)$", plural.group(2)):
        return f"{plural.group(1)} will {claim[plural.end(1):].strip()}"
    return None
