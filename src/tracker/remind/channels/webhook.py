"""The webhook channel: POST each prompt as JSON, signed with HMAC-SHA256 when a secret is set.

The body has a top-level ``text`` (the human message) so it can go straight to a Slack or Mattermost incoming
webhook; the question's own text is under ``question``. Receivers should drop a ``delivery_id`` they have seen.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

from tracker.errors import TrackerError
from tracker.remind.channels.base import ChannelError, Prompt, Settings, one_line, prompt_body, prompt_subject
from tracker.remind.channels.base import slot_iso

SIGNATURE_HEADER = "X-Tracker-Signature"
DELIVERY_HEADER = "X-Tracker-Delivery"


def payload(prompt: Prompt) -> dict:
    """The JSON object posted for a prompt."""
    return {
        "text": f"{prompt_subject(prompt)}\n\n{prompt_body(prompt)}",
        "delivery_id": prompt.delivery_id,
        "question_id": prompt.question_id,
        "question": prompt.text,
        "criteria": prompt.criteria,
        "due": prompt.due.isoformat(),
        "slot": slot_iso(prompt),
        "latest": prompt.latest,
        "quote": prompt.quote,
        "resolve_command": prompt.resolve_command,
        "overdue_days": prompt.overdue_days,
        "attempt": prompt.attempt,
    }


def sign(secret: str, body: bytes) -> str:
    """The signature header value for ``body``: ``sha256=`` and the hex HMAC-SHA256 keyed with ``secret``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str, body: bytes, header: str | None) -> bool:
    """For receivers: True if ``header`` is the signature of the exact ``body`` bytes (constant-time compare)."""
    if not header:
        return False
    return hmac.compare_digest(sign(secret, body).encode("ascii"), header.strip().encode("utf-8", "replace"))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # urllib would follow a 301/302 by re-sending as a GET without the body; a redirect is a misconfigured URL,
    # so it becomes an HTTP error (and a ChannelError) instead.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class WebhookChannel:
    """POSTs the JSON payload to ``url``; any response other than 2xx is a failure."""

    name = "webhook"
    available = True

    def __init__(self, url: str, timeout: float = 10.0, secret: str | None = None):
        self.url, self.timeout, self.secret = url, timeout, secret
        # Proxies from the environment (https_proxy, no_proxy) still apply, as for any urllib client.
        self._opener = urllib.request.build_opener(_NoRedirect)

    def request(self, prompt: Prompt) -> urllib.request.Request:
        """The request for a prompt; the signature covers exactly the bytes sent."""
        body = json.dumps(payload(prompt), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", DELIVERY_HEADER: prompt.delivery_id,
                   "User-Agent": "tracker-remind"}
        if self.secret:
            headers[SIGNATURE_HEADER] = sign(self.secret, body)
        return urllib.request.Request(self.url, data=body, headers=headers, method="POST")

    def send(self, prompt: Prompt) -> None:
        """POST one prompt; non-2xx, refused connections and timeouts raise ChannelError."""
        where = self._where()
        try:
            with self._opener.open(self.request(prompt), timeout=self.timeout) as response:
                response.read(65536)  # drain a little so keep-alive servers see a clean close
        except urllib.error.HTTPError as exc:
            exc.close()
            raise ChannelError(f"webhook: {where}: HTTP {exc.code} {one_line(exc.reason, 100)}") from None
        except urllib.error.URLError as exc:
            raise ChannelError(f"webhook: {where}: {one_line(exc.reason, 200)}") from None
        except (OSError, http.client.HTTPException) as exc:  # timeouts while reading, resets, bad replies
            raise ChannelError(f"webhook: {where}: {type(exc).__name__}: {one_line(exc, 200)}") from None

    def _where(self) -> str:
        # Only scheme, host and port go into the error column: chat webhooks carry their token in the path.
        parts = urllib.parse.urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"


def from_config(config: dict, environ: Mapping[str, str]) -> WebhookChannel:
    """Settings: ``url`` (http or https), ``timeout`` (seconds, default 10).

    The secret comes only from TRACKER_WEBHOOK_SECRET. TRACKER_WEBHOOK_URL, when set, replaces ``url``: chat
    webhook URLs are themselves credentials and should not be committed with tracker.toml.
    """
    settings = Settings(
        "webhook", config, allowed=("url", "timeout"),
        secrets={"secret": "set TRACKER_WEBHOOK_SECRET in the environment"},
    )
    url = (environ.get("TRACKER_WEBHOOK_URL") or "").strip()
    if url:
        def refuse(message: str) -> TrackerError:
            return TrackerError(f"webhook reminders: TRACKER_WEBHOOK_URL: {message}")
    else:
        if "url" not in settings.data:
            raise settings.error("url", "required (or set TRACKER_WEBHOOK_URL in the environment)")
        url = settings.text("url").strip()

        def refuse(message: str) -> TrackerError:
            return settings.error("url", message)
    parts = urllib.parse.urlsplit(url)
    try:
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        parts = parts._replace(scheme="")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise refuse("must be an http:// or https:// URL with a host")
    if "@" in parts.netloc:
        # urllib sends no basic auth from a URL's user:password@, so every send would fail; and a password
        # does not belong in tracker.toml. The message must not echo it.
        raise refuse("must not hold a user name or password (user:password@): tracker sends no basic auth; "
                     "put the receiver's token in the URL's path, or check the X-Tracker-Signature "
                     "made with TRACKER_WEBHOOK_SECRET")
    return WebhookChannel(url, settings.number("timeout", 10.0), environ.get("TRACKER_WEBHOOK_SECRET") or None)
