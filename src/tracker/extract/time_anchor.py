"""The time anchor of a paragraph: the horizon its last sentence stating one stated, read only when needed.

A judgement with no time words of its own takes the horizon stated earlier in its paragraph ("The election
will be held in 2025. The party will lose"). Finding every clause's horizon up front cost a third of the
horizon search on clauses that judge nothing; most paragraphs never ask for their anchor, so a clause that
judges nothing is kept unread and its horizon is found only when a later judgement in the paragraph needs it.
"""

from __future__ import annotations

import re
from datetime import timedelta

from tracker.extract.horizon_period import ELECTION_FLAG
from tracker.extract.horizon_scope import without_consequence
from tracker.extract.horizon_weeks import SCHEDULED_FLAG
from tracker.extract.horizons import HorizonContext, find_horizon
from tracker.extract.records import Horizon, Paragraph

#: A sentence that sets a time frame ahead ("The election will be held in 2025", "The army plans an exercise in
#: May 2024"), not one that dates a fact ("In 2023, the economy shrank").
#: So does a question put about the time ahead, which the next sentence answers ("the question is whether this winter can
#: still surprise. Short answer: it probably won't").
_FRAME_AHEAD = re.compile(r"\b(?:will|would|shall|can|may|might|whether|is\s+to|are\s+to|plans?|planned|scheduled|due\s+to|expected|"
                          r"(?:is|are)\s+(?:forecast|projected)\s+to|"
                          r"upcoming|forthcoming|coming|next)\b", re.IGNORECASE)
_UNREAD = object()
#: Where a sentence ends in a paragraph's text: a stop before a capital, or the text's end.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“‘'(]?[A-Z0-9]|\s*$)")
#: The rest of a sentence judges the time ahead: a modal, a likelihood or an expectation ("but one is considered unlikely
#: before the end of fiscal 2026"), not a fact told in the past tense.
_JUDGES_AHEAD = re.compile(r"\b(?:will|would|shall|could|may|might|likely|unlikely|probabl[ey]|improbable|possible|chance|"
                           r"expect(?:s|ed)?|forecast|projected|set\s+to|due\s+to)\b", re.IGNORECASE)
#: What joins a clause to the next one of its sentence: ", but", "; and", ", while", a dash.
_CLAUSE_LINK = re.compile(r"\W*(?:[,;:–—-]|\s(?:but|and|while|whereas|though|although|yet)\b)", re.IGNORECASE)
#: Words that point back at a time said before, whoever said it: "by then", "before that date", "ahead of the deadline"
#: ("Jakarta aims to move by 2028. We judge it unlikely that the move will be complete by then"). They make the
#: earlier time the claim's own, even when the earlier sentence only reports an aim or a fact.
_POINTS_BACK = re.compile(r"\b(?P<prep>by|before|until|till|ahead\s+of|in\s+time\s+for)\s+(?:then|that\s+(?:time|point|date|stage|day|"
                          r"deadline)|the\s+(?:deadline|cut-?off(?:\s+date)?|due\s+date|start\s+date|effective\s+date))\b", re.IGNORECASE)
#: A sentence that opens a judgement of its own ("It is highly probable that ...", "The Review judges that ..."):
#: another judgement's time frame does not date it ("X is unlikely before 2028. It is highly probable that Y
#: will continue ..."), unless it takes that time up in words (_TAKEN_UP).
_OWN_FRAME = re.compile(r"^\W*(?:in\s+our\s+(?:assessment|view|judge?ment),?\s+)?(?:[\w’'-]+\s+){0,4}?(?:judges?|assess(?:es)?|"
                        r"believes?|considers?|estimates?|expects?|thinks?|anticipates?|is\s+(?:\w+\s+)?(?:likely|unlikely|"
                        r"probable|improbable|possible|certain|doubtful)\s+that)\b", re.IGNORECASE)
#: Words that take up a time said before: "by then", "by that time", "at that point", "also", "that meeting".
_TAKEN_UP = re.compile(r"\b(?:then|thereafter|subsequently|also|too|likewise|similarly|in\s+turn|(?:that|the\s+same)\s+"
                       r"(?:time|point|date|period|year|month|meeting|summit|vote|deadline|stage))\b", re.IGNORECASE)


class TimeAnchor:
    """The horizons of a paragraph's sentences so far, each clause's read when first needed."""

    def __init__(self, context: HorizonContext):
        self.context = context
        self.paragraph: Paragraph | None = None
        self.sentences: list[tuple[list[list], str]] = []  # per sentence: [text, before, horizon] per clause
        self.clauses: list[list] = []

    def start(self, paragraph: Paragraph) -> None:
        """A new sentence of ``paragraph`` begins (a new paragraph forgets the old one's times)."""
        if paragraph is not self.paragraph:
            self.paragraph, self.sentences = paragraph, []
        self.clauses = []

    def read(self, text: str, before: str, horizon: Horizon | None) -> None:
        """A clause whose horizon was found (a judgement's)."""
        self.clauses.append([text, before, horizon, True])

    def unread(self, text: str, before: str) -> None:
        """A clause that judges nothing: its horizon is found only if an anchor is asked for."""
        self.clauses.append([text, before, _UNREAD, False])

    def end(self, sentence: str) -> None:
        self.sentences.append((self.clauses, sentence))

    def anchor(self) -> tuple[Horizon, bool] | None:
        """The horizon the paragraph's last sentence stating one stated (its last clause's first), and whether
        that sentence frames the time ahead; None when no earlier sentence of the paragraph states one."""
        points = self._points_back()
        carried = self._carried(points)
        if carried is not None and points is None and (own := self._own_sentence()) is not None:
            # "A test cannot be ruled out, but one is unlikely before the end of fiscal 2026", "a poll found a median 2027
            # forecast; most said the target would be missed": the sentence's own time, in another of its clauses,
            # dates the claim before a time carried from another sentence (another speaker's, another subject's)
            return own, carried[1]
        return carried

    def _carried(self, points: re.Match | None) -> tuple[Horizon, bool] | None:
        """The horizon an earlier sentence of the paragraph states, and whether it frames the sentence being read."""
        for back, (clauses, sentence) in enumerate(reversed(self.sentences)):
            for clause in reversed(clauses):
                if clause[2] is _UNREAD:
                    clause[2] = find_horizon(clause[0], clause[1], self.context)
                if clause[2] is not None and clause[2].flagged != ELECTION_FLAG \
                        and not _past_month(clause[2], sentence, self.context.published):  # the vote's day dates claims about it alone
                    if points is not None:
                        return _pointed(clause[2], points, sentence), True
                    # the sentence just before judged with a time frame: it frames the next judgement ("our house
                    # view is that X avoids a recession in 2027. I'd give a recession maybe one in five")
                    frames = clause[3] and back == 0 or bool(_FRAME_AHEAD.search(sentence)) or _opens(clause[2], sentence, self.context) \
                        or (clause[2].flagged or "").startswith(SCHEDULED_FLAG)  # "MEPs vote on Tuesday": the scene
                    return clause[2], frames and self._framed_by(clause[2], sentence)
        return None

    def _own_sentence(self) -> Horizon | None:
        """A time stated in another clause of the sentence being read: an earlier clause's, else the rest of the
        sentence after the clause being read (found in the paragraph's text), else None."""
        for clause in self.clauses[:-1]:
            if clause[2] is _UNREAD:
                clause[2] = find_horizon(clause[0], clause[1], self.context)
            if clause[2] is not None and clause[2].flagged != ELECTION_FLAG:
                return clause[2]
        if not self.clauses or self.paragraph is None:
            return None
        current = self.clauses[-1][0].strip()
        text = self.paragraph.text
        at = text.find(current[:40]) if len(current) >= 12 else -1
        if at < 0 or text.find(current[:40], at + 1) >= 0:
            return None  # not found, or found twice: which sentence it is cannot be told
        rest = text[at + len(current):]
        if (end := _SENTENCE_END.search(rest)) is not None:
            rest = rest[:end.start() + 1]
        if not _CLAUSE_LINK.match(rest) or not _JUDGES_AHEAD.search(rest):
            # the clause runs on (its words were cut), or the rest states a fact ("; three parties were set up in
            # 2020 and won seats in the autumn elections"), whose time dates the fact, not the claim
            return None
        found = find_horizon(rest, "", self.context) if re.search(r"\w", rest) else None
        return found if found is not None and found.flagged != ELECTION_FLAG else None

    def _points_back(self) -> re.Match | None:
        """The words of the sentence being read that point back at an earlier time ("by then"), if any (cheap
        substring tests first: most clauses hold none of them)."""
        for clause in self.clauses:
            lowered = clause[0].lower()
            if ("then" in lowered or "that" in lowered or "deadline" in lowered or "date" in lowered or "cut" in lowered) \
                    and (match := _POINTS_BACK.search(clause[0])):
                return match
        return None

    def _framed_by(self, horizon: Horizon, sentence: str) -> bool:
        """Whether the sentence being read may take ``horizon``, stated in the earlier ``sentence``: not when it
        opens a judgement of its own, unless it takes that time up in words ("by then") or the time opens the
        earlier sentence ("In 2027, X will ...": a time put first sets the scene for what follows; one put last
        belongs to its own claim, "X is unlikely before 2028")."""
        if not self.clauses or not _OWN_FRAME.match(opening := self.clauses[0][0]):
            return True
        if _TAKEN_UP.search(self.clauses[-1][0]) or _TAKEN_UP.search(opening):
            return True
        at = sentence.lower().find(horizon.text.lower()) if horizon.text else -1
        return at >= 0 and not re.search(r"\w", sentence[:at])


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _past_month(horizon: Horizon, sentence: str, published) -> bool:
    """Whether ``horizon`` is a bare month ("in August", read as the next August) that its own sentence dates in a
    year already past ("the funds run out in August ..., whose deadline is Aug 31, 2026", written in October 2026):
    the month dates a fact, and no later sentence may take it as its time."""
    words = (horizon.text or "").lower()
    if not words or any(ch.isdigit() for ch in words) or "20" not in sentence:
        return False
    month = next((i + 1 for i, name in enumerate(_MONTH_NAMES) if re.search(rf"\b{name}[a-z]*\b", words)), None)
    if month is None:
        return False
    name = _MONTH_NAMES[month - 1]
    for match in re.finditer(rf"\b(?:\d{{1,2}}\s+)?{name}[a-z]*\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<year>20\d\d)\b",
                             sentence, re.IGNORECASE):
        if (int(match.group("year")), month) < (published.year, published.month):
            return True
    return False


def _pointed(horizon: Horizon, points: re.Match, sentence: str) -> Horizon:
    """The earlier ``horizon`` taken up by ``points`` ("before the deadline"): "before" a day the earlier sentence
    names ("takes effect on January 1, 2027") is the day before it; "by then" is the day itself."""
    if points.group("prep").lower() in ("before", "ahead of") and horizon.text and re.search(r"\d{1,2}\b", horizon.text) \
            and not re.search(r"\b(?:by|before|until|till)\b", horizon.text, re.IGNORECASE):
        due = horizon.due - timedelta(days=1)
        words = " ".join(points.group(0).split())
        return Horizon(words, due, f'"{words}": the day before {horizon.due.isoformat()}, the date "{horizon.text}" said '
                       "before", flagged=horizon.flagged)
    # the pointing words are the claim's time: the question gives the date in their place ("by then" is cut)
    words = " ".join(points.group(0).split())
    return Horizon(words, horizon.due, f'"{words}": {horizon.reasoning}', flagged=horizon.flagged)


def _opens(horizon: Horizon, sentence: str, context: HorizonContext) -> bool:
    """Whether a time in a later year than publication opens the sentence or one of its clauses ("... over the
    forecast horizon; at the end of 2027, the band stretches from 0.5 to 3.5 per cent"): a time that far ahead,
    put first, sets the scene for what follows, present tense or not. (The year of publication does not: "In 2026,
    the economy shrank" tells the year so far.)"""
    if horizon.due.year <= context.published.year:
        return False
    at = sentence.lower().find(horizon.text.lower()) if horizon.text else -1
    return at >= 0 and (not re.search(r"\w", sentence[:at]) or bool(re.search(r"[;:]\s*$", sentence[:at])))


def claim_horizon(found: Horizon | None, statement: str, context: HorizonContext) -> Horizon | None:
    """The clause's horizon (``found``), unless its words are outside the claim and the claim states one of its
    own: "a 35% chance the bank raises rates in 2027, and most of that risk is in the spring" is due in 2027."""
    if found is None or not found.text or found.text in statement:
        return found
    # not the time of a reason or consequence the statement goes on to: "For 2027 we expect revenue to grow 6%, as
    # the patent expires in the second quarter" is due at the end of 2027
    return find_horizon(without_consequence(statement)[0], "", context) or found
