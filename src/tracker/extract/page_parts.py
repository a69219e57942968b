"""Which parts of a web page are the article's prose: asides and teasers by their class, captions that judge.

A saved page holds much besides the article: readers' comments, sidebars, promotions, cookie banners, teasers
for other stories, a standfirst restating the body. They are told apart by the class or id the page gives them,
and the HTML reader (reading.py) skips them, so no commenter's or other story's forecast is drafted as the
page's. A photo's caption is read only when it judges, since a caption that describes the picture drafts nothing.
"""

from __future__ import annotations

import re

#: Classes and ids of page parts that are not the article: comments, sidebars, pull quotes, promotions, cookie banners.
#: Whole words of the class, also inside BEM names ("article__share"), where "_" joins them.
ASIDE_CLASS = re.compile(r"(?<![a-z0-9])(?:comments?|comment-list|sidebar|side-bar|related|popular|pull-?quote|promo|advert\w*|"
                         r"widget|share|subscribe|cookies?|consent|gdpr)(?![a-z0-9])", re.IGNORECASE)
#: ... and, matched inside compound class names ("o-topper__standfirst", "n-content-recommended"), a page's teasers
#: for other stories and the standfirst: a summary of the article that its body states again, in full.
TEASER_CLASS = re.compile(r"(?<![a-z])(?:recommended|teasers?|read-?next|more-?on|standfirst)(?![a-z])", re.IGNORECASE)

#: (A photo's caption is read, as a paragraph of its own: news sites put a judgement there as often as a description
#: of the picture ("The company is expected to be valued at about $9bn when it lists"), and a description drafts nothing.)
#: Words a caption judges with ("is expected to", "seen topping", "likely", "a 60% chance"); a caption without
#: one describes the picture or states a plan ("Crews will work 12-hour shifts from December"), which is no forecast.
_CAPTION_JUDGES = re.compile(r"\b(?:likely|unlikely|likelihood|probabl[ey]|probability|improbable|expect\w*|forecast\w*|"
                             r"predict\w*|project(?:ed|ion)s?|chances?|odds|risks?|could|may|might|possib\w*|doubt\w*|"
                             r"certain(?:ly)?|poised|seen|set\s+to|on\s+track|bound\s+to|warn\w*|estimat\w*)\b|%|\bper\s?cent\b",
                             re.IGNORECASE)


def judging_caption(text: str) -> bool:
    """Whether a photo caption judges (then it is read as a paragraph); else it only describes."""
    return bool(_CAPTION_JUDGES.search(text))
