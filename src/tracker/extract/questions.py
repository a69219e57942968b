"""The question a draft asks, built from its claim's subject and verb: "Will the government survive the vote".

A claim arrives as the judgement wrote it, often with a lead-in ("we assess that"), an opening adverbial
("By the middle of the decade, ..."), a subordinate clause around it ("..., since criminals will ...") or
a predicative phrase ("X is likely to Y"). The question keeps the clause's own subject and puts the
verb phrase in its base form after "Will". A pronoun subject takes its antecedent from the text before
it when that text's subject makes it plain; otherwise the question says so in ``notes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.clause_openings import CLAUSE_SUBJECT as _CLAUSE_SUBJECT
from tracker.extract.clause_openings import PARENTHETICAL as _PARENTHETICAL
from tracker.extract.clause_openings import LABEL, PRONOUNS, antecedent, strip_opening
from tracker.extract.clause_openings import clause_of as _clause_of, segments as _segments
from tracker.extract.articles import definite_subject, indefinite_event, is_event_noun
from tracker.extract.casing import lower_first as _lower_first
from tracker.extract.question_verbs import adverb_first, continued_clause, gerund_clause
from tracker.extract.question_verbs import listed_clause, present_clause
from tracker.extract.question_main_clause import main_clause as _split
from tracker.extract.question_main_clause import _MODAL, _SECOND_MODAL  # noqa: F401 (re-exported: tests/extract/test_word_guards.py)
from tracker.extract.question_predicate import clean_predicate as _clean_predicate
from tracker.extract.question_relatives import displaced_object, object_relative
from tracker.extract.question_subject import FINITE as _FINITE, FRONTED as _FRONTED
from tracker.extract.question_subject import placed_subject, without_belief_lead

#: "it will be difficult to", "it will take years": "it" stands for nothing a reader could name.
_EXPLETIVE = re.compile(r"^(?:be\s+(?:\w+\s+){0,2}(?:to|that|for)\b|take\s|turn\s+out\s+that\b|become\s+(?:\w+\s+)?(?:to|that)\b)",
                        re.IGNORECASE)

#: ("that activity", "this competition", "that commitment": a demonstrative before a noun of an event or a stance.)
_REFERS_BACK = re.compile(r"\bsuch\s+(?!as\b)(?:an?\s+)?\w+|\b(?:this|these|those|that)\s+(?:(?!(?:the|a|an|its|their|his|her|our)\s)\w+\s+)?(?:trends?|developments?|situation|changes?|"
                          r"corrections?|shifts?|events?|scenarios?|threats?|moves?|process|patterns?|dynamics?|"
                          r"outcomes?|measures?|steps?|activity|activities|competition|commitments?|pressure|policy|"
                          r"calm|campaigns?|efforts?|plans?|approach|tensions?|programmes?|strategy|cooperation|"
                          r"rivalry|tendency|momentum|pace|practice)\b", re.IGNORECASE)
#: "(High)", "(Medium)": a confidence or likelihood grade in brackets, as prediction lists print them.
_CONFIDENCE = re.compile(r"\s*\((?:(?:very|fairly|relatively)\s+)?(?:high|medium|moderate|low)(?:\s+confidence)?\)",
                         re.IGNORECASE)

#: A claim whose "will" follows a colon: the clause after the colon is the claim; what is before it ended there.
#: The part after must be a clause of three words or more before its modal.
#: A quotation opening after the colon ("one of us put it so: “The army will ...") is the claim; its mark goes.
_AFTER_COLON = re.compile(r"^[^:]{3,}:\s+(?:[\"“‘](?P<quoted>(?:[\w’'-]+,?\s+){1,}(?:will|would|won['’]t)\b[^:\"”]*)[\"”]?|"
                          r"(?P<rest>(?:[\w’'-]+,?\s+){3,}(?:will|would|won['’]t)\b[^:]*))$")
#: Pronouns whose antecedent is a noun phrase; "this"/"that" usually stand for a whole event, so they stay flagged.
_RESOLVABLE = {"it": "singular", "they": "plural", "he": "person", "she": "person"}


@dataclass(frozen=True)
class Question:
    """A claim as a question: ``text`` ("Will X (not) Y"), its subject and base-form predicate."""

    text: str
    subject: str
    predicate: str
    negated: bool = False
    notes: tuple[str, ...] = ()


def build_question(claim: str, *, context: tuple[str, ...] = (), lowercase: frozenset[str] = frozenset(),
                   drop: tuple[str, ...] = ()) -> Question:
    """The question for ``claim``; ``context`` are the texts before it, nearest first (its sentence's
    opening, the previous sentence), read for a pronoun's antecedent; ``drop`` are words (the horizon)
    the due date says instead."""
    # Footnote markers ("infrastructure,[6]") are no part of the claim.
    claim = _FOOTNOTE_MARK.sub("", claim) if "[" in claim else claim
    # "(high confidence)": how sure the authors are, which the probability already says.
    claim = _CONFIDENCE.sub("", claim)
    claim = strip_opening(claim)
    claim = object_relative(claim) if ", which " in claim else displaced_object(claim) if "the " in claim else claim
    if claim.startswith("it will turn out that ") and (present := present_clause(claim[22:])):
        claim = f"{present[0]} will {present[1]}"  # a scenario in the present, wrapped by its reader: its own verb
    if ": " in claim and (after := _AFTER_COLON.match(claim)):
        claim = after.group("rest") or after.group("quoted")  # "... the regime's critics to all voters: becoming popular ... will bring"
    for words in drop:
        if words:
            claim = _opening_words(words).sub("", claim)
    found = _split(claim)
    if found is None:
        claim = re.sub(r"\s+(?:(?:very|highly|most)\s+)?(?:likely|probably|almost\s+certainly)\s+(?=[a-z])", " ",
                       _clean_predicate(claim, drop))
        claim = claim.lstrip(" ,;:")
        return Question(f"Will it turn out that {_lower_first(claim, lowercase)}", "", claim,
                        notes=("no subject and verb found: rephrase the question",))
    before, subject, predicate, negated = found[0], placed_subject(*found[:2]), *found[2:]  # "growth in Chile"
    if subject[:4].lower() == "the " and (second := _CORRELATIVE_HALF.match(subject)):
        # "..., the more impact its propaganda will have": the second half of a correlative, its object fronted
        subject, predicate = second.group("rest"), f"{predicate} {second.group('more')} {second.group('noun')}"
    predicate = _clean_predicate(predicate, drop)
    notes: list[str] = []
    candidates = (before, *context) if before else context
    if not subject:
        nearest = next((text for text in candidates if _CLAUSE_SUBJECT.match(_clause_of(text))), "")
        subject = antecedent(nearest, "any") or ""
        if subject:
            notes.append(f'the clause has no subject of its own: read as "{subject}" from the text before it')
        else:
            notes.append("the clause has no subject of its own: name what it is about")
            subject = "it"
    elif subject.lower() in PRONOUNS and (stays := _stays_so(predicate, candidates, subject.lower())):
        subject, predicate = stays  # "X is the largest employer, and we judge that it will stay so"
    elif subject.lower() in PRONOUNS:
        resolved = None
        if subject.lower() in _RESOLVABLE and not (subject.lower() == "it" and _EXPLETIVE.match(predicate)):
            # The nearest text with a subject decides; a farther one would be a guess.
            for text in candidates:
                if _CLAUSE_SUBJECT.match(_clause_of(text)) or LABEL.match(text.strip()):
                    resolved = antecedent(text, _RESOLVABLE[subject.lower()])
                    break
        if resolved:
            notes.append(f'pronoun subject "{subject.lower()}" read as "{resolved}" from the text before it: check it')
            subject = resolved
        elif not (subject.lower() == "it" and _EXPLETIVE.match(predicate)):
            notes.append(f'subject is the pronoun "{subject.lower()}": name what it stands for')
    subject_text = "there" if subject.lower() == "there" else definite_subject(_lower_first(subject, lowercase), lowercase)
    if subject_text == "there" and predicate.startswith("be ") and (
            (clause := gerund_clause(predicate[3:])) or (clause := listed_clause(predicate[3:]))):
        # "there be the bank cutting rates" (a chance on it), "there be The index ends up" (a line): its own subject
        subject_text, predicate = definite_subject(_lower_first(clause[0], lowercase), lowercase), clause[1]
    predicate = adverb_first(predicate) if predicate[:3] == "be " else predicate  # "be still president"
    if subject_text == "there":
        predicate = _there_predicate(predicate)
        predicate = re.sub(r"^(be\s+)([A-Z][a-z]*)\b",
                           lambda m: m.group(1) + (m.group(2).lower() if m.group(2).lower() in lowercase
                                                   or is_event_noun(m.group(2)) or m.group(2) in _DETERMINER_WORDS
                                                   else m.group(2)),
                           predicate)
        if re.match(r"be [A-Z][a-z]", predicate):
            # "be Evacuations of ...", "be Sustained human-to-human transmission": a word capitalised only where a
            # line or cell starts is an ordinary word (casing.lower_first keeps names: "be Suez ...")
            predicate = "be " + _lower_first(predicate[3:], lowercase)
        predicate = indefinite_event(predicate, lowercase)
        if (whose := _WHOSE_EVENT.match(predicate)) and not notes:
            # "Will there be their collapse": whose collapse is in the text before, not in the question
            notes.append(f'the question says "{whose.group(1)}": name whose')
    text = f"Will {subject_text}{' not' if negated else ''} {predicate}".rstrip()
    if (" it" in predicate or " them" in predicate) and (held := _OBJECT_PRONOUN.search(predicate)) \
            and held.start() < len(" ".join(predicate.split()[:4])):
        # "follow it with more raids", "boycott them": what the object of the verb stands for is in the text before
        # (later in the predicate, "the networks that support it", the antecedent is usually in the question)
        notes.append(f'the question says "{held.group(0)}": name what it stands for')
    if voice := _SPEAKER.search(text):
        # "Will we hire", "in our portfolio": the document's own voice; a stranger reading the question cannot tell who
        notes.append(f'the question speaks as "{voice.group(0)}": name who that is')
    if "," in text or ";" in text or ":" in text:  # what the pattern closes up: most questions have none of them
        text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    if not notes and (back := _REFERS_BACK.search(f"{subject_text} {predicate}")):
        # "this trend", "such a correction": what it stands for is in an earlier sentence, not in the question
        notes.append(f'"{back.group(0)}" refers to something stated before: name it in the question')
    return Question(text, subject_text, predicate, negated, tuple(notes))


def _stays_so(predicate: str, candidates: tuple[str, ...], pronoun: str) -> tuple[str, str] | None:
    """ ``(subject, predicate)`` for "it will remain so" or "this is expected to continue" after a clause that says
    what goes on ("X remains Y", "X continues to Y"); the nearest text before the claim decides."""
    so = _SO.match(predicate)
    # ("it will continue" is the thing going on, "this will continue" the situation: only the latter is the clause's)
    if not candidates or not (so or pronoun in ("this", "that") and predicate in ("continue", "persist", "continue to do so")):
        return None
    # "X remains Y, and " before the claim; a bare lead-in ("We expect ") is the claim's own opening, not the clause
    text = next((t for t in candidates if len(t.split()) > 3), "")
    text = re.sub(r"[\s,;]+(?:(?:and|but|so)\s*)?$", "", text)
    clause = _clause_of(text) or text.rsplit(". ", 1)[-1]  # (a subject opening "Organised ..." reads as an adverbial)
    found = _CLAUSE_SUBJECT.match(clause)
    verb = found.group("verb").lower() if found else ""
    if not so and verb not in ("is", "are", "remains", "remain", "stays", "stay", "continues", "continue"):
        return continued_clause(clause)  # "The regime uses proxies abroad. This is expected to continue."
    complement = clause[found.end():].strip(" ,;.") if found else ""
    if not complement or found.group("np").lower() in PRONOUNS:
        return None
    if verb in ("is", "are", "remains", "remain", "stays", "stay"):
        return found.group("np"), f"remain {complement} {so.group('rest') if so else ''}".strip()
    # "Young people continue to be drawn in, and this is expected to continue": the clause goes on
    return (found.group("np"), f"continue {complement}") if verb in ("continues", "continue") and not so else None


#: An object pronoun before a preposition or at the end: "follow it with raids", "boycott them" (not "make it
#: harder", where "it" stands for what follows).
_OBJECT_PRONOUN = re.compile(r"(?<=\s)(?:it|them)\b(?=\s+(?:with|to|in|on|at|by|from|into|over|as|for|again)\b|\s*$)")
_SO = re.compile(r"^(?:remain|stay|continue\s+to\s+be|be)\s+so\b\s*(?P<rest>.*)$")
#: The document's own voice in a question (lower-case "us": "US" is a country).
_SPEAKER = re.compile(r"(?=[wWoOuImM])(?:\b(?i:we|our|ours)\b|\bus\b|\bI\b|\b(?i:my)\b)")  # first letters: test_word_guards


def _there_predicate(predicate: str) -> str:
    """ "be however, a leap", "be In a situation where X, protests": the noun after "be" comes first."""
    if not predicate.startswith("be "):
        return predicate
    body = without_belief_lead(predicate[3:])  # "be but he and other experts warn that more flooding"
    segments = _segments(body)
    while len(segments) > 1 and (_PARENTHETICAL.match(segments[0]) or _FRONTED.match(segments[0])):
        segments.pop(0)
    # "be We doubt it for A, where another coup": a clause is no event; the event is the relative's noun phrase
    if len(segments) > 1 and segments[-1][:6] == "where " and _FINITE.search(f" {segments[0]} "):
        segments = [segments[-1][6:]]
    body = ", ".join(segments)
    body = re.sub(r"^(A|An|The)\b", lambda m: m.group(1).lower(), body)
    # "there will be the cases of X": an existential "there" takes no definite plural ("be cases of X").
    body = re.sub(r"^the\s+(?=[a-z]+s\s+(?:of|in|on|at|for|with|by|against)\b)", "", body)
    return f"be {body}"


#: Determiners capitalised only because a headline or a table cell opened with them: "there be Another shutdown".
_DETERMINER_WORDS = {"Another", "Further", "Some", "Several", "Many", "More", "No", "New", "Renewed", "Additional"}
#: The fronted object of a correlative's second half: "the more impact [its propaganda] will have".
_CORRELATIVE_HALF = re.compile(r"the\s+(?P<more>more|less|fewer|greater)\s+(?P<noun>[a-z]+)\s+"
                               r"(?P<rest>(?:its|their|the|his|her|our|this|these|those)\s.+)$", re.IGNORECASE)
_WHOSE_EVENT = re.compile(r"be\s+(their|its|his|her)\s")
_FOOTNOTE_MARK = re.compile(r"\s*\[\d+\]")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:])")


@lru_cache(maxsize=256)
def _opening_words(words: str) -> re.Pattern[str]:
    """The horizon's words opening a claim ("In 2025, ..."), which the due date says instead."""
    # whole words only: "the election" does not open "the elections will take place"
    return re.compile(rf"^(?:in|by|during|over|within|until|from|for)?\s*{re.escape(words)}(?![\w-])\s*,?\s*", re.IGNORECASE)
