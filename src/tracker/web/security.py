"""The guard in front of every page: the Host allow-list, the per-launch login token, and the
security headers.

127.0.0.1 is not one person (other local users, a browser tab on a hostile site rebinding its DNS to
127.0.0.1), so on SQLite every request needs the token printed at launch, as Jupyter does: given once
as ``?token=``, it becomes a cookie and the URL is redirected without it (so it does not stay in the
history or the address bar).
"""

from __future__ import annotations

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
        return await self.app(scope, receive, send_with_headers)


async def _plain(send, status: int, text: str) -> None:
    await _respond(send, status, (text + "\n").encode(), [(b"content-type", b"text/plain; charset=utf-8")])


async def _respond(send, status: int, body: bytes, headers: list) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
