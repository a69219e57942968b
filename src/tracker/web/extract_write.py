"""The extract review's other ways to finish: download the forecast file, or write it under forecasts/
without applying it; and team mode's rule that the web does not apply what a team reviews in git.

In team mode (behind the authenticating proxy: the guard has put the proxy's user in the request) a
workspace's forecast files are reviewed in git before `tracker apply` runs on them, so the page's default
is to write the file without applying it, and *Write and apply* is offered, and taken, only when
tracker.toml's ``[web] apply_drafts_in_team_mode`` is true. Alone (the login link), all three are offered
and *Write and apply* stays the default.

The file is the one Write makes: tracker.extract.draft_file of the accepted drafts as edited, the same
checks first (extract_review._reviewed_drafts), so a download and a written file of one review are the
same text.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response

from tracker.errors import TrackerError
from tracker.web.forms import FORM_WIDE, already_submitted, done
from tracker.web.team import USER_SCOPE_KEY

#: The review form's ``action`` values: write and apply (extract_review's own), write only, download.
APPLY, WRITE_ONLY, DOWNLOAD = "write", "write-only", "download"
SETTING = "apply_drafts_in_team_mode"
#: The answer's media type: YAML is text, and a browser saving it keeps it as the reviewer will edit it.
YAML_TYPE = "application/yaml; charset=utf-8"


def apply_setting(root: Path | None) -> bool:
    """tracker.toml's ``[web] apply_drafts_in_team_mode`` (False without a workspace or the setting)."""
    from tracker.settings import default, read_config

    path = root / "tracker.toml" if root else None
    if path is None or not path.is_file():
        return default(f"web.{SETTING}")
    return read_config(path, root)["web"][SETTING]


def team_mode(request: Request) -> bool:
    """Whether the request came through the authenticating proxy (the guard has named its user)."""
    return bool(request.scope.get(USER_SCOPE_KEY))


def may_apply(site, request: Request) -> bool:
    return not team_mode(request) or bool(getattr(site, SETTING, False))


def actions(site, request: Request) -> list[tuple[str, str]]:
    """The review's buttons as (action, label), the default first (Enter in a field presses the first)."""
    apply = (APPLY, "Write and apply the accepted drafts")
    write_only = (WRITE_ONLY, "Write the file without applying it")
    download = (DOWNLOAD, "Download the forecast file")
    if not team_mode(request):
        return [apply, write_only, download]
    return [write_only, download] + ([apply] if may_apply(site, request) else [])


def extract(site, request: Request, fields: dict):
    """POST /extract: extract_review's, with this module's actions answered first."""
    from tracker.web import extract_review

    return extract_review.extract(site, request, fields, act=act)


def act(site, request: Request, fields: dict, extraction):
    """The answer to a review form whose action is this module's (download, write only, or a write and
    apply team mode does not allow); None for every other form, which extract_review answers."""
    from tracker.web import extract_review

    action = fields.get("action")
    if action == APPLY and not may_apply(site, request):
        errors = {FORM_WIDE: "this workspace reviews its forecast files in git before they are applied: write the "
                             "file without applying it, or download it (tracker.toml's [web] "
                             f"{SETTING} lets this page apply)"}
        return extract_review._review(site, request, fields, extraction, errors, 403)
    if action not in (WRITE_ONLY, DOWNLOAD):
        return None
    chosen, errors = extract_review._reviewed_drafts(site, fields, extraction)
    if not errors and not chosen:
        errors[FORM_WIDE] = "no draft is accepted: tick Accept on at least one, or leave the page"
    if action == WRITE_ONLY and site.workspace_root is None:
        errors[FORM_WIDE] = "this server has no workspace folder to write forecasts/ in: download the file instead"
    if errors:
        return extract_review._review(site, request, fields, extraction, errors, 400)
    from tracker.extract import draft_file

    text = draft_file(replace(extraction, drafts=[draft for _, draft in chosen]))
    stem = extract_review._file_stem(extraction)
    if action == DOWNLOAD:  # nothing written, nothing applied, and the form's one-time token left unused
        return Response(text, media_type=YAML_TYPE, headers={
            "content-disposition": f'attachment; filename="{stem}.yaml"', "cache-control": "no-store"})
    if not site.submitted.claim(fields.get("once")):
        return already_submitted(site, request)
    try:
        path = extract_review._new_file(site.workspace_root / "forecasts", stem, text)
    except (OSError, TrackerError) as exc:  # a read-only folder, say: one line atop the review, the form kept
        site.submitted.release(fields.get("once"))
        message = f"forecasts/{stem}.yaml could not be written: {getattr(exc, 'strerror', None) or exc}"
        return extract_review._review(site, request, fields, extraction, {FORM_WIDE: message}, 400)
    site.uploads.forget(fields.get("upload", ""))
    return done(f"/extract/unapplied?file={path.name}&drafts={len(chosen)}")


def unapplied(site, request: Request):
    """GET /extract/unapplied: the file a *Write without applying* made, and the command that applies it."""
    name = Path(request.query_params.get("file", "")).name
    written = bool(name) and site.workspace_root is not None and (site.workspace_root / "forecasts" / name).is_file()
    drafts = request.query_params.get("drafts", "")
    return site.page("extract_unapplied.html", request, status=200 if written else 404, title="Forecast file written",
                     file=name, written=written, drafts=int(drafts) if drafts.isdigit() else None)
