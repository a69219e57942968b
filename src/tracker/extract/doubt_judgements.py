"""Judgements whose claim is a clause of doubt or an open question: "We are sceptical that X", "Whether X is a coin flip".

Two forms of English judge a claim without putting it as the subject of an estimative word:

- the authors' adjective of belief: "We are sceptical / doubtful that the cartel holds past February", "I remain
  unconvinced that X": the authors doubt X, a low probability of X ("unlikely"). Others' doubt ("Not everyone is
  convinced X", "some investors are sceptical") reports a view and judges nothing (``claim_polarity.doubted``).
- a subject clause with "whether": "Whether India overtakes Japan in 2027 is roughly even in our view", "Whether
  the deal survives the winter is doubtful". The clause names the event, the predicate judges it. A predicate of
  dependence or importance ("Whether X happens depends on Y", "is a matter of luck", "is a key uncertainty")
  judges nothing and is not read.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_SCEPTICAL = re.compile(r"""^ \W* (?: [^,;:]{0,60} , \s* )?
    (?P<who> we | i | the \s+ authors | this \s+ (?: team | desk | column ) ) \s+
    (?: (?: are | am | remain | stay | 're | ’re | 'm | ’m ) \s+ ) (?: (?: still | also | rather | somewhat | quite | very
        | deeply | increasingly ) \s+ )*
    (?P<written> sceptical | skeptical | doubtful | unconvinced | dubious | not \s+ convinced ) \s+
    (?: (?: that | whether ) \s+ )? (?P<claim> [^;]{6,} ) $""", _FLAGS)
_WHETHER = re.compile(r"""^ \W* whether \s+ (?P<claim> [^;]{6,200}? ) \s+
    (?: is | looks | seems | remains ) \s+ (?: (?: now | still | also | at \s+ best ) \s+ )?
    (?P<written>
        (?P<even> (?: (?: roughly | about | more \s+ or \s+ less | close \s+ to | near | essentially | basically ) \s+ )?
            (?: even | an? \s+ even \s+ (?: bet | chance | call ) | a \s+ coin [\s-] (?: flip | toss ) | a \s+ toss [\s-]? up
              | fifty [\s-] fifty | 50 [/-] 50 ) )
      | (?P<degree> (?: (?: very | highly | most | quite ) \s+ )? (?: unlikely | improbable | doubtful | likely | probable ) ) )
    \b (?P<after> [^;]* ) $""", _FLAGS)
_PHRASE = {"unlikely": "unlikely", "improbable": "unlikely", "doubtful": "unlikely", "likely": "likely", "probable": "likely"}


def doubt_judgement(text: str, body: str) -> Judgement | None:
    """The judgement of "we are sceptical that X" (X unlikely) or "whether X is roughly even" (X about even), or None."""
    lowered = body[:80].lower()
    if "whether" in lowered and (match := _WHETHER.match(body)) \
            and not re.match(r"(?:he|she|they|it|we|you|i)\b", match.group("claim"), re.IGNORECASE):
        # ("Whether he wins is a coin flip": a pronoun names no one the question could ask about)
        if match.group("even"):
            phrase = "about even"
        else:
            words = match.group("degree").lower().split()
            phrase = _PHRASE[words[-1]]
            if len(words) > 1 and words[0] in ("very", "highly", "most"):
                phrase = f"highly {phrase}"
        return Judgement(text, as_future(match.group("claim"), True), phrase, " ".join(match.group("written").split()),
                         False, notes=(f'"whether X is {" ".join(match.group("written").split())}": X is the claim',))
    if any(word in lowered for word in ("scepti", "skepti", "doubtful", "convinced", "dubious")) and (
            match := _SCEPTICAL.match(body)) and not ("not" in match.group("written").lower()
                                                     and re.search(r"\b(?:will|won['’]t|would)\b", match.group("claim"))):
        # ("we are not convinced that X will" is a negative lead-in of hedges.py, scored at the complement)
        written = " ".join(match.group("written").split())
        return Judgement(text, as_future(match.group("claim"), True), "unlikely", written, False,
                         notes=(f'the authors "{written}" that X: read as "unlikely"',))
    return None
