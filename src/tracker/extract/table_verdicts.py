"""Tables whose cells state judgements in words: "| Ransomware | Increasing | Likely to increase further |",
"| Energy | Pre-positioning | Threat will very likely increase |", "| Forecaster | ... | Base case for rates |".

Assessments summarise their outlook in a table: the row's first cell names what it is about, a cell further on
says in estimative words what will happen to it, often without a subject ("Likely to remain elevated", "Almost
certain to persist") or as a noun phrase ("Realistic possibility of a disruptive attack"). The cell is read as
the sentence it shortens ("Ransomware is likely to increase further", "There is a realistic possibility of
...") by the ordinary estimative grammar. A column headed as a forecast ("Base case for spot rates", "Central
projection") holds the row's forecasts even without such words; when the first column names who forecasts
("Forecaster", "Bank"), the row's first cell is the speaker. The table's caption or the line above it dates the
rows ("Threat outlook to the end of 2027"). A table with a column that scores its rows ("Outcome", "Brier") is a
track record and is not read; a legend table ("Term | Likelihood") has no cell with a claim.

Tables come as Markdown rows ("| a | b |") or, from HTML, as one line per row with cells joined by " | ".
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.structure.forecast_rows import SCORED_COLUMN

#: A predicate without its subject: "Likely to increase", "Almost certain to persist", "Very unlikely to".
_PREDICATE = re.compile(r"^(?:(?:almost|virtually|very|highly|extremely|more|most|quite|fairly|even|less)\s+)*"
                        r"(?:likely|unlikely|certain|probable|improbable|expected|set|projected|forecast)\s+to\s+\w",
                        re.IGNORECASE)
#: A chance as a noun phrase: "Realistic possibility of ...", "Remote chance that ...".
#: The size may be hedged ("Roughly even chance of a decline", "About even odds of ...", "A fairly low risk of ...").
_CHANCE_PHRASE = re.compile(r"^(?:an?\s+)?(?:(?:roughly|about|around|approximately|fairly|very|quite)\s+)?(?:(?:realistic|real|strong|distinct|remote|slight|small|good|high|low|even|"
                            r"significant|moderate)\s+)?(?:possibility|chance|prospect|likelihood|probability|risk|odds)\s+"
                            r"(?:of|that)\s+\w", re.IGNORECASE)
#: A column of forecasts: "Base case for spot rates", "Central projection", "Our forecast for 2027".
_FORECAST_HEADER = re.compile(r"\b(?:base[- ]case|central\s+(?:case|scenario|projection|forecast)|forecasts?|projections?|"
                              r"expectations?|predictions?)\b", re.IGNORECASE)
#: A first column naming who forecasts: its cells are the speakers.
_HOLDER_HEADER = re.compile(r"^(?:forecasters?|sources?|banks?|institutions?|houses?|firms?|analysts?|organi[sz]ations?|"
                            r"agency|agencies|forecasting\s+body)$", re.IGNORECASE)
#: A column naming what a row's outlook is about, beside the first column's area: "Main threat", "Key risk".
_SUBJECT_HEADER = re.compile(r"\b(?:threats?|risks?|hazards?|perils?|issues?|drivers?)$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^:?-{2,}:?$")
#: Words a row's statement or caption gives its time in: the row's own first, then the caption's.
#: A year naming a past level ("a return to 2015 flows", "2019 levels") is what is compared to, not when.
_YEAR = re.compile(r"\b20\d\d\b(?!\s+(?:levels?|flows?|figures?|peaks?|highs?|lows?|rates?|values?|averages?|volumes?|"
                   r"numbers?|standards?|prices?|totals?)\b)")


def table_groups(text: str) -> list[tuple[str, list[str], list[tuple[str, list[str]]]]]:
    """``(caption, header, rows)`` of each table in ``text``: Markdown rows, or lines of cells joined by " | "
    set apart by blank lines (an HTML table as read); ``rows`` are ``(row as written, cells)``."""
    if " | " not in text and "\n|" not in text:
        return []
    groups = []
    caption, header, rows, last = "", None, [], ""
    for line in text.splitlines() + [""]:
        stripped = line.strip()
        if not stripped:
            continue
        if " | " in stripped or stripped.startswith("|"):
            cells = [cell.strip(" *_") for cell in stripped.strip("|").split("|")]
            if all(_SEPARATOR.match(cell) for cell in cells if cell):
                continue
            if header is not None and len(cells) == len(header):
                rows.append((stripped, cells))
                continue
            if header is not None and rows:
                groups.append((caption, header, rows))
            caption, header, rows = last, cells, []
            continue
        if header is not None and rows:
            groups.append((caption, header, rows))
        header, rows, last = None, [], stripped
    if header is not None and rows:
        groups.append((caption, header, rows))
    return groups


def _as_sentence(subject: str, cell: str, forecast_column: bool, holder: bool = False) -> str | None:
    """The sentence a judging cell shortens, or None for a cell that judges nothing."""
    lowered = cell[:1].lower() + cell[1:] if not cell[1:2].isupper() else cell
    if _PREDICATE.match(cell):
        return f"{subject} is {lowered}."
    if _CHANCE_PHRASE.match(cell):
        article = "" if re.match(r"an?\s", lowered) else "an " if lowered[:1] in "aeiou" else "a "
        if re.search(r"\bof\s+an?\s+(?:\w+\s+)?(?:decline|rise|fall|increase|decrease|drop|rebound|resurgence|"
                     r"reduction|escalation|recovery|slowdown|pick-?up|upturn|downturn)$", lowered):
            # "Roughly even chance of a decline": a bare change is a change in what the row is about
            lowered += f" in {subject[:1].lower() + subject[1:] if not subject[1:2].isupper() else subject}"
        return f"There is {article}{lowered}."
    if not holder and (noun := _JUDGED_NOUN.match(cell)) and not _BARE_VERDICT.match(subject):
        # "| Disinformation | rising | probable further increase through 2027 |": an estimative adjective before
        # what is expected, the row's subject is where it happens ("It is probable that Disinformation will see ...")
        rest = noun.group("rest")
        head = re.split(r"\s+(?:through|in|by|before|until|over|during|from|at|within|after|to)\s", rest, maxsplit=1)[0]
        article = "an " if rest[:1].lower() in "aeiou" else "a "
        article = article if head.split()[-1].lower() in _COUNTED_CHANGES else ""
        return f"It is {noun.group('term').lower()} that {subject} will see {article}{rest}."
    if _BARE_VERDICT.match(cell) and not _BARE_VERDICT.match(subject) and not holder:
        # "| Sabotage against infrastructure | new | a realistic possibility |": the cell is only the verdict, the
        # row's subject is what it judges ("Sabotage ... is a realistic possibility")
        return f"{subject} is {lowered}."
    if dropped := _DROPPED_COPULA.match(cell):
        # "Grindings recovery likely to lag": a view in headline grammar, its copula put back
        return f"{dropped.group('subject')} is {dropped.group('predicate')}."
    if forecast_column:
        return f"Our base case is that {lowered}."
    return f"{cell.rstrip('.')}."


#: A cell holding only a verdict: a scale term or a chance with no "of" after it ("a realistic possibility",
#: "Highly likely", "roughly even chance", "remote").
_BARE_VERDICT = re.compile(r"^(?:an?\s+)?(?:(?:roughly|about|around|approximately|fairly|very|highly|extremely|quite|almost|virtually|"
                           r"more|most)\s+)*(?:(?:realistic|real|strong|distinct|remote|slight|small|good|high|low|even)\s+)?"
                           r"(?:(?:un)?likely|probable|improbable|certain|(?:possibility|chance|prospect|odds)|remote)"
                           r"(?:\s+than\s+not)?$", re.IGNORECASE)
#: An estimative adjective before a noun phrase, in a cell with no verb: "probable further increase through 2027",
#: "very unlikely large-scale outage in 2026", "almost certain rise in demand". Bare "certain" is a determiner
#: ("certain sectors"), so it needs its hedge; what follows must be a noun, not "to", "that" or a conjunction.
_JUDGED_NOUN = re.compile(r"^(?P<term>(?:(?:very|highly|extremely|quite|fairly|almost|virtually|practically)\s+)*"
                          r"(?:(?:un)?likely|probable|improbable|possible)|(?:almost|virtually|practically|near(?:ly)?)\s+certain)"
                          r"\s+(?P<rest>(?!(?:to|that|than|not|or|and|but|if|for|with|given|because|as|at|in|on|by|until|"
                          r"unless|when|where|while|though|although|enough|yet|now|so)\b)[a-z][\w-]*(?:\s+[^\s()]+){1,10})$",
                          re.IGNORECASE)
#: Changes and events counted one at a time: "a further increase", "an attack"; "continued growth" takes no article.
_COUNTED_CHANGES = frozenset({"increase", "decrease", "rise", "fall", "decline", "drop", "rebound", "escalation", "recovery",
                              "slowdown", "upturn", "downturn", "reduction", "surge", "spike", "attack", "breach",
                              "outbreak", "incident", "shortage", "outage", "strike", "cut", "hike", "default", "recession"})
#: A clause whose copula a headline dropped: a subject, then "likely to", "expected to", "set to", "unlikely to".
_DROPPED_COPULA = re.compile(r"^(?P<subject>(?-i:[A-Za-z])[\w’'&/-]*(?:\s+(?!(?:is|are|was|were|will|to)\b)[\w’'&/-]+){0,5}?)\s+"
                             r"(?P<predicate>(?:(?:very|highly|most|more|less|almost|virtually)\s+)?(?:likely|unlikely|expected|set|poised|"
                             r"certain|projected|forecast|probable|improbable)\s+to\s+\w.*)$", re.IGNORECASE)


#: "There is a remote chance of a return to ...": the chance and the event, an article or a noun, not a gerund.
_CHANCE_OF_EVENT = re.compile(r"^(?P<chance>There is .{0,40}?\b(?:possibility|chance|prospect|likelihood|probability|risk|odds))"
                              r"\s+of\s+(?P<event>(?![a-z]+ing\b)[a-z].*)$")


def verdict_rows(text: str, lexicon, skip: set[str]) -> list[tuple[str, object, str]]:
    """``(row as written, judgement, text dating it)`` for each table row with a judging cell (see the module
    docstring); rows in ``skip`` were read already as forecast tables."""
    from tracker.extract.clauses import split_clauses
    from tracker.extract.judgements import find_judgement

    found = []
    for caption, header, rows in table_groups(text):
        if len(header) < 2 or any(SCORED_COLUMN.search(name) for name in header):
            continue  # a column that scores the rows: a track record of past forecasts
        holder = bool(_HOLDER_HEADER.match(header[0]))
        for row, cells in rows:
            if row in skip or not cells[0]:
                continue
            for index in range(1, len(cells)):
                cell = cells[index].strip().rstrip(".")
                forecast_column = bool(_FORECAST_HEADER.search(header[index]))
                # "Sector | Main threat | Outlook": the threat the row names is what its outlook is about, in its sector
                named = next((i for i in range(1, index) if _SUBJECT_HEADER.search(header[i]) and cells[i]), None)
                subject = f"{cells[named]} ({cells[0]})" if named is not None else cells[0]
                if (len(cell.split()) < 3 and not _BARE_VERDICT.match(cell)) or cell.endswith("?") \
                        or (sentence := _as_sentence(subject, cell, forecast_column, holder)) is None:
                    continue
                judgement = next((j for clause in split_clauses(sentence) if (j := find_judgement(clause, lexicon))), None)
                if judgement is None and sentence.startswith("There is") and (event := _CHANCE_OF_EVENT.match(sentence)):
                    # "remote chance of a return to 2015 flows": the chance of an event, said as the chance that
                    # there will be it (not every size of chance is read before "of" in prose)
                    sentence = f"{event.group('chance')} that there will be {event.group('event')}"
                    judgement = next((j for clause in split_clauses(sentence) if (j := find_judgement(clause, lexicon))), None)
                if judgement is None or (judgement.phrase == "will" and not forecast_column and not judgement.reads_as) \
                        or judgement.stated is not None:  # "expected to": an expectation, read as its "likely"
                    continue
                if holder and (forecast_column or _DROPPED_COPULA.match(cell)):  # "| Some Bank | ... | Demand likely to lag |"
                    judgement = replace(judgement, speaker=cells[0])
                notes = (*judgement.notes, f'table cell under "{header[index]}" (row "{cells[0]}"): read as "{sentence}"; check it')
                judgement = replace(judgement, clause=row, notes=notes)
                # the row's own time words first; else its column's ("Outlook to end-2027"); else the caption's
                # ("Threat outlook to the end of 2027")
                if not _YEAR.search(judgement.statement) and _CAPTION_SPAN.search(header[index]):
                    dated = _caption_time(header[index])
                elif caption and not _YEAR.search(judgement.statement) and _YEAR.search(caption) and len(caption) < 150:
                    dated = _caption_time(caption)
                else:
                    dated = judgement.statement
                found.append((row, judgement, dated))
                break  # one judgement a row: the first cell that judges
    return found


#: A caption's span of time: "Outlook to the end of 2027", "Threats through 2028", "Outlook 2026-2028", "Outlook to
#: mid-2027".
_CAPTION_SPAN = re.compile(r"\b(?:to|until|till|through|thru|up\s+to)\s+(?:the\s+end\s+of\s+|end[- ]|(?P<mid>mid[- ]|the\s+middle\s+of\s+))?"
                           r"(?P<year>20\d\d)\b|"
                           r"\b20\d\d\s*[-–]\s*(?P<end>20\d\d)\b", re.IGNORECASE)


def _caption_time(caption: str) -> str:
    """A caption's time words as a horizon reads them: a span "to the end of 2027" runs to the end of its year."""
    if (span := _CAPTION_SPAN.search(caption)) is None:
        return caption
    if span.group("mid"):
        return f"by 30 June {span.group('year')}"  # "Outlook to mid-2027": the middle of the year, its half's end
    return f"by the end of {span.group('year') or span.group('end')}"
