"""The page's headline: the H1 over a story (or the headline line of a wire's plain text), read as a sentence.

News states its main judgement in the headline ("Copper seen topping $12,000 by mid-2027", "Fed likely to cut
in March, economists say"), often nowhere else in those words; as a heading it would only name the sections
below it. Cleanup (``extract/cleanup.py``) gives the first H1 above the body a paragraph of its own, located as
"headline"; the heading path keeps it as before. A report's title ("Economic and Fiscal Outlook", "Principal
Risks and Outlook", "An Update to the Budget and Economic Outlook: 2026 to 2036") is set in Title Case or is a
few nouns: it is no headline, and stays a heading only.
"""

from __future__ import annotations

import re

#: The location of the headline's sentence ("headline, paragraph 1").
HEADLINE = "headline"

#: A headline has this many words at least: fewer is a name or a label ("Team Larkspur", "Outlook 2027").
_HEADLINE_WORDS = 5
#: Words Title Case leaves in lower case: a title of capitalised words with only these in lower case is no headline.
_SMALL = frozenset("a an the and or but nor of to in on at by for from with as vs via per into onto over under "
                   "than up out off about after before between through until without".split())
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")


def headline(text: str) -> bool:
    """Whether an H1's ``text`` is written as a headline (a clause in sentence case), not a report's title."""
    if text.endswith("?"):
        return False  # a heading that asks: the section below answers it (``title_lines.asks``)
    words = _WORD.findall(text)
    if len(words) < _HEADLINE_WORDS:
        return False
    # "Cocoa seen sliding below ...": sentence case leaves verbs and nouns in lower case, Title Case does not
    return any(word[:1].islower() and word.lower() not in _SMALL for word in words[1:])
