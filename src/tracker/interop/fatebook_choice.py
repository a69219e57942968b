"""Fatebook multiple-choice questions -> tracker records.

Fatebook's export gives one row per option forecast. What its rows mean, and how each is read:

- An *exclusive* question's option forecasts may sum to less than 100%: the rest is Fatebook's implicit
  OTHER, which becomes the outcome ``other``; OTHER happens when every option resolves NO.
- After a question is created, a forecaster updates one option at a time: a forecast that gives only
  some options keeps that forecaster's previous probabilities for the others.
- A *non-exclusive* question (several options may resolve YES) is not a set of exclusive scenarios: it
  is imported as one yes/no question per option. The CSV does not say which kind a question is; it is
  taken as non-exclusive when more than one option resolved YES or a forecast sums above 100%.
- Our own export writes a choice question as yes/no questions titled ``TEXT [OUTCOME]``;
  :func:`rejoin_split_choices` reads such rows back as the choice question they came from.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace

from tracker.interop.common import Batch, iso_utc, slug
from tracker.probability import CHOICE_SUM_TOLERANCE

OTHER = "other"
_RESERVED = ("ambiguous", "annulled", "open", "yes", "no", OTHER)
_SPLIT_TITLE = re.compile(r"^(.*\S) \[([a-z0-9][a-z0-9._-]*)\]$")


def outcome_names(options: list[str], verbatim: bool = False) -> dict[str, str]:
    """Fatebook option text -> an outcome name (lowercase, digits, . _ -), distinct per question.
    ``verbatim``: the options are already outcome names (rows tracker wrote), kept as they are."""
    if verbatim:
        return {option: option for option in options}
    names: dict[str, str] = {}
    for option in dict.fromkeys(options):
        base = slug(option, f"option-{len(names) + 1}")
        if base in _RESERVED:
            base = f"{base}-option"
        name, n = base, 2
        while name in names.values():
            name, n = f"{base[:60]}-{n}", n + 1
        names[option] = name
    return names


def rejoin_split_choices(rows: list) -> tuple[list, list[str]]:
    """Rows titled ``TEXT [NAME]`` that together state one choice question as tracker's export writes it
    (same created time, due date and notes; at every forecast time one row per name, summing to 1; at
    most one YES, the others NO, or all the same void word) become that question's option rows."""
    families: dict[tuple, list] = {}
    plain = {(r.title, r.created_at) for r in rows if not _SPLIT_TITLE.match(r.title)}
    for row in rows:
        if match := _SPLIT_TITLE.match(row.title):
            families.setdefault((match.group(1), row.created_at), []).append(row)
    notes, joined = [], {}
    for (base, created_at), members in families.items():
        names = list(dict.fromkeys(_SPLIT_TITLE.match(m.title).group(2) for m in members))
        if len(names) < 2 or (base, created_at) in plain or not _states_one_choice(members, names):
            continue
        for m in members:
            joined[id(m)] = replace(m, title=base, option=_SPLIT_TITLE.match(m.title).group(2), verbatim=True)
        shown = ", ".join(f"[{name}]" for name in names)
        notes.append(f"{base!r}: rows titled {shown} read back as one choice question (as tracker's export "
                     "writes one)")
    return [joined.get(id(r), r) for r in rows], notes


def _states_one_choice(members: list, names: list[str]) -> bool:
    if len({(m.due, m.notes, m.tags) for m in members}) != 1:
        return False
    at: dict = {}
    for m in members:
        at.setdefault(m.made_at, []).append(m)
    for group in at.values():
        given = [_SPLIT_TITLE.match(m.title).group(2) for m in group]
        if sorted(given) != sorted(names):
            return False
        if abs(math.fsum(m.probability for m in group) - 1) > CHOICE_SUM_TOLERANCE:
            return False
    words = {(_SPLIT_TITLE.match(m.title).group(2), m.resolution) for m in members}
    outcomes = [w for _, w in words]
    if set(outcomes) <= {None}:
        return True
    yes = {name for name, w in words if w == "yes"}
    if yes:
        return len(yes) == 1 and set(outcomes) == {"yes", "no"}
    return len(set(outcomes)) == 1 and outcomes[0] in ("ambiguous", "annulled")


def build_choice(batch: Batch, file: str, fields: dict, members: list, names: dict, option_column: str,
                 default: str, new_id: Callable[[str], str]) -> None:
    """Add one multiple-choice question (or, when it is non-exclusive, one yes/no question per option)."""
    options = list(dict.fromkeys(m.option for m in members))
    outcome_of = outcome_names(options, verbatim=all(m.verbatim for m in members))
    forecasts = _carried_forward(batch, file, members, outcome_of, names, option_column)
    winners = list(dict.fromkeys(m.option for m in members if m.resolution == "yes"))
    if len(winners) > 1 or any(math.fsum(p.values()) > 1 + CHOICE_SUM_TOLERANCE for _, _, p, _ in forecasts):
        _per_option(batch, file, fields, members, names, default, new_id)
        return
    words = {m.resolution for m in members if m.resolution}
    every_no = {m.option for m in members if m.resolution == "no"} == set(options)
    other_happened = not winners and OTHER in words or (every_no and not words & {"ambiguous", "annulled"})
    has_other = other_happened or any(math.fsum(p.values()) < 1 - CHOICE_SUM_TOLERANCE for _, _, p, _ in forecasts)
    outcomes = list(outcome_of.values()) + ([OTHER] if has_other else [])
    predictions = []
    for forecaster, made_at, given, key in forecasts:
        probabilities = dict(given)
        if has_other:
            probabilities[OTHER] = max(0.0, 1.0 - math.fsum(given.values()))
        predictions.append(({"forecaster": forecaster, "made_at": made_at, "probabilities": probabilities}, key))
    fields = {**fields, "kind": "choice", "outcomes": outcomes}
    if batch.add_question(fields, batch.place(file, members[0].line, names, "question"), predictions,
                          require_prediction=True) is None:
        return
    if winners:
        row, outcome, note = next(m for m in members if m.option == winners[0]), outcome_of[winners[0]], None
    elif void := next((m for m in members if m.resolution in ("ambiguous", "annulled")), None):
        row, outcome, note = void, void.resolution, None
    elif other_happened:
        row = next(m for m in members if m.resolution)
        outcome, note = OTHER, "every option resolved NO on Fatebook: its implicit OTHER outcome happened"
    else:
        return  # some options resolved NO, none YES yet: still open
    _resolve(batch, file, fields["id"], row, outcome, names, default, note)


def _carried_forward(batch: Batch, file: str, members: list, outcome_of: dict, names: dict,
                     option_column: str) -> list:
    """Each forecaster's forecasts in time order as (forecaster, made_at, {outcome: p}, place key), an
    option not given carried from that forecaster's previous forecast."""
    groups: dict[tuple, list] = {}
    for m in sorted(members, key=lambda m: m.made_at):
        groups.setdefault((m.forecaster, m.made_at), []).append(m)
    standing: dict[str, dict[str, float]] = {}
    forecasts = []
    for (forecaster, made_at), group in groups.items():
        given: dict[str, float] = {}
        problem = None
        for m in group:
            if outcome_of[m.option] in given:
                problem = f"{m.option!r} is given twice in {forecaster}'s forecast at {iso_utc(made_at)}"
            given[outcome_of[m.option]] = m.probability
        state = {**standing.get(forecaster, {}), **given}
        missing = [o for o in outcome_of.values() if o not in state]
        if problem is None and missing:
            problem = (f"{forecaster}'s forecast at {iso_utc(made_at)} gives no probability for "
                       f"{', '.join(missing)}, and no earlier forecast of theirs does")
        if problem:
            for m in group:
                batch.problem(file, m.line, option_column, problem)
            continue
        standing[forecaster] = state
        forecasts.append((forecaster, made_at, dict(state), batch.place(file, group[0].line, names, "prediction")))
    return forecasts


def _per_option(batch: Batch, file: str, fields: dict, members: list, names: dict, default: str,
                new_id: Callable[[str], str]) -> None:
    title = fields["text"]
    batch.note(f"{file}: {title!r} is a non-exclusive multiple-choice question (more than one option "
               "resolved YES, or a forecast sums above 100%): imported as one yes/no question per option, "
               "titled 'QUESTION [OPTION]'")
    for option in dict.fromkeys(m.option for m in members):
        rows = [m for m in members if m.option == option]
        text = f"{title} [{option}]"
        question_id = new_id(text)
        predictions = [({"forecaster": m.forecaster, "made_at": m.made_at, "probability": m.probability},
                        batch.place(file, m.line, names, "prediction")) for m in rows]
        if batch.add_question({**fields, "id": question_id, "text": text},
                              batch.place(file, rows[0].line, names, "question"), predictions,
                              require_prediction=True) is None:
            continue
        if resolved := next((m for m in rows if m.resolution), None):
            outcome = "no" if resolved.resolution == OTHER else resolved.resolution
            _resolve(batch, file, question_id, resolved, outcome, names, default, None)


def _resolve(batch: Batch, file: str, question_id: str, row, outcome: str, names: dict, default: str,
             note: str | None) -> None:
    fields = {"question_id": question_id, "outcome": outcome, "resolved_at": row.resolved_at,
              "resolver": row.resolver or default}
    if note:
        fields["note"] = note
    batch.add_resolution(fields, batch.place(file, row.line, names, "resolution"))
