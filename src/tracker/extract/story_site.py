"""The site that publishes a news story, when the body its masthead seems to name is one the story quotes.

A news page often opens with a sentence quoting a body ("- The Bureau of Meteorology expects ...", "..., the
International Copper Study Group said"); that body is a source, not the publisher. This module tells a quoted
body from a masthead's name (the line it first appears on is a sentence of prose) and reads the site's own name
from a breadcrumb trail opening the page, so publisher.py can name the site the story is on.
"""

from __future__ import annotations

import re

#: A breadcrumb trail opening the page with the site's own link: "[MINING.COM](https://...) › [Markets](...) › ...".
_BREADCRUMB = re.compile(r"\A\s*\[(?P<name>[A-Z][\w.&’' -]{1,40})\]\([^)\s]+\)\s*[›»>/|]")
_NOT_SITES = {"home", "news", "start", "main", "index", "top", "back"}


def breadcrumb_site(text: str) -> str | None:
    """The site named by the first link of a breadcrumb trail that opens the page."""
    if not text.lstrip().startswith("[") or (match := _BREADCRUMB.match(text)) is None:
        return None
    return match.group("name").strip() if match.group("name").strip().lower() not in _NOT_SITES else None


def quoted_in_story(text: str, name: str) -> bool:
    """Whether ``name`` first appears in a sentence of the story (a line of prose or a bulleted sentence: eight words
    or more, mostly in lower case, ending a sentence or bulleted), not on a masthead line or in a heading."""
    at = text.find(name.split(" (")[0])
    if at < 0:
        return False
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    if line and line[-1] not in ".!?:;\"”" and not line.startswith("#") and end >= 0 and (
            wrapped := text.find("\n\n", end)) != end:
        # prose wrapped at a fixed width: the sentence runs on to the paragraph's end ("The Kyushu ... Center estimates
        # that the two plants | will generate ... | to 2031."), so the paragraph is read, not its first line
        line = " ".join(text[start:wrapped if wrapped >= 0 else len(text)].split())
    words = line.lstrip("-*•# ").split()
    if line.startswith("#") or len(words) < 8:
        return False
    lower = sum(1 for word in words if word[:1].islower())
    return 2 * lower >= len(words) and (line[-1] in ".!?:;\"”" or line[:2] in ("- ", "* ", "• "))
