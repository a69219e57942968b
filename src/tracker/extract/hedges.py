"""Hedged and denied judgements: lead-ins that deny the claim after them, and two estimative terms joined by
"but" ("less likely, but possible", "possible but not probable"), read at the weaker of the two."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.folding import folded
from tracker.extract.lexicon import Lexicon
from tracker.extract.records import Judgement

#: Lead-ins that deny the claim after them. "Not anticipated/expected" judges the claim improbable (kept,
#: scored at the complement); "no evidence/doubtful/unclear whether" judge nothing (dropped).
NEGATIVE_LEAD = re.compile(r"""
    \b(?:
        it \s+ is \s+ not \s+ (?: currently\s+ )?
            (?: anticipated | expected | foreseen | foreseeable | assumed ) \s+ that
      # "that" may be left out: "we do not think the link will reopen"
      | (?: we | i | the\s+\w+ ) \s+ (?: (?: do | does ) \s+ not | don['’]t | doesn['’]t ) \s+
            (?: anticipate | expect | foresee | assess | believe | think | judge | consider ) \b (?: \s+ that \b )?
      # "Few analysts believe X will": the prevailing view, that X will not (holders.py names it the consensus)
      | ^ \W* (?: few | very \s+ few | hardly \s+ anyone | nobody | no \s+ one ) (?: \s+ [\w-]+ ){0,2}? \s+
            (?: believe | believes | think | thinks | expect | expects | predict | predicts ) \s+ (?: that \s+ )?
      # the denial put first: "Nor does the Review assess that X is likely", "Neither do we expect that X will"
      | (?: nor | neither ) \s+ (?: do | does | did ) \s+ (?: we | i | the\s+\w+ ) \s+
            (?: anticipate | expect | foresee | assess | believe | think | judge | consider ) \b (?: \s+ that \b )?
      # "we are not convinced that X will", "the committee is not persuaded that X will": a doubt of the authors,
      # the claim kept and scored at the complement
      | (?: we | i | the\s+\w+ ) \s+ (?: am | are | is | remain | remains ) \s+ (?: not | far \s+ from ) \s+
            (?: (?: yet | entirely | fully | wholly | at\s+all ) \s+ )? (?: convinced | persuaded | satisfied ) \s+ that
      # "it is doubtful that X will": a judgement that X probably will not, read as "unlikely" of X
      | (?P<dubious> it \s+ is \s+ (?: (?: very | highly ) \s+ )? doubtful \s+ that )
      | (?P<doubt>
            there \s+ (?: is | are ) \s+ (?: no | little ) \s+
                (?: evidence | indication | sign | signs | reason\s+to\s+believe ) \s+ that
          # "the FIS does not have any specific evidence to suggest that X will": no judgement either way
          | (?: we | i | the\s+\w+ ) \s+ (?: do | does ) \s+ not \s+ have \s+ (?: any \s+ )? (?: \w+ \s+ )?
                (?: evidence | indications? | signs? ) \s+ (?: to \s+ (?: suggest | indicate | show ) \s+ )? that
          | it \s+ is \s+ (?: doubtful | unclear | uncertain | not\s+clear | questionable | not\s+certain | not\s+sure
                | by\s+no\s+means\s+certain | far\s+from\s+certain )
                \s+ (?: whether | that | if )
          | it \s+ remains \s+ to \s+ be \s+ (?: seen | observed ) \s+ (?: whether | if | how )
        )
    )\s*,?\s*""", re.IGNORECASE | re.VERBOSE)
#: A piece of every form of ``NEGATIVE_LEAD`` / ``_CONDITION``: a clause holding none (most) is spared the pattern.
_NEGATIVE_PIECES = ("not", "n't", "n’t", "doubtful", "there", "unclear", "uncertain", "questionable", "means", "far", "remains",
                    "nor", "neither", "few", "nobody", "no one", "anyone")
_CONDITION_PIECES = ("unless", "if", "provided", "long", "case", "should", "worst")
#: A condition the judgement is made under: its word and the rest of the clause.
_CONDITION = re.compile(r"\b(unless|if|provided that|as long as|in case of|(?<![a-z]\s)should(?!\s+(?:not\s+)?(?:\w+ly\s+)?(?:be|fall|rise|decline|increase|ease|slow|recover|remain|stay|return|reach|grow|continue|improve|rebound|moderate|stabili[sz]e)\b)|in\s+(?:a|the)\s+worst[- ]case(?:\s+scenario)?)\b(.*)$",
                        re.IGNORECASE | re.DOTALL)


def negative_lead(text: str) -> re.Match | None:
    """The lead-in of ``text`` that denies the claim after it (a match of ``NEGATIVE_LEAD``), or None."""
    lowered = folded(text)
    return NEGATIVE_LEAD.search(text) if any(piece in lowered for piece in _NEGATIVE_PIECES) else None


def condition(text: str) -> re.Match | None:
    """The condition ``text`` states ("unless X", "if X", "in a worst-case scenario"): groups word and rest, or None."""
    lowered = folded(text)
    return _CONDITION.search(text) if any(piece in lowered for piece in _CONDITION_PIECES) else None


#: "it's unlikely we'll see X": "that" left out after an impersonal "it is", the clause's subject right after it.
IT_IS_END = re.compile(r"\bit\s*(?:is|['’]s|was|seems|looks)\s+(?:\w+\s+)?$", re.IGNORECASE)
BARE_THAT = re.compile(r"^\s+((?:we|they|he|she|you|i|the|a|an|this|these|its|their)\b.*?(?:\bwill|\bwon['’]t|['’]ll)\b.+|"
                       r"(?:we|they|you|i)\s+[a-z]+(?<!ed)\b.+)$", re.IGNORECASE | re.DOTALL)
#: "it's unlikely we get to volume before February": a pronoun, a bare present, a time ahead: a future left unmarked.
PRESENT_AHEAD = re.compile(r"^(?:we|they|you|i)\s+(?!(?:are|were|was|have|had|did|do|know|think|need|want|see|feel|mean)\b)[a-z]+(?<!ed)\b"
                           r".*?\b(?:before|by|until|next|in\s+(?:20\d\d|(?-i:[A-Z])))\b", re.IGNORECASE | re.DOTALL)


#: "less likely, but possible", "possible but not probable", "unlikely but plausible": a concession between
#: two estimative words; the claim is no more probable than the weaker one.
_PAIR = re.compile(r"""
    \b(?P<first> (?: less | more | highly | very | quite )\s+ likely | likely | unlikely | possible | probable
        | improbable | plausible | conceivable )
    \s* ,? \s+ (?: but | though | yet | if ) \s+ (?: still \s+ | nonetheless \s+ )?
    (?P<not> not \s+ )? (?P<second> likely | unlikely | possible | probable | improbable | plausible | conceivable )\b
""", re.IGNORECASE | re.VERBOSE)
_PAIR_TAIL = re.compile(r",?\s+(?:but|though|yet)\s+(?:still\s+|nonetheless\s+)?(?:not\s+)?(?:likely|unlikely|possible|"
                        r"probable|improbable|plausible|conceivable)\b", re.IGNORECASE)
#: A term denied in the pair, as the term it amounts to.
_DENIED = {"likely": "unlikely", "probable": "improbable", "possible": "highly unlikely"}


def weakest_of_pair(text: str, judgement: Judgement, lexicon: Lexicon) -> Judgement | None:
    """``judgement`` read at the weaker term of a "X but Y" pair in ``text``, or None when there is no pair
    or the judgement already holds the weaker term."""
    if " but " not in text and " though " not in text and " yet " not in text:
        return None
    match = _PAIR.search(text)
    if match is None or judgement.stated is not None:
        return None
    second = match.group("second").lower()
    terms = [match.group("first").lower(), _DENIED.get(second, second) if match.group("not") else second]
    readings = [(reading.entry.probability, term) for term in terms if (reading := lexicon.read(term))]
    if not readings:
        return None
    weakest = min(readings)[1]
    current = lexicon.read(judgement.phrase)
    if current is not None and current.entry.probability <= min(readings)[0]:
        return None
    # "there will be an attack, but possible": the second term is no part of the claim
    statement = _PAIR_TAIL.sub("", judgement.statement)
    return replace(judgement, phrase=weakest, statement=statement, written=" ".join(match.group(0).split()),
                   notes=(*judgement.notes, f'"{" ".join(match.group(0).split())}": read at the weaker term, '
                                            f'"{weakest}"'))
