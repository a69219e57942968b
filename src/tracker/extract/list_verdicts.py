"""A list item that names its subject and gives a verdict after a dash: "Liverpool – a near-certainty for the
top four", "Newcastle – I fancy them to finish third", "Aston Villa vs Chelsea – a coin flip for fourth".

Columnists run their calls as lists: the name is set in bold, the verdict after the dash has no subject of its
own (or only "them"). The verdict's words say how sure the writer is; the name is the claim's subject (the
first of a pair, "A vs B", being the one the call is about).
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

_ITEM = re.compile(r"^\W*(?P<name>(?-i:[A-Z])[\w’'.&-]*(?:\s+(?:vs\.?|v\.?|(?-i:[A-Z])[\w’'.&-]*)){0,5})\s+[–—-]\s+(?P<verdict>.+?)\.?$",
                   re.IGNORECASE | re.DOTALL)
#: Nouns of sureness and the scale term each says.
_TERMS = {"near-certainty": "almost certain", "near certainty": "almost certain", "racing certainty": "almost certain",
          "certainty": "almost certain", "shoo-in": "almost certain", "banker": "highly likely", "lock": "highly likely",
          "coin flip": "about even", "coin-flip": "about even", "coin toss": "about even", "toss-up": "about even",
          "tossup": "about even", "fifty-fifty": "about even", "long shot": "unlikely", "outsider": "unlikely"}
_NOUN = re.compile(r"^(?:an?\s+)(?P<term>" + "|".join(sorted(map(re.escape, _TERMS), key=len, reverse=True)) +
                   r")\s+(?P<prep>for|to)\s+(?P<rest>[^.;]+)", re.IGNORECASE)
_OWN_CALL = re.compile(r"^(?:I|we)\s+(?:fancy|expect|back|tip)\s+(?:them|him|her|it)\s+to\s+(?P<rest>[^.;]+)", re.IGNORECASE)
_PLACE = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|top|bottom|last)\b",
                    re.IGNORECASE)
_WIN = re.compile(r"^(?:the\s+)?(?:title|league|cup|championship|race|trophy|final|golden\s+boot)\b", re.IGNORECASE)


def list_verdict(text: str) -> Judgement | None:
    """The judgement of a "Name – verdict" list item (see the module docstring), else None."""
    if (item := _ITEM.match(text.strip())) is None:
        return None
    name = re.split(r"\s+v(?:s)?\.?\s+", item.group("name"))[0]
    verdict = item.group("verdict").strip()
    if noun := _NOUN.match(verdict):
        rest = noun.group("rest").strip().rstrip(",")
        # "a certainty to go down": the verb given; "a near-certainty for the top four": a place to finish in
        if noun.group("prep").lower() == "for":  # "for fourth": a place; "for the top four": a group; else a prize
            rest = f"finish {rest}" if _PLACE.match(rest) else f"finish in {rest}" if rest.lower().startswith(
                "the ") and not _WIN.match(rest) else f"win {rest}"
        return Judgement(text, f"{name} will {rest}", _TERMS[noun.group("term").lower()], noun.group("term"), False)
    if own := _OWN_CALL.match(verdict):
        rest = own.group("rest").split(",")[0].strip()
        return Judgement(text, f"{name} will {rest}", "likely", " ".join(verdict[:own.start("rest")].split()), False)
    return None
