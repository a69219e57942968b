"""The e-mail channel (``email`` in tracker.toml): one message per prompt through an SMTP server.

Named ``smtp`` so that it does not shadow the standard library's ``email`` package inside this package.
"""

from __future__ import annotations

import email.message
import email.utils
import logging
import smtplib
import ssl
from collections.abc import Mapping

from tracker.errors import TrackerError
from tracker.remind.channels.base import ChannelError, Prompt, Settings, one_line, prompt_body, prompt_subject

log = logging.getLogger(__name__)

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
CREDENTIALS_HINT = "set TRACKER_SMTP_USER and TRACKER_SMTP_PASSWORD in the environment"


class EmailChannel:
    """Sends each prompt as a plain-text message; the Message-ID is derived from the delivery id, so a
    retried reminder carries the same Message-ID and a mail client or filter can drop the duplicate."""

    name = "email"
    available = True

    def __init__(self, host: str, port: int, security: str, sender: str, recipients: list[str],
                 timeout: float = 10.0, user: str | None = None, password: str | None = None,
                 context: ssl.SSLContext | None = None):
        self.host, self.port, self.security = host, port, security
        self.sender, self.recipients, self.timeout = sender, recipients, timeout
        self.user, self.password = user, password
        # Certificates and host names are always verified; `cafile` adds a private CA, it never turns checks off.
        self.context = context or ssl.create_default_context()

    def message(self, prompt: Prompt) -> email.message.EmailMessage:
        """The message for a prompt, headers included."""
        msg = email.message.EmailMessage()
        msg["Subject"] = prompt_subject(prompt)
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.recipients)
        msg["Date"] = email.utils.formatdate(localtime=False)
        msg["Message-ID"] = f"<{prompt.delivery_id}@tracker>"
        msg["X-Tracker-Delivery-Id"] = prompt.delivery_id
        msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation auto-replies to a robot
        msg.set_content(prompt_body(prompt))
        return msg

    def _connect(self) -> smtplib.SMTP:
        if self.security == "ssl":
            return smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=self.context)
        client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        if self.security == "starttls":
            try:  # raises if the server does not offer STARTTLS: never a silent downgrade to clear text
                client.starttls(context=self.context)
            except BaseException:
                client.close()
                raise
        return client

    def send(self, prompt: Prompt) -> None:
        """Send one message; connection, TLS, auth and SMTP errors and timeouts raise ChannelError."""
        msg = self.message(prompt)
        try:
            client = self._connect()
            try:
                if self.user is not None:
                    client.login(self.user, self.password or "")
                refused = client.send_message(msg, self.sender, self.recipients)
            except BaseException:
                client.close()
                raise
        except (OSError, smtplib.SMTPException, ValueError) as exc:  # ValueError: a non-ASCII credential
            raise ChannelError(self._describe(exc)) from None
        # The server has taken the message: nothing after this point may raise, or the sweep would retry and
        # send it again. A partial refusal is logged rather than retried for the same reason.
        if refused:
            log.warning("email %s: refused by the server for %s", prompt.delivery_id, ", ".join(refused))
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()

    def _describe(self, exc: BaseException) -> str:
        text = one_line(f"{type(exc).__name__}: {exc}", 250)
        if self.password:  # belt and braces: no server reply should echo it, but never record it
            text = text.replace(self.password, "***")
        return f"email: {self.host}:{self.port}: {text}"


def from_config(config: dict, environ: Mapping[str, str]) -> EmailChannel:
    """Settings: ``host``, ``port``, ``security`` (starttls|ssl|none), ``from``, ``to``, ``timeout``, ``cafile``.

    Credentials come only from TRACKER_SMTP_USER / TRACKER_SMTP_PASSWORD; "none" (clear text) is allowed only to
    a server on this machine.
    """
    hint = CREDENTIALS_HINT
    settings = Settings(
        "email", config,
        allowed=("host", "port", "security", "from", "to", "timeout", "cafile"),
        secrets={"password": hint, "user": hint, "username": hint},
    )
    host = settings.text("host").strip()
    security = settings.choice("security", ("starttls", "ssl", "none"), "starttls")
    if security == "none" and host.lower().strip("[]") not in LOCAL_HOSTS:
        raise settings.error(
            "security", f'"none" sends in clear text and is allowed only to localhost, 127.0.0.1 or ::1, '
            f'not "{host}"; use "starttls" or "ssl"')
    user = environ.get("TRACKER_SMTP_USER") or None
    password = environ.get("TRACKER_SMTP_PASSWORD") or None
    if (user is None) != (password is None):
        missing = "TRACKER_SMTP_PASSWORD" if password is None else "TRACKER_SMTP_USER"
        raise TrackerError(f"email reminders: {missing} is not set; {hint}, or neither")
    cafile = settings.text("cafile", None)
    try:  # built now so that a bad cafile is reported at start-up, not at the first send
        context = ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise settings.error("cafile", f"cannot load {cafile}: {one_line(exc)}") from None
    return EmailChannel(
        host=host,
        port=settings.integer("port", DEFAULT_PORTS[security]),
        security=security,
        sender=settings.text("from").strip(),
        recipients=[r.strip() for r in settings.texts("to")],
        timeout=settings.number("timeout", 10.0),
        user=user,
        password=password,
        context=context,
    )
