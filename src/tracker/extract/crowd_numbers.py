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
from tracker.extract.structure.platform_lines import own_number, platform_line

_FLAGS = re.IGNORECASE | re.VERBOSE
#: Who aggregates forecasts: the crowd, a panel, the Superforecasters; "our ..." is the publisher's own team.
_HOLDER = r"""(?: (?: for \s+ comparison | by \s+ (?: contrast | comparison ) | meanwhile | elsewhere ) \s* , \s* )?
    # "the Foresight Commons community": a platform's name before the crowd's kind
    (?P<holder> (?: (?P<article> the | our ) \s+ )? (?: (?-i: [A-Z] ) [\w.&’'-]* \s+ ){0,3}? (?: (?: pro | professional | expert | median | aggregate ) \s+ )?
    (?: superforecasters | forecasters | crowd | community | panel | experts | market ) ) (?: ['’] s? )?"""
#: What the holder's number is called: "the crowd forecast is", "the panel's median probability is".
_MEASURE = r"""(?: \s+ (?: (?: median | aggregate | consensus | current | latest ) \s+ )? (?: forecast | probability | estimate
    | median | aggregate | consensus | view | number | prediction | call ) )?"""
_SUBJECT = r"(?: question | claim | event | outcome | contract | market )"
_VERB = r"""(?: is | are | (?: is | are | now )? \s* (?: stands? | sits? | remains? | holds? ) (?: \s+ steady )? \s+ at | (?: is | are ) \s+ at
    | remains? | (?: puts? | has | have | places? ) \s+ (?: this | it | that | the \s+ (?: chance | odds | probability ) ) \s+ at
    | (?: gives? | assigns? ) \s+ (?: this | it | that ) )"""
_APPROX = r"(?: (?: about | around | roughly | approximately | some | just | nearly | almost ) \s+ )?"
_NUMBER = rf"{_APPROX} (?P<p> \d{{1,2}} (?: \.\d+ )? ) \s? (?: % | per\s?cent\b | percent\b ) (?: \s+ (?P<side> yes | no ) \b )?"
#: What may follow the number: the change since last time, in brackets or after a comma; nothing with a verb.
_TAIL = r"""(?: \s* \( [^()]{0,80} \) | \s* [,;] \s* (?: up | down | unchanged | little \s+ changed | steady | flat | the \s+ same
    | compared | against | versus | from | a \s+ (?: rise | fall | drop | jump ) | an \s+ increase | a \s+ decrease ) [^;()]{0,60}
    # "The crowd median is 22%, and the consensus of economists still has X": another holder's clause after it
    | \s* , \s* (?: and | but | while | whereas ) \s+ the \s+ [^;]{3,200}
    # "... and has barely moved since March": how the number moved, said with a verb of its own
    | \s+ and \s+ (?: has | had ) \s+ (?: (?: barely | hardly | not | scarcely | only \s+ slightly ) \s+ )? (?: moved | changed | budged | shifted | risen | fallen | edged ) \b [^;]{0,60} )? \W* $"""
_PROSE = re.compile(rf"^ \W* {_HOLDER} {_MEASURE} \s+ {_VERB} \s+ {_NUMBER} {_TAIL}", _FLAGS)
_LABEL = re.compile(rf"^ \W* \(? \s* {_HOLDER} {_MEASURE} \s* : \s* {_NUMBER} \s* \)? {_TAIL}", _FLAGS)
#: The writer's own line: "My take: around 12%", "Our forecast: 30% (down from 35%)".
_OWN = re.compile(rf"""^ \W* (?: my | our ) \s+ (?: (?: own | current ) \s+ )? (?: take | view | forecast | estimate | number | call
    | probability | bet ) \s* : \s* {_NUMBER} {_TAIL}""", _FLAGS)

#: The answer line under a question heading, labelled by what the number is and no one else's name: "Aggregate:
#: 22% (range 10%-38%)", "Team median: 22%", "Final: 22% (last update 18%)". A label naming another source
#: ("Polymarket: 27%", "Market probability: 40%") has a holder outside this list and is left alone.
_ANSWER = re.compile(rf"""^ \W* (?: (?: the | our | team | group | house | final | overall | current | latest | updated | combined
    | collective ) \s+ ){{0,2}} (?: aggregate | median | mean | consensus | forecast | probability | estimate | prediction | final
    | answer ) \s* : \s* {_NUMBER} {_TAIL}""", _FLAGS)
_ANSWER_WORDS = ("aggregate", "median", "mean", "consensus", "forecast", "probability", "estimate", "prediction", "final", "answer")


#: A second forecaster's number on the question just stated: "The panel aggregate on the same question is 47%",
#: "Metaculus has the same question at 38%", "the crowd puts the same event at 20%". The holder may be a name.
_WHO = r"(?P<who> (?: (?: the | our ) \s+ )? (?-i:[A-Z])? [\w’'.&-]+ (?: \s+ [\w’'.&-]+ ){0,2}? )"
_SAME = re.compile(rf"""^ \W* (?: {_WHO} (?: ['’] s )? \s+ (?: (?: on | for ) \s+ (?: the | this ) \s+ same \s+ {_SUBJECT} \s+ {_VERB}
    | (?: has | have | puts? | prices? | rates? ) \s+ (?: the | this ) \s+ same \s+ {_SUBJECT} \s+ at ) ) \s+ {_NUMBER}
    (?: \s* \( [^()]{{0,80}} \) )? (?: \s* [,;] .* )? \W* $""", _FLAGS)
#: Words of the holder's kind before it ("Pro forecasters"): not a platform's name.
_KIND_WORDS = frozenset(("pro", "professional", "expert", "median", "aggregate"))
_MEASURE_WORDS = frozenset(("aggregate", "median", "mean", "forecast", "consensus", "number", "probability", "estimate", "price"))
#: Says a draft is another forecaster's number on the claim the last draft states: the pipeline keeps both.
SAME_QUESTION = "another forecaster's number on the question just stated"


def crowd_number(text: str) -> Judgement | None:
    """The claimless judgement of a line stating a crowd's, a panel's or the writer's number, else None."""
    if "%" not in text and "cent" not in text:
        return None
    if platform_line(text):
        return _platform_number(text)
    if " same " in text and (same := _SAME.match(text.strip())):
        words = [w for w in same.group("who").split() if w.lower() not in _MEASURE_WORDS]  # "the panel aggregate": the panel
        if (owner := next((i for i, w in enumerate(words) if w[-2:] in ("'s", "’s")), None)) is not None:
            words = [*words[:owner], words[owner][:-2]]  # "Polymarket's top-line number": Polymarket's
        speaker = f"the {' '.join(words[1:]).lower()}" if words[0].lower() in ("the", "our") and words[1:] else " ".join(words)
        probability = float(same.group("p")) / 100
        return Judgement(text, "", "stated", f"{same.group('p')}%", False, notes=(SAME_QUESTION,), stated=probability,
                         speaker=speaker) if 0 < probability < 1 else None
    head = text[:70].lower()  # every form opens with its holder: most clauses fail here, spared the patterns
    label = ":" in head and any(word in head for word in _ANSWER_WORDS)
    if not (label or "crowd" in head or "market" in head or "forecasters" in head or "my " in head or "our " in head or "panel" in head
            or "community" in head or "experts" in head):
        return None
    body = text.strip()
    match = _PROSE.match(body) or _LABEL.match(body)
    if match is not None and match.re is _LABEL and any(word[:1].isupper() and word.lower() not in _KIND_WORDS
                                                       for word in re.sub(r"^(?:the|our)\s+", "", match.group("holder"), flags=re.IGNORECASE).split()[:-1]):
        return None  # "(Metaculus community: 90%)": a named platform's number set beside the writer's, no forecast here
    if match is not None and match.re is _LABEL and match.group("holder").lower().endswith("market"):
        return None  # "Market probability: 40%" beside a question: the market's, set beside it, no forecast here
    own = match is None
    if own and (match := _OWN.match(body) or (_ANSWER.match(body) if label else None)) is None:
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


def _platform_number(text: str) -> Judgement | None:
    """The page's own number in a platform's line under a question ("Team forecast 27% Crowd 33% Closes ...")."""
    found = own_number(text)
    if found is None or not 0 < found[0] < 1:
        return None
    probability, written, holder = found
    notes = ("the page's own number in its line of numbers and dates under the question",)
    if holder:
        notes = (*notes, f"the number is {holder}'s aggregate forecast, as the document reports it")
    return Judgement(text, "", "stated", written, False, notes=notes, stated=probability, speaker=holder)


#: A bracketed note on how the number moved, closing the text ("(last week: 48%)", "(unchanged)", "(down from 30%)"):
#: it dates the old number, it is no part of the claim the current number is for. A bracket without a number
#: ("(from 2028)") may be the claim's own.
_CHANGE_NOTE = re.compile(r"""\s* \( \s* (?: (?: unchanged | no \s+ change | steady | flat ) \s* | (?: last \s+ (?: week | month | time | update
    | quarter | year | edition | issue ) | previous (?:ly)? | prior | prev\. | was | before | up | down | from | revised ) \b [^()]{0,60}?
    \d \s? (?: % | per \s? cent ) [^()]{0,30} ) \) (?= \W* $)""", _FLAGS)


def without_change_note(text: str) -> str:
    """``text`` without a closing note on how the number moved ("X (last week: 48%)" -> "X")."""
    return _CHANGE_NOTE.sub("", text) if text.rstrip(" .").endswith(")") else text
