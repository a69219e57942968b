"""A probability legend written as sentences with its terms unquoted, the way some services print "how we
express probability": "Improbable means from 10 to 40 per cent, and a real possibility means from 40 to 60
per cent." or "When we write that something is very improbable, we think the chance of it is below 10 per cent."

Quoted terms are read by ``legend_table``; here the term is the few words before "means" (or after "is" in the
"when we write" form) and counts only when it is an estimative word, so "Growth means 2 per cent" is no legend.
"""

from __future__ import annotations

import re

_NUMBER = r"\d{1,3}(?:\.\d+)?"
_UNIT = r"\s*(?:%|per\s?cent|percent)"
#: A band in words: "from 10 to 40 per cent", "between 40 and 60%", "below 10 per cent", "above 90 per cent".
_VALUE = (rf"(?:(?:from|between)\s+{_NUMBER}(?:{_UNIT})?\s*(?:to|and|[–-])\s*{_NUMBER}{_UNIT}"
          rf"|(?:below|under|less\s+than|above|over|more\s+than)\s+{_NUMBER}{_UNIT})")
#: "Improbable means from 10 to 40 per cent", "..., and very probable means above 90 per cent".
_MEANS = re.compile(rf"(?:^|[.;:]\s+|,\s+(?:and\s+|while\s+|whereas\s+)?|\band\s+)(?:an?\s+)?(?P<term>(?:[A-Za-z]+\s+){{0,2}}?[A-Za-z]+)"
                    rf"\s+(?:means?|indicates?|denotes?|signifies|corresponds\s+to|stands\s+for)\s+(?:that\s+)?"
                    rf"(?:(?:an?\s+|the\s+)?(?:probability|chance|likelihood)\s+(?:of\s+)?(?:it\s+is\s+)?)?(?P<value>{_VALUE})",
                    re.IGNORECASE)
#: "When we write that something is very improbable, we think the chance of it happening is below 10 per cent."
_WHEN_WE_WRITE = re.compile(rf"\b(?:write|say|state|judge|assess)\s+(?:that\s+)?(?:something|an?\s+\w+|it)\s+is\s+"
                            rf"(?P<term>(?:[A-Za-z]+\s+){{0,2}}?[A-Za-z]+),\s+(?:we\s+(?:think|mean|judge|assess|consider)\s+)?"
                            rf"(?:that\s+)?the\s+(?:chance|probability|likelihood)\b[^.]{{0,40}}?\b(?:is|lies)\s+(?P<value>{_VALUE})",
                            re.IGNORECASE)
#: A term's definition by a band somewhere in the text: the test that a legend may be there at all.
_CUE = re.compile(rf"\b(?:means?|indicates?|denotes?)\s+(?:[a-z]+\s+){{0,5}}?{_VALUE}", re.IGNORECASE)
_ESTIMATIVE = re.compile(r"\b(?:likely|unlikely|certain|certainly|chance|probable|probably|improbable|possible|"
                         r"remote|doubtful|possibility|conceivable)$", re.IGNORECASE)


def unquoted_legend(text: str) -> dict[str, tuple[float, float]]:
    """Three or more estimative terms of one paragraph, each with its band, defined in unquoted prose."""
    if ("cent" not in text and "%" not in text) or not (" means " in text or " indicates " in text) \
            or not _CUE.search(text):
        return {}  # most documents: one scan
    for paragraph in re.split(r"\n\s*\n", text):
        if " mean" not in paragraph and " write" not in paragraph and " indicat" not in paragraph:
            continue  # most paragraphs: no regex
        flat = " ".join(paragraph.replace("-\n", "").split())
        found: dict[str, tuple[float, float]] = {}
        for match in [*_WHEN_WE_WRITE.finditer(flat), *_MEANS.finditer(flat)]:
            term = " ".join(match.group("term").lower().split())
            if _ESTIMATIVE.search(term) and (band := _band(match.group("value"))):
                found.setdefault(term, band)
        if len(found) >= 3:
            return found
    return {}


def _band(value: str) -> tuple[float, float] | None:
    numbers = [float(n) / 100 for n in re.findall(_NUMBER, value)]
    lowered = value.lower()
    if len(numbers) == 2:
        band = (numbers[0], numbers[1])
    elif lowered.startswith(("below", "under", "less")):
        band = (0.0, numbers[0])
    else:
        band = (numbers[0], 1.0)
    return band if 0 <= band[0] <= band[1] <= 1 else None


#: A hedge the legend leaves out, defined in a sentence of its own after it: '"Cannot be ruled out" is used about
#: events that are highly unlikely (less than 10 %) but ...'. The value is the one in brackets.
_DEFINED_HEDGE = re.compile(r"[\"“‘](?P<term>[A-Za-z][A-Za-z ’'-]{2,40}?)[\"”’]\s+(?:(?:is|are)\s+(?:used|reserved)\s+(?:about|for|of|in|when|where|"
                            r"to\s+(?:describe|express|mean|denote))|refers?\s+to|describes?|denotes?|applies\s+to)\b[^.()\n]{0,120}?"
                            r"\((?P<value>[^()\n]{2,30})\)")


def defined_hedges(text: str) -> list[tuple[str, str]]:
    """``(term, value)`` of each quoted term a sentence defines by the use made of it, the value in brackets."""
    if '" ' not in text and "” " not in text and "’ " not in text:
        return []  # most documents: no quoted term, no regex
    return [(match.group("term"), match.group("value")) for match in _DEFINED_HEDGE.finditer(text)]


#: A band as a legend's list prints it: "90% or more", "60–89%", "10% or less", "at least 90%", "under 10%", "<5%".
_LISTED_VALUE = (rf"(?:{_NUMBER}{_UNIT}\s+or\s+(?:more|above|higher|over|less|below|lower|under)"
                 rf"|{_NUMBER}(?:{_UNIT})?\s*(?:[–—-]|to)\s*{_NUMBER}{_UNIT}"
                 rf"|(?:at\s+least|at\s+most|above|over|more\s+than|below|under|less\s+than|up\s+to)\s+{_NUMBER}{_UNIT}"
                 rf"|[<>≤≥]\s*{_NUMBER}{_UNIT})")
#: A term then its band, one item of a list: "...we mean: almost certain 90% or more; likely 60–89%; remote 10% or
#: less." (markup around the term, a colon, "=" or a dash between are allowed). Each item opens the text, a clause
#: (after ":", ";", ",", "and") or a line.
_LISTED_ITEM = re.compile(rf"(?:^|[:;,]\s+|\band\s+|\n\s*(?:[-*•]\s+)?)[*_]{{0,2}}(?P<term>(?:[A-Za-z]+\s+){{0,2}}?[A-Za-z]+)[*_]{{0,2}}"
                          rf"\s*(?:[:=–—-]\s*)?\(?(?P<value>{_LISTED_VALUE})\)?(?=\s*(?:[;,.]|$|\n|and\b))", re.IGNORECASE)
_UPPER_BOUND = re.compile(r"or\s+(?:less|below|lower|under)|at\s+most|below|under|less\s+than|up\s+to|[<≤]", re.IGNORECASE)
#: "roughly even", "about even": the middle term of many legends, which names no chance word.
_EVEN = re.compile(r"\beven$", re.IGNORECASE)


def listed_legend(text: str) -> dict[str, tuple[float, float]]:
    """Three estimative terms or more of one paragraph, each followed by its band in a list ("likely 60–89%;
    unlikely 11–39%; remote 10% or less"), else nothing. A list of figures names no estimative term:
    "growth 2–3%; inflation 4%" is no legend."""
    if "%" not in text and "cent" not in text:
        return {}
    for paragraph in re.split(r"\n\s*\n", text):
        if paragraph.count("%") + paragraph.count("cent") < 3 or "ikely" not in paragraph and "ertain" not in paragraph:
            continue  # no three bands, or none of the words every such legend holds
        found: dict[str, tuple[float, float]] = {}
        last_end = None
        for match in _LISTED_ITEM.finditer(paragraph):
            if last_end is not None and re.search(r"[A-Za-z]", paragraph[last_end:match.start()]):
                if sum(bool(_ESTIMATIVE.search(term)) for term in found) >= 3:
                    return found
                found = {}  # words between two items: the list ended ("..., unlikely (10-35%). Then, later, likely")
            term = " ".join(match.group("term").lower().split())
            if (_ESTIMATIVE.search(term) or _EVEN.search(term)) and (band := _listed_band(match.group("value"))):
                found.setdefault(term, band)
                last_end = match.end()
            else:
                last_end = None if not found else match.end()
        if sum(bool(_ESTIMATIVE.search(term)) for term in found) >= 3:
            return found
    return {}


def _listed_band(value: str) -> tuple[float, float] | None:
    numbers = [float(n) / 100 for n in re.findall(_NUMBER, value)]
    if len(numbers) == 2:
        band = (numbers[0], numbers[1])
    elif _UPPER_BOUND.search(value):
        band = (0.0, numbers[0])
    else:
        band = (numbers[0], 1.0)
    return band if 0 <= band[0] <= band[1] <= 1 else None
