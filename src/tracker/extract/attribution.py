"""Whose judgement a quoted one is: "She noted that a deal is 'highly unlikely'", "'We will not sign,' the
prime minister told reporters", "The foreign minister said the talks will resume in April".

A judgement that someone is reported as saying is theirs, not the publisher's. Rather than drop it, the
draft keeps it with the speaker as its source forecaster and flags it for review. Only verbs of saying
count, governing the clause from its start (the speaker is the clause's subject) or attributing a
quotation after it closes; wishes, plans, promises and threats are intentions, not forecasts, and stay out
(judgements.py). The authors' own voice ("we said in last year's report") is not a quotation.
"""

from __future__ import annotations

import re

from tracker.extract.folding import folded, holds_any
from tracker.extract.labelled_quotes import NAMED_QUOTE as _NAMED_QUOTE, NOTE_FROM as _NOTE_FROM, PUT_IT as _PUT_IT
from tracker.extract.named_speakers import subject_person, view_owner

_SAYING = r"""(?: said | says | say (?= \s+ (?: that \s+ )? (?: the | a | an | [a-z]+s | [A-Z] ) ) | noted | notes | told (?: (?: \s+ [\w-]+ ){1,3}? (?= \s+ that \b ) )? | stated | warned | warns | warn (?= \s+ that \b ) | added | adds
    | predicted | predicts | insisted | insists | argued | argues | claimed | claims | cautioned | acknowledged
    | conceded | estimated | forecast | remarked | observed | suggested | explained | wrote | writes
    # "The operator considers it very unlikely that ...": a named body's own estimate
    | (?: considers? | considered | judges? | judged | assesses | assessed | believes? | believed | deems? | deemed ) (?= \s+ it \s ) )"""
#: A noun phrase naming a speaker: "The foreign minister", "She", "Officials in Kyiv", "Mr Smith", "A senior
#: official". Not "we" or "I": the authors' own voice.
#: (not an opening phrase of cause or concession: "Given the scale of X and the claims still outstanding, it is likely")
_SPEAKER = r"""(?P<speaker> (?! (?: we | i | our | according | as | if | when | while | in | on | at | by | for | with
    | after | before | under | although | though | because | since | unless | this | that | it | given | considering
    | despite | notwithstanding | without | unlike | amid | besides | beyond | following | once | whereas ) \b ) (?: [A-Z][\w’'.-]* | (?: the | a | an | one | two | several
    | some | many | he | she | they ) ) (?: \s+ (?! (?: said | says | noted | told | stated | that | will | would | has | have | had ) \b )
    [\w’'.-]+ ){0,9}? )"""
#: How often or openly it was said: "said repeatedly that", "has said publicly that".
_AFTER_SAYING = r"(?:again|repeatedly|publicly|privately|openly|recently|previously|already|earlier|separately|twice)"
#: A speaker's role set off by commas after the name: "Anna Berg, head of the port authority, told reporters".
_ROLE = r"""(?: \s* , \s+ (?: (?: the | a | an ) \s+ )? (?-i: [a-z] ) [^,"“”:;]{2,80} , )?"""  # lower case: "Its chief, Anna Berg," is no role
_LEADING = re.compile(rf"""^ \W* (?: \d{{1,2}} (?: \. \d{{1,2}} )* \.? \s+ )?   # a paragraph number: "2.4 The Review considers"
    (?: (?-i: [A-Z] ) [^:;"“”.]{{1,60}} : \s+ )?   # a run-in lead: "Insiders are gloomier: a senior official said"
    (?: (?: but | and | yet | so ) \s+ (?= (?: he | she | they ) \b ) )?
    (?! (?: the | a | an | this | that | its | their ) \s+ (?: forecast | notes | claims ) \b )   # "The forecast for X": a noun
    {_SPEAKER} {_ROLE} \s+ (?: (?: has | have | had )\s+ )? (?: (?: also | again | previously | later
    | reportedly )\s+ )?
    {_SAYING} \b (?: \s+ {_AFTER_SAYING} )? (?: \s+ (?: on | in | at | during | last ) \s+ [^,]{{1,40}}? )? ,? \s+ (?: that \s+ )? (?= \S )""",
                      re.VERBOSE | re.IGNORECASE)
#: "He preferred to cut the rate and argued that X is likely": the verb of saying is the subject's second predicate;
#: the first (a preference, a vote) governs only its own words, so the judgement after it is still the subject's.
_SECOND_SAYING = re.compile(rf"""^ \W* (?P<speaker> he | she | they | (?: the \s+ )? (?-i: [A-Z] ) [\w’'.-]* (?: \s+ (?-i: [A-Z] ) [\w’'.-]* ){{0,4}} )
    \s+ (?! said\b | says\b ) [a-z]+ ed \b [^;:"“”]{{2,140}}? \s+ and \s+ (?: also \s+ )? {_SAYING} \b ,? \s+ (?: that \s+ )? (?= \S )""",
                            re.VERBOSE | re.IGNORECASE)
#: A name in apposition before the verb: "Its chief, Anna Berg, said ...": the name is the speaker.
_APPOSITIVE = re.compile(rf"""^ \W* [^,]{{2,40}} , \s+ (?P<speaker> [A-Z][\w’'.-]* (?: \s+ [A-Z][\w’'.-]* ){{1,4}} ) , \s+
    (?: (?: also | again | later | reportedly )\s+ )? {_SAYING} \b ,? \s+ (?: that \s+ )? (?= \S )""", re.VERBOSE)
#: After a closing quotation mark: '..., " the minister said' or '..., " said the minister'.
_TRAILING = re.compile(rf"""(?: [,!?] \s* [”"’'] | [”"’'] \s* , ) \s* (?: {_SPEAKER} {_ROLE} \s+ {_SAYING} \b | {_SAYING} \s+ (?P<after>
    # a hyphenated place or kind, a title, then the name: '," said Leeds-area fund manager Ann Cole' (before the bare name)
    (?-i: [A-Z] ) [\w’'.]* - (?-i: [a-z] ) [\w-]* \s+ (?: (?-i: [a-z] ) [\w-]* \s+ ){{1,3}} (?-i: [A-Z] ) [\w’'.-]+ (?: \s+ (?-i: [A-Z] ) [\w’'.-]+ ){{0,3}}
    | (?: the | a | an )
    (?: \s+ [\w’'.-]+ ){{1,5}} | [A-Z][\w’'.-]+ (?: \s+ [A-Z][\w’'.-]+ ){{0,3}}
    # a title before the name: '," said chief executive Ingrid Falk'
    | (?: (?-i: [a-z] ) [\w-]* \s+ ){{1,3}} (?-i: [A-Z] ) [\w’'.-]+ (?: \s+ (?-i: [A-Z] ) [\w’'.-]+ ){{0,3}} ) )""", re.VERBOSE)
#: "..., according to analysts at the bank": people named as the source (a document's forecast, "according
#: to the IMF's forecast", is someone else's published forecast and stays out: judgements.py).
_ACCORDING = re.compile(r"""\baccording\s+to\s+(?P<speaker> (?: (?: the | some | several | many | senior | western
    | local | government | military | unnamed | two | three )\s+ ){0,3} (?: analysts? | officials? | experts? | diplomats?
    | sources? | economists? | observers? | (?: the\s+ )? (?: minister | president | spokes(?:man|woman|person) | ambassador
    | governor | general | commander | chancellor | secretary ) | [A-Z][a-z]+ \s+ [A-Z][a-z]+ )
    (?: \s+ (?: at | of | in | from | with ) \s+ [^,.;]{1,60} )? )""", re.VERBOSE | re.IGNORECASE)
#: The time and the place of the saying may follow the verb: "said Wednesday in its autumn projection".
_SAID_AFTER = re.compile(rf""",\s+ {_SPEAKER} {_ROLE} \s+ (?: said | says | told \s+ (?: (?: a | an | the ) \s+ )? (?: \w+ \s+ )? \w+ | noted | added
    | warned | predicted )
    (?: \s+ (?: (?: on | in | at | last | this ) \s+ [^,.;]{{1,40}}? | (?: Monday | Tuesday | Wednesday | Thursday | Friday
      | Saturday | Sunday | yesterday | today ) ) ){{0,2}} \s* [.!]? \s* $""", re.VERBOSE)
#: The verb first, as wires write it: "Growth will slow to 1.2% next year, said Commerzbank economist Lars Winter." The
#: speaker ends in a name (a capitalised word): ", said earlier this week" names no one.
_SAID_INVERTED = re.compile(r"""(?<=,) \s+ (?: said | says | added | adds ) \s+
    (?P<speaker> (?: (?: the | a | an ) \s+ )? (?: [\w’'.&-]+ \s+ ){0,4}? (?-i: [A-Z] ) [\w’'.-]+ (?: \s+ (?-i: [A-Z] ) [\w’'.-]+ ){0,2} )
    (?: \s* , \s+ [^,.;"“”]{2,80} )? \s* [.!]? \s* $""", re.VERBOSE | re.IGNORECASE)
#: '"...," one said': "one" of the people the sentence before names, read from there as "she" is.
_PRONOUNS = {"she", "he", "they", "one"}
#: "The Bank now expects GDP to grow ...": a central bank or the Fund a story reports, by the short name it goes by
#: (the publisher's own name, in its own report, is turned back into "we" by the caller).
_BANK_EXPECTS = re.compile(r"^\W*(?P<speaker>(?i:the)\s+(?:Bank|Fund))\s+(?:now\s+|also\s+|still\s+)?(?:expects|forecasts|projects)\b")
#: A body by name, then its verb of projecting: "The Department projects", "The Central Bank of Ireland forecasts".
_BODY_PROJECTS = re.compile(r"""^ \W* (?P<speaker> (?! (?i: it | they | he | she | we | i | this | that | there | these | those | our | its
        | their | my | his | her | what | which | who ) \b ) (?: (?i: the ) \s+ )? [A-Z][\w’'.&-]* (?: \s+ (?: of \s+ | for \s+ )? [A-Z][\w’'.&()-]* ){0,5} )
    \s+ (?: now \s+ | also \s+ | still \s+ )? (?P<verb> projects | forecasts | expects | estimates | predicts ) \b""", re.VERBOSE)
#: "..., said Jan Berg of Nord Economics, who puts the probability of a cut at 55 per cent": a number given in a
#: relative clause is the antecedent's (a name, with the body it speaks for).
_WHO_HOLDS = re.compile(r"(?P<speaker>(?-i:[A-Z])[\w’'.-]*(?:\s+(?:of\s+|at\s+|from\s+)?(?-i:[A-Z])[\w’'.&-]*){0,6}),\s+who\s+"
                        r"(?:now\s+|still\s+)?(?:puts|put|gives|places|assigns|sees)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                        r"(?:[\d.]+\s*(?:%|per\s*cent)\s+)?(?:probability|chances?|odds|likelihood|risk)\b", re.IGNORECASE)
#: A document named as the source, not a speaker: "according to the projection", "according to the latest outlook".
_DOCUMENT = re.compile(r"\b(?:forecasts?|projections?|estimates?|outlook|scenarios?|reports?|analysis|plan|programme|"
                       r"survey|statement|budget|minutes|document|paper)$", re.IGNORECASE)
#: A data provider is no speaker: "according to LSEG data", "according to Refinitiv calculations".
_DATA = re.compile(r"\b(?:data|figures|statistics|calculations|pricing)$", re.IGNORECASE)
#: A market as the subject holding the view: "Interest rate futures", "Money markets", "Traders".
_MARKET = re.compile(r"^\W*(?P<market>(?:[\w’'-]+\s+){0,4}?(?:futures|markets?|traders|investors|swaps|options|bookmakers|"
                     r"punters|bettors))\b", re.IGNORECASE)


#: Any word that can attribute a clause; a clause without one is the authors' (most clauses: tested first).
_ANY = re.compile(r"\b(?:said|says|say|noted|notes|told|stated|warn(?:ed|s)?|adds?|added|predict(?:ed|s)|insist(?:ed|s)|"
                  r"argu(?:ed|es)|claim(?:ed|s)|cautioned|acknowledged|conceded|estimated|forecast|remarked|observed|"
                  r"suggested|explained|wrote|writes|according|(?:consider(?:s|ed)?|judge[sd]?|assess(?:es|ed)|believe[sd]?|deem(?:s|ed)?)\s+it)\b",
                  re.IGNORECASE)
#: A piece of every word ``_ANY`` matches: the folded clause holding none of them cannot match it (a cheaper test).
_ANY_PIECES = ("said", "say", "note", "told", "stated", "warn", "add", "predict", "insist", "argu", "claim", "cautioned",
               "acknowledged", "conceded", "estimated", "forecast", "remarked", "observed", "suggested", "explained",
               "wrote", "writes", "according", "consider", "judge", "assess", "believe", "deem")


def quoted_speaker(clause: str, anchor: int) -> str | None:
    """The speaker whose words the judgement at ``anchor`` in ``clause`` reports, or None for the authors'."""
    # the phrase may start at the colon itself (': "I think', a lean read with its lead-in): it still follows the name
    if (match := _NOTE_FROM.match(clause) or ":" in clause[:80] and (_NAMED_QUOTE.match(clause) or _PUT_IT.match(clause))) and (
            match.end() <= anchor + 1 or not clause[anchor:match.end()].strip(' :“"')):
        return _tidy(match.group("speaker"))
    if owner := view_owner(clause, anchor):  # "In his view, ...", "Projections published by the Met Office suggest that"
        return _tidy(owner)
    if anchor < 5 and (match := _BANK_EXPECTS.match(clause)):
        return _tidy(match.group("speaker"))  # "The Bank now expects ...": the bank's projection (its own report says "we")
    if anchor < 90 and ("jects" in clause or "casts" in clause or "expects" in clause or "mates" in clause or "dicts" in clause) \
            and (match := _BODY_PROJECTS.match(clause)) and (anchor < 5 or match.start("verb") <= anchor <= match.end() + 1):
        # "The Department projects MDD growth of 2.2 per cent in 2026": the named body's projection, read by the grammar
        # from its verb on (the publisher's own name is turned back into its voice by the caller)
        return _tidy(match.group("speaker"))
    if ", who " in clause and (match := _WHO_HOLDS.search(clause[:anchor])):
        return _tidy(match.group("speaker"))  # the relative clause's antecedent holds the number it gives
    lowered = folded(clause)
    if not holds_any(lowered, _ANY_PIECES) or not _ANY.search(clause):
        return None
    if match := _LEADING.match(clause[:anchor] + " "):
        # "the IMF's forecast": a possessive before the verb makes it a noun, no one speaking
        if match.end() <= anchor + 1 and not re.search(r"['’]s?$", match.group("speaker")):
            return _tidy(match.group("speaker"))
    if (match := _APPOSITIVE.match(clause[:anchor] + " ")) and match.end() <= anchor + 1:
        return _tidy(match.group("speaker"))
    if " and " in clause[:anchor] and (match := _SECOND_SAYING.match(clause[:anchor] + " ")) and match.end() <= anchor + 1:
        return _tidy(match.group("speaker"))
    # The opening quotation mark may stand in the sentence before (a quoted passage of several sentences).
    if match := _TRAILING.search(clause, anchor):
        return _tidy(match.group("speaker") or match.group("after"))
    if match := _ACCORDING.search(clause, anchor):
        # "futures priced a 60% chance of a cut, according to LSEG data": the data show the market's view
        if _DATA.search(match.group("speaker")) and (market := _MARKET.match(clause[:anchor])):
            return _tidy(market.group("market")).lower()
        if not _DOCUMENT.search(match.group("speaker")):  # "..., according to the projection": a text, no one speaking
            return _tidy(match.group("speaker"))
    # "According to the port authority, tolls will rise": the source named before the claim
    if clause[:anchor].lstrip(" *_").lower().startswith("according") and (match := _ACCORDING.search(clause[:anchor])) \
            and not re.search(r"['’]s\b|forecast|projection|estimate|outlook|scenario|baseline|model|report|data|analysis|plan|programme|"
                              r"program|strategy|schedule|budget|law|doctrine|statement|classification", clause[:anchor], re.I):
        return _tidy(match.group("speaker"))  # "according to the IMF's forecast": a published forecast, no speaker
    # "Tolls will rise in 2027, the port authority said on Monday.": the attribution after the claim, no quotation marks
    if match := _SAID_AFTER.search(clause, anchor):
        return _tidy(match.group("speaker"))
    if ("said" in clause or "says" in clause or "add" in clause) and (match := _SAID_INVERTED.search(clause, anchor)):
        return _tidy(match.group("speaker"))
    return None


#: A source named at a sentence's end after its role: ", according to the association's general manager, Lori Brandt.",
#: ", said the firm's chief economist, Jan Berg.".
_SOURCE_NAMED_LAST = re.compile(r"""\b (?: according \s+ to | said | says ) \s+ [^.;:"“”]{2,80}? , \s+
    (?P<name> (?-i: [A-Z] ) [a-z’'-]+ (?: \s+ (?-i: [A-Z] ) \. )? (?: \s+ (?-i: [A-Z] ) [a-z’'-]+ ){1,2} ) \s* [.!]? \s* [”"]? \s* $""",
                                re.VERBOSE | re.IGNORECASE)


def speaker_before(text: str) -> str | None:
    """The speaker the last sentence of ``text`` names ("The minister said ..."), for a later "she noted"; a last
    sentence whose subject is itself "he" or "she" hands on to the one before it (at most two back)."""
    text = text.rstrip().rstrip("“\"")  # 'X has framed the vote. "We will win," he said': the sentence before the mark
    for last in reversed(re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text.strip())[-3:] if text.strip() else []):
        match = _LEADING.match(last)
        if match and not pronoun(_tidy(match.group("speaker"))):
            return _tidy(match.group("speaker"))
        # '"... from that," says Dr Ana Petrovic, a researcher at X.': a quotation attributed after it closes
        if (match := _TRAILING.search(last)) and not pronoun(speaker := _tidy(match.group("speaker") or match.group("after"))):
            return speaker
        # "X is likely, according to the group's manager, Ana Ruiz.": the source named last, in apposition to a role
        if (" to " in last or "said" in last or "says" in last) and (named := _SOURCE_NAMED_LAST.search(last)):
            return named.group("name")
        # "The governor spoke on Monday. In his view, ...", "Nordbank's Ana Ruiz sees ... He warns ...": the subject before
        if person := subject_person(last):
            return _tidy(person)
        if not re.match(r"\W*(?:he|she)\s", last, re.IGNORECASE):
            break
    return None  # the caller reads a person named as a sentence's subject (clause_openings.antecedent)


def pronoun(speaker: str) -> bool:
    """Whether the speaker is named only by a pronoun ("she noted"), to be read from the text before."""
    # "she and others warn that ...": the person named before, with the others who share the view
    return re.sub(r"\s+and\s+(?:others|colleagues|other\s+\w+)$", "", speaker.lower()) in _PRONOUNS


def _tidy(speaker: str) -> str:
    speaker = " ".join(speaker.split()).strip(" ,.;:")
    if re.match(r"(?:he|she|they)\s+(?!and\b)", speaker, re.IGNORECASE):
        return speaker.split()[0]  # "He preferred a smaller rise and argued that": the pronoun, its first predicate no name
    return speaker[:1].lower() + speaker[1:] if re.match(r"(?:The|A|An)\b", speaker) else speaker


#: "Experts believe (that) X": a group's view, the holder and its verb no part of the claim.
_BELIEF_LEAD = re.compile(r"^\W*(?!(?:we|i|it|there|this|that)\b)(?:(?!(?:will|would|may|might|could|can|should|must|to|not|"
                          r"do|does|did|don['’]t|doesn['’]t)\b)[\w’'.&-]+\s+){1,6}?(?:believe|believes|think|thinks|"
                          r"consider|considers|judge|judges|reckon|reckons)\s+(?:that\s+)?(?=\S)", re.IGNORECASE)


def without_attribution(statement: str) -> str:
    """The claim without the words that attribute it ("the minister said (that) ..."), for the question."""
    # "there will be She noted that a deal": a nominal claim built around the reported words
    there = re.match(r"there\s+will\s+(?:not\s+)?be\s+", statement, re.IGNORECASE)
    head, body = (statement[:there.end()], statement[there.end():]) if there else ("", statement)
    match = _LEADING.match(body + " ") or _APPOSITIVE.match(body + " ") or _NOTE_FROM.match(body) or _NAMED_QUOTE.match(body) \
        or _PUT_IT.match(body) \
        or _BELIEF_LEAD.match(body) \
        or re.match(r"^\W*according\s+to\s+[^,]{2,80},\s*", body, re.IGNORECASE)
    if match:
        body = body[match.end():].strip()
    # '..., ” the prime minister told reporters', '..., according to analysts at the bank', '..., the authority said'
    for tail in (_TRAILING, _ACCORDING, _SAID_AFTER, _SAID_INVERTED):
        if (found := tail.search(body)) and found.start() > 1:
            body = body[:found.start()].rstrip(" ,")
    if match:
        # 'said delays "will almost certainly increase"': the marks set off the speaker's words, no part of the claim
        body = " ".join(re.sub(r'[“”"]', " ", body).split())
    return f"{head}{body}"


def carried_speaker(before: str) -> str | None:
    """The speaker of the clause a coordinated one continues: "Moscow said it will A | and will B"."""
    match = _LEADING.match(before.strip() + " ")
    return _tidy(match.group("speaker")) if match and not re.search(r"['’]s?$", match.group("speaker")) else None


#: A quotation's own plan: "we will (not) ...", "I will ..." said by the speaker about what they will do. Not an
#: outcome the speaker cannot decide alone: "we will win", "I will be re-elected" forecast a contest's result.
FIRST_PERSON = re.compile(r"^\W*(?:we|i)\s+(?:will|won['’]t|shall)\b(?!\s+(?:not\s+)?(?:(?:easily|comfortably|clearly)\s+)?"
                          r"(?:win(?!\s+(?:back|over)\b)|lose|prevail|triumph|be\s+re-?elected|come\s+(?:first|top)|finish\s+(?:first|top|second)|"
                          r"beat|defeat|form\s+the\s+next\s+government)\b)", re.IGNORECASE)
#: The same plan reported: "X said it "will contest every seat"": the speaker's own act, a pledge; "it will be"
#: is mostly an expletive judging something else ("said it will be difficult to ...").
_SELF_PLEDGE = re.compile(rf"\b(?:said|says|announced|stated|told\s+\w+|declared|confirmed)\s+(?:{_AFTER_SAYING}\s+)?(?:that\s+)?\W*"
                          r"(?:it|they|he|she)\s*[\"“'‘]?\s*(?=(?:will|shall)\s+(?:not\s+)?(?!be\b)\w)", re.IGNORECASE)
#: A reported schedule: "hearings will start in February": an announced timetable, not the speaker's forecast.
#: "X will present its plan on 8 July, according to the College agenda": a date an agenda sets, no forecast either.
SCHEDULE = re.compile(r"will\s+(?:start|begin|commence|open|convene|take\s+place|be\s+held)\b|will\b[^.;]*\baccording\s+to\s+"
                      r"(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}(?:agenda|schedule|calendar|timetable)\b", re.IGNORECASE)


def pledged(text: str, anchor: int, carried: str) -> bool:
    """Whether the speaker reports their own act ("X said it will A"), here or in the clause this one continues."""
    if (match := _SELF_PLEDGE.search(text)) and match.end() == anchor:
        return True
    return bool(carried and _SELF_PLEDGE.search(carried))


#: A quotation closed and attributed: '..., " said Chamber President Maria Okonkwo.' ("said X" or "X said").
#: The speaker's title may stand after the name: '" said Ana Ruiz, chief economist at Banco Sur.'
_SAID_END = re.compile(r"[\"”]\s*(?:said|says|added|adds)\s+(?P<speaker>(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]*)"
                       r"(?:,\s+[^\"“”.]{2,100})?\.\s*$"
                       r"|[\"”]\s*(?P<before>(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]*)(?:,\s+[^\"“”.]{2,100},)?\s+"
                       r"(?:said|says|added|adds)\.\s*$")


def _opens_quotation(sentence_text: str, paragraph_text: str) -> bool:
    """Whether the sentence begins with an opening quotation mark (the reader may leave it in the paragraph)."""
    if sentence_text.lstrip()[:1] in "“\"":
        return True
    start = paragraph_text.find(sentence_text[:40]) if sentence_text else -1
    return start > 0 and paragraph_text[:start].rstrip()[-1:] in ("“", '"')


def continued_quote(sentence_text: str, paragraph_text: str) -> str | None:
    """The speaker of a quotation that goes on in a new sentence: '"..., " said X. "I expect ..."'; else None."""
    if ("”" in sentence_text or '"' in sentence_text) and _opens_quotation(sentence_text, paragraph_text) \
            and (match := _TRAILING.search(sentence_text)):
        # '"We will win, and we will win big," he told supporters': the sentence opens the quotation it attributes,
        # so each clause of it is the speaker's, the first ones too (they end before the attribution)
        return _tidy(match.group("speaker") or match.group("after"))
    if "said" not in paragraph_text and "says" not in paragraph_text and "added" not in paragraph_text:
        return None
    # a line-wrapped paragraph breaks lines where the sentence has spaces; the sentence may keep its opening mark
    at = paragraph_text.find(opening := sentence_text.lstrip("\"“ ")[:40])
    if at < 0 and "\n" in paragraph_text:
        paragraph_text = " ".join(paragraph_text.split())
        at = paragraph_text.find(" ".join(opening.split()))
    before = " ".join(paragraph_text[max(0, at - 240):at].split())
    if at <= 0 or not before.endswith(("\"", "“")) or (match := _SAID_END.search(before[:-1])) is None:
        return None  # the sentence opens no quotation, or the one before it attributes none
    return _tidy(match.group("speaker") or match.group("before"))
