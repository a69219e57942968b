"""The forms' fields for what `tracker log --source/--source-url/--quote/--condition` and `tracker resolve
--at` record: read as those flags are read, echoed on the log form's check page, and their errors (the
CLI's, or the library's about ``source.url``, ``condition``, ``resolved_at``) shown beside their field.

The log form's fields are ``source``, ``source_url``, ``quote`` and ``condition``; the resolve form's is
``at``. Each is optional: left empty, the record is the one the CLI makes without the flag.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from tracker import dates
from tracker.errors import InputError, TrackerError
from tracker.web.form_errors import field_errors, page_words

LOG_FIELDS = ("source", "source_url", "quote", "condition")
#: The form field an error is shown beside: the library's field names and the CLI's flags for them.
FIELD_OF = {"source.document": "source", "--source": "source", "source.url": "source_url",
            "--source-url": "source_url", "source.quote": "quote", "--quote": "quote", "condition": "condition",
            "--condition": "condition", "resolved_at": "at", "--at": "at"}
#: What the pages call the flags the CLI's messages name.
FLAG_WORDS = {"--source-url": "the source URL", "--quote": "the quote", "--condition": "the condition",
              "--at": "the resolution time"}


def _words(message: str) -> str:
    for flag, words in FLAG_WORDS.items():
        message = message.replace(flag, words)
    return page_words(message)


def errors_of(exc: TrackerError, form: str) -> dict[str, str]:
    """forms.field_errors, with this module's fields beside their own field instead of atop the form."""
    if isinstance(exc, InputError) and exc.field in FIELD_OF:
        return {FIELD_OF[exc.field]: _words(exc.message)}
    return field_errors(exc, form)


def source_of(fields: dict) -> dict | None:
    """The source `tracker log` records from --source, --source-url and --quote (None when none is given).
    The URL must be http(s): the pages link it, and a ``javascript:`` link is the one thing never linked."""
    document, url, quote = (fields.get(name) or None for name in ("source", "source_url", "quote"))
    if url:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            raise InputError("--source-url", f"{url!r} is not an http(s) URL like https://example.org/report.pdf")
    return {"document": document, "url": url, "quote": quote} if document or url or quote else None


def condition_of(fields: dict) -> tuple[str, str] | None:
    """`tracker log --condition QUESTION=OUTCOME`'s reading: (question, outcome), or None."""
    typed = fields.get("condition") or ""
    if not typed:
        return None
    name, sep, value = typed.partition("=")
    if not sep:
        raise InputError("--condition", f"{typed!r} is not QUESTION=OUTCOME")
    return name.strip(), value.strip()


def read_log(fields: dict, read) -> dict:
    """The log call's ``source`` and ``condition``, each echoed on ``read`` (a forecast_forms.Read) for the
    check page; an error goes into ``read.errors`` beside its field, and its value is left out."""
    given = {}
    for name, reader in (("source", source_of), ("condition", condition_of)):
        try:
            given[name] = reader(fields)
        except InputError as exc:
            read.errors.update(errors_of(exc, "log"))
            given[name] = None
    source, condition = given["source"], given["condition"]
    if source and source["document"]:
        read.echo.append(f"source: {source['document']}" + (f" ({source['url']})" if source["url"] else ""))
    elif source and source["url"]:
        read.echo.append(f"source: {source['url']}")
    if source and source["quote"]:
        read.echo.append(f"quote: “{source['quote']}”")
    if condition:
        read.echo.append(f"only if {condition[0]} resolves {condition[1].lower()} (annulled otherwise)")
    return given


def resolution_time(fields: dict, timezone_name: str) -> datetime | None:
    """`tracker resolve --at`'s reading of the ``at`` field: ISO 8601, a time without a zone in the
    workspace's zone; None (now) when empty."""
    typed = fields.get("at") or ""
    if not typed:
        return None
    try:
        return dates.parse_timestamp(typed, default_zone=dates.zone(timezone_name))
    except ValueError as exc:
        raise InputError("--at", str(exc)) from None


def resolve_errors(exc: TrackerError, fields: dict, resolved_at: datetime | None, timezone_name: str) -> dict:
    """The resolve form's errors; the library's about the resolution time in the words `tracker resolve`
    uses (what was typed, and other instants in the workspace's zone)."""
    if isinstance(exc, InputError) and exc.field == "resolved_at" and resolved_at is not None:
        return {"at": _words(dates.resolution_time_words(exc.message, fields.get("at", ""), resolved_at, dates.zone(timezone_name)))}
    return errors_of(exc, "resolve")
