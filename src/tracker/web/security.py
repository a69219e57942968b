"""The guard in front of every page: the Host allow-list, the per-launch login token, and the
security headers.

127.0.0.1 is not one person (other local users, a browser tab on a hostile site rebinding its DNS to
127.0.0.1), so on SQLite every request needs the token printed at launch, as Jupyter does: given once
as ``?token=``, it becomes a cookie and the URL is redirected without it (so it does not stay in the
history or the address bar).

Every POST also needs a CSRF token in its form's ``csrf`` field: an HMAC of the session's login cookie
under a key made at launch, so only a page this server rendered for that session holds it. The cookie
is already SameSite=Strict; the token is the second lock, and it is checked here, before any handler
runs, so a refused POST reaches no code that writes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

#: Every response carries these. No inline script or style anywhere: the CSP forbids them.
SECURITY_HEADERS = {
    "content-security-policy": ("default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
}
TOKEN_PARAMETER = "token"
#: The form field every POST carries its CSRF token in, and where the guard leaves it for the templates.
CSRF_FIELD = "csrf"
CSRF_SCOPE_KEY = "tracker.csrf"
#: The largest form body read (the forms hold a question and a few lines of evidence, not documents).
MAX_FORM_BYTES = 256 * 1024
#: Forms that carry a document: the extract review's pasted text (2 MB of it, url-encoded, is up to 6 MB;
#: the handler refuses more than 2 MB of text with an error beside the text field).
LARGE_FORM_BYTES = {"/extract": 8 * 1024 * 1024}
FORM_TYPE = "application/x-www-form-urlencoded"


def host_name(host_header: str) -> str:
    """The host of a Host header, without its port: ``127.0.0.1:8765`` -> ``127.0.0.1``, ``[::1]:80`` -> ``::1``."""
    value = host_header.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: refuse a foreign Host (400), require the token (403), add the headers."""

    def __init__(self, app, *, token: str, allowed_hosts: set[str], cookie_name: str):
        self.app, self.token, self.cookie_name = app, token, cookie_name
        self.allowed_hosts = {h.lower() for h in allowed_hosts}
        self.csrf_key = secrets.token_bytes(32)  # per launch: tokens of an earlier launch are void

    def csrf_token(self, session_cookie: str) -> str:
        """The CSRF token of the session holding ``session_cookie``."""
        return hmac.new(self.csrf_key, session_cookie.encode(), hashlib.sha256).hexdigest()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        if host_name(headers.get("host", "")) not in self.allowed_hosts:
            return await _plain(send_with_headers, 400, "Bad request: this server does not answer to that Host.")
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
        given = query.get(TOKEN_PARAMETER)
        if given is not None:
            if not secrets.compare_digest(given.encode(), self.token.encode()):
                return await _plain(send_with_headers, 403, "Forbidden: that login token is not this server's.")
            rest = urlencode([(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                                                           keep_blank_values=True) if k != TOKEN_PARAMETER])
            location = scope.get("path", "/") + (f"?{rest}" if rest else "")
            cookie = (f"{self.cookie_name}={self.token}; Path=/; HttpOnly; SameSite=Strict")
            return await _respond(send_with_headers, 303, b"", [(b"location", location.encode("latin-1")),
                                                                 (b"set-cookie", cookie.encode())])
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie header is the same as none
            cookie = SimpleCookie()
        held = cookie.get(self.cookie_name)
        if held is None or not secrets.compare_digest(held.value.encode(), self.token.encode()):
            return await _plain(send_with_headers, 403, "Forbidden: open the login link `tracker serve` printed "
                                                        "when it started (it holds this launch's token).")
        expected = self.csrf_token(held.value)
        scope = {**scope, CSRF_SCOPE_KEY: expected}
        if scope.get("method", "GET") not in ("GET", "HEAD"):
            limit = LARGE_FORM_BYTES.get(scope.get("path", ""), MAX_FORM_BYTES)
            body, refusal = await _form_body(receive, headers, limit)
            if refusal:
                return await _plain(send_with_headers, *refusal)
            given_csrf = dict(parse_qsl(body.decode("latin-1"), keep_blank_values=True)).get(CSRF_FIELD, "")
            if not secrets.compare_digest(given_csrf.encode("latin-1"), expected.encode()):
                return await _plain(send_with_headers, 403, "Forbidden: this form's CSRF token is missing or not "
                                                            "this session's; reload the page and send it again.")
            receive = _replay(body)
        return await self.app(scope, receive, send_with_headers)


async def _form_body(receive, headers: dict, limit: int) -> tuple[bytes, tuple[int, str] | None]:
    """(the request's whole body, None), or (b"", (status, why)) when it is not a form this server takes."""
    kind = headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != FORM_TYPE:
        return b"", (415, f"Unsupported: forms are sent as {FORM_TYPE}.")
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"", (400, "Bad request: the form did not arrive whole.")
        chunks.append(message.get("body", b""))
        size += len(chunks[-1])
        if size > limit:
            return b"", (413, f"Too large: this form holds at most {limit // 1024} KB.")
        if not message.get("more_body"):
            return b"".join(chunks), None


def _replay(body: bytes):
    """A receive callable handing the already-read ``body`` to the application once."""
    sent = False

    async def receive():
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}
    return receive


async def _plain(send, status: int, text: str) -> None:
    await _respond(send, status, (text + "\n").encode(), [(b"content-type", b"text/plain; charset=utf-8")])


async def _respond(send, status: int, body: bytes, headers: list) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
