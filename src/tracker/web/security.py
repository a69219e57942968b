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

from tracker.web.team import SECRET_HEADER, USER_NAME, USER_SCOPE_KEY, current_role, secret_problem

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
LARGE_FORM_BYTES = {"/extract": 8 * 1024 * 1024, "/extract/upload": 8 * 1024 * 1024}
FORM_TYPE = "application/x-www-form-urlencoded"
#: The one form that may be multipart: the extract review's document upload (its file is checked by the handler).
MULTIPART_PATHS = {"/extract/upload"}
MULTIPART_TYPE = "multipart/form-data"
#: _cookie_session's answer for a public path.
PUBLIC = object()
#: Served without the login cookie: the stylesheet, so the login page is styled.
PUBLIC_PREFIX = "/static/"
LOGIN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log in · tracker</title><link rel="stylesheet" href="/static/style.css"></head>
<body><main id="main"><h1>Log in</h1>
<p>Open the login link <code>tracker serve</code> printed when it started, or paste the token it holds
(the text after <code>?token=</code>).</p>
<form class="form" method="get" action="{action}"><div class="field"><label for="token">Login token</label>
<input id="token" name="token" type="password" autocomplete="off" required></div>
<button type="submit">Log in</button></form></main></body></html>
"""


def host_name(host_header: str) -> str:
    """The host of a Host header, without its port: ``127.0.0.1:8765`` -> ``127.0.0.1``, ``[::1]:80`` -> ``::1``."""
    value = host_header.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: refuse a foreign Host (400), require the token (403), add the headers."""

    def __init__(self, app, *, token: str, allowed_hosts: set[str], cookie_name: str,
                 proxy_header: str | None = None, proxy_secret: str | None = None, role_of=None):
        self.app, self.token, self.cookie_name = app, token, cookie_name
        self.allowed_hosts = {h.lower() for h in allowed_hosts}
        self.csrf_key = secrets.token_bytes(32)  # per launch: tokens of an earlier launch are void
        # Team mode (tracker.web.team): the user comes from the proxy's header, checked by its secret.
        self.proxy_header = proxy_header.lower() if proxy_header else None
        self.proxy_secret, self.role_of = proxy_secret or "", role_of
        if self.proxy_header and secret_problem(proxy_secret):
            raise ValueError(secret_problem(proxy_secret))

    def proxied_user(self, headers: dict) -> tuple[str, str | None]:
        """(the proxy's user, None), or ("", why the request is refused)."""
        given = headers.get(SECRET_HEADER, "")
        if not secrets.compare_digest(given.encode("latin-1"), self.proxy_secret.encode()):
            return "", "Forbidden: this server answers only through its authenticating proxy."
        user = headers.get(self.proxy_header, "").strip()
        if not USER_NAME.fullmatch(user):
            return "", "Forbidden: the proxy named no user this server can record as."
        return user, None

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
        if self.proxy_header:
            user, why = self.proxied_user(headers)
            if why:
                return await _plain(send_with_headers, 403, why)
            session, scope = f"user:{user}", {**scope, USER_SCOPE_KEY: user}
        else:
            session = await self._cookie_session(scope, headers, receive, send_with_headers)
            if session is None:
                return None  # answered: the token's redirect, the login page, or a refusal
            if session is PUBLIC:
                return await self.app(scope, receive, send_with_headers)  # the stylesheet holds nothing private
        expected = self.csrf_token(session)
        scope = {**scope, CSRF_SCOPE_KEY: expected}
        if scope.get("method", "GET") not in ("GET", "HEAD"):
            limit = LARGE_FORM_BYTES.get(scope.get("path", ""), MAX_FORM_BYTES)
            multipart = scope.get("path", "") in MULTIPART_PATHS
            body, refusal = await _form_body(receive, headers, limit, multipart)
            if refusal:
                return await _plain(send_with_headers, *refusal)
            given_csrf = (await _multipart_csrf(scope, body) if _content_type(headers) == MULTIPART_TYPE
                          else dict(parse_qsl(body.decode("latin-1"), keep_blank_values=True)).get(CSRF_FIELD, ""))
            if not secrets.compare_digest(given_csrf.encode("latin-1"), expected.encode()):
                return await _plain(send_with_headers, 403, "Forbidden: this form's CSRF token is missing or not "
                                                            "this session's; reload the page and send it again.")
            receive = _replay(body)
        role = None
        if self.proxy_header and self.role_of is not None:
            role = self.role_of(scope[USER_SCOPE_KEY])
            if role is None:
                refusal = getattr(self.role_of, "refusal", None)
                return await _plain(send_with_headers, 403, refusal(scope[USER_SCOPE_KEY]) if refusal
                                    else "Forbidden: no database role is mapped to this user.")
        reset = current_role.set(role)  # every transaction of this request runs as the user's role
        try:
            return await self.app(scope, receive, send_with_headers)
        finally:
            current_role.reset(reset)

    async def _cookie_session(self, scope, headers: dict, receive, send):
        """The login cookie's value; or PUBLIC for the stylesheet; or None once a response was sent (the
        token's redirect setting the cookie, the login page, a refusal)."""
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
        given = query.get(TOKEN_PARAMETER)
        if given is not None:
            if not secrets.compare_digest(given.encode(), self.token.encode()):
                return await _plain(send, 403, "Forbidden: that login token is not this server's.")
            rest = urlencode([(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                                                           keep_blank_values=True) if k != TOKEN_PARAMETER])
            location = scope.get("path", "/") + (f"?{rest}" if rest else "")
            cookie = (f"{self.cookie_name}={self.token}; Path=/; HttpOnly; SameSite=Strict")
            return await _respond(send, 303, b"", [(b"location", location.encode("latin-1")),
                                                      (b"set-cookie", cookie.encode())])
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie header is the same as none
            cookie = SimpleCookie()
        held = cookie.get(self.cookie_name)
        if held is None or not secrets.compare_digest(held.value.encode(), self.token.encode()):
            if scope.get("path", "").startswith(PUBLIC_PREFIX) and scope.get("method") in ("GET", "HEAD"):
                return PUBLIC
            if scope.get("method", "GET") in ("GET", "HEAD"):
                return await _login_page(send, scope.get("path", "/"))
            return await _plain(send, 403, "Forbidden: open the login link `tracker serve` printed "
                                             "when it started (it holds this launch's token).")
        return held.value


def _content_type(headers: dict) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


async def _multipart_csrf(scope, body: bytes) -> str:
    """The ``csrf`` field of a multipart body (python-multipart parses it; a malformed body has none)."""
    from starlette.requests import Request

    try:
        form = await Request(scope, _replay(body)).form(max_part_size=64 * 1024 * 1024)
    except Exception:  # noqa: BLE001 - any body it cannot parse carries no token
        return ""
    try:
        value = form.get(CSRF_FIELD, "")
        return value if isinstance(value, str) else ""
    finally:
        await form.close()


async def _form_body(receive, headers: dict, limit: int,
                     multipart: bool = False) -> tuple[bytes, tuple[int, str] | None]:
    """(the request's whole body, None), or (b"", (status, why)) when it is not a form this server takes."""
    kind = _content_type(headers)
    if kind != FORM_TYPE and not (multipart and kind == MULTIPART_TYPE):
        return b"", (415, f"Unsupported: forms are sent as {FORM_TYPE}"
                          + (f" or {MULTIPART_TYPE}." if multipart else "."))
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


async def _login_page(send, path: str) -> None:
    """403 with a form asking for the token; it sends ``?token=`` to the page asked for, which then opens."""
    from html import escape

    body = LOGIN_PAGE.format(action=escape(path if path.startswith("/") else "/")).encode()
    await _respond(send, 403, body, [(b"content-type", b"text/html; charset=utf-8"), (b"cache-control", b"no-store")])


async def _plain(send, status: int, text: str) -> None:
    await _respond(send, status, (text + "\n").encode(), [(b"content-type", b"text/plain; charset=utf-8")])


async def _respond(send, status: int, body: bytes, headers: list) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
