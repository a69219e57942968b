"""Reminder channels: how a prompt to resolve a question reaches a person.

A channel is built once from the ``[remind]`` table of tracker.toml and the environment (credentials come only
from the environment), then ``send`` is called once per reminder. ``send`` raises ChannelError on failure; the
sweep records the message and retries later with the same ``delivery_id``.

To add a channel, write its module with a ``from_config(config, environ)`` factory and add one line to
``CHANNELS``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tracker.errors import TrackerError
from tracker.remind.channels import desktop, smtp, terminal, webhook
from tracker.remind.channels.base import Channel, ChannelError, Prompt, prompt_body, prompt_subject

__all__ = [
    "CHANNELS",
    "Channel",
    "ChannelError",
    "Prompt",
    "build_channels",
    "prompt_body",
    "prompt_subject",
]

# name (as written in `[remind] channels`) -> factory(channel's own table, environ); the table for a
# channel is `[remind.<name>]`.
CHANNELS: dict[str, Callable[[dict, Mapping[str, str]], Channel]] = {
    "terminal": terminal.from_config,
    "email": smtp.from_config,
    "webhook": webhook.from_config,
    "desktop": desktop.from_config,
}


def build_channels(names: list[str] | tuple[str, ...], config: dict, environ: Mapping[str, str]) -> dict[str, Channel]:
    """Build the named channels from the parsed ``[remind]`` table, checking all their settings up front.

    ``config[name]`` is each channel's own table (``[remind.email]``, ``[remind.webhook]``...). Raises
    TrackerError with a one-line message naming the setting on an unknown channel or a bad setting. A channel
    that cannot work on this machine (desktop without notify-send) is returned with ``available`` False, after
    one logged warning.
    """
    if not isinstance(names, (list, tuple)) or not all(isinstance(n, str) for n in names):
        raise TrackerError("tracker.toml: remind.channels: must be a list of channel names")
    known = ", ".join(sorted(CHANNELS))
    built: dict[str, Channel] = {}
    for name in names:
        if name not in CHANNELS:
            raise TrackerError(f'tracker.toml: remind.channels: unknown channel "{name}"; known: {known}')
        if name not in built:  # listing a channel twice must not send twice
            built[name] = CHANNELS[name](config.get(name, {}), environ)
    return built
