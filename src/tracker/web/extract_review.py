"""The extract review (/extract): paste a document, see each draft `tracker extract` makes of it beside
its sentence, accept / edit / reject each, and write the accepted ones as a forecast file under the
workspace's forecasts/ folder, then apply it.

Extraction is tracker.extract.extract_document and the file is tracker.extract.draft_file, the very
functions `tracker extract -o` calls. The pasted text is carried by the review form itself (a hidden
field) and extracted again on Write, so nothing of it is kept on the server, and the drafts' quotes,
locations and spans come from the library, never from the browser; only the reviewer's edits (accept,
question, probability, due, criteria) do. An uploaded document (/extract/upload, tracker.web.uploads) is kept in a
private folder instead, and the review form carries its random id in place of the text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from starlette.requests import Request

from tracker import api, dates
from tracker.errors import InputError, LedgerErrors, NotFoundError, TrackerError
from tracker.web.draft_edits import reviewed_criteria, reviewed_rationale
from tracker.web.forms import FORM_WIDE, done, form_scales, page_words

#: The longest document taken, in characters of pasted text (the guard's body limit for /extract allows
#: for its url-encoding).
MAX_DOCUMENT_CHARS = 2 * 1024 * 1024
#: The document's form fields, and which field an InputError of extract_document belongs to.
DOCUMENT_FIELD_OF = {"--scale": "scale", "--published": "published", "timezone": FORM_WIDE, "DOC": "file"}


def extract_page(site, request: Request):
    """GET /extract: the paste form."""
    return _paste_form(site, request, {}, {}, 200)


def _paste_form(site, request, values, errors, status):
    return site.page("extract.html", request, status=status, title="Review drafts from a document", values=values,
                     errors=errors, scales=form_scales(site))


def upload(site, request: Request, fields: dict):
    """POST /extract/upload (multipart): the page's form, with a document file or pasted text; shows the
    review of its drafts as POST /extract does."""
    from tracker.web.uploads import MAX_UPLOAD_BYTES

    given = fields.pop("file", None)
    content = given.file.read(MAX_UPLOAD_BYTES + 1) if hasattr(given, "file") else b""
    filename = Path(getattr(given, "filename", "") or "").name
    fields = {k: v for k, v in fields.items() if isinstance(v, str)}
    if content and fields.get("text"):
        return _paste_form(site, request, fields, {"file": "give a file or paste text, not both"}, 400)
    if content or not fields.get("text"):
        try:
            fields["upload"] = site.uploads.keep(content)
        except InputError as exc:
            return _paste_form(site, request, fields, {"file": exc.message}, 400)
        fields["name"] = fields.get("name") or Path(filename).stem
    return extract(site, request, fields)


def extract(site, request: Request, fields: dict, act=None):
    """POST /extract: run the extraction and show the review (no action), or write the accepted drafts
    (``action=write``). ``act`` answers the other actions first (tracker.web.extract_write.extract passes
    its own: download, write without applying, team mode's rule), returning None for those it leaves."""
    try:
        extraction = _extraction(site, fields)
    except InputError as exc:
        field = DOCUMENT_FIELD_OF.get(exc.field, exc.field if exc.field in ("text", "name", "file") else FORM_WIDE)
        return _paste_form(site, request, fields, {field: page_words(exc.message)}, 400)
    if act is not None and (answer := act(site, request, fields, extraction)) is not None:
        return answer
    if fields.get("action") != "write":
        return _review(site, request, fields, extraction, {}, 200)
    chosen, errors = _reviewed_drafts(site, fields, extraction)
    if not errors and not chosen:
        errors[FORM_WIDE] = "no draft is accepted: tick Accept on at least one, or leave the page"
    if site.workspace_root is None:
        errors[FORM_WIDE] = "this server has no workspace folder to write forecasts/ in"
    if errors:
        return _review(site, request, fields, extraction, errors, 400)
    if not site.submitted.claim(fields.get("once")):
        from tracker.web.forms import already_submitted

        return already_submitted(site, request)
    from tracker.extract import draft_file

    text = draft_file(replace(extraction, drafts=[draft for _, draft in chosen]))
    path = _new_file(site.workspace_root / "forecasts", _file_stem(extraction), text)
    try:
        api.apply_paths(site.store, [path], workspace=_workspace(site))
    except TrackerError as exc:  # the file is kept for fixing by hand; the errors go beside their drafts
        site.submitted.release(fields.get("once"))
        errors = _apply_errors(exc, text, [index for index, _ in chosen])
        errors[FORM_WIDE] = (f"{path.name} was written to forecasts/ but not applied: "
                             + errors.get(FORM_WIDE, "see the problems beside the drafts"))
        return _review(site, request, fields, extraction, errors, 400)
    site.uploads.forget(fields.get("upload", ""))
    ids = "&".join(f"id={draft.id}" for _, draft in chosen)
    return done(f"/extract/written?file={path.name}&{ids}")


def written(site, request: Request):
    """GET /extract/written: the questions a Write made, each linked."""
    questions, missing = [], []
    for question_id in request.query_params.getlist("id"):
        try:
            questions.append(api.question_history(site.store, question_id).question)
        except NotFoundError:
            missing.append(question_id)
    return site.page("extract_written.html", request, title="Drafts written", questions=questions, missing=missing,
                     file=Path(request.query_params.get("file", "")).name)


def _extraction(site, fields: dict):
    from tracker.extract import extract_document

    text = fields.get("text", "")
    if fields.get("upload"):
        text = site.uploads.path(fields["upload"])  # InputError("file") when it is not (or no longer) here
    elif not text.strip():
        raise InputError("text", "paste the document's text")
    if isinstance(text, str) and len(text) > MAX_DOCUMENT_CHARS:
        raise InputError("text", f"the document is {len(text):,} characters; at most {MAX_DOCUMENT_CHARS:,} "
                                 "(2 MB) are taken: paste a part of it, or run `tracker extract` on the file")
    name = fields.get("name", "")
    if not name:
        raise InputError("name", "give the document's name (its title): the drafts' source and file name")
    typed = fields.get("published", "")
    try:
        published = date.fromisoformat(typed) if typed else None
    except ValueError:
        raise InputError("--published", f"{typed!r} is not a date (YYYY-MM-DD)") from None
    # Pasted text ends with a line break so that extract_document never reads it as a path to a file.
    # source is "publisher, title": no publisher, and the name (commas and all) as the title.
    if isinstance(text, str) and not text.endswith("\n"):
        text += "\n"
    return extract_document(text, published=published,
                            scale=fields.get("scale") or None, source=f", {name}", workspace=site.workspace_root,
                            timezone_name=site.timezone_name)


def _reviewed_drafts(site, fields: dict, extraction) -> tuple[list, dict[str, str]]:
    """[(index, the draft as edited)] for each accepted draft, and the errors by field ``draft-I-NAME``."""
    from tracker.probability import parse_probability

    chosen, errors = [], {}
    today = dates.today_in(dates.zone(site.timezone_name))
    for index, draft in enumerate(extraction.drafts, 1):
        key = f"draft-{index}"
        if fields.get(f"{key}-draft") != draft.id:
            errors[FORM_WIDE] = "the document changed since it was reviewed: check the drafts again"
            continue
        if fields.get(f"{key}-accept") != "yes":
            continue
        edits = {}
        edits["text"] = fields.get(f"{key}-text", draft.text) or None
        if edits["text"] is None:
            errors[f"{key}-text"] = "the question needs a text"
        try:
            edits["probability"] = parse_probability(fields.get(f"{key}-probability", ""))
        except ValueError as exc:
            errors[f"{key}-probability"] = page_words(str(exc))
        try:
            edits["due"] = dates.parse_due(fields.get(f"{key}-due", ""), today)
        except ValueError as exc:
            errors[f"{key}-due"] = str(exc)
        typed_criteria = fields.get(f"{key}-criteria", draft.criteria)
        if not any(k.startswith(f"{key}-") for k in errors):
            try:
                edits["criteria"] = reviewed_criteria(draft, typed_criteria, edits["due"])
            except InputError as exc:
                errors[f"{key}-criteria"] = exc.message
                continue
            edits["rationale"] = reviewed_rationale(draft, edits, typed_criteria)
            chosen.append((index, replace(draft, **edits)))
    return chosen, errors


def _review(site, request, fields, extraction, errors, status):
    drafts = [(index, draft, _draft_values(fields, index, draft),
               {k.removeprefix(f"draft-{index}-"): v for k, v in errors.items() if k.startswith(f"draft-{index}-")})
              for index, draft in enumerate(extraction.drafts, 1)]
    return site.page("extract_review.html", request, status=status, title=f"Drafts from {extraction.document}",
                     values=fields, extraction=extraction, drafts=drafts, errors=errors,
                     notes=[page_words(note) for note in extraction.notes],
                     segments=_segments(site, fields, extraction))


def _segments(site, fields: dict, extraction):
    if not fields.get("upload"):
        return marked_segments(fields.get("text", ""), extraction.drafts)
    from tracker.web.uploads import shown_text

    text, mapped = shown_text(site.uploads.path(fields["upload"]))
    return marked_segments(text, extraction.drafts, mapped)


def _draft_values(fields: dict, index: int, draft) -> dict[str, str]:
    """What a draft's fields show: as typed when the form comes back, else the draft's own values."""
    key = f"draft-{index}"
    if f"{key}-draft" not in fields:
        return {"accept": "yes", "text": draft.text, "probability": f"{draft.probability:g}",
                "due": draft.due.isoformat(), "criteria": draft.criteria}
    return {name: fields.get(f"{key}-{name}", "") for name in ("accept", "text", "probability", "due", "criteria")}


def marked_segments(text: str, drafts, mapped=lambda span: span) -> list[tuple[str, list[int]]]:
    """The document as (piece, [draft numbers]) in order: pieces outside every draft's span have none; a
    span two drafts share (two clauses of one sentence) is one piece carrying both numbers. A span that
    overlaps the one before it is cut to start where that one ends, so no character is shown twice.
    ``mapped`` takes a draft's span (offsets in the original file) to offsets in ``text``."""
    spans: dict[tuple[int, int], list[int]] = {}
    for index, draft in enumerate(drafts, 1):
        span = mapped(tuple(draft.span)) if draft.span else None
        if span and 0 <= span[0] < span[1] <= len(text):
            spans.setdefault(tuple(span), []).append(index)
    segments, at = [], 0
    for (start, end), numbers in sorted(spans.items()):
        start = max(start, at)
        if start >= end:
            continue
        if start > at:
            segments.append((text[at:start], []))
        segments.append((text[start:end], numbers))
        at = end
    if at < len(text):
        segments.append((text[at:], []))
    return segments


def _file_stem(extraction) -> str:
    from tracker.extract.forecast_file import document_tag

    return document_tag(extraction)


def _new_file(folder: Path, stem: str, text: str) -> Path:
    """Write ``text`` to folder/STEM.yaml, or STEM-2.yaml, ... : the first name not taken (never overwriting
    a file, which may hold drafts reviewed by hand; "x" mode makes the check and the write one step)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, 10_000):
        path = folder / (f"{stem}.yaml" if number == 1 else f"{stem}-{number}.yaml")
        try:
            with path.open("x", encoding="utf-8") as handle:
                handle.write(text)
            return path
        except FileExistsError:
            continue
    raise TrackerError(f"{folder}: no free name for {stem}.yaml")


def _workspace(site):
    from tracker.workspace import resolve_workspace

    return resolve_workspace(site.workspace_root, require=False)


def _apply_errors(exc: TrackerError, text: str, numbers: list[int]) -> dict[str, str]:
    """Apply's errors keyed by the draft they are about: the question whose entry in the written file holds
    the error's line (the k-th entry is the k-th accepted draft); the rest are the whole form's."""
    if not isinstance(exc, LedgerErrors):
        return {FORM_WIDE: str(exc)}
    starts = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith("  - ")]
    errors: dict[str, str] = {}
    for error in exc.errors:
        entry = sum(1 for start in starts if error.line is not None and start <= error.line)
        key = f"draft-{numbers[entry - 1]}-form" if entry else FORM_WIDE
        shown = f"{error.field}: {error.message}" if error.field else error.message
        errors[key] = f"{errors[key]}; {shown}" if key in errors else shown
    return errors
