"""Other spellings of the plain future, read as "will": "is going to", "'ll", "stands to"; and contractions.

The grammar reads the future through "will" and its negation; writers also say "the bank is going to cut",
"prices'll fall", "the port stands to lose its licence". Each is rewritten to "will" in the clause the grammar
reads (the quote stays as written), so every construction built on "will" ("X will likely", "it is possible
that X will", "and will B") reads them too. Motion and idioms are left alone: "going to war / court / the
polls" is no future of a verb, "it stands to reason" no forecast.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.VERBOSE

#: "is (not / probably) going to VERB": the future, with the words between kept after "will".
_GOING_TO = re.compile(r"""
    (?: (?<! \w ) (?: is | are | am ) | ['’] (?: s | re | m ) ) \s+
    (?P<adverbs> (?: not | also | still | now | probably | likely | certainly | only | almost\s+certainly | very\s+likely
                   | never | soon | eventually | then )\s+ )*
    going \s+ to \s+
    (?= (?! (?: war | court | trial | press | plan | waste | sea | school | print | market | bed | church | pot | seed
              | ground | pieces | the | a | an | any | this | that | their | its | our | his | her | be\s+a\s+while ) \b )
        [a-z] )
""", _FLAGS)
#: "prices'll fall": the contraction after a word; "I'll", "we'll", "you'll" are the speakers' plans and promises,
#: except the impersonal "we'll see a recession" ("there will be"; "we'll see how it goes" waits).
_SHORT_WILL = re.compile(r"(?<=[A-Za-z])(?<!\bI)(?<!\b[Yy]ou)(?:(?<!\b[Ww]e)|(?=['’]ll\s+see\s+(?!how|what|whether|if|about|you)"
                         r"[a-z]))['’]ll\b")
#: "the port stands to lose", "exporters stand to gain": an outcome in prospect; not "stands to reason".
_STANDS_TO = re.compile(r"""
    (?<! \bthe\s ) (?<! \ba\s ) \b (?: stands | stand ) \s+ to \s+
    (?= (?! reason | attention | benefit\s+from\s+the\s+doubt ) [a-z]+ \b )
""", _FLAGS)


#: "it's likely", "there's a chance", "exports aren't expected to": the copula's contractions, spelled out.
_CONTRACTED = re.compile(r"\b(?P<word>[Ii]t|[Tt]here|[Tt]hat)['’]s\b(?=\s+(?:not\s+|also\s+|still\s+|now\s+|very\s+|highly\s+|"
                         r"likely|unlikely|possible|probable|expected|set|due|going|almost))|\b(?P<copula>is|are)n['’]t\b")


#: "X will, in all likelihood, reopen": an estimative phrase set off by commas after the modal, where the grammar
#: reads it without them.
_INSET_PHRASE = re.compile(r"\b(?P<modal>will|won['’]t)\s*,\s*(?P<phrase>in\s+all\s+(?:likelihood|probability)|(?:most|very|highly)\s+"
                           r"(?:likely|probably)|probably|almost\s+certainly|in\s+our\s+(?:view|assessment|judgement))\s*,\s*",
                           re.IGNORECASE)
#: "The strike, the minister said, will end": an attribution set inside the clause, put before it.
_INSET_SPEAKER = re.compile(r"^(?P<subject>[^,]{3,80}),\s+(?P<speaker>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)\s+"
                            r"(?P<verb>said|says|noted|added|warned|told\s+(?:reporters|journalists|us)|predicted|predicts),\s+"
                            r"(?P<rest>(?:will|won['’]t|would|is|are|could|may)\b.*)$", re.DOTALL)
#: "X will, we believe, be driven by ...": the writer's lead-in set inside the clause, moved out of the verb's way.
_INSET_LEAD = re.compile(r"(?P<modal>\bwill|\bwon['’]t|\bgoing\s+to|\bstands?\s+to|['’]ll)\s*,\s*(?:we|I)\s+(?:believe|think|expect|assess|"
                         r"judge|suspect)\s*,\s*", re.IGNORECASE)


def plain_future(text: str) -> str:
    """``text`` with "is going to", "'ll" and "stands to" spelled "will" and the copula's contractions spelled out
    (the same text when it has none)."""
    # each rewrite has a few characters it cannot do without: most sentences skip the patterns
    if ("s " in text or "n't" in text or "n’t" in text) and ("'" in text or "’" in text):
        text = _CONTRACTED.sub(lambda m: f"{m.group('word')} is" if m.group("word") else f"{m.group('copula')} not", text)
    if ", we " in text or ", I " in text or ", We " in text:
        if inset := _INSET_LEAD.search(text):  # "will, we believe, be", "is going to, we think, be"
            text = f"{text[:inset.start()]}{inset.group('modal')} {text[inset.end():]}"
    if ("will," in text or "won't," in text or "won’t," in text) and (inset := _INSET_PHRASE.search(text)):
        text = f"{text[:inset.start()]}{inset.group('modal')} {inset.group('phrase')} {text[inset.end():]}"
    if ("said," in text or "says," in text or "noted," in text or "added," in text or "warned," in text
            or "told " in text or "predict" in text) and (inset := _INSET_SPEAKER.match(text)):
        text = f"{inset.group('speaker')} {inset.group('verb')} that {inset.group('subject')} {inset.group('rest')}"
    if "going to" in text:
        text = _GOING_TO.sub(lambda m: " will " + (m.group("adverbs") or "").lstrip() if m.group(0)[0] in "'’"
                             else "will " + (m.group("adverbs") or ""), text)
    if "ll" in text and ("'ll" in text or "’ll" in text):
        text = _SHORT_WILL.sub(" will", text)
    if "stand" in text:
        text = _STANDS_TO.sub("will ", text)
    return text
