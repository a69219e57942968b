"""What text a record may hold: not empty, no control characters, and a bound on its length.

Every string a domain record takes passes through here, from files, the command line and the library
alike, so the store never meets a NUL (PostgreSQL cannot hold one) or a pasted book.
"""

from __future__ import annotations

import unicodedata


def stripped_text(value: str) -> str:
    """``value`` without surrounding blanks; ValueError when nothing visible is left."""
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    # Zero-width spaces and other format characters show as nothing: text made only of them is empty.
    if all(c.isspace() or unicodedata.category(c) == "Cf" for c in value):
        raise ValueError("must not be empty (it holds only invisible characters)")
    return value


#: A question's text is a one-line title (tables, reminders, headings); the detail belongs in the criteria.
MAX_TEXT_CHARS = 1_000


def one_line(value: str) -> str:
    """``value`` on one line (runs of blanks made one space), at most ``MAX_TEXT_CHARS`` long."""
    text = " ".join(stripped_text(value).split())
    if len(text) > MAX_TEXT_CHARS:
        # Say how long, not what: the message must not echo a megabyte back.
        raise ValueError(f"is too long ({len(text):,} characters; at most {MAX_TEXT_CHARS:,}: "
                         "put the detail in the criteria)")
    return text


#: Prose may span lines (tab, newline and carriage return allowed); every other field is one line.
MULTI_LINE_FIELDS = frozenset({"criteria", "rationale", "note", "evidence", "quote"})
#: Prose is a paragraph or a page, not a book: a bound keeps a pasted file out of every listing.
MAX_PROSE_CHARS = 10_000
#: Other free strings: phrases, scale names, a source's document, publisher, location and URL.
MAX_FIELD_CHARS = 2_000


def check_strings(value: object, field_name: str) -> object:
    """Refuse control characters (NUL included: PostgreSQL cannot store it) and overlong strings in
    ``value`` (a string, the strings of a tuple, or the keys of a mapping)."""
    if isinstance(value, str):
        multi_line = field_name in MULTI_LINE_FIELDS
        allowed = "\t\n\r" if multi_line else ""
        for char in value:
            if unicodedata.category(char) == "Cc" and char not in allowed:
                hint = " (this field is one line: no tabs or line breaks)" if char in "\t\n\r" else ""
                raise ValueError(f"contains the control character U+{ord(char):04X}{hint}: remove it")
        limit = MAX_PROSE_CHARS if multi_line else max(MAX_FIELD_CHARS, MAX_TEXT_CHARS)
        if len(value) > limit:
            raise ValueError(f"is too long ({len(value):,} characters; at most {limit:,})")
    elif isinstance(value, (tuple, list)):
        for item in value:
            check_strings(item, field_name)
    elif isinstance(value, dict):
        for key in value:
            check_strings(key, field_name)
    return value
