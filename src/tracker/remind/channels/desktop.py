"""The desktop channel: a notification through ``notify-send`` (libnotify), when the machine has it."""

from __future__ import annotations

import html
import logging
import os
import shutil
import subprocess
from collections.abc import Mapping

from tracker.remind.channels.base import ChannelError, Prompt, Settings, one_line, overdue_phrase, prompt_subject

log = logging.getLogger(__name__)


class DesktopChannel:
    """Runs ``notify-send`` with a summary and a short body.

    With ``program`` None the channel is unavailable: ``send`` returns without doing anything, so a headless
    machine with ``desktop`` in its channel list does not pile up retries that can never succeed.
    """

    name = "desktop"

    def __init__(self, program: str | None, timeout: float = 5.0, environ: Mapping[str, str] | None = None):
        self.program = program
        self.available = program is not None
        self.timeout = timeout
        # notify-send finds the session bus through DBUS_SESSION_BUS_ADDRESS, so it gets our environment.
        self.environ = dict(environ) if environ is not None else None

    def command(self, prompt: Prompt) -> list[str]:
        """The argument list; ``--`` keeps a question text starting with "-" from being read as an option."""
        # Notification servers read the body as a small markup language: escape & and < so they show.
        body = html.escape(
            f"{one_line(prompt.text, 200)}\nDue {prompt.due.isoformat()} ({overdue_phrase(prompt)})\n"
            f"{prompt.resolve_command}",
            quote=False,
        )
        return [str(self.program), "--app-name=tracker", "--", prompt_subject(prompt), body]

    def send(self, prompt: Prompt) -> None:
        """Show the notification; a missing session bus, non-zero exit or timeout raises ChannelError."""
        if not self.available:
            return
        try:
            done = subprocess.run(
                self.command(prompt), env=self.environ, capture_output=True, text=True, timeout=self.timeout
            )
        except subprocess.TimeoutExpired:
            raise ChannelError(f"desktop: notify-send did not finish within {self.timeout:g} s") from None
        except OSError as exc:
            raise ChannelError(f"desktop: cannot run notify-send: {exc}") from None
        if done.returncode != 0:
            detail = one_line(done.stderr or done.stdout, 200) or "no output"
            raise ChannelError(f"desktop: notify-send exited with {done.returncode}: {detail}")


def from_config(config: dict, environ: Mapping[str, str]) -> DesktopChannel:
    """Settings: ``timeout`` (seconds, default 5). Looks notify-send up on ``environ["PATH"]``."""
    settings = Settings("desktop", config, allowed=("timeout",))
    timeout = settings.number("timeout", 5.0)
    program = shutil.which("notify-send", path=environ.get("PATH", os.defpath))
    if program is None:
        log.warning("desktop reminders are off: notify-send was not found on PATH (install libnotify-bin)")
    return DesktopChannel(program, timeout, environ)
