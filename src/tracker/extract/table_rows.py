"""Forecast tables: rows with a claim and a percentage whose column header says what the percentage is.

Model write-ups print their numbers race by race: "Race | Leader | Chance of winning" over "Georgia Senate |
Ossoff (D) | 63%". The header names the event ("chance of winning"), the row its subject and object, so
each row is a forecast: "Ossoff (D) will win the Georgia Senate race" at 63%. A percentage column whose
header names no chance ("Share of vote", "Change") holds quantities, and its rows are skipped. Layout
cleanup leaves tables out of the prose, so they are read here from the document's text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from tracker.extract.table_verdicts import verdict_rows
from tracker.extract.table_judged_rows import html_table_text, judged_rows
from tracker.extract.table_boards import board_rows
from tracker.extract.table_prices import market_column
from tracker.extract.lead_in_lists import lead_in_items
from tracker.extract.leader_lines import leader_calls
from tracker.extract.fixed_width_tables import fixed_width_rows
from tracker.extract.call_lists import call_dated, call_judgements
from tracker.extract.structure.forecast_rows import SCORED_COLUMN
from tracker.extract.answer_numbers import answer_number
from tracker.extract.event_claims import base_form
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future, is_noun_phrase
from tracker.extract.claim_statements import claim_statement
from tracker.extract.scenario_headings import scenario_headings
# the name tests/extract/test_claim_table_pages.py imports from here
from tracker.extract.table_row_dates import row_dated as _dated

#: A header naming a chance, and the event when it names one: "Chance of winning", "Probability (%)".
_CHANCE_HEADER = re.compile(r"^(?:chance|probability|likelihood|odds)(?:\s+(?:of|that)\s+(?P<event>[a-z]+(?:\s+[a-z]+)?))?"
                            r"(?:\s*\(%\))?$", re.IGNORECASE)
#: Header cells that name who the row's forecast is about.
_SUBJECT_HEADER = re.compile(r"^(?:leader|leading|favou?rite|candidate|party|team|winner|projected\s+winner)$",
                             re.IGNORECASE)
_PERCENT_CELL = re.compile(r"^(?P<p>\d{1,3}(?:\.\d+)?)\s*%$")


def table_forecasts(text: str) -> list[tuple[str, Judgement]]:
    """``(row as written, judgement)`` for each row of a forecast table in ``text`` (see the module docstring)."""
    found: list[tuple[str, Judgement]] = []
    header: list[str] | None = None
    bare = False  # the table's rows have no outer "|": a web page's table as read into prose
    # an HTML page's tables, as lines of cells joined by " | " (its caption a line of its own): the same rows as a
    # Markdown table's, so a web page's claim table is read like one pasted as Markdown
    html_rows = html_table_text(text).splitlines() if "<t" in text else []
    for line in text.splitlines() + [""] + html_rows:
        stripped = line.strip()
        if not stripped and header is not None and bare:
            continue  # a page's table read as prose: its rows stand a blank line apart ("Contract | Price | Desk")
        if not stripped.startswith("|") and stripped.count(" | ") < 1:
            header = None
            continue
        if header is None:
            bare = not stripped.startswith("|")
        cells = [cell.strip(" *_") for cell in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells if cell):
            continue  # the separator under the header
        if header is None:
            header = cells
            continue
        # a page's table: only rows stating their claim whole (a claim or question column); the chance tables
        # building a claim from a subject and a header's event are Markdown's, and a page's are read by table_judged_rows
        if (judgement := _row(header, cells, stripped, whole_only=bare or line in html_rows)) is not None:
            found.append((stripped, judgement))
    return found


#: A cell asking a forecasting question: "Will the US Congress pass a federal privacy law in Q1 2027?".
_QUESTION_CELL = re.compile(r"^Will\s+(?P<body>[^?|]{8,300})\?$")


def _question_row(header: list[str], cells: list[str], row: str) -> Judgement | None:
    """A question table's row ("# | Question | Our p | Closes"): one cell asks "Will X ...?", one cell answers it; the
    question is the forecast as the authors wrote it, the answer its probability. The answer is written as a
    percentage, a decimal ("0.35"), a ratio ("1 in 4"), "even" or a scale term ("likely"); a number inside the
    question ("a tariff of 25% or more") is the question's, and a movement beside the answer ("up from 15%") is not one."""
    questions = [(i, match) for i, cell in enumerate(cells) if (match := _QUESTION_CELL.match(cell))]
    if len(questions) != 1:
        return None
    asked, question = questions[0]
    answers = [(i, answer) for i, cell in enumerate(cells) if i != asked and (answer := _answer(cell)) is not None]
    # several answers ("Last quarter | Our forecast | Community"): a board of columns, read by its header
    # (structure/forecast_rows.py)
    if len(answers) != 1:
        return None
    phrase, written, probability = answers[0][1]
    if probability is not None and not 0 < probability < 1:
        return None
    header_words = " | ".join(header)
    return Judgement(row, question.group("body"), phrase, written, False, stated=probability,
                     notes=(f'question table row under "{header_words}": the question as the row asks it',))


#: An answer cell's decimal probability ("0.35", ".7"), not a year or a count.
_DECIMAL_CELL = re.compile(r"^(?:about\s+|roughly\s+|around\s+|~\s?)?(?P<d>0?\.\d{1,3})$", re.IGNORECASE)


def _answer(cell: str) -> tuple[str, str, float | None] | None:
    """``(phrase, as written, probability)`` of a question's answer cell, the probability None for a scale term."""
    if number := _PERCENT_CELL.match(cell):
        return "stated", number.group(0), float(number.group("p")) / 100
    if not cell or not (cell[0].isalpha() or cell[0] in "0.~123456789"):
        return None
    if decimal := _DECIMAL_CELL.match(cell):
        return "stated", cell, float(decimal.group("d"))
    if _SURE_WORD.match(cell) and "even" not in cell.lower():
        return ("likely" if "than not" in cell.lower() else cell.lower()), cell, None
    if len(cell) <= 40 and (said := answer_number(cell)) is not None and said.stated is not None:
        return "stated", said.written, said.stated  # "1 in 4", "roughly even", "about 30%"
    return None


#: A column stating the claims: "Question", "Event", "Statement".
#: A prediction market's "Contract" / "Market" column names its question as a claim too.
_CLAIM_HEADER = re.compile(r"^(?:question|event|statement|claim|proposition|outcome|forecast\s+question|contract|market)s?$",
                           re.IGNORECASE)
#: The authors' own numbers ("My forecast", "Our p", "P(yes)"), not a crowd's or market's beside them.
#: A newsletter's own team column is named for the team: "Desk", "Our desk", "Us", "House view".
_OWN_HEADER = re.compile(r"^(?:(?:my|our)\s+(?:forecast|probability|estimate|p|odds|number|call|desk|team|view)|p\s*\(\s*yes\s*\)"
                         r"|(?:forecast|probability|p|desk|us|house(?:\s+view)?)(?:\s*\(%\))?)$", re.IGNORECASE)


def _claim_row(header: list[str], cells: list[str], row: str) -> Judgement | None:
    """A table of claims and the authors' numbers ("# | Question | My forecast | Metaculus"): the claim cell
    put in the future, scored at the authors' own column; a crowd's or market's column beside it is theirs."""
    claim = next((i for i, name in enumerate(header) if _CLAIM_HEADER.match(name)), None)
    own = next((i for i, name in enumerate(header) if _OWN_HEADER.match(name)), None)
    if own is None and claim is not None:
        own = _house_column(header, cells, claim)
    if own is None and claim is not None and (priced := market_column(header, cells, claim)) is not None:
        return _market_row(header, cells, row, claim, *priced)
    if claim is None or own is None or claim == own or not (number := _PERCENT_CELL.match(cells[own])):
        return None
    probability = float(number.group("p")) / 100
    text = cells[claim].rstrip(".")
    if not 0 < probability < 1 or len(text.split()) < 3 or text.endswith("?"):
        return None
    return Judgement(row, claim_statement(text), "stated", cells[own], False, stated=probability,
                     notes=(f'claim table row under "{" | ".join(header)}": the claim put as a question; check it',))


#: Columns of others' numbers beside a house's own: a market's price, a crowd's or a consensus.
_OTHERS_HEADER = re.compile(r"(?:markets?\b|\b(?:crowd|consensus|exchange|implied|price|odds|community|average|median|polls?|bookmakers?)\b)",
                            re.IGNORECASE)  # "Market", "Polymarket": a market's price, whatever the venue


def _market_row(header: list[str], cells: list[str], row: str, claim: int, column: int, probability: float,
                venue: str) -> Judgement | None:
    """A market board's row with no house column: the contract's claim at the market's price, the market speaking."""
    text = cells[claim].rstrip(".")
    if len(text.split()) < 3 or text.endswith("?"):
        return None
    return Judgement(row, claim_statement(text), "stated", cells[column], False, stated=probability, speaker=venue,
                     notes=(f'market board row under "{" | ".join(header)}": {venue}\'s price read as its probability; '
                            "check it",))


def _house_column(header: list[str], cells: list[str], claim: int) -> int | None:
    """The house's own column in "Contract | Resolves | Market | <House name>": of two percentage columns, one named
    as others' numbers ("Market", "Crowd", "Consensus"), the other, named for the publisher, is the house's."""
    numbers = [i for i in range(len(cells)) if i != claim and i < len(header) and _PERCENT_CELL.match(cells[i])]
    if len(numbers) != 2:
        return None
    theirs = [i for i in numbers if _OTHERS_HEADER.search(header[i])]
    ours = [i for i in numbers if i not in theirs]
    return ours[0] if len(theirs) == 1 and len(ours) == 1 and header[ours[0]][:1].isupper() else None


#: A column of the authors' view ("Our view for 2027", "Outlook", "Forecast") and one of how sure they are of it
#: ("Probability / range", "Likelihood"), which holds a percentage or a scale term ("likely").
_VIEW_HEADER = re.compile(r"^(?:(?:our|my|the)\s+)?(?:view|outlook|forecast|expectation|call|prediction|base\s+case)s?\b"
                          r"(?:\s+(?:for|in|to)\s+(?:end[- ])?20\d\d)?$", re.IGNORECASE)
_SURE_HEADER = re.compile(r"^(?:(?:our|my)\s+)?(?:probability|chance|likelihood|odds|confidence)\b[^|]{0,20}$", re.IGNORECASE)
_SURE_WORD = re.compile(r"^(?:(?:very|highly|extremely)\s+)?(?:un)?likely$|^more\s+likely\s+than\s+not$|^(?:about\s+)?even"
                        r"|^(?:almost|virtually)\s+certain$|^probable$|^improbable$|^possible$|^remote$", re.IGNORECASE)


def _view_row(header: list[str], cells: list[str], row: str) -> Judgement | None:
    """A table of the authors' views and how sure they are ("Peril | Our view for 2027 | Probability"): the view
    cell put in the future, at the percentage or the scale term the row gives it."""
    view = next((i for i, name in enumerate(header) if _VIEW_HEADER.match(name)), None)
    sure = next((i for i, name in enumerate(header) if _SURE_HEADER.match(name)), None)
    if view is None or sure is None or view == sure or len(cells[view].split()) < 3:
        return None
    text = cells[view].rstrip(".")
    notes = (f'view table row under "{" | ".join(header)}": the view put as a question; check it',)
    # a view cell is a noun phrase ("Insured losses above USD 50bn") unless it has its own auxiliary
    statement = as_future(text, bool(re.search(r"\b(?:will|would|is|are|remains?)\b", text)))
    if number := _PERCENT_CELL.match(cells[sure]):
        probability = float(number.group("p")) / 100
        return Judgement(row, statement, "stated", cells[sure], False, stated=probability, notes=notes) \
            if 0 < probability < 1 else None
    if _SURE_WORD.match(cells[sure]):
        # "more likely than not" is read as "likely", as in prose (leanings.py)
        phrase = "likely" if "than not" in cells[sure].lower() else cells[sure].lower()
        return Judgement(row, statement, phrase, cells[sure], False, notes=notes)
    return None


def _row(header: list[str], cells: list[str], row: str, whole_only: bool = False) -> Judgement | None:
    if len(cells) != len(header) or len(cells) < 2 or any(SCORED_COLUMN.search(name) for name in header):
        # a column that scores the rows ("Outcome", "Brier"): a track record of past forecasts
        return None
    if (view := _view_row(header, cells, row)) is not None:
        return view
    if (asked := _question_row(header, cells, row)) is not None:
        return asked
    if (claimed := _claim_row(header, cells, row)) is not None:
        return claimed
    if whole_only:
        return None
    chance = next((i for i, name in enumerate(header) if _CHANCE_HEADER.match(name)), None)
    if chance is None or chance == 0 or not (number := _PERCENT_CELL.match(cells[chance])):
        return None
    probability = float(number.group("p")) / 100
    if not 0 < probability < 1:
        return None
    event = (_CHANCE_HEADER.match(header[chance]).group("event") or "").lower()
    subject = next((cells[i] for i, name in enumerate(header) if _SUBJECT_HEADER.match(name) and i != chance), None)
    object_ = cells[0]
    if subject and len(subject.split()) == 1:
        subject = f"the {subject} candidate"  # "Republican" leads: the party's candidate
    if re.fullmatch(r"race|contest|seat|district|state", header[0], re.IGNORECASE) and not object_.lower().endswith(
            header[0].lower()):
        object_ = f"{object_} {header[0].lower()}"
    if event and subject:
        verb, _, rest = event.partition(" ")
        verb = base_form(verb[:-3]) if verb.endswith("ing") else verb
        statement = f"{subject} will {verb} {' '.join(filter(None, [rest, 'the', object_]))}"
    elif not subject and len(cells) == 2:
        # "Event | Probability": the event as written, put in the future ("A ransomware attack disables X")
        statement = as_future(object_, not is_noun_phrase(object_))
    else:
        return None
    header_words = " | ".join(header)
    return Judgement(row, statement, "stated", cells[chance], False, stated=probability,
                     notes=(f'table row under "{header_words}": the question is built from its cells; check it',))


def table_drafts(text: str, context, lexicon, used_ids: set[str], lowercase: frozenset[str]) -> list:
    """Drafts of the forecast table rows in a Markdown ``text``: each row quoted as written, under the nearest
    heading above it, due when the row says or at the document's default horizon."""
    from tracker.extract.drafting import make_draft
    from tracker.extract.horizons import default_horizon, find_horizon
    from tracker.extract.lexicon import STATED_SCALE, Reading
    from tracker.extract.records import Paragraph, Sentence
    from tracker.scales import Phrase

    drafts = []
    found = [(row, judgement, _dated(judgement, text, row)) for row, judgement in table_forecasts(text)]
    # likelihood terms, target verdicts, headline views, HTML tables' percentages (table_judged_rows.py): before the
    # cells judging in words, which would read "Likely to be met" without the row's target
    found += judged_rows(text, lexicon, {row for row, _, _ in found})
    found += verdict_rows(text, lexicon, {row for row, _, _ in found})  # cells judging in words (table_verdicts.py)
    found += board_rows(text)  # fixed-width boards of forecasters' numbers (table_boards.py)
    found += lead_in_items(text)  # noun-phrase items under "X expects in particular:" (lead_in_lists.py)
    found += leader_calls(text, lexicon)  # "claim ........ 45%" call lines (leader_lines.py)
    found += fixed_width_rows(text)  # plain-text tables with a probability column (fixed_width_tables.py)
    for number, (row, judgement, timed) in enumerate(found + scenario_headings(text), start=1):
        start = text.find(row)
        if start < 0:  # an HTML table's row, read from its cells: placed at its first cell
            start = max(text.find(row.split(" | ")[0]), 0)
        headings = re.findall(r"(?m)^#{1,6}\s+(.+)$", text[:start])
        kind = "list item" if judgement.notes and judgement.notes[0].startswith("list item") else "table row"
        paragraph = Paragraph(number, row, f"{headings[-1].strip()}, {kind}" if headings else kind)
        sentence = Sentence(row, paragraph, 0, start, start + len(row))
        horizon = find_horizon(timed, "", context) or default_horizon(context)
        if judgement.stated is None:  # a scale term in a view table's cell ("likely"), read on the document's scale
            verdict = judgement.notes and judgement.notes[-1].startswith(("table cell under", "dotted leader"))
            if (reading := lexicon.reading_of(judgement) if verdict else lexicon.read(judgement.phrase)) is None:
                continue
        else:
            reading = Reading(Phrase(judgement.written, (judgement.stated, judgement.stated), judgement.stated),
                              STATED_SCALE)
        draft = make_draft(sentence, judgement, reading, horizon, context.published, used_ids, lowercase)
        if judgement.notes[0].startswith("question table row"):
            # The row asks its question in full, with its own date: it is the draft's question as written.
            draft = replace(draft, text=f"Will {judgement.statement}?")
        drafts.append(draft)
    for start, end, quote, judgement in call_judgements(text):
        # a call list ("1. Gold sets a new high      Conviction: LOW"): each call at its level's band (call_lists.py)
        paragraph = Paragraph(len(drafts) + 1, quote, "call list")
        sentence = Sentence(quote, paragraph, 0, start, end)
        reading = Reading(Phrase(judgement.written, (judgement.stated, judgement.stated), judgement.stated), STATED_SCALE)
        horizon = find_horizon(call_dated(judgement.statement, text[:start]), "", context) or default_horizon(context)
        drafts.append(make_draft(sentence, judgement, reading, horizon, context.published, used_ids, lowercase))
    return drafts
