"""A claim's polarity and its speaker's point of view, put as the question about the world asks them.

Two forms of English put the judged event out of the grammar's plain reach:

- a negative quantifier as subject: "Neither army is likely to mount an offensive", "No party is likely to win a
  majority". The judgement is that the event (any army mounting an
  offensive) will not happen; the question asks the event ("Will either army mount an offensive?") and is scored
  at the complement, as a denied claim is elsewhere. Read as written ("Will neither army mount ...?" at 75%) the
  question asks a non-event that readers and resolvers take the other way round.
- the observer's "see": "we will see more attack plots", "I do not think we will see the number of attacks fall".
  The speaker's seeing is no part of the event: "we will see more X" is "there will be more X", and "we will see X
  fall" is "X will fall". The question then names no "we" that a reader must resolve.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE
#: "Neither army", "No party", "Nobody", "No one": the quantifier and what takes its place.
#: "No later than", "no more than", "no longer": comparatives, not quantifiers of the subject.
#: "None of the juntas": "Will none of the juntas hand power?" is a question English asks as it stands (and labellers
#: read it that way), so it stays; "Will neither army ...", "Will no party ..." are not, so those turn.
_NEGATIVE_SUBJECT = re.compile(r"^(?P<q>neither|nobody|no\s+one|no)\b(?P<rest>(?!\s+(?:later|sooner|earlier|more|less|fewer|"
                               r"longer|doubt|matter|wonder)\b).*?)\s+will\s+(?!not\b|never\b)(?P<verb>[a-z]+)", _FLAGS)
_AFFIRMED = {"neither": "either", "nobody": "anybody", "no one": "anyone", "no": "any"}


def affirmed_subject(statement: str) -> str | None:
    """``statement`` with its negative subject made affirmative ("neither army will mount X" -> "either army will
    mount X"), or None when the subject is no negative quantifier."""
    if statement[:1] not in "Nn" or (match := _NEGATIVE_SUBJECT.match(statement.strip())) is None:
        return None
    quantifier = " ".join(match.group("q").lower().split())
    if quantifier == "no" and not match.group("rest").strip():
        return None  # "No will ...": no subject after the quantifier
    return _AFFIRMED[quantifier] + statement.strip()[match.end("q"):]


#: "we will see", "we'll (almost certainly) see": the observer seeing; the adverbs between are the judgement's.
_SEE = re.compile(r"^\W*(?P<who>we|i|you|they|one|people|investors|markets)(?P<modal>\s+will|['’]ll|\s+shall)\s+(?P<neg>not\s+|never\s+)?"
                  r"(?:(?:\w+ly|also|still|then)\s+)*see\s+(?P<object>.+)$", _FLAGS)
#: What is seen more, less or again: "more attack plots", "fewer strikes", "a rise in rates", "further cuts".
_AMOUNT = re.compile(r"^(?:more|fewer|less|further|another|renewed|continued|increased|higher|lower|an?\s+"
                     r"(?:\w+\s+){0,2}(?:rise|fall|increase|decrease|decline|drop|surge|jump|spike|wave|return|recovery|"
                     r"rebound|slowdown|pick-?up|upturn|downturn)\b)", _FLAGS)
#: A change or state the seen subject undergoes, in the bare form after "see X": "see the number of attacks fall".
_CHANGE = re.compile(r"\s(?P<verb>rise|fall|grow|increase|decrease|decline|drop|climb|ease|slow|recover|rebound|return|"
                     r"continue|remain|stay|peak|shrink|double|halve|collapse|improve|worsen|stabili[sz]e|emerge|"
                     r"disappear|end|resume|surge|soar|plunge|fail|default|close|exit|leave|quit|win|lose|pick\s+up|come\s+down|go\s+up)\b", _FLAGS)


def seen_claim(statement: str) -> str | None:
    """The event "we will see" names, as a claim ("there will be more X", "X will fall"), or None."""
    if " see " not in statement or (match := _SEE.match(statement)) is None:
        return None
    seen, will = match.group("object").strip(), "will not" if match.group("neg") else "will"
    amount, change = _AMOUNT.match(seen), _CHANGE.search(seen)
    if amount and (change is None or change.start() < amount.end()):
        return f"there {will} be {seen}"  # "a rise in defaults": the change is the noun seen, not a verb of it
    if change and 1 <= len(seen[:change.start()].split()) <= 10 and \
            not re.search(r"\b(?:that|which|who|if|whether|how|what|when|where|why)\b", seen[:change.start()], _FLAGS):
        return f"{seen[:change.start()].strip()} {will} {seen[change.start():].strip()}"
    return f"there {will} be {seen}" if amount else None


#: "Not everyone is convinced the run will last", "Few analysts are sure that the rally can hold", "Others are less
#: certain X will": somebody's doubt reported about X. It judges nothing confidently: the "will" inside is the
#: doubted claim, not the authors' forecast, and the doubt gives no probability to score.
_DOUBTED = re.compile(r"^\W*(?:not\s+(?:every(?:one|body)|all|many|every\s+\w+)|few|fewer|others|some|many|not\s+\w+)\b"
                      r"[^,;:]{0,60}?\b(?:is|are|was|were|remain|remains|seem|seems)\s+(?:(?:yet|so|as|less|more|quite|"
                      r"entirely|fully|all\s+that|too)\s+)*(?:convinced|sure|certain|persuaded)\b"
                      # "Some investors remain unconvinced that X", "many are sceptical": others' doubt, whoever holds it
                      r"|^\W*(?!(?:and|but|so|yet)\b)(?!(?:we|i|it|this|that|there)\b)[^,;:]{2,60}?(?<!\bit)(?<!\bthis)(?<!\bthat)(?<!\bthere)\s+(?:is|are|was|were|remains?|seems?|stays?)\s+(?:(?:still|also|deeply|"
                      r"increasingly|rather|somewhat|quite)\s+)*(?:unconvinced|unsure|sceptical|skeptical|doubtful)\s+(?:that|whether)\b",
                      _FLAGS)


def doubted(text: str) -> bool:
    """Whether ``text`` reports others' doubt about its claim ("Not everyone is convinced the run will last")."""
    lowered = text.lower()
    return any(word in lowered for word in ("convinced", " sure ", " certain ", "persuaded", "scepti", "skepti", "doubtful", "unsure")) \
        and bool(_DOUBTED.match(text))


#: "HOLDER judges / considers / thinks / deems / believes / finds / reckons it PHRASE that X will": the phrase between
#: "it" and "that" judges X; the "will" of X is no judgement of its own (read at .9 it turns "unlikely" into "will").
_JUDGED_IT_THAT = re.compile(r"\b(?:judges?|judged|considers?|considered|thinks?|thought|deems?|deemed|believes?|believed"
                             r"|finds?|found|reckons?|reckoned|assess(?:es|ed)?|views?|viewed|regards?|regarded)\s+it\s+"
                             r"(?P<phrase>(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s*,?\s+that\b", _FLAGS)


def judged_it_phrase(before: str) -> str | None:
    """The phrase of "judges it PHRASE that" ending ``before`` (the words ahead of a "will"), else None."""
    if " it " not in before or "that" not in before:
        return None
    found = None
    for found in _JUDGED_IT_THAT.finditer(before):
        pass
    return found.group("phrase") if found else None
