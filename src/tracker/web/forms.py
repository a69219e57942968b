"""The resolve and snooze forms (on the home queue and the question page), and what every form shares:
errors keyed by the form field they belong to, the page to return to, the 303 after a write.

A form error is shown next to its field on a page holding that one form again with what was typed,
with HTTP 400; nothing is written, because the only write is the one tracker.api call at the end, a
transaction of its own.
"""

from __future__ import annotations

from datetime import datetime, timezone

from starlette.requests import Request
from starlette.responses import RedirectResponse

from tracker import api, dates
from tracker.errors import InputError, NotFoundError, TrackerError
# Where each error goes on a form, in the page's words: kept apart so that the forms' field modules
# (tracker.web.form_provenance) use them without importing this module back.
from tracker.web.form_errors import FIELDS, FORM_WIDE, field_errors, page_words  # noqa: F401

def back_path(fields: dict, default: str) -> str:
    """The page a form returns to: its ``back`` field when that is a path on this site, else ``default``
    (never another site: ``//evil.example`` and ``https://...`` are refused)."""
    back = fields.get("back", "")
    return back if back.startswith("/") and not back.startswith("//") and "\\" not in back else default


def already_submitted(site, request: Request):
    """The answer to a form sent again (its one-time token was written with): 409, nothing written."""
    from tracker.web.once import ALREADY

    return site.page("error.html", request, status=409, title="Already submitted", message=ALREADY)


def done(path: str) -> RedirectResponse:
    """After a write: see the result with a GET (a reload does not send the form again)."""
    return RedirectResponse(path, status_code=303)


def question_or_404(site, request: Request):
    try:
        return api.question_history(site.store, request.path_params["question_id"]), None
    except NotFoundError as exc:
        return None, site.page("error.html", request, status=404, title="Not found", message=str(exc))


def form_scales(site, known: dict | None = None) -> dict:
    """The scales a phrase may be read on, for the forms' scale menu; ``known``: scales_of(site), when the
    caller has it already (each call stats every scale file)."""
    return {"default": site.scale, "names": sorted(known if known is not None else scales_of(site))}


_SCALES: dict = {}
#: The scale files are looked at again at most this often: stat-ing them is 40 us, a twentieth of the
#: question page's own work, and an edited scale shows a second later at most.
STAMP_SECONDS = 1.0


def scales_of(site) -> dict:
    """tracker.scales.load_scales of the site's workspace, read again only when a scale file changes (the
    question page and the forms list them on every request; reading the YAML is most of their time)."""
    import time

    from tracker.scales import load_scales

    now = time.monotonic()
    cached = _SCALES.get(site.workspace_root)
    if cached is not None and now - cached[2] < STAMP_SECONDS:
        return cached[1]
    stamp = scales_stamp(site)
    if cached is None or cached[0] != stamp:
        cached = (stamp, load_scales(site.workspace_root), now)
    _SCALES[site.workspace_root] = (cached[0], cached[1], now)
    return cached[1]


def scales_stamp(site) -> tuple:
    """The scale files (shipped and the workspace's) as (path, modified, size): it changes when one does."""
    from tracker.scales import PACKAGE_SCALES

    folders = [PACKAGE_SCALES] + ([site.workspace_root / "scales"] if site.workspace_root else [])
    return tuple((str(path), found.st_mtime_ns, found.st_size)
                 for folder in folders if folder.is_dir() for path in sorted(folder.glob("*.yaml"))
                 for found in (path.stat(),))


def outcome_rows(fields: dict) -> list[tuple[str, str]]:
    """(name, probability as typed) for each outcome row of a form that has a name or a probability."""
    rows = []
    for i in range(1, 100):
        name, typed = fields.get(f"outcome_name_{i}"), fields.get(f"outcome_p_{i}")
        if name is None and typed is None:
            break
        if name or typed:
            rows.append((name or "", typed or ""))
    return rows


def again(site, request: Request, history, form: str, fields: dict, errors: dict[str, str]):
    """The one form again, with what was typed and each error next to its field (HTTP 400)."""
    from tracker.domain import current_resolution

    q = history.question
    return site.page("act.html", request, status=400, title=q.text, q=q, form=form, values=fields, errors=errors,
                     back=back_path(fields, f"/questions/{q.id}"), scales=form_scales(site),
                     resolved=current_resolution(history.resolutions) is not None,
                     outcomes=outcome_rows(fields) or [(o, "") for o in q.outcomes])


def resolve(site, request: Request, fields: dict):
    """POST /questions/ID/resolve: outcome, evidence (one per line), note, and the correction checkbox."""
    history, missing = question_or_404(site, request)
    if missing:
        return missing
    correction = fields.get("correction") == "yes"
    note = fields.get("note") or None
    evidence = [line.strip() for line in fields.get("evidence", "").splitlines() if line.strip()]
    if not site.submitted.claim(fields.get("once")):
        return already_submitted(site, request)
    from tracker.web import form_provenance  # the `at` field: `tracker resolve --at`

    resolved_at = None
    try:
        if not fields.get("outcome"):
            raise InputError("outcome", "choose how it came out")
        if correction and not note:
            # A correction replaces what others may have scored against: the record says why.
            raise InputError("note", "a correction needs a note saying why the resolution in force was wrong")
        resolved_at = form_provenance.resolution_time(fields, site.timezone_name)
        api.resolve_question(site.store, history.question.id, fields["outcome"], resolver=site.who(request),
                             evidence=evidence, note=note, correction=correction, resolved_at=resolved_at)
    except TrackerError as exc:
        site.submitted.release(fields.get("once"))
        return again(site, request, history, "resolve", fields,
                     form_provenance.resolve_errors(exc, fields, resolved_at, site.timezone_name))
    return done(back_path(fields, f"/questions/{history.question.id}"))


def snooze(site, request: Request, fields: dict):
    """POST /questions/ID/snooze: ``span`` is a span as `tracker snooze` takes it (3d, 2w) or a date as
    `--until` takes it (2027-01-15, "next friday"), read in the workspace's zone."""
    history, missing = question_or_404(site, request)
    if missing:
        return missing
    if not site.submitted.claim(fields.get("once")):
        return already_submitted(site, request)
    try:
        moment = snooze_moment(fields.get("span", ""), dates.zone(site.timezone_name))
        api.snooze_question(site.store, history.question.id, moment, timezone_name=site.timezone_name)
    except TrackerError as exc:
        site.submitted.release(fields.get("once"))
        return again(site, request, history, "snooze", fields, field_errors(exc, "snooze"))
    return done(back_path(fields, f"/questions/{history.question.id}"))


def snooze_moment(text: str, zone, now: datetime | None = None) -> datetime:
    """The instant a snooze given as ``text`` ends: a span as `tracker snooze` takes it (3d, 2w), or a
    date as its `--until` takes it, read by the same library function. InputError on the ``span`` field."""
    if not text:
        raise InputError("span", "give a span like 3d or 2w, or a date like 2027-01-15")
    given = {"span": text} if dates.SPAN.match(text.lower()) else {"until": text}
    try:
        return dates.snooze_end(zone, now or datetime.now(timezone.utc), **given)
    except dates.SnoozeProblem as exc:
        if "until" in given and str(exc).startswith("cannot read"):  # one field takes both: say so
            raise InputError("span", f"{text!r} is neither a span like 3d or 2w nor a date ({exc})") from None
        raise InputError("span", str(exc)) from None
