"""What the extract review writes for a draft the reviewer edited: criteria that do not name a stale due
date, and a rationale that keeps the drafted reading of the document and says what review changed."""

from __future__ import annotations

from datetime import date

from tracker.errors import InputError

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _day(value: date) -> str:
    """A date as the drafted criteria spell it (tracker.extract's drafting: "1 June 2027", English always)."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def reviewed_criteria(draft, typed: str, due: date) -> str:
    """The criteria to write for ``draft`` as reviewed: what was typed, with the drafted date rebuilt when
    the due date was edited and the criteria were not. The drafted criteria name the drafted due date
    ("... by 1 June 2027"), so a new due date left beside them would be contradicted by its own criteria;
    when the stale date cannot be found to be rebuilt, or criteria edited by hand still name it, the
    reviewer is asked to say how the new date decides it (InputError)."""
    if not typed:
        raise InputError("criteria", "the question needs resolution criteria: how a stranger would decide it")
    if due == draft.due:
        return typed
    stale = [spelt for spelt in (_day(draft.due), draft.due.isoformat()) if spelt in typed]
    if typed == draft.criteria and stale:
        return typed.replace(stale[0], _day(due) if stale[0] == _day(draft.due) else due.isoformat())
    if typed == draft.criteria or stale:
        said = f"they name {stale[0]}" if stale else "they were drafted for it"
        raise InputError("criteria", f"the due date was edited ({draft.due.isoformat()} to {due.isoformat()}) but "
                                     f"the criteria were not: {said}; edit them to decide by {_day(due)}")
    return typed


def reviewed_rationale(draft, edits: dict, typed_criteria: str) -> str:
    """The drafted rationale (the reading of the document, kept for provenance) and what review changed
    (criteria count as changed when typed so: a drafted date rebuilt for a new due date is the due's edit)."""
    from tracker.probability import format_probability

    changed = []
    if edits["probability"] != draft.probability:
        changed.append(f"{format_probability(edits['probability'])} (drafted {format_probability(draft.probability)})")
    if edits["due"] != draft.due:
        changed.append(f"due {edits['due'].isoformat()} (drafted {draft.due.isoformat()})")
    if edits["text"] != draft.text:
        changed.append(f"question (drafted {draft.text!r})")
    if typed_criteria != draft.criteria:
        changed.append("criteria")
    if not changed:
        return draft.rationale
    return f"{draft.rationale.rstrip()} Edited in review: {', '.join(changed)}."

