"""The library surface: plain values in, domain records out.

The CLI, the ledger, the reminder daemon and the reports all go through these functions::

    from tracker import api
    store = api.open_store(workspace="~/forecasts")
    api.log_forecast(store, text="Will X happen by 2027?", criteria="...", due="end of 2027",
                     probability="70%", forecaster="ana")
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from tracker import dates, settings
from tracker.domain import (Condition, Prediction, Question, QuestionHistory, QuestionSummary, Resolution,
                            Source, current_resolution, pattern_rule, prediction_text)
from tracker.errors import InputError, NotFoundError, TrackerError, shown
from tracker.store import Store, connect

if TYPE_CHECKING:
    from tracker.apply import ApplyResult
from tracker.workspace import Workspace, resolve_workspace

__all__ = ["open_store", "log_forecast", "update_forecast", "resolve_question", "list_questions",
           "question_history", "apply_paths", "export_store", "score", "write_report"]

#: Clocks differ a little between machines; a timestamp this far ahead of ours is still "now".
FUTURE_TOLERANCE = timedelta(minutes=5)

_STOP_WORDS = set("a an the will would can could does do did is are be been by in on of to that it its this "
                  "there their than and or for with at as from into happen happens before after end".split())


def open_store(workspace: str | os.PathLike | None = None, database_url: str | None = None, *,
               create: bool = True) -> Store:
    """Open the store of a workspace (found as ``tracker`` finds it) or of an explicit database URL.

    Without ``create``, a SQLite database that does not exist yet is an error instead of a new file.
    """
    return connect(resolve_workspace(workspace, database_url).database_url, create=create)


def open_workspace(workspace: str | os.PathLike | None = None, database_url: str | None = None, *,
                   create: bool = True) -> tuple[Workspace, Store]:
    """The workspace and its opened store."""
    found = resolve_workspace(workspace, database_url)
    return found, connect(found.database_url, create=create)


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc)


def _invalid(exc: ValidationError) -> TrackerError:
    error = exc.errors()[0]
    field = ".".join(str(p) for p in error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    if not field:
        return TrackerError(message)
    if error["type"] == "missing":
        message = "required"
    elif error["type"] == "string_pattern_mismatch":
        message = f"{shown(error['input'])} {pattern_rule(error)}"
    return InputError(field, message)


def question_id_for(text: str, taken: Iterable[str] = ()) -> str:
    """A short, path-safe id made from the question's words, unique among ``taken``.

    Accented letters keep their base letter (Zürich -> zurich); text with no Latin letters at all
    gets ``q-`` and a short hash of the text, so that it is still stable and distinct.
    """
    import hashlib
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_text.lower()) if w not in _STOP_WORDS]
    base = "-".join(words[:5])[:40].strip("-")
    if not base:
        base = "q-" + hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:8]
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _due(due: date | str, tz: str, now: datetime) -> date:
    if isinstance(due, date):
        return due
    try:
        return dates.parse_due(due, dates.today_in(dates.zone(tz), now))
    except ValueError as exc:
        raise InputError("due", str(exc)) from None


def log_forecast(store: Store, *, text: str, criteria: str, due: date | str, forecaster: str,
                 probability: float | str | None = None, outcomes: Mapping[str, float | str] | None = None,
                 question_id: str | None = None, tags: Sequence[str] = (), phrase: str | None = None,
                 scale: str | None = None, source: Source | Mapping | None = None,
                 condition: tuple[str, str] | None = None, rationale: str | None = None,
                 timezone_name: str = "UTC", now: datetime | None = None,
                 warnings: list[str] | None = None, check_only: bool = False) -> QuestionHistory:
    """Record a new question with its first prediction (``check_only``: run every check, write nothing,
    and return the records that would be written, unnumbered: a form's check step).

    Binary questions take ``probability`` (0.7, "70%", "3:1"); choice questions take ``outcomes``, a
    mapping of outcome name to probability. ``due`` is a date or a phrase ("end of 2027", "in 6 months")
    read in ``timezone_name``. Raises InputError for bad values, nothing being written. Things worth
    telling the user that do not stop the log (a due date in the past, a likely duplicate) are
    appended to ``warnings`` when a list is given.
    """
    from tracker.store import queries

    warnings = [] if warnings is None else warnings
    now = _now(now)
    if probability is not None and outcomes is not None:
        raise InputError("probability", "give a probability (binary) or outcomes (choice), not both")
    if probability is None and outcomes is None:
        raise InputError("probability", "give a probability (binary) or outcomes with probabilities (choice)")
    due_date = _due(due, timezone_name, now)
    if due_date < dates.today_in(dates.zone(timezone_name), now):
        warnings.append(f"the due date {due_date.isoformat()} is already past: resolve it now if it is decided")
    with store.write() as session:
        if question_id is None:
            question_id = question_id_for(text, _ids_like(session, question_id_for(text)))
            if question_id != question_id_for(text):
                # The same words were asked before: a duplicate is more likely than a new question.
                warnings.append(f"a question with the same words exists ({question_id_for(text)}); "
                                f"this one is {question_id}")
        elif queries.get_questions(session, [question_id]):
            raise InputError("id", f"{question_id!r} is already a question")
        try:
            question = Question(
                id=question_id, text=text, criteria=criteria, kind="choice" if outcomes else "binary",
                outcomes=tuple(outcomes or ()), due=due_date, created_at=now, tags=tuple(tags),
                source=source, phrase=phrase, scale=scale,
                condition=Condition(question=condition[0], outcome=condition[1]) if condition else None)
            prediction = Prediction(question_id=question.id, forecaster=forecaster, made_at=now,
                                    probability=probability, probabilities=dict(outcomes) if outcomes else None,
                                    phrase=phrase, scale=scale, rationale=rationale)
        except ValidationError as exc:
            raise _invalid(exc) from None
        from tracker.resolving import record_resolution

        resolutions: list[Resolution] = []
        if question.condition:
            resolutions = _check_condition(session, question, now)
        if check_only:
            return QuestionHistory(question=question, predictions=(prediction,), resolutions=tuple(resolutions),
                                   versions=())
        queries.insert_questions(session, [question], now, by=forecaster)
        (prediction,) = queries.insert_predictions(session, [prediction], now)
        resolutions = [record_resolution(session, r, now)[0] for r in resolutions]
        from tracker.store.versions import versions_of

        versions = tuple(versions_of(session, [question.id])[question.id])
    status = "annulled" if resolutions else "open"
    return QuestionHistory(question=question.model_copy(update={"status": status}), predictions=(prediction,),
                           resolutions=tuple(resolutions), versions=versions)


def _ids_like(session, base: str) -> list[str]:
    from sqlalchemy import select

    from tracker.store.tables import QuestionRow

    return list(session.scalars(select(QuestionRow.id).where(QuestionRow.id.like(f"{base}%"))))


def _check_condition(session, question: Question, now: datetime) -> list[Resolution]:
    """Refuse an unknown condition; annul at once a question whose condition has already failed."""
    from tracker.store import queries

    from tracker.resolving import check_outcome

    condition = question.condition
    parent = queries.get_questions(session, [condition.question]).get(condition.question)
    if parent is None:
        raise InputError("condition", f"unknown question {condition.question!r}")
    if problem := check_outcome(parent, condition.outcome):
        raise InputError("condition", problem)
    current = current_resolution(queries.resolutions_of(session, [parent.id]).get(parent.id, []))
    if current and current.outcome != condition.outcome:
        return [Resolution(question_id=question.id, outcome="annulled", resolved_at=now, resolver="tracker",
                           note=f"condition failed: {parent.id} resolved {current.outcome}, "
                                f"not {condition.outcome}")]
    return []


def update_forecast(store: Store, question_id: str, *, forecaster: str,
                    probability: float | str | None = None, outcomes: Mapping[str, float | str] | None = None,
                    phrase: str | None = None, scale: str | None = None, rationale: str | None = None,
                    made_at: datetime | None = None, now: datetime | None = None,
                    check_only: bool = False) -> Prediction:
    """Add a new prediction to an open question (the earlier ones stay as they were); ``check_only``: run
    every check, write nothing, and return the prediction that would be added, unnumbered."""
    from tracker.store import queries

    now = _now(now)
    with store.write() as session:
        question = _get(session, question_id)
        question_id = question.id  # a unique prefix names the whole id
        if question.status != "open":
            raise InputError("id", f"cannot add a prediction: {question_id} is {question.status} "
                                   "(predictions after a resolution are not scored)")
        if question.kind == "binary" and outcomes:
            raise InputError("probabilities", f"{question_id} is a yes/no question: give -p, not --outcome")
        if question.kind == "choice" and probability is not None:
            raise InputError("probability", f"{question_id} is a choice question: give --outcome NAME=P for "
                                            f"each of {', '.join(question.outcomes)}")
        if made_at and made_at > now + FUTURE_TOLERANCE:
            raise InputError("made_at", f"{made_at.isoformat()} is in the future")
        try:
            prediction = Prediction(question_id=question_id, forecaster=forecaster, made_at=made_at or now,
                                    probability=probability, probabilities=dict(outcomes) if outcomes else None,
                                    phrase=phrase, scale=scale, rationale=rationale)
            prediction.check_against(question)
        except ValidationError as exc:
            raise _invalid(exc) from None
        except ValueError as exc:
            raise InputError("probabilities" if question.kind == "choice" else "probability", str(exc)) from None
        earlier = queries.predictions_of(session, [question_id]).get(question_id, [])
        if any(p.forecaster == forecaster and p.made_at == prediction.made_at for p in earlier):
            raise InputError("made_at", f"{forecaster} already has a prediction at {prediction.made_at.isoformat()}")
        if check_only:
            return prediction
        (prediction,) = queries.insert_predictions(session, [prediction], now)
    return prediction


def resolve_question(store: Store, question_id: str, outcome: str | bool, *, resolver: str,
                     evidence: Sequence[str] = (), note: str | None = None, resolved_at: datetime | None = None,
                     correction: bool = False, now: datetime | None = None) -> list[Resolution]:
    """Resolve a question; return the resolution and any annulments of questions conditional on it.

    A resolved question takes a new resolution only as a ``correction``, which supersedes the one in
    force and keeps it in the history.
    """
    from tracker.store import queries

    from tracker.resolving import check_outcome, check_resolution_time, record_resolution

    now = _now(now)
    with store.write() as session:
        question = _get(session, question_id)
        question_id = question.id  # a unique prefix names the whole id
        try:
            resolution = Resolution(question_id=question_id, outcome=outcome, resolved_at=resolved_at or now,
                                    resolver=resolver, evidence=tuple(evidence), note=note)
        except ValidationError as exc:
            raise _invalid(exc) from None
        if problem := check_outcome(question, resolution.outcome, correction=correction):
            raise InputError("outcome", problem)
        if problem := check_resolution_time(question, resolution.resolved_at, now):
            raise InputError("resolved_at", problem)
        current = current_resolution(queries.resolutions_of(session, [question_id]).get(question_id, []))
        if current and current.outcome == "open":
            # A reopened question resolves like a new one; the new record still points at the reopening.
            correction = True
        elif current and not correction:
            raise InputError("outcome", f"{question_id} is already resolved {current.outcome}; "
                                        "use --correction to supersede that resolution")
        if correction and not current:
            raise InputError("correction", f"{question_id} has no resolution to correct")
        if correction and current.outcome == resolution.outcome:
            state = "open" if current.outcome == "open" else f"resolved {current.outcome}"
            raise InputError("outcome", f"{question_id} is already {state}: nothing to correct")
        return record_resolution(session, resolution.model_copy(
            update={"supersedes": current.id if current else None}), now)


#: The shortest prefix of an id that names a question (`tracker list` shows prefixes at 80 columns);
#: shorter ones would match by chance.
MIN_ID_PREFIX = 4


def _ids_starting(session, prefix: str, limit: int) -> list[str]:
    from sqlalchemy import select

    from tracker.store.tables import QuestionRow

    query = select(QuestionRow.id).where(QuestionRow.id.startswith(prefix, autoescape=True))
    return list(session.scalars(query.order_by(QuestionRow.id).limit(limit)))


def _get(session, question_id: str) -> Question:
    """The question with this id, or else the one question whose id starts with it."""
    from tracker.store import queries

    found = queries.get_questions(session, [question_id]).get(question_id)
    if found is None and len(question_id) >= MIN_ID_PREFIX:
        starting = _ids_starting(session, question_id, limit=4)
        if len(starting) == 1:
            return queries.get_questions(session, starting)[starting[0]]
        if starting:
            listed = ", ".join(starting[:3]) + (", ..." if len(starting) > 3 else "")
            raise NotFoundError(f"{question_id!r} is the start of several ids ({listed}): give more of it")
    if found is None:
        import difflib

        near = difflib.get_close_matches(question_id, _ids_like(session, question_id[:3]), n=1, cutoff=0.6)
        # Too short to be taken as the start of an id, but plainly meant as one: say so.
        short = _ids_starting(session, question_id, limit=2) if len(question_id) < MIN_ID_PREFIX else []
        hint = (f"did you mean {short[0]}? the start of an id is taken from {MIN_ID_PREFIX} characters"
                if len(short) == 1 else f"did you mean {near[0]}?" if near else "see `tracker list`")
        raise NotFoundError(f"no question with id {question_id!r} ({hint})")
    return found


def list_questions(store: Store, *, status: str | None = None, due_before: date | None = None,
                   due_after: date | None = None, tag: str | None = None, forecaster: str | None = None,
                   sort: str = "due", descending: bool = False, limit: int | None = None) -> list[QuestionSummary]:
    """Questions with their latest prediction and current resolution. ``status``: open, resolved (any
    resolution), ambiguous or annulled. ``sort``: due, created, id or status."""
    from tracker.store import listing

    if sort not in listing.SORT_COLUMNS:
        raise InputError("sort", f"{sort!r} is not one of {', '.join(listing.SORT_COLUMNS)}")
    if status not in (None, "open", "resolved", "ambiguous", "annulled"):
        raise InputError("status", f"{status!r} is not one of open, resolved, ambiguous, annulled")
    with store.read() as session:
        return listing.summaries(session, status=status, due_before=due_before, due_after=due_after, tag=tag,
                                 forecaster=forecaster, sort=sort, descending=descending, limit=limit)


def question_ids(store: Store) -> list[str]:
    """Every question id, read with plain SQL (listings and completion import no table model)."""
    from sqlalchemy import text

    with store.read() as session:
        return [row[0] for row in session.execute(text("SELECT id FROM question"))]


def question_history(store: Store, question_id: str) -> QuestionHistory:
    """A question with all its predictions and resolutions (superseded ones included)."""
    with store.read() as session:
        question = _get(session, question_id)
        return _histories(session, [question.id], {question.id: question})[0]


def _histories(session, ids: list[str], found: dict[str, Question] | None = None) -> list[QuestionHistory]:
    """The histories of ``ids``; ``found``: their questions when the caller read them already in this
    session (read again, they would cost a query and their rows' conversion for nothing)."""
    from tracker.store import queries, versions

    questions = found if found is not None else queries.get_questions(session, ids)
    predictions = queries.predictions_of(session, ids)
    resolutions = queries.resolutions_of(session, ids)
    described = versions.versions_of(session, ids)
    return [QuestionHistory.model_construct(question=questions[i], predictions=tuple(predictions.get(i, ())),
                                            resolutions=tuple(resolutions.get(i, ())),
                                            versions=tuple(described.get(i, ()))) for i in ids if i in questions]


#: What `revise_question` may change, as keyword arguments (kind, outcomes and creation time never change).
REVISABLE = ("text", "criteria", "due", "tags", "source", "phrase", "scale", "condition", "remind_every_days")


def revise_question(store: Store, question_id: str, *, by: str | None = None, reason: str | None = None,
                    correction: bool = False, timezone_name: str = "UTC", now: datetime | None = None,
                    **changes) -> QuestionHistory:
    """Record a new version of a question's description with ``changes`` (fields of REVISABLE; ``due`` a
    date or a phrase, ``condition`` a (question, outcome) pair or None). The rules are tracker.rules': a
    change of wording, or of criteria, due date or condition once resolved, needs ``correction`` and a
    ``reason``. Nothing changes when the values are the ones recorded. Raises InputError, writing nothing."""
    from tracker import rules
    from tracker.store import queries

    unknown = sorted(set(changes) - set(REVISABLE))
    if unknown:
        raise InputError(unknown[0], f"cannot be changed (one of {', '.join(REVISABLE)} can)")
    now = _now(now)
    if "due" in changes and changes["due"] is not None:
        changes["due"] = _due(changes["due"], timezone_name, now)
    if isinstance(changes.get("condition"), tuple):
        changes["condition"] = dict(zip(("question", "outcome"), changes["condition"]))
    with store.write() as session:
        old = _get(session, question_id)
        try:
            new = Question.model_validate({**old.model_dump(exclude={"status"}), **changes})
        except ValidationError as exc:
            raise _invalid(exc) from None
        if new.condition and new.condition != old.condition:
            _check_condition(session, new, now)
        new = new.model_copy(update={"status": old.status})
        if new != old:
            resolved = old.status != "open"
            if problem := rules.revision_problem(old, new, resolved=resolved, correction=correction, reason=reason):
                raise InputError(problem.field, rules.shown(problem, "cli"))
            needed = bool(rules.needs_correction(old, new, resolved=resolved))
            queries.update_question(session, new, now, by=by, reason=reason, correction=needed)
        return _histories(session, [old.id])[0]


def all_histories(store: Store) -> list[QuestionHistory]:
    """Every question's full history, ordered by id."""
    from sqlalchemy import select

    from tracker.store.tables import QuestionRow

    with store.read() as session:
        ids = list(session.scalars(select(QuestionRow.id).order_by(QuestionRow.id)))
        return _histories(session, ids)




def phrase_problem(scales: Mapping, phrase: str, scale: str) -> tuple[str, str] | None:
    """Why ``phrase`` cannot be read on ``scale`` among ``scales`` (tracker.scales.load_scales), as
    (field, message); None when it can (always on the stated-in-text pseudo-scale of `tracker extract`:
    the probability is the number the document states, and the phrase only says where it came from)."""
    from tracker.scales import STATED_SCALE

    if scale == STATED_SCALE:
        return None
    if scale not in scales:
        return "scale", (f"unknown scale {shown(scale)} (one of {', '.join(sorted(scales))}; "
                         "a workspace adds its own in scales/)")
    if scales[scale].lookup(phrase) is not None:
        return None
    known = ", ".join(p.phrase for p in scales[scale].phrases)
    elsewhere = [name for name, other in sorted(scales.items()) if other.lookup(phrase)]
    hint = f"; it is a phrase of {', '.join(elsewhere)}: set scale: {elsewhere[0]}" if elsewhere else ""
    return "phrase", f"{shown(phrase.strip())} is not a phrase of {scale} (known: {known}){hint}"


def apply_paths(store: Store, paths: Sequence[str | os.PathLike], *, now: datetime | None = None,
                workspace: Workspace | None = None) -> ApplyResult:
    """Make the store agree with the forecast and resolution files under ``paths``: all or nothing.

    Raises LedgerErrors (every problem, each with file, line and field) and writes nothing when any
    file has a problem. Phrases are read on the scales of ``workspace`` (its scales/ folder; a phrase
    without a scale on its tracker.toml ``scale``), or on the shipped ones without it.
    """
    from tracker.apply import apply_contents, check_phrases
    from tracker.ledger import load
    from tracker.scales import load_scales

    contents = load(list(paths))
    check_phrases(contents, load_scales(workspace.root if workspace else None),
                  workspace.settings.scale if workspace else settings.default("tracker.scale"),
                  phrase_problem)
    # On SQLite nothing else says who applied the files: the workspace's forecaster does.
    result = apply_contents(store, contents, now=now, by=workspace.settings.forecaster if workspace else None)
    result.files = len({e.file for e in contents.questions} | {e.file for e in contents.resolutions})
    return result


def export_store(store: Store, directory: str | os.PathLike, fmt: str = "yaml", *, seen=None) -> list[Path]:
    """Write every question, prediction and resolution to ``directory`` as ``yaml``, ``json`` or ``csv``;
    ``seen`` (tracker.team.seen_by): only the predictions the viewer may see."""
    from tracker.export import FORMATS, write_export

    if fmt not in FORMATS:
        import difflib

        near = difflib.get_close_matches(fmt, list(FORMATS), n=1)
        raise InputError("format", f"{fmt!r} is not one of {', '.join(FORMATS)}"
                                   + (f" (did you mean {near[0]}?)" if near else ""))
    from sqlalchemy import select

    from tracker.store import versions
    from tracker.store.tables import QuestionRow

    with store.read() as session:  # one snapshot: the head named is the one the records lead to
        if store.dialect == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        histories = _histories(session, list(session.scalars(select(QuestionRow.id).order_by(QuestionRow.id))))
        stamps, chain = versions.stamps(session), versions.head(session)
    try:
        return write_export(histories, Path(directory), fmt, stamps=stamps, chain=chain, seen=seen)
    except OSError as exc:
        raise TrackerError(f"{directory}: {exc.strerror or exc}") from None


def score(store: Store, *, by: str | None = None, forecaster: str | None = None, tag: str | None = None,
          since: datetime | None = None, as_of: timedelta | None = None, bins: int = 10,
          time_averaged: bool = False, relative: bool = False, peer: bool = False, source: str | None = None,
          phrase: str | None = None, horizon: str | None = None) -> dict:
    """Scores of the resolved forecasts, overall or per group (forecaster, tag, source, phrase, horizon,
    month), with the counts of what was not scored and the conventions used.

    By default each forecaster's latest prediction made at or before the resolution is scored;
    ``as_of`` scores the one standing that long before the due date instead. ``peer`` adds Metaculus
    Peer and Baseline scores per forecaster and the crowd scored beside them (docs/crowd-and-peer.md).
    ``source``, ``phrase`` (the prediction's own, any scale) and ``horizon`` (a band, as `by="horizon"`
    names it) keep only the forecasts with that value; "(no source)" and "(no phrase)" select the missing.
    """
    from tracker.evaluation import (GROUPINGS, Selection, check_combination, checked_filter, relative_briers,
                                    score_table, time_averaged_briers)

    if by is not None and by not in GROUPINGS:
        raise InputError("by", f"cannot group by {by!r} (one of {', '.join(GROUPINGS)})")
    if isinstance(bins, bool) or not isinstance(bins, int) or bins < 1:
        raise InputError("bins", f"{bins!r} is not a number of bins (1 or more)")
    if peer and as_of is not None:
        raise InputError("peer", "Peer and Baseline scores average whole histories; they do not take --as-of")
    tag, forecaster = _check_tag(store, tag), check_forecaster(store, forecaster)
    narrowing = {name: checked_filter(store, name, value)
                 for name, value in (("source", source), ("phrase", phrase), ("horizon", horizon))}
    selection = Selection(by=by, forecaster=forecaster, tag=tag, since=since, as_of=as_of, bins=bins, **narrowing)
    check_combination(selection)
    if peer and selection.filters.narrowed:
        raise InputError("peer", "Peer and Baseline scores do not take the source, phrase or horizon filters yet")
    try:
        table = score_table(store, selection)
    except ValueError as exc:
        # Every flag was checked above: what is left is stored counts that no write of tracker makes.
        raise TrackerError(f"the stored scores cannot be read ({exc}): the score_cell table was changed "
                           "outside tracker") from None
    if as_of is not None:
        table["as_of_days"] = as_of.days
    if relative or time_averaged:
        extra_relative = relative_briers(store, selection) if relative else {}
        extra_averaged = time_averaged_briers(store, selection) if time_averaged else {}
        table["forecasters"] = {
            name: {**({"relative_brier": extra_relative.get(name)} if relative else {}),
                   **({"time_averaged_brier": extra_averaged.get(name, {}).get("time_averaged_brier")}
                      if time_averaged else {})}
            for name in sorted(set(extra_relative) | set(extra_averaged))}
    if peer:
        from tracker.crowd_report import as_json, crowd_and_peer_scores

        table["peer"] = as_json(crowd_and_peer_scores(store, forecaster=forecaster, tag=tag, since=since))
    return table


def _check_tag(store: Store, tag: str | None) -> str | None:
    """The tag as stored (lowercase); a tag no question has is refused, naming the closest, since a typo
    would otherwise score nothing, silently."""
    if tag is None:
        return None
    tag = tag.strip().lower()
    from sqlalchemy import select

    from tracker.store.tables import QuestionTagRow

    with store.read() as session:
        known = set(session.scalars(select(QuestionTagRow.tag).distinct()))
    if tag in known:
        return tag
    import difflib

    near = difflib.get_close_matches(tag, known, n=1, cutoff=0.6)
    hint = f"did you mean {near[0]}?" if near else ("no question has a tag yet" if not known else
                                                     f"known: {', '.join(sorted(known)[:10])}"
                                                     + (", ..." if len(known) > 10 else ""))
    raise InputError("tags", f"no question is tagged {shown(tag)} ({hint})")


def check_forecaster(store: Store, forecaster: str | None) -> str | None:
    """A forecaster with no stored prediction is refused, naming the closest, since a typo would otherwise
    score nothing, silently (one index look-up when the name is known)."""
    if forecaster is None:
        return None
    from sqlalchemy import select

    from tracker.store.tables import PredictionRow

    with store.read() as session:
        if session.scalar(select(PredictionRow.forecaster).where(PredictionRow.forecaster == forecaster).limit(1)):
            return forecaster
        known = sorted(session.scalars(select(PredictionRow.forecaster).distinct()))
    import difflib

    near = difflib.get_close_matches(forecaster, known, n=1, cutoff=0.6)
    hint = f"did you mean {near[0]}?" if near else f"known: {', '.join(known[:10]) or 'none yet'}"
    raise InputError("forecaster", f"no prediction is by {forecaster!r} ({hint})")


def write_report(store: Store, directory: str | os.PathLike, *, forecaster: str | None = None,
                 tag: str | None = None, since: datetime | None = None, as_of: timedelta | None = None,
                 bins: int = 10, workspace: str | os.PathLike | None = None, now: datetime | None = None,
                 time_averaged: bool | None = None, timezone_name: str | None = None, source: str | None = None,
                 phrase: str | None = None, horizon: str | None = None) -> dict[str, Path]:
    """Write index.html, report.md, scores.json and the PNG plots to ``directory``; times are shown in
    ``timezone_name`` (default: the workspace's setting, else UTC).

    ``time_averaged``: include the time-averaged Brier (None or True: included, at any size: it streams the
    predictions in one pass; False: left out). ``source``, ``phrase``, ``horizon``: as for `score`.
    """
    from tracker.evaluation import Selection, check_combination, checked_filter
    from tracker.report import write_report as write

    tag, forecaster = _check_tag(store, tag), check_forecaster(store, forecaster)
    narrowing = {name: checked_filter(store, name, value)
                 for name, value in (("source", source), ("phrase", phrase), ("horizon", horizon))}
    selection = Selection(forecaster=forecaster, tag=tag, since=since, as_of=as_of, bins=bins, **narrowing)
    check_combination(selection)
    try:
        return write(store, Path(directory), selection, generated_at=_now(now),
                     workspace=Path(workspace) if workspace else None, include_time_averaged=time_averaged,
                     timezone_name=timezone_name)
    except OSError as exc:
        raise TrackerError(f"{directory}: {exc.strerror or exc}") from None


def due_questions(store: Store, *, timezone_name: str = "UTC", now: datetime | None = None) -> list[dict]:
    """Open questions whose due date has passed in the user's zone, most overdue first, with their latest
    forecast and the time of their next prompt slot (``snoozed_until`` when snoozed)."""
    from tracker.store import listing, queries, reminders

    now = _now(now)
    tz = dates.zone(timezone_name)
    with store.read() as session:
        rows = list(reminders.due_questions(session, dates.today_in(tz, now)))
        ids = [r.id for r in rows]
        questions = queries.get_questions(session, ids)
        latest = listing.latest_predictions(session, ids)
    result = []
    for row in sorted(rows, key=lambda r: (r.due, r.id)):
        question, forecast = questions[row.id], latest.get(row.id)
        result.append({
            "id": row.id, "text": question.text, "due": row.due,
            "overdue_days": (now - dates.due_instant(row.due, tz)).days,
            "latest": (f"{format_prediction(forecast)} by {forecast.forecaster}" if forecast else None),
            "snoozed_until": row.snoozed_until, "last_prompt": row.prompted_slot})
    return result


format_prediction = prediction_text  # the library's name for it (interop and reminders use it)


#: The zone whose midnight comes first (UTC+14): without the user's zone, a question counts as due once
#: it is due somewhere, so that no question due in the user's zone is refused a snooze.
EARLIEST_ZONE = timezone(timedelta(hours=14))


def snooze_question(store: Store, question_id: str, until: datetime, *, timezone_name: str | None = None,
                    now: datetime | None = None) -> str:
    """No prompt for ``question_id`` before ``until``; prompts then resume every N days from there.

    A question not yet due has no prompt to move: refused, saying when it falls due (in
    ``timezone_name``; without it, at the earliest midnight anywhere)."""
    from tracker.store import reminders

    now = _now(now)
    with store.write() as session:
        question = _get(session, question_id)
        question_id = question.id
        if question.status != "open":
            raise InputError("id", f"{question_id} is {question.status}: there is nothing to be reminded of")
        if now < dates.due_instant(question.due, dates.zone(timezone_name) if timezone_name else EARLIEST_ZONE):
            raise InputError("id", f"{question_id} is not due until the end of {question.due.isoformat()}: "
                                   "its first prompt comes then, so there is nothing to snooze yet")
        reminders.snooze(session, question_id, until.astimezone(timezone.utc))
    return question_id  # the full id, when a unique prefix was given


def overdue_count(store: Store, *, timezone_name: str = "UTC", now: datetime | None = None) -> int:
    """How many open questions are past their due date (one indexed count)."""
    from tracker.store import listing

    today = dates.today_in(dates.zone(timezone_name), _now(now))
    with store.read() as session:
        return listing.overdue_count(session, today)


def verify(store: Store, *, anchors: Sequence = (), since=None):
    """Recompute the tamper-evident chain of predictions and resolutions, then what is derived from it
    and the triggers guarding both (tracker.verify.ChainReport). ``anchors`` (tracker.anchors.Anchor)
    must still be in the chain; ``since``: check only the records from that anchor on."""
    from tracker.verify import verify_chain

    return verify_chain(store, anchors=anchors, since=since)


def anchor(store: Store, root: str | os.PathLike | None = None):
    """Check the chain, then write its head to ``root``/anchors (when given) and return (Anchor, path)."""
    from tracker import anchors
    from tracker.verify import anchor_head

    found = anchors.in_workspace(Path(root)) if root is not None else []
    head = anchor_head(store, found)
    return head, anchors.write(Path(root), head) if root is not None else None


def changed_after_forecast(store: Store, *, forecaster: str | None = None) -> list[dict]:
    """Scored forecasts whose question's wording, criteria, due date or condition changed (as a later
    version) after they were made: what the report marks (tracker.store.changed_after)."""
    from tracker.store.changed_after import changed_after_forecast as found

    with store.read() as session:
        return found(session, forecaster)


def repair_derived(store: Store) -> list[str]:
    """Rebuild the tables derived from the chain where they differ from it; one line per table repaired
    (refused while the chain is broken)."""
    from tracker.verify import repair_derived as repair

    return repair(store)
