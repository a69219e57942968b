"""report.md: the report as Markdown (tables and the PNGs beside it)."""

from __future__ import annotations

import re

from tracker.report.tables import Section

#: An ampersand that a Markdown renderer would read as the start of an entity (&amp; &#60; &lt;).
_ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def _text(text: str) -> str:
    """User text made inert: Markdown renderers pass raw HTML through, so tags are escaped, and so is an
    ampersand that would start an entity; any other "&" stays as it is, readable in plain text."""
    return _ENTITY_START.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


def _cell(text: str) -> str:
    return _text(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(sections: list[Section], generated_at: str) -> str:
    """The whole report as Markdown text."""
    lines = ["# Calibration report", "", f"Generated {generated_at}. Every figure is in `scores.json`.", ""]
    for section in sections:
        lines += [f"## {section.title}", ""]
        if section.warning:
            note = section.warning
            lines += [f"> **{_text(note)}**", ""]
        for paragraph in section.paragraphs:
            lines += [_text(paragraph), ""]
        if section.table:
            if section.table.rows:
                lines.append("| " + " | ".join(section.table.headers) + " |")
                lines.append("|" + "|".join("---" for _ in section.table.headers) + "|")
                lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in section.table.rows]
            else:
                lines.append("_Nothing resolved to show yet._")
            lines.append("")
        for note in section.notes:
            lines += [_text(note), ""]
        if section.image:
            lines += [f"![{section.image[1]}]({section.image[0]})", ""]
    return "\n".join(lines).rstrip() + "\n"
