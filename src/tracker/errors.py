"""Errors as values: every failure a user can cause says where it came from in one line."""

from __future__ import annotations

from dataclasses import dataclass


#: The most of a user's value an error message repeats: enough to find it, never a whole file.
SHOWN_CHARS = 60


def shown(value: object, *, quote: bool = True, limit: int = SHOWN_CHARS) -> str:
    """``value`` as an error message repeats it: quoted (repr) and cut to ``limit`` characters."""
    text = repr(value) if quote and isinstance(value, str) else str(value)
    if len(text) <= limit:
        return text
    return f"{text[:limit - 1]}… ({len(str(value)):,} characters)"


class TrackerError(Exception):
    """A failure caused by input or state, reported to the user as one line (never a traceback)."""


class DatabaseError(TrackerError):
    """The database could not do what was asked (busy, full, refused): one line, never its SQL or data."""


class NotFoundError(TrackerError):
    """An id that the store does not know."""


class InputError(TrackerError):
    """A bad value given on the command line or through the API.

    ``field`` names the flag or argument so the message can point at it.
    """

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class LedgerError:
    """One problem in a forecast or resolution file, with the place it was found."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class LedgerErrors(TrackerError):
    """Raised by ``apply`` when files have problems; nothing was written."""

    def __init__(self, errors: list[LedgerError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
