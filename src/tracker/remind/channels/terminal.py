"""The terminal channel: a readable block on a stream, for someone running the daemon in the foreground."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TextIO

from tracker.remind.channels.base import ChannelError, Prompt, Settings, overdue_phrase, prompt_body


class TerminalChannel:
    """Writes each prompt to ``stream`` (default: whatever ``sys.stdout`` is at send time)."""

    name = "terminal"
    available = True

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream

    def render(self, prompt: Prompt) -> str:
        """The exact text written for a prompt: a heading line, the shared body, a blank line."""
        heading = f"== tracker: {prompt.question_id} is {overdue_phrase(prompt)} =="
        return f"{heading}\n{prompt_body(prompt)}\n"

    def send(self, prompt: Prompt) -> None:
        """Write the block and flush; only an I/O error (closed pipe, full disk) raises ChannelError."""
        # Looked up at send time, not build time, so redirection set up after start-up still applies.
        stream = self.stream if self.stream is not None else sys.stdout
        try:
            stream.write(self.render(prompt))
            stream.flush()
        except (OSError, ValueError) as exc:  # ValueError: write to a closed file
            raise ChannelError(f"terminal: {exc}") from None


def from_config(config: dict, environ: Mapping[str, str]) -> TerminalChannel:
    """The terminal channel has no settings; an empty ``[remind.terminal]`` table is accepted."""
    Settings("terminal", config, allowed=())
    return TerminalChannel()
