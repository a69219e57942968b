"""Draft resolution criteria that name the subject, the claim and the date.

"Resolves YES if the government survives the no-confidence vote by 31 March 2027, as reported by ...":
the question's base-form predicate is put in the present tense, agreeing with its subject.
"""

from __future__ import annotations

import re

from tracker.extract.questions import Question

_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}


def criteria(question: Question, due: str) -> str:
    """Draft criteria naming the subject, the claim and the date: "Resolves YES if X survives ... by D"."""
    claim = f"{question.subject} {_present(question)}".strip() if question.subject else question.predicate
    if " ," in claim:
        claim = _SPACE_BEFORE_COMMA.sub(",", claim)  # "in Poland , above all": a space where words were cut
    when = f"at any time up to {due}" if question.negated else f"by {due}"
    return (f"Resolves YES if {claim} {when}, as reported by official statements or reputable news reporting; "
            "NO otherwise. (Draft: name the evidence that decides it.)")


# Compiled once: each is used for every draft, and a pattern given as a string pays a cache look-up per call.
_LEADING_ADVERBS = re.compile(r"(?:(?:[a-z]+ly|only|also|still|again|even|further)\s+)*")
_ES_ENDING = re.compile(r"(?:s|sh|ch|x|z|o)$")
_Y_ENDING = re.compile(r"[^aeiou]y$")
_AND = re.compile(r"\band\b")
_SPACE_BEFORE_COMMA = re.compile(r"\s+,")
_MARK_AFTER_VERB = re.compile(r"^([^\s,;:]+)([,;:])\s")
_HEAD_END = re.compile(r"\s+(?:of|in|on|for|with|from|to|at|by|between|against|that|which|who)\s+")


def _present(question: Question) -> str:
    """The predicate in the present tense, agreeing with the subject ("survives", "do not survive")."""
    # "gradually diminish" -> "gradually diminishes": adverbs before the verb stay where they are.
    adverbs = _LEADING_ADVERBS.match(question.predicate).group(0)
    if adverbs and adverbs != question.predicate and not question.negated:
        inner = Question(question.text, question.subject, question.predicate[len(adverbs):])
        present = _present(inner)
        if inner.predicate.startswith("be "):  # "is only weaker", not "only is weaker"
            copula, _, rest = present.partition(" ")
            return f"{copula} {adverbs}{rest}"
        return f"{adverbs}{present}"
    # "close, two years late": the mark after the verb is no part of it (the caller closes the space up again)
    verb, _, rest = (_MARK_AFTER_VERB.sub(r"\1 \2 ", question.predicate) if question.predicate[:40].find(",") > 0
                     or ";" in question.predicate[:40] else question.predicate).partition(" ")
    singular = _singular(question.subject, rest if question.subject.lower() == "there" else "")
    if question.negated:
        aux = ("is" if singular else "are") if verb == "be" else ("does" if singular else "do")
        return f"{aux} not {rest}" if verb == "be" else f"{aux} not {question.predicate}"
    if verb == "be":
        return f"{'is' if singular else 'are'} {rest}".strip()
    if not singular:
        return question.predicate
    if verb in _IRREGULAR:
        inflected = _IRREGULAR[verb]
    elif _ES_ENDING.search(verb):
        inflected = verb + "es"
    elif _Y_ENDING.search(verb):
        inflected = verb[:-1] + "ies"
    else:
        inflected = verb + "s"
    return f"{inflected} {rest}".strip()


def _singular(subject: str, there_noun: str = "") -> bool:
    words = (there_noun or subject).lower()
    if words in ("they", "these", "those", "we", "you", "i") or _AND.search(words.split(" of ")[0]):
        return False
    head = _HEAD_END.split(words, maxsplit=1)[0].split()
    head_word = head[-1] if head else ""
    if there_noun:
        head_word = head[0] if head and head[0] not in ("further", "more", "new", "many", "several", "a", "an",
                                                         "no", "some") else (head[1] if len(head) > 1 else "")
        if words.startswith(("a ", "an ")):
            return True
    if head_word in _PLURAL_NOUNS:
        return False  # "young people continue", "the police remain"
    return not (head_word.endswith("s") and not head_word.endswith(("ss", "us", "is", "’s", "'s")))


#: Plural nouns with no "-s": they take the base form ("young people continue", "the police remain").
_PLURAL_NOUNS = {"people", "children", "men", "women", "police", "cattle", "clergy", "personnel", "peoples", "mice",
                 "geese", "feet", "teeth"}
