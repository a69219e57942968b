"""index.html: one self-contained offline page. Images are embedded as data URIs, there is no script,
and a Content-Security-Policy forbids any: every text from the store is escaped, and even if something
slipped through, the browser would run nothing."""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path

from tracker.report.tables import Section

STYLE = """
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; max-width: 1100px; margin: 2em auto;
       padding: 0 1em; color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 2em;
     border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; }
th, td { border: 1px solid #d0d0d0; padding: 0.3em 0.6em; text-align: right; }
th { background: #f3f3f3; } td:first-child, th:first-child { text-align: left; }
.note { background: #fff4d6; border-left: 4px solid #e69f00; padding: 0.6em 0.9em; font-weight: bold; }
.small { color: #555; font-size: 0.9em; } img { max-width: 100%; height: auto; display: block; margin: 0.8em 0; }
.meta { color: #555; }
"""
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def _text(value: str) -> str:
    """Escaped text, with **bold** kept as the only markup (it comes from tracker, not from users)."""
    escaped = html.escape(value, quote=True)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)


def _image(directory: Path, name: str, alt: str) -> str:
    path = directory / name
    if not path.exists():
        return ""
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<img src="data:image/png;base64,{encoded}" alt="{html.escape(alt, quote=True)}">'


def render_html(sections: list[Section], generated_at: str, images: Path) -> str:
    """The whole report as one HTML page; PNGs are read from ``images`` and embedded."""
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             "<title>Calibration report</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
             "<h1>Calibration report</h1>",
             f'<p class="meta">Generated {html.escape(generated_at)}. Every figure is in scores.json.</p>']
    for section in sections:
        parts.append(f"<section><h2>{_text(section.title)}</h2>")
        if section.warning:
            note = section.warning
            parts.append(f'<p class="note">{_text(note)}</p>')
        parts += [f"<p>{_text(p)}</p>" for p in section.paragraphs]
        if section.table:
            if section.table.rows:
                parts.append("<table><thead><tr>" + "".join(f"<th>{_text(h)}</th>" for h in section.table.headers)
                             + "</tr></thead><tbody>")
                parts += ["<tr>" + "".join(f"<td>{_text(c)}</td>" for c in row) + "</tr>" for row in section.table.rows]
                parts.append("</tbody></table>")
            else:
                parts.append('<p class="small">Nothing resolved to show yet.</p>')
        parts += [f'<p class="small">{_text(n)}</p>' for n in section.notes]
        if section.image:
            parts.append(_image(images, *section.image))
        parts.append("</section>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"
