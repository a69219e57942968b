"""A probability legend the document prints as a table: its own scale, before any publisher's standard.

Outlooks that define their words often print them as a two-column table, "Term | Probability" with rows
such as "Highly likely | 75–90 %" or "Remote | under 10 %". Those bands are what the authors mean, so they
win over the standard a detected publisher usually writes to (a Polish outlook is not read on NATO's
bands when it prints its own). The terms it defines are read as estimative phrases even when no shipped
scale lists them ("It is remote that X will ..." is a judgement at the legend's band, not a plain "will").
"""

from __future__ import annotations

import re

from tracker.extract.folding import bracket_matches
from tracker.extract.legend_prose import defined_hedges, listed_legend, unquoted_legend
from tracker.extract.lexicon import TABLE_SCALE
from tracker.scales import Phrase, Scale

_NUMBER = r"(\d{1,3}(?:\.\d+)?)"
_PERCENT = r"\s*(?:%|per\s?cent|percent)"
_RANGE = re.compile(rf"^(?:between\s+)?{_NUMBER}(?:{_PERCENT})?\s*(?:[–—-]|to|and)\s*{_NUMBER}{_PERCENT}$", re.IGNORECASE)
_BELOW = re.compile(rf"^(?:under|below|less\s+than|up\s+to|<|≤|<=)\s*{_NUMBER}{_PERCENT}$", re.IGNORECASE)
_ABOVE = re.compile(rf"^(?:over|above|more\s+than|at\s+least|>|≥|>=)\s*{_NUMBER}{_PERCENT}$", re.IGNORECASE)
#: The bound written after the number: "95% or more", "90 per cent and above", "10% or less", "5%+".
_ABOVE_AFTER = re.compile(rf"^{_NUMBER}{_PERCENT}\s*(?:(?:or|and)\s+(?:more|above|higher|over|greater)|\+)$", re.IGNORECASE)
_BELOW_AFTER = re.compile(rf"^{_NUMBER}{_PERCENT}\s*(?:or|and)\s+(?:less|below|lower|under|fewer)$", re.IGNORECASE)
#: A legend row printed as plain text: "  likely        55-70 %", "- likely: 55-70%", "likely (55–70%)".
#: Dot leaders count as a separator ("almost certainly ....... above 90 %"), and one row may name two forms of a
#: term ("probable / probably").
_PLAIN_ROW = re.compile(r"^\s*(?:(?:[-*•>]|\d{1,2}[.)])\s+)?\**[\"“‘]?(?P<term>[A-Za-z][A-Za-z’' /-]{2,40}?)[\"”’]?\**\s*"
                        r"(?::\s*\(?|\s*(?:\.{3,}|…+)\s*|\s{2,}|\t+|\s[–—=-]\s+|\s*[(\[])"
                        r"\**(?P<value>[^()\[\]]{3,30}?)\**[)\]]?[,;.]?\**\s*$")
#: A plain-text legend's terms are estimative words; "Inflation: 2-3%" lines are a forecast, not a legend.
_ESTIMATIVE = re.compile(r"\b(?:likely|unlikely|certain|certainly|chance|probable|probably|improbable|possible|"
                         r"remote|doubtful|almost|possibility|probability|excluded|conceivable|inconceivable)\b", re.IGNORECASE)
#: A percentage written as a sign or in words ("more than 90 per cent").
_HAS_PERCENT = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE)
#: A term: a few words of letters, no digits ("Roughly even chance", "Highly unlikely").
_TERM = re.compile(r"^[A-Za-z][A-Za-z’' -]{2,40}$")


def _percent(line: str) -> bool:
    return "%" in line or ("cent" in line and bool(_HAS_PERCENT.search(line)))  # most lines: no regex


def legend_row(line: str) -> bool:
    """Whether ``line`` is a row of a legend printed as plain text ("almost certainly ..... above 90 %")."""
    plain = _PLAIN_ROW.match(line) if _percent(line) else None
    return bool(plain and _ESTIMATIVE.search(plain.group("term")) and any(
        _row([term.strip(), plain.group("value").strip()]) for term in plain.group("term").split(" / ")))


def table_legend(text: str) -> dict[str, tuple[float, float]]:
    """The terms of the first table of three or more "term | range" rows, lower-cased, with their bands.

    Plain-text rows count too ("likely        55-70 %", "likely: 55-70%") when their terms are estimative
    words: a legend printed without table markup is as much the authors' own as one printed as a table."""
    found: dict[str, tuple[float, float]] = {}
    for line in text.splitlines():
        cells = [cell.strip(" *_") for cell in line.strip().strip("|").split("|")] if "|" in line else []
        if len(cells) == 3 and re.fullmatch(r"\d{1,2}|[A-E]", cells[0]):
            cells = cells[1:]  # "| 4 | Probable | 50-75% |": a score before the term, the level's number
        if not cells and _percent(line) and (plain := _PLAIN_ROW.match(line)) and _ESTIMATIVE.search(plain.group("term")):
            cells = [plain.group("term").strip(), plain.group("value").strip()]
        rows = [row for term in (cells[0].split(" / ") if cells else [])
                if (row := _row([term.strip(), *cells[1:]])) is not None]
        found.update(rows)
        if not rows and found and not re.match(r"^\s*\|?[\s:|-]*$", line):
            if len(found) >= 3:
                break
            found = {}
    return with_hedges(found, text) if len(found) >= 3 else {}


def with_hedges(legend: dict[str, tuple[float, float]], text: str) -> dict[str, tuple[float, float]]:
    """``legend`` with the hedges the text defines beside it ('"Cannot be ruled out" is used about events that are
    highly unlikely (less than 10 %)'): the authors' own reading of the hedge, which no shipped scale gives."""
    for term, value in defined_hedges(text) if legend else ():
        if (_ESTIMATIVE.search(term) or "ruled out" in term.lower()) and (row := _row([term, value])):
            legend.setdefault(*row)
    return legend


def _row(cells: list[str]) -> tuple[str, tuple[float, float]] | None:
    if len(cells) != 2 or not _TERM.match(cells[0]):
        return None
    value = " ".join(cells[1].split()).lstrip("–—=- ")  # '"probable" - 60 to 90 per cent': the dash is a separator
    if match := _RANGE.match(value):
        band = (float(match.group(1)) / 100, float(match.group(2)) / 100)
    elif match := _BELOW.match(value):
        band = (0.0, float(match.group(1)) / 100)
    elif match := _ABOVE.match(value) or _ABOVE_AFTER.match(value):
        band = (float(match.group(1)) / 100, 1.0)
    elif match := _BELOW_AFTER.match(value):
        band = (0.0, float(match.group(1)) / 100)
    else:
        return None
    if not 0 <= band[0] <= band[1] <= 1:
        return None
    return " ".join(cells[0].lower().split()), band


def agreeing_scale(legend: dict[str, tuple[float, float]], scales: dict[str, Scale]) -> str | None:
    """The shipped scale that gives every printed term the printed band, if any: the legend is that standard."""
    for name, scale in scales.items():
        bands = {phrase.phrase.lower(): phrase.band for phrase in scale.phrases}
        if all(term in bands and all(abs(a - b) < 0.011 for a, b in zip(bands[term], band))
               for term, band in legend.items()):
            return name
    return None


def legend_scale(legend: dict[str, tuple[float, float]]) -> Scale:
    """The legend as a scale: each term at the middle of its band, its adverb ("almost certainly") too."""
    phrases = tuple(Phrase(phrase=term, band=band, probability=round((band[0] + band[1]) / 2, 4),
                           synonyms=_adverbs(term)) for term, band in legend.items())
    return Scale(name=TABLE_SCALE, title="the document's own probability legend (a printed table)",
                 source="printed in the document", phrases=phrases)


def _adverbs(term: str) -> tuple[str, ...]:
    """"almost certain" -> "almost certainly", "highly probable" -> "highly probably"; "likely" has none."""
    last = term.split()[-1]
    if "ruled out" in term:  # the hedge's other forms, as the shipped scales list them
        return ("can't be ruled out", "cannot be excluded", "not be ruled out", "could not be ruled out")
    if last.endswith("ly") or last in ("chance", "remote"):
        return ()
    adverb = last[:-1] + "y" if last.endswith("le") else last + "ly"
    return (term[: -len(last)] + adverb,)


#: One item of a legend printed in a line of prose: "realistic possibility (35-55%)", "remote (less than 10%)".
#: The term is whatever stands between the previous separator and the bracket.
_PROSE_ITEM = re.compile(r"(?P<term>[^,;:()\n]{3,45}?)\s*\((?P<value>[^()\n]{2,30})\)\s*(?P<sep>[,;.]|\s(?:and|or)\s|$)?",
                         re.MULTILINE)


def _item_start(text: str, bracket: int) -> int:
    """The first position a ``_PROSE_ITEM`` ending at ``bracket`` can start at: its term is at most 45 characters,
    then only spaces before the bracket (one more for safety)."""
    spaces = bracket
    while spaces > 0 and text[spaces - 1].isspace():  # str.isspace is what re's \s tests
        spaces -= 1
    return spaces - 46


def prose_legend(text: str) -> dict[str, tuple[float, float]]:
    """``_prose_legend`` with the hedges the text defines beside it."""
    if ">" in text:
        # a legend set in a Markdown blockquote ("> Where we use words, *remote* means below 10%, ...\n> 35-65%"):
        # its lines' quote marks would stand between its items
        text = _QUOTE_MARK.sub("", text)
    return with_hedges(_prose_legend(text), text)


_QUOTE_MARK = re.compile(r"(?m)^[ \t]*>[ \t]?")


def _prose_legend(text: str) -> dict[str, tuple[float, float]]:
    """The terms of a legend printed in one line of prose, "remote (less than 10%), unlikely (10-35%), ...",
    with their bands: three or more estimative terms, each with its range in brackets, one after another."""
    if "%)" not in text and "% )" not in text:
        return _described(text)
    found: dict[str, tuple[float, float]] = {}
    last_end = None
    for match in bracket_matches(_PROSE_ITEM, text, _item_start):
        term = re.sub(r"^(?:(?:[-*•>]|\d{1,2}[.)])\s+)?(?:(?:and|or)\s+)?", "", match.group("term").strip(" *_"),
                      flags=re.IGNORECASE).strip(" \"'“”‘’*_")
        row = _row([term, match.group("value").strip()]) if _ESTIMATIVE.search(term) else None
        # Items of one legend follow each other with nothing but a separator between them.
        if row is None or (found and last_end is not None and text[last_end:match.start()].strip().strip(",;")):
            if len(found) >= 3:
                return found
            found = {}
        if row is not None:
            found[row[0]] = row[1]
            last_end = match.end()
    return found if len(found) >= 3 else _described(text)


#: A legend written as sentences: "We describe a chance of 40-60% as "likely" and above 60% as "very likely";
#: below 20% is "unlikely"." Each value is followed by "as" or "is" and its term in quotation marks.
_DESCRIBED_ITEM = re.compile(r"(?:\b(?:chance|probability|likelihood)\s+of\s+)?(?P<value>(?:(?:above|over|more\s+than|below|under|"
                             r"less\s+than)\s+)?\d{1,3}(?:\s*%)?(?:\s*[–-]\s*\d{1,3})?\s*%)\s+(?:as|is|are)\s+"
                             r"[\"“‘']\s*(?P<term>[A-Za-z][A-Za-z -]{2,30}?)\s*[\"”’']", re.IGNORECASE)


#: The same legend with the term first: '"likely" and "will likely" indicate a probability greater than 55%,
#: "highly likely" greater than 80%; "unlikely" indicates a probability below 35%'. Later items may leave the verb out.
_TERM_FIRST_ITEM = re.compile(r"""[“"‘] (?P<term> [A-Za-z][A-Za-z -]{2,30}? ) [”"’] (?P<aliases> (?: \s* (?: , | and | or ) \s*
    [“"‘] [A-Za-z][A-Za-z -]{2,30}? [”"’] )* ) \s+ (?: (?: indicates? | means? | denotes? | refers? \s+ to | corresponds? \s+ to
    | expresses | signals? ) \s+ (?: an? \s+ )? (?: probability | chance | likelihood ) \s+ (?: of \s+ )? )?
    (?P<value> (?: (?: greater | higher | more | lower | less ) \s+ than | above | over | below | under ) \s+ \d{1,3} \s* %
      | \d{1,3} \s* %? \s* [–-] \s* \d{1,3} \s* % )""", re.IGNORECASE | re.VERBOSE)
_COMPARED = {"greater": "more", "higher": "more", "lower": "less"}


def _term_first(text: str) -> dict[str, tuple[float, float]]:
    """A term-first legend of three terms or more, each open band closed at the next term's bound."""
    for paragraph in re.split(r"\n\s*\n", text):
        found: dict[str, tuple[float, float]] = {}
        for match in _TERM_FIRST_ITEM.finditer(paragraph):
            value = re.sub(r"^(greater|higher|lower)\b", lambda m: _COMPARED[m.group(1).lower()], match.group("value"), flags=re.I)
            # "will likely" beside "likely": the modal's word is read as the word itself already
            terms = [match.group("term"), *(alias for alias in re.findall(r"[“\"‘]([^”\"’]+)[”\"’]", match.group("aliases"))
                                            if not re.match(r"(?:will|would|may|might)\s", alias, re.I))]
            if _ESTIMATIVE.search(match.group("term")) and (row := _row([match.group("term"), value])):
                found.update((" ".join(term.lower().split()), row[1]) for term in terms)
        if len({band for band in found.values()}) >= 3:
            # "likely: above 55%" beside "highly likely: above 80%" means 55-80%
            return {term: (low, min([b[0] for b in found.values() if b[0] > low and b[1] == 1.0] + [high])) if high == 1.0 else
                    (max([b[1] for b in found.values() if b[1] < high and b[0] == 0.0] + [low]), high) if low == 0.0 else (low, high)
                    for term, (low, high) in found.items()}
    return {}


def _described(text: str) -> dict[str, tuple[float, float]]:
    """The legend a paragraph writes out as sentences, three terms or more, else nothing."""
    if "%" in text and ("indicat" in text or "mean" in text or "denot" in text or "refer" in text) and (first := _term_first(text)):
        return first
    if "%" in text and re.search(r"%\s+(?:as|is|are)\s+[\"“‘']", text):
        for paragraph in re.split(r"\n\s*\n", text):
            rows = [_row([match.group("term"), match.group("value")]) for match in _DESCRIBED_ITEM.finditer(paragraph)]
            found = {row[0]: row[1] for row in rows if row is not None and _ESTIMATIVE.search(row[0])}
            if len(found) >= 3:
                return found
    # "Improbable means from 10 to 40 per cent": the terms written without quotes; else a list of terms and bands
    return unquoted_legend(text) or listed_legend(text)


def legend_sentence(sentence: str) -> bool:
    """Whether a sentence defines two estimative terms or more by their values (a legend, not a judgement)."""
    terms = [m.group("term") for m in _DESCRIBED_ITEM.finditer(sentence)]
    return sum(bool(_ESTIMATIVE.search(term)) for term in terms) >= 2


#: A term of the document's own vocabulary defined by its meaning: '"Possible" means that ...', 'In this report,
#: "likely" and "will likely" indicate a probability above 55%', '"remote" refers to ...'. The quotation marks
#: mention the word; a judgement uses it.
_DEFINED_TERM = re.compile(r"""(?: ^ \W{0,3} | [“"‘'] ) \s*(?P<term>[A-Za-z][A-Za-z -]{2,30}?)\s*[”"’'] (?: \s* (?: , | and | or ) \s* [“"‘'] [^”"’'\n]{2,30} [”"’'] )*
    \s+ (?: means? | indicates? | denotes? | signif(?: y | ies ) | refers? \s+ to | stands? \s+ for | corresponds? \s+ to
        | expresses | (?: is | are ) \s+ used \s+ (?: to | for | when | where | about | of ) ) \b""", re.VERBOSE)


def defines_term(sentence: str) -> bool:
    """Whether ``sentence`` (its opening) defines an estimative term of the document's vocabulary."""
    opening = sentence[:240]
    if not ('"' in opening or "“" in opening or "‘" in opening) or not any(
            verb in opening for verb in ("mean", "indicat", "denot", "signif", "refer", "stand", "correspond", "express", "used")):
        return False
    return any(_ESTIMATIVE.search(match.group("term")) for match in _DEFINED_TERM.finditer(opening))
