"""Template filters: how dates, probabilities and links look on the pages."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlencode, urlsplit


def install(env) -> None:
    from tracker.report import tables

    env.filters.update(percent=percent, when=when, safe_url=safe_url, query=query, number=_absent(tables.number),
                       share=_absent(tables.percent), ptext=ptext, aria_invalid=aria_invalid, error_line=error_line,
                       form_error_line=form_error_line, overdue=overdue,
                       interval=lambda pair: tables.interval(*pair) if isinstance(pair, (tuple, list)) else "–")


def overdue(days: int) -> str:
    """How overdue a question is, in `tracker due`'s words ("now due", "1 day overdue", "3 days overdue"):
    ``days`` counted from its due instant, the midnight after its due date, as `tracker due` counts."""
    from tracker.remind.channels.base import overdue_words

    return overdue_words(days)


# The forms' error marks, as filters: the same HTML as _forms.html's macros of the same purpose, at a
# fraction of a Jinja macro call's cost (the home queue renders two forms for each of its 25 items).
def aria_invalid(errors, name: str, prefix: str = ""):
    """The attributes marking field ``name`` invalid and pointing to its error line, when it has one."""
    from markupsafe import Markup

    if not errors or not errors.get(name):
        return ""
    return Markup(' aria-invalid="true" aria-describedby="{}{}-error"').format(prefix, name)


def error_line(errors, name: str, prefix: str = ""):
    """Field ``name``'s error, under it, when it has one."""
    from markupsafe import Markup

    if not errors or not errors.get(name):
        return ""
    return Markup('<p class="error" id="{}{}-error">{}</p>').format(prefix, name, errors[name])


def form_error_line(errors):
    """The error about no one field of the form, on top of it."""
    from markupsafe import Markup

    if not errors or not errors.get("form"):
        return ""
    return Markup('<p class="error" role="alert">{}</p>').format(errors["form"])


def _absent(render):
    """``render`` with a value the report lacks (nothing scored yet) shown as the report shows None."""
    from jinja2 import Undefined

    return lambda value, *args: render(None if isinstance(value, Undefined) else value, *args)


def percent(value) -> str:
    if value is None:
        return "–"
    from tracker.probability import format_probability

    return format_probability(value)


def when(value, zone_name: str = "UTC") -> str:
    """A moment in the workspace's zone (minutes), or a date as it is."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        from tracker.dates import zone

        return value.astimezone(zone(zone_name)).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def safe_url(value) -> str | None:
    """``value`` when it is an http(s) URL a link may point to; None otherwise (shown as text)."""
    text = str(value or "").strip()
    parts = urlsplit(text)
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def query(values: dict, **changes) -> str:
    """A query string of ``values`` with ``changes`` applied; empty values are left out."""
    merged = {**values, **changes}
    return urlencode([(k, v) for k, v in merged.items() if v not in (None, "")])


def ptext(prediction) -> str:
    from tracker.domain import prediction_text

    return prediction_text(prediction)
