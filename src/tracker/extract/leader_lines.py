"""Dotted-leader call lines: "1) Brent above $90 at any point in 2027 ............ 30%", "EU storage above 35% on
1 April ....... likely", a claim and its verdict set apart by a run of dots, the way plain-text briefings, emails
and fixed-width reports print a summary of their numbers.

The dots do what a table's column rule does: the claim is on the left (a noun phrase or a headline clause, with no
verb of judging), the verdict on the right, a percentage ("45%", "55-60%") or an estimative phrase ("likely",
"very unlikely (unchanged)"), which may wrap onto the next, indented line. A word verdict is read as the sentence
the line shortens ("EU storage above 35% on 1 April is likely.") by the ordinary grammar; a percentage is the
stated probability of the claim put in the future. A table of contents prints the same dots before a page number
("Foreword ........ 3"), and a data list before a value ("GDP growth 2027 ....... 1.8%"): a number without "%" is
never a verdict, and a percentage is one only when the claim sets a threshold ("above", "below", "at least") or a
sibling line gives a word verdict (the list is then one of calls, not of values).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.records import Judgement

#: A run of dots between a claim and its verdict: four at least, spaced or not ("......", ". . . .").
_LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*")
#: A call line: a list mark, the claim, the leader, the verdict.
_LINE = re.compile(r"^\s*(?:(?:\(?[0-9a-zA-Z]{1,2}[.)]|[-*•])\s+)?(?P<claim>[^.\n][^\n]*?\S)\s*(?:\.\s?){4,}\s*(?P<verdict>\S[^\n]*?)\s*$")
#: A percentage verdict, or a range of two ("55-60%", "55–60 %").
_PERCENT = re.compile(r"^(?P<low>\d{1,3}(?:\.\d+)?)\s*%?\s*(?:[-–]\s*(?P<high>\d{1,3}(?:\.\d+)?)\s*)?%$")
#: A threshold or a date bound in a claim: the claim is a yes/no event, so a percentage beside it is its chance.
_THRESHOLD = re.compile(r"\b(?:above|below|over|under|exceed\w*|at\s+least|more\s+than|less\s+than|fewer\s+than|higher\s+than|"
                        r"lower\s+than|before|by\s+(?:end|the\s+end|\d|[A-Z])|between)\b", re.IGNORECASE)
#: The first word of an estimative verdict (what the sentence "X is <verdict>" must open with to be read).
_WORD_VERDICT = re.compile(r"^(?:(?:very|highly|extremely|quite|fairly|more|most|almost|virtually|about|roughly|even|a|an|"
                           r"realistic|remote|slight|small|good|strong|real|distinct)\s+)*(?:(?:un)?likely|probable|improbable|"
                           r"certain|possible|possibility|chance|prospect|even|toss-?up|coin[- ]flip|remote)\b", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def _calls(text: str) -> list[tuple[int, str, str, str]]:
    """``(line number, first line as written, claim, verdict)`` of each dotted-leader line with a verdict after its dots; a
    verdict cut at the line's end goes on in the next line when that is indented, in lower case and has no dots."""
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        if "...." not in line and ". . . ." not in line:
            continue  # the cheap test: most lines have no leader
        if (match := _LINE.match(line)) is None:
            continue
        verdict = match.group("verdict")
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if after[:1].isspace() and after.strip()[:1].islower() and not _LEADER.search(after) and len(after.strip()) < 80:
            verdict = f"{verdict} {after.strip()}"  # "... very" / "unlikely (we're at 3)": the verdict wrapped
        found.append((index, line.strip(), match.group("claim").strip(" :–—-"), verdict))
    return found


def leader_calls(text: str, lexicon) -> list[tuple[str, Judgement, str]]:
    """``(line as written, judgement, text dating it)`` for each dotted-leader call line (see the module docstring)."""
    if "...." not in text and ". . . ." not in text:
        return []
    from tracker.extract.clauses import split_clauses
    from tracker.extract.judgements import find_judgement
    from tracker.extract.claim_statements import claim_statement

    calls = _calls(text)
    # the lines of one list stand together (a verdict's wrapped line or a blank line between them at most)
    lists, last = [], -9
    for call in calls:
        if call[0] - last > 2:
            lists.append([])
        lists[-1].append(call)
        last = call[0]
    found = []
    for members in lists:
        worded = any(_WORD_VERDICT.match(_PARENTHESES.sub("", verdict)) for _, _, _, verdict in members)
        found += _read(members, worded, lexicon, split_clauses, find_judgement, claim_statement)
    return found


def _read(calls, worded: bool, lexicon, split_clauses, find_judgement, claim_statement) -> list[tuple[str, Judgement, str]]:
    """The judgements of one list's call lines; ``worded`` says whether a line of the list gives a word verdict."""
    found = []
    for _, row, claim, verdict in calls:
        if len(claim.split()) < 3 or claim.endswith("?"):
            continue
        note = f'dotted leader line "{claim} ... {verdict}": the claim put as a question; check it'
        if number := _PERCENT.match(verdict):
            if not (_THRESHOLD.search(claim) or worded):
                continue  # "GDP growth 2027 ....... 1.8%": a value, not a chance
            low, high = float(number.group("low")), float(number.group("high") or number.group("low"))
            probability = (low + high) / 200
            if not 0 < probability < 1 or high < low:
                continue
            found.append((row, Judgement(row, claim_statement(claim), "stated", verdict, False, stated=probability,
                                         notes=("list item", note)), claim))
            continue
        words = _PARENTHESES.sub("", verdict).strip().rstrip(".")
        if not _WORD_VERDICT.match(words):
            continue
        sentence = f"{claim} is {words}."
        judgement = next((j for clause in split_clauses(sentence) if (j := find_judgement(clause, lexicon))), None)
        if judgement is None or judgement.stated is not None:
            continue
        found.append((row, replace(judgement, clause=row, notes=("list item", *judgement.notes, note)), judgement.statement))
    return found
