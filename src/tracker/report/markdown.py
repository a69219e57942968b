"""report.md: the report as Markdown (tables and the PNGs beside it).

User text is escaped as the HTML writer escapes it: a renderer must show it, never follow it. Raw HTML
passes through Markdown renderers, so tags and entity starts are written as entities; every character
that can open inline Markdown (links and images, emphasis, code, table cells, strike-through) is
backslash-escaped; line breaks become spaces, and what would open a block at the start of a paragraph
(a heading, a list) is escaped too.
"""

from __future__ import annotations

import re

from tracker.report.tables import Section, anchor
from tracker.report.text import USER_TEXT

#: An ampersand that a Markdown renderer would read as the start of an entity (&amp; &#60; &lt;).
_ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MARKUP = re.compile(r"([\\`*_\[\]|~])")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")
#: What starts a block at the beginning of a line (a heading, a list: "# x", "- x", "+ x", "1. x",
#: "1) x"); line breaks are gone, so only the start of a paragraph can do that.
_BLOCK_START = re.compile(r"^(\s*)([-+#]|\d+(?=[.)]))")


def _text(text: str) -> str:
    """User text made inert and kept readable: only what could open markup is escaped ("AT&T" stays)."""
    text = _LINE_BREAK.sub(" ", text)
    text = _ENTITY_START.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return _MARKUP.sub(r"\\\1", text)


def _cell(text: str) -> str:
    return _text(text)


def _prose(text: str) -> str:
    """Tracker's prose (its own **bold** and `code` kept) with the user text inside it escaped."""
    escaped = USER_TEXT.sub(lambda m: _text(m.group(1)), _LINE_BREAK.sub(" ", text))
    digits = _BLOCK_START.match(escaped)
    if digits and digits.group(2).isdigit():
        return escaped[:digits.end()] + "\\" + escaped[digits.end():]
    return _BLOCK_START.sub(r"\1\\\2", escaped)


def render_markdown(sections: list[Section], generated_at: str) -> str:
    """The whole report as Markdown text."""
    lines = ["# Calibration report", "", f"{generated_at} Every figure is in `scores.json`.", "",
             "Contents: " + " · ".join(f"[{s.title}](#{anchor(s.title)})" for s in sections), ""]
    for section in sections:
        lines += [f"## {section.title}", ""]
        if section.warning:
            lines += [f"> **{_prose(section.warning)}**", ""]
        for paragraph in section.paragraphs:
            lines += [_prose(paragraph), ""]
        if section.table:
            table = section.table
            if table.rows:
                lines.append("| " + " | ".join(table.headers) + " |")
                lines.append("|" + "|".join("---:" if table.numeric(i) else ":---"
                                            for i in range(len(table.headers))) + "|")
                lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
            else:
                lines.append(f"_{table.empty}_")
            lines.append("")
        for note in section.notes:
            lines += [_prose(note), ""]
        if section.image:
            lines += [f"![{section.image[1]}]({section.image[0]})", ""]
        if section.reading:
            lines += [f"**In short:** {_prose(section.reading)}", ""]
    return "\n".join(lines).rstrip() + "\n"
