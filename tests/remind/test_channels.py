"""Reminder channels against real servers on 127.0.0.1: an aiosmtpd SMTP server, an http.server receiver,
a fake notify-send script. Nothing in smtplib or urllib is mocked."""

from __future__ import annotations

import datetime
import email
import email.policy
import io
import ipaddress
import json
import logging
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tracker.errors import TrackerError
from tracker.remind.channels import CHANNELS, ChannelError, Prompt, build_channels, prompt_body, prompt_subject
from tracker.remind.channels import desktop as desktop_module
from tracker.remind.channels.smtp import EmailChannel
from tracker.remind.channels.terminal import TerminalChannel
from tracker.remind.channels.webhook import payload, verify_signature

DELIVERY = "3f2b8c1e9a6d4e0f8b7a6c5d4e3f2a1b"
COMMAND = "tracker resolve china-support yes|no|ambiguous|annulled --evidence URL"
PASSWORD = "s3cret-pa55word"


@pytest.fixture
def prompt() -> Prompt:
    return Prompt(
        delivery_id=DELIVERY,
        question_id="china-support",
        text="Will China openly supply lethal aid to Russia before 2026-03-01?",
        criteria="Yes if two major outlets report a confirmed state-approved transfer.\nNo otherwise.",
        due=datetime.date(2026, 3, 1),
        slot=datetime.datetime(2026, 3, 4, 22, 0, tzinfo=datetime.timezone.utc),
        latest="70% by ana (2026-03-01)",
        quote="China is likely to continue supporting Russia's war effort.",
        resolve_command=COMMAND,
        overdue_days=3,
        attempt=1,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- shared rendering and the terminal ---------------------------------------------------------------------

def test_terminal_writes_the_exact_block(prompt):
    out = io.StringIO()
    TerminalChannel(out).send(prompt)
    assert out.getvalue() == (
        "== tracker: china-support is 3 days overdue ==\n"
        "Question:  Will China openly supply lethal aid to Russia before 2026-03-01?\n"
        "Criteria:  Yes if two major outlets report a confirmed state-approved transfer.\n"
        "           No otherwise.\n"
        "Due:       2026-03-01 (3 days overdue)\n"
        "Latest:    70% by ana (2026-03-01)\n"
        "Source:    \"China is likely to continue supporting Russia's war effort.\"\n"
        "\n"
        "To resolve, run:\n"
        f"  {COMMAND}\n"
        "\n"
    )


def test_rendering_on_the_due_day_without_forecast_or_quote(prompt):
    bare = prompt._replace(overdue_days=0, latest=None, quote=None)
    assert prompt_subject(bare) == (
        "Resolve china-support (now due): Will China openly supply lethal aid to Russia before 2026-03-01?"
    )
    body = prompt_body(bare)
    assert "Latest:    no forecast recorded\n" in body and "Source:" not in body
    assert "Due:       2026-03-01 (now due)\n" in body


def test_terminal_default_stream_is_stdout_at_send_time(prompt, capsys):
    build_channels(["terminal"], {}, {})["terminal"].send(prompt)
    assert capsys.readouterr().out.startswith("== tracker: china-support is 3 days overdue ==\n")


def test_terminal_io_error_is_a_channel_error(prompt):
    out = io.StringIO()
    out.close()
    with pytest.raises(ChannelError, match="^terminal: "):
        TerminalChannel(out).send(prompt)


# --- e-mail ------------------------------------------------------------------------------------------------

class Collector:
    def __init__(self):
        self.envelopes = []
        self.logins = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        self.logins.append(session.auth_data.login if session.authenticated else None)
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"ana" and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


@pytest.fixture
def smtp_server():
    """Start an aiosmtpd server on 127.0.0.1; call with Controller options, get (port, collector)."""
    controllers = []

    def start(**options):
        collector, port = Collector(), free_port()
        controller = Controller(collector, hostname="127.0.0.1", port=port, ready_timeout=5, **options)
        controller.start()
        controllers.append(controller)
        return port, collector

    yield start
    for controller in controllers:
        controller.stop()


def email_config(port, **extra):
    return {"email": {"host": "127.0.0.1", "port": port, "security": "none", "from": "tracker@example.org",
                      "to": ["ana@example.org", "ben@example.org"], "timeout": 5, **extra}}


def received(envelope):
    return email.message_from_bytes(envelope.original_content, policy=email.policy.default)


def test_email_arrives_once_with_subject_body_and_delivery_headers(prompt, smtp_server):
    port, collector = smtp_server()
    channel = build_channels(["email"], email_config(port), {})["email"]
    channel.send(prompt)

    assert len(collector.envelopes) == 1
    envelope = collector.envelopes[0]
    assert envelope.mail_from == "tracker@example.org"
    assert envelope.rcpt_tos == ["ana@example.org", "ben@example.org"]
    msg = received(envelope)
    assert msg["Subject"] == prompt_subject(prompt)
    assert "china-support" in msg["Subject"]
    assert msg["Message-ID"] == f"<{DELIVERY}@tracker>"
    assert msg["X-Tracker-Delivery-Id"] == DELIVERY
    body = msg.get_content().replace("\r\n", "\n")
    assert body == prompt_body(prompt)
    for part in (prompt.text, "Yes if two major outlets", "70% by ana", prompt.quote, f"  {COMMAND}\n"):
        assert part in body


def test_email_retry_keeps_the_message_id(prompt, smtp_server):
    port, collector = smtp_server()
    channel = build_channels(["email"], email_config(port), {})["email"]
    channel.send(prompt)
    channel.send(prompt._replace(attempt=2))
    assert [received(e)["Message-ID"] for e in collector.envelopes] == [f"<{DELIVERY}@tracker>"] * 2


def test_email_logs_in_with_credentials_from_the_environment(prompt, smtp_server):
    port, collector = smtp_server(authenticator=authenticator, auth_require_tls=False)
    environ = {"TRACKER_SMTP_USER": "ana", "TRACKER_SMTP_PASSWORD": PASSWORD}
    build_channels(["email"], email_config(port), environ)["email"].send(prompt)
    assert collector.logins == [b"ana"]

    wrong = {"TRACKER_SMTP_USER": "ana", "TRACKER_SMTP_PASSWORD": "not-" + PASSWORD}
    with pytest.raises(ChannelError) as caught:
        build_channels(["email"], email_config(port), wrong)["email"].send(prompt)
    assert "SMTPAuthenticationError" in str(caught.value)
    assert PASSWORD not in str(caught.value) and "\n" not in str(caught.value)
    assert len(collector.envelopes) == 1


def test_email_server_down_fails_fast_without_the_password(prompt):
    port = free_port()  # nothing listens on it
    environ = {"TRACKER_SMTP_USER": "ana", "TRACKER_SMTP_PASSWORD": PASSWORD}
    channel = build_channels(["email"], email_config(port, timeout=2), environ)["email"]
    started = time.monotonic()
    with pytest.raises(ChannelError) as caught:
        channel.send(prompt)
    assert time.monotonic() - started < 3
    message = str(caught.value)
    assert message.startswith(f"email: 127.0.0.1:{port}: ConnectionRefusedError")
    assert PASSWORD not in message and "\n" not in message


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for localhost / 127.0.0.1: (cert path, key path)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def server_tls(certificate) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


def test_email_starttls_with_auth_verifies_the_certificate(prompt, smtp_server, certificate):
    port, collector = smtp_server(tls_context=server_tls(certificate), require_starttls=True,
                                  authenticator=authenticator, auth_required=True)
    environ = {"TRACKER_SMTP_USER": "ana", "TRACKER_SMTP_PASSWORD": PASSWORD}
    config = email_config(port, security="starttls", cafile=certificate[0])
    build_channels(["email"], config, environ)["email"].send(prompt)
    assert collector.logins == [b"ana"]

    # Without the private CA the self-signed certificate is refused: verification is never skipped.
    del config["email"]["cafile"]
    with pytest.raises(ChannelError, match="CERTIFICATE_VERIFY_FAILED"):
        build_channels(["email"], config, environ)["email"].send(prompt)
    assert len(collector.envelopes) == 1


def test_email_implicit_tls(prompt, smtp_server, certificate):
    port, collector = smtp_server(ssl_context=server_tls(certificate))
    config = email_config(port, security="ssl", cafile=certificate[0])
    build_channels(["email"], config, {})["email"].send(prompt)
    assert len(collector.envelopes) == 1


def test_email_starttls_refused_by_a_plain_server_is_an_error(prompt, smtp_server):
    port, collector = smtp_server()
    channel = build_channels(["email"], email_config(port, security="starttls"), {})["email"]
    with pytest.raises(ChannelError, match="STARTTLS extension not supported"):
        channel.send(prompt)
    assert collector.envelopes == []


# --- webhook -----------------------------------------------------------------------------------------------

class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.requests.append((dict(self.headers), body))
        if self.server.delay:
            self.server.release.wait(self.server.delay)
        self.send_response(self.server.status)
        if 300 <= self.server.status < 400:
            self.send_header("Location", "/elsewhere")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture
def http_server(monkeypatch):
    """Start a receiver on 127.0.0.1; call with status and delay, get (url, server)."""
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setenv("NO_PROXY", "*")
    servers = []

    def start(status=200, delay=0.0):
        server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
        server.requests, server.status, server.delay, server.release = [], status, delay, threading.Event()
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/hooks/tracker?token=abc", server

    yield start
    for server in servers:
        server.release.set()
        server.shutdown()
        server.server_close()


def test_webhook_posts_signed_json(prompt, http_server):
    url, server = http_server()
    secret = "hook-secret"
    channel = build_channels(["webhook"], {"webhook": {"url": url, "timeout": 5}},
                             {"TRACKER_WEBHOOK_SECRET": secret})["webhook"]
    channel.send(prompt)

    assert len(server.requests) == 1
    headers, body = server.requests[0]
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Tracker-Delivery"] == DELIVERY
    data = json.loads(body)
    assert data == payload(prompt)
    assert data["text"].startswith(prompt_subject(prompt)) and COMMAND in data["text"]
    assert data["question"] == prompt.text and data["resolve_command"] == COMMAND
    assert data["due"] == "2026-03-01" and data["slot"] == "2026-03-04T22:00:00+00:00"
    assert (data["delivery_id"], data["overdue_days"], data["attempt"]) == (DELIVERY, 3, 1)
    signature = headers["X-Tracker-Signature"]
    assert signature.startswith("sha256=")
    assert verify_signature(secret, body, signature)
    assert not verify_signature("other-secret", body, signature)
    assert not verify_signature(secret, body + b" ", signature)
    assert not verify_signature(secret, body, None)


def test_webhook_without_secret_sends_no_signature(prompt, http_server):
    url, server = http_server()
    build_channels(["webhook"], {"webhook": {"url": url}}, {})["webhook"].send(prompt)
    assert "X-Tracker-Signature" not in server.requests[0][0]


def test_webhook_server_error_is_a_channel_error_without_the_token(prompt, http_server):
    url, server = http_server(status=500)
    channel = build_channels(["webhook"], {"webhook": {"url": url}}, {})["webhook"]
    with pytest.raises(ChannelError) as caught:
        channel.send(prompt)
    port = server.server_address[1]
    assert str(caught.value) == f"webhook: http://127.0.0.1:{port}: HTTP 500 Internal Server Error"


def test_webhook_redirect_is_not_followed(prompt, http_server):
    url, server = http_server(status=302)
    channel = build_channels(["webhook"], {"webhook": {"url": url}}, {})["webhook"]
    with pytest.raises(ChannelError, match="HTTP 302"):
        channel.send(prompt)
    # Followed, it would have become a GET to /elsewhere (and a 501 from this receiver).
    assert len(server.requests) == 1


def test_webhook_connection_refused(prompt):
    port = free_port()
    channel = build_channels(["webhook"], {"webhook": {"url": f"http://127.0.0.1:{port}/"}}, {})["webhook"]
    with pytest.raises(ChannelError, match=f"^webhook: http://127.0.0.1:{port}: .*[Cc]onnection refused"):
        channel.send(prompt)


def test_webhook_slow_server_times_out(prompt, http_server):
    url, server = http_server(delay=5)
    channel = build_channels(["webhook"], {"webhook": {"url": url, "timeout": 0.3}}, {})["webhook"]
    started = time.monotonic()
    with pytest.raises(ChannelError, match="timed out"):
        channel.send(prompt)
    assert time.monotonic() - started < 2


def test_webhook_url_from_the_environment_wins(prompt, http_server):
    url, server = http_server()
    build_channels(["webhook"], {}, {"TRACKER_WEBHOOK_URL": url})["webhook"].send(prompt)
    assert len(server.requests) == 1


# --- desktop -----------------------------------------------------------------------------------------------

def test_desktop_without_notify_send_is_unavailable_with_one_warning(prompt, tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    channels = build_channels(["desktop", "terminal", "desktop"], {}, {"PATH": str(tmp_path)})
    assert not channels["desktop"].available and channels["terminal"].available
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "notify-send was not found" in warnings[0].getMessage()
    assert channels["desktop"].send(prompt) is None


def fake_notify_send(folder, status=0):
    script = folder / "notify-send"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{folder}/args"\nexit {status}\n')
    script.chmod(0o755)
    return folder / "args"


def test_desktop_calls_notify_send_with_the_summary(prompt, tmp_path):
    args_file = fake_notify_send(tmp_path)
    channel = build_channels(["desktop"], {}, {"PATH": str(tmp_path)})["desktop"]
    assert channel.available
    channel.send(prompt)
    args = args_file.read_text().split("\n")
    assert args[:3] == ["--app-name=tracker", "--", prompt_subject(prompt)]
    assert COMMAND in args_file.read_text()


def test_desktop_failure_is_a_channel_error(prompt, tmp_path):
    fake_notify_send(tmp_path, status=1)
    channel = build_channels(["desktop"], {}, {"PATH": str(tmp_path)})["desktop"]
    with pytest.raises(ChannelError, match="^desktop: notify-send exited with 1"):
        channel.send(prompt)


# --- configuration -----------------------------------------------------------------------------------------

def test_registry_names():
    assert sorted(CHANNELS) == ["desktop", "email", "terminal", "webhook"]


@pytest.mark.parametrize(("names", "config", "environ", "message"), [
    (["sms"], {}, {},
     'tracker.toml: remind.channels: unknown channel "sms"; known: desktop, email, terminal, webhook'),
    (["email"], {"email": {"host": "mail.example.org", "from": "a@x", "to": "b@x", "password": "pw"}}, {},
     "tracker.toml: remind.email.password: do not put credentials in tracker.toml; "
     "set TRACKER_SMTP_USER and TRACKER_SMTP_PASSWORD in the environment"),
    (["email"], {"email": {"host": "mail.example.org", "from": "a@x", "to": "b@x", "user": "ana"}}, {},
     "tracker.toml: remind.email.user: do not put credentials in tracker.toml; "
     "set TRACKER_SMTP_USER and TRACKER_SMTP_PASSWORD in the environment"),
    (["email"], {"email": {"host": "mail.example.org", "security": "none", "from": "a@x", "to": "b@x"}}, {},
     'tracker.toml: remind.email.security: "none" sends in clear text and is allowed only to localhost, '
     '127.0.0.1 or ::1, not "mail.example.org"; use "starttls" or "ssl"'),
    (["email"], {"email": {"host": "mail.example.org", "security": "tls", "from": "a@x", "to": "b@x"}}, {},
     "tracker.toml: remind.email.security: must be one of starttls, ssl, none, not 'tls'"),
    (["email"], {"email": {"from": "a@x", "to": "b@x"}}, {}, "tracker.toml: remind.email.host: required"),
    (["email"], {"email": {"host": "h", "from": "a@x", "to": []}}, {},
     "tracker.toml: remind.email.to: must be a string or a non-empty list of strings"),
    (["email"], {"email": {"host": "h", "from": "a@x", "to": "b@x", "hots": "h"}}, {},
     "tracker.toml: remind.email.hots: unknown setting (did you mean host?); "
     "known: cafile, from, host, port, security, timeout, to"),
    (["email"], {"email": {"host": "h", "from": "a@x", "to": "b@x"}}, {"TRACKER_SMTP_USER": "ana"},
     "email reminders: TRACKER_SMTP_PASSWORD is not set; "
     "set TRACKER_SMTP_USER and TRACKER_SMTP_PASSWORD in the environment, or neither"),
    (["webhook"], {"webhook": {"timeout": 3}}, {},
     "tracker.toml: remind.webhook.url: required (or set TRACKER_WEBHOOK_URL in the environment)"),
    (["webhook"], {"webhook": {"url": "ftp://example.org/x"}}, {},
     "tracker.toml: remind.webhook.url: must be an http:// or https:// URL with a host"),
    (["webhook"], {"webhook": {"url": "https://example.org/x", "secret": "s"}}, {},
     "tracker.toml: remind.webhook.secret: do not put credentials in tracker.toml; "
     "set TRACKER_WEBHOOK_SECRET in the environment"),
    (["webhook"], {"webhook": {"url": "https://example.org/x", "timeout": 0}}, {},
     "tracker.toml: remind.webhook.timeout: must be a number of seconds in (0, 600], not 0"),
    (["webhook"], {"webhook": {"url": "https://ana:s3cret@hooks.example.org/x"}}, {},
     "tracker.toml: remind.webhook.url: must not hold a user name or password (user:password@): tracker sends "
     "no basic auth; put the receiver's token in the URL's path, or check the X-Tracker-Signature made with "
     "TRACKER_WEBHOOK_SECRET"),
    (["webhook"], {"webhook": {"url": "https://example.org/x"}}, {"TRACKER_WEBHOOK_URL": "http://u:p@127.0.0.1:9/h"},
     "webhook reminders: TRACKER_WEBHOOK_URL: must not hold a user name or password (user:password@): tracker "
     "sends no basic auth; put the receiver's token in the URL's path, or check the X-Tracker-Signature made "
     "with TRACKER_WEBHOOK_SECRET"),
    (["webhook"], {}, {"TRACKER_WEBHOOK_URL": "ftp://example.org/x"},
     "webhook reminders: TRACKER_WEBHOOK_URL: must be an http:// or https:// URL with a host"),
    (["desktop"], {"desktop": "yes"}, {}, "tracker.toml: remind.desktop: must be a table"),
    (["terminal"], {"terminal": {"colour": True}}, {},
     "tracker.toml: remind.terminal.colour: unknown setting; this channel has no settings"),
])
def test_bad_configuration_is_one_line_naming_the_setting(names, config, environ, message):
    with pytest.raises(TrackerError) as caught:
        build_channels(names, config, environ)
    assert str(caught.value) == message


def test_security_none_is_allowed_to_localhost_names():
    for host in ("localhost", "127.0.0.1", "::1", "[::1]"):
        config = {"email": {"host": host, "security": "none", "from": "a@x", "to": "b@x"}}
        channel = build_channels(["email"], config, {})["email"]
        assert isinstance(channel, EmailChannel) and channel.port == 25


def test_desktop_module_logs_under_its_own_name():
    assert desktop_module.log.name == "tracker.remind.channels.desktop"
