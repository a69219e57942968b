"""What of a clause may date it: its time words, not those of a reason before it, of a past fact told in a
relative clause, or of the source it cites.

"As these changes are envisioned in the long term, they will not ..." dates the reason; "Insolvencies, which
reached 214 in the year to September, will rise" dates a past fact; "X will cut in February, according to a
poll of economists, who also see growth next year" dates what the economists see. Each is cut before the
horizon is read.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.DOTALL
#: A reason or condition opening a clause: its time words date the reason, not the claim.
_REASON = re.compile(r"^\s*(?:since|as|because|given that|as long as|so long as|now that)\s[^,]{3,200},\s*", _FLAGS)
#: The source a claim cites, and all after it.
#: Only at the end: ", according to X, it is unlikely that ..." opens a claim, it does not follow one.
_ACCORDING_TAIL = re.compile(r",\s+according\s+to\s+[^,]*(?:,\s+(?:who|which)\b.*)?$", _FLAGS)
#: A past fact told in a relative clause.
_PAST_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:[^,]*?\b(?:was|were|had)\b|[^,]*?\b[a-z]{3,}ed\b)[^,]*,\s*", _FLAGS)


#: The base a change starts from: "slow to 2.1% next year from 2.3% in 2026" dates the base, "next year" the claim;
#: so does a month ("down from 45% in July": the last reading, not the next July).
_BASE = re.compile(r"\b(?:(?:up|down)\s+)?(?:from|compared\s+(?:with|to))\s+(?:an?\s+|the\s+)?(?:estimated\s+|expected\s+)?(?:(?:about|around|roughly|some|nearly|almost|over)\s+)?"
                   r"[$€£]?\d[\d.,]*\s*(?:%|per\s*cent|percent|[a-z]+(?:\s+[a-z]+)?)?\s+(?:(?:in|for)\s+(?:(?:the\s+)?20\d\d(?:[/–-]\d\d)?(?:\s+season)?|(?-i:January|February|March|"
                   r"April|May|June|July|August|September|October|November|December)(?:\s+20\d\d)?)|"
                   # "from $2,140 this week", "from 4.1% last month": the level now, not the claim's time
                   r"(?:this|last)\s+(?:week|month|quarter|year)|a\s+(?:week|month|year)\s+(?:ago|earlier))\b", _FLAGS)
#: The basis a projection is made on, put first: "On the basis of market expectations at the end of May, debt
#: interest is projected to reach ...", "Based on prices as of 30 June, ...": its time is the data's, not the claim's.
_BASIS = re.compile(r"^\s*(?:\d+(?:\.\d+)*\s+)?(?:on\s+the\s+basis\s+of|based\s+on|conditioned\s+on|conditional\s+on|using|taking|assuming)\s"
                    r"[^,]{3,200},\s*", _FLAGS)
_BASIS_OPENINGS = {"on th", "based", "condi", "using", "takin", "assum"}  # a cheap test before the pattern
#: A time word as an adjective with no article: "one in long-term decline" says what sort of decline, not when.
_TERM_ADJECTIVE = re.compile(r"\bin\s+(?:short|near|medium|long)-term\s+(?!(?:and|or|to|as|if|but|when|while|will|would|is|are|"
                             r"the|a|an|it|its|their)\b)[a-z]{3,}", _FLAGS)
#: A comparison with the past: "lower than it was in the first two decades of this century".
_PAST_COMPARISON = re.compile(r"\bthan\s+(?:it|they|this|that)\s+(?:was|were|had\s+been|did)\b[^,;]*", _FLAGS)


def dating_words(clause: str) -> str:
    """``clause`` without a leading reason, a past relative clause, a cited source's tail, the base of a change,
    a time word used as an adjective and a comparison with the past."""
    clause = _REASON.sub("", clause)
    if clause.lstrip(" 0123456789.")[:5].lower() in _BASIS_OPENINGS:  # "3.5 On the basis of ...": a numbered paragraph
        clause = _BASIS.sub("", clause)
    if ("from" in clause or "compared" in clause) and ("20" in clause or " in " in clause or "this " in clause
                                                      or "last " in clause or " ago" in clause or "earlier" in clause):
        clause = _BASE.sub("", clause)
    if "-term " in clause:
        clause = _TERM_ADJECTIVE.sub("", clause)
    if "than " in clause:
        clause = _PAST_COMPARISON.sub("", clause)
    if "according to" in clause:
        clause = _ACCORDING_TAIL.sub("", clause)
    if ", which " in clause or ", who " in clause:
        clause = _PAST_RELATIVE.sub(", ", clause)
    return clause


def without_reason(text: str) -> str:
    """``text`` without a leading reason or condition clause, or a basis the projection is made on."""
    if not text.strip():
        return text
    text = _REASON.sub("", text)
    return _BASIS.sub("", text) if text.lstrip(" 0123456789.")[:5].lower() in _BASIS_OPENINGS else text


#: A consequence told after the claim: ", which would constrain ... in 2027", ", a change that would on its own add
#: ... by the end of the decade". Its time words date what follows from the claim, not the claim.
_CONSEQUENCE = re.compile(r",\s+(?:which|a\s+(?:[a-z-]+\s+){0,2}?(?:change|move|step|shift|development|outcome|decision|"
                          r"rise|fall|cut|increase|reduction|result)\s+that)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?P<modal>would|could|will|might|may)\b[^,;]*$", _FLAGS)  # at the end: no claim after it


#: A reason told after the claim: "revenue will grow 6% in 2027, as the patent expires in the second quarter". Its
#: time dates the reason; the claim's own time words win over it.
#: ("because" is a reason whatever follows; "as" and "since" only before a noun phrase: "as soon as", "since 2020")
_TRAILING_REASON = re.compile(r",\s+(?:because\s+|(?:as|since)\s+(?:the|its|their|our|a|an|this|these|those)\s+)[^,;]*$", _FLAGS)


#: An aside after the claim: "... this year, with a large offering due to open next week", "... 38,000 in 2026, still
#: short of the 50,000 a year the plan targets from 2026 to 2030", "..., while exports fall next year". Its time words
#: date the aside; the claim's own win, and the aside's count only when the claim says no time.
_TRAILING_ASIDE = re.compile(r",\s+(?:with|still|while|whereas|even\s+as|though|although|well|far|short\s+of|compared\s+(?:with|to)|"
                             r"against|up\s+from|down\s+from)\s[^;]*$", _FLAGS)
#: A second act of speech joined on: "forecast a surplus this year and said the surplus would narrow in 2027".
_AND_SAID = re.compile(r",?\s+and\s+(?:said|says|added|adds|noted|notes|warned|warns|predicted|predicts)\s[^;]*$", _FLAGS)
_ASIDE_WORDS = (", with ", ", still ", ", while ", ", whereas ", ", even as ", "though ", ", well ", ", far ", ", short of ",
                ", compared ", ", against ", ", up from ", ", down from ")
#: A year that names what a noun is for, not when: "approve an extra budget for fiscal 2026 next week", "raise its
#: forecast for 2027 growth in March". When the clause has another time word, that one is when.
NAMED_YEAR = re.compile(r"\b(?:budgets?|plans?|forecasts?|projections?|outlook|targets?|estimates?|guidance|accounts|spending|"
                        r"allocations?|bills?|programm?es?|quotas?|package|stimulus|framework|contracts?|tenders?|appropriations?|"
                        r"requests?|proposals?|draft|deficit\s+goal)\s+for\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?|calendar\s+(?:year\s+)?)?"
                        r"20\d\d(?:[/–-]\d\d)?\b(?![/–-]\d)", _FLAGS)


def without_named_year(clause: str) -> str | None:
    """``clause`` with the years that name what a noun is for blanked out, or None when it has none."""
    if not (" for 20" in clause or " for fiscal" in clause or " for FY" in clause or " for the 20" in clause
            or " for the fiscal" in clause or " for calendar" in clause):
        return None  # the cheap test: every form has "for" right before its year
    masked = NAMED_YEAR.sub(lambda m: " " * len(m.group(0)), clause)
    return masked if masked != clause else None


def without_consequence(clause: str) -> tuple[str, bool]:
    """``clause`` without a consequence or a reason told after it, and whether that is a hypothetical consequence
    ("which would ..."): its time words never date the claim; those of a plain "which will ..." or of a reason
    date it only when the claim itself says no time."""
    if " and " in clause and (match := _AND_SAID.search(clause)) and match.start() > 0:
        return clause[:match.start()], False
    if ", " not in clause:
        return clause, False
    if (" that " in clause or "which " in clause) and (match := _CONSEQUENCE.search(clause)):
        return clause[:match.start()], match.group("modal").lower() in ("would", "could", "might")
    if (" as " in clause or "because " in clause or "since " in clause) and (match := _TRAILING_REASON.search(clause)):
        return clause[:match.start()], False
    if any(word in clause for word in _ASIDE_WORDS) and (match := _TRAILING_ASIDE.search(clause)) and match.start() > 0:
        return clause[:match.start()], False
    return clause, False
