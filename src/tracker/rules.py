"""Record rules, written once: pure checks that return a problem (or None), used by the library (`tracker
log`, `tracker edit`) and by `tracker apply` alike, each surface saying how to meet them in its own words.

A question's description may change only as a new version (tracker.question_versions); what may change,
and what a change needs, is decided here:
- its kind, outcomes and creation time never change (a different question is a new question);
- its wording changes what every forecast on it answered: a correction, with a reason;
- its criteria, due date or condition, once it is resolved, change what its forecasts were scored
  against: a correction, with a reason; while it is open they may change freely (a reason is kept when given);
- tags, source, phrase, scale and the reminder interval may always change.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain import Question

FIXED_FIELDS = ("kind", "outcomes", "created_at")
#: Fields that may change on an open question but need a correction once it is resolved.
SCORED_AGAINST = ("criteria", "due", "condition")
WORDS = {"criteria": "criteria", "due": "due date", "condition": "condition"}


@dataclass(frozen=True)
class Problem:
    """What is wrong, on which field; ``needs`` says what would make it acceptable (None: nothing would)."""

    field: str
    message: str
    needs: str | None = None  # "correction": a correction with a reason


def hint(needs: str | None, surface: str) -> str:
    """How to meet ``needs`` on ``surface`` ("cli" or "file")."""
    if needs != "correction":
        return ""
    if surface == "cli":
        return "pass --correction and --reason TEXT"
    return "add `- {correction: true, reason: ...}` at the end of the question's `revisions:`"


def shown(problem: Problem, surface: str) -> str:
    """The problem's message with its hint for ``surface``."""
    extra = hint(problem.needs, surface)
    return f"{problem.message}: {extra}" if extra else problem.message


def needs_correction(old: Question, new: Question, *, resolved: bool) -> list[str]:
    """The changed fields that need a correction (in field order)."""
    fields = ["text"] if new.text != old.text else []
    if resolved:
        fields += [name for name in SCORED_AGAINST if getattr(new, name) != getattr(old, name)]
    return fields


def revision_problem(old: Question, new: Question, *, resolved: bool, correction: bool,
                     reason: str | None) -> Problem | None:
    """Why ``new`` may not replace ``old`` as the question's next version, or None when it may."""
    for name in FIXED_FIELDS:
        if getattr(new, name) != getattr(old, name):
            return Problem(name, f"differs from the recorded question {old.id} (a question's {name} is fixed once "
                                 "recorded: ask a new question instead)")
    fields = needs_correction(old, new, resolved=resolved)
    if fields and not (correction and reason and reason.strip()):
        missing = "a reason" if correction else "a correction with a reason"
        if fields[0] == "text":
            return Problem("text", f"rewording {old.id} changes what every forecast on it answered, so it needs "
                                   f"{missing}", "correction")
        named = " and ".join(WORDS[name] for name in fields)
        return Problem(fields[0], f"{old.id} is resolved and its forecasts were scored against its {named}: "
                                  f"changing {'it' if len(fields) == 1 else 'them'} needs {missing}", "correction")
    return None
