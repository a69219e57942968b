"""Numbers a writer gives in the first person: "I'm at 30% that X", "I give it 88%", "Call it 15%".

Forecasters writing for themselves (blogs, newsletters, model write-ups) rarely say "a 30% chance of": they
say where they are ("I'm at 30% that a ceasefire begins before ..."), what they give it ("I give it 88%",
"I'll say 35%", "Call it 15%"), or where they put the claim ("I put a December print below 2.5% at about
25%", "we put its probability at 25%"). When the sentence names its claim, the claim is the question;
when it does not ("I give it 88%"), the question is the one the text asked just before it, a heading
"Will X?" or the previous sentence (the pipeline finds it, says which, and flags the draft for review).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.expectation import central_projection
from tracker.extract.pointed_numbers import case_event, needed_event
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_PERCENT = r"\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)"
_APPROX = r"(?:(?:about|around|roughly|approximately|maybe|perhaps|only|just)\s+)?"
_SELF = r"(?:I|we)(?:['’](?:m|re|d|ll))?(?:\s+(?:am|are|would|will|'d|’d))?"
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twenty": 20}
_FORMS = [
    # "I'm at 30% that a ceasefire begins ...", "we are at 40% that ...", "I'm at 70% they cut again" ("that" left out)
    # "My number: 55% that the FOMC cuts ..."
    re.compile(rf"(?:\b{_SELF}\s+(?:now\s+)?at|\b(?:my|our)\s+(?:number|estimate|forecast|probability)(?:\s+is|\s*:))\s+"
               rf"{_APPROX}(?P<p>{_PERCENT})\s*,?\s+(?:(?P<conn>that|on)\s+)?(?P<claim>[a-z].+)$", _FLAGS),
    # "I put a December print below 2.5% at about 25%", "we put a Fed cut in March at 40%"
    re.compile(rf"\b{_SELF}\s+(?:would\s+)?(?:put|place|peg|rate)\s+(?P<claim>(?!(?:it|this|that|its|the\s+(?:chance|odds|probability))\b)"
               rf".{{5,160}}?)\s+at\s+{_APPROX}(?P<p>{_PERCENT})(?P<after>.*)$", _FLAGS),
    # "I give it 88%", "I'd give it 35%", "I'll say 35%", "Call it 15%", "my number is 20%", "we put this at
    # roughly 80%", "I'm a bit lower, at 60%": no claim of its own ("(call it 65%) that X" is numeric.py's)
    re.compile(rf"(?:\b{_SELF}\s+(?:give|gives|say|go\s+with)\s+(?:it\s+|this\s+)?|(?:^|[.;:—–-]\s*|\b)call\s+it\s+"
               # "We'd call that likely, 70%": the word and the number, the number winning; the claim the one before
               rf"|\bcall\s+(?:that|this|it)\s+(?:(?:very|highly|quite|fairly|rather)\s+)?(?:likely|unlikely|probable|improbable|possible)\s*,\s*(?:at\s+)?(?={_APPROX}{_PERCENT}\W*$)"
               rf"|\blet['’]s\s+say\s+"
               rf"|\b{_SELF}\s+(?:would\s+)?(?:put|place|peg)\s+(?:it|this|that)\s+at\s+"
               rf"|\b{_SELF}\s+(?:a\s+bit\s+|slightly\s+|somewhat\s+|a\s+little\s+)?(?:lower|higher),?\s+at\s+"
               # "We are well below that, at 45%", "we're a little above the market at 60%": against another's number
               rf"|\b{_SELF}\s+(?:well\s+|far\s+|a\s+bit\s+|slightly\s+|somewhat\s+|a\s+little\s+|just\s+|a\s+touch\s+)?(?:below|above|under|over)\s+"
               rf"(?:that|this|it|them|(?:the|their|its)\s+(?:market|crowd|consensus|exchanges?|traders|futures|curve|panel|number|price|odds)),?\s+at\s+"
               # "Our own model is at 40%", "our house view is at 25%": the team's number, the claim the one before
               rf"|\b(?:my|our)\s+(?:own\s+)?(?:model|view|house\s+view|aggregate|number|estimate|forecast)\s+(?:is|sits|stands)\s+(?:now\s+)?at\s+"
               rf"|\b(?:my|our)\s+(?:aggregate|number|estimate|forecast|probability)(?:\s+is\s+|\s*:\s*)){_APPROX}(?P<p>{_PERCENT})"
               rf"(?!\s*(?:of|to)\b)(?!\s*\)\s*,?\s*that\b)", _FLAGS),
    # "Less than 5%.", "maybe 55%", "95%.": a number standing alone after a claim scores that claim
    re.compile(rf"^\W*(?:(?:maybe|perhaps|about|roughly|around|say|less\s+than|under|below|more\s+than|over|above)\s+)?"
               rf"(?P<p>{_PERCENT})(?:\s+(?:at\s+(?:the\s+)?most|tops|max|at\s+least|or\s+so|or\s+less))?\W*$", _FLAGS),
    # "we estimate a one-in-five chance", "I'd say one in four": a ratio with no claim of its own
    # "we would put this at about two chances in three"
    re.compile(rf"(?:\b{_SELF}\s+(?:estimate|put|see|give|say)|(?:^|[.;:—–-]\s*|\b)call\s+it)\s+(?:it\s+|this\s+)?(?:at\s+)?"
               rf"(?:(?:a|an)\s+)?{_APPROX}"
               rf"(?P<num>\d+|one|two|three|four)(?:\s+chances?)?[\s-]+in[\s-]+(?P<den>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)"
               rf"(?:\s+chance)?\W*$", _FLAGS),
    # "I'd give a recession there maybe a one-in-five chance": the thing given the chance is the claim, an event
    re.compile(rf"\b{_SELF}\s+(?:would\s+)?give\s+(?P<event>(?!(?:it|this|that)\b)[^,;]{{3,80}}?)\s+(?:there\s+)?{_APPROX}"
               rf"(?:(?:a|an)\s+)?{_APPROX}(?:(?P<p>{_PERCENT})|(?P<num>\d+|one|two|three|four)[\s-]+in[\s-]+"
               rf"(?P<den>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty))\s+(?:chance|probability|odds)\W*$", _FLAGS),
    # "I'd put only 15% on the tariff being 50% or higher": the gerund's subject and verb are the claim
    re.compile(rf"\b{_SELF}\s+(?:would\s+)?(?:put|place)\s+{_APPROX}(?P<p>{_PERCENT})\s+on\s+(?P<claim>.{{5,160}}?\s+being\s+.+)$",
               _FLAGS),
    # "we put its probability at 25%", "I put the odds at 1 in 5" is numeric.py's; "its" points back
    re.compile(rf"\b{_SELF}\s+(?:put|place|set)\s+its\s+(?:probability|chances?|odds|likelihood)\s+at\s+{_APPROX}(?P<p>{_PERCENT})",
               _FLAGS),
    # "We're at 45, up from 35 in June", "Unlikely; I'm now at 15.": a forecaster's running number with its percent
    # sign left off, as forecasting teams write it; only at the end of the clause or before its change ("up from"),
    # so that "we're at 45 members" or "we are at 2 per cent growth" stay levels
    # "We are lower, at 65, because ...": the same, said against another's number
    re.compile(r"""\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:now\s+|still\s+)?(?:(?:a\s+bit\s+|slightly\s+|somewhat\s+|a\s+little\s+)?
        (?:lower|higher),?\s+)?at\s+(?:(?:about|around|roughly|maybe)\s+)?
        (?P<p>[1-9]\d?)(?!\s*(?:[\d%.,]\d|%|per\s?cent|percent))
        (?=\s*(?:,\s*(?:up|down|unchanged|from|because|as|since|given|a\s+(?:touch|notch|point)|the\s+same)\b|;|\s\(|\W*$))""", _FLAGS),
    # "We shade that to 70", "I'd nudge it up to 35%", "we mark this down to 20": the writers moving a number said
    # before (theirs or another's) to their own; the claim is the one before
    re.compile(rf"""\b{_SELF}\s+(?:would\s+|now\s+)?(?:shade|nudge|bump|mark)\s+(?:it|that|this)\s+(?:(?:up|down|back)\s+)?to\s+
        {_APPROX}(?P<p>{_PERCENT}|[1-9]\d?(?![\d.,]*\d)(?=\W*$))""", _FLAGS),
]


def first_person_number(text: str) -> tuple[float, str, str, bool] | None:
    """``(probability, words as written, claim, whether the claim is a "that" clause)`` of a first-person
    number; the claim is "" when the sentence has none ("I give it 88%")."""
    if not re.search(r"\d|[\s-]in[\s-]", text) or not re.search(r"\b(?:I|we|call|my|our|let['’]s)\b|^\W*\w*\s*\w*\s*\d+\s?%(?:\s+\w+){0,3}\W*$",
                                                        text, re.IGNORECASE):
        return None
    for index, form in enumerate(_FORMS):
        match = form.search(text.strip().rstrip("."))
        if match is None:
            continue
        groups = match.groupdict()
        event = f"there will be {groups['event']}" if groups.get("event") else ""
        if groups.get("num"):
            num, den = (int(w) if w.isdigit() else _COUNT[w.lower()] for w in (groups["num"], groups["den"]))
            if not 0 < num < den:
                continue
            written = " ".join(match.group(0).split()).rstrip(".")
            return num / den, written[written.lower().find(groups["num"].lower()):], event, bool(event)
        probability = float(re.match(r"\d+(?:\.\d+)?", match.group("p")).group(0)) / 100
        if not 0 < probability < 1:
            continue
        claim = (groups.get("claim") or "").strip(" ,")
        if index == 0 and not groups.get("conn") and as_future(claim, True).startswith("it will turn out"):
            continue  # "we're at 2% inflation for the first time": a level the writers are at, no claim
        if event:
            return probability, " ".join(match.group("p").split()), event, True
        if being := re.match(r"^(.+?)\s+being\s+(.+)$", claim):
            return probability, " ".join(match.group("p").split()), f"{being.group(1)} will be {being.group(2)}", True
        claim = re.split(r"\s+[—–]\s+|\s+-\s+|;", claim)[0].strip(" ,")  # "... at about 25% — which means ..."
        if claim.lower() in ("that", "this", "it", "that one", "this one"):
            claim = ""  # "I'm at 70% on that": the number scores the judgement before it
        return probability, " ".join(match.group("p").split()), claim, index == 0
    return None


#: A question the text asks: a heading or sentence "Will X ...?" (a list number before it is dropped).
_QUESTION = re.compile(r"^(?:\[[\d:]{4,8}\]\s*)?(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}:\s+)?(?:\d+[.)]\s*)?"
                       # "Question wording: “Will X?”", "The question as worded: *Will X?*": a label naming the question
                       r"(?:(?:The\s+)?(?:[Qq]uestion|[Cc]ontract|[Mm]arket)(?:\s+(?:wording|text|title|as\s+(?:worded|written|asked)|asked|reads))?\s*:\s*[*_“\"‘']*)?"
                       # "Our contract *Will X?*", "The market question, *Will X?*": a contract named by its question
                       r"(?:(?:Our|The|Its|Their|This|That|One|A)\s+(?:[\w-]+\s+)?(?:contract|market|question)(?:\s+(?:is|asks))?,?:?\s*[*_“\"‘']*)?"
                       r"Will\s+(?P<question>.{5,200}?)\?\s*$", re.DOTALL)  # a transcript's "[00:30] LIND:" before it


def asked_question(text: str) -> str | None:
    """The question a heading or sentence asks, after its "Will" ("1. Will Germany's next chancellor be
    Friedrich Merz?" -> "Germany's next chancellor be Friedrich Merz")."""
    if not text.rstrip(" *_\"”’'").endswith("?"):
        # "Sudan: a nationwide ceasefire that holds for 30 days, starting before 31 December 2026.": a list item's
        # question said as a labelled event with its deadline, the number in the next sentence
        if ":" in text[:40] and (stem := _EVENT_STEM.match(" ".join(text.strip(" *_#").split()))) and not _FINITE.search(stem.group("event")):
            return f"there be {stem.group('event')}"
        return None
    match = _QUESTION.match(" ".join(text.strip(" *_#").rstrip("\"”’' *_").split()))
    if match is None and (headline := _EVENT_QUESTION.match(" ".join(text.strip(" *_#").split()))):
        return f"there be {headline.group('event')}"  # "Ukraine ceasefire in 2025?": an event asked about, read with "be"
    return match.group("question") if match else None


#: A headline question naming an event and its time, no verb: "Ukraine ceasefire in 2025?", "Fed cut by March?".
_EVENT_QUESTION = re.compile(r"^(?P<event>(?!(?:what|why|how|who|whom|where|when|which|is|are|was|were|can|could|should|do|does|"
                             r"did|has|have|had|would|will|may|might|must|shall|any|so|and|but)\b)[A-Z][\w’'.-]*(?:\s+[\w’'.$%-]+){0,7}?"
                             r"\s+(?:in|by|before|this|next)\s+(?:20\d\d|year|month|quarter|January|February|March|April|May|June|July|"
                             r"August|September|October|November|December|Q[1-4])\b[^?]{0,20})\?$", re.IGNORECASE)


#: A labelled event with a deadline: "Sudan: a nationwide ceasefire ... before 31 December 2026." (no verb of its own).
_EVENT_STEM = re.compile(r"^(?:\d+[.)]\s*)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}:\s+(?P<event>(?:a|an|another|no)\s+[^.;:?!]{5,200}?"
                         r"\b(?:before|by|until|on)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)?\s*(?:\d{1,2},?\s+)?20\d\d)\s*\.?$")
#: A finite verb that makes the line a statement, not a question's stem ("Background: a truce was agreed in 2024.").
_FINITE = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|may|might|could|should|can|did|does)\b", re.IGNORECASE)


def asked_claim(question: str) -> str:
    """The claim of an asked question: "Germany's next chancellor be Merz" -> "... will be Merz"; a "be"
    marks the verb where the shape of other verbs cannot (see ``question_claim`` below)."""

    if be := re.match(r"^(?P<subject>.{2,80}?)\s+be\s+(?P<rest>.+)$", question):
        return f"{be.group('subject')} will be {be.group('rest')}"
    return question_claim(question)


#: "A US recession in 2026 is not our base case; we put its probability at 25%": the event the number is for.
_CASE = re.compile(r"^(?P<event>[A-Z][^,;:]{3,100}?)\s+(?:is|remains)\s+(?:not\s+)?(?:our|the)\s+(?:base|central|main|core)\s+"
                   r"(?:case|scenario)\b")


def named_event(before: str) -> str | None:
    """The event an earlier clause of the sentence names as a case ("X is not our base case"), as a claim."""
    match = _CASE.match(before.strip())
    if match is None:
        return None
    event = match.group("event")
    return f"there will be {event[0].lower() + event[1:] if not event.split()[0].isupper() else event}"


#: A verdict alone before the number ("Unlikely:", "Probably not;", "Very likely,"): no event of its own.
_VERDICT_ONLY = re.compile(r"^\W*(?:(?:very|quite|highly|most|still|fairly|probably|likely|unlikely|possible|possibly|doubtful|improbable"
                           r"|remote|yes|no|not|honestly|frankly|so)\W*){1,3}$", re.IGNORECASE)


def claim_of_number(judgement: Judgement, before: str, asked: str | None) -> Judgement:
    """A claimless number's claim: the case the sentence names before it ("X is not our base case; we put
    its probability at 25%"), else the question asked last (``asked``, None when the paragraph has already
    judged something the number may score), flagged; unchanged when neither is there."""
    head = judgement.clause[:judgement.clause.find(judgement.written)] if judgement.written in judgement.clause else ""
    # "X is possible but not my base case: I put it at 20%"; "X would need Y, and the chance of that is small, 6%"
    if _VERDICT_ONLY.match(before) or _VERDICT_ONLY.match(head):
        before = head = ""  # "Unlikely: call it 12%": the verdict is the answer's gist, the claim the question asked
    if event := named_event(before) or case_event(before) or case_event(head) or needed_event(before + head):
        return replace(judgement, statement=event, notes=(
            *judgement.notes, "the claim is the case the sentence names before the number: check it"))
    if asked is not None:
        # "**Will Merz be chancellor?** ... I give it 88%": the number answers the question asked last.
        return replace(judgement, statement=asked_claim(asked), notes=(
            *judgement.notes, f'the claim is the question asked before it, "Will {asked}?": check it'))
    return judgement


#: "Supo does not expect X to ...", "The Bureau expects ...": a name opening the clause before "expect".
_NAMED_EXPECT = re.compile(r"^\W*(?P<name>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){0,6})"
                           r"(?=\s+(?:(?:does|do)\s+not\s+|also\s+|still\s+|now\s+)?(?:expects?|forecasts?|projects?|predicts?)\b)")
#: "CWA itself will deploy 1,200 observers": the publisher's own plan, in its own name (said as "we will").
_NAMED_WILL = re.compile(r"^\W*(?P<name>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){0,6})"
                         r"(?:\s+itself)?(?=\s+(?:also\s+|then\s+)?will\s+(?!(?:likely|probably|almost|very)\b))")


def own_voice(text: str, authors: frozenset[str]) -> str:
    """``text`` with the document's own name as its subject put as "We", so that "Supo does not expect X to
    ..." is read as the authors' expectation; another name ("Russia expects") stays, a report."""
    if authors and ((match := _NAMED_EXPECT.match(text)) or (match := _NAMED_WILL.match(text))):
        name = re.sub(r"^the\s+", "", match.group("name"), flags=re.IGNORECASE)
        if name in authors or match.group("name") in authors:
            # "Supo expects that": the verb agrees with "We" ("We expects" would leave "s that" in the question)
            return "We" + re.sub(r"^(\s+(?:also\s+|still\s+|now\s+)?)(?:does(?=\s+not)|(\w+?)s\b)",
                                 lambda m: m.group(1) + (m.group(2) or "do"), text[match.end():], count=1)
    return text


#: "We forecast the sector's return on equity at 14-16% for 2026": the authors put a future quantity at a figure
#: ("put ... at" with a percentage is a probability, read above).
_FIGURE_AT = re.compile(r"""^(?:[^,]{0,60},\s+)?(?:we|our\s+\w+)\s+(?:now\s+|still\s+|also\s+)?
    (?P<verb>forecast|project|expect|estimate|see)\s+
    (?P<subject>(?!(?:it|this|that|there|the\s+(?:chance|probability|odds|risk))\b)[^,;]{3,90}?)\s+(?:at|of|(?P<near>(?:closer|close|nearer)\s+to))\s+
    (?P<value>(?:about\s+|around\s+|roughly\s+|some\s+|between\s+)?(?:[A-Z]{3}\s?|[$€£])?\d[^,;]*)
    (?:,\s+[^;]*)?$""", _FLAGS)  # ", 6% above consensus": a comment on the figure
#: A time ahead the figure is for: "estimate" or "see" of a figure without one values the present.
_FOR_TIME = re.compile(r"\b(?:for|in|by|over|at)\s+(?:the\s+)?(?:(?:end|mid)(?:\s+of\s+|-))?(?:20\d\d|next|coming|this\s+year|Q[1-4])"
                       r"|\bnext\s+(?:year|quarter|month|winter|spring|summer|autumn)\b", re.IGNORECASE)
#: "EUR/USD: we see 1.12 by end-2027": a figure for the quantity a label names, with a time ahead.
_LABEL_FIGURE = re.compile(r"""^\W*(?P<label>[A-Z][^:;]{1,40}?):\s+(?:we|our\s+\w+)\s+(?:now\s+|still\s+)?
    (?P<verb>see|expect|forecast|project)\s+
    (?P<value>(?:about\s+|around\s+|roughly\s+)?(?:[A-Z]{3}\s?|[$€£])?\d[\d.,]*(?:\s?(?:%|bn|billion|m|million|per\s?cent))?)\s+
    (?P<time>(?:by|in|at|for)\s+(?:the\s+)?(?:(?:end|mid)(?:\s+of\s+|-))?(?:20\d\d|next\s+year|Q[1-4]\s*20\d\d))\b""", _FLAGS)


def figure_forecast(text: str) -> Judgement | None:
    """The quantity the authors forecast at a figure in ``text`` ("We forecast X at 14-16% for 2026"), or None."""
    if label := _LABEL_FIGURE.match(text):
        return Judgement(text, f"{label.group('label').strip()} will be {label.group('value')} {label.group('time')}",
                         "will", f"{label.group('verb')} ... {label.group('time')}", False)
    match = _FIGURE_AT.match(text)
    if match is None or not (match.group("verb").lower() in ("forecast", "project")
                             or _FOR_TIME.search(match.group("value"))):
        return None
    subject = " ".join(match.group("subject").split())
    near = f"{' '.join(match.group('near').split())} " if match.group("near") else ""  # "we see growth closer to 0.9%"
    return Judgement(text, f"{subject} will be {near}{match.group('value').strip()}", "will",
                     f"{match.group('verb')} ... {near or 'at '}".strip(), False, reads_as=central_projection("expected") if near else None)


#: A single figure a quantity is forecast at ("end 2027 at 4.00%", "growth of 7%", "be 1.12"): no bound ("above
#: 4%", "at least 5"), no range ("6-8%").
_POINT = re.compile(r"""(?:\bat|\bbe|\b(?:growth|increase|rise|decline|fall|gain|loss|deficit|surplus|peak|trough|rate)\s+of)
    \s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:[A-Z]{3}\s?|[$€£])?(?!(?:19|20)\d\d\b(?!\s?%))\d[\d.,]*(?<![.,])(?![\d.,]*\d)
    (?:\s?(?:%|per\s?cent|percent|bn|billion|m|million|trillion))?(?!\s*(?:[-–]|to|or|and)\s*\d)(?![\d.,]*\s*(?:or\s+(?:more|less|higher|lower)))""",
                    _FLAGS)
_BOUND = re.compile(r"\b(?:above|below|over|under|at\s+least|at\s+most|more\s+than|less\s+than|exceed\w*|surpass\w*|"
                    r"beyond|up\s+to|no\s+more\s+than|between)\s+\S*\d", re.IGNORECASE)


def point_figure(judgement: Judgement | None) -> Judgement | None:
    """An expectation of a quantity at one figure ("We expect the yield to end 2027 at 4.00%") read as "likely":
    a point forecast is the writer's central figure, which the outcome may well miss, not a near-certainty."""
    if judgement is None or judgement.phrase != "will" or judgement.negated or judgement.complement or \
            not re.search(r"expect|forecast|project|see", judgement.written, re.IGNORECASE) or \
            not _POINT.search(judgement.statement) or _BOUND.search(judgement.statement):
        return judgement
    return replace(judgement, phrase="likely", notes=(*judgement.notes, "a quantity expected at one figure: the "
                                                      'central figure, read as "likely", not as a plain "will"'))


def question_claim(question: str) -> str:
    """"Will the Fed cut rates in December" as "the Fed will cut rates in December": the verb is the first
    word after the subject that is followed by what opens a predicate, else the question is kept whole."""
    words = question.split()
    for index in range(1, min(len(words) - 1, 12)):
        word, previous, after = words[index], words[index - 1], words[index + 1]
        if word in _SUBJECT_ADJECTIVES and after.islower() and previous[:1].isupper() and index + 2 < len(words) \
                and words[index + 2].islower():
            # "the US federal government shut down": an adjective and its noun close the subject; the verb follows
            return " ".join([*words[:index + 2], "will", *words[index + 2:]])
        if not word.islower() or previous.lower() in _SUBJECT_GLUE or (word in ("of", "and", "for") and after[:1].isupper()):
            continue  # "the Bank of Canada hike": "of" between names is inside the subject
        if (previous[:1].isupper() and index > 1) or _PREDICATE_OPENS.match(after):
            return " ".join([*words[:index], "will", *words[index:]])
    return f"it will turn out that {question}"


#: Adjectives that stand inside a subject after a name ("the US federal government", "the UK general election").
_SUBJECT_ADJECTIVES = {"federal", "national", "central", "general", "public", "private", "global", "regional", "local",
                       "foreign", "domestic", "military", "economic", "political", "social", "financial", "monetary",
                       "fiscal", "nuclear", "civil", "armed", "new", "current", "main", "official", "interim", "ruling"}
_SUBJECT_GLUE = {"the", "a", "an", "of", "in", "on", "at", "for", "with", "and", "or", "to", "from", "its", "their"}
_PREDICATE_OPENS = re.compile(r"^(?:the|a|an|its|their|above|below|over|under|before|after|by|in|on|at|for|to|into|"
                              r"more|less|than|again|\$?\d[\d.,%]*|[a-z]+ly)$", re.IGNORECASE)
