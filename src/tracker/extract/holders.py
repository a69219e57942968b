"""Whose view a judgement is when no one is quoted: the holder of a belief or an expectation the text reports.

"Moscow sees the conflict as a struggle that will not end soon" states Moscow's belief, "Copper is expected by
most analysts to hit a record" the analysts' expectation, "Three member states assess that the attacks will
recur" their assessment, and "The prediction market has the chance of a cut at 40%" the market's number. The
publisher reports each; none is its own forecast.

- A number someone holds is a forecast with a forecaster: kept with the holder as the source forecaster and
  flagged, as a quoted judgement is (attribution.py).
- A belief, an assessment by other states, and an expectation with its agent ("expected by analysts") are
  another body's view the text describes: the empty name, which the caller drops, as it drops "some experts have
  predicted" and "the commission assessed that"; the labelled documents count these as no forecast.
- "is widely expected to" relays the consensus as the base case: kept as "the consensus", flagged.

The document's own name was already turned into "we" (first_person.own_voice), so its views stay its own.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.VERBOSE
#: A subject that is the authors, a pronoun or a dummy: no holder to name from it.
#: "Staff", "the authors": the publisher's own people, as central banks and the IMF write of themselves.
_NO_HOLDER = r"""(?! (?: we | i | our | us | you | my | your | his | her | their | staff | (?: the \s+ )? authors | it | its | this
    | that | these | those | there | which | who | he | she | they
    | here | in | on | at | for | if | when | while | as | by | with | after | before | although | because ) \b )"""
#: The subject: up to eight words, a possessive allowed ("Russia's leadership", "Good Judgment's superforecasters").
_HOLDER = rf"""^ \W* (?: \d{{1,2}} (?: \. \d{{1,2}} )* \.? \s+ )? {_NO_HOLDER} (?P<holder> (?: [\w’'.&-]+ \s+ ){{0,7}}? [\w’'.&-]+ ) \s+ (?: (?: also | still | now | clearly
    | reportedly | evidently | apparently ) \s+ )?"""
#: Verbs of holding a view about what comes: "sees X as", "believes (that)", "expects X to". Not "assumes": a
#: planning office's assumption is the document's own premise, read as its forecast.
_BELIEF = re.compile(rf"""{_HOLDER} (?: sees | see | views | view | regards | regard | believes | believe | expects | expect
    | calculates | calculate | perceives | perceive | fears | fear | anticipates | anticipate | thinks
    | think | considers | consider | predicts | predict | forecasts ) (?= \s )""", _FLAGS)
#: The analysts' own verbs are the authors' community's ("several members of the Intelligence Community assess"), a
#: state's when states hold them ("some member states assess that ...").
_STATES_ASSESS = re.compile(r"""^ \W* (?P<holder> (?: [\w’'.&-]+ \s+ ){0,6}? (?: states | countries | governments | allies
    | capitals | partners | parties ) ) \s+ (?: also \s+ )? (?: assess | judge ) \s+ that \b""", _FLAGS)
#: A number held by someone: "X have / put / give / price the chance of Y at 28%", "X puts a 30% probability on Y".
_NUMBER_HELD = re.compile(rf"""{_HOLDER} (?: has | have | puts | put | gives | give | places | place | prices | price | priced
    ) \s+ (?: the | a | an | its | their | about | around | roughly | only )? \s*
    (?: [\d.]+ \s* (?: % | per \s* cent ) \s+ )? (?: chances? | probability | odds | likelihood | risk ) \b""", _FLAGS)
#: "X is expected by climate researchers to ...": the agent of a passive expectation holds it.
_AGENT = re.compile(r"""\b (?: is | are ) \s+ (?: \w+ly \s+ )? (?: expected | projected | forecast | predicted | anticipated
    | seen ) \s+ by \s+ (?P<agent> (?! \d | the \s+ end \b ) (?: [\w’'.&-]+ \s+ ){0,5}? [\w’'.&-]+ ) \s+ (?: to | as ) \s""", _FLAGS)
#: "is widely / generally / broadly expected to": the consensus the document relays as its base case.
CONSENSUS = "the consensus"
_CONSENSUS = re.compile(r"\b(?:is|are)\s+(?:widely|generally|broadly|commonly|universally)\s+(?:expected|anticipated|"
                        r"predicted|forecast|seen)\s+(?:to|as)\s", re.IGNORECASE)
#: Words in the subject that make it a thing, not a holder: "The report expects ...", "Our model sees ...".
_THING = re.compile(r"\b(?:report|chapter|section|model|scenario|table|figure|analysis|assessment|outlook|forecast|survey|"
                    r"baseline|projection|data|index|we|our)\b", re.IGNORECASE)


#: People whose trade is judging what comes, named as a group: "Experts", "Most analysts", "Economists at the bank".
_PROFESSION = re.compile(r"(?:(?:most|the|independent|outside|private|leading|western|local)\s+)?(?:[\w-]+\s+)?"
                         r"(?:analysts|economists|experts|forecasters|strategists|pollsters|observers|investors)"
                         r"(?:\s+(?:at|of|in|from)\s+[\w’'.&\s-]{2,40})?", re.IGNORECASE)


def view_holder(text: str, anchor: int) -> str | None:
    """The holder of the view the judgement at ``anchor`` in ``text`` states: a name, "" for an unnamed
    consensus (to drop), or None when the view is the authors' own."""
    head = text[:anchor]
    # the passive's own words are the judgement's ("is expected by X to"): searched past the anchor
    if ("ed by " in text or "st by " in text or "seen by " in text) and _AGENT.search(text):
        return ""
    if ("widely" in text or "generally" in text or "broadly" in text or "commonly" in text or "universally" in text) \
            and _CONSENSUS.search(text):
        return CONSENSUS
    if ("%" in text or "cent" in text) and (held := odds_holder(text)) is not None:
        return held
    words = head[:90].lower().split()[:10]  # the holder is short: its verb stands in the first words
    if words and words[0] in ("and", "but", "so", "yet"):  # "And I am cutting my forecast": the writer still
        words = words[1:]
    if not words or words[0] in _OWN_WORDS or _HELD_WORDS.isdisjoint(words):
        return None
    if (match := _NUMBER_HELD.match(head)) and not _THING.search(match.group("holder")):
        return _tidy(match.group("holder"))
    # An actor's belief ("Moscow believes the West will tire") is read by the authors, not forecast by anyone who
    # can be scored: dropped, as a reported belief always was.
    belief = _BELIEF.match(head) or _STATES_ASSESS.match(head)
    if belief and _FEW.match(belief.group("holder")):
        return CONSENSUS  # "Few analysts believe X will": the prevailing view, that X will not (hedges reads the denial)
    if belief and _PROFESSION.fullmatch(belief.group("holder")):
        # "Experts believe X is highly unlikely": forecasting is their trade, so their view is a forecast, kept as theirs
        return _tidy(belief.group("holder"))
    return "" if belief and not _THING.search(belief.group("holder")) else None


#: Odds given before the event they are for: "Money markets price about a 40% chance that ...", "A model published
#: by the data site Vox Populi gives Tisza a 63% chance of ...". The subject may be long (a model and who publishes it).
_ODDS_GIVEN = re.compile(rf"""^ \W* {_NO_HOLDER} (?P<holder> (?: [\w’'.&-]+ \s+ ){{0,15}}? [\w’'.&-]+ ) \s+
    (?: (?: also | now | still | currently ) \s+ )? (?: gives | give | gave | puts | put | assigns | assign | prices | price
    | priced | implies | imply | implied ) \s+ (?: [A-Z][\w’'-]* \s+ (?: [A-Z][\w’'-]* \s+ )? )?
    (?: (?: about | around | roughly | only | just | a | an | the ) \s+ ){{0,2}} [\d.]+ \s* (?: % | per \s* cent ) \s+
    (?: chance | probability | likelihood | odds ) \b""", _FLAGS)
#: Who publishes a model named as the holder: "a model published by the data site Vox Populi" -> "Vox Populi".
_MODEL_BY = re.compile(r"\b(?:model|forecast|simulation|projection)s?\b.*?\b(?:by|from|at|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
                       r"(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})\s*$")


#: A market named before a colon whose clause then gives the odds: "Futures markets are more confident: they price ...".
_MARKET_THEN = re.compile(r"^\W*(?P<market>(?:[\w’'-]+\s+){0,3}?(?:futures|markets|traders|investors|bookmakers|bettors))"
                          r"(?=\s+(?:are|were|have|had|seem|look|remain)\b)[^:;]{0,80}[:;]\s+(?=they\s)", re.IGNORECASE)


def odds_holder(text: str) -> str | None:
    """Who gives the odds a sentence opens with: a market, a model's publisher (None: the authors' own)."""
    if (":" in text or ";" in text) and (named := _MARKET_THEN.match(text)) and _ODDS_GIVEN.match(
            "Market " + text[named.end() + 5:]):
        return _tidy(named.group("market")).lower()
    match = _ODDS_GIVEN.match(text)
    if match is None:
        return None
    holder = match.group("holder")
    if by := _MODEL_BY.search(holder):
        return f"{by.group('name')}'s model" if not by.group("name").endswith("model") else by.group("name")
    if _THING.search(holder) or len(holder.split()) > 8:
        return None  # "Our model gives ...", "The report puts ...": the document's own number
    return _tidy(holder)


_FEW = re.compile(r"^(?:few|very\s+few|nobody|no\s+one|hardly\s+anyone|not\s+many)\b", re.IGNORECASE)


_OWN_WORDS = frozenset({"we", "i", "our", "my", "staff"})
#: The verbs of the patterns above, one of which a holder's clause holds: a set test spares the patterns.
_HELD_WORDS = frozenset("""sees see views view regards regard believes believe expects expect calculates calculate
    perceives perceive fears fear anticipates anticipate thinks think considers consider predicts predict forecasts
    assess judge has have puts put gives give places place prices price priced few""".split())


def _tidy(holder: str) -> str:
    holder = " ".join(holder.split()).strip(" ,.;:")
    return holder[:1].lower() + holder[1:] if re.match(r"(?:The|A|An|Some|Many|Most|Several)\b", holder) else holder


def not_the_authors(speaker: str | None, authors: frozenset[str], quoted: bool = False) -> str | None:
    """``speaker``, unless it is the document's own name outside a quotation ("The AIVD considers it likely": the
    authors' judgement; a quotation from them, 'X (quoted with permission): "We ..."', stays theirs as quoted)."""
    return None if speaker and not quoted and re.sub(r"^the\s+", "", speaker, flags=re.IGNORECASE) in authors else speaker
