"""The subject of a claim's main clause, from the words before its verb: "Will <subject> ...".

A claim's head holds more than its subject: a lead-in ("we assess that"), an adverbial ("By 2030, ..."), a
relative clause or an appositive after the subject (", which controls the port,", ", the far-right party,"),
an aside set off by dashes, a list ("Russia, Belarus and China") or a clause of its own before ", and".
"""

from __future__ import annotations

import re

from tracker.extract.clause_openings import ADVERBIAL as _ADVERBIAL
from tracker.extract.clause_openings import LEAD_IN as _LEAD_IN
from tracker.extract.clause_openings import PARENTHETICAL as _PARENTHETICAL
from tracker.extract.clause_openings import SUBORDINATOR as _SUBORDINATOR
from tracker.extract.clause_openings import complement_of, segments as _segments
from tracker.extract.clauses import strip_adverbials
from tracker.extract.question_tails import REPORTING_ASIDE
from tracker.extract.folding import folded

#: A finite verb with no modal, for claims written in the present ("the decrease is temporary").
FINITE = re.compile(r"\s+(?P<verb>is|are|has|have|does|do)\b(?P<neg>\s+not\b)?\s+", re.IGNORECASE)
#: A fronted phrase opening a clause before its subject ("In a situation where X, ...").
FRONTED = re.compile(r"^(?:in|during|by|with|under|after|given|over|within|despite|at(?!\s+(?:least|most)\b)|before|due\s+to|"
                      r"according\s+to|following)\s", re.IGNORECASE)
_ADVERB_END = re.compile(r"\s+(?:(?:highly|very|most)\s+)?(?:likely|probably|(?:almost\s+)?certainly|also|still)$",
                         re.IGNORECASE)
_FRONTED_TIME = re.compile(r"^(?:in|during|by|over|within)\s+(?:the\s+)?[\w\s-]*?\bterm\s+|^(?:ahead\s+of|during|after|"
                           r"before|following|until)\s+[^,]{3,80}?\b(?:19|20)\d\d"
                           # "During the 2026 election campaign these persons": the phrase's nouns go with its year
                           r"(?:(?:\s+(?-i:[a-z]+)){1,3}?\s+(?=(?-i:(?:the|these|those|this|a|an|its|their)\b|[A-Z]))|\s+(?=\w))",
                           re.IGNORECASE)
#: "New technologies—A, B and C—will": an aside set off by dashes between the subject and its verb.
_DASHED_ASIDE = re.compile(r"\s*(?:—|\s–\s)[^—–]{3,200}?(?:—|\s–\s)\s*")
#: What opens a phrase set off after a name to describe it: an article, a possessive, "already", "still".
_APPOSITIVE = re.compile(r"^(?:the|a|an|its|their|his|her|already|still|long|once|formerly|itself|themselves|now|currently|due|scheduled|recently|newly|previously)\s",
                         re.IGNORECASE)
#: A noun phrase opening with its determiner ("the reservoir, already at 40 per cent, will"): a subject before an aside.
_DETERMINED = re.compile(r"(?:the|its|their|this|these)\s+[a-z]")
_LISTED = re.compile(r"\b(?:and|or)\s")  # "the ministry, the agency and the bank will": a list, no aside
_TIME_WORDS = re.compile(r"\b(?:19|20)\d\d\b|\b(?:year|month|week|today|now|then|later|ago|spring|summer|autumn|"
                         r"winter|January|February|March|April|May|June|July|August|September|October|November|December)\b",
                         re.IGNORECASE)
#: Words that open a phrase before the subject, never a name: prepositions, subordinators, free relatives, the
#: writer's signposts ("Third, the effect will fade", "Along the border, the army will", "Whichever wins, the count").
_NO_NAME = re.compile(r"^(?:along|across|among|amid|amidst|around|beyond|throughout|toward|towards|against|between|"
                      r"inside|outside|near|behind|besides|without|unlike|like|as|for|from|of|on|upon|into|through|via|"
                      r"regarding|including|ahead|since|until|till|once|whichever|whoever|whatever|wherever|whenever|"
                      r"whether|if|when|while|whilst|although|though|because|unless|first|second|third|fourth|fifth|"
                      r"finally|lastly|next|then|also|however|moreover|meanwhile|instead|similarly|overall|still|yet|"
                      r"thus|hence|therefore|nevertheless|nonetheless|indeed|notably|importantly|above\s+all|in\s+short|"
                      r"it|there|this|that|these|those|we|they|he|she|i|you)\b", re.IGNORECASE)
#: A conjunction opening the subject's segment: "..., and India will" (after a clause, not a list's items).
_JOINED_CLAUSE = re.compile(r"^(?:and|but|while|whereas)\s+", re.IGNORECASE)
#: Lower case only: "the WHO" (the World Health Organization) ends in no relative pronoun.
_RELATIVE_END = re.compile(r"\s+(?:which|that|who)$")




#: "<subject> is trailing badly and": a subject with a present or perfect verb of its own before "and (will)".
_SHARED_SUBJECT = re.compile(r"^(?P<subject>(?:the|a|an|this|these|its|their|(?-i:[A-Z])[\w’'-]*)\s(?:(?!\b(?:is|are|was|were|has|have|had|"
                             r"and|that|which|who|if|when)\b)[^,;])*?)\s+(?:is|are|has|have|remains?)\s+[^,;]{1,60}?\s+and$",
                             re.IGNORECASE)


#: "<clause with a finite verb> and <noun phrase>": the noun phrase after "and" is the subject of the verb that follows.
_CLAUSE_THEN_SUBJECT = re.compile(
    r"^(?P<clause>(?:the|a|an|this|these|its|their|(?-i:[A-Z])[\w’'-]*)(?:\s[^,;]*?)?\s(?:is|are|was|were|has|have|had)\s[^,;]+?)"
    r"\s+and\s+(?P<subject>(?:the|a|an|its|their|these|this|(?-i:[A-Z])[\w’'-]*|(?-i:[a-z])+s)(?:\s(?:(?!\b(?:is|are|was|were|has|"
    r"have|had|and|that|which|who)\b)[^;])*?)?)$", re.IGNORECASE)


def last_segment(text: str) -> str:
    return _segments(text)[-1] if text.strip() else ""


def subject_of(head: str) -> tuple[str, str]:
    """``(text before the subject, subject)`` of the words before the verb."""
    head = head.strip()
    lead = _LEAD_IN.match(head) if "that" in folded(head) else None  # every lead-in ends in "that": most heads have none
    if lead and head[lead.end():].strip():
        head = head[lead.end():]
    elif (complement := complement_of(head)) is not None:
        # "the committee is concerned that X will": the question is about X, not about the committee.
        return head[:len(head) - len(complement)].strip(), core_subject(complement)
    if head[-4:] == " and" and (shared := _SHARED_SUBJECT.match(head.rsplit(", ", 1)[-1])):
        # "(In Arkansas,) a proposal to open the primaries is trailing badly and will fail": one subject, two verbs;
        # the second asks
        return head.rsplit(", ", 1)[0] if ", " in head else "", core_subject(shared.group("subject"))
    if " and " in head and (joined := _CLAUSE_THEN_SUBJECT.match(head)):
        # "Ukraine has asked for jets and the allies will": a clause of its own before "and" (no comma), then the subject
        return joined.group("clause"), core_subject(joined.group("subject"))
    if head.count("—") >= 2 or head.count(" – ") >= 2:  # "New technologies—A, B and C—will": the aside goes
        head = _DASHED_ASIDE.sub(" ", head)
    segments = [s for s in _segments(head) if s and not _PARENTHETICAL.match(s)]
    if len(segments) > 1 and segments[-1][:3].lower() == "of " and (part := _PART_OF.match(segments[-1])):
        # "14 to 20 storms, of which 6 to 10 will": the part is the subject, of the whole the clause before names
        whole = _WHOLE.search(segments[-2])
        if whole:
            noun = whole.group("np")
            noun = noun if re.match(r"(?:the|these|those|its|their)\s", noun, re.I) else f"the {_QUANTITY_WORD.sub('', noun)}"
            return ", ".join(segments[:-1]), f"{part.group('part')} of {noun}"
    if len(segments) > 1 and _PLACE_RELATIVE.match(segments[-1]) and not (
            _ADVERBIAL.match(segments[-2]) or FRONTED.match(segments[-2]) or FINITE.search(f" {segments[-2]} ")):
        # "The spread of X to the coast, where Y has bases, will": the relative says where; the noun before is the subject
        segments.pop()
    # "X's efforts, especially in A, B and C, will": what the inserted list names is no subject; it runs to the verb
    if len(segments) > 1 and (inserted := next((i for i, s in enumerate(segments) if i and _INSERTED.match(s)), 0)):
        segments = segments[:inserted]
    if len(segments) == 2 and _APPOSITIVE.match(segments[1]) and (segments[0][:1].isupper() or _DETERMINED.match(segments[0])
                                                              and not _LISTED.search(segments[1])) and not (
            _NO_NAME.match(segments[0]) or _ADVERBIAL.match(segments[0]) or FRONTED.match(segments[0])
            or _SUBORDINATOR.match(segments[0])
            or _TIME_WORDS.search(segments[0]) or FINITE.search(f" {segments[0]} ")):
        # "Arms control, already in poor shape, is unlikely to", "Mi Hazánk, the far-right party, is likely to":
        # the phrase set off after the name describes it; the name is the subject
        return "", core_subject(segments[0])
    # "the Chinese authorities, in the future, will": an adverbial between the subject and its verb.
    # "Inflation, economists say, is": the speaker set off before the verb likewise. Not a list's last items
    # ("Unsafe, unregistered and uninsured vehicles"), whose participle only looks like an adverbial.
    while len(segments) > 1 and (_ADVERBIAL.match(segments[-1]) and not _SUBORDINATOR.match(segments[-1])
                                 and not (_LISTED_MODIFIER.match(segments[-1]) and len(segments[-2].split()) <= 3)
                                 # "For the navy, reduced ice will": after a fronted phrase, a participle before its
                                 # noun is the subject ("weakened by losses" has a preposition, "reduced ice" none)
                                 and not (len(segments) == 2 and _ATTRIBUTIVE.match(segments[-1]) and (
                                     _NO_NAME.match(segments[0]) or FRONTED.match(segments[0])))
                                 or REPORTING_ASIDE.match(segments[-1])):
        segments.pop()
    if not segments:
        return "", ""
    last = segments[-1]
    # "failures, further mobilisation, and a sharp deterioration": the last item of a list, not a new clause.
    listed = len(segments) > 1 and re.match(r"(?:and|or)\s", last) and not _ADVERBIAL.match(segments[-2]) \
        and not FINITE.search(f" {segments[-2]} ") and (len(segments[-2].split()) < 5 or last.startswith("or"))
    subordinate = bool(_SUBORDINATOR.match(last)) and not listed
    while _SUBORDINATOR.match(last):
        last = _SUBORDINATOR.sub("", last, count=1)
    if subordinate or len(segments) == 1:
        return ", ".join(segments[:-1]), core_subject(last)
    # ", which controls the port, will": a non-restrictive relative clause after the subject.
    # ", whoever it turns out to be, will": a free relative set off by commas likewise
    bare_relative = len(segments) > 1 and segments[-1].lower() == "which"
    while len(segments) > 1 and re.match(r"^(?:which|who|whose|whoever|whatever|whichever)(?:\s+\w+|$)", segments[-1],
                                         re.IGNORECASE):
        segments.pop()
    subject = segments.pop()
    if bare_relative and _CLAUSE_WITH_OBJECT.search(subject) and (last := _LAST_NOUN_PHRASE.search(subject)):
        # "The vote follows a month after the council adopts the plan on 3 May, which will raise fees": "which"
        # stands for the clause's last noun phrase, not for the clause
        return subject[:last.start()].strip(), core_subject(last.group("np"))
    if (joined := _JOINED_CLAUSE.match(subject)) and segments and len(segments[-1].split()) >= 5:
        # "China remains the main supplier, and India will play": a clause of its own before ", and", no list
        return ", ".join(segments), core_subject(subject[joined.end():])
    # "Russia, Belarus and China": a list whose earlier items are bare noun phrases.
    # (not a signpost or a fronted phrase: "Second, the share of those aged 80 or over")
    while segments and re.search(r"\b(?:and|or|as\s+well\s+as)\b", subject) and len(segments[-1].split()) <= 8 \
            and not _ADVERBIAL.match(segments[-1]) and not FINITE.search(f" {segments[-1]} ") \
            and not _NO_NAME.match(segments[-1]):
        subject = f"{segments.pop()}, {subject}"
    if segments and re.search(r"\b(?:and|or)\b", subject) and (item := _LIST_HEAD.search(segments[-1])) \
            and _CLAUSE_VERB.search(f" {segments[-1][:item.start()]} ") and not FINITE.search(f" {item.group('item')} "):
        # "Turnout is low and the elections to the assembly, the senate and city councils will": the list opens after
        # the clause's "and", not at the comma
        segments[-1] = segments[-1][:item.start()]
        subject = f"{item.group('item')}, {subject}"
    return ", ".join(segments), core_subject(subject)


def placed_subject(before: str, subject: str) -> str:
    """ "growth in the United States" for "In the United States, growth will": a bare quantity's place, which the
    opening phrase names, is part of what the question asks (a month or a year there is the due date's)."""
    if not before[:3] in ("In ", "Acr") or not _BARE_QUANTITY.fullmatch(subject):
        return subject
    place = _PLACE_OPENING.fullmatch(before.strip(" ,"))
    return f"{subject} in {place.group('place')}" if place and not _NO_PLACE.search(before) else subject


def core_subject(subject: str) -> str:
    subject = strip_adverbials(subject).strip(" ,")
    subject = without_belief_lead(subject)
    # "Gold averaged about $2,300 in 2024 and the price": a clause of its own in the past before "and"
    subject = _CLAUSE_AND.sub("", subject) if " and " in subject or " but " in subject else subject
    # "Without new funding the museum": a fronted condition with no comma goes, as with one
    subject = _FRONTED_CONDITION.sub("", subject)
    # "in most occupations AI", "across many regions farmers": a fronted scope with a quantifier, no comma after it
    subject = _FRONTED_SCOPE.sub("", subject) if subject[:3].lower() in ("in ", "acr", "amo", "for") else subject
    # "us the text" (what is left of "X told us the text is likely to pass"): the hearer is no part of the subject
    subject = _HEARER.sub("", subject) if subject[:3] in ("us ", "me ") else subject
    # "Russia likely will seek": the estimative adverb before the modal belongs to the judgement.
    subject = _ADVERB_END.sub("", subject)
    # "In the longer term X", "Ahead of the elections in June 2025 Russia" (a fronted phrase with no comma)
    subject = _FRONTED_TIME.sub("", subject)
    # "ties which will lead": the relative pronoun stands for the noun before it.
    subject = _RELATIVE_END.sub("", subject)
    return subject.strip()


def without_belief_lead(text: str) -> str:
    """``text`` without a belief or report with a subject of its own before the claim's subject: "Our forecasters
    think X", "she and others warn that X", "we assess that X" (after a clause and ", and")."""
    if (lead := _LEAD_IN.match(text) if "that" in text else None) and text[lead.end():].strip():
        return text[lead.end():]
    lead = _BELIEF_LEAD.match(text) or (_VIEW_LEAD.match(text) if "that" in text else None) or _BARE_REPORT.match(text)
    return text[lead.end():] if lead else text


#: "Our economists think X", "Most analysts expect X", "But he and other experts warn that X" (that or none).
_BELIEF_LEAD = re.compile(
    r"^(?:(?:and|but|so|yet)\s+)?(?:(?!(?:who|whom|which|that|if|whether|what|how|when|where|whoever|whatever)\b)"
    r"[\w’'-]+\s+){1,5}?(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bno\s)"
    r"(?:think|thinks|believe|believes|expect|expects|reckon|reckons|suspect|suspects|fear|fears|assess|assesses|"
    r"judge|judges|say|says|said|warn|warns|warned|argue|argues|argued|predict|predicts|agree|agrees|doubt|doubts|"
    # "Our count of statements suggests X", "A whip told us X": evidence and a report to someone likewise
    r"suggest|suggests|suggested|indicate|indicates|indicated|imply|implies|show|shows|showed|"
    r"told\s+(?:us|me|him|her|them|reporters|journalists|investors|clients|parliament|lawmakers|analysts|"
    r"(?:the\s+)?(?-i:[A-Z])[\w’'-]+))"
    r"(?:,?\s+with\s+\w+\s+confidence|\s+(?:repeatedly|publicly|privately|openly|already))?,?\s+(?:that\s+)?"
    r"(?!(?:of|for|in|on|at|to|by|with|from|about|and|or|is|are|was|were|will|would|so|not)\b)(?=\w)", re.IGNORECASE)
#: A clause with a verb and its object: "the vote follows three weeks", "the council adopts the plan".
_CLAUSE_WITH_OBJECT = re.compile(r"\b[a-z]+\s+(?:[a-z]+[^s\W]s|is|was|has|had)\s+(?:the|a|an|its|their|this|\d+|one|two|three|"
                                 r"four|five|six|seven|eight|nine|ten)\b")
#: Its last noun phrase, without a date after it: "the plan (on 3 May)".
_LAST_NOUN_PHRASE = re.compile(r"\b(?P<np>(?:the|a|an|its|their|this)\s+(?:(?!(?:the|a|an|its|their|this)\s)[\w’'-]+\s+){0,3}?"
                               r"[\w’'-]+)"
                               r"(?:\s+(?:on|in|at)\s+[^,]*\d[^,]*)?$")
#: "The Board notes the view of several lenders that X": whose view it is goes with the lead-in.
_VIEW_LEAD = re.compile(r"^.{0,80}?\b(?:view|belief|expectation|assessment|judgement|fear|hope|consensus)\s+"
                        r"(?:of|among|held\s+by)\s+[^,]{1,60}?\s+that\s+(?=\w)", re.IGNORECASE)
#: Words that open a list inserted after the subject: ", especially in A, B and C,".
_INSERTED = re.compile(r"^(?:especially|particularly|notably|including|such\s+as|mainly|mostly|chiefly|primarily|"
                       r"in\s+particular|e\.g\.|for\s+(?:example|instance))\b", re.IGNORECASE)
#: "unregistered and uninsured vehicles": a list's last modifiers, a participle first.
_LISTED_MODIFIER = re.compile(r"^[a-z]+(?:ed|ing|ly)\s+(?:and|or)\s")
#: The first item of a list opening after a clause's "and": "... and the elections to the assembly".
_LIST_HEAD = re.compile(r"\s(?:and|but|while|whereas)\s+(?P<item>(?:the|a|an|its|their|this|these|those)\s+"
                        r"(?:[\w’'-]+\s+){0,7}[\w’'-]+)$")
_CLAUSE_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had)\s")
#: "Gold averaged about $2,300 in 2024 and the price": a past clause with a figure, then "and" and a subject.
_CLAUSE_AND = re.compile(
    r"^(?:(?!\b(?:that|which|who)\b).)+?\s(?:(?:[a-z]{3,}ed|was|were|had|is|are)\s+(?:about|around|roughly|nearly|almost|"
    r"some|just|over|under|below|above|[$£€]|\d)|(?:rose|fell|grew|jumped|dropped|climbed)\s+(?:(?:to|by|at)\s+)?"
    r"(?:about\s+)?[$£€\d])(?:[^,]|,(?=\d))*?\s(?:and|but)\s+(?=(?:the|a|an|its|their|this|these|those)\s)")
#: "Without new funding the museum": a fronted condition before a subject opening with a determiner
#: or a capital, no comma after it.
_FRONTED_CONDITION = re.compile(
    r"^(?:without|despite|absent|barring|given|under|with|after|once|unless|if)\s+(?=[^,]*?\b(?-i:[a-z]))"
    r"[^,]{2,50}?\s+(?=(?-i:the|these|those|this|its|their|[A-Z]))", re.IGNORECASE)
#: "..., and said the yield": a report whose speaker is the clause before (past tense only: "fears", "doubts" are nouns).
_BARE_REPORT = re.compile(r"^(?:(?:and|but)\s+)?(?:said|told\s+(?:us|me|reporters)|warned|argued|added|predicted|wrote|"
                          r"noted|insisted)\s+(?:that\s+)?(?=(?:the|a|an|its|their|this|these|those|(?-i:[A-Z]))\b)",
                          re.IGNORECASE)
#: "of which 6 to 10", "of whom two": the part of a whole named before the comma.
_PART_OF = re.compile(r"^of\s+(?:which|whom)\s+(?P<part>(?:about\s+|around\s+|roughly\s+|at\s+least\s+)?"
                      r"(?:\d[\d,.]*(?:\s*(?:to|-|–)\s*\d[\d,.]*)?%?|one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"half|most|many|some|several|a\s+third|a\s+quarter|all))$", re.IGNORECASE)
#: The whole: a counted or determined plural noun phrase ending the clause before ("14 to 20 named storms").
_WHOLE = re.compile(r"(?P<np>(?:(?:the|these|those|its|their|several|many|some)\s+|"
                    r"(?:about\s+|around\s+|roughly\s+)?\d[\d,.]*(?:\s*(?:to|-|–)\s*\d[\d,.]*)?\s+)"
                    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+s)$", re.IGNORECASE)
_QUANTITY_WORD = re.compile(r"^(?:several|many|some|about|around|roughly)\s+", re.IGNORECASE)
#: ", where X has bases", ", where the army is": a relative clause of place after a noun phrase.
_PLACE_RELATIVE = re.compile(r"^where\s+\S+(?:\s+\S+){0,6}?\s+(?:is|are|was|were|has|have|had|[a-z]+s|[a-z]+ed)\b",
                             re.IGNORECASE)
#: "reduced ice", "increased demand for X": a participle before the noun it describes (no preposition after it).
_ATTRIBUTIVE = re.compile(r"^(?-i:[a-z]+ed)\s+(?!(?:by|in|on|at|to|for|with|from|as|after|over|under|into|through|up|"
                          r"down|out|off|back|and|or|but|the|a|an|its|their|his|her|this|that)\b)(?-i:[a-z][\w-]*)"
                          r"(?:\s+(?-i:[a-z][\w-]*)){0,4}$")
#: "in most occupations AI": a preposition, a quantifier and a plural noun, then the subject (a name or a determiner).
_FRONTED_SCOPE = re.compile(r"^(?:in|across|among|for)\s+(?:most|many|some|all|several|nearly\s+all|almost\s+all)\s+"
                            r"(?-i:[a-z][\w-]*\s+){0,2}?(?-i:[a-z][\w-]*s)\s+"
                            r"(?=(?-i:[A-Z]|(?!(?:of|in|on|at|for|to|with|and|or|than|from|by)\b)[a-z]))",
                            re.IGNORECASE)
_HEARER = re.compile(r"^(?:us|me)\s+(?=(?:the|a|an|its|their|this|these|those)\s)")
#: A subject of one to three lower-case words, no determiner: "growth", "consumer prices", "house building".
_BARE_QUANTITY = re.compile(r"(?!(?:the|a|an|this|these|those|its|their|it|they|we|there)\b)[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}")
#: "In the United States", "Across Latin America": a named place (capitals) opening the claim.
_PLACE_OPENING = re.compile(r"(?:In|Across)\s+(?P<place>(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.’'-]*){0,3})")
#: Capitals that are no place: a month, a quarter, a scenario, a part of the document.
_NO_PLACE = re.compile(r"\d|\b(?:Q[1-4]|H[12]|FY|January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Spring|Summer|Autumn|Winter|Scenario|Case|Chapter|Section|Table|Figure|Box|"
                       r"Annex|Part|Brief|Short|Summary|Total|Sum|Addition|General|Particular|Practice|Theory|Contrast)\b")
