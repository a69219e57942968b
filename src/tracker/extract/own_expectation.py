"""The authors' own expectation: "We (do not) expect X to VERB", "We expect GDP growth of 1.2% in 2025".

A report's own voice ("we", "our economists", the publisher as its role: "the Committee", "the Bank") expecting an
event or an act is a forecast read as "will" at the central projection's level; another's expectation ("Russia
expects") is reported speech and is read elsewhere. What is expected is a clause with "will", an object with an
infinitive ("them to remain warm": the object is the claim's subject), or a noun phrase naming an event, a measure
or anything at a stated time ("there will be ..."); anything else ("we expect it", "we expect that") is no claim here.
"""

from __future__ import annotations

import re

from tracker.extract.expectation import ONE_NOUN as _ONE_NOUN, central_projection
from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE

#: "We (do not) expect X to VERB", "We expect NP": the authors' own expectation; a report ("they expect")
#: is another's. "We expect that ..." is the lead-in the lexicon reads already.
_WE_EXPECT = re.compile(r"""
    ^ (?: \d{1,3}(?:\.\d{1,3})*\.?\s+ )?                       # a paragraph number: "5. The service ..."
    (?: (?-i:[A-Z])[^:,.]{0,40} :\s+ )?                     # a run-in label: "Consumption: We expect"
    (?: [^,]{0,60} ,\s+ | (?: for | in | by | over | through ) \s+ [^,\s]{1,12} (?: \s+ [^,\s]{1,12} )? \s+ (?= we\b ) )?
    (?: (?P<nor> nor | neither ) \s+ (?: do | does ) \s+ )?  # an opening adverbial ("In 2025, we expect"); "Neither do we expect"
    (?: we | i | our\s+(?: economists | analysts | strategists | forecasters | team | house\s+view | models? | central\s+scenario )
      | the\s+(?: committee | bank | board | council | department | government | service | office | company | review
                     | group | management | agency | ministry | fund )  # the publisher as its role; "Russia expects" is reported
      | management | the\s+board\s+of\s+directors )\s+
    (?: (?P<neg> do\s+not | does\s+not | don['’]t ) \s+ )?
    (?: also\s+ | still\s+ | now\s+ | therefore\s+ | should\s+ )?   # "We should expect more strikes": expected, not advised
    (?: expects? | forecasts? | projects? | predicts? ) \s+ (?! that\b | to\b | it\b (?! \s+ will\b ) )
    (?P<claim> .+ )
""", _FLAGS)
#: Object + infinitive after "expect": "Russia to agree to ...", "the price cap to fall below ...".
_OBJECT_TO = re.compile(r"^(?P<object>(?:[\w’'.%+&-]+\s+){0,9}?[\w’'.%+&-]+)\s+to\s+"
                        # "any change to that number": "to" before a determiner is a preposition, not an infinitive
                        r"(?P<rest>(?!be\s+\w+ed\s+by\b|(?:the|that|this|these|those|a|an|its|their|our|his|her|any|"
                        # "assistance to provincial authorities to continue": an adjective or a plural noun after "to"
                        r"which|what|\d|[a-z]+(?<!e)al|[a-z]+ic|[a-z]+[^su]s)\b)[a-z].*)$",
                        re.DOTALL)
#: A noun phrase naming a measured quantity or an event: "GDP growth of 1.2%", "a recession in 2025".
_EVENT_NOUN = re.compile(r"^(?:an?\s+|the\s+|further\s+|no\s+)?(?:[\w’'&-]+\s+){0,3}?(?:growth|inflation|decline|increase|"
                         r"rise|fall|recession|recovery|contraction|expansion|deficit|surplus|rate|rates|cuts?|hikes?|"
                         r"slowdown|rebound|attack|attacks|election|ceasefire|agreement|deal|reduction|improvement|deterioration|"
                         r"surge|wave|peak|shortage|outbreak|drop)\b|^(?:more|fewer)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+s\b"
                         # "a return of X", "a resumption of Y": an action noun with its object is an event
                         r"|^(?:an?|any)\s+(?:[\w-]+\s+)?[\w-]+(?:ion|al|ment|ure|ance|ence)?\s+of\s+\w"
                         # "at least one dissent", "more than 300 attacks": a counted event
                         r"|^(?:at\s+(?:least|most)|more\s+than|fewer\s+than|no\s+(?:more|fewer)\s+than|up\s+to|as\s+many\s+as)\s+"
                         r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|\d[\d,.]*%?)\s+(?!of\b)[a-z]", re.IGNORECASE)

#: An object pronoun as the claim's subject: "we expect them to ..." -> "they will ...".
SUBJECT_FORM = {"them": "they", "him": "he", "her": "she", "us": "we", "me": "I"}


def own_expectation(text: str, body: str) -> Judgement | None:
    """The judgement "we expect X" states in ``body`` (``text`` as written), or None when it expects no event or act."""
    if not (match := _WE_EXPECT.search(body)):
        return None
    # "We expect GDP growth of 1.2% in 2025", "We do not expect Russia to agree to a ceasefire": the
    # authors' expectation of an event (a noun phrase) or of what someone will do (object + infinitive).
    negated = bool(match.group("neg") or match.group("nor"))
    # "..., and demand growth in China has slowed": a fact joined on is not part of what is expected
    claim = re.sub(r",\s+(?:and|but|while)\s+(?:[\w’'+-]+\s+){1,6}?(?:has|have|had|was|were)\b.*$", "",
                   match.group("claim").strip())
    # "..., up from 7% to 10% in February": the figure it revises, a past one, is no part of the claim or its time;
    # nor is an aside between object and infinitive: "at least one round of tariffs, most likely on steel, to be announced"
    claim = re.sub(r",\s+[^,;]{2,80}?,\s+(?=to\s+[a-z])", " ", re.sub(r",\s+(?:up|down|revised)\s+from\s+[^;]*$", "", claim), count=1)
    if re.search(r"\b(?:will|won['’]t)\b", claim):
        statement = claim  # "We forecast the price will average $61": the clause expected, "that" left out
    elif infinitive := _OBJECT_TO.match(claim):
        # "we expect them to remain warm": the object pronoun is the claim's subject
        subject = SUBJECT_FORM.get(infinitive.group("object").lower(), infinitive.group("object"))
        statement = f"{subject} will {infinitive.group('rest')}"
    elif (_EVENT_NOUN.match(claim) or negated and _ONE_NOUN.match(claim) or re.search(r"\b20\d\d\b", claim) and not re.match(r"(?:it|them|him|her|us)\b", claim)
          and not re.search(r"\bat\s+(?:[\d$€£]|[A-Z]{3}\s*\d)|^(?:[A-Z]{3}\s*)?[\d$€£]", claim)) \
            and not re.search(r"\b(?:that|to)\b", re.sub(r"\d[\d.,]*%?\s+to\s+\d", "", claim.split(",")[0])):
        # an event or a measure ("growth of 9% to 11%"), or anything expected at a stated time ("slightly
        # stronger-than-normal trade winds ... in July–September 2027")
        statement = f"there will be {claim}"
    else:
        statement = None
    if statement:
        written = " ".join(match.group(0)[:match.start("claim") - match.start()].split())
        notes = (f'negative lead-in "{written}": scored at the complement',) if negated else ()
        return Judgement(text, statement, "will", written, False, notes=notes, complement=negated, reads_as=central_projection("expected"))
    return None


#: An arrangement inside a noun phrase ("the cash flows of procurement under the plan"), with no comma before it: what
#: the expected act is about, not the arrangement the expectation comes from (", according to national plans").
_EMBEDDED_ARRANGEMENT = re.compile(r"(?<=[a-z])\s+(?:under|pursuant\s+to|in\s+line\s+with)\s+(?=(?:the|a|an|its|their)\s)")


def expectation_text(written: str, text: str) -> str:
    """``text`` as the tests of a described arrangement read it: for "is / are expected to", an arrangement inside the
    expected act's noun phrase is no arrangement that makes the outcome a description (its preposition is set aside)."""
    if "expected" not in written or ("under" not in text and "pursuant" not in text and "in line" not in text):
        return text
    return _EMBEDDED_ARRANGEMENT.sub(" with ", text)

#: "we think / believe / reckon X will": the authors' own belief hedges the "will" to a "likely" (not "we do not think":
#: the negative lead is read elsewhere). "I think", "we still believe", "In short, we think" alike.
_BELIEVED = re.compile(r"(?:^|[.:;]\s+|,\s+)(?:(?:but|and|so)\s+)?(?:we|i)\s+(?:still\s+|also\s+|now\s+|do\s+|continue\s+to\s+)?"
                       r"(?:think|believe|reckon|suspect|guess)\s+(?:that\s+)?(?P<claim>[^;:]*)$", re.IGNORECASE)
#: "..., and that Y will": a second claim of the same belief.
_AND_THAT = re.compile(r"^\W*that\s", re.IGNORECASE)


def believed_will(before: str, earlier: str, text: str) -> bool:
    """Whether the plain "will" after ``before`` is the authors' belief ("we think X will"), read as "likely"."""
    if ("think" not in before and "believe" not in before and "reckon" not in before and "suspect" not in before
            and "guess" not in before and not (_AND_THAT.match(text) and ("think" in earlier or "believe" in earlier))):
        return False
    if (match := _BELIEVED.search(before)) is not None:
        return " will " not in f" {match.group('claim')} " and "n't" not in match.group("claim")
    return bool(_AND_THAT.match(text) and (match := _BELIEVED.search(earlier)) and ";" not in match.group("claim"))
