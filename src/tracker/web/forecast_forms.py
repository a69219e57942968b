"""The log form (/log) and the update form (on the question page), each in two steps: the first POST
reads the fields with the CLI's own parsers and shows what they were read as ("70% (0.7), due 31 Dec
2027 (end of 2027)") on a confirm page whose Save button carries the parsed values; only that second
POST (``action=save``) writes, through tracker.api.

The parsers are the CLI's: tracker.probability.parse_probability (0.7, 70%, 3:1), tracker.dates.parse_due
("end of 2027"), and `tracker log`'s phrase reading (tracker.cli.forecast._check_phrase: a phrase on a
scale gives the probability, an unknown scale is an error, a probability outside the band is a note).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace

from starlette.requests import Request

from tracker import api, dates
from tracker.errors import InputError, TrackerError
from tracker.web import form_provenance
from tracker.web.forms import (FORM_WIDE, again, already_submitted, back_path, done, field_errors, outcome_rows,
                               page_words, question_or_404)
from tracker.web.once import FIELD as ONCE

#: Rows for a new choice question's outcomes (without JavaScript a form cannot grow rows).
OUTCOME_ROWS = 5


@dataclass
class Read:
    """A form's fields as the CLI would read them, what to echo back, and the errors by field."""

    probability: float | None = None
    outcomes: dict[str, float] | None = None
    due: date | None = None
    echo: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


def read_probabilities(site, fields: dict, kind: str, read: Read, form: str) -> None:
    """The probability (binary) or one per outcome (choice), as `tracker log -p/-o` and `--phrase` read them."""
    from tracker.cli.forecast import _check_phrase
    from tracker.probability import format_probability, normalise_choice, parse_probability

    rows = outcome_rows(fields) if kind == "choice" else []
    phrase = fields.get("phrase") or None
    scale = (fields.get("scale") or site.scale) if phrase else None
    # _check_phrase reads the workspace's scales through the CLI's state: this is the one part of it used.
    workspace = SimpleNamespace(open=lambda: (SimpleNamespace(root=site.workspace_root),))
    try:
        typed = _check_phrase(workspace, phrase, scale, fields.get("probability") or None, bool(rows), read.notes)
    except InputError as exc:
        read.errors.update(field_errors(exc, form))
        return
    if kind == "choice":
        parsed = {}
        for name, p in rows:
            try:
                if not name:
                    raise ValueError(f"the outcome given {p!r} has no name")
                if name in parsed:
                    raise ValueError(f"outcome {name!r} given twice")
                parsed[name] = parse_probability(p)
            except ValueError as exc:
                read.errors["outcomes"] = page_words(f"{name}: {exc}" if name else str(exc))
                return
        try:
            if len(parsed) < 2:
                raise ValueError("a choice question needs at least two outcomes, each with its probability")
            # The values Save carries are the ones the library stores: rescaled to sum to 1 as the CLI
            # rescales them, so the page shows those, and says so, never the typed ones.
            read.outcomes = normalise_choice(parsed)
        except ValueError as exc:
            read.errors["outcomes"] = str(exc)
            return
        shown = ", ".join(f"{n} {format_probability(p)} ({p:.6g})" for n, p in read.outcomes.items())
        total = math.fsum(parsed.values())
        if total != 1.0:
            shown += (f": rescaled to sum to 1 from a sum of {total:.6g} (typed "
                      + ", ".join(f"{n} {p:g}" for n, p in parsed.items()) + ")")
        read.echo.append(shown)
        return
    if typed is None:
        read.errors["probability"] = "give a probability: 70%, 0.7, 3:1 odds, or a phrase on a scale"
        return
    try:
        read.probability = parse_probability(typed)
    except ValueError as exc:
        read.errors["probability"] = page_words(str(exc))
        return
    shown = f"{format_probability(read.probability)} ({read.probability:g})"
    if phrase and not fields.get("probability"):
        shown += f", what {scale} scores {phrase!r} at"
    elif typed not in (format_probability(read.probability), f"{read.probability:g}"):
        shown += f" from {typed}"
    read.echo.append(shown)


def read_log(site, fields: dict) -> Read:
    read = Read()
    if fields.get("kind", "binary") not in ("binary", "choice"):
        read.errors["kind"] = "choose yes/no or choice"
        return read
    read_probabilities(site, fields, fields.get("kind", "binary"), read, "log")
    typed_due = fields.get("due", "")
    try:
        read.due = dates.parse_due(typed_due, dates.today_in(dates.zone(site.timezone_name)))
        echoed = "" if typed_due == read.due.isoformat() else f" ({typed_due})"
        read.echo.append(f"due {read.due.day} {read.due:%b %Y}{echoed}")
    except ValueError as exc:
        read.errors["due"] = str(exc)
    return read


def tags_of(fields: dict) -> list[str]:
    return [t.strip() for t in fields.get("tags", "").replace(",", " ").split() if t.strip()]


def log_page(site, request: Request):
    """GET /log: the empty log form."""
    return _log_form(site, request, {"kind": request.query_params.get("kind", "binary")}, {}, 200)


def _log_form(site, request, values, errors, status):
    from tracker.web.forms import form_scales

    return site.page("log.html", request, status=status, title="Log a forecast", values=values, errors=errors,
                     rows=_rows(values), scales=form_scales(site))


def _rows(values: dict) -> list[tuple[str, str]]:
    given = outcome_rows(values)
    return given + [("", "")] * max(OUTCOME_ROWS - len(given), 0)


def log(site, request: Request, fields: dict):
    """POST /log: read and check, and show what was read (confirm page); with ``action=edit`` the form again
    as it was typed; with ``action=save`` write and go to the new question's page."""
    if fields.get("action") in ("edit", "save"):
        typed = as_typed(fields)
        if fields["action"] == "edit":
            return _log_form(site, request, typed, {}, 200)
    else:
        typed = fields
    read = read_log(site, fields)
    provenance = form_provenance.read_log(fields, read)  # --source, --source-url, --quote, --condition
    if read.errors:
        # The library's check too, with stand-ins for what could not be read, so that a bad probability
        # and an empty question are shown together, each beside its field, rather than one per Check.
        try:
            api.log_forecast(
                site.store, text=fields.get("text", ""), criteria=fields.get("criteria", ""),
                due=read.due or dates.today_in(dates.zone(site.timezone_name)), forecaster=site.who(request),
                probability=None if fields.get("kind") == "choice" else (read.probability or 0.5),
                outcomes=(read.outcomes or {"a": 0.5, "b": 0.5}) if fields.get("kind") == "choice" else None,
                question_id=fields.get("id") or None, tags=tags_of(fields), timezone_name=site.timezone_name,
                check_only=True)
        except TrackerError as exc:
            found = form_provenance.errors_of(exc, "log")
            read.errors.update({k: v for k, v in found.items() if k != FORM_WIDE and k not in read.errors})
        return _log_form(site, request, typed, read.errors, 400)
    saving = fields.get("action") == "save"
    if saving and not site.submitted.claim(fields.get(ONCE)):
        return already_submitted(site, request)
    try:  # the check runs every check the save runs (the same call, writing nothing)
        history = api.log_forecast(
            site.store, text=fields.get("text", ""), criteria=fields.get("criteria", ""), due=read.due,
            forecaster=site.who(request), probability=read.probability, outcomes=read.outcomes,
            question_id=fields.get("id") or None, tags=tags_of(fields), phrase=fields.get("phrase") or None,
            scale=(fields.get("scale") or site.scale) if fields.get("phrase") else None,
            rationale=fields.get("rationale") or None, timezone_name=site.timezone_name, check_only=not saving,
            warnings=None if saving else read.notes, **provenance)  # a past due date, a twin question: noted
    except TrackerError as exc:
        site.submitted.release(fields.get(ONCE))
        return _log_form(site, request, typed, form_provenance.errors_of(exc, "log"), 400)
    if saving:
        return done(f"/questions/{history.question.id}")
    parsed = {**{k: v for k, v in fields.items() if not k.startswith("outcome_")}, "due": read.due.isoformat(),
              "probability": "" if read.probability is None else repr(read.probability)}
    if read.outcomes:
        parsed.update({f"outcome_{k}_{i}": v for i, (n, p) in enumerate(read.outcomes.items(), 1)
                       for k, v in (("name", n), ("p", repr(p)))})
    parsed.update(typed_fields(fields))
    # What Save records besides the numbers, as the library will record it (an id made from the words when
    # none was typed, tags in lower case), so that nothing is saved unseen.
    question = history.question
    echo = [*read.echo, f"criteria: {question.criteria}", f"id: {question.id}"]
    if question.tags:
        echo.append("tags: " + ", ".join(question.tags))
    return site.page("confirm.html", request, title="Log this forecast?", action="/log", echo=echo,
                     notes=read.notes, hidden=_hidden(parsed), heading=fields.get("text", ""))


def update(site, request: Request, fields: dict):
    """POST /questions/ID/update: a new prediction (probability, or one per outcome), checked and shown
    first; written with ``action=save``."""
    history, missing = question_or_404(site, request)
    if missing:
        return missing
    q = history.question
    read = Read()
    read_probabilities(site, fields, q.kind, read, "update")
    if read.errors:
        return again(site, request, history, "update", fields, read.errors)
    saving = fields.get("action") == "save"
    if saving and not site.submitted.claim(fields.get(ONCE)):
        return already_submitted(site, request)
    try:
        api.update_forecast(site.store, q.id, forecaster=site.who(request), probability=read.probability,
                            outcomes=read.outcomes, phrase=fields.get("phrase") or None,
                            scale=(fields.get("scale") or site.scale) if fields.get("phrase") else None,
                            rationale=fields.get("rationale") or None, check_only=not saving)
    except TrackerError as exc:
        site.submitted.release(fields.get(ONCE))
        return again(site, request, history, "update", fields, field_errors(exc, "update"))
    if saving:
        return done(back_path(fields, f"/questions/{q.id}"))
    parsed = {**fields, "probability": "" if read.probability is None else repr(read.probability)}
    if read.outcomes:
        parsed.update({f"outcome_p_{i}": repr(read.outcomes[n]) for i, (n, _) in
                       enumerate(outcome_rows(fields), 1)})
    return site.page("confirm.html", request, title="Update this forecast?", action=f"/questions/{q.id}/update",
                     echo=read.echo, notes=read.notes, hidden=_hidden(parsed), heading=q.text)


#: The fields whose typed text the confirm page replaces by the value read, and carries as typed beside it.
TYPED = "typed_"


def typed_fields(fields: dict) -> dict[str, str]:
    """``typed_NAME`` for each field the confirm page carries as read (probability, due, each outcome's
    probability), holding the text as typed: "Change it" shows "3:1" and "end of 2027" again, not 0.75."""
    names = ["probability", "due"] + [f"outcome_p_{i}" for i in range(1, len(outcome_rows(fields)) + 1)]
    typed = {"probability": fields.get("probability", ""), "due": fields.get("due", "")}
    typed.update({f"outcome_p_{i}": p for i, (_, p) in enumerate(outcome_rows(fields), 1)})
    return {TYPED + name: typed[name] for name in names if typed.get(name)}


def as_typed(fields: dict) -> dict:
    """A confirm page's fields with each value read put back as it was typed."""
    typed = {k: v for k, v in fields.items() if not k.startswith(TYPED)}
    typed.update({k.removeprefix(TYPED): v for k, v in fields.items() if k.startswith(TYPED)})
    return typed


def _hidden(values: dict) -> list[tuple[str, str]]:
    """The fields a confirm page carries on (the tokens and the button are the page's own)."""
    return [(k, v) for k, v in values.items() if k not in ("csrf", ONCE, "action", FORM_WIDE) and v != ""]
