"""Somebody else's words, plans or hopes: "X announced that it will ...", "Moscow hopes that ...".

A judgement the words before it attribute to someone else is theirs, not the authors' ("we assess" is the
authors' own voice and counts). Wishes and plans are not judgements even in the authors' voice.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.DOTALL
#: Somebody else's words, plans or hopes: "X announced that it will ...", "Moscow hopes that ...".
#: (Every form starts with a small letter: the look-ahead in front says so once, instead of each form failing in
#: turn at every other character; tests/extract/test_word_guards.py proves it.)
_REPORTED = re.compile(r"""
    (?=[a-z])\b(?:
        said | says | say | saying | stated | states?\s+that | told | noted | reported(?:ly)? | claim(?:s|ed|ing)?
      | announc(?:e|es|ed|ing) | declar(?:e|es|ed|ing) | insist(?:s|ed|ing)? | argu(?:e|es|ed|ing)
      | promis(?:e|es|ed|ing) | pledg(?:e|es|ed|ing) | vow(?:s|ed|ing)? | threaten(?:s|ed|ing)?
      | propos(?:e|es|ed|ing) | agreed | narrative | convince
      | believes | believing | believed | thinks | thinking | expects | expecting | anticipates | assessed
      | hop(?:e|es|ed|ing) | plan(?:s|ned|ning)? | intend(?:s|ed|ing)? | wants? | wanted | wanting
      | aims?\s+to | seeks?\s+to
        # another actor's hedge: "Moscow does not exclude that it will respond" (the authors' own is read as "cannot
        # be ruled out" before this)
      | (?:does|do|did)\s+not\s+(?:exclude|rule\s+out)
      | according\s+to\s+(?:the|its|their|his|her)\s+(?:plan|programme|program|strategy|statement|doctrine)
        # another body's published forecast: "The IEA projects that X will"
      | (?:projects|forecasts|predicts|projected|forecast|predicted)\s+that
        # a body's statement reported: "The Institute has indicated that doses will arrive" ("evidence indicated
        # that X is likely" is what the evidence shows, the authors' reading of it)
      | (?:has|have)\s+(?:indicated | signall?ed | confirmed) \s+that | warned\s+that
        # someone else's forecast: "according to the IMF's forecast", "according to forecasts" ("according to
        # intelligence estimates" is the services' own voice)
      | according\s+to\s+(?!our\b|we\b)(?:[\w’'.-]+\s+){0,4}?(?:forecasts?|projections?|predictions?
            | scenarios? | outlook)
        # a forecast that something else rests on: "based on the expectation that X will"
      | (?:based | rests? | resting | relies | relying | built | premised)\s+on\s+the\s+
            (?:expectation | assumption | premise | forecast | projection | hope | belief)s?\s+that
    )\b""", re.DOTALL | re.VERBOSE)  # case-sensitive: "the Union State" is a name, "states that" a report
#: Wishes and plans: not the authors' judgement even in their own voice ("I hope that you will find ...");
#: with an object or an infinitive they govern only their own clause ("does not want A and will B").
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those|any|no)\s+$", re.IGNORECASE)
_PREPOSITION_END = re.compile(r"\b(?:of|in|for|with|among|on|from|about|over)\s+$", re.IGNORECASE)
_WISH = re.compile(r"^(?:hop|plan|intend|want|aim|seek)", re.IGNORECASE)
_OUR_VOICE = re.compile(r"\b(?:(?:we|i)(?:['’](?:ll|d|m|re|ve))?|(?:our|my)\s+\w+|let['’]s)\s+(?:\w+\s+)?$", _FLAGS)  # "let's say 30%"


def reports(sentence: str) -> bool:
    """Whether a whole sentence reports someone else's claim ("actors attempt to convince X that ...")."""
    return bool(_REPORTED_THAT.search(sentence)) and _reported(sentence)


#: A report whose content is a "that" clause, which may run on into the next sentence.
_REPORTED_THAT = re.compile(r"\b(?:convince|claim(?:s|ed)?|narratives?|argu(?:e|es|ed)|insist(?:s|ed)?|"
                            r"portray(?:s|ed)?|spread(?:s|ing)?)\b[^.]*\bthat\b", re.DOTALL)


def _reported(context: str, carried: str = "") -> bool:
    """Whether the words before a judgement attribute it to someone else (not to "we", the authors).

    ``carried`` is the clause before a coordinated one: a report there ("X said it will A and will B")
    carries over, a wish with an object or infinitive ("X does not want A and will B") does not.
    """
    for text, scoped in ((carried, True), (context, False)):
        text = text[:1].lower() + text[1:]
        for match in _REPORTED.finditer(text):
            if match.group(0).endswith("ed") and (_DETERMINER_END.search(text[:match.start()])
                                                  or _PREPOSITION_END.search(text[:match.start()])):
                # "the promised stability", "the number of reported cases": a participle as adjective, no report
                continue
            if match.group(0).endswith("ed") and re.match(r"\s+(?:by|in|on|at|for|under|with|during|upon|between)\b",
                                                          text[match.end():]) and " that " not in text[match.end():]:
                continue  # "a ceasefire agreed by the end of 2026": a passive participle governs no clause
            if match.group(0) in ("claim", "claims") and re.search(r"\b(?:the|a|an|these|those|any|no|such)\s+(?:\w+\s+)?$",
                                                                   text[:match.start()], re.IGNORECASE) \
                    and not re.match(r"\s+that\b", text[match.end():]):
                continue  # "the claims still outstanding", "a claim of $2 million": the noun, no report
            if match.group(0) == "reported" and re.match(r"\s+to\s+(?!have\b|be\b)", text[match.end():]) \
                    and " that " not in text[match.end():]:
                continue  # "incidents reported to the authorities are expected to rise": what was reported, by whom
            if match.group(0) in ("assessed", "believed") and re.search(r"\bit\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?$",
                                                                       text[:match.start()], re.IGNORECASE):
                continue  # "It is assessed that X will": the services' impersonal voice, their own judgement
            wish = bool(_WISH.match(match.group(0)))
            if scoped and wish and not re.match(r"\s+that\b", text[match.end():]):
                continue
            if wish or not _OUR_VOICE.search(text[:match.start()]):
                return True
    return False
