"""A claim's text cleaned of what belongs to the page, not to the claim, before a question is built from it.

Layout leaves numbers and marks in front of or inside a sentence: list and paragraph numbers ("1.",
"2.3"), footnote markers ("[^1]", "[12]", superscripts), a news dateline ("BRUSSELS, Jan 14 (Reuters) -"),
a bracketed range after a stated number ("(range 10-22%)"); and news prose ends a claim with its
attribution (", a senior EU official said on Wednesday, as farmers protested"). None of it is part of
what is forecast, so none of it belongs in the question.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE
#: "1. ", "2.3 ", "(a) ", "iv) " opening a numbered paragraph or list item.
_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-h]\)|\(?[ivx]{1,4}\))\s+(?=[A-Z\[])")
#: Footnote markers: "[^1]", "[12]", "^3", superscript digits.
_FOOTNOTE = re.compile(r"\[\^?\d{1,3}\]|(?<=\w)\^\d{1,3}\b|[\u00b9\u00b2\u00b3\u2070-\u2079]+")
#: A news dateline: "BRUSSELS/BRASILIA, Jan 14 (Reuters) - ", "LONDON (AP) — ".
_DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z .'/-]{2,60}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z .&-]{2,30}\))?"
                       # "Berlin/Frankfurt (dpa) - ": a city in title case is a dateline only with the agency after it
                       r"|[A-Z][A-Za-z.'/-]{1,30}(?:[ /][A-Z][A-Za-z.'-]{1,30}){0,3}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                       r"\s*\([A-Za-z .&-]{2,30}\))\s*[-–—]+\s+")
#: A heading run into the sentence after it: two or more ALL-CAPS words, one of five letters or more ("HOW TO
#: READ OUR ASSESSMENTS The Bureau"; "EU NATO Summit" stays), or one word the next repeats ("DENMARK Denmark's").
_HEADING_RUN = re.compile(r"^\s*(?:(?=(?:[A-ZÀ-Ý&'’-]+\s+)*[A-ZÀ-Ý]{5,}\s)(?:[A-ZÀ-Ý][A-ZÀ-Ý&'’-]+\s+){2,}(?=[A-ZÀ-Ý][a-zà-ÿ])|"
                          r"(?P<word>[A-ZÀ-Ý]{4,})\s+(?=(?i:(?P=word))))")
#: "(range 10–22%)", "(90% interval: ...)": the spread around a stated number.
_RANGE = re.compile(r"\s*\((?:range|interval|between|central\s+range|\d{1,3}%\s+interval)[^()]{0,40}\)", _FLAGS)
#: ", a senior EU official said on Wednesday, as ...": the attribution and whatever follows it.
_TRAILING_SAID = re.compile(r"(?:,[\"”’']?|[\"”’'],)\s+(?:(?:a|an|the|two|three|several)\s+)?(?:[\w’'.-]+\s+|\([A-Za-z]{2,8}\)\s+){0,7}?"
                            r"(?:said|says|told\s+\w+|added|noted|warned|predicted|according\s+to\s+[\w’'. -]{2,60})"
                            # "..., the association warned on Wednesday as the first combines rolled": the scene it was said in
                            r"(?:\s+on\s+\w+day)?(?:[,;]\s.*|\s+(?:as|while|after|when)\s.*)?[.!]?\s*$")


#: ", citing support from ...", ", adding that ...": the reason a report gives, not the claim.
_CITING = re.compile(r",\s+(?:citing|adding|pointing\s+to|referring\s+to)\b.*$")


_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]")
_SAYING_HINT = re.compile(r"\b(?:said|says|told|added|noted|warned|predicted|according|citing|adding|pointing|referring)\b")


def clean_claim(claim: str) -> str:
    """``claim`` without a heading run into it, list numbers, footnote markers, a dateline, a bracketed range
    or a trailing attribution."""
    # each pattern behind a cheap test: most claims hold none of these
    if "-" in claim or "—" in claim or "–" in claim:
        claim = _DATELINE.sub("", claim)
    if claim[:1].isdigit() or claim[:1] == "(" or claim[:4].strip().endswith(")"):
        claim = _NUMBER.sub("", claim)
    if claim[:2].isupper():
        claim = _HEADING_RUN.sub("", claim)
    if "[" in claim or "^" in claim or _SUPERSCRIPT.search(claim):
        claim = _FOOTNOTE.sub("", claim)
    if "(" in claim:
        claim = _RANGE.sub("", claim)
    if _SAYING_HINT.search(claim):
        claim = _CITING.sub("", _TRAILING_SAID.sub("", claim))
        if claim.count('"') % 2 or claim.count("“") != claim.count("”"):
            # the quotation the attribution closed: '"Evacuations ... this summer," she said' loses its '"'
            claim = claim.replace('"', "").replace("“", "").replace("”", "")
    return " ".join(claim.split())
