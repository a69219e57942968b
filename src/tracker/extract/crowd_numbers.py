"""A number a crowd, a forecasting team or the writer states for the question asked just before it.

Crowd digests and forecasting teams' updates ask a question ("Will X happen before 2028?", as a heading or a
bold line) and answer it in a short line of their own: "Superforecasters: 71% yes (up from 58%)", "The crowd
forecast is 22%, down from 30% in April", "The crowd puts this at 88%", "(crowd: 35%)", "My take: around 12%".
The line names no claim: the number is claimless and the pipeline gives it the question asked last. Whose
number it is matters: the crowd's or the panel's (named as the speaker), or the writer's own ("My take",
"our forecasters"). A market's or another site's number set beside it ("CME FedWatch: 64%", "Polymarket:
27%") names no crowd here and is left alone: it is theirs, not the publisher's, and no forecast of the page.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement

_FLAGS = re.IGNORECASE | re.VERBOSE
#: Who aggregates forecasts: the crowd, a panel, the Superforecasters; "our ..." is the publisher's own team.
_HOLDER = r"""(?P<holder> (?: (?P<article> the | our ) \s+ )? (?: (?: pro | professional | expert | median | aggregate ) \s+ )?
    (?: superforecasters | forecasters | crowd | community | panel | experts ) ) (?: ['’] s? )?"""
#: What the holder's number is called: "the crowd forecast is", "the panel's median probability is".
_MEASURE = r"""(?: \s+ (?: (?: median | aggregate | consensus | current | latest ) \s+ )? (?: forecast | probability | estimate
    | median | aggregate | consensus | view | number | prediction | call ) )?"""
_VERB = r"""(?: is | are | (?: is | are | now )? \s* (?: stands? | sits? | remains? | holds? ) (?: \s+ steady )? \s+ at | (?: is | are ) \s+ at
    | remains? | (?: puts? | has | have | places? ) \s+ (?: this | it | that | the \s+ (?: chance | odds | probability ) ) \s+ at
    | (?: gives? | assigns? ) \s+ (?: this | it | that ) )"""
_APPROX = r"(?: (?: about | around | roughly | approximately | some | just | nearly | almost ) \s+ )?"
_NUMBER = rf"{_APPROX} (?P<p> \d{{1,2}} (?: \.\d+ )? ) \s? (?: % | per\s?cent\b | percent\b ) (?: \s+ (?P<side> yes | no ) \b )?"
#: What may follow the number: the change since last time, in brackets or after a comma; nothing with a verb.
_TAIL = r"""(?: \s* \( [^()]{0,80} \) | \s* [,;] \s* (?: up | down | unchanged | little \s+ changed | steady | flat | the \s+ same
    | compared | against | versus | from | a \s+ (?: rise | fall | drop | jump ) | an \s+ increase | a \s+ decrease ) [^;()]{0,60} )? \W* $"""
_PROSE = re.compile(rf"^ \W* {_HOLDER} {_MEASURE} \s+ {_VERB} \s+ {_NUMBER} {_TAIL}", _FLAGS)
_LABEL = re.compile(rf"^ \W* \(? \s* {_HOLDER} {_MEASURE} \s* : \s* {_NUMBER} \s* \)? {_TAIL}", _FLAGS)
#: The writer's own line: "My take: around 12%", "Our forecast: 30% (down from 35%)".
_OWN = re.compile(rf"""^ \W* (?: my | our ) \s+ (?: (?: own | current ) \s+ )? (?: take | view | forecast | estimate | number | call
    | probability | bet ) \s* : \s* {_NUMBER} {_TAIL}""", _FLAGS)


def crowd_number(text: str) -> Judgement | None:
    """The claimless judgement of a line stating a crowd's, a panel's or the writer's number, else None."""
    if "%" not in text and "cent" not in text:
        return None
    head = text[:40].lower()  # every form opens with its holder: most clauses fail here, spared the patterns
    if not ("crowd" in head or "forecasters" in head or "my " in head or "our " in head or "panel" in head
            or "community" in head or "experts" in head):
        return None
    body = text.strip()
    match = _PROSE.match(body) or _LABEL.match(body)
    own = match is None
    if own and (match := _OWN.match(body)) is None:
        return None
    probability = float(match.group("p")) / 100
    if not 0 < probability < 1:
        return None
    written = f"{match.group('p')}%"
    notes: list[str] = []
    side = (match.group("side") or "").lower()
    if side:
        written = f"{written} {side}"
    if side == "no":
        # "9% no": the number is the chance the answer is no; the question asks about yes
        probability = round(1 - probability, 4)
        notes.append(f'"{written}" is the chance of "no": the question is scored at its complement')
    speaker = None
    if not own and (match.group("article") or "").lower() != "our":
        holder = match.group("holder").split()[-1]
        speaker = f"the {holder if holder[0].isupper() else holder.lower()}"
        notes.append(f"the number is {speaker}'s aggregate forecast, as the document reports it")
    return Judgement(text, "", "stated", written, False, notes=tuple(notes), stated=probability, speaker=speaker)
