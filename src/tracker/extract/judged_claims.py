"""The claim an estimative phrase judges, read from the words around the phrase.

Once ``judgements._estimative`` has found a phrase ("likely", "almost certainly", "is unlikely to"), the claim is what
it judges: the "that" clause after it ("it is likely that X will A"), the subject and verb around it ("X is unlikely to
A", "X will probably A", "Y are unlikely"), or an intention it estimates ("X very likely intends to A"). A phrase about
the past or the present ("was likely", "is unlikely to coincide with the statistics") judges no future claim: None.
"""

from __future__ import annotations

import re

from tracker.extract.claim_tense import FUTURE_CUES as _FUTURE_CUES, TENSE as _TENSE, is_future_claim
from tracker.extract.clauses import Clause
from tracker.extract.hedges import BARE_THAT as _BARE_THAT, IT_IS_END as _IT_IS_END, PRESENT_AHEAD
from tracker.extract.phrase_shapes import INTENT_AFTER as _INTENT_AFTER, STATIVE as _STATIVE, past_would, seen_as_claim
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL
#: The modal of a plain future (read here and by ``judgements._unqualified``).
MODAL = r"(?:will|won['’]t|shall|['’]ll)"
#: "will not only A but also B" affirms A: the "not" of "not only" is no negation.
NOT = r"not\b(?!\s+only\b)"
# "is seen as / regarded as / considered likely": the copula of a judgement passed on to the reader
_COPULA_END = re.compile(r"\b(?:is|are|be|being|remains?|seems?|appears?|looks?)\s+(?:(?:also|still|thus|therefore|"
                         r"now|increasingly|not|quite|very|most|more|less|even|only|highly|widely|generally|far|much|somewhat|slightly)\s+)*"
                         r"(?:(?:seen|regarded|considered|viewed|judged|assessed|rated)\s+(?:as\s+)?)?$", _FLAGS)
#: "is an even prospect", "remains a near certainty": the article before a term that ends the noun phrase itself (the
#: phrase followed by the end, not by a noun: "a likely winner" describes the winner).
_ARTICLE_END = re.compile(r"(?<=\s)an?\s+$", _FLAGS)
#: The noun phrase ends with the term: the sentence ends ("is an even prospect."), not "a possible, but unclear outcome".
#: (a clause cut at ", but" after "is a possible" ends with nothing: the sentence's own stop is needed)
_NOUN_END = re.compile(r"^[*_’'\"”\s]{0,3}(?:[.;!)]|\s+(?:in|by|before|within|over|during|this|next)\b)", _FLAGS)
_PAST_COPULA_END = re.compile(r"\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?$", _FLAGS)
_MODAL_AFTER = re.compile(rf"^\s*,?\s*({MODAL}|would)\b(\s+{NOT}|\s+never\b)?", _FLAGS)
#: "will (also / therefore / most) probably", "would likely": the modal, adverbs between, then the phrase.
_WILL_BEFORE = re.compile(rf"\b(?:{MODAL}|would)\s+(?:(?:also|therefore|thus|hence|still|then|now|most|however|"
                          r"consequently|nevertheless)\s+)*$", _FLAGS)
#: "It is possible, though not our expectation, that X": a concessive aside ("though / although / if not ...") between
#: the phrase and its that-clause qualifies the phrase; the that-clause is still what it judges.
_THAT_AFTER = re.compile(r"^\s*,?\s*(?:(?:however|though|nevertheless|nonetheless|therefore|also|still|in\s+our\s+view|"
                         r"(?:though|although|albeit|if)\s+not\s+[^,;:]{2,40}?)"
                         r",?\s*)?that,?\s+(.+)$", _FLAGS)
# "is likely to have happened" judges the past, unless a deadline ahead makes it a future perfect ("... by 2028").
_TO_AFTER = re.compile(r"^\s+to\s+(?!(?:me|us|you|him|her|them)\b)(?!(?:have\s+been\b|have\s+\w+ed\b)(?!.*\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b))(\w+.*)$",
                       _FLAGS)
#: What may follow a predicative phrase standing alone: the end, punctuation, a dash, a time or condition.
PREDICATIVE_AFTER = re.compile(r"^\s*(?:$|[,.;:!)–—]|-\s|to\s+(?:me|us)\b|"
                               # "is possible but not likely": the pair is read at its weaker term (hedges)
                               r"(?:but|though|yet)\s+(?:not\s+)?(?:yet\s+)?(?:the\s+most\s+)?(?:likely|unlikely|possible|probable|improbable)\b|"
                               r"\s(?:in|during|before|until|by|within|over|for|at|unless|if|"
                               r"as|while|when|after|under|without|even|at least|due to|because|given|despite|"
                               # "cuts are likely later this year / again / soon / from 2027 / through 2028"
                               r"later|soon|again|from|through|throughout|into|towards?|beyond|around|ahead|once|amid|according\s+to|"
                               r"(?:this|next)\s+(?:year|month|week|decade|winter|summer|spring|autumn))\b)", _FLAGS)
SUBORDINATOR = re.compile(r"^\s*(?:although|though|even though|while|whilst|whereas|since|as|because)\s+", _FLAGS)
#: A subordinate clause opening the sentence before its subject: "As long as X, ", "Since X, ".
LEADING_CLAUSE = re.compile(r"^(?:as long as|so long as|since|as|because|given that|if|unless|when|once|until|"
                            r"although|though|even though|while|whereas)\s[^,]{3,260},\s*", _FLAGS)
_CONCESSIVE = re.compile(r"^(?:although|though|even though|while|whilst|whereas)\b[^,]*,\s*", _FLAGS)


def judged_claim(clause: Clause, before: str, after: str) -> str | None:
    """The claim an estimative phrase judges, when the phrase is a judgement about the future."""
    if ((that := _THAT_AFTER.match(after)) or (_IT_IS_END.search(before) and (that := _BARE_THAT.match(after)))) and (is_future_claim(_CONCESSIVE.sub("", that.group(1))) or PRESENT_AHEAD.match(that.group(1))):
        # "likely that although X will ..., Y will ...": the judgement is about Y; a claim in the present with
        # a time ahead ("that one supplier exits the market this winter") is put in the future by its verb ("'ll": "will").
        claim = re.sub(r"(?<=[A-Za-z])['’]ll\b", " will", _CONCESSIVE.sub("", that.group(1))).strip()
        if not _TENSE.search(claim.split(": ", 1)[0]):
            claim = claim.split(": ", 1)[0]  # a present action, its reason after the colon left out
        return claim if _TENSE.search(claim) else as_future(claim, True)
    if seen := seen_as_claim(before, after):
        return seen  # "we see a ceasefire agreed by March as unlikely": the event seen
    subject = (clause.subject + " " if clause.subject else "") + before
    if _PAST_COPULA_END.search(before):
        return None
    if re.fullmatch(r"[\W\d]*", before) and (fronted := re.match(r"^\s*,\s*(.+)$", after, _FLAGS)) and is_future_claim(fronted.group(1)):
        # "With low probability, cyber attacks will succeed": the phrase fronted as an adverbial judges the clause
        return fronted.group(1).strip()
    if (to := _TO_AFTER.match(after)) and _COPULA_END.search(before):
        if _STATIVE.match(to.group(1)) and not _FUTURE_CUES.search(after) and not re.search(r"\b20\d\d\b", after):
            return None  # "this survey is unlikely to coincide with the statistics": a present state judged
        return f"{_COPULA_END.sub('', subject).strip()} will {to.group(1).strip()}"
    if (intent := _INTENT_AFTER.match(after)) and before.strip() and not _COPULA_END.search(before):
        # "X very likely intends to A": an estimate of an intention is a judgement about what X will do.
        return f"{subject.strip()} {intent.group(1)}"
    if ((modal := _MODAL_AFTER.match(after)) or _WILL_BEFORE.search(before)) and not past_would(before, clause.before, clause.text):
        rest = after[modal.end():] if modal else after
        # "probably won't see": "will not"; "and will likely exceed X": the subject is found before it
        will = "will not" if modal and (modal.group(2) or modal.group(1).lower().startswith("won")) else "will"
        core = _WILL_BEFORE.sub("", subject).strip()
        return f"{core} {will} {rest.strip()}".strip() if core or clause.coordinated else None
    if " a" in before[-4:] and _NOUN_END.match(after) and _COPULA_END.search(noun := _ARTICLE_END.sub("", before)):
        before, subject = noun, _ARTICLE_END.sub("", subject)  # "X is an even prospect.": a term that is a noun, the predicate
    if _COPULA_END.search(before) and PREDICATIVE_AFTER.match(after):
        # "As long as X, Y are unlikely": the judgement is about Y; the condition goes to the notes.
        stripped = _COPULA_END.sub("", subject).strip()
        core = (LEADING_CLAUSE.sub("", stripped) if LEADING_CLAUSE.match(stripped)
                else SUBORDINATOR.sub("", stripped)).strip()
        # "Famine would be possible": the modal of the copula is no part of the event; "Most members judged that
        # a cut is likely": the event is what they judged
        core = _JUDGED_THAT.sub("", re.sub(r"\s+(?:would|could|might|may|will)$", "", core))
        # "I would say the chance of an approval by 2030 is better than even": the event is what the chance is of
        core = _CHANCE_OF.sub("", _SAY.sub("", core))
        after = re.sub(r"^\s+to\s+(?:me|us)\b", "", after)  # "looks unlikely to me": whose view, no part of the claim
        if core and core.lower().split()[-1] not in ("it", "this", "that", "which", "what"):
            after = re.sub(r"\s+(?:due|owing|according)\s+to\b.*$", "", after, flags=_FLAGS)  # "unlikely due to Y": Y is the judgement's
            if core.lower().startswith("whether "):  # "Whether the bill passes looks unlikely": the clause is the event
                return as_future(core[8:] + after.rstrip('.'), True)
            return f"there will be {core}{after.rstrip('.')}"
    return None


_SAY = re.compile(r"^(?:i|we|(?:most|some|many|the\s+rest)\s+of\s+(?:us|our\s+\w+)|our\s+\w+)\s+(?:would\s+|['’]d\s+)?(?:say|think|believe|reckon)\s+(?:that\s+)?", _FLAGS)
_CHANCE_OF = re.compile(r"^(?:the|our|my)\s+(?:chances?|probability|likelihood|odds)\s+(?:of|that)\s+", _FLAGS)
_JUDGED_THAT = re.compile(r"^.*?\b(?:judged?|judges|assess(?:es|ed)?|believes?|believed|thinks?|thought|considers?|"
                          r"considered|agreed)\s+that\s+", _FLAGS)
