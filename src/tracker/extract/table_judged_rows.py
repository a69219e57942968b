"""Table rows that judge a claim without a sentence: a likelihood term or percentage beside an event, a verdict on
the row's target, a forecaster's headline view, and fixed-width boards of several forecasters' numbers.

Reports summarise their judgements in tables whose cells are not sentences:

- "Development | Likelihood | Timeframe" over "Port call by a foreign navy | Roughly even odds | medium term": the
  event cell is the claim, the likelihood cell a term of the document's scale, the time cell its horizon;
- "Scenario | Defining condition at 31 Dec 2027 | Probability | Change" over "A. Stalemate | No ceasefire ... |
  45% | +5": the condition cell is what the percentage is the chance of, dated by its header or the caption;
- "Sector | Target | Status | Assessment" over "Wind | 30 GW by 2030 | 9 GW | Very unlikely; 18 GW expected": the
  verdict is on the row's target ("on track", "not achievable", "likely to be met");
- "Bank | 2027 avg | View" over "Some Bank | 9,900 | Demand to slow in 2027": the view is in headline grammar
  ("X to rise", "X roughly balanced next year") and the first cell names who forecasts;
- a fixed-width board ("Question (resolves)   Market   Us" over "Party wins the House (Nov 2026)   66%   61%"): the
  writers' own column ("Us", "Our p") is the publisher's forecast.

HTML tables are read from the page's <tr>/<td> cells, Markdown ones from "|" rows (table_verdicts.table_groups).
"""

from __future__ import annotations

import html
import re

from tracker.extract.records import Judgement
from tracker.extract.structure.forecast_rows import SCORED_COLUMN
from tracker.extract.table_verdicts import table_groups
from tracker.extract.table_boards import claim_future

_PERCENT = re.compile(r"^(?P<p>\d{1,3}(?:\.\d+)?)\s*%$")
#: A column saying how likely the row's claim is.
_LIKELIHOOD_HEADER = re.compile(r"^(?:(?:our|my|assessed|estimated)\s+)?(?:likelihood|probability|chance|odds)\b"
                                r"(?:\s*\(%\))?$", re.IGNORECASE)
#: A column saying when: "Timeframe", "Time frame", "Horizon", "By when".
_TIME_HEADER = re.compile(r"^(?:time\s*frame|timing|horizon|time\s+horizon|by\s+when|when|period|timescale)$", re.IGNORECASE)
#: A column stating the claim a percentage is the chance of: "Defining condition at ...", "Event", "Development".
#: A scenario table's describing column ("What it looks like", "Narrative", "Key features") says what the named
#: scenario is in resolvable terms ("storage ends above 45%"), so the question asks it rather than the name.
_DESCRIBE_HEADER = re.compile(r"\b(?:what\s+(?:it|this|that)\s+(?:looks\s+like|means|involves|entails)|narrative|storyline|"
                              r"story|(?:key\s+)?(?:features|characteristics|assumptions)|in\s+brief)s?\b", re.IGNORECASE)
_CLAIM_HEADER = re.compile(r"\b(?:condition|definition|description|development|event|outcome|what\s+happens)s?\b|"
                           + _DESCRIBE_HEADER.pattern, re.IGNORECASE)
#: A column of targets and one of the writers' verdicts on them.
_TARGET_HEADER = re.compile(r"\b(?:target|goal|objective|ambition)s?\b", re.IGNORECASE)
_VERDICT_HEADER = re.compile(r"\b(?:assessment|judge?ment|rating|outlook|prospects?)\b", re.IGNORECASE)
#: A verdict on a target: a scale term alone or "likely to be met", or an idiom of progress.
_VERDICT = re.compile(r"^(?:(?:the\s+)?(?:target|goal|objective)\s+)?(?P<term>(?:(?:very|highly|extremely|almost|virtually)\s+)?"
                      r"(?:un)?likely|(?:almost|virtually|near)\s+certain|roughly\s+even(?:\s+odds)?|remote|improbable|"
                      r"probable|on\s+track|off\s+track|(?:not|un)\s*(?:achievable|attainable)|out\s+of\s+reach)"
                      r"(?:\s+to\s+be\s+(?:met|reached|achieved|hit|missed))?$", re.IGNORECASE)
#: Idioms of progress, read as the scale term they amount to.
_IDIOM = {"on track": "likely", "off track": "unlikely", "out of reach": "very unlikely"}
#: A first column naming who forecasts ("Bank / broker", "Forecaster"): its cells are the speakers.
_HOLDER_HEADER = re.compile(r"^(?:banks?|brokers?|forecasters?|houses?|firms?|institutions?|analysts?|sources?|agency|"
                            r"agencies)(?:\s*(?:/|or|and|&)\s*(?:banks?|brokers?|forecasters?|houses?|firms?|analysts?))?$",
                            re.IGNORECASE)
_VIEW_HEADER = re.compile(r"^(?:(?:our|house|their)\s+)?(?:view|outlook|call|comment|take)s?$", re.IGNORECASE)
#: Headline grammar: "Deficit to deepen in 2027", "Chinese demand to slow sharply".
_HEADLINE_INFINITIVE = re.compile(r"^(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+to\s+(?P<vp>(?!be\b)[a-z]+\b.*)$")
#: Verbless headline: "Market roughly balanced next year", "Prices broadly flat in 2027".
_HEADLINE_STATE = re.compile(r"^(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+(?P<pred>(?:(?:roughly|broadly|largely|"
                             r"mostly|slightly|firmly|still)\s+)?(?:balanced|stable|flat|tight|unchanged|higher|lower|"
                             r"weaker|stronger|firmer|softer|in\s+(?:surplus|deficit))\b.*)$")
#: (also "set to", "poised to", "projected to": a headline's dropped copula, read by table_verdicts as "X is set to")
_ESTIMATIVE_WORD = re.compile(r"\b(?:likely|unlikely|certain|probable|possible|expected|odds|(?:set|poised|projected|forecast)\s+to)\b",
                              re.IGNORECASE)


def html_table_text(text: str) -> str:
    """The tables of an HTML page as lines of cells joined by " | ", each table after its caption."""
    if "<table" not in text:
        return ""
    out = []
    for table in re.findall(r"(?is)<table\b.*?</table>", text):
        caption = re.search(r"(?is)<caption\b[^>]*>(.*?)</caption>", table)
        if caption:
            out.append(_plain(caption.group(1)))
        for row in re.findall(r"(?is)<tr\b.*?</tr>", table):
            cells = [_plain(cell) for cell in re.findall(r"(?is)<t[hd]\b[^>]*>(.*?)</t[hd]>", row)]
            if cells:
                out.append(" | ".join(cell or "-" for cell in cells))
        out.append("")
    return "\n".join(out)


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _future(claim: str) -> str:
    """A claim cell as a future statement: "Settlement ratified by X" is a passive, "Fiji ends ..." a clause."""
    claim = claim.rstrip(".")
    passive = re.match(r"^(.+?)\s+((?:re-)?[a-z]{3,}ed)\b(\s+(?:before|by|in|within|during|until|on|at)\b.*)$", claim)
    if passive and not re.search(r"\b(?:will|is|are|was|were|has|have)\b", passive.group(1)):
        return f"{passive.group(1)} will be {passive.group(2)}{passive.group(3)}"
    return claim_future(claim)


def judged_rows(text: str, lexicon, skip: set[str]) -> list[tuple[str, Judgement, str]]:
    """``(row as written, judgement, text dating it)`` for each row of the tables in the module docstring."""
    found = []
    source = text + ("\n\n" + tables if (tables := html_table_text(text)) else "")
    for caption, header, rows in table_groups(source):
        if len(header) < 3 or any(SCORED_COLUMN.search(name) for name in header):
            # two-column tables are read by table_rows (and legends are "Term | Probability"); a column that scores
            # the rows ("Outcome", "Brier") makes a track record of past forecasts
            continue
        for row, cells in rows:
            if row in skip:
                continue
            if (judged := _likelihood_row(header, cells, lexicon) or _target_row(header, cells, lexicon)
                    or _view_row(header, cells)):
                judgement, dated = judged
                found.append((row, Judgement(row, judgement.statement, judgement.phrase, judgement.written,
                                             judgement.negated, judgement.notes, judgement.stated,
                                             speaker=judgement.speaker),
                              dated if _has_time(dated) or not caption else f"{dated} ({caption})"))
    return found


def _has_time(text: str) -> bool:
    return bool(re.search(r"\b20\d\d\b|\bterm\b|\bnext\s+year\b", text))


def _likelihood_row(header, cells, lexicon):
    """An event, a likelihood (term or percentage) and perhaps a time: "Event | Likelihood | Timeframe"."""
    sure = next((i for i, name in enumerate(header) if _LIKELIHOOD_HEADER.match(name)), None)
    if sure is None:
        return None
    claim = next((i for i, name in enumerate(header) if i != sure and _CLAIM_HEADER.search(name)), 0)
    if claim == sure or len(cells[claim].split()) < 3 or cells[claim].endswith("?"):
        return None
    when = next((i for i, name in enumerate(header) if _TIME_HEADER.match(name)), None)
    statement = _future(cells[claim])
    dated = statement
    if when is not None and cells[when] and cells[when] != "-":
        term = cells[when]
        dated = f"{statement} in the {term}" if re.fullmatch(r"(?:near|short|medium|long)[- ]term", term, re.I) \
            else f"{statement} {term}"
    elif _has_time(header[claim]):
        dated = f"{statement} ({header[claim]})"  # "Defining condition at 31 December 2027"
    elif claim and _DESCRIBE_HEADER.search(header[claim]) and not _has_time(statement):
        # "a cold spell in January" describes the scenario, it does not date it: the period is the table's
        dated = _future(cells[0])
    note = (f'table row under "{" | ".join(header)}": the question is built from its cells; check it',)
    if number := _PERCENT.match(cells[sure]):
        probability = float(number.group("p")) / 100
        if not 0 < probability < 1:
            return None
        return Judgement(cells[claim], statement, "stated", cells[sure], False, note, probability), dated
    term = cells[sure].strip().rstrip(".")
    if len(term.split()) > 4 or lexicon.read(term.lower()) is None:
        return None
    return Judgement(cells[claim], statement, term.lower(), term, False, note), dated


def _target_row(header, cells, lexicon):
    """A verdict on the row's target: "Area | Target | ... | Assessment" over "Wind | 30 GW by 2030 | ... | Unlikely"."""
    target = next((i for i, name in enumerate(header) if i and _TARGET_HEADER.search(name)), None)
    verdict = next((i for i, name in enumerate(header) if i and i != target and _VERDICT_HEADER.search(name)), None)
    if target is None or verdict is None or not cells[target] or not cells[0]:
        return None
    for segment in re.split(r"\s*;\s*", cells[verdict].strip().rstrip(".")):
        if (match := _VERDICT.match(segment)) is None:
            continue
        written = match.group("term")
        term = " ".join(written.lower().split())
        negated = bool(re.match(r"(?:not|un)\s*(?:achievable|attainable)", term))
        phrase = _IDIOM.get(term) or ("very unlikely" if negated else term)
        if lexicon.read(phrase) is None:
            return None
        statement = f"{cells[0]} will reach the target of {cells[target]}"
        note = (f'target table row under "{" | ".join(header)}": "{segment}" judges the row\'s target; check it',)
        return Judgement(cells[verdict], statement, phrase, written, False, note), statement
    return None


def _view_row(header, cells):
    """A forecaster's view in headline grammar: "Bank / broker | ... | View" over "A Bank | ... | Demand to slow"."""
    if not _HOLDER_HEADER.match(header[0]):
        return None
    view = next((i for i, name in enumerate(header) if i and _VIEW_HEADER.match(name)), None)
    if view is None or not cells[0]:
        return None
    first = re.split(r"\s*;\s*", cells[view].strip().rstrip("."))[0]
    if _ESTIMATIVE_WORD.search(first) or len(first.split()) < 3:
        return None
    if match := _HEADLINE_INFINITIVE.match(first):
        statement = f"{_lower(match.group('np'))} will {match.group('vp')}"
    elif match := _HEADLINE_STATE.match(first):
        statement = f"{_lower(match.group('np'))} will be {match.group('pred')}"
    else:
        return None
    note = (f'view table row under "{" | ".join(header)}": "{first}" is {cells[0]}\'s view in headline grammar, read as an expectation ("likely"); check it',)
    return Judgement(cells[view], statement, "likely", first, False, note, speaker=cells[0]), statement


def _lower(phrase: str) -> str:
    return phrase[:1].lower() + phrase[1:] if not phrase[1:2].isupper() else phrase
