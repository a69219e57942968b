"""One-time form tokens: a form that writes carries a random ``once`` field, and the server remembers the
ones it has written with, so that the same form sent twice (a double click, a reload of the POST, a
script's retry 37 ms later) writes once and the repeat is refused with "this form was already submitted".

Why remembered rather than signed: a signature proves the server made the token, which the CSRF token
already does (every POST is checked for it before a handler runs); what a signature cannot tell is whether
the token was used, and that needs a memory of used tokens anyway. So tokens are plain random values and
the memory is the one thing kept: in this process (one server holds one workspace's forms; a restart
voids the CSRF tokens and so every form rendered before it), bounded to the last ``KEPT`` used ones. A
token is claimed under a lock before the write, so of two sends arriving together exactly one writes;
a write refused by the library gives its claim back, since nothing was written with it.

A POST without the field (a script's, or a form rendered before this was added) is not a form sent
twice and is handled as before; every form the pages render carries one.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict

#: Used tokens remembered; older ones are forgotten first (about 4 MB at most).
KEPT = 50_000
FIELD = "once"
ALREADY = "this form was already submitted: nothing was written again (open the page again to send a new one)"


def new_token() -> str:
    """A fresh token for one rendered form (a template global: each form calls it)."""
    return secrets.token_urlsafe(18)


class Submitted:
    """The one-time tokens forms were written with."""

    def __init__(self, kept: int = KEPT):
        self._used: OrderedDict[str, None] = OrderedDict()
        self._kept = kept
        self._lock = threading.Lock()

    def claim(self, token: str | None) -> bool:
        """True when ``token`` may be written with (now claimed), False when a form with it was sent before.
        No token (or an implausible one) claims nothing and may write."""
        if not token or len(token) > 64:
            return True
        with self._lock:
            if token in self._used:
                return False
            self._used[token] = None
            while len(self._used) > self._kept:
                self._used.popitem(last=False)
            return True

    def release(self, token: str | None) -> None:
        """Give a claim back: the write it was for was refused, so sending the form again is no repeat."""
        with self._lock:
            self._used.pop(token or "", None)
