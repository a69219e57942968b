"""Small words the report's writers share: plurals, and the marking of user text inside prose."""

from __future__ import annotations

import re

#: Private-use characters around user text inside tracker's prose, for the writers to escape it whole;
#: ``user()`` strips them from the text itself, so user text cannot end its own marking.
USER_START, USER_END = "\ue000", "\ue001"
USER_TEXT = re.compile(f"{USER_START}(.*?){USER_END}", re.S)


def user(value) -> str:
    """Mark ``value`` (text from a user: a tag, a source, a phrase) inside prose."""
    text = str(value).replace(USER_START, "").replace(USER_END, "")
    return f"{USER_START}{text}{USER_END}"


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """"1 forecast", "2 forecasts", "0 forecasts"."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"
