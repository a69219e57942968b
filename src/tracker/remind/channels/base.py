"""What every channel shares: the prompt, the failure type, the plain-text rendering and config checks.

Kept apart from ``__init__`` so channel modules can import it without a cycle through the registry.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol

from tracker.errors import TrackerError


class Prompt(NamedTuple):
    """One reminder to resolve a question, as handed to a channel (immutable; a named tuple because a
    sweep makes ten thousand of them, ``_replace`` gives a changed copy).

    ``delivery_id`` stays the same across retries of the same reminder, so receivers can drop duplicates.
    """

    delivery_id: str  # uuid4 hex, stable across retries of the same reminder
    question_id: str
    text: str  # the question
    criteria: str
    due: datetime.date
    slot: datetime.datetime  # UTC instant of this prompt slot
    latest: str | None  # e.g. "70% by ana (2026-03-01)"
    quote: str | None  # the source sentence, if any
    resolve_command: str  # e.g. "tracker resolve china-support yes|no|ambiguous|annulled --evidence URL"
    overdue_days: int  # whole days since the due instant (0 on the due day)
    attempt: int  # 1 for the first try


class ChannelError(Exception):
    """A send failed; the message is recorded as the reminder's last error (one line, no secrets)."""


class Channel(Protocol):
    """Something that delivers a prompt. ``available`` is False when the channel cannot deliver on this
    machine (desktop without notify-send): its ``send`` then returns without doing anything."""

    name: str
    available: bool

    def send(self, prompt: Prompt) -> None:
        """Deliver one prompt; raise ChannelError on any failure."""
        ...


def one_line(text: object, limit: int = 300) -> str:
    """Collapse whitespace so a message fits in one line (error column, mail header)."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def overdue_phrase(prompt: Prompt) -> str:
    return overdue_words(prompt.overdue_days)


def overdue_words(days: int) -> str:
    """``now due``, ``1 day overdue``, ``3 days overdue``."""
    # The due instant is the midnight *after* the due date, so on day 0 the date itself is already past:
    # "now due" is true, "due today" would not be.
    if days <= 0:
        return "now due"
    return f"{days} day{'s' if days != 1 else ''} overdue"


def slot_iso(prompt: Prompt) -> str:
    """The slot as ISO 8601 with an explicit UTC offset (a naive slot is taken to be UTC)."""
    slot = prompt.slot if prompt.slot.tzinfo else prompt.slot.replace(tzinfo=datetime.timezone.utc)
    return slot.astimezone(datetime.timezone.utc).isoformat()


def prompt_subject(prompt: Prompt) -> str:
    """One line naming the question, for a mail subject or a notification summary."""
    return one_line(f"Resolve {prompt.question_id} ({overdue_phrase(prompt)}): {prompt.text}", 150)


def _field(label: str, value: str) -> list[str]:
    # Continuation lines line up under the first so multi-line criteria stay readable.
    lines = value.strip().splitlines() or [""]
    pad = " " * 11
    return [f"{label + ':':<11}{lines[0]}"] + [pad + line for line in lines[1:]]


def prompt_body(prompt: Prompt) -> str:
    """The plain-text message: question, criteria, due, latest forecast, quote and the exact resolve command."""
    lines = _field("Question", prompt.text)
    lines += _field("Criteria", prompt.criteria)
    lines += _field("Due", f"{prompt.due.isoformat()} ({overdue_phrase(prompt)})")
    lines += _field("Latest", prompt.latest or "no forecast recorded")
    if prompt.quote:
        lines += _field("Source", f'"{prompt.quote.strip()}"')
    lines += ["", "To resolve, run:", f"  {prompt.resolve_command}"]
    return "\n".join(lines) + "\n"


_MISSING: Any = object()


class Settings:
    """A channel's table from tracker.toml, read with one-line errors that name the setting."""

    def __init__(self, channel: str, data: object, allowed: tuple[str, ...], secrets: Mapping[str, str] | None = None):
        self.where = f"tracker.toml: remind.{channel}"  # the style of the other tracker.toml errors
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise TrackerError(f"{self.where}: must be a table")
        # Secrets first: a password in the file deserves a pointer to the env var, not "unknown setting".
        for key, hint in (secrets or {}).items():
            if key in data:
                raise self.error(key, f"do not put credentials in tracker.toml; {hint}")
        for key in data:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
                known = f"known: {', '.join(sorted(allowed))}" if allowed else "this channel has no settings"
                raise self.error(key, f"unknown setting{f' (did you mean {close[0]}?)' if close else ''}; {known}")
        self.data = data

    def error(self, key: str, message: str) -> TrackerError:
        return TrackerError(f"{self.where}.{key}: {message}")

    def text(self, key: str, default: Any = _MISSING) -> Any:
        value = self.data.get(key, default)
        if value is _MISSING:
            raise self.error(key, "required")
        if value is not default and (not isinstance(value, str) or not value.strip()):
            raise self.error(key, "must be a non-empty string")
        if isinstance(value, str) and ("\n" in value or "\r" in value):
            raise self.error(key, "must be one line")  # it may end up in a mail header
        return value

    def number(self, key: str, default: float) -> float:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 600:
            raise self.error(key, f"must be a number of seconds in (0, 600], not {value!r}")
        return float(value)

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.data.get(key, default)
        if value not in choices:
            raise self.error(key, f"must be one of {', '.join(choices)}, not {value!r}")
        return value

    def texts(self, key: str) -> list[str]:
        """A string or a non-empty list of strings."""
        value = self.text(key) if isinstance(self.data.get(key), str) else self.data.get(key, _MISSING)
        if value is _MISSING:
            raise self.error(key, "required")
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v.strip() for v in values):
            raise self.error(key, "must be a string or a non-empty list of strings")
        if any("\n" in v or "\r" in v for v in values):
            raise self.error(key, "must be one line")
        return values

    def integer(self, key: str, default: int) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
            raise self.error(key, f"must be a port number, not {value!r}")
        return value
